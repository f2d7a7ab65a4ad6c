# Հարցազրույցի քայլ առ քայլ ձևը (ui/src/screens/Intake.svelte և ui/src/components/casework/)։
# Ցանկացած հարց կարելի է բաց թողնել։ Անհրաժեշտ են միայն կեղծանունը և փաստագրման համաձայնությունը։

in-title = Նոր հարցազրույց
in-steps = Հարցազրույցի քայլերը
in-saved-at = Պահպանված է պահոցում՝ { $time }
in-not-saved-yet = Դեռ ոչինչ գրանցված չէ
in-step-problems = { $count ->
    [one] Այս քայլում կա { $count } խնդիր
   *[other] Այս քայլում կա { $count } խնդիր
}

in-step-consent = Համաձայնություն
in-step-survivor = Տուժած
in-step-incidents = Միջադեպեր
in-step-acts = Ինչ է արվել
in-step-perpetrators = Իրավախախտներ
in-step-evidence = Ապացույցներ
in-step-responses = Ձեռնարկված քայլեր
in-step-review = Ստուգում

in-hint-consent = Նախ հարցրեք՝ արդյոք նա համաձայն է, որ այս ամենն ընդհանրապես գրառվի։ Առանց այդ համաձայնության ոչինչ չի կարող պահվել։ Հետո հարցրեք յուրաքանչյուր այլ օգտագործման մասին։
in-hint-survivor = Անհրաժեշտ է միայն կեղծանուն։ Մնացած բոլոր հարցերը կարելի է բաց թողնել։
in-hint-incidents = Յուրաքանչյուր միջադեպի համար՝ մեկ բլոկ։ Ամսաթիվը կարող է լինել ճշգրիտ, միայն ամիսը, միայն տարին կամ ժամանակահատված։
in-hint-acts = Նշեք, թե ինչ է արվել յուրաքանչյուր միջադեպում։ Մանրամասները կարող են դատարկ մնալ։
in-hint-perpetrators = Նկարագրեք, թե ով է դա արել՝ այնքանով, որքանով նա գիտի կամ ուզում է ասել։
in-hint-evidence = Լուսանկարներ, սկանավորված փաստաթղթեր, ձայնագրություններ և բժշկական եզրակացություններ։ Ֆայլերը պահվում են պահոցում՝ գաղտնագրված։
in-hint-responses = Ինչ է արվել նրա համար, և ինչ պետք է արվի հետո։
in-hint-review = Ստուգեք գրանցվածը։ Ամեն ինչ հետո էլ կարելի է փոխել։

in-next = Հաջորդը
in-back = Հետ
in-skip = Բաց թողնել այս քայլը
in-to-review = Անցնել ստուգման
in-finish = Պահպանել գործը
in-finishing = Պահպանվում է…
in-stop = Կանգ առնել (շարունակել հետո)
in-discard = Չեղարկել այս սևագիրը
in-discard-confirm = Ջնջե՞լ այս սևագրում գրանցված ամեն ինչը։
in-discard-yes = Այո, ջնջել
in-discard-no = Ոչ, պահել

in-about-interview = Այս հարցազրույցի մասին
in-intake-date = Հարցազրույցի ամսաթիվը
in-documenter = Փաստագրող (ձեր կեղծանունը)
in-organisation = Կազմակերպություն

in-consent-title = Համաձայնություն
in-consent-intro = Յուրաքանչյուր օգտագործման համար գրանցեք մեկ պատասխան։ Անպատասխան հարցերը նշանակում են «չի հարցվել»։ Նա կարող է հետագայում փոխել իր որոշումը։
in-consent-required = անհրաժեշտ է գործը պահելու համար
in-consent-not-asked = Դեռ չի հարցվել
in-consent-yes = Համաձայն է
in-consent-no = Համաձայն չէ
in-consent-date = Համաձայնության ամսաթիվը
in-consent-obtained-by = Ով է հարցրել
in-consent-gate = Նախ հարցրեք փաստագրման համաձայնության մասին։ Մյուս քայլերը կբացվեն, երբ նա համաձայնի։
in-consent-refused = Նա համաձայն չէ, որ սա փաստագրվի։ Ոչինչ չի կարող պահվել՝ չեղարկեք սևագիրը։

