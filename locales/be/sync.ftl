## Экран абмену ў праграме: кантакты, экспарт, імпарт, канфлікты.

sync-button = Абмен
sync-title = Абмен справамі
sync-back = Да спісу спраў
sync-intro = Справы перадаюцца паміж кампʼютарамі ў зашыфраваных файлах-пакетах — на флэшцы або як далучэнне ў мэсэнджары. Адкрыць іх могуць толькі тыя, каго вы выберыце.
sync-tab-import = Імпарт
sync-tab-export = Экспарт
sync-tab-contacts = Кантакты
sync-tab-conflicts = Канфлікты
sync-list-conflict = канфлікт

# Ход працы
sync-phase-starting = Пачатак…
sync-phase-selecting = Праверка спраў…
sync-phase-writing = Запіс пакета…
sync-phase-reading = Расшыфроўка і праверка пакета…
sync-phase-applying = Абʼяднанне з гэтым сховішчам…
sync-phase-done = Завяршэнне…
sync-size-b = { $n } Б
sync-size-kb = { $n } КБ
sync-size-mb = { $n } МБ
sync-size-gb = { $n } ГБ

# Ролі
sync-role-own-device = Уласная прылада
sync-role-centre-hub = Цэнтр
sync-role-lawyer = Юрыст
sync-role-outreach = Ноўтбук аўтрыч-работніцы
sync-role-network = Сетка
sync-role-own-device-hint = Іншы кампʼютар — ваш або вашай каманды: атрымлівае поўныя запісы і можа змяняць і выдаляць любыя справы. Каб даць гэтую ролю, вы ўводзіце шэсць слоў яго адбітка.
sync-role-centre-hub-hint = Цэнтр, які збірае справы: атрымлівае поўныя запісы і можа дадаваць і змяняць справы. Каб даць гэтую ролю, вы ўводзіце шэсць слоў яго адбітка.
sync-role-lawyer-hint = Атрымлівае толькі справы, у якіх пацярпелая пагадзілася на перадачу юрысту; калі яна не згодная быць названай — без звестак, па якіх яе можна ідэнтыфікаваць. Можа адпраўляць назад толькі звесткі пра прынятыя меры і нататкі.
sync-role-outreach-hint = Палявы ноўтбук аўтрыч-работніцы: не атрымлівае запісаў спраў; яго пакеты могуць толькі дадаваць новыя справы і нічога не мяняюць у ўжо наяўных. Каб даць гэтую ролю, увядзіце шэсць слоў яго адбітка.
sync-role-network-hint = Не атрымлівае запісаў спраў, толькі абязлічаную статыстыку; нішто з дасланага гэтым кантактам не змяняе справы. Кожны новы кантакт пачынае з гэтай ролі.

# Кантакты: мая картка
sync-my-card-title = Ваша картка кантакту
sync-my-card-intro = Дайце гэтую картку тым, хто дасылае вам пакеты. Яны дададуць яе як кантакт; пасля гэтага пакеты, якія яны робяць для вас, адкрываюцца толькі на гэтым кампʼютары.
sync-my-name-label = Ваша імя або назва вашага цэнтра, як іх бачаць іншыя
sync-my-name-hint = Паказваецца на вашай картцы, на вашых пакетах і на канфліктах, якія вы вырашаеце. На гэтым кампʼютары не захоўваецца.
sync-fingerprint-label = Адбітак (звярайце гэтыя словы па тэлефоне)
sync-my-card-text-label = Тэкст карткі
sync-card-copy = Скапіяваць тэкст
sync-card-save = Захаваць як файл…
sync-card-copied = Тэкст карткі скапіяваны.
sync-card-saved = Картка захавана.

# Кантакты: дадаванне
sync-add-title = Дадаць кантакт
sync-add-intro = Устаўце тэкст чыёйсьці карткі кантакту або выберыце файл карткі, які вам далі.
sync-add-paste-label = Тэкст карткі кантакту
sync-add-choose-file = Выбраць файл карткі…
sync-card-unreadable = Гэта не поўная картка кантакту. Скапіюйце ўсю картку — ад «casebook contact card v1» да радка з адбіткам.
sync-card-file-unreadable = Гэты файл не зʼяўляецца карткай кантакту.
sync-add-compare = Прачытайце гэтыя словы адно аднаму па тэлефоне. Дадавайце кантакт, толькі калі яны супадаюць.
sync-contact-name-label = Імя
sync-contact-role-label = Роля
sync-add-submit = Дадаць кантакт
sync-contact-added = «{ $name }» дададзены ў кантакты.
sync-contact-added-role = «{ $name }» дададзены ў кантакты з роляй «{ $role }».
sync-typed-words-label = Шэсць слоў адбітка — так, як іх зачытвае ваш кантакт
sync-typed-words-hint = Увядзіце іх самі; не капіюйце з гэтага экрана. Гэтая роля атрымлівае поўныя запісы, таму словы павінны паходзіць ад самога чалавека — па тэлефоне або пры асабістай сустрэчы.
sync-summary-role = Адпраўнік меў правы ролі «{ $role }».

