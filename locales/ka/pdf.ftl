# იურისტის დოსიე (casebook-pdf). იდენტიფიკატორები: pdf-<რა>.

## შეცდომები
pdf-error-consent = { $state ->
    [refused] დაზარალებულმა უარი თქვა თანხმობაზე „იურისტისთვის გადაცემა“ ({ $consent }); დოსიეს შექმნა შეუძლებელია.
    [revoked] დაზარალებულმა გამოიხმო თანხმობა „იურისტისთვის გადაცემა“ ({ $consent }); დოსიეს შექმნა შეუძლებელია.
   *[missing] ამ საქმეში თანხმობა „იურისტისთვის გადაცემა“ ({ $consent }) არ არის ჩაწერილი; ჩაწერეთ ის დოსიეს შექმნამდე.
}
pdf-error-consent-anonymised-only = დაზარალებული დაეთანხმა ამ საქმის იურისტისთვის გადაცემას ({ $consent }) მხოლოდ ანონიმიზებულად: ამის ნაცვლად შექმენით ფსევდონიმიზებული დოსიე.
pdf-error-unknown-language = საქმის დოსიე ვერ შედგება ენაზე „{ $lang }“; აირჩიეთ მენიუში არსებული ერთ-ერთი ენა.
pdf-error-unknown-profile = დაფარვის პროფილი „{ $profile }“ უცნობია: გამოიყენეთ „full“ ან „pseudonymised“.
pdf-error-font = ჩაშენებული შრიფტი { $font } ვერ იკითხება; პროგრამა დაზიანებულია.
pdf-error-encode = საქმის მონაცემების დოსიესთვის მომზადება ვერ მოხერხდა.
pdf-error-write = ფაილის ჩაწერა ვერ მოხერხდა: { $detail }
pdf-error-read = ფაილის წაკითხვა ვერ მოხერხდა: { $detail }
pdf-error-not-a-case-file = ეს არ არის Casebook-ის დოსიე, ან მისგან მთლიანობის მონაცემები ამოღებულია.
pdf-error-newer-format = ეს დოსიე შექმნილია მონაცემთა ფორმატით { $format }, რომელიც Casebook-ის ამ ვერსიისთვის უცნობია. შეამოწმეთ უფრო ახალი ვერსიით.
pdf-error-not-in-vault = ამ საცავში არ არის რედაქცია, რომლისგანაც ფაილი შეიქმნა ({ $revision }).
pdf-error-unknown-revision-tag = ამ საცავში ამ საქმის არცერთ რედაქციას არ აქვს ფაილში მითითებული რედაქციის ნიშნული ({ $tag }). ფსევდონიმიზებული ფაილის შემოწმება შესაძლებელია მხოლოდ იმ საცავში, სადაც ის შეიქმნა — ან ნიშნული შეცვლილია.
pdf-error-bad-audit-seq = დოსიეს მთლიანობის მონაცემები დაზიანებულია: მასში მითითებულია აუდიტის ჩანაწერი { $seq }, რომელიც ვერცერთ საცავში ვერ იარსებებს. ფაილი შეცვლილია ან Casebook-ით არ შექმნილა.

## კოლონტიტულები
pdf-confidential = კონფიდენციალური — სამართლებრივი დოსიე
pdf-confidential-long = კონფიდენციალური — სამართლებრივი დოსიე. შეიცავს ძალადობისგან დაზარალებულის მგრძნობიარე პერსონალურ მონაცემებს. ნუ დააკოპირებთ, ნუ გადაუგზავნით სხვას და ნუ გაამჟღავნებთ მას იურიდიული გუნდის გარეთ მისი თანხმობის გარეშე.
pdf-page-n-of-m = გვერდი { $n } / { $m }
pdf-footer-left = Casebook · რედაქცია { $revision }
pdf-footer-left-tag = Casebook · რედაქციის ნიშნული { $revision }

