## Ծրագրի փոխանակման էկրանը՝ կոնտակտներ, արտահանում, ներմուծում, հակասություններ։

sync-button = Փոխանակում
sync-title = Գործերի փոխանակում
sync-back = Վերադառնալ գործերին
sync-intro = Գործերը համակարգիչների միջև փոխանցվում են գաղտնագրված փաթեթ-ֆայլերով՝ USB ֆլեշ կրիչով կամ մեսենջերում որպես կցորդ։ Դրանք կարող են բացել միայն ձեր ընտրած մարդիկ։
sync-tab-import = Ներմուծում
sync-tab-export = Արտահանում
sync-tab-contacts = Կոնտակտներ
sync-tab-conflicts = Հակասություններ
sync-list-conflict = հակասություն

# Ընթացք
sync-phase-starting = Սկսվում է…
sync-phase-selecting = Գործերը ստուգվում են…
sync-phase-writing = Փաթեթը գրվում է…
sync-phase-reading = Փաթեթը վերծանվում և ստուգվում է…
sync-phase-applying = Միավորվում է այս պահոցի հետ…
sync-phase-done = Ավարտվում է…
sync-size-b = { $n } բայթ
sync-size-kb = { $n } ԿԲ
sync-size-mb = { $n } ՄԲ
sync-size-gb = { $n } ԳԲ

# Դերեր
sync-role-own-device = Սեփական սարք
sync-role-centre-hub = Կենտրոնի հանգույց
sync-role-lawyer = Փաստաբան
sync-role-outreach = Աութրիչ աշխատողի նոութբուք
sync-role-network = Ցանց
sync-role-own-device-hint = Ձեր կամ ձեր թիմի մեկ այլ համակարգիչ՝ ստանում է ամբողջական գրառումներ և կարող է փոխել կամ ջնջել ցանկացած գործ։ Այս դերը տալու համար մուտքագրում եք դրա մատնահետքի վեց բառերը։
sync-role-centre-hub-hint = Գործերը հավաքող կենտրոնը՝ ստանում է ամբողջական գրառումներ և կարող է ավելացնել և փոխել գործեր։ Այս դերը տալու համար մուտքագրում եք դրա մատնահետքի վեց բառերը։
sync-role-lawyer-hint = Ստանում է միայն այն գործերը, որոնցում տուժածը համաձայնել է տրամադրել փաստաբանին, իսկ առանց անունով ներկայացվելու նրա համաձայնության՝ առանց նույնականացնող տվյալների։ Կարող է հետ ուղարկել միայն ձեռնարկված քայլեր և նշումներ։
sync-role-outreach-hint = Աութրիչ աշխատողի դաշտային նոութբուք՝ գործերի գրառումներ չի ստանում. նրա փաթեթները կարող են միայն նոր գործեր ավելացնել և եղածում ոչինչ չեն փոխում։ Այս դերը տալու համար մուտքագրեք նրա մատնահետքի վեց բառը։
sync-role-network-hint = Գործերի գրառումներ չի ստանում, միայն ապանձնավորված վիճակագրություն։ Նրա ուղարկածը ոչ մի գործ չի փոխում։ Յուրաքանչյուր նոր կոնտակտ սկսում է այս դերից։

# Կոնտակտներ՝ իմ քարտը
sync-my-card-title = Ձեր կոնտակտային քարտը
sync-my-card-intro = Տվեք այս քարտը այն մարդկանց, ովքեր ձեզ փաթեթներ են ուղարկում։ Նրանք այն ավելացնում են որպես կոնտակտ, և այդ պահից ձեզ համար պատրաստված փաթեթները բացվում են միայն այս համակարգչում։
sync-my-name-label = Ձեր կամ ձեր կենտրոնի անունը, ինչպես այն տեսնում են ուրիշները
sync-my-name-hint = Ցուցադրվում է ձեր քարտի, ձեր փաթեթների և ձեր լուծած հակասությունների վրա։ Այս համակարգչում չի պահվում։
sync-fingerprint-label = Մատնահետք (համեմատեք այս բառերը հեռախոսով)
sync-my-card-text-label = Քարտի տեքստը
sync-card-copy = Պատճենել տեքստը
sync-card-save = Պահպանել որպես ֆայլ…
sync-card-copied = Քարտի տեքստը պատճենված է։
sync-card-saved = Քարտը պահպանվեց։