# Кантакты: спіс
sync-contacts-title = Кантакты
sync-contacts-empty = Кантактаў пакуль няма. Дадайце картку цэнтра, юрыста або калегі, з якімі вы абменьваецеся справамі.
sync-contact-added-at = дададзены { $when }
sync-rename = Перайменаваць
sync-rename-label = Перайменаваць { $name }
sync-rename-submit = Захаваць імя
sync-contact-renamed = Цяпер кантакт называецца «{ $name }».
sync-remove = Выдаліць
sync-remove-label = Выдаліць { $name }
sync-remove-question = Выдаліць кантакт «{ $name }»? Вы больш не зможаце рабіць для яго пакеты, а яго пакеты зноў будуць патрабаваць пацвярджэння.
sync-remove-keep = Пакінуць
sync-remove-confirm = Выдаліць кантакт
sync-contact-removed = «{ $name }» выдалены з кантактаў.

# Экспарт
sync-export-title = Экспарт спраў у пакет
sync-export-intro = Выберыце, хто можа адкрыць пакет і якія справы ў яго трапяць. Справы, якія гэтым атрымальнікам перадаваць нельга, будуць пералічаны з прычынай яшчэ да таго, як нешта запішацца.
sync-export-to = Хто можа адкрыць пакет
sync-export-to-contacts = Кантакты
sync-export-no-contacts = Кантактаў пакуль няма: дадайце кантакт на ўкладцы «Кантакты» або выкарыстайце парольную фразу.
sync-export-to-passphrase = Кожны, хто ведае парольную фразу
sync-export-passphrase-hint = Паведаміце парольную фразу атрымальніку іншым спосабам, не разам з пакетам (асабіста або па тэлефоне).
sync-export-passphrase-label = Парольная фраза пакета
sync-export-pass-role-label = Чые правілы дзейнічаюць
sync-export-which = Якія справы
sync-export-all = Усе справы
sync-export-since-last = Змененыя пасля майго апошняга экспарту гэтым кантактам
sync-export-since-last-hint = Толькі справы, новыя або змененыя пасля таго, як вы апошні раз адпраўлялі пакет кожнаму з выбраных кантактаў.
sync-export-since-last-needs-contacts = Магчыма, толькі калі пакет робіцца для кантактаў.
sync-export-chosen = Справы, якія я выберу
sync-export-search-label = Знайсці справы (код, псеўданім, любое слова)
sync-export-chosen-count = { $count ->
    [0] Пакуль не выбрана ніводнай справы.
    [one] Выбрана { $count } справа.
    [few] Выбраны { $count } справы.
    [many] Выбрана { $count } спраў.
   *[other] Выбрана { $count } справы.
}
sync-export-search-none = Няма адпаведных спраў.
sync-export-search-more = Паказаны першыя { $shown } з { $total }; каб звузіць вынікі, удакладніце пошук.
sync-export-attachments = Уключыць далучэнні (фота, дакументы)
sync-export-attachments-hint = Без іх пакет значна меншы; псеўданімізаваныя справы ніколі не ўключаюць далучэнняў.
sync-sender-name-hint = Атрымальнікі ўбачаць гэтае імя як імя адпраўніка.
sync-export-need-recipient = Выберыце хаця б адзін кантакт або парольную фразу.
sync-export-need-cases = Выберыце хаця б адну справу.
sync-plan-title = Што будзе адпраўлена
sync-plan-checking = Праверка спраў…
sync-plan-cases = { $count ->
    [0] Ніводную справу нельга адправіць.
    [one] Можна адправіць { $count } справу.
    [few] Можна адправіць { $count } справы.
    [many] Можна адправіць { $count } спраў.
   *[other] Можна адправіць { $count } справы.
}
sync-plan-pseudonymised = { $count ->
    [one] З іх { $count } — толькі ў псеўданімізаваным выглядзе (без звестак, па якіх можна ідэнтыфікаваць).
    [few] З іх { $count } — толькі ў псеўданімізаваным выглядзе (без звестак, па якіх можна ідэнтыфікаваць).
    [many] З іх { $count } — толькі ў псеўданімізаваным выглядзе (без звестак, па якіх можна ідэнтыфікаваць).
   *[other] З іх { $count } — толькі ў псеўданімізаваным выглядзе (без звестак, па якіх можна ідэнтыфікаваць).
}
sync-plan-attachments = { $count ->
    [one] З { $count } далучэннем ({ $size }).
    [few] З { $count } далучэннямі ({ $size }).
    [many] З { $count } далучэннямі ({ $size }).
   *[other] З { $count } далучэннямі ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } справу нельга адправіць:
    [few] { $count } справы нельга адправіць:
    [many] { $count } спраў нельга адправіць:
   *[other] { $count } справы нельга адправіць:
}
sync-plan-refused-more = …і яшчэ { $count }
sync-plan-refused-show-all = Паказаць усе справы
sync-refused-consent = для ролі «{ $role }» патрэбна згода «{ $destination }», а яе стан: { $state }
sync-refused-role = роля «{ $role }» не атрымлівае запісаў спраў, толькі абязлічаную статыстыку
sync-refused-unreadable = справу немагчыма прачытаць
sync-consent-state-given = дадзена
sync-consent-state-refused = адмоўлена
sync-consent-state-revoked = адклікана
sync-consent-state-missing = не запісана
sync-plan-nothing = Ніводную справу нельга адправіць гэтым атрымальнікам, таму запісваць няма чаго.
sync-export-write = Захаваць пакет…
sync-export-writing = Запіс…
sync-export-done = Пакет захаваны: { $cases ->
    [one] { $cases } справа
    [few] { $cases } справы
    [many] { $cases } спраў
   *[other] { $cases } справы
}, { $attachments ->
    [one] { $attachments } далучэнне
    [few] { $attachments } далучэнні
    [many] { $attachments } далучэнняў
   *[other] { $attachments } далучэння
}, { $size }.
sync-export-done-refused = { $count ->
    [one] { $count } справа не ўвайшла ў пакет, як паказана вышэй.
    [few] { $count } справы не ўвайшлі ў пакет, як паказана вышэй.
    [many] { $count } спраў не ўвайшлі ў пакет, як паказана вышэй.
   *[other] { $count } справы не ўвайшлі ў пакет, як паказана вышэй.
}

