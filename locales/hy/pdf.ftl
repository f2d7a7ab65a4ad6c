# Գործի նյութեր փաստաբանի համար (casebook-pdf)։ Նույնացուցիչներ՝ pdf-<ինչ>։

## Սխալներ
pdf-error-consent = { $state ->
    [refused] Տուժածը մերժել է «Տրամադրում փաստաբանին» համաձայնությունը ({ $consent })։ Գործի նյութեր հնարավոր չէ ստեղծել։
    [revoked] Տուժածը հետ է վերցրել «Տրամադրում փաստաբանին» համաձայնությունը ({ $consent })։ Գործի նյութեր հնարավոր չէ ստեղծել։
   *[missing] «Տրամադրում փաստաբանին» համաձայնությունը ({ $consent }) այս գործում բացակայում է։ Գրանցեք այն նախքան գործի նյութեր ստեղծելը։
}
pdf-error-consent-anonymised-only = Տուժածը համաձայնել է այս գործը փաստաբանին տրամադրել ({ $consent }) միայն անանուն՝ փոխարենը ստեղծեք կեղծանունով ֆայլ։
pdf-error-unknown-language = Գործի նյութերը հնարավոր չէ կազմել «{ $lang }» լեզվով․ ընտրեք ցանկի լեզուներից մեկը։
pdf-error-unknown-profile = Անհայտ քողարկման պրոֆիլ՝ «{ $profile }»։ Օգտագործեք full կամ pseudonymised։
pdf-error-font = Ներդրված { $font } տառատեսակը հնարավոր չէ կարդալ։ Ծրագիրը վնասված է։
pdf-error-encode = Գործի տվյալները հնարավոր չեղավ պատրաստել գործի նյութերի համար։
pdf-error-write = Ֆայլը հնարավոր չեղավ գրել՝ { $detail }
pdf-error-read = Ֆայլը հնարավոր չեղավ կարդալ՝ { $detail }
pdf-error-not-a-case-file = Սա Casebook-ի գործի նյութերի ֆայլ չէ, կամ դրա ամբողջականության տվյալները հեռացվել են։
pdf-error-newer-format = Այս գործի նյութերը ստեղծվել են տվյալների { $format } ձևաչափով, որը Casebook-ի այս տարբերակին հայտնի չէ։ Ստուգեք այն ավելի նոր տարբերակով։
pdf-error-not-in-vault = Այս պահոցում չկա այն տարբերակը, որից ստեղծվել է ֆայլը ({ $revision })։
pdf-error-unknown-revision-tag = Այս պահոցում այս գործի ոչ մի տարբերակ չունի ֆայլում նշված տարբերակի պիտակը ({ $tag })։ Կեղծանունով ֆայլը կարելի է ստուգել միայն այն պահոցում, որն այն ստեղծել է, — կամ պիտակը փոխվել է։
pdf-error-bad-audit-seq = Գործի նյութերի ամբողջականության տվյալները վնասված են՝ նշված է աուդիտի { $seq } համարի գրառումը, որը ոչ մի պահոց չի կարող ունենալ։ Ֆայլը փոփոխվել է կամ ստեղծված չէ Casebook-ով։

## Էջագլուխներ
pdf-confidential = ԳԱՂՏՆԻ — ԳՈՐԾԻ ՆՅՈՒԹԵՐ ՓԱՍՏԱԲԱՆԻ ՀԱՄԱՐ
pdf-confidential-long = Գաղտնի՝ գործի նյութեր փաստաբանի համար։ Պարունակում է բռնությունից տուժածի մասին զգայուն անձնական տվյալներ։ Մի՛ պատճենեք, մի՛ փոխանցեք և մի՛ հրապարակեք այն իրավաբանական թիմից դուրս՝ առանց նրա համաձայնության։
pdf-page-n-of-m = Էջ { $n } / { $m }
pdf-footer-left = Casebook · տարբերակ { $revision }
pdf-footer-left-tag = Casebook · տարբերակի պիտակ { $revision }

