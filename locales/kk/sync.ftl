## Жұмыс үстелі бағдарламасының алмасу экраны: контактілер, экспорт, импорт, қайшылықтар.

sync-button = Алмасу
sync-title = Істермен алмасу
sync-back = Істерге оралу
sync-intro = Істер компьютерлер арасында шифрланған пакет файлдары түрінде флешкамен немесе мессенджердегі тіркеме ретінде тасымалданады. Оларды тек сіз таңдаған адамдар ғана аша алады.
sync-tab-import = Импорт
sync-tab-export = Экспорт
sync-tab-contacts = Контактілер
sync-tab-conflicts = Қайшылықтар
sync-list-conflict = қайшылық

# Барысы
sync-phase-starting = Басталуда…
sync-phase-selecting = Істер тексерілуде…
sync-phase-writing = Пакет жазылуда…
sync-phase-reading = Пакеттің шифры ашылып, тексерілуде…
sync-phase-applying = Осы қоймамен біріктірілуде…
sync-phase-done = Аяқталуда…
sync-size-b = { $n } байт
sync-size-kb = { $n } КБ
sync-size-mb = { $n } МБ
sync-size-gb = { $n } ГБ

# Рөлдер
sync-role-own-device = Өз құрылғым
sync-role-centre-hub = Орталық
sync-role-lawyer = Заңгер
sync-role-outreach = Аутрич қызметкерінің ноутбугі
sync-role-network = Желі
sync-role-own-device-hint = Сіздің немесе командаңыздың басқа компьютері: толық жазбаларды алады және кез келген істі өзгерте немесе жоя алады. Бұл рөлді беру үшін оның цифрлық ізінің алты сөзін тересіз.
sync-role-centre-hub-hint = Істерді жинайтын орталық: толық жазбаларды алады және істерді қоса және өзгерте алады. Бұл рөлді беру үшін оның цифрлық ізінің алты сөзін тересіз.
sync-role-lawyer-hint = Зардап шеккен әйел заңгермен бөлісуге келісім берген істерді ғана алады; аты аталуына оның келісімі болмаса — жеке басын анықтайтын деректерсіз. Тек көрсетілген шаралар мен ескертпелерді кері жібере алады, басқа ештеңе емес.
sync-role-outreach-hint = Аутрич қызметкерінің далалық ноутбугі: іс жазбаларын алмайды; оның пакеттері тек жаңа істер қоса алады, бар істердің ешнәрсесін өзгертпейді. Бұл рөлді беру үшін оның саусақ ізінің алты сөзін теріңіз.
sync-role-network-hint = Іс жазбаларын алмайды, тек иесіздендірілген статистиканы алады; ол жіберген ештеңе істі өзгертпейді. Әр жаңа контакт осы рөлден бастайды.

# Контактілер: менің карточкам
sync-my-card-title = Сіздің контакт карточкаңыз
sync-my-card-intro = Бұл карточканы сізге пакет жіберетін адамдарға беріңіз. Олар оны контакт ретінде қосады; содан кейін олар сізге жасаған пакеттер тек осы компьютерде ашылады.
sync-my-name-label = Басқалар көретін сіздің немесе орталығыңыздың аты
sync-my-name-hint = Карточкаңызда, пакеттеріңізде және сіз шешкен қайшылықтарда көрсетіледі. Осы компьютерде сақталмайды.
sync-fingerprint-label = Цифрлық із (бұл сөздерді телефонмен салыстырыңыз)
sync-my-card-text-label = Карточканың мәтіні
sync-card-copy = Мәтінді көшіру
sync-card-save = Файл ретінде сақтау…
sync-card-copied = Карточканың мәтіні көшірілді.
sync-card-saved = Карточка сақталды.

