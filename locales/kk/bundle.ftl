## Пакеттер: компьютерлер арасында қолмен синхрондау, контактілер, қайшылықтар.

# Қойманың синхрондау бөлігінің қателері.
sync-error-revision-id-mismatch = { $revision } редакциясы өз мазмұнына сәйкес келмейді. Пакет өзгертілген немесе бүлінген; ештеңе импортталмады.
sync-error-revision-case-mismatch = { $revision } редакциясы басқа іске тиесілі. Ештеңе импортталмады.
sync-error-missing-parent = { $revision } редакциясына бұрынғы редакция ({ $parent }) қажет, бірақ ол пакетте де, осы қоймада да жоқ. Ештеңе импортталмады.
sync-error-malformed-revision = { $revision } редакциясы дұрыс құрылмаған. Ештеңе импортталмады.
sync-error-unknown-head = { $case } ісінің соңғы нұсқасы ({ $revision }) пакетте жоқ. Ештеңе импортталмады.
sync-error-blob-hash-mismatch = { $sha256 } тіркемесі өз цифрлық ізіне сәйкес келмейді. Ештеңе импортталмады.
sync-error-blob-size-mismatch = { $sha256 } тіркемесінің көлемі { $declared } байт болуы керек еді, бірақ { $actual } байт. Ештеңе импортталмады.
sync-error-contact-exists = «{ $name }» деген немесе дәл сондай кілттері бар контакт бұрыннан бар.
sync-error-contact-name-empty = Контактіге ат беру керек.
sync-error-contact-not-found = «{ $name }» деген контакт жоқ.
sync-error-invalid-role = «{ $role }» — рөл емес. own-device, centre-hub, lawyer немесе network деп жазыңыз.
sync-error-conflict-not-found = { $case } ісінде «{ $path }» жолында ашық қайшылық жоқ.
sync-error-bad-content = { $case } ісінің мазмұнын оқу мүмкін емес.
sync-error-fingerprint-needed = Өз құрылғыларыңыз бен орталық толық жазбаларды алады. Бұл рөлді беру үшін контактіңіз сізге оқып беретін цифрлық іздің алты сөзін теріңіз.
sync-error-fingerprint-mismatch = Сіз терген сөздер бұл контактінің цифрлық ізі емес. Оларды контактіңізбен телефон арқылы немесе бетпе-бет қайта салыстырыңыз.
sync-error-not-permitted = { $case } ісі: бұл рөлдегі жіберуші { $change ->
    [role-may-not-add] іс қоса
    [role-may-not-delete] істерді жоя
   *[other] бұл өрістерді өзгерте
  } алмайды.

# Пакет қателері.
bundle-error-not-for-us = Бұл пакет басқа біреуге арналып жасалған. Оны осы құрылғының кілтімен ашу мүмкін емес.
bundle-error-wrong-passphrase = Бұл құпия фраза пакетті ашпайды. Ештеңе импортталмады.
bundle-error-passphrase-needed = Бұл пакет құпия фразамен қорғалған. Импорттау үшін оны енгізіңіз.
bundle-error-work-factor-too-high = Бұл пакетті ашу үшін тым көп есептеу жұмысы талап етіледі (2^{ $required }; ең көбі 2^{ $max } қабылданады). Ол ашып көрілмей-ақ қабылданбады.
bundle-error-not-a-bundle = Бұл файл Casebook пакеті емес.
bundle-error-damaged = Пакет бүлінген немесе толық емес (көшіру үзілген болуы мүмкін). Ештеңе импортталмады; оны қайта көшіріңіз.
bundle-error-unsupported-version = Бұл пакет бағдарлама білмейтін пішім нұсқасын пайдаланады ({ $version }). Бағдарламаны жаңартыңыз.
bundle-error-bad-signature = Пакеттің қолтаңбасы оның мазмұнына сәйкес келмейді. Ол қолдан өзгертілген болуы мүмкін; ештеңе импортталмады.
bundle-error-unknown-signer = Пакетке сіз қоспаған құрылғы қол қойған: «{ $name }», цифрлық ізі { $fingerprint }. Импорттау алдында цифрлық ізді жіберушімен (телефон арқылы) салыстырыңыз.
bundle-error-unsafe-path = Пакетте қауіпті немесе күтпеген файл аты бар: { $path }. Ештеңе импортталмады.
bundle-error-unlisted-entry = Пакетте қол қойылған тізімде аталмаған файл бар: { $path }. Ештеңе импортталмады.
bundle-error-missing-entry = Пакетте қол қойылған тізімде аталған файл жоқ: { $path }. Ештеңе импортталмады.
bundle-error-size-mismatch = { $path }: көлемі мәлімделген { $declared } байттың орнына { $actual } байт. Ештеңе импортталмады.
bundle-error-hash-mismatch = { $path }: қол қойылған тізімдегі цифрлық ізіне сәйкес келмейді. Ештеңе импортталмады.
bundle-error-uncited-attachment = { $path } — пакеттегі бірде-бір іс сілтеме жасамайтын тіркеме. Ештеңе импортталмады.
bundle-error-too-large = { $path }: рұқсат етілген көлемнен ({ $limit } байт) үлкен. Ештеңе импортталмады.
bundle-error-bad-case-file = Пакеттегі { $path } файлын іс ретінде оқу мүмкін емес. Ештеңе импортталмады.
bundle-error-bad-manifest = Пакеттің мазмұн тізімі дұрыс емес: { $problem ->
    [not-json] оны оқу мүмкін емес.
    [attachment-hash] тіркеменің аты оның мазмұнына сәйкес келмейді.
    [entry-twice] бір файл екі рет көрсетілген.
    [case-without-entry] іс өз файлынсыз көрсетілген.
    [entry-without-case] іс файлы істер тізімінде жоқ.
    [case-differs] іс файлы тізімде ол туралы айтылғанға сәйкес келмейді.
    [snapshot-differs] статистика файлы тізімде ол туралы айтылғанға сәйкес келмейді.
    [mixed-kind] онда басқа түрдегі пакеттің файлдары бар.
   *[other] оны пайдалану мүмкін емес.
}
bundle-error-bad-card = Контакт карточкасын оқу мүмкін емес: { $problem ->
    [header] карточканың бірінші жолы жоқ.
    [age-key] оның шифрлау кілті жоқ немесе бүлінген.
    [sign-key] оның қол қою кілті жоқ немесе бүлінген.
    [file] файлды ашу мүмкін емес.
    [too-large] файл контакт карточкасы болу үшін тым үлкен.
    [not-text] файл мәтін емес.
   *[other] ол бүлінген.
}
bundle-error-card-fingerprint-mismatch = Контакт карточкасының цифрлық ізі оның кілттеріне сәйкес келмейді. Бұл карточканы пайдаланбаңыз; оны қайта сұраңыз.
bundle-error-no-recipients = Кемінде бір контактіні немесе құпия фразаны таңдаңыз.
bundle-error-since-last-needs-contact = «Соңғы экспорттан кейін өзгергендер» тек контактілерге экспорттағанда ғана жұмыс істейді.
bundle-error-nothing-to-export = Бұл пакетке бірде-бір іс кіре алмайды.
bundle-error-passphrase-too-short = Пакеттің құпия фразасы { $min ->
        [one] кемінде { $min } таңбадан
       *[other] кемінде { $min } таңбадан
    } немесе әрқайсысы үш не одан көп әріптен тұратын кемінде { $words } сөзден тұруы керек.
