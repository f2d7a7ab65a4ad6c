# საქმის ჩანაწერის კონტროლირებადი ლექსიკონების სიტყვები (crates/casebook-core/src/vocab.rs).
# იდენტიფიკატორები: vocab-<სია>-<კოდი>; სიების სახელები: vocab-list-<სია>. კოდები არასდროს იცვლება, მხოლოდ ეს სიტყვები.


## status

vocab-list-status = საქმის სტატუსი
vocab-status-draft = მონახაზი
vocab-status-open = ღია
vocab-status-referred = გადამისამართებული
vocab-status-closed = დახურული
vocab-status-sealed = დალუქული (დაბლოკილია, როგორც მტკიცებულება)

## intake-channel

vocab-list-intake-channel = მიმართვის გზა
vocab-intake-channel-drop-in = დროპ-ინ ცენტრი
vocab-intake-channel-outreach = საველე მუშაობა (აუთრიჩი)
vocab-intake-channel-hotline = ცხელი ხაზი
vocab-intake-channel-lawyer = იურისტის მეშვეობით
vocab-intake-channel-peer-report = თანასწორის შეტყობინება
vocab-intake-channel-self-report = თავად მომართა
vocab-intake-channel-other = სხვა

## source-reliability

vocab-list-source-reliability = ინფორმაციის წყარო
vocab-source-reliability-first-hand = პირველწყარო (დაზარალებული)
vocab-source-reliability-witness = მოწმე
vocab-source-reliability-second-hand = მეორადი წყარო
vocab-source-reliability-unknown = უცნობია
vocab-source-reliability-other = სხვა

## age-band

vocab-list-age-band = ასაკობრივი ჯგუფი
vocab-age-band-under-18 = 18 წლამდე
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 და მეტი

## gender

vocab-list-gender = გენდერი
vocab-gender-woman = ქალი
vocab-gender-trans-woman = ტრანს ქალი
vocab-gender-non-binary = არაბინარული
vocab-gender-other = სხვა

## hiv-status

vocab-list-hiv-status = აივ-სტატუსი
vocab-hiv-status-positive = აივ-დადებითი
vocab-hiv-status-negative = აივ-უარყოფითი
vocab-hiv-status-unknown = უცნობია
vocab-hiv-status-not-disclosed = არ გაუმჟღავნებია

## substance

vocab-list-substance = მოხმარებული ნივთიერებები
vocab-substance-opioids = ოპიოიდები
vocab-substance-stimulants = სტიმულატორები
vocab-substance-methadone-buprenorphine-ost = მეთადონი / ბუპრენორფინი (ჩანაცვლებითი თერაპია)
vocab-substance-new-psychoactive-substances = ახალი ფსიქოაქტიური ნივთიერებები
vocab-substance-alcohol = ალკოჰოლი
vocab-substance-other = სხვა

## child-custody-status

vocab-list-child-custody-status = სად არიან შვილები
vocab-child-custody-status-with-survivor = მასთან
vocab-child-custody-status-with-relatives = ნათესავებთან
vocab-child-custody-status-state-care = სახელმწიფო ზრუნვის ქვეშ
vocab-child-custody-status-removed = ჩამოართვა ხელისუფლებამ
vocab-child-custody-status-not-applicable = არ ეხება
vocab-child-custody-status-other = სხვა

## location-type

vocab-list-location-type = ინციდენტის ადგილი
vocab-location-type-street = ქუჩა
vocab-location-type-home = სახლი
vocab-location-type-police-vehicle = პოლიციის ავტომობილი
vocab-location-type-police-station = პოლიციის განყოფილება
vocab-location-type-temporary-detention = დროებითი მოთავსების იზოლატორი
vocab-location-type-pre-trial-detention = წინასწარი პატიმრობის დაწესებულება
vocab-location-type-harm-reduction-site = ზიანის შემცირების ცენტრი
vocab-location-type-ost-site = ჩანაცვლებითი თერაპიის ცენტრი
vocab-location-type-pharmacy = აფთიაქი
vocab-location-type-hospital = საავადმყოფო
vocab-location-type-court = სასამართლო
vocab-location-type-other = სხვა

## time-of-day

vocab-list-time-of-day = დღის მონაკვეთი
vocab-time-of-day-morning = დილა
vocab-time-of-day-day = დღე
vocab-time-of-day-evening = საღამო
vocab-time-of-day-night = ღამე

## date-precision