# Імпарт
sync-import-title = Імпарт пакета
sync-import-intro = Выберыце файл пакета, які вы атрымалі. Ён цалкам правяраецца, перш чым нешта зменіцца; пашкоджаны або зменены пакет нічога не змяняе.
sync-import-choose = Выбраць файл пакета…
sync-import-file = Файл: { $name }
sync-import-passphrase-title = Гэты пакет абаронены парольнай фразай
sync-import-passphrase-text = Увядзіце парольную фразу, якую вам паведаміў адпраўнік.
sync-import-open = Адкрыць і імпартаваць
sync-import-unchanged = У гэтым сховішчы нічога не зменена.
sync-signer-title = Невядомы адпраўнік
sync-signer-text = Гэты пакет зроблены на кампʼютары, які вы не дадалі ў кантакты: «{ $name }». Папрасіце адпраўніка зачытаць вам свой адбітак — па тэлефоне або асабіста — і параўнайце яго з гэтымі словамі:
sync-signer-no-name = без імя
sync-signer-warning = Калі словы адрозніваюцца, не імпартуйце: магчыма, пакет не ад таго, каго вы думаеце.
sync-signer-add = Таксама дадаць адпраўніка ў мае кантакты
sync-signer-reject = Не імпартаваць
sync-signer-accept = Словы супадаюць: імпартаваць
sync-summary-title = Імпарт завершаны
sync-summary-from = Ад «{ $name }», адбітак
sync-summary-from-self = З гэтага ж кампʼютара, адбітак
sync-summary-added = Дададзена
sync-summary-updated = Абноўлена
sync-summary-conflicts = Канфлікты
sync-summary-skipped = Ужо ёсць
sync-summary-rejected = Адхілена
sync-summary-attachments = { $count ->
    [one] { $count } новае далучэнне.
    [few] { $count } новыя далучэнні.
    [many] { $count } новых далучэнняў.
   *[other] { $count } новага далучэння.
}
sync-summary-rejected-title = Адхіленыя справы
sync-rejected-unreadable-record = гэтая праграма не можа прачытаць змест справы
sync-rejected-role-may-not-add = роля адпраўніка не дазваляе дадаваць справы ў гэтае сховішча
sync-rejected-role-may-not-delete = роля адпраўніка не дазваляе выдаляць справы
sync-rejected-role-may-not-change = роля адпраўніка не дазваляе змяняць гэтыя палі (юрыст можа змяняць толькі звесткі пра прынятыя меры і нататкі)
sync-summary-cases-title = Усе справы ў гэтым пакеце ({ $count })
sync-summary-cases-more = …і яшчэ { $count }.
sync-summary-attention-title = Справы, якія трэба праверыць
sync-outcome-added = дададзена
sync-outcome-fast-forward = абноўлена
sync-outcome-merged = абʼяднана са зменамі, зробленымі тут
sync-outcome-merged-conflicts = { $count ->
    [one] абʼяднана; { $count } поле, змененае з абодвух бакоў, патрабуе вашага рашэння
    [few] абʼяднана; { $count } палі, змененыя з абодвух бакоў, патрабуюць вашага рашэння
    [many] абʼяднана; { $count } палёў, змененых з абодвух бакоў, патрабуюць вашага рашэння
   *[other] абʼяднана; { $count } поля, змененага з абодвух бакоў, патрабуюць вашага рашэння
}
sync-outcome-edit-kept-over-delete = выдалена з аднаго боку, зменена з другога: змененая справа захавана; праверце яе, калі ласка
sync-outcome-skipped = нічога новага
sync-summary-conflicts-text = { $count ->
    [one] { $count } поле тут і ў адпраўніка зменена па-рознаму. Нічога не страчана: абодва значэнні захоўваюцца, пакуль вы не вырашыце.
    [few] { $count } палі тут і ў адпраўніка зменены па-рознаму. Нічога не страчана: абодва значэнні захоўваюцца, пакуль вы не вырашыце.
    [many] { $count } палёў тут і ў адпраўніка зменена па-рознаму. Нічога не страчана: абодва значэнні захоўваюцца, пакуль вы не вырашыце.
   *[other] { $count } поля тут і ў адпраўніка зменена па-рознаму. Нічога не страчана: абодва значэнні захоўваюцца, пакуль вы не вырашыце.
}
sync-summary-resolve = Вырашыць канфлікты

