## Бастаҳо: ҳамоҳангсозии дастӣ байни компютерҳо, тамосҳо, ихтилофҳо.

# Хатоҳои ҳамоҳангсозӣ дар махзан.
sync-error-revision-id-mismatch = Таҳрири { $revision } ба мундариҷаи худ мувофиқ нест. Баста тағйир ёфтааст ё вайрон шудааст; ҳеҷ чиз ворид нашуд.
sync-error-revision-case-mismatch = Таҳрири { $revision } ба парвандаи дигар тааллуқ дорад. Ҳеҷ чиз ворид нашуд.
sync-error-missing-parent = Таҳрири { $revision } ба таҳрири пештара ({ $parent }) ниёз дорад, ки на дар баста ҳаст ва на дар ин махзан. Ҳеҷ чиз ворид нашуд.
sync-error-malformed-revision = Таҳрири { $revision } шакли нодуруст дорад. Ҳеҷ чиз ворид нашуд.
sync-error-unknown-head = Дар баста версияи охирини парвандаи { $case } ({ $revision }) нест. Ҳеҷ чиз ворид нашуд.
sync-error-blob-hash-mismatch = Замимаи { $sha256 } ба изи рақамии худ мувофиқ нест. Ҳеҷ чиз ворид нашуд.
sync-error-blob-size-mismatch = Замимаи { $sha256 } бояд { $declared } байт бошад, вале { $actual } байт аст. Ҳеҷ чиз ворид нашуд.
sync-error-contact-exists = Тамос бо номи «{ $name }» ё бо ҳамин калидҳо аллакай ҳаст.
sync-error-contact-name-empty = Тамос бояд ном дошта бошад.
sync-error-contact-not-found = Тамос бо номи «{ $name }» нест.
sync-error-invalid-role = «{ $role }» нақш нест. own-device, centre-hub, lawyer ё network-ро истифода баред.
sync-error-conflict-not-found = Дар парвандаи { $case } дар майдони «{ $path }» ихтилофи кушода нест.
sync-error-bad-content = Мундариҷаи парвандаи { $case }-ро хондан ғайриимкон аст.
sync-error-fingerprint-needed = Дастгоҳҳои худӣ ва маркази ҷамъоварӣ сабтҳои пурраро мегиранд. Барои додани ин нақш шаш калимаи изи рақамиро, ки тамоси шумо ба шумо мехонад, нависед.
sync-error-fingerprint-mismatch = Калимаҳое, ки шумо навиштед, изи рақамии ин тамос нестанд. Онҳоро бо тамоси худ бори дигар муқоиса кунед — тавассути телефон ё рӯ ба рӯ.
sync-error-not-permitted = Парвандаи { $case }: фиристандае, ки ин нақшро дорад, наметавонад { $change ->
    [role-may-not-add] парванда илова кунад
    [role-may-not-delete] парвандаҳоро нест кунад
   *[other] ин майдонҳоро тағйир диҳад
  }.