## თავფურცელი
pdf-cover-title = სამართლებრივი დოსიე
pdf-field-generated = შექმნის თარიღი
pdf-field-language = ენა
pdf-field-profile = დაფარვის პროფილი
pdf-field-organisation = ორგანიზაცია
pdf-field-documenter = დოკუმენტირება ჩაატარა
pdf-field-revision = რედაქცია
pdf-field-revision-tag = რედაქციის ნიშნული
pdf-cover-note-full = ეს ფაილი შეიცავს დაზარალებულის ვინაობას. ის განკუთვნილია მხოლოდ მისი საკუთარი იურისტისთვის.
pdf-cover-note-pseudonymised = ეს ფაილი ფსევდონიმიზებულია: ამოღებულია მისი ვინაობა და საკონტაქტო მონაცემები, მოწმეების სახელები და კონტაქტები, მოძალადეების სახელები და დანართების ფაილების სახელები, ხოლო მისი სახელი (ნებისმიერი ფორმით), ტელეფონისა და პირადობის დოკუმენტის ნომრები და დაბადების თარიღი ყველგან, სადაც ეწერა, ჩანაცვლებულია ნიშნით […]. თავისუფალ ტექსტში (მონათხრობებში, შენიშვნებსა და დასკვნებში) ჩაწერილი სხვა ადამიანების სახელების ავტომატური ამოცნობა შეუძლებელია და ისინი არ შემოწმებულა.
pdf-cover-verify = შეუცვლელია თუ არა ეს ფაილი და ემთხვევა თუ არა ჩანაწერს, რომლისგანაც შეიქმნა, შეიძლება შემოწმდეს ბრძანებით „casebook verify-pdf“ იმ საცავში, სადაც ის შეიქმნა (იხ. ბოლო გვერდი).

## ნაწილები
pdf-section-summary = 1. შეჯამება
pdf-section-chronology = 2. ინციდენტების ქრონოლოგია
pdf-section-acts = 3. ქმედებები და მათი სამართლებრივი კვალიფიკაცია
pdf-section-perpetrators = 4. მოძალადეები
pdf-section-evidence = 5. მტკიცებულებები
pdf-section-responses = 6. რეაგირება
pdf-section-consent = 7. თანხმობა
pdf-section-integrity = 8. ფაილის მთლიანობა

## შეჯამება
pdf-summary-who = დაზარალებული
pdf-summary-case = საქმე
pdf-summary-deadlines = მიმდინარე ვადები
pdf-field-pseudonym = ფსევდონიმი
pdf-field-legal-name = სახელი და გვარი (დოკუმენტის მიხედვით)
pdf-field-date-of-birth = დაბადების თარიღი
pdf-field-phone = ტელეფონი
pdf-field-address = მისამართი
pdf-field-id-document = პირადობის დამადასტურებელი დოკუმენტის ნომერი
pdf-field-age = ასაკი
pdf-field-gender = გენდერი
pdf-field-residence = საცხოვრებელი ადგილი
pdf-field-citizenship = მოქალაქეობა
pdf-stateless = მოქალაქეობის არმქონე
pdf-field-pregnant = ინციდენტის დროს ორსულად იყო
pdf-field-children = ჰყავს შვილები
pdf-field-custody = სად არიან შვილები
pdf-field-hiv = აივ-სტატუსი
pdf-field-on-art = იღებს ანტირეტროვირუსულ მკურნალობას
pdf-field-substances = მოხმარებული ნივთიერებები
pdf-field-ost-client = ჩანაცვლებითი თერაპიის ბენეფიციარი
pdf-field-harm-reduction = ზიანის შემცირების პროგრამის ბენეფიციარი
pdf-field-sex-work = სექს-სამუშაო
pdf-field-disability = შეზღუდული შესაძლებლობა
pdf-field-homeless = უსახლკარო
pdf-field-previous-incidents = წინა ინციდენტები
pdf-field-when = როდის
pdf-field-where = სად
pdf-field-what = რა ჩაიდინეს
pdf-field-by-whom = ვინ
pdf-field-status = მიმდინარე სტატუსი
pdf-field-intake-date = მიმართვის თარიღი
pdf-field-intake-channel = როგორ შემოვიდა საქმე
pdf-field-source = ინფორმაციის წყარო
pdf-field-tags = ტეგები
pdf-field-notes = შენიშვნები
pdf-deadline-complaint = საჩივარზე პასუხის ვადა ({ $body })
pdf-col-due = როდემდე
pdf-col-what = რა
pdf-none = არაფერია ჩაწერილი.
pdf-yes = დიახ
pdf-no = არა
pdf-withheld = დამალულია (ფსევდონიმიზებული ფაილი)

