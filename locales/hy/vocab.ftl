# Գործի գրառման վերահսկվող բառացանկերի բառերը (crates/casebook-core/src/vocab.rs)։
# Նույնացուցիչներ՝ vocab-<ցանկ>-<կոդ>, ցանկերի անվանումներ՝ vocab-list-<ցանկ>։ Կոդերը երբեք չեն փոխվում, փոխվում են միայն այս բառերը։


## status

vocab-list-status = Գործի կարգավիճակ
vocab-status-draft = Սևագիր
vocab-status-open = Բաց
vocab-status-referred = Ուղեգրված
vocab-status-closed = Փակված
vocab-status-sealed = Կնքված (կողպված որպես ապացույց)

## intake-channel

vocab-list-intake-channel = Ընդունման ուղի
vocab-intake-channel-drop-in = Բաց ընդունելության կենտրոն
vocab-intake-channel-outreach = Դաշտային աշխատանք
vocab-intake-channel-hotline = Թեժ գիծ
vocab-intake-channel-lawyer = Փաստաբանի միջոցով
vocab-intake-channel-peer-report = Հաղորդել է հասակակիցը
vocab-intake-channel-self-report = Ինքն է դիմել
vocab-intake-channel-other = Այլ

## source-reliability

vocab-list-source-reliability = Տեղեկատվության աղբյուր
vocab-source-reliability-first-hand = Անմիջական (տուժածը)
vocab-source-reliability-witness = Վկա
vocab-source-reliability-second-hand = Երրորդ անձից
vocab-source-reliability-unknown = Անհայտ
vocab-source-reliability-other = Այլ

## age-band

vocab-list-age-band = Տարիքային խումբ
vocab-age-band-under-18 = Մինչև 18
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 և ավելի

## gender

vocab-list-gender = Գենդեր
vocab-gender-woman = Կին
vocab-gender-trans-woman = Տրանս կին
vocab-gender-non-binary = Ոչ բինար
vocab-gender-other = Այլ

## hiv-status

vocab-list-hiv-status = ՄԻԱՎ կարգավիճակ
vocab-hiv-status-positive = ՄԻԱՎ-դրական
vocab-hiv-status-negative = ՄԻԱՎ-բացասական
vocab-hiv-status-unknown = Անհայտ
vocab-hiv-status-not-disclosed = Չի հայտնել

## substance

vocab-list-substance = Օգտագործվող նյութեր
vocab-substance-opioids = Օփիոիդներ
vocab-substance-stimulants = Խթանիչներ (ստիմուլյատորներ)
vocab-substance-methadone-buprenorphine-ost = Մեթադոն / բուպրենորֆին (ՕՓԹ)
vocab-substance-new-psychoactive-substances = Նոր հոգեմետ նյութեր
vocab-substance-alcohol = Ալկոհոլ
vocab-substance-other = Այլ

## child-custody-status

vocab-list-child-custody-status = Որտեղ են երեխաները
vocab-child-custody-status-with-survivor = Նրա մոտ
vocab-child-custody-status-with-relatives = Հարազատների մոտ
vocab-child-custody-status-state-care = Պետական խնամքի հաստատությունում
vocab-child-custody-status-removed = Վերցվել են իշխանությունների կողմից
vocab-child-custody-status-not-applicable = Կիրառելի չէ
vocab-child-custody-status-other = Այլ

## location-type

vocab-list-location-type = Միջադեպի վայր
vocab-location-type-street = Փողոց
vocab-location-type-home = Տուն
vocab-location-type-police-vehicle = Ոստիկանության մեքենա
vocab-location-type-police-station = Ոստիկանության բաժին
vocab-location-type-temporary-detention = Ձերբակալվածներին պահելու վայր
vocab-location-type-pre-trial-detention = Կալանավորվածներին պահելու վայր
vocab-location-type-harm-reduction-site = Վնասի նվազեցման կետ
vocab-location-type-ost-site = ՕՓԹ կետ
vocab-location-type-pharmacy = Դեղատուն
vocab-location-type-hospital = Հիվանդանոց
vocab-location-type-court = Դատարան
vocab-location-type-other = Այլ

## time-of-day

vocab-list-time-of-day = Օրվա ժամ
vocab-time-of-day-morning = Առավոտ
vocab-time-of-day-day = Ցերեկ
vocab-time-of-day-evening = Երեկո
vocab-time-of-day-night = Գիշեր

## date-precision