# Контактілер: қосу
sync-add-title = Контакт қосу
sync-add-intro = Біреудің контакт карточкасының мәтінін қойыңыз немесе ол сізге берген карточка файлын таңдаңыз.
sync-add-paste-label = Контакт карточкасының мәтіні
sync-add-choose-file = Карточка файлын таңдау…
sync-card-unreadable = Бұл толық контакт карточкасы емес. Карточканы «casebook contact card v1» жолынан бастап цифрлық із жолына дейін толық көшіріңіз.
sync-card-file-unreadable = Бұл файл контакт карточкасы емес.
sync-add-compare = Бұл сөздерді бір-біріңізге телефонмен оқып беріңіз. Олар сәйкес келсе ғана контактіні қосыңыз.
sync-contact-name-label = Аты
sync-contact-role-label = Рөлі
sync-add-submit = Контактіні қосу
sync-contact-added = «{ $name }» контактілерге қосылды.
sync-contact-added-role = «{ $name }» контактілерге «{ $role }» рөлімен қосылды.
sync-typed-words-label = Контактіңіз сізге оқып беретін цифрлық іздің алты сөзі
sync-typed-words-hint = Оларды өзіңіз теріңіз; осы экраннан көшірмеңіз. Бұл рөл толық жазбаларды алады, сондықтан сөздер адамның өзінен, телефон арқылы немесе бетпе-бет алынуы керек.
sync-summary-role = Жіберушіде «{ $role }» рөлінің құқықтары болды.

# Контактілер: тізім
sync-contacts-title = Контактілер
sync-contacts-empty = Әзірге контактілер жоқ. Істермен алмасатын орталықтың, заңгердің немесе әріптестің карточкасын қосыңыз.
sync-contact-added-at = қосылған: { $when }
sync-rename = Атын өзгерту
sync-rename-label = Атын өзгерту: { $name }
sync-rename-submit = Атын сақтау
sync-contact-renamed = Контактінің жаңа аты: «{ $name }».
sync-remove = Алып тастау
sync-remove-label = Алып тастау: { $name }
sync-remove-question = «{ $name }» контактісін алып тастау керек пе? Сіз оған енді пакет жасай алмайсыз, ал оның пакеттері қайтадан растауды сұрайды.
sync-remove-keep = Қалдыру
sync-remove-confirm = Контактіні алып тастау
sync-contact-removed = «{ $name }» контактілерден алып тасталды.