# Կոնտակտներ՝ ավելացում
sync-add-title = Ավելացնել կոնտակտ
sync-add-intro = Տեղադրեք ինչ-որ մեկի կոնտակտային քարտի տեքստը կամ ընտրեք այն քարտի ֆայլը, որը նա ձեզ տվել է։
sync-add-paste-label = Կոնտակտային քարտի տեքստը
sync-add-choose-file = Ընտրել քարտի ֆայլը…
sync-card-unreadable = Սա ամբողջական կոնտակտային քարտ չէ։ Պատճենեք ամբողջ քարտը՝ «casebook contact card v1» տողից մինչև մատնահետքի տողը։
sync-card-file-unreadable = Այս ֆայլը կոնտակտային քարտ չէ։
sync-add-compare = Հեռախոսով կարդացեք այս բառերը միմյանց։ Ավելացրեք կոնտակտը միայն այն դեպքում, եթե դրանք համընկնում են։
sync-contact-name-label = Անուն
sync-contact-role-label = Դեր
sync-add-submit = Ավելացնել կոնտակտը
sync-contact-added = «{ $name }» կոնտակտն ավելացվեց։
sync-contact-added-role = «{ $name }» կոնտակտն ավելացվեց «{ $role }» դերով։
sync-typed-words-label = Մատնահետքի վեց բառերը, ինչպես դրանք կարդում է ձեր կոնտակտը
sync-typed-words-hint = Մուտքագրեք դրանք, մի՛ պատճենեք այս էկրանից։ Այս դերը ստանում է ամբողջական գրառումներ, ուստի բառերը պետք է ստանաք հենց այդ մարդուց՝ հեռախոսով կամ դեմ առ դեմ։
sync-summary-role = Ուղարկողն ուներ «{ $role }» դերի իրավունքները։

# Կոնտակտներ՝ ցանկը
sync-contacts-title = Կոնտակտներ
sync-contacts-empty = Կոնտակտներ դեռ չկան։ Ավելացրեք այն կենտրոնի, փաստաբանի կամ գործընկերոջ քարտը, որի հետ փոխանակում եք գործեր։
sync-contact-added-at = ավելացվել է՝ { $when }
sync-rename = Վերանվանել
sync-rename-label = Վերանվանել՝ { $name }
sync-rename-submit = Պահպանել անունը
sync-contact-renamed = Կոնտակտն այժմ կոչվում է «{ $name }»։
sync-remove = Հեռացնել
sync-remove-label = Հեռացնել՝ { $name }
sync-remove-question = Հեռացնե՞լ «{ $name }» կոնտակտը։ Դուք այլևս չեք կարողանա փաթեթներ պատրաստել նրա համար, և նրա փաթեթների համար կրկին հաստատում կպահանջվի։
sync-remove-keep = Պահել
sync-remove-confirm = Հեռացնել կոնտակտը
sync-contact-removed = «{ $name }» կոնտակտը հեռացվեց։

