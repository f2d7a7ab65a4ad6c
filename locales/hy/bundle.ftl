## Փաթեթներ՝ համակարգիչների միջև ձեռքով համաժամեցում, կոնտակտներ, հակասություններ։

# Պահոցի համաժամեցման մասի սխալները։
sync-error-revision-id-mismatch = { $revision } տարբերակը չի համապատասխանում իր բովանդակությանը։ Փաթեթը փոփոխվել կամ վնասվել է։ Ոչինչ չի ներմուծվել։
sync-error-revision-case-mismatch = { $revision } տարբերակը պատկանում է մեկ այլ գործի։ Ոչինչ չի ներմուծվել։
sync-error-missing-parent = { $revision } տարբերակին անհրաժեշտ է ավելի վաղ տարբերակ ({ $parent }), որը չկա ո՛չ փաթեթում, ո՛չ այս պահոցում։ Ոչինչ չի ներմուծվել։
sync-error-malformed-revision = { $revision } տարբերակը սխալ կառուցվածք ունի։ Ոչինչ չի ներմուծվել։
sync-error-unknown-head = { $case } գործի վերջին տարբերակը ({ $revision }) բացակայում է փաթեթից։ Ոչինչ չի ներմուծվել։
sync-error-blob-hash-mismatch = { $sha256 } կցորդը չի համապատասխանում իր մատնահետքին։ Ոչինչ չի ներմուծվել։
sync-error-blob-size-mismatch = { $sha256 } կցորդը պետք է ունենա { $declared } բայթ, բայց ունի { $actual }։ Ոչինչ չի ներմուծվել։
sync-error-contact-exists = «{ $name }» անունով կամ նույն բանալիներով կոնտակտ արդեն կա։
sync-error-contact-name-empty = Կոնտակտը պետք է անուն ունենա։
sync-error-contact-not-found = «{ $name }» անունով կոնտակտ չկա։
sync-error-invalid-role = «{ $role }» անունով դեր չկա։ Օգտագործեք own-device, centre-hub, lawyer կամ network։
sync-error-conflict-not-found = { $case } գործում «{ $path }» դաշտում բաց հակասություն չկա։
sync-error-bad-content = { $case } գործի բովանդակությունը հնարավոր չէ կարդալ։
sync-error-fingerprint-needed = Սեփական սարքերը և կենտրոնի հանգույցը ստանում են ամբողջական գրառումներ։ Այս դերը տալու համար մուտքագրեք մատնահետքի այն վեց բառերը, որոնք ձեր կոնտակտը կարդում է ձեզ համար։
sync-error-fingerprint-mismatch = Ձեր մուտքագրած բառերը այս կոնտակտի մատնահետքը չեն։ Կրկին համեմատեք դրանք ձեր կոնտակտի հետ՝ հեռախոսով կամ անձամբ։
sync-error-not-permitted = Գործ { $case }՝ այս դերով ուղարկողն իրավունք չունի { $change ->
    [role-may-not-add] ավելացնել գործեր
    [role-may-not-delete] ջնջել գործեր
   *[other] փոխել այս դաշտերը
  }։