vocab-list-date-precision = Ամսաթվի ճշգրտություն
vocab-date-precision-exact = Ճշգրիտ ամսաթիվ
vocab-date-precision-month = Միայն ամիսը
vocab-date-precision-year = Միայն տարին
vocab-date-precision-range = Երկու ամսաթվի միջև

## tri-state

vocab-list-tri-state = Այո / ոչ / անհայտ
vocab-tri-state-yes = Այո
vocab-tri-state-no = Ոչ
vocab-tri-state-unknown = Անհայտ

## act-type

vocab-list-act-type = Արարքի տեսակ
vocab-act-type-beating = Ծեծ
vocab-act-type-asphyxiation = Շնչահեղձում (պարկ, հակագազ, խեղդել)
vocab-act-type-electric-shock = Էլեկտրահարում
vocab-act-type-stress-positions = Ցավոտ դիրքերում պահել
vocab-act-type-burns = Այրվածքներ
vocab-act-type-use-of-weapon = Զենքի գործադրում
vocab-act-type-other-physical = Այլ ֆիզիկական բռնություն
vocab-act-type-rape = Բռնաբարություն
vocab-act-type-sexual-assault = Սեռական բնույթի բռնի գործողություններ
vocab-act-type-sex-for-release = Ազատ արձակելու դիմաց սեքսի պահանջ
vocab-act-type-forced-undressing = Հարկադիր մերկացում
vocab-act-type-search-by-male-officers = Խուզարկություն տղամարդ աշխատակիցների կողմից
vocab-act-type-sexual-harassment = Սեռական ոտնձգություն
vocab-act-type-threats = Սպառնալիքներ
vocab-act-type-humiliation = Նվաստացում
vocab-act-type-threat-child-custody = Երեխաներին խլելու սպառնալիք
vocab-act-type-threat-disclose-hiv-status = ՄԻԱՎ կարգավիճակը բացահայտելու սպառնալիք
vocab-act-type-threat-disclose-drug-use = Թմրամիջոցների օգտագործումը բացահայտելու սպառնալիք
vocab-act-type-insults = Վիրավորանքներ
vocab-act-type-detention-without-protocol = Ձերբակալում առանց արձանագրության
vocab-act-type-detention-beyond-limit = Ձերբակալում օրենքով սահմանված ժամկետից ավելի
vocab-act-type-arrest-for-syringes = Ձերբակալում ներարկիչներ ունենալու համար
vocab-act-type-planted-drugs = Թմրամիջոցներ են նետել (դրել)
vocab-act-type-fabricated-charges = Կեղծ մեղադրանք
vocab-act-type-forced-confession = Հարկադրված խոստովանություն
vocab-act-type-forced-testimony = Հարկադրված ցուցմունք այլ անձանց դեմ
vocab-act-type-informant-recruitment = Ճնշում՝ գաղտնի տեղեկատու դառնալու համար
vocab-act-type-pressure-against-partner = Ճնշում՝ զուգընկերոջ դեմ ցուցմունք տալու համար
vocab-act-type-extortion-bribe = Շորթում / կաշառքի պահանջ
vocab-act-type-confiscation-money = Գումարի առգրավում
vocab-act-type-confiscation-phone = Հեռախոսի առգրավում
vocab-act-type-confiscation-syringes = Ներարկիչների առգրավում
vocab-act-type-confiscation-naloxone = Նալոքսոնի առգրավում
vocab-act-type-confiscation-ost-medicine = ՕՓԹ դեղամիջոցի առգրավում
vocab-act-type-ost-denied-in-custody = ՕՓԹ-ի մերժում կալանքի տակ
vocab-act-type-withdrawal-as-coercion = Աբստինենցիան՝ որպես ճնշման միջոց
vocab-act-type-medical-care-refused = Բժշկական օգնության մերժում
vocab-act-type-forced-drug-test = Թմրամիջոցների հարկադիր թեստ
vocab-act-type-forced-hiv-test = ՄԻԱՎ-ի հարկադիր թեստ
vocab-act-type-forced-narcological-registration = Հարկադիր նարկոլոգիական հաշվառում
vocab-act-type-hiv-status-disclosed = ՄԻԱՎ կարգավիճակի բացահայտում
vocab-act-type-lawyer-refused = Փաստաբան չի տրամադրվել
vocab-act-type-rights-not-read = Իրավունքները չեն պարզաբանվել
vocab-act-type-relatives-not-notified = Հարազատներին չեն տեղեկացրել
vocab-act-type-forced-signature = Փաստաթղթեր ստորագրելու հարկադրանք
vocab-act-type-signed-without-understanding = Ստորագրել է առանց հասկանալու
vocab-act-type-interpreter-refused = Թարգմանիչ չի տրամադրվել
vocab-act-type-child-removed = Երեխային վերցրել են
vocab-act-type-child-removal-threatened = Երեխային վերցնելու սպառնալիք
vocab-act-type-death-in-custody = Մահ կալանքի տակ
vocab-act-type-other = Այլ