## Շապիկ
pdf-cover-title = Գործի նյութեր փաստաբանի համար
pdf-field-generated = Ստեղծվել է
pdf-field-language = Լեզու
pdf-field-profile = Քողարկման պրոֆիլ
pdf-field-organisation = Կազմակերպություն
pdf-field-documenter = Փաստագրող
pdf-field-revision = Տարբերակ
pdf-field-revision-tag = Տարբերակի պիտակ
pdf-cover-note-full = Այս ֆայլը պարունակում է տուժածի ինքնությունը։ Այն նախատեսված է միայն նրա սեփական փաստաբանի համար։
pdf-cover-note-pseudonymised = Այս ֆայլը կեղծանունով է՝ հեռացված են նրա ինքնությունը և կոնտակտային տվյալները, վկաների անուններն ու կոնտակտային տվյալները, իրավախախտների անունները և կցորդների ֆայլերի անունները, իսկ նրա անունը (ցանկացած ձևով), հեռախոսի և փաստաթղթերի համարները և ծննդյան ամսաթիվը փոխարինված են […] նշանով ամենուր, որտեղ դրանք գրված են եղել։ Ազատ տեքստում (պատմություններ, նշումներ, եզրակացություններ) գրված այլ մարդկանց անունները հնարավոր չէ ավտոմատ ճանաչել, և դրանք չեն ստուգվել։
pdf-cover-verify = Արդյոք այս ֆայլն անփոփոխ է և համապատասխանում է այն գրառմանը, որից ստեղծվել է, կարելի է ստուգել «casebook verify-pdf» հրամանով այն պահոցում, որն այն ստեղծել է (տե՛ս վերջին էջը)։

## Բաժիններ
pdf-section-summary = 1. Ամփոփում
pdf-section-chronology = 2. Միջադեպերի ժամանակագրություն
pdf-section-acts = 3. Արարքները և դրանց իրավական որակումը
pdf-section-perpetrators = 4. Իրավախախտներ
pdf-section-evidence = 5. Ապացույցներ
pdf-section-responses = 6. Ձեռնարկված քայլեր
pdf-section-consent = 7. Համաձայնություն
pdf-section-integrity = 8. Այս ֆայլի ամբողջականությունը

## Ամփոփում
pdf-summary-who = Տուժածը
pdf-summary-case = Գործը
pdf-summary-deadlines = Բաց ժամկետներ
pdf-field-pseudonym = Կեղծանուն
pdf-field-legal-name = Անուն, ազգանուն (ըստ փաստաթղթի)
pdf-field-date-of-birth = Ծննդյան ամսաթիվ
pdf-field-phone = Հեռախոս
pdf-field-address = Հասցե
pdf-field-id-document = Անձը հաստատող փաստաթղթի համար
pdf-field-age = Տարիք
pdf-field-gender = Գենդեր
pdf-field-residence = Բնակության վայր
pdf-field-citizenship = Քաղաքացիություն
pdf-stateless = Քաղաքացիություն չունի
pdf-field-pregnant = Միջադեպի պահին հղի էր
pdf-field-children = Ունի երեխաներ
pdf-field-custody = Որտեղ են երեխաները
pdf-field-hiv = ՄԻԱՎ կարգավիճակ
pdf-field-on-art = Ստանում է հակառետրովիրուսային բուժում
pdf-field-substances = Օգտագործվող նյութեր
pdf-field-ost-client = ՕՓԹ ծրագրի շահառու
pdf-field-harm-reduction = Վնասի նվազեցման ծրագրի շահառու
pdf-field-sex-work = Սեքս-աշխատանք
pdf-field-disability = Հաշմանդամություն
pdf-field-homeless = Անօթևան
pdf-field-previous-incidents = Նախկին միջադեպեր
pdf-field-when = Երբ
pdf-field-where = Որտեղ
pdf-field-what = Ինչ է արվել
pdf-field-by-whom = Ում կողմից
pdf-field-status = Ընթացիկ կարգավիճակ
pdf-field-intake-date = Ընդունման ամսաթիվ
pdf-field-intake-channel = Ինչպես է գործը ստացվել
pdf-field-source = Տեղեկատվության աղբյուր
pdf-field-tags = Պիտակներ
pdf-field-notes = Նշումներ
pdf-deadline-complaint = Բողոքի պատասխանի ժամկետ (հասցեատեր՝ { $body })
pdf-col-due = Ժամկետ
pdf-col-what = Ինչ
pdf-none = Ոչինչ գրանցված չէ։
pdf-yes = Այո
pdf-no = Ոչ
pdf-withheld = թաքցված է (կեղծանունով ֆայլ)