# Экспорт
sync-export-title = Істерді пакетке экспорттау
sync-export-intro = Пакетті кім аша алатынын және қандай істер кіретінін таңдаңыз. Оларға жіберуге болмайтын істер ештеңе жазылмай тұрып себебімен бірге көрсетіледі.
sync-export-to = Пакетті кім аша алады
sync-export-to-contacts = Контактілер
sync-export-no-contacts = Әзірге контактілер жоқ: «Контактілер» қойындысында контакт қосыңыз немесе құпия фразаны пайдаланыңыз.
sync-export-to-passphrase = Құпия фразаны білетін кез келген адам
sync-export-passphrase-hint = Құпия фразаны алушыға пакеттің өзінен бөлек жолмен (бетпе-бет немесе телефонмен) айтыңыз.
sync-export-passphrase-label = Пакеттің құпия фразасы
sync-export-pass-role-label = Қай рөлдің ережелері қолданылады
sync-export-which = Қандай істер
sync-export-all = Барлық істер
sync-export-since-last = Осы контактілерге соңғы экспорттан кейін өзгергендер
sync-export-since-last-hint = Таңдалған әр контактіге соңғы рет пакет жібергеннен кейін жаңа немесе өзгерген істер ғана.
sync-export-since-last-needs-contacts = Пакет контактілерге арналған болса ғана мүмкін.
sync-export-chosen = Мен таңдайтын істер
sync-export-search-label = Істерді табу (код, бүркеншік ат, кез келген сөз)
sync-export-chosen-count = { $count ->
    [0] Әзірге бірде-бір іс таңдалмаған.
    [one] { $count } іс таңдалды.
   *[other] { $count } іс таңдалды.
}
sync-export-search-none = Сәйкес іс жоқ.
sync-export-search-more = { $total } істің алғашқы { $shown } ісі көрсетілген; тарылту үшін іздеңіз.
sync-export-attachments = Тіркемелерді қосу (фотолар, құжаттар)
sync-export-attachments-hint = Оларсыз пакет әлдеқайда кіші болады; бүркеншік атпен берілетін істер ешқашан тіркемелерді алып жүрмейді.
sync-sender-name-hint = Алушылар бұл атты жіберуші ретінде көреді.
sync-export-need-recipient = Кемінде бір контактіні немесе құпия фразаны таңдаңыз.
sync-export-need-cases = Кемінде бір істі таңдаңыз.
sync-plan-title = Не жіберіледі
sync-plan-checking = Істер тексерілуде…
sync-plan-cases = { $count ->
    [0] Бірде-бір іс жіберілмейді.
    [one] { $count } іс жіберіледі.
   *[other] { $count } іс жіберіледі.
}
sync-plan-pseudonymised = { $count ->
    [one] Олардың { $count } ісі тек бүркеншік атпен (жеке басын анықтайтын деректерсіз).
   *[other] Олардың { $count } ісі тек бүркеншік атпен (жеке басын анықтайтын деректерсіз).
}
sync-plan-attachments = { $count ->
    [one] { $count } тіркемемен ({ $size }).
   *[other] { $count } тіркемемен ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } іс жіберілмейді:
   *[other] { $count } іс жіберілмейді:
}
sync-plan-refused-more = …және тағы { $count }
sync-plan-refused-show-all = Барлық істерді көрсету
sync-refused-consent = «{ $role }» рөлі үшін «{ $destination }» келісімі қажет, ал оның күйі: { $state }
sync-refused-role = «{ $role }» рөлі іс жазбаларын алмайды, тек иесіздендірілген статистиканы алады
sync-refused-unreadable = істі оқу мүмкін емес
sync-consent-state-given = берілген
sync-consent-state-refused = бас тартылған
sync-consent-state-revoked = кері қайтарылған
sync-consent-state-missing = жазылмаған
sync-plan-nothing = Бұл алушыларға бірде-бір іс жіберілмейді, сондықтан жазатын ештеңе жоқ.
sync-export-write = Пакетті сақтау…
sync-export-writing = Жазылуда…
sync-export-done = Пакет сақталды: { $cases ->
    [one] { $cases } іс
   *[other] { $cases } іс
}, { $attachments ->
    [one] { $attachments } тіркеме
   *[other] { $attachments } тіркеме
}, { $size }.
sync-export-done-refused = { $count ->
    [one] Жоғарыда көрсетілгендей, { $count } іс пакетке кірмеді.
   *[other] Жоғарыда көрсетілгендей, { $count } іс пакетке кірмеді.
}