## ქრონოლოგია
pdf-incident-title = ინციდენტი { $n }: { $date }
pdf-field-date = თარიღი
pdf-field-date-precision = თარიღის სიზუსტე
pdf-field-time-of-day = დღის მონაკვეთი
pdf-field-place = ადგილი
pdf-field-location-type = ადგილის ტიპი
pdf-field-detained = დააკავეს
pdf-field-detention-hours = დაკავების ხანგრძლივობა
pdf-hours = { $n ->
    [one] { $n } საათი
   *[other] { $n } საათი
}
pdf-field-protocol = შედგა დაკავების ოქმი
pdf-field-released-how = როგორ გათავისუფლდა
pdf-narrative-original = მისი მონათხრობი, მისივე სიტყვებით (ორიგინალის ენაზე)
pdf-narrative-translation = მისი მონათხრობის თარგმანი
pdf-witnesses = მოწმეები
pdf-col-pseudonym = ფსევდონიმი
pdf-col-contact = კონტაქტი
pdf-col-willing = მზადაა ჩვენების მისაცემად

## ქმედებები
pdf-acts-intro = თითოეული ქმედება ჩამოთვლილია იმ დებულებებთან ერთად, რომლებსაც ის ეხება, Casebook-ის უფლებათა ცხრილის მიხედვით. „ეხება“ ნიშნავს, რომ ქმედება დებულების მოქმედების სფეროში ხვდება; წარმოადგენს თუ არა ის დარღვევას, წყვეტენ იურისტი და საქმის განმხილველი ორგანო.
pdf-acts-of-incident = ინციდენტი { $n } ({ $date })
pdf-act-title = ქმედება { $n }: { $act }
pdf-field-act-group = ქმედებათა ჯგუფი
pdf-field-intent = სავარაუდო მიზანი
pdf-field-physical = ფიზიკური შედეგები
pdf-field-psychological = ფსიქოლოგიური შედეგები
pdf-field-medical-attention = სამედიცინო დახმარება
pdf-field-perpetrators = მონაწილე მოძალადეები
pdf-field-rights = შესაბამისი უფლებები
pdf-rights-summary = ამ საქმესთან დაკავშირებული უფლებები
pdf-col-instrument = საერთაშორისო დოკუმენტი
pdf-col-provisions = დებულებები
pdf-col-acts = ქმედებები
pdf-right-article = { $instrument }, მუხ. { $article }
pdf-right-rule = { $instrument }, წესი { $article }
pdf-right-paragraph = { $instrument }, პარ. { $article }
pdf-instrument-cat = წამების საწინააღმდეგო კონვენცია
pdf-instrument-iccpr = სამოქალაქო და პოლიტიკური უფლებების პაქტი
pdf-instrument-icescr = ეკონომიკური, სოციალური და კულტურული უფლებების პაქტი
pdf-instrument-echr = ევროპული კონვენცია
pdf-instrument-echr-protocol-1 = ევროპული კონვენციის №1 ოქმი
pdf-instrument-cedaw-gr-35 = CEDAW-ის ზოგადი რეკომენდაცია №35
pdf-instrument-bangkok-rules = ბანგკოკის წესები
pdf-instrument-crc = ბავშვის უფლებათა კონვენცია
pdf-instrument-name-cat = წამებისა და სხვა სასტიკი, არაადამიანური ან ღირსების შემლახავი მოპყრობისა და დასჯის წინააღმდეგ კონვენცია (CAT)
pdf-instrument-name-iccpr = სამოქალაქო და პოლიტიკური უფლებების შესახებ საერთაშორისო პაქტი (ICCPR)
pdf-instrument-name-icescr = ეკონომიკური, სოციალური და კულტურული უფლებების შესახებ საერთაშორისო პაქტი (ICESCR)
pdf-instrument-name-echr = ადამიანის უფლებათა და ძირითად თავისუფლებათა დაცვის ევროპული კონვენცია (ECHR)
pdf-instrument-name-echr-protocol-1 = ადამიანის უფლებათა ევროპული კონვენციის №1 ოქმი
pdf-instrument-name-cedaw-gr-35 = ქალთა მიმართ დისკრიმინაციის აღმოფხვრის კომიტეტის (CEDAW) ზოგადი რეკომენდაცია №35
pdf-instrument-name-bangkok-rules = გაეროს წესები ქალი პატიმრების მიმართ მოპყრობის შესახებ (ბანგკოკის წესები)
pdf-instrument-name-crc = ბავშვის უფლებათა კონვენცია (CRC)