## Ժամանակագրություն
pdf-incident-title = Միջադեպ { $n }՝ { $date }
pdf-field-date = Ամսաթիվ
pdf-field-date-precision = Ամսաթվի ճշգրտություն
pdf-field-time-of-day = Օրվա ժամ
pdf-field-place = Վայր
pdf-field-location-type = Վայրի տեսակ
pdf-field-detained = Ձերբակալվել է
pdf-field-detention-hours = Պահվել է
pdf-hours = { $n ->
    [one] { $n } ժամ
   *[other] { $n } ժամ
}
pdf-field-protocol = Կազմվել է ձերբակալման արձանագրություն
pdf-field-released-how = Ինչպես է ազատվել
pdf-narrative-original = Նրա պատմությունը՝ իր իսկ խոսքերով (բնօրինակ լեզվով)
pdf-narrative-translation = Նրա պատմության թարգմանությունը
pdf-witnesses = Վկաներ
pdf-col-pseudonym = Կեղծանուն
pdf-col-contact = Կոնտակտ
pdf-col-willing = Պատրաստ է ցուցմունք տալ

## Արարքներ
pdf-acts-intro = Յուրաքանչյուր արարք նշված է այն դրույթների հետ, որոնց առնչվում է՝ ըստ Casebook-ի իրավունքների աղյուսակի։ «Առնչվում է» նշանակում է, որ արարքն ընկնում է դրույթի գործողության ոլորտի մեջ։ Արդյոք դա խախտում է, որոշում են փաստաբանը և գործը քննող մարմինը։
pdf-acts-of-incident = Միջադեպ { $n } ({ $date })
pdf-act-title = Արարք { $n }՝ { $act }
pdf-field-act-group = Արարքի տեսակ
pdf-field-intent = Ենթադրյալ նպատակ
pdf-field-physical = Ֆիզիկական հետևանքներ
pdf-field-psychological = Հոգեբանական հետևանքներ
pdf-field-medical-attention = Բժշկական օգնություն
pdf-field-perpetrators = Մասնակից իրավախախտներ
pdf-field-rights = Առնչվող իրավունքներ
pdf-rights-summary = Այս գործում առնչվող իրավունքները
pdf-col-instrument = Միջազգային փաստաթուղթ
pdf-col-provisions = Դրույթներ
pdf-col-acts = Արարքներ
pdf-right-article = { $instrument }, հոդ. { $article }
pdf-right-rule = { $instrument }, կանոն { $article }
pdf-right-paragraph = { $instrument }, կետ { $article }
pdf-instrument-cat = Խոշտանգումների դեմ կոնվենցիա
pdf-instrument-iccpr = ՔՔԻՄԴ
pdf-instrument-icescr = ՏՍՄԻՄԴ
pdf-instrument-echr = ՄԻԵԿ
pdf-instrument-echr-protocol-1 = ՄԻԵԿ, Արձանագրություն 1
pdf-instrument-cedaw-gr-35 = CEDAW, ԸՀ 35
pdf-instrument-bangkok-rules = Բանգկոկյան կանոններ
pdf-instrument-crc = Երեխայի իրավունքների կոնվենցիա
pdf-instrument-name-cat = Խոշտանգումների դեմ կոնվենցիա (CAT)
pdf-instrument-name-iccpr = Քաղաքացիական և քաղաքական իրավունքների մասին միջազգային դաշնագիր (ՔՔԻՄԴ)
pdf-instrument-name-icescr = Տնտեսական, սոցիալական և մշակութային իրավունքների մասին միջազգային դաշնագիր (ՏՍՄԻՄԴ)
pdf-instrument-name-echr = Մարդու իրավունքների եվրոպական կոնվենցիա (ՄԻԵԿ)
pdf-instrument-name-echr-protocol-1 = ՄԻԵԿ-ի թիվ 1 արձանագրություն
pdf-instrument-name-cedaw-gr-35 = Կանանց նկատմամբ խտրականության վերացման կոմիտեի (CEDAW) թիվ 35 ընդհանուր հանձնարարական (ԸՀ 35)
pdf-instrument-name-bangkok-rules = Կին բանտարկյալների հետ վարվելու ՄԱԿ-ի կանոններ (Բանգկոկյան կանոններ)
pdf-instrument-name-crc = Երեխայի իրավունքների մասին կոնվենցիա (CRC)