## act-group

vocab-list-act-group = Արարքների խումբ
vocab-act-group-physical = Ֆիզիկական բռնություն
vocab-act-group-sexual = Սեռական բռնություն
vocab-act-group-psychological = Հոգեբանական բռնություն
vocab-act-group-liberty = Ազատությունից զրկում
vocab-act-group-coercion = Հարկադրանք
vocab-act-group-economic = Տնտեսական բռնություն
vocab-act-group-health = Առողջություն
vocab-act-group-procedure = Ընթացակարգային խախտումներ
vocab-act-group-custody = Երեխաներ և խնամք
vocab-act-group-death-in-custody = Մահ կալանքի տակ
vocab-act-group-other = Այլ

## intent

vocab-list-intent = Ենթադրյալ նպատակ
vocab-intent-information = Տեղեկություններ ստանալ
vocab-intent-confession = Խոստովանություն կորզել
vocab-intent-intimidation = Ահաբեկել
vocab-intent-punishment = Պատժել
vocab-intent-extortion = Շորթում
vocab-intent-sexual-gratification = Սեռական բավարարում
vocab-intent-unknown = Անհայտ
vocab-intent-other = Այլ

## medical-attention

vocab-list-medical-attention = Բժշկական օգնություն
vocab-medical-attention-none = Չի եղել
vocab-medical-attention-refused = Մերժվել է
vocab-medical-attention-first-aid = Առաջին օգնություն
vocab-medical-attention-hospital = Հիվանդանոց
vocab-medical-attention-forensic-exam = Դատաբժշկական փորձաքննություն
vocab-medical-attention-other = Այլ

## agency

vocab-list-agency = Գերատեսչություն
vocab-agency-patrol-police = Պարեկային ոստիկանություն
vocab-agency-criminal-investigation = Քրեական հետախուզություն
vocab-agency-drug-control-unit = Թմրամիջոցների դեմ պայքարի ստորաբաժանում
vocab-agency-traffic-police = Ճանապարհային ոստիկանություն
vocab-agency-special-forces = Հատուկ նշանակության ստորաբաժանում
vocab-agency-pre-trial-detention-staff = Ձերբակալվածներին և կալանավորվածներին պահելու վայրերի աշխատակիցներ
vocab-agency-prison-staff = Քրեակատարողական հիմնարկի աշխատակիցներ
vocab-agency-prosecutor = Դատախազություն
vocab-agency-narcology-staff = Նարկոլոգիական ծառայության աշխատակիցներ
vocab-agency-medical-staff = Բուժանձնակազմ
vocab-agency-other = Այլ

## involvement

vocab-list-involvement = Մասնակցություն
vocab-involvement-perpetrated = Կատարել է արարքը
vocab-involvement-ordered = Հրամայել է
vocab-involvement-present = Ներկա է եղել
vocab-involvement-failed-to-intervene = Չի միջամտել
vocab-involvement-other = Այլ

## consistency

vocab-list-consistency = Եզրակացությունների համապատասխանություն (Ստամբուլյան արձանագրություն)
vocab-consistency-not-consistent = Չի համապատասխանում
vocab-consistency-consistent = Համապատասխանում է
vocab-consistency-highly-consistent = Խիստ համապատասխանում է
vocab-consistency-typical = Բնորոշ է
vocab-consistency-diagnostic = Ախտորոշիչ է

## body-region