# Փաթեթների սխալները։
bundle-error-not-for-us = Այս փաթեթը պատրաստվել է մեկ ուրիշի համար։ Այն հնարավոր չէ բացել այս սարքի բանալիով։
bundle-error-wrong-passphrase = Գաղտնաֆրազը չի բացում այս փաթեթը։ Ոչինչ չի ներմուծվել։
bundle-error-passphrase-needed = Այս փաթեթը պաշտպանված է գաղտնաֆրազով։ Ներմուծելու համար մուտքագրեք այն։
bundle-error-work-factor-too-high = Այս փաթեթը բացելու համար պահանջում է չափազանց մեծ աշխատանք (2^{ $required }, ընդունելի է առավելագույնը 2^{ $max })։ Այն մերժվել է առանց փորձելու։
bundle-error-not-a-bundle = Այս ֆայլը Casebook-ի փաթեթ չէ։
bundle-error-damaged = Փաթեթը վնասված է կամ թերի (հնարավոր է՝ պատճենումն ընդհատվել է)։ Ոչինչ չի ներմուծվել։ Պատճենեք այն կրկին։
bundle-error-unsupported-version = Այս փաթեթն օգտագործում է ձևաչափի { $version } տարբերակը, որն այս ծրագրին հայտնի չէ։ Թարմացրեք ծրագիրը։
bundle-error-bad-signature = Փաթեթի ստորագրությունը չի համապատասխանում նրա բովանդակությանը։ Հնարավոր է՝ այն կեղծվել է։ Ոչինչ չի ներմուծվել։
bundle-error-unknown-signer = Փաթեթը ստորագրվել է մի սարքով, որը դուք չեք ավելացրել՝ «{ $name }», մատնահետք՝ { $fingerprint }։ Ներմուծելուց առաջ մատնահետքը համեմատեք ուղարկողի հետ (հեռախոսով)։
bundle-error-unsafe-path = Փաթեթը պարունակում է ոչ անվտանգ կամ անսպասելի ֆայլի անուն՝ { $path }։ Ոչինչ չի ներմուծվել։
bundle-error-unlisted-entry = Փաթեթը պարունակում է { $path } ֆայլը, որը նշված չէ նրա ստորագրված ցանկում։ Ոչինչ չի ներմուծվել։
bundle-error-missing-entry = Փաթեթում բացակայում է { $path } ֆայլը, որը նշված է նրա ստորագրված ցանկում։ Ոչինչ չի ներմուծվել։
bundle-error-size-mismatch = { $path } ֆայլն ունի { $actual } բայթ՝ հայտարարված { $declared } բայթի փոխարեն։ Ոչինչ չի ներմուծվել։
bundle-error-hash-mismatch = { $path } ֆայլը չի համապատասխանում ստորագրված ցանկում նշված իր մատնահետքին։ Ոչինչ չի ներմուծվել։
bundle-error-uncited-attachment = { $path } ֆայլը կցորդ է, որին չի հղվում փաթեթի ոչ մի գործ։ Ոչինչ չի ներմուծվել։
bundle-error-too-large = { $path } ֆայլը թույլատրվածից մեծ է ({ $limit } բայթ)։ Ոչինչ չի ներմուծվել։
bundle-error-bad-case-file = Փաթեթի { $path } ֆայլը հնարավոր չէ կարդալ որպես գործ։ Ոչինչ չի ներմուծվել։
bundle-error-bad-manifest = Փաթեթի բովանդակության ցանկը սխալ է՝ { $problem ->
    [not-json] այն հնարավոր չէ կարդալ։
    [attachment-hash] կցորդի անունը չի համապատասխանում նրա բովանդակությանը։
    [entry-twice] ֆայլը նշված է երկու անգամ։
    [case-without-entry] գործը նշված է առանց իր ֆայլի։
    [entry-without-case] գործի ֆայլը չկա գործերի ցանկում։
    [case-differs] գործի ֆայլը չի համապատասխանում ցանկում դրա մասին ասվածին։
    [snapshot-differs] վիճակագրության ֆայլը չի համապատասխանում ցանկում դրա մասին ասվածին։
    [mixed-kind] այն պարունակում է այլ տեսակի փաթեթի ֆայլեր։
   *[other] այն հնարավոր չէ օգտագործել։
}
bundle-error-bad-card = Կոնտակտային քարտը հնարավոր չէ կարդալ՝ { $problem ->
    [header] քարտի առաջին տողը բացակայում է։
    [age-key] դրա գաղտնագրման բանալին բացակայում է կամ վնասված է։
    [sign-key] դրա ստորագրման բանալին բացակայում է կամ վնասված է։
    [file] ֆայլը հնարավոր չէ բացել։
    [too-large] ֆայլը չափազանց մեծ է կոնտակտային քարտ լինելու համար։
    [not-text] ֆայլը տեքստային չէ։
   *[other] այն վնասված է։
}
bundle-error-card-fingerprint-mismatch = Կոնտակտային քարտի մատնահետքը չի համապատասխանում նրա բանալիներին։ Մի՛ օգտագործեք այս քարտը, խնդրեք այն նորից։
bundle-error-no-recipients = Ընտրեք առնվազն մեկ կոնտակտ կամ գաղտնաֆրազ։
bundle-error-since-last-needs-contact = «Փոխվածները վերջին արտահանումից հետո» ընտրանքն աշխատում է միայն կոնտակտներին արտահանելիս։
bundle-error-nothing-to-export = Ոչ մի գործ չի կարող ներառվել այս փաթեթում։
bundle-error-passphrase-too-short = Փաթեթի գաղտնաֆրազը պետք է ունենա { $min ->
        [one] առնվազն { $min } նիշ
       *[other] առնվազն { $min } նիշ
    } կամ առնվազն { $words } բառ՝ յուրաքանչյուրը երեք և ավելի տառից։