vocab-list-date-precision = თარიღის სიზუსტე
vocab-date-precision-exact = ზუსტი თარიღი
vocab-date-precision-month = მხოლოდ თვე
vocab-date-precision-year = მხოლოდ წელი
vocab-date-precision-range = ორ თარიღს შორის

## tri-state

vocab-list-tri-state = დიახ / არა / უცნობია
vocab-tri-state-yes = დიახ
vocab-tri-state-no = არა
vocab-tri-state-unknown = უცნობია

## act-type

vocab-list-act-type = ქმედების სახე
vocab-act-type-beating = ცემა
vocab-act-type-asphyxiation = დახრჩობა (პარკი, აირწინაღი, ყელის მოჭერა)
vocab-act-type-electric-shock = ელექტროშოკი
vocab-act-type-stress-positions = იძულებითი მტკივნეული პოზები
vocab-act-type-burns = დამწვრობა
vocab-act-type-use-of-weapon = იარაღის გამოყენება
vocab-act-type-other-physical = სხვა ფიზიკური ძალადობა
vocab-act-type-rape = გაუპატიურება
vocab-act-type-sexual-assault = სექსუალური ხასიათის ძალადობრივი ქმედება
vocab-act-type-sex-for-release = გათავისუფლების სანაცვლოდ სქესობრივი კავშირის მოთხოვნა
vocab-act-type-forced-undressing = იძულებითი გაშიშვლება
vocab-act-type-search-by-male-officers = პირადი ჩხრეკა მამაკაცი თანამშრომლების მიერ
vocab-act-type-sexual-harassment = სექსუალური შევიწროება
vocab-act-type-threats = მუქარა
vocab-act-type-humiliation = დამცირება
vocab-act-type-threat-child-custody = შვილების წართმევის მუქარა
vocab-act-type-threat-disclose-hiv-status = აივ-სტატუსის გამჟღავნების მუქარა
vocab-act-type-threat-disclose-drug-use = ნარკოტიკების მოხმარების გამჟღავნების მუქარა
vocab-act-type-insults = სიტყვიერი შეურაცხყოფა
vocab-act-type-detention-without-protocol = დაკავება ოქმის გარეშე
vocab-act-type-detention-beyond-limit = დაკავება კანონით დადგენილ ვადაზე მეტი ხნით
vocab-act-type-arrest-for-syringes = დაკავება შპრიცების ქონის გამო
vocab-act-type-planted-drugs = ნარკოტიკის ჩადება
vocab-act-type-fabricated-charges = შეთითხნილი ბრალდება
vocab-act-type-forced-confession = იძულებითი აღიარება
vocab-act-type-forced-testimony = სხვების წინააღმდეგ ჩვენების მიცემის იძულება
vocab-act-type-informant-recruitment = ზეწოლა ინფორმატორად გადასაბირებლად
vocab-act-type-pressure-against-partner = ზეწოლა პარტნიორის წინააღმდეგ ჩვენების მისაცემად
vocab-act-type-extortion-bribe = გამოძალვა / ქრთამის მოთხოვნა
vocab-act-type-confiscation-money = ფულის წართმევა
vocab-act-type-confiscation-phone = ტელეფონის წართმევა
vocab-act-type-confiscation-syringes = შპრიცების წართმევა
vocab-act-type-confiscation-naloxone = ნალოქსონის წართმევა
vocab-act-type-confiscation-ost-medicine = ჩანაცვლებითი თერაპიის მედიკამენტის წართმევა
vocab-act-type-ost-denied-in-custody = ჩანაცვლებით თერაპიაზე უარი დაკავების ან პატიმრობის დროს
vocab-act-type-withdrawal-as-coercion = აბსტინენციის გამოყენება იძულების საშუალებად
vocab-act-type-medical-care-refused = სამედიცინო დახმარებაზე უარი
vocab-act-type-forced-drug-test = იძულებითი ნარკოტესტირება
vocab-act-type-forced-hiv-test = იძულებითი აივ-ტესტირება
vocab-act-type-forced-narcological-registration = იძულებითი ნარკოლოგიური აღრიცხვა
vocab-act-type-hiv-status-disclosed = აივ-სტატუსის გამჟღავნება
vocab-act-type-lawyer-refused = ადვოკატზე უარი
vocab-act-type-rights-not-read = უფლებები არ განემარტა
vocab-act-type-relatives-not-notified = ნათესავებს არ ეცნობათ
vocab-act-type-forced-signature = დოკუმენტებზე ხელმოწერის იძულება
vocab-act-type-signed-without-understanding = ხელი მოაწერა შინაარსის გაუგებლად
vocab-act-type-interpreter-refused = თარჯიმანზე უარი
vocab-act-type-child-removed = ბავშვის ჩამორთმევა
vocab-act-type-child-removal-threatened = ბავშვის ჩამორთმევით დაშინება
vocab-act-type-death-in-custody = გარდაცვალება დაკავების ან პატიმრობის დროს
vocab-act-type-other = სხვა