# Импорт
sync-import-title = Пакетті импорттау
sync-import-intro = Өзіңіз алған пакет файлын таңдаңыз. Ештеңе өзгермес бұрын ол толық тексеріледі; бүлінген немесе өзгертілген пакет ештеңені өзгертпейді.
sync-import-choose = Пакет файлын таңдау…
sync-import-file = Файл: { $name }
sync-import-passphrase-title = Бұл пакет құпия фразамен қорғалған
sync-import-passphrase-text = Жіберуші сізге айтқан құпия фразаны енгізіңіз.
sync-import-open = Ашу және импорттау
sync-import-unchanged = Бұл қоймада ештеңе өзгертілмеді.
sync-signer-title = Белгісіз жіберуші
sync-signer-text = Бұл пакет сіз контакт ретінде қоспаған компьютерде жасалған: «{ $name }». Жіберушіден өз цифрлық ізін телефонмен немесе бетпе-бет оқып беруін сұраңыз және оны мына сөздермен салыстырыңыз:
sync-signer-no-name = атаусыз
sync-signer-warning = Сөздер сәйкес келмесе, импорттамаңыз: пакет сіз ойлаған адамнан келмеген болуы мүмкін.
sync-signer-add = Жіберушіні контактілеріме де қосу
sync-signer-reject = Импорттамау
sync-signer-accept = Сөздер сәйкес келеді: импорттау
sync-summary-title = Импорт аяқталды
sync-summary-from = Жіберуші: «{ $name }», цифрлық ізі
sync-summary-from-self = Жіберуші: осы компьютердің өзі, цифрлық ізі
sync-summary-added = Қосылды
sync-summary-updated = Жаңартылды
sync-summary-conflicts = Қайшылықтар
sync-summary-skipped = Бұрыннан бар
sync-summary-rejected = Қабылданбады
sync-summary-attachments = { $count ->
    [one] { $count } жаңа тіркеме.
   *[other] { $count } жаңа тіркеме.
}
sync-summary-rejected-title = Қабылданбаған істер
sync-rejected-unreadable-record = бұл бағдарлама істің мазмұнын оқи алмайды
sync-rejected-role-may-not-add = жіберушінің рөлі бұл қоймаға іс қоса алмайды
sync-rejected-role-may-not-delete = жіберушінің рөлі істерді жоя алмайды
sync-rejected-role-may-not-change = жіберушінің рөлі бұл өрістерді өзгерте алмайды (заңгер тек көрсетілген шаралар мен ескертпелерді өзгерте алады)
sync-summary-cases-title = Бұл пакеттегі барлық істер ({ $count })
sync-summary-cases-more = …және тағы { $count }.
sync-summary-attention-title = Тексеруді қажет ететін істер
sync-outcome-added = қосылды
sync-outcome-fast-forward = жаңартылды
sync-outcome-merged = осында енгізілген өзгерістермен біріктірілді
sync-outcome-merged-conflicts = { $count ->
    [one] біріктірілді; екі жақта да өзгертілген { $count } өріс сіздің шешіміңізді қажет етеді
   *[other] біріктірілді; екі жақта да өзгертілген { $count } өріс сіздің шешіміңізді қажет етеді
}
sync-outcome-edit-kept-over-delete = бір жақта жойылған, екінші жақта өңделген: өңделген іс сақталды; тексеріп шығыңыз
sync-outcome-skipped = жаңа ештеңе жоқ
sync-summary-conflicts-text = { $count ->
    [one] { $count } өріс осында және жіберуші жақта әртүрлі өзгертілген. Ештеңе жоғалмайды: сіз шешкенше екі мән де сақталады.
   *[other] { $count } өріс осында және жіберуші жақта әртүрлі өзгертілген. Ештеңе жоғалмайды: сіз шешкенше екі мән де сақталады.
}
sync-summary-resolve = Қайшылықтарды шешу

# Қайшылықтар
sync-conflicts-title = Шешілуі тиіс қайшылықтар
sync-conflicts-intro = Бір өріс екі компьютерде әртүрлі өзгертілген. Істе қай мән қалатынын таңдаңыз немесе дұрыс мәнді өзіңіз теріңіз. Сіздің таңдауыңыз жаңа редакция ретінде қосылады; екі ескі мән де тарихта қалады.
sync-conflicts-empty = Қайшылықтар жоқ. Бәрі қиындықсыз біріктірілді.
sync-conflict-whole-case = бүкіл іс
sync-conflict-edit-vs-delete = Бір жақ бұл істі жойған, екінші жақ оны өңдеген. Сіз шешкенше өңделген іс сақталады.
sync-conflict-choose = Мән: { $field }
sync-conflict-ours = Осындағы мәнді қалдыру
sync-conflict-theirs = Жіберушінің мәнін алу
sync-conflict-typed = Басқа мән теру
sync-conflict-typed-label = Жаңа мән: { $field }
sync-conflict-by = авторы: { $author }, { $when }
sync-conflict-deleted = (іс жойылған)
sync-conflict-edited = (өңделген іс)
sync-conflict-empty = (бос)
sync-conflict-yes = иә
sync-conflict-no = жоқ
sync-conflict-resolve = Шешу
sync-conflict-resolved = { $code } ісіндегі «{ $field }» шешілді.
sync-summary-stats = Статистика пакеті. Кесінділер: { $count }. Осы қоймадағы бірде-бір іс өзгертілмеді.
sync-summary-snapshot = { $centre } — жазбалар: { $records } — { $standing ->
    [new] жаңа орталық, есепке алынды
    [replaced] оның ескі кесіндісін алмастырады
    [older] бар кесіндіден ескі, ештеңе өзгерген жоқ
   *[same] бұрыннан бар, ештеңе өзгерген жоқ
}
