## Экрани мубодила дар барнома: тамосҳо, содирот, воридот, ихтилофҳо.

sync-button = Мубодила
sync-title = Мубодилаи парвандаҳо
sync-back = Бозгашт ба парвандаҳо
sync-intro = Парвандаҳо байни компютерҳо ҳамчун файлҳои рамзгузоришудаи баста интиқол меёбанд — дар флешка ё ҳамчун замима дар мессенҷер. Онҳоро танҳо одамоне, ки шумо интихоб мекунед, кушода метавонанд.
sync-tab-import = Воридот
sync-tab-export = Содирот
sync-tab-contacts = Тамосҳо
sync-tab-conflicts = Ихтилофҳо
sync-list-conflict = ихтилоф

# Рафти кор
sync-phase-starting = Оғоз мешавад…
sync-phase-selecting = Парвандаҳо тафтиш мешаванд…
sync-phase-writing = Баста навишта мешавад…
sync-phase-reading = Баста рамзкушоӣ ва тафтиш мешавад…
sync-phase-applying = Бо ин махзан муттаҳид карда мешавад…
sync-phase-done = Ба охир мерасад…
sync-size-b = { $n } байт
sync-size-kb = { $n } КБ
sync-size-mb = { $n } МБ
sync-size-gb = { $n } ГБ

# Нақшҳо
sync-role-own-device = Дастгоҳи худӣ
sync-role-centre-hub = Маркази ҷамъоварӣ
sync-role-lawyer = Ҳуқуқшинос
sync-role-outreach = Ноутбуки корманди аутрич
sync-role-network = Шабака
sync-role-own-device-hint = Компютери дигари шумо ё гурӯҳи шумо: сабтҳои пурраро мегирад ва метавонад ҳар парвандаро тағйир диҳад ё нест кунад. Барои додани ин нақш шумо шаш калимаи изи рақамии онро менависед.
sync-role-centre-hub-hint = Марказе, ки парвандаҳоро ҷамъ мекунад: сабтҳои пурраро мегирад ва метавонад парванда илова кунад ва тағйир диҳад. Барои додани ин нақш шумо шаш калимаи изи рақамии онро менависед.
sync-role-lawyer-hint = Танҳо парвандаҳоеро мегирад, ки зарардида ба супоридан ба ҳуқуқшинос розӣ шудааст; бе розигии ӯ ба зикри ном — бе маълумоти шинохтакунанда. Метавонад ҷавобҳо ва қайдҳоро баргардонад, дигар ҳеҷ чиз.
sync-role-outreach-hint = Ноутбуки саҳроии корманди аутрич: сабтҳои парвандаро намегирад; бастаҳои он танҳо парвандаҳои нав илова карда метавонанд ва дар парвандаҳои мавҷуда чизеро тағйир намедиҳанд. Барои додани ин нақш шаш калимаи изи ангушти онро ворид кунед.
sync-role-network-hint = Сабтҳои парвандаро намегирад, танҳо омори беном; ҳеҷ чизи фиристодаи он парвандаро тағйир намедиҳад. Ҳар тамоси нав аз ҳамин нақш оғоз мекунад.

# Тамосҳо: корти ман
sync-my-card-title = Корти тамоси шумо
sync-my-card-intro = Ин кортро ба одамоне диҳед, ки ба шумо баста мефиристанд. Онҳо онро ҳамчун тамос илова мекунанд; баъд бастаҳое, ки барои шумо месозанд, танҳо дар ҳамин компютер кушода мешаванд.
sync-my-name-label = Номи шумо ё номи маркази шумо, тавре ки дигарон мебинанд
sync-my-name-hint = Дар корти шумо, дар бастаҳои шумо ва дар ихтилофҳое, ки шумо ҳал мекунед, нишон дода мешавад. Дар ин компютер нигоҳ дошта намешавад.
sync-fingerprint-label = Изи рақамӣ (ин калимаҳоро тавассути телефон муқоиса кунед)
sync-my-card-text-label = Матни корт
sync-card-copy = Нусха бардоштани матн
sync-card-save = Ҳамчун файл нигоҳ доштан…
sync-card-copied = Матни корт нусхабардорӣ шуд.
sync-card-saved = Корт нигоҳ дошта шуд.