vocab-list-body-region = Մարմնի հատված
vocab-body-region-head = Գլուխ
vocab-body-region-face = Դեմք
vocab-body-region-neck = Պարանոց
vocab-body-region-chest = Կրծքավանդակ
vocab-body-region-abdomen = Որովայն
vocab-body-region-upper-back = Մեջքի վերին հատված
vocab-body-region-lower-back = Մեջքի ստորին հատված
vocab-body-region-left-arm = Ձախ թև
vocab-body-region-right-arm = Աջ թև
vocab-body-region-left-hand = Ձախ դաստակ
vocab-body-region-right-hand = Աջ դաստակ
vocab-body-region-genitals = Սեռական օրգաններ
vocab-body-region-buttocks = Հետույք
vocab-body-region-left-leg = Ձախ ոտք
vocab-body-region-right-leg = Աջ ոտք
vocab-body-region-feet = Ոտնաթաթեր
vocab-body-region-other = Այլ

## service

vocab-list-service = Մատուցված ծառայություններ
vocab-service-legal-consultation = Իրավաբանական խորհրդատվություն
vocab-service-legal-representation = Իրավաբանական ներկայացուցչություն
vocab-service-medical = Բժշկական օգնություն
vocab-service-psychosocial = Հոգեսոցիալական աջակցություն
vocab-service-shelter = Ապաստարան
vocab-service-ost-continuity = ՕՓԹ-ի շարունակականություն
vocab-service-harm-reduction-supplies = Վնասի նվազեցման պարագաներ
vocab-service-peer-support = Հասակակիցների աջակցություն
vocab-service-other = Այլ

## complaint-body

vocab-list-complaint-body = Բողոքի հասցեատեր
vocab-complaint-body-police-internal-affairs = Ոստիկանության ներքին անվտանգության ծառայություն
vocab-complaint-body-prosecutor = Դատախազություն
vocab-complaint-body-ombudsman = Մարդու իրավունքների պաշտպան (օմբուդսմեն)
vocab-complaint-body-court = Դատարան
vocab-complaint-body-un-special-procedure = ՄԱԿ-ի հատուկ ընթացակարգ
vocab-complaint-body-un-treaty-body = ՄԱԿ-ի պայմանագրային մարմին
vocab-complaint-body-other = Այլ

## complaint-response

vocab-list-complaint-response = Բողոքի պատասխան
vocab-complaint-response-favourable = Դրական
vocab-complaint-response-rejected = Մերժված
vocab-complaint-response-no-response = Պատասխան չկա
vocab-complaint-response-pending = Քննարկման փուլում
vocab-complaint-response-other = Այլ

## complaint-outcome

vocab-list-complaint-outcome = Բողոքի արդյունք
vocab-complaint-outcome-criminal-case-opened = Հարուցվել է քրեական վարույթ
vocab-complaint-outcome-refused-to-open = Մերժվել է վարույթ հարուցել
vocab-complaint-outcome-disciplinary-action = Կարգապահական պատասխանատվություն
vocab-complaint-outcome-compensation = Փոխհատուցում
vocab-complaint-outcome-none = Չկա
vocab-complaint-outcome-other = Այլ

## consent-destination

vocab-list-consent-destination = Համաձայնության նպատակ
vocab-consent-destination-documentation = Փաստագրում (գրառումը պահելը)
vocab-consent-destination-lawyer = Տրամադրում փաստաբանին
vocab-consent-destination-organisation-network-stats = Ցանցային վիճակագրություն (միայն ամփոփ)
vocab-consent-destination-national-bodies = Ազգային մարմիններ
vocab-consent-destination-un-special-procedures = ՄԱԿ-ի հատուկ ընթացակարգեր
vocab-consent-destination-un-treaty-bodies = ՄԱԿ-ի պայմանագրային մարմիններ
vocab-consent-destination-media-advocacy-anonymised = ԶԼՄ-ներ և ջատագովություն (անանուն)

## named-or-anonymised

vocab-list-named-or-anonymised = Անունով, թե անանուն
vocab-named-or-anonymised-named = Անունով
vocab-named-or-anonymised-anonymised = Անանուն

## redaction-profile

vocab-list-redaction-profile = Քողարկման պրոֆիլ
vocab-redaction-profile-full = Լրիվ (ամեն ինչ՝ նրա փաստաբանի համար)
vocab-redaction-profile-pseudonymised = Կեղծանունով
vocab-redaction-profile-aggregate = Միայն ամփոփ վիճակագրություն

## media-kind

vocab-list-media-kind = Ֆայլի տեսակ
vocab-media-kind-photo = Լուսանկար
vocab-media-kind-scan = Սկան
vocab-media-kind-audio = Ձայնագրություն
vocab-media-kind-video = Տեսանյութ
vocab-media-kind-document = Փաստաթուղթ
vocab-media-kind-other = Այլ