# Արտահանում
sync-export-title = Գործերի արտահանում փաթեթում
sync-export-intro = Ընտրեք, թե ով կարող է բացել փաթեթը, և որ գործերն են ներառվում։ Այն գործերը, որոնք չեն կարող ուղարկվել նրանց, կցուցադրվեն պատճառի հետ՝ նախքան որևէ բան գրվելը։
sync-export-to = Ով կարող է բացել փաթեթը
sync-export-to-contacts = Կոնտակտներ
sync-export-no-contacts = Կոնտակտներ դեռ չկան՝ ավելացրեք որևէ մեկը «Կոնտակտներ» ներդիրում կամ օգտագործեք գաղտնաֆրազ։
sync-export-to-passphrase = Յուրաքանչյուր ոք, ով գիտի գաղտնաֆրազը
sync-export-passphrase-hint = Գաղտնաֆրազը ստացողին հայտնեք փաթեթից առանձին՝ անձամբ կամ հեռախոսով։
sync-export-passphrase-label = Փաթեթի գաղտնաֆրազ
sync-export-pass-role-label = Որ դերի կանոններն են գործում
sync-export-which = Որ գործերը
sync-export-all = Բոլոր գործերը
sync-export-since-last = Փոխվածները՝ այս կոնտակտներին իմ վերջին արտահանումից հետո
sync-export-since-last-hint = Միայն այն գործերը, որոնք նոր են կամ փոխվել են այն պահից, երբ վերջին անգամ փաթեթ եք ուղարկել ընտրված յուրաքանչյուր կոնտակտին։
sync-export-since-last-needs-contacts = Հնարավոր է միայն այն դեպքում, երբ փաթեթը կոնտակտների համար է։
sync-export-chosen = Իմ ընտրած գործերը
sync-export-search-label = Գտնել գործեր (ծածկագիր, կեղծանուն, ցանկացած բառ)
sync-export-chosen-count = { $count ->
    [0] Դեռ ոչ մի գործ ընտրված չէ։
    [one] Ընտրված է { $count } գործ։
   *[other] Ընտրված է { $count } գործ։
}
sync-export-search-none = Համապատասխան գործ չկա։
sync-export-search-more = Ցուցադրված են { $total }-ից առաջին { $shown }-ը։ Որոնեք՝ ցանկը նեղացնելու համար։
sync-export-attachments = Ներառել կցորդները (լուսանկարներ, փաստաթղթեր)
sync-export-attachments-hint = Առանց դրանց փաթեթը շատ ավելի փոքր է։ Կեղծանունով գործերը երբեք կցորդներ չեն պարունակում։
sync-sender-name-hint = Ստացողները այս անունը տեսնում են որպես ուղարկողի անուն։
sync-export-need-recipient = Ընտրեք առնվազն մեկ կոնտակտ կամ գաղտնաֆրազ։
sync-export-need-cases = Ընտրեք առնվազն մեկ գործ։
sync-plan-title = Ինչ կուղարկվի
sync-plan-checking = Գործերը ստուգվում են…
sync-plan-cases = { $count ->
    [0] Ոչ մի գործ չի կարող ուղարկվել։
    [one] Կարող է ուղարկվել { $count } գործ։
   *[other] Կարող է ուղարկվել { $count } գործ։
}
sync-plan-pseudonymised = { $count ->
    [one] Դրանցից { $count }-ը՝ միայն կեղծանունով (առանց նույնականացնող տվյալների)։
   *[other] Դրանցից { $count }-ը՝ միայն կեղծանունով (առանց նույնականացնող տվյալների)։
}
sync-plan-attachments = { $count ->
    [one] Կցորդներ՝ { $count } ({ $size })։
   *[other] Կցորդներ՝ { $count } ({ $size })։
}
sync-plan-refused-title = { $count ->
    [one] Չի կարող ուղարկվել { $count } գործ՝
   *[other] Չի կարող ուղարկվել { $count } գործ՝
}
sync-plan-refused-more = …և ևս { $count }
sync-plan-refused-show-all = Ցույց տալ բոլոր գործերը
sync-refused-consent = «{ $role }» դերի համար անհրաժեշտ է «{ $destination }» համաձայնությունը, իսկ դրա կարգավիճակը՝ { $state }
sync-refused-role = «{ $role }» դերը գործերի գրառումներ չի ստանում, միայն ապանձնավորված վիճակագրություն
sync-refused-unreadable = գործը հնարավոր չէ կարդալ
sync-consent-state-given = տրված
sync-consent-state-refused = մերժված
sync-consent-state-revoked = հետ վերցված
sync-consent-state-missing = գրանցված չէ
sync-plan-nothing = Այս ստացողներին ոչ մի գործ չի կարող ուղարկվել, ուստի գրելու բան չկա։
sync-export-write = Պահպանել փաթեթը…
sync-export-writing = Գրվում է…
sync-export-done = Փաթեթը պահպանված է՝ { $cases ->
    [one] { $cases } գործ
   *[other] { $cases } գործ
}, { $attachments ->
    [one] { $attachments } կցորդ
   *[other] { $attachments } կցորդ
}, { $size }։
sync-export-done-refused = { $count ->
    [one] { $count } գործ չներառվեց, ինչպես նշված է վերևում։
   *[other] { $count } գործ չներառվեց, ինչպես նշված է վերևում։
}