# Тамосҳо: илова кардан
sync-add-title = Илова кардани тамос
sync-add-intro = Матни корти тамоси шахси дигарро гузоред ё файли кортеро, ки ба шумо доданд, интихоб кунед.
sync-add-paste-label = Матни корти тамос
sync-add-choose-file = Интихоби файли корт…
sync-card-unreadable = Ин корти пурраи тамос нест. Тамоми кортро нусха бардоред — аз сатри «casebook contact card v1» то сатри изи рақамӣ.
sync-card-file-unreadable = Ин файл корти тамос нест.
sync-add-compare = Ин калимаҳоро тавассути телефон ба якдигар хонед. Тамосро танҳо дар сурати мувофиқ будани онҳо илова кунед.
sync-contact-name-label = Ном
sync-contact-role-label = Нақш
sync-add-submit = Илова кардани тамос
sync-contact-added = «{ $name }» ба тамосҳо илова шуд.
sync-contact-added-role = «{ $name }» бо нақши «{ $role }» ба тамосҳо илова шуд.
sync-typed-words-label = Шаш калимаи изи рақамӣ, тавре ки тамоси шумо ба шумо мехонад
sync-typed-words-hint = Онҳоро худатон нависед; аз ин экран нусха набардоред. Ин нақш сабтҳои пурраро мегирад, бинобар ин калимаҳо бояд аз худи шахс — тавассути телефон ё рӯ ба рӯ — оянд.
sync-summary-role = Фиристанда ҳуқуқҳои нақши «{ $role }»-ро дошт.

# Тамосҳо: рӯйхат
sync-contacts-title = Тамосҳо
sync-contacts-empty = Ҳоло тамос нест. Корти марказ, ҳуқуқшинос ё ҳамкореро, ки бо ӯ парванда мубодила мекунед, илова кунед.
sync-contact-added-at = { $when } илова шуд
sync-rename = Иваз кардани ном
sync-rename-label = Иваз кардани номи { $name }
sync-rename-submit = Нигоҳ доштани ном
sync-contact-renamed = Акнун тамос «{ $name }» ном дорад.
sync-remove = Нест кардан
sync-remove-label = Нест кардани { $name }
sync-remove-question = Тамоси «{ $name }»-ро нест кунем? Шумо дигар барои он баста сохта наметавонед ва бастаҳои он боз тасдиқро талаб мекунанд.
sync-remove-keep = Нигоҳ доштан
sync-remove-confirm = Нест кардани тамос
sync-contact-removed = «{ $name }» аз тамосҳо нест карда шуд.