## მოძალადეები
pdf-perpetrator-title = მოძალადე { $n }
pdf-perpetrator-title-ref = მოძალადე { $n } ({ $ref })
pdf-field-agency = უწყება
pdf-field-unit = ქვედანაყოფი
pdf-field-rank = წოდება
pdf-field-name = სახელი
pdf-field-badge = სამკერდე ნიშნის ნომერი
pdf-field-uniformed = ფორმაში
pdf-field-vehicle = ავტომობილის სახელმწიფო ნომერი
pdf-field-count = ადამიანების რაოდენობა
pdf-field-identifiable = შეძლებს მათ ხელახლა ამოცნობას
pdf-field-involvement = მონაწილეობის ფორმა

## მტკიცებულებები
pdf-medical = სამედიცინო დოკუმენტაცია
pdf-field-exam-date = შემოწმების თარიღი
pdf-field-examiner = ექსპერტი ან ექიმი
pdf-field-institution = დაწესებულება
pdf-field-findings = დასკვნა
pdf-field-consistency = შესაბამისობა (სტამბოლის პროტოკოლი)
pdf-col-body-region = სხეულის არე
pdf-col-description = აღწერა
pdf-attachments = დანართები
pdf-col-file = ფაილი
pdf-col-type-size = ტიპი, ზომა
pdf-col-times = გადაღებულია / მიღებულია
pdf-col-received-by = მიიღო
pdf-captured = გადაღებულია { $time }
pdf-received = მიღებულია { $time }
pdf-photos = ფოტოსურათები
pdf-photo-caption = დანართი { $n }: { $file }
pdf-photo-missing = (ფაილი ამ საცავში არ არის)
pdf-photo-too-large = (ჩასართავად ზედმეტად დიდია; იხ. ორიგინალი)
pdf-photo-unreadable = (ამ ფორმატის გამოსახულების ჩვენება აქ შეუძლებელია; იხ. ორიგინალი)

## რეაგირება
pdf-field-services = გაწეული მომსახურება
pdf-referrals = გადამისამართებები
pdf-complaints = საჩივრები
pdf-follow-ups = შემდგომი ნაბიჯები
pdf-col-to = ადრესატი
pdf-col-date = თარიღი
pdf-col-consent = თანხმობა
pdf-col-outcome = შედეგი
pdf-col-body = ორგანო
pdf-col-filed = შეტანილია
pdf-col-reference = რეგისტრაციის ნომერი
pdf-col-deadline = ვადა
pdf-col-response = პასუხი
pdf-col-done = შესრულდა
pdf-col-note = შენიშვნა

## თანხმობა
pdf-consent-intro = რაზე დაეთანხმა დაზარალებული, თითოეული ადრესატის მიხედვით, როგორც საქმეშია ჩაწერილი.
pdf-col-destination = ადრესატი
pdf-col-given = გაცემულია
pdf-col-named = ვინაობით თუ ანონიმიზებულად
pdf-col-obtained-by = ვინ მიიღო
pdf-col-revoked = გამოხმობილია