## Իրավախախտներ
pdf-perpetrator-title = Իրավախախտ { $n }
pdf-perpetrator-title-ref = Իրավախախտ { $n } ({ $ref })
pdf-field-agency = Գերատեսչություն
pdf-field-unit = Ստորաբաժանում
pdf-field-rank = Կոչում
pdf-field-name = Անուն
pdf-field-badge = Կրծքանշանի համար
pdf-field-uniformed = Համազգեստով
pdf-field-vehicle = Մեքենայի պետհամարանիշ
pdf-field-count = Մարդկանց թիվը
pdf-field-identifiable = Նա կկարողանա նրանց նորից ճանաչել
pdf-field-involvement = Մասնակցություն

## Ապացույցներ
pdf-medical = Բժշկական փաստաթղթեր
pdf-field-exam-date = Զննության ամսաթիվ
pdf-field-examiner = Զննող մասնագետ
pdf-field-institution = Հաստատություն
pdf-field-findings = Եզրակացություն
pdf-field-consistency = Համապատասխանություն (Ստամբուլյան արձանագրություն)
pdf-col-body-region = Մարմնի հատված
pdf-col-description = Նկարագրություն
pdf-attachments = Կցորդներ
pdf-col-file = Ֆայլ
pdf-col-type-size = Տեսակ, չափ
pdf-col-times = Ստեղծվել / ստացվել է
pdf-col-received-by = Ով է ստացել
pdf-captured = ստեղծվել է՝ { $time }
pdf-received = ստացվել է՝ { $time }
pdf-photos = Լուսանկարներ
pdf-photo-caption = Կցորդ { $n }՝ { $file }
pdf-photo-missing = (ֆայլը չկա այս պահոցում)
pdf-photo-too-large = (չափազանց մեծ է ներդնելու համար, տե՛ս բնօրինակը)
pdf-photo-unreadable = (պատկերի այս ձևաչափը հնարավոր չէ ցույց տալ այստեղ, տե՛ս բնօրինակը)

## Ձեռնարկված քայլեր
pdf-field-services = Մատուցված ծառայություններ
pdf-referrals = Ուղեգրումներ
pdf-complaints = Բողոքներ
pdf-follow-ups = Հետագա քայլեր
pdf-col-to = Ուր
pdf-col-date = Ամսաթիվ
pdf-col-consent = Համաձայնություն
pdf-col-outcome = Արդյունք
pdf-col-body = Հասցեատեր
pdf-col-filed = Ներկայացվել է
pdf-col-reference = Մուտքային համար
pdf-col-deadline = Ժամկետ
pdf-col-response = Պատասխան
pdf-col-done = Կատարվել է
pdf-col-note = Նշում

## Համաձայնություն
pdf-consent-intro = Ինչին է համաձայնել տուժածը՝ ըստ յուրաքանչյուր նպատակի, ինչպես գրանցված է գործում։
pdf-col-destination = Նպատակ
pdf-col-given = Տրված է
pdf-col-named = Անունով, թե անանուն
pdf-col-obtained-by = Ով է ստացել
pdf-col-revoked = Հետ է վերցվել