# Содирот
sync-export-title = Содироти парвандаҳо ба баста
sync-export-intro = Интихоб кунед, ки кӣ бастаро кушода метавонад ва кадом парвандаҳо ба он дохил мешаванд. Парвандаҳое, ки ба онҳо фиристодан мумкин нест, пеш аз навиштани ҳар чиз бо сабабашон нишон дода мешаванд.
sync-export-to = Кӣ бастаро кушода метавонад
sync-export-to-contacts = Тамосҳо
sync-export-no-contacts = Ҳоло тамос нест: дар ҷадвалаи «Тамосҳо» тамос илова кунед ё ибораи махфиро истифода баред.
sync-export-to-passphrase = Ҳар касе, ки ибораи махфиро медонад
sync-export-passphrase-hint = Ибораи махфиро ба гиранда бо роҳи дигар, на бо худи баста, хабар диҳед (шахсан ё тавассути телефон).
sync-export-passphrase-label = Ибораи махфии баста
sync-export-pass-role-label = Қоидаҳои кадом нақш амал мекунанд
sync-export-which = Кадом парвандаҳо
sync-export-all = Ҳамаи парвандаҳо
sync-export-since-last = Тағйирёфта пас аз содироти охирини ман ба ин тамосҳо
sync-export-since-last-hint = Танҳо парвандаҳое, ки пас аз охирин бор фиристодани баста ба ҳар тамоси интихобшуда нав ё тағйир ёфтаанд.
sync-export-since-last-needs-contacts = Танҳо вақте имконпазир аст, ки баста барои тамосҳо бошад.
sync-export-chosen = Парвандаҳое, ки ман интихоб мекунам
sync-export-search-label = Ҷустуҷӯи парвандаҳо (код, тахаллус, ҳар калима)
sync-export-chosen-count = { $count ->
    [0] Ҳанӯз ягон парванда интихоб нашудааст.
   *[other] { $count } парванда интихоб шуд.
}
sync-export-search-none = Парвандаи мувофиқ нест.
sync-export-search-more = { $shown } парвандаи аввал аз { $total } нишон дода шуд; ҷустуҷӯро дақиқтар кунед.
sync-export-attachments = Дохил кардани замимаҳо (аксҳо, ҳуҷҷатҳо)
sync-export-attachments-hint = Бе онҳо баста хеле хурдтар аст; парвандаҳои бо тахаллус ҳеҷ гоҳ замима надоранд.
sync-sender-name-hint = Гирандагон ин номро ҳамчун номи фиристанда мебинанд.
sync-export-need-recipient = Ақаллан як тамос ё ибораи махфиро интихоб кунед.
sync-export-need-cases = Ақаллан як парвандаро интихоб кунед.
sync-plan-title = Чӣ фиристода мешавад
sync-plan-checking = Парвандаҳо тафтиш мешаванд…
sync-plan-cases = { $count ->
    [0] Ҳеҷ парвандаро фиристодан мумкин нест.
   *[other] { $count } парвандаро фиристодан мумкин аст.
}
sync-plan-pseudonymised = { $count ->
   *[other] Аз онҳо { $count } парванда танҳо бо тахаллус (бе маълумоти шинохтакунанда).
}
sync-plan-attachments = { $count ->
   *[other] Бо { $count } замима ({ $size }).
}
sync-plan-refused-title = { $count ->
   *[other] { $count } парвандаро фиристодан мумкин нест:
}
sync-plan-refused-more = …ва боз { $count }
sync-plan-refused-show-all = Нишон додани ҳамаи парвандаҳо
sync-refused-consent = барои нақши «{ $role }» розигии «{ $destination }» лозим аст, ва он { $state }
sync-refused-role = нақши «{ $role }» сабтҳои парвандаро намегирад, танҳо омори беном
sync-refused-unreadable = парвандаро хондан ғайриимкон аст
sync-consent-state-given = дода шудааст
sync-consent-state-refused = рад карда шудааст
sync-consent-state-revoked = бозпас гирифта шудааст
sync-consent-state-missing = сабт нашудааст
sync-plan-nothing = Ҳеҷ парвандаро ба ин гирандагон фиристодан мумкин нест, бинобар ин чизе барои навиштан нест.
sync-export-write = Нигоҳ доштани баста…
sync-export-writing = Навишта мешавад…
sync-export-done = Баста нигоҳ дошта шуд: { $cases ->
   *[other] { $cases } парванда
}, { $attachments ->
   *[other] { $attachments } замима
}, { $size }.
sync-export-done-refused = { $count ->
   *[other] { $count } парванда, тавре ки дар боло нишон дода шудааст, ба баста дохил нашуд.
}