# Хатоҳои бастаҳо.
bundle-error-not-for-us = Ин баста барои шахси дигар сохта шудааст. Онро бо калиди ин дастгоҳ кушодан ғайриимкон аст.
bundle-error-wrong-passphrase = Ибораи махфӣ ин бастаро намекушояд. Ҳеҷ чиз ворид нашуд.
bundle-error-passphrase-needed = Ин баста бо ибораи махфӣ ҳифз шудааст. Барои ворид кардан онро нависед.
bundle-error-work-factor-too-high = Ин баста барои кушода шудан кори аз ҳад зиёдро талаб мекунад (2^{ $required }; на зиёдтар аз 2^{ $max } қабул мешавад). Он бе кӯшиши кушодан рад карда шуд.
bundle-error-not-a-bundle = Ин файл бастаи Casebook нест.
bundle-error-damaged = Баста вайрон ё нопурра аст (шояд нусхабардорӣ қатъ шуда бошад). Ҳеҷ чиз ворид нашуд; онро аз нав нусхабардорӣ кунед.
bundle-error-unsupported-version = Ин баста формати версияи { $version }-ро истифода мебарад, ки ин барнома намедонад. Барномаро навсозӣ кунед.
bundle-error-bad-signature = Имзои баста ба мундариҷаи он мувофиқ нест. Шояд онро дасткорӣ карда бошанд; ҳеҷ чиз ворид нашуд.
bundle-error-unknown-signer = Баста аз ҷониби дастгоҳе имзо шудааст, ки шумо илова накардаед: «{ $name }», изи рақамӣ { $fingerprint }. Пеш аз ворид кардан изи рақамиро бо фиристанда (тавассути телефон) муқоиса кунед.
bundle-error-unsafe-path = Дар баста номи файли хатарнок ё ғайричашмдошт ҳаст: { $path }. Ҳеҷ чиз ворид нашуд.
bundle-error-unlisted-entry = Дар баста { $path } ҳаст, ки дар рӯйхати имзошудаи он зикр нашудааст. Ҳеҷ чиз ворид нашуд.
bundle-error-missing-entry = Дар баста { $path } нест, гарчанде ки дар рӯйхати имзошуда зикр шудааст. Ҳеҷ чиз ворид нашуд.
bundle-error-size-mismatch = { $path } ба ҷои { $declared } байти эълоншуда { $actual } байт дорад. Ҳеҷ чиз ворид нашуд.
bundle-error-hash-mismatch = { $path } ба изи рақамии худ дар рӯйхати имзошуда мувофиқ нест. Ҳеҷ чиз ворид нашуд.
bundle-error-uncited-attachment = { $path } замимаест, ки ягон парвандаи баста ба он ишора намекунад. Ҳеҷ чиз ворид нашуд.
bundle-error-too-large = { $path } аз андозаи иҷозатдодашуда ({ $limit } байт) калонтар аст. Ҳеҷ чиз ворид нашуд.
bundle-error-bad-case-file = Файли { $path }-и бастаро ҳамчун парванда хондан ғайриимкон аст. Ҳеҷ чиз ворид нашуд.
bundle-error-bad-manifest = Рӯйхати мундариҷаи баста шакли нодуруст дорад: { $problem ->
    [not-json] онро хондан ғайриимкон аст.
    [attachment-hash] номи замима ба мундариҷаи он мувофиқ нест.
    [entry-twice] як файл ду бор зикр шудааст.
    [case-without-entry] парванда бе файли худ зикр шудааст.
    [entry-without-case] файли парванда дар рӯйхати парвандаҳо нест.
    [case-differs] файли парванда ба он чи дар рӯйхат дар бораи он гуфта шудааст, мувофиқ нест.
    [snapshot-differs] файли омор ба он чи дар рӯйхат дар бораи он гуфта шудааст, мувофиқ нест.
    [mixed-kind] дар он файлҳои бастаи навъи дигар ҳаст.
   *[other] онро истифода бурдан ғайриимкон аст.
}
bundle-error-bad-card = Корти тамосро хондан ғайриимкон аст: { $problem ->
    [header] сатри якуми корт нест.
    [age-key] калиди рамзгузории он нест ё вайрон шудааст.
    [sign-key] калиди имзои он нест ё вайрон шудааст.
    [file] файл кушода намешавад.
    [too-large] файл барои корти тамос аз ҳад калон аст.
    [not-text] файл матн нест.
   *[other] корт вайрон шудааст.
}
bundle-error-card-fingerprint-mismatch = Изи рақамии корти тамос ба калидҳои он мувофиқ нест. Ин кортро истифода набаред; онро аз нав пурсед.
bundle-error-no-recipients = Ақаллан як тамос ё ибораи махфиро интихоб кунед.
bundle-error-since-last-needs-contact = «Тағйирёфта пас аз содироти охирин» танҳо ҳангоми содирот барои тамосҳо кор мекунад.
bundle-error-nothing-to-export = Ҳеҷ парванда ба ин баста дохил шуда наметавонад.
bundle-error-passphrase-too-short = Ибораи махфии баста бояд { $min ->
       *[other] ақаллан { $min } аломат
    } ё ақаллан { $words } калима (ҳар кадом на камтар аз се ҳарф) дошта бошад.