# Канфлікты
sync-conflicts-title = Канфлікты, якія трэба вырашыць
sync-conflicts-intro = Поле змянілі па-рознаму на двух кампʼютарах. Выберыце, якое значэнне застанецца ў справе, або ўвядзіце правільнае. Ваш выбар дадаецца як новая рэдакцыя; абодва старыя значэнні застаюцца ў гісторыі.
sync-conflicts-empty = Канфліктаў няма. Усё абʼядналася без праблем.
sync-conflict-whole-case = уся справа
sync-conflict-edit-vs-delete = Адзін бок выдаліў гэтую справу, другі яе змяніў. Змененая справа захоўваецца, пакуль вы не вырашыце.
sync-conflict-choose = Значэнне для «{ $field }»
sync-conflict-ours = Пакінуць тутэйшае значэнне
sync-conflict-theirs = Узяць значэнне адпраўніка
sync-conflict-typed = Увесці іншае значэнне
sync-conflict-typed-label = Новае значэнне для «{ $field }»
sync-conflict-by = аўтар: { $author }, { $when }
sync-conflict-deleted = (справа выдалена)
sync-conflict-edited = (змененая справа)
sync-conflict-empty = (пуста)
sync-conflict-yes = так
sync-conflict-no = не
sync-conflict-resolve = Вырашыць
sync-conflict-resolved = Канфлікт у полі «{ $field }» справы { $code } вырашаны.
sync-summary-stats = Пакет статыстыкі. Зрэзаў: { $count }. Ніводная справа ў гэтым сховішчы не закранута.
sync-summary-snapshot = { $centre } — запісаў: { $records } — { $standing ->
    [new] новы цэнтр, улічаны
    [replaced] замяняе яго старэйшы зрэз
    [older] старэйшы за наяўны, нічога не змянілася
   *[same] ужо ёсць, нічога не змянілася
}