# Воридот
sync-import-title = Воридоти баста
sync-import-intro = Файли бастаеро, ки гирифтед, интихоб кунед. Пеш аз ҳар тағйир он пурра тафтиш карда мешавад; бастаи вайроншуда ё тағйирёфта ҳеҷ чизро тағйир намедиҳад.
sync-import-choose = Интихоби файли баста…
sync-import-file = Файл: { $name }
sync-import-passphrase-title = Ин баста бо ибораи махфӣ ҳифз шудааст
sync-import-passphrase-text = Ибораи махфиеро, ки фиристанда ба шумо гуфт, нависед.
sync-import-open = Кушодан ва ворид кардан
sync-import-unchanged = Дар ин махзан ҳеҷ чиз тағйир наёфт.
sync-signer-title = Фиристандаи номаълум
sync-signer-text = Ин баста дар компютере сохта шудааст, ки шумо онро ҳамчун тамос илова накардаед: «{ $name }». Аз фиристанда хоҳиш кунед, ки изи рақамии худро — тавассути телефон ё рӯ ба рӯ — ба шумо хонад, ва онро бо ин калимаҳо муқоиса кунед:
sync-signer-no-name = бе ном
sync-signer-warning = Агар калимаҳо фарқ кунанд, ворид накунед: шояд баста аз он касе, ки шумо гумон мекунед, набошад.
sync-signer-add = Фиристандаро ба тамосҳои ман ҳам илова кардан
sync-signer-reject = Ворид накардан
sync-signer-accept = Калимаҳо мувофиқанд: ворид кардан
sync-summary-title = Воридот ба охир расид
sync-summary-from = Аз «{ $name }», изи рақамӣ
sync-summary-from-self = Аз худи ҳамин компютер, изи рақамӣ
sync-summary-added = Илова шуд
sync-summary-updated = Навсозӣ шуд
sync-summary-conflicts = Ихтилофҳо
sync-summary-skipped = Аллакай ҳаст
sync-summary-rejected = Рад шуд
sync-summary-attachments = { $count ->
   *[other] { $count } замимаи нав.
}
sync-summary-rejected-title = Парвандаҳои радшуда
sync-rejected-unreadable-record = ин барнома мундариҷаи парвандаро хонда наметавонад
sync-rejected-role-may-not-add = нақши фиристанда ба ин махзан илова кардани парвандаро иҷозат намедиҳад
sync-rejected-role-may-not-delete = нақши фиристанда нест кардани парвандаҳоро иҷозат намедиҳад
sync-rejected-role-may-not-change = нақши фиристанда тағйир додани ин майдонҳоро иҷозат намедиҳад (ҳуқуқшинос танҳо ҷавобҳо ва қайдҳоро тағйир дода метавонад)
sync-summary-cases-title = Ҳамаи парвандаҳои ин баста ({ $count })
sync-summary-cases-more = …ва боз { $count }.
sync-summary-attention-title = Парвандаҳое, ки бояд тафтиш шаванд
sync-outcome-added = илова шуд
sync-outcome-fast-forward = навсозӣ шуд
sync-outcome-merged = бо тағйироти дар ин ҷо кардашуда муттаҳид шуд
sync-outcome-merged-conflicts = { $count ->
   *[other] муттаҳид шуд; { $count } майдон, ки дар ҳарду ҷониб тағйир ёфтааст, қарори шуморо интизор аст
}
sync-outcome-edit-kept-over-delete = дар як ҷониб нест карда шуд, дар ҷониби дигар тағйир ёфт: парвандаи тағйирёфта нигоҳ дошта шуд; лутфан тафтиш кунед
sync-outcome-skipped = чизи нав нест
sync-summary-conflicts-text = { $count ->
   *[other] { $count } майдон дар ин ҷо ва дар фиристанда ба таври гуногун тағйир ёфтааст. Ҳеҷ чиз гум нашудааст: ҳарду қимат то қарори шумо нигоҳ дошта мешаванд.
}
sync-summary-resolve = Ҳал кардани ихтилофҳо

# Ихтилофҳо
sync-conflicts-title = Ихтилофҳое, ки бояд ҳал шаванд
sync-conflicts-intro = Як майдон дар ду компютер ба таври гуногун тағйир ёфтааст. Интихоб кунед, ки парванда кадом қиматро нигоҳ медорад, ё қимати дурустро нависед. Интихоби шумо ҳамчун таҳрири нав илова мешавад; ҳарду қимати кӯҳна дар таърих мемонанд.
sync-conflicts-empty = Ихтилоф нест. Ҳама чиз бе мушкил муттаҳид шуд.
sync-conflict-whole-case = тамоми парванда
sync-conflict-edit-vs-delete = Як ҷониб ин парвандаро нест кард, ҷониби дигар онро тағйир дод. То қарори шумо парвандаи тағйирёфта нигоҳ дошта мешавад.
sync-conflict-choose = Қимат барои { $field }
sync-conflict-ours = Нигоҳ доштани қимати ин ҷо
sync-conflict-theirs = Гирифтани қимати фиристанда
sync-conflict-typed = Навиштани қимати дигар
sync-conflict-typed-label = Қимати нав барои { $field }
sync-conflict-by = муаллиф: { $author }, { $when }
sync-conflict-deleted = (парванда нест карда шуд)
sync-conflict-edited = (парвандаи тағйирёфта)
sync-conflict-empty = (холӣ)
sync-conflict-yes = ҳа
sync-conflict-no = не
sync-conflict-resolve = Ҳал кардан
sync-conflict-resolved = Ихтилофи «{ $field }» дар парвандаи { $code } ҳал шуд.
sync-summary-stats = Бастаи омор. Бурришҳо: { $count }. Ягон парванда дар ин анбор дахл карда нашуд.
sync-summary-snapshot = { $centre } — сабтҳо: { $records } — { $standing ->
    [new] маркази нав, ба ҳисоб гирифта шуд
    [replaced] бурриши кӯҳнаи онро иваз мекунад
    [older] аз бурриши мавҷуда кӯҳнатар, ҳеҷ чиз тағйир наёфт
   *[same] аллакай ҳаст, ҳеҷ чиз тағйир наёфт
}