# Ներմուծում
sync-import-title = Փաթեթի ներմուծում
sync-import-intro = Ընտրեք ձեր ստացած փաթեթ-ֆայլը։ Այն ամբողջությամբ ստուգվում է, նախքան որևէ բան փոխվելը։ Վնասված կամ փոփոխված փաթեթը ոչինչ չի փոխում։
sync-import-choose = Ընտրել փաթեթ-ֆայլը…
sync-import-file = Ֆայլ՝ { $name }
sync-import-passphrase-title = Այս փաթեթը պաշտպանված է գաղտնաֆրազով
sync-import-passphrase-text = Մուտքագրեք այն գաղտնաֆրազը, որը ձեզ հայտնել է ուղարկողը։
sync-import-open = Բացել և ներմուծել
sync-import-unchanged = Այս պահոցում ոչինչ չի փոխվել։
sync-signer-title = Անհայտ ուղարկող
sync-signer-text = Այս փաթեթը պատրաստվել է մի համակարգչում, որը դուք չեք ավելացրել որպես կոնտակտ՝ «{ $name }»։ Խնդրեք ուղարկողին կարդալ ձեզ իր մատնահետքը՝ հեռախոսով կամ անձամբ, և համեմատեք այն այս բառերի հետ՝
sync-signer-no-name = առանց անվան
sync-signer-warning = Եթե բառերը տարբերվում են, մի՛ ներմուծեք՝ փաթեթը կարող է ուղարկված չլինել այն մարդու կողմից, ում կարծում եք։
sync-signer-add = Ավելացնել ուղարկողին նաև իմ կոնտակտներում
sync-signer-reject = Չներմուծել
sync-signer-accept = Բառերը համընկնում են՝ ներմուծել
sync-summary-title = Ներմուծումն ավարտված է
sync-summary-from = Ուղարկող՝ «{ $name }», մատնահետք՝
sync-summary-from-self = Ուղարկող՝ հենց այս համակարգիչը, մատնահետք՝
sync-summary-added = Ավելացված
sync-summary-updated = Թարմացված
sync-summary-conflicts = Հակասություններ
sync-summary-skipped = Արդեն կան այստեղ
sync-summary-rejected = Մերժված
sync-summary-attachments = { $count ->
    [one] { $count } նոր կցորդ։
   *[other] { $count } նոր կցորդ։
}
sync-summary-rejected-title = Մերժված գործեր
sync-rejected-unreadable-record = այս ծրագիրը չի կարող կարդալ գործի բովանդակությունը
sync-rejected-role-may-not-add = ուղարկողի դերը չի կարող գործեր ավելացնել այս պահոցում
sync-rejected-role-may-not-delete = ուղարկողի դերը չի կարող գործեր ջնջել
sync-rejected-role-may-not-change = ուղարկողի դերը չի կարող փոխել այս դաշտերը (փաստաբանը կարող է փոխել միայն ձեռնարկված քայլերը և նշումները)
sync-summary-cases-title = Այս փաթեթի բոլոր գործերը ({ $count })
sync-summary-cases-more = …և ևս { $count }։
sync-summary-attention-title = Ստուգման ենթակա գործեր
sync-outcome-added = ավելացված
sync-outcome-fast-forward = թարմացված
sync-outcome-merged = միավորված այստեղ կատարված փոփոխությունների հետ
sync-outcome-merged-conflicts = { $count ->
    [one] միավորված է, բայց երկու կողմից փոխված { $count } դաշտ պահանջում է ձեր որոշումը
   *[other] միավորված է, բայց երկու կողմից փոխված { $count } դաշտ պահանջում են ձեր որոշումը
}
sync-outcome-edit-kept-over-delete = մի կողմում ջնջված է, մյուսում՝ խմբագրված։ Խմբագրված գործը պահպանված է, խնդրում ենք ստուգել
sync-outcome-skipped = նոր բան չկա
sync-summary-conflicts-text = { $count ->
    [one] { $count } դաշտ այստեղ և ուղարկողի մոտ տարբեր կերպ է փոխվել։ Ոչինչ չի կորել՝ երկու արժեքներն էլ պահվում են, մինչև դուք որոշեք։
   *[other] { $count } դաշտ այստեղ և ուղարկողի մոտ տարբեր կերպ են փոխվել։ Ոչինչ չի կորել՝ երկու արժեքներն էլ պահվում են, մինչև դուք որոշեք։
}
sync-summary-resolve = Լուծել հակասությունները