## Ամբողջականություն
pdf-integrity-intro = Այս ֆայլը ստեղծվել է Casebook-ի գաղտնագրված պահոցում պահվող գործի մեկ տարբերակից։ Տարբերակի նույնացուցիչն այդ տարբերակի բովանդակության և պատմության SHA-256 հեշն է։ Ստորև բերված տվյալների հեշը հենց այն բանի SHA-256 հեշն է, ինչ ցույց է տալիս այս ֆայլը՝ դրա լեզվի, պրոֆիլի և տարբերակի հետ միասին։
pdf-integrity-intro-tagged = Այս ֆայլը ստեղծվել է Casebook-ի գաղտնագրված պահոցում պահվող գործի մեկ տարբերակից։ Քանի որ այն կեղծանունով է, տարբերակները ցույց են տրված իրենց պիտակներով՝ տարբերակի նույնացուցիչի HMAC-SHA256-ը՝ հաշվված միայն այդ պահոցում պահվող գաղտնի բանալիով, որպեսզի առանց պահոցի ոչ ոք չկարողանա դրանցով ստուգել ենթադրվող անունը։ Ստորև բերված տվյալների հեշը հենց այն բանի SHA-256 հեշն է, ինչ ցույց է տալիս այս ֆայլը՝ դրա լեզվի, պրոֆիլի և տարբերակի պիտակի հետ միասին։
pdf-field-case-id = Գործի նույնացուցիչ
pdf-field-audit-head = Աուդիտի շղթայի վերջին գրառումը
pdf-field-data-hash = Տվյալների հեշ (SHA-256)
pdf-history = Տարբերակների պատմություն
pdf-col-time = Ժամանակ
pdf-col-author = Հեղինակ
pdf-col-kind = Փոփոխություն
pdf-col-reason = Պատճառ
pdf-col-revision = Տարբերակի նույնացուցիչ
pdf-col-revision-tag = Տարբերակի պիտակ
pdf-revision-kind-create = ստեղծված
pdf-revision-kind-edit = խմբագրված
pdf-revision-kind-delete = ջնջված
pdf-revision-kind-merge = միավորված
pdf-integrity-how = Ֆայլը պարունակում է նաև իր բոլոր բայթերի SHA-256 հեշը։ Casebook-ում «Ստուգել գործի նյութերը» գործառույթը (կամ «casebook verify-pdf FILE» հրամանը), գործարկված այն պահոցում, որն ստեղծել է ֆայլը, կրկին հաշվում է երկու հեշերը, հաստատում է աուդիտի շղթայի գրառումը և կրկին ստեղծում է տարբերակի պատկերը։ Ստեղծումից հետո ֆայլում կատարված ցանկացած փոփոխություն հայտնաբերվում է։

## Ամսաթվեր և թվեր
pdf-date-exact = { $day } { $month } { $year } թ.
pdf-date-month = { $month } { $year } թ.
pdf-date-year = { $year } թ.
pdf-date-range = մոտավորապես { $start } – { $end }
pdf-date-range-same-month = մոտավորապես { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } բայթ
pdf-size-kb = { $n } ԿԲ
pdf-size-mb = { $n } ՄԲ
pdf-month-gen-1 = հունվարի
pdf-month-gen-2 = փետրվարի
pdf-month-gen-3 = մարտի
pdf-month-gen-4 = ապրիլի
pdf-month-gen-5 = մայիսի
pdf-month-gen-6 = հունիսի
pdf-month-gen-7 = հուլիսի
pdf-month-gen-8 = օգոստոսի
pdf-month-gen-9 = սեպտեմբերի
pdf-month-gen-10 = հոկտեմբերի
pdf-month-gen-11 = նոյեմբերի
pdf-month-gen-12 = դեկտեմբերի
pdf-month-nom-1 = հունվար
pdf-month-nom-2 = փետրվար
pdf-month-nom-3 = մարտ
pdf-month-nom-4 = ապրիլ
pdf-month-nom-5 = մայիս
pdf-month-nom-6 = հունիս
pdf-month-nom-7 = հուլիս
pdf-month-nom-8 = օգոստոս
pdf-month-nom-9 = սեպտեմբեր
pdf-month-nom-10 = հոկտեմբեր
pdf-month-nom-11 = նոյեմբեր
pdf-month-nom-12 = դեկտեմբեր