in-survivor-title = Տուժածը
in-pseudonym = Կեղծանուն կամ ծածկանուն
in-pseudonym-hint = Ոչ նրա իրական անունը։ Իրական ինքնությունը, եթե ընդհանրապես գրվում է, գրվում է ստորև՝ պաշտպանված բլոկում։
in-age = Ճշգրիտ տարիքը
in-citizenship = Քաղաքացիություն (երկրի կոդ)
in-stateless = Քաղաքացիություն չունի
in-situation-title = Նրա իրավիճակը
in-skip-hint = Հարցրեք միայն այն, ինչին նա պատրաստ է պատասխանել։
in-pregnant = Միջադեպի պահին հղի էր
in-has-children = Ունի երեխաներ
in-on-art = Ստանում է հակառետրովիրուսային բուժում
in-ost-client = Օփիոիդային փոխարինող թերապիայի (ՕՓԹ) շահառու
in-harm-reduction-client = Վնասի նվազեցման ծրագրի շահառու
in-sex-work = Սեքս-աշխատանք
in-disability = Հաշմանդամություն
in-homeless = Անօթևան
in-previous-incidents = Նախկին միջադեպեր (քանակ)
in-identity-title = Իրական ինքնություն (պաշտպանված)
in-identity-hint = Չի ներառվում ոչ մի փոխանցվող կամ քողարկված ֆայլում։ Լրացրեք միայն, եթե նա դա ցանկանում է, և փաստաբանին դա անհրաժեշտ է։
in-legal-name = Անուն, ազգանուն (ըստ փաստաթղթի)
in-date-of-birth = Ծննդյան ամսաթիվ
in-phone = Հեռախոս
in-address = Հասցե
in-id-document = Անձը հաստատող փաստաթղթի համար

in-incidents-empty = Դեռ ոչ մի միջադեպ գրանցված չէ։
in-incident-n = Միջադեպ { $n }
in-incident-date = Երբ է դա տեղի ունեցել
in-narrative = Ինչ է տեղի ունեցել՝ նրա իսկ խոսքերով
in-narrative-hint = Այն լեզվով, որով նա խոսում է։ Թարգմանությունը կարելի է ավելացնել ստորև։
in-narrative-translation = Թարգմանություն
in-detention = Ձերբակալում
in-detained = Արդյո՞ք նա ձերբակալվել է
in-duration-hours = Որքան ժամանակ (ժամ)
in-protocol = Արդյո՞ք կազմվել է ձերբակալման արձանագրություն
in-released-how = Ինչպես է նա ազատվել
in-witnesses = Վկաներ
in-witness-pseudonym = Վկա (կեղծանուն)
in-witness-contact = Ինչպես կապվել վկայի հետ
in-witness-willing = Պատրաստ է ցուցմունք տալ
in-add-witness = Ավելացնել վկա
in-add-incident = Ավելացնել միջադեպ
in-remove-incident = Հեռացնել այս միջադեպը

in-acts-no-incident = Նախ գրանցեք միջադեպը։ Դրա արարքները նշվում են այստեղ։
in-act-perpetrators = Ով է դա արել
in-new-perpetrator = Նոր իրավախախտ
in-physical-consequences = Ֆիզիկական հետևանքներ
in-psychological-consequences = Հոգեբանական հետևանքներ

in-perpetrators-empty = Դեռ ոչ մի իրավախախտ գրանցված չէ։
in-perpetrator-n = Իրավախախտ { $ref }
in-unit = Ստորաբաժանում
in-rank = Կոչում
in-badge = Կրծքանշանի համար
in-perp-name = Անուն (պաշտպանված)
in-vehicle = Մեքենայի պետհամարանիշ
in-uniformed = Համազգեստով
in-count = Քանի հոգի
in-identifiable = Նա կկարողանա նրանց նորից ճանաչել
in-add-perpetrator = Ավելացնել իրավախախտ
in-remove-perpetrator = Հեռացնել այս իրավախախտին

in-medical = Բժշկական փաստաթղթեր
in-examiner = Զննող մասնագետ
in-institution = Հաստատություն
in-date = Ամսաթիվ
in-findings = Եզրակացություն
in-body-regions = Վնասվածքներն ըստ մարմնի հատվածների
in-mark-description = Ինչ է երևում այնտեղ
in-add-medical = Ավելացնել բժշկական զննություն

in-services-given = Նրան մատուցված ծառայություններ
in-referrals = Ուղեգրումներ
in-referral-to = Ուր է ուղեգրվել
in-referral-consent = Նա համաձայնել է ուղեգրմանը
in-outcome = Արդյունք
in-add-referral = Ավելացնել ուղեգրում
in-complaints = Բողոքներ
in-date-filed = Ներկայացման ամսաթիվ
in-reference-number = Մուտքային համար
in-deadline = Ժամկետ
in-add-complaint = Ավելացնել բողոք
in-follow-ups = Հետագա քայլեր
in-follow-ups-hint = Օրինակ՝ դատաբժշկական փորձաքննություն, քանի դեռ վնասվածքները տեսանելի են, կամ բողոքարկման ժամկետ։
in-due = Կատարել մինչև
in-note = Ինչ անել
in-done-on = Կատարվել է
in-add-follow-up = Ավելացնել հետագա քայլ

in-review-problems = { $count ->
    [one] Գործը պահպանելուց առաջ { $count } պատասխան պետք է նորից ստուգել՝
   *[other] Գործը պահպանելուց առաջ { $count } պատասխան պետք է նորից ստուգել՝
}