## act-group

vocab-list-act-group = ქმედებათა ჯგუფი
vocab-act-group-physical = ფიზიკური ძალადობა
vocab-act-group-sexual = სექსუალური ძალადობა
vocab-act-group-psychological = ფსიქოლოგიური ძალადობა
vocab-act-group-liberty = თავისუფლების აღკვეთა
vocab-act-group-coercion = იძულება
vocab-act-group-economic = ეკონომიკური ძალადობა
vocab-act-group-health = ჯანმრთელობა
vocab-act-group-procedure = პროცესუალური დარღვევები
vocab-act-group-custody = ბავშვები და მშობლის უფლებები
vocab-act-group-death-in-custody = გარდაცვალება დაკავების ან პატიმრობის დროს
vocab-act-group-other = სხვა

## intent

vocab-list-intent = სავარაუდო მიზანი
vocab-intent-information = ინფორმაციის მოპოვება
vocab-intent-confession = აღიარების მიღება
vocab-intent-intimidation = დაშინება
vocab-intent-punishment = დასჯა
vocab-intent-extortion = გამოძალვა
vocab-intent-sexual-gratification = სექსუალური დაკმაყოფილება
vocab-intent-unknown = უცნობია
vocab-intent-other = სხვა

## medical-attention

vocab-list-medical-attention = სამედიცინო დახმარება
vocab-medical-attention-none = არ ყოფილა
vocab-medical-attention-refused = უარი ეთქვა
vocab-medical-attention-first-aid = პირველადი დახმარება
vocab-medical-attention-hospital = საავადმყოფო
vocab-medical-attention-forensic-exam = სასამართლო-სამედიცინო ექსპერტიზა
vocab-medical-attention-other = სხვა

## agency

vocab-list-agency = უწყება
vocab-agency-patrol-police = საპატრულო პოლიცია
vocab-agency-criminal-investigation = კრიმინალური პოლიცია
vocab-agency-drug-control-unit = ნარკოტიკებთან ბრძოლის ქვედანაყოფი
vocab-agency-traffic-police = საგზაო პოლიცია
vocab-agency-special-forces = სპეციალური დანიშნულების რაზმი
vocab-agency-pre-trial-detention-staff = წინასწარი პატიმრობის დაწესებულების თანამშრომლები
vocab-agency-prison-staff = პენიტენციური დაწესებულების თანამშრომლები
vocab-agency-prosecutor = პროკურატურა
vocab-agency-narcology-staff = ნარკოლოგიური სამსახურის თანამშრომლები
vocab-agency-medical-staff = სამედიცინო პერსონალი
vocab-agency-other = სხვა

## involvement

vocab-list-involvement = მონაწილეობის ფორმა
vocab-involvement-perpetrated = ჩაიდინა ქმედება
vocab-involvement-ordered = გასცა ბრძანება
vocab-involvement-present = ესწრებოდა
vocab-involvement-failed-to-intervene = არ ჩაერია
vocab-involvement-other = სხვა

## consistency

vocab-list-consistency = დასკვნების შესაბამისობა (სტამბოლის პროტოკოლი)
vocab-consistency-not-consistent = შეუსაბამო
vocab-consistency-consistent = შესაბამისი
vocab-consistency-highly-consistent = მაღალი შესაბამისობა
vocab-consistency-typical = ტიპური
vocab-consistency-diagnostic = დიაგნოსტიკური

## body-region

vocab-list-body-region = სხეულის არე
vocab-body-region-head = თავი
vocab-body-region-face = სახე
vocab-body-region-neck = კისერი
vocab-body-region-chest = გულმკერდი
vocab-body-region-abdomen = მუცელი
vocab-body-region-upper-back = ზურგის ზედა ნაწილი
vocab-body-region-lower-back = წელი
vocab-body-region-left-arm = მარცხენა მკლავი
vocab-body-region-right-arm = მარჯვენა მკლავი
vocab-body-region-left-hand = მარცხენა მტევანი
vocab-body-region-right-hand = მარჯვენა მტევანი
vocab-body-region-genitals = სასქესო ორგანოები
vocab-body-region-buttocks = დუნდულები
vocab-body-region-left-leg = მარცხენა ფეხი
vocab-body-region-right-leg = მარჯვენა ფეხი
vocab-body-region-feet = ტერფები
vocab-body-region-other = სხვა