bundle-error-write = Пакетті жазу мүмкін болмады: { $detail }. Ешқандай файл қалған жоқ.

# Іс неліктен пакетке кірмеді.
bundle-refused-consent = { $role } рөліне «{ $destination }» келісімі қажет (оның күйі: { $state })
bundle-refused-role = { $role } рөлі іс жазбаларын алмайды, тек иесіздендірілген статистиканы алады
bundle-refused-unreadable = істі оқу мүмкін емес

# Пәрмен жолы.
sync-cli-prompt-bundle-passphrase = Пакеттің құпия фразасы
sync-cli-contact-added = Қосылды: { $name } ({ $role }). Цифрлық із: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Әзірге контактілер жоқ.
sync-cli-export-done = Пакет жазылды: { $path }. Істер — { $cases }, тіркемелер — { $attachments }.
sync-cli-export-nothing = Бұл алушыларға бірде-бір іс жіберуге болмайды; файл жазылмады.
sync-cli-export-plan = { $cases } іс пен { $attachments } тіркеме экспортталар еді; { $refused } іс жіберілмейді. Ештеңе жазылмады.
sync-cli-export-refused = { $code }: экспортталмады, { $reason }.
sync-cli-import-summary = Жіберуші: { $signer } ({ $fingerprint }, { $role } рөлінің құқықтарымен). Қосылды — { $added }, жаңартылды — { $updated }, қайшылықтар — { $conflicts }, өткізіп жіберілді — { $skipped }, қабылданбады — { $rejected }.
sync-cli-import-rejected = { $case }: қабылданбады ({ $reason }).
sync-cli-trust-hint = Егер бұл цифрлық із жіберуші сізге оқып бергенге сәйкес келсе, --trust "{ $fingerprint }" және --role параметрлерімен қайта импорттаңыз (әдепкі рөл — network: ол жіберген ештеңе істі өзгертпейді).
sync-cli-conflicts-none = Ашық қайшылықтар жоқ.
sync-cli-conflict-line = { $code } { $path }: біздікі { $ours } ({ $ours_author }, { $ours_at }); олардікі { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = Шешілді: { $code } ісіндегі «{ $path }».
sync-cli-deleted-value = (жойылған)
sync-cli-export-stats-done = Статистика пакеті жазылды: { $path } (орталықтар: { $centres }, жазбалар: { $records }).
sync-cli-import-snapshot = { $centre }, № { $seq } кесінді, жазбалар: { $records }: { $standing ->
    [new] жаңа орталық, есепке алынды.
    [replaced] оның ескі кесіндісін алмастырады.
    [older] бар кесіндіден ескі; ештеңе өзгерген жоқ.
   *[same] бұрыннан бар; ештеңе өзгерген жоқ.
}
sync-cli-import-stats-summary = { $signer } жіберген статистика ({ $fingerprint }), кесінділер: { $centres }. Бірде-бір іс өзгертілмеді.
bundle-error-not-outreach = Бұл қойма аутрич жұмысына бапталмаған: онда шығыс жәшігі жоқ.
bundle-error-not-a-receipt = Бұл файл осы ноутбуктың орталығынан келген түбіртек емес немесе өзгертілген. Ештеңе расталмады.