## მთლიანობა
pdf-integrity-intro = ეს ფაილი შეიქმნა საქმის ერთი რედაქციისგან, Casebook-ის დაშიფრულ საცავში. რედაქციის იდენტიფიკატორი არის ამ რედაქციის შინაარსისა და ისტორიის SHA-256 ჰეში; ქვემოთ მოცემული მონაცემთა ჰეში არის ზუსტად იმის SHA-256 ჰეში, რასაც ეს ფაილი აჩვენებს, მის ენასთან, პროფილთან და რედაქციასთან ერთად.
pdf-integrity-intro-tagged = ეს ფაილი შეიქმნა საქმის ერთი რედაქციისგან, Casebook-ის დაშიფრულ საცავში. რადგან ის ფსევდონიმიზებულია, რედაქციები ნაჩვენებია მათი ნიშნულებით: ეს არის რედაქციის იდენტიფიკატორის HMAC-SHA256, გამოთვლილი საიდუმლოთი, რომელიც მხოლოდ იმ საცავში ინახება, რათა საცავის გარეშე ვერავინ შეძლოს მათზე სავარაუდო სახელის შემოწმება. ქვემოთ მოცემული მონაცემთა ჰეში არის ზუსტად იმის SHA-256 ჰეში, რასაც ეს ფაილი აჩვენებს, მის ენასთან, პროფილთან და რედაქციის ნიშნულთან ერთად.
pdf-field-case-id = საქმის იდენტიფიკატორი
pdf-field-audit-head = აუდიტის ჯაჭვის ბოლო ჩანაწერი
pdf-field-data-hash = მონაცემთა ჰეში (SHA-256)
pdf-history = რედაქციების ისტორია
pdf-col-time = დრო
pdf-col-author = ავტორი
pdf-col-kind = ცვლილება
pdf-col-reason = მიზეზი
pdf-col-revision = რედაქციის იდენტიფიკატორი
pdf-col-revision-tag = რედაქციის ნიშნული
pdf-revision-kind-create = შეიქმნა
pdf-revision-kind-edit = შეიცვალა
pdf-revision-kind-delete = წაიშალა
pdf-revision-kind-merge = გაერთიანდა
pdf-integrity-how = ფაილი ასევე შეიცავს მისივე ყველა ბაიტის SHA-256 ჰეშს. ფუნქცია „დოსიეს შემოწმება“ Casebook-ში (ან ბრძანება „casebook verify-pdf FILE“), გაშვებული იმ საცავში, სადაც ფაილი შეიქმნა, ხელახლა ითვლის ორივე ჰეშს, ადასტურებს აუდიტის ჯაჭვის ჩანაწერს და ხელახლა აწყობს რედაქციას; შექმნის შემდეგ ფაილში შეტანილი ნებისმიერი ცვლილება გამოვლინდება.

## თარიღები და რიცხვები
pdf-date-exact = { $day } { $month } { $year } წ.
pdf-date-month = { $month } { $year } წ.
pdf-date-year = { $year } წ.
pdf-date-range = დაახლ. { $start } – { $end }
pdf-date-range-same-month = დაახლ. { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } ბაიტი
pdf-size-kb = { $n } კბ
pdf-size-mb = { $n } მბ
pdf-month-gen-1 = იანვარი
pdf-month-gen-2 = თებერვალი
pdf-month-gen-3 = მარტი
pdf-month-gen-4 = აპრილი
pdf-month-gen-5 = მაისი
pdf-month-gen-6 = ივნისი
pdf-month-gen-7 = ივლისი
pdf-month-gen-8 = აგვისტო
pdf-month-gen-9 = სექტემბერი
pdf-month-gen-10 = ოქტომბერი
pdf-month-gen-11 = ნოემბერი
pdf-month-gen-12 = დეკემბერი
pdf-month-nom-1 = იანვარი
pdf-month-nom-2 = თებერვალი
pdf-month-nom-3 = მარტი
pdf-month-nom-4 = აპრილი
pdf-month-nom-5 = მაისი
pdf-month-nom-6 = ივნისი
pdf-month-nom-7 = ივლისი
pdf-month-nom-8 = აგვისტო
pdf-month-nom-9 = სექტემბერი
pdf-month-nom-10 = ოქტომბერი
pdf-month-nom-11 = ნოემბერი
pdf-month-nom-12 = დეკემბერი