## service

vocab-list-service = გაწეული მომსახურება
vocab-service-legal-consultation = იურიდიული კონსულტაცია
vocab-service-legal-representation = სამართლებრივი წარმომადგენლობა
vocab-service-medical = სამედიცინო დახმარება
vocab-service-psychosocial = ფსიქოსოციალური მხარდაჭერა
vocab-service-shelter = თავშესაფარი
vocab-service-ost-continuity = ჩანაცვლებითი თერაპიის უწყვეტობა
vocab-service-harm-reduction-supplies = ზიანის შემცირების საშუალებები
vocab-service-peer-support = თანასწორთა მხარდაჭერა
vocab-service-other = სხვა

## complaint-body

vocab-list-complaint-body = საჩივრის ადრესატი
vocab-complaint-body-police-internal-affairs = პოლიციის შიდა ინსპექცია
vocab-complaint-body-prosecutor = პროკურატურა
vocab-complaint-body-ombudsman = სახალხო დამცველი (ომბუდსმენი)
vocab-complaint-body-court = სასამართლო
vocab-complaint-body-un-special-procedure = გაეროს სპეციალური პროცედურა
vocab-complaint-body-un-treaty-body = გაეროს სახელშეკრულებო ორგანო
vocab-complaint-body-other = სხვა

## complaint-response

vocab-list-complaint-response = პასუხი საჩივარზე
vocab-complaint-response-favourable = დადებითი
vocab-complaint-response-rejected = უარყოფილია
vocab-complaint-response-no-response = პასუხი არ მოსულა
vocab-complaint-response-pending = განხილვის პროცესშია
vocab-complaint-response-other = სხვა

## complaint-outcome

vocab-list-complaint-outcome = საჩივრის შედეგი
vocab-complaint-outcome-criminal-case-opened = დაიწყო გამოძიება სისხლის სამართლის საქმეზე
vocab-complaint-outcome-refused-to-open = უარი გამოძიების დაწყებაზე
vocab-complaint-outcome-disciplinary-action = დისციპლინური პასუხისმგებლობა
vocab-complaint-outcome-compensation = კომპენსაცია
vocab-complaint-outcome-none = შედეგის გარეშე
vocab-complaint-outcome-other = სხვა

## consent-destination

vocab-list-consent-destination = თანხმობის მიზანი
vocab-consent-destination-documentation = დოკუმენტირება (ჩანაწერის შენახვა)
vocab-consent-destination-lawyer = იურისტისთვის გადაცემა
vocab-consent-destination-organisation-network-stats = ქსელის სტატისტიკა (მხოლოდ შეჯამებული)
vocab-consent-destination-national-bodies = ეროვნული ორგანოები
vocab-consent-destination-un-special-procedures = გაეროს სპეციალური პროცედურები
vocab-consent-destination-un-treaty-bodies = გაეროს სახელშეკრულებო ორგანოები
vocab-consent-destination-media-advocacy-anonymised = მედია და ადვოკატირება (ანონიმიზებულად)

## named-or-anonymised

vocab-list-named-or-anonymised = ვინაობით თუ ანონიმიზებულად
vocab-named-or-anonymised-named = ვინაობის მითითებით
vocab-named-or-anonymised-anonymised = ანონიმიზებულად

## redaction-profile

vocab-list-redaction-profile = დაფარვის პროფილი
vocab-redaction-profile-full = სრული (ყველაფერი, მისი იურისტისთვის)
vocab-redaction-profile-pseudonymised = ფსევდონიმიზებული
vocab-redaction-profile-aggregate = მხოლოდ შეჯამებული სტატისტიკა

## media-kind

vocab-list-media-kind = ფაილის სახე
vocab-media-kind-photo = ფოტო
vocab-media-kind-scan = სკანირებული ასლი
vocab-media-kind-audio = აუდიო
vocab-media-kind-video = ვიდეო
vocab-media-kind-document = დოკუმენტი
vocab-media-kind-other = სხვა