# Հակասություններ
sync-conflicts-title = Լուծման ենթակա հակասություններ
sync-conflicts-intro = Դաշտը երկու համակարգիչներում տարբեր կերպ է փոխվել։ Ընտրեք, թե որ արժեքը պետք է պահի գործը, կամ մուտքագրեք ճիշտը։ Ձեր ընտրությունն ավելացվում է որպես նոր տարբերակ, իսկ երկու հին արժեքներն էլ մնում են պատմության մեջ։
sync-conflicts-empty = Հակասություններ չկան։ Ամեն ինչ միավորվել է առանց խնդիրների։
sync-conflict-whole-case = ամբողջ գործը
sync-conflict-edit-vs-delete = Մի կողմը ջնջել է այս գործը, մյուսը՝ խմբագրել։ Խմբագրված գործը պահվում է, մինչև դուք որոշեք։
sync-conflict-choose = Արժեք՝ { $field } դաշտի համար
sync-conflict-ours = Պահել այստեղի արժեքը
sync-conflict-theirs = Վերցնել ուղարկողի արժեքը
sync-conflict-typed = Մուտքագրել այլ արժեք
sync-conflict-typed-label = Նոր արժեք՝ { $field } դաշտի համար
sync-conflict-by = հեղինակ՝ { $author }, { $when }
sync-conflict-deleted = (գործը ջնջված է)
sync-conflict-edited = (խմբագրված գործը)
sync-conflict-empty = (դատարկ)
sync-conflict-yes = այո
sync-conflict-no = ոչ
sync-conflict-resolve = Լուծել
sync-conflict-resolved = { $code } գործում «{ $field }» դաշտի հակասությունը լուծված է։
sync-summary-stats = Վիճակագրության փաթեթ։ Կտրվածքներ՝ { $count }։ Այս պահոցի ոչ մի գործի չի դիպչել։
sync-summary-snapshot = { $centre } — գրառումներ՝ { $records } — { $standing ->
    [new] նոր կենտրոն, հաշվված է
    [replaced] փոխարինում է նրա ավելի հին կտրվածքը
    [older] եղածից ավելի հին է, ոչինչ չի փոխվել
   *[same] արդեն կա, ոչինչ չի փոխվել
}