bundle-error-write = Бастаро навиштан муяссар нашуд: { $detail }. Ягон файли нотамом боқӣ намонд.

# Чаро парванда ба баста дохил нашуд.
bundle-refused-consent = нақши { $role } розигии «{ $destination }»-ро талаб мекунад (ҳоло: { $state })
bundle-refused-role = нақши { $role } сабтҳои парвандаро намегирад, танҳо омори беном
bundle-refused-unreadable = парвандаро хондан ғайриимкон аст

# Сатри фармон.
sync-cli-prompt-bundle-passphrase = Ибораи махфии баста
sync-cli-contact-added = { $name } ({ $role }) илова шуд. Изи рақамӣ: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Ҳоло тамос нест.
sync-cli-export-done = Баста дар { $path } навишта шуд: парвандаҳо { $cases }, замимаҳо { $attachments }.
sync-cli-export-nothing = Ҳеҷ парвандаро ба ин гирандагон фиристодан мумкин нест; ягон файл навишта нашуд.
sync-cli-export-plan = { $cases } парванда ва { $attachments } замима содир мешуданд; { $refused } парвандаро фиристодан мумкин нест. Ҳеҷ чиз навишта нашуд.
sync-cli-export-refused = { $code }: содир нашуд, { $reason }.
sync-cli-import-summary = Аз { $signer } ({ $fingerprint }, бо ҳуқуқҳои нақши { $role }): илова шуд { $added }, навсозӣ шуд { $updated }, ихтилофҳо { $conflicts }, бетағйир { $skipped }, рад шуд { $rejected }.
sync-cli-import-rejected = { $case }: рад шуд ({ $reason }).
sync-cli-trust-hint = Агар ин изи рақамӣ бо он чи фиристанда ба шумо мехонад мувофиқ бошад, бо --trust "{ $fingerprint }" ва --role аз нав ворид кунед (бе нишон додан network: ҳеҷ чизи фиристодаи он парвандаро тағйир намедиҳад).
sync-cli-conflicts-none = Ихтилофи кушода нест.
sync-cli-conflict-line = { $code } { $path }: дар мо { $ours } ({ $ours_author }, { $ours_at }); дар онҳо { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = Ихтилофи «{ $path }» дар парвандаи { $code } ҳал шуд.
sync-cli-deleted-value = (нест карда шуд)
sync-cli-export-stats-done = Бастаи омор навишта шуд: { $path } (марказҳо: { $centres }, сабтҳо: { $records }).
sync-cli-import-snapshot = { $centre }, бурриши № { $seq }, сабтҳо: { $records }: { $standing ->
    [new] маркази нав, ба ҳисоб гирифта шуд.
    [replaced] бурриши кӯҳнаи онро иваз мекунад.
    [older] аз бурриши мавҷуда кӯҳнатар; ҳеҷ чиз тағйир наёфт.
   *[same] аллакай ҳаст; ҳеҷ чиз тағйир наёфт.
}
sync-cli-import-stats-summary = Омор аз { $signer } ({ $fingerprint }), бурришҳо: { $centres }. Ягон парванда дахл карда нашуд.
bundle-error-not-outreach = Ин анбор барои кори аутрич танзим нашудааст: қуттии ирсолӣ надорад.
bundle-error-not-a-receipt = Ин файл расиди маркази ин ноутбук нест ё тағйир дода шудааст. Ҳеҷ чиз тасдиқ нашуд.