bundle-error-write = Փաթեթը հնարավոր չեղավ գրել՝ { $detail }։ Ոչ մի ֆայլ չի մնացել։

# Ինչու է գործը չներառվել փաթեթում։
bundle-refused-consent = { $role } դերի համար անհրաժեշտ է «{ $destination }» համաձայնությունը (կարգավիճակը՝ { $state })
bundle-refused-role = { $role } դերը գործերի գրառումներ չի ստանում, միայն ապանձնավորված վիճակագրություն
bundle-refused-unreadable = գործը հնարավոր չէ կարդալ

# Հրամանային տող։
sync-cli-prompt-bundle-passphrase = Փաթեթի գաղտնաֆրազ
sync-cli-contact-added = Ավելացվեց՝ { $name } ({ $role })։ Մատնահետք՝ { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Կոնտակտներ դեռ չկան։
sync-cli-export-done = Փաթեթը գրված է՝ { $path }։ Գործեր՝ { $cases }, կցորդներ՝ { $attachments }։
sync-cli-export-nothing = Ոչ մի գործ չի կարող ուղարկվել այս ստացողներին, ֆայլ չի գրվել։
sync-cli-export-plan = Կարտահանվեր { $cases } գործ և { $attachments } կցորդ, չեն կարող ուղարկվել՝ { $refused }։ Ոչինչ չի գրվել։
sync-cli-export-refused = { $code }՝ չի արտահանվել, { $reason }։
sync-cli-import-summary = Ուղարկող՝ { $signer } ({ $fingerprint }, { $role } դերի իրավունքներով)։ Ավելացված՝ { $added }, թարմացված՝ { $updated }, հակասություններ՝ { $conflicts }, բաց թողնված՝ { $skipped }, մերժված՝ { $rejected }։
sync-cli-import-rejected = { $case }՝ մերժված է ({ $reason })։
sync-cli-trust-hint = Եթե այս մատնահետքը համընկնում է ուղարկողի կարդացածի հետ, նորից ներմուծեք --trust "{ $fingerprint }" և --role պարամետրերով (լռելյայն՝ network, որի ուղարկածը ոչ մի գործ չի փոխում)։
sync-cli-conflicts-none = Բաց հակասություններ չկան։
sync-cli-conflict-line = { $code } { $path }՝ այստեղ՝ { $ours } ({ $ours_author }, { $ours_at }), ուղարկողի մոտ՝ { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = { $code } գործում «{ $path }» հակասությունը լուծված է։
sync-cli-deleted-value = (ջնջված)
sync-cli-export-stats-done = Վիճակագրության փաթեթը գրված է՝ { $path } (կենտրոններ՝ { $centres }, գրառումներ՝ { $records })։
sync-cli-import-snapshot = { $centre }, կտրվածք № { $seq }, գրառումներ՝ { $records }՝ { $standing ->
    [new] նոր կենտրոն, հաշվված է։
    [replaced] փոխարինում է նրա ավելի հին կտրվածքը։
    [older] եղածից ավելի հին է. ոչինչ չի փոխվել։
   *[same] արդեն կա. ոչինչ չի փոխվել։
}
sync-cli-import-stats-summary = Վիճակագրություն { $signer }-ից ({ $fingerprint }), կտրվածքներ՝ { $centres }։ Ոչ մի գործի չի դիպչել։
bundle-error-not-outreach = Այս պահոցը կարգավորված չէ աութրիչ աշխատանքի համար․ այն ելքային արկղ չունի։
bundle-error-not-a-receipt = Այս ֆայլը այս նոութբուքի կենտրոնի անդորրագիր չէ կամ փոփոխվել է։ Ոչինչ չի հաստատվել։
