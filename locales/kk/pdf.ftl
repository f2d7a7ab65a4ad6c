# Заңгерге арналған іс құжаттамасы (casebook-pdf). Идентификаторлар: pdf-<не>.

## Қателер
pdf-error-consent = { $state ->
    [refused] Зардап шеккен әйел «Заңгермен бөлісу» келісімінен бас тартты ({ $consent }); іс құжаттамасын жасау мүмкін емес.
    [revoked] Зардап шеккен әйел «Заңгермен бөлісу» келісімін кері қайтарып алды ({ $consent }); іс құжаттамасын жасау мүмкін емес.
   *[missing] Бұл істе «Заңгермен бөлісу» келісімі ({ $consent }) жоқ; іс құжаттамасын жасамас бұрын оны жазыңыз.
}
pdf-error-consent-anonymised-only = Зардап шеккен әйел бұл істі заңгермен тек анонимді түрде бөлісуге келісті ({ $consent }): оның орнына бүркеншік атпен файл жасаңыз.
pdf-error-unknown-language = «{ $lang }» тілінде іс құжаттамасын жасау мүмкін емес; мәзірдегі тілдердің бірін таңдаңыз.
pdf-error-unknown-profile = Белгісіз жасыру профилі: «{ $profile }». full немесе pseudonymised профилін пайдаланыңыз.
pdf-error-font = Ендірілген { $font } қаріпін оқу мүмкін емес; бағдарлама бүлінген.
pdf-error-encode = Іс деректерін іс құжаттамасына дайындау мүмкін болмады.
pdf-error-write = Файлды жазу мүмкін болмады: { $detail }
pdf-error-read = Файлды оқу мүмкін болмады: { $detail }
pdf-error-not-a-case-file = Бұл Casebook іс құжаттамасы емес немесе оның тұтастық деректері алынып тасталған.
pdf-error-newer-format = Бұл іс құжаттамасы Casebook бағдарламасының осы нұсқасы білмейтін деректер пішімінде ({ $format }) жасалған. Оны жаңарақ нұсқамен тексеріңіз.
pdf-error-not-in-vault = Бұл қоймада файл жасалған редакция ({ $revision }) жоқ.
pdf-error-unknown-revision-tag = Бұл қоймада файлдағы редакция белгісі ({ $tag }) бар іс редакциясы жоқ. Бүркеншік атпен жасалған файлды тек оны жасаған қоймада ғана тексеруге болады — әйтпесе белгі өзгертілген.
pdf-error-bad-audit-seq = Іс құжаттамасының тұтастық деректері бүлінген: онда ешбір қоймада болуы мүмкін емес { $seq } аудит жазбасы аталған. Файл өзгертілген немесе оны Casebook жасамаған.

## Колонтитулдар
pdf-confidential = ҚҰПИЯ — ЗАҢГЕРЛІК ІС ҚҰЖАТТАМАСЫ
pdf-confidential-long = Құпия — заңгерлік іс құжаттамасы. Онда зорлық-зомбылықтан зардап шеккен әйел туралы аса сезімтал дербес деректер бар. Оның келісімінсіз құжатты көшірмеңіз, басқаға жібермеңіз және заң тобынан тыс ешкімге ашпаңыз.
pdf-page-n-of-m = { $m } беттің { $n }-беті
pdf-footer-left = Casebook · редакция { $revision }
pdf-footer-left-tag = Casebook · редакция белгісі { $revision }

## Мұқаба
pdf-cover-title = Заңгерлік іс құжаттамасы
pdf-field-generated = Жасалған күні
pdf-field-language = Тілі
pdf-field-profile = Жасыру профилі
pdf-field-organisation = Ұйым
pdf-field-documenter = Құжаттаған
pdf-field-revision = Редакция
pdf-field-revision-tag = Редакция белгісі
pdf-cover-note-full = Бұл файлда зардап шеккен әйелдің жеке басы туралы деректер бар. Ол тек оның өз заңгеріне арналған.
pdf-cover-note-pseudonymised = Бұл файл бүркеншік атпен жасалған: оның жеке басы мен байланыс деректері, куәлердің аттары мен байланыс деректері, құқық бұзушылардың аттары және тіркеме файлдарының аттары алынып тасталған, ал оның аты (кез келген түрде), телефоны, құжат нөмірлері мен туған күні жазылған жерлердің бәрінде […] белгісімен жасырылған. Еркін мәтінде (баяндаулар, ескертпелер, қорытындылар) жазылған басқа адамдардың аттарын автоматты түрде тану мүмкін емес және олар тексерілмеген.
pdf-cover-verify = Бұл файлдың өзгертілмегенін және ол жасалған жазбаға сәйкес келетінін оны жасаған қоймада «casebook verify-pdf» пәрменімен тексеруге болады (соңғы бетті қараңыз).

## Бөлімдер
pdf-section-summary = 1. Қысқаша мазмұны
pdf-section-chronology = 2. Оқиғалар хронологиясы
pdf-section-acts = 3. Әрекеттер және олардың құқықтық сараланымы
pdf-section-perpetrators = 4. Құқық бұзушылар
pdf-section-evidence = 5. Дәлелдер
pdf-section-responses = 6. Қабылданған шаралар
pdf-section-consent = 7. Келісім
pdf-section-integrity = 8. Осы файлдың тұтастығы

## Қысқаша мазмұны
pdf-summary-who = Зардап шеккен әйел
pdf-summary-case = Іс
pdf-summary-deadlines = Ашық мерзімдер
pdf-field-pseudonym = Бүркеншік аты
pdf-field-legal-name = Құжат бойынша аты-жөні
pdf-field-date-of-birth = Туған күні
pdf-field-phone = Телефоны
pdf-field-address = Мекенжайы
pdf-field-id-document = Жеке куәлік нөмірі
pdf-field-age = Жасы
pdf-field-gender = Гендері
pdf-field-residence = Тұратын жері
pdf-field-citizenship = Азаматтығы
pdf-stateless = Азаматтығы жоқ
pdf-field-pregnant = Сол кезде жүкті болған
pdf-field-children = Балалары бар
pdf-field-custody = Балалары қайда
pdf-field-hiv = АИТВ-мәртебесі
pdf-field-on-art = Антиретровирустық ем қабылдайды
pdf-field-substances = Қолданатын заттар
pdf-field-ost-client = ОАТ клиенті
pdf-field-harm-reduction = Зиянды азайту бағдарламасының клиенті
pdf-field-sex-work = Секс-жұмыс
pdf-field-disability = Мүгедектік
pdf-field-homeless = Баспанасыз
pdf-field-previous-incidents = Бұрынғы оқиғалар
pdf-field-when = Қашан
pdf-field-where = Қайда
pdf-field-what = Не істелді
pdf-field-by-whom = Кім істеді
pdf-field-status = Қазіргі мәртебесі
pdf-field-intake-date = Қабылданған күні
pdf-field-intake-channel = Іс қалай түсті
pdf-field-source = Ақпарат көзі
pdf-field-tags = Белгілер
pdf-field-notes = Ескертпелер
pdf-deadline-complaint = Шағымға жауап беру мерзімі, шағым берілген орган: { $body }
pdf-col-due = Мерзімі
pdf-col-what = Не
pdf-none = Ештеңе жазылмаған.
pdf-yes = Иә
pdf-no = Жоқ
pdf-withheld = жасырылған (бүркеншік атпен жасалған файл)

## Хронология
pdf-incident-title = { $n }-оқиға: { $date }
pdf-field-date = Күні
pdf-field-date-precision = Күннің дәлдігі
pdf-field-time-of-day = Тәулік уақыты
pdf-field-place = Орны
pdf-field-location-type = Орын түрі
pdf-field-detained = Ұсталды
pdf-field-detention-hours = Ұстау ұзақтығы
pdf-hours = { $n ->
    [one] { $n } сағат
   *[other] { $n } сағат
}
pdf-field-protocol = Ұстау хаттамасы жасалды
pdf-field-released-how = Қалай босатылды
pdf-narrative-original = Оның баяндауы, өз сөзімен (түпнұсқа тілде)
pdf-narrative-translation = Баяндауының аудармасы
pdf-witnesses = Куәлар
pdf-col-pseudonym = Бүркеншік аты
pdf-col-contact = Байланыс
pdf-col-willing = Куәлік беруге дайын

## Әрекеттер
pdf-acts-intro = Әр әрекет ол қозғайтын нормалармен бірге келтірілген; нормалар Casebook құқықтар кестесінен алынған. «Қозғайды» дегеніміз әрекет сол норманың қолданылу аясына кіреді деген сөз; оның құқық бұзушылық болып табылатынын не табылмайтынын заңгер мен істі қарайтын орган шешеді.
pdf-acts-of-incident = { $n }-оқиға ({ $date })
pdf-act-title = { $n }-әрекет: { $act }
pdf-field-act-group = Әрекет түрі
pdf-field-intent = Болжамды мақсаты
pdf-field-physical = Физикалық салдары
pdf-field-psychological = Психологиялық салдары
pdf-field-medical-attention = Медициналық көмек
pdf-field-perpetrators = Қатысқан құқық бұзушылар
pdf-field-rights = Қозғалған құқықтар
pdf-rights-summary = Бұл істе қозғалған құқықтар
pdf-col-instrument = Құжат
pdf-col-provisions = Нормалар
pdf-col-acts = Әрекеттер
pdf-right-article = { $instrument }, { $article }-бап
pdf-right-rule = { $instrument }, { $article }-ереже
pdf-right-paragraph = { $instrument }, { $article }-тармақ
pdf-instrument-cat = АҚК
pdf-instrument-iccpr = АСҚХП
pdf-instrument-icescr = ЭӘМҚХП
pdf-instrument-echr = АҚЕК
pdf-instrument-echr-protocol-1 = АҚЕК № 1 хаттамасы
pdf-instrument-cedaw-gr-35 = CEDAW № 35 ЖҰ
pdf-instrument-bangkok-rules = Бангкок ережелері
pdf-instrument-crc = БҚК
pdf-instrument-name-cat = Азаптауларға қарсы конвенция (АҚК)
pdf-instrument-name-iccpr = Азаматтық және саяси құқықтар туралы халықаралық пакт (АСҚХП)
pdf-instrument-name-icescr = Экономикалық, әлеуметтік және мәдени құқықтар туралы халықаралық пакт (ЭӘМҚХП)
pdf-instrument-name-echr = Адам құқықтары жөніндегі Еуропалық конвенция (АҚЕК)
pdf-instrument-name-echr-protocol-1 = АҚЕК-ке № 1 хаттама
pdf-instrument-name-cedaw-gr-35 = Әйелдерге қатысты кемсітушілікті жою жөніндегі комитеттің (CEDAW) № 35 жалпы ұсынымы
pdf-instrument-name-bangkok-rules = Әйел тұтқындармен жұмыс істеу жөніндегі БҰҰ ережелері (Бангкок ережелері)
pdf-instrument-name-crc = Бала құқықтары туралы конвенция (БҚК)

## Құқық бұзушылар
pdf-perpetrator-title = { $n }-құқық бұзушы
pdf-perpetrator-title-ref = { $n }-құқық бұзушы ({ $ref })
pdf-field-agency = Орган
pdf-field-unit = Бөлімше
pdf-field-rank = Атағы
pdf-field-name = Аты-жөні
pdf-field-badge = Жетон нөмірі
pdf-field-uniformed = Формада болды
pdf-field-vehicle = Көліктің мемлекеттік нөмірі
pdf-field-count = Адам саны
pdf-field-identifiable = Ол оларды қайта тани алады
pdf-field-involvement = Қатысу түрі

## Дәлелдер
pdf-medical = Медициналық құжаттар
pdf-field-exam-date = Тексерілген күні
pdf-field-examiner = Тексерген маман
pdf-field-institution = Мекеме
pdf-field-findings = Қорытынды
pdf-field-consistency = Сәйкестік (Ыстамбұл хаттамасы)
pdf-col-body-region = Дене аймағы
pdf-col-description = Сипаттама
pdf-attachments = Тіркемелер
pdf-col-file = Файл
pdf-col-type-size = Түрі, көлемі
pdf-col-times = Түсірілген / алынған
pdf-col-received-by = Қабылдаған
pdf-captured = түсірілген: { $time }
pdf-received = алынған: { $time }
pdf-photos = Фотосуреттер
pdf-photo-caption = { $n }-тіркеме: { $file }
pdf-photo-missing = (файл бұл қоймада жоқ)
pdf-photo-too-large = (ендіру үшін тым үлкен; түпнұсқасын қараңыз)
pdf-photo-unreadable = (бұл сурет пішімін мұнда көрсету мүмкін емес; түпнұсқасын қараңыз)

## Қабылданған шаралар
pdf-field-services = Көрсетілген қызметтер
pdf-referrals = Жолдамалар
pdf-complaints = Шағымдар
pdf-follow-ups = Кейінгі қадамдар
pdf-col-to = Қайда
pdf-col-date = Күні
pdf-col-consent = Келісім
pdf-col-outcome = Нәтижесі
pdf-col-body = Орган
pdf-col-filed = Берілген күні
pdf-col-reference = Тіркеу нөмірі
pdf-col-deadline = Мерзімі
pdf-col-response = Жауап
pdf-col-done = Орындалды
pdf-col-note = Ескертпе

## Келісім
pdf-consent-intro = Зардап шеккен әйел неге келісім бергені, істе жазылғандай, әр мақсат бойынша жеке көрсетілген.
pdf-col-destination = Мақсаты
pdf-col-given = Берілген
pdf-col-named = Атымен не анонимді
pdf-col-obtained-by = Алған
pdf-col-revoked = Кері қайтарылған

## Тұтастық
pdf-integrity-intro = Бұл файл шифрланған Casebook қоймасындағы істің бір редакциясынан жасалған. Редакция идентификаторы — сол редакцияның мазмұны мен тарихының SHA-256 хеші; төмендегі деректер хеші — осы файлда көрсетілгеннің, оның тілі, профилі және редакциясымен бірге, дәл SHA-256 хеші.
pdf-integrity-intro-tagged = Бұл файл шифрланған Casebook қоймасындағы істің бір редакциясынан жасалған. Файл бүркеншік атпен жасалғандықтан, редакциялар белгілері арқылы көрсетілген: белгі — редакция идентификаторының тек сол қоймада сақталатын құпия кілтпен есептелген HMAC-SHA256 мәні, сондықтан қоймасы жоқ ешкім болжанған атты олармен салыстырып тексере алмайды. Төмендегі деректер хеші — осы файлда көрсетілгеннің, оның тілі, профилі және редакция белгісімен бірге, дәл SHA-256 хеші.
pdf-field-case-id = Іс идентификаторы
pdf-field-audit-head = Аудит тізбегінің соңғы жазбасы
pdf-field-data-hash = Деректер хеші (SHA-256)
pdf-history = Редакциялар тарихы
pdf-col-time = Уақыты
pdf-col-author = Авторы
pdf-col-kind = Өзгеріс
pdf-col-reason = Себебі
pdf-col-revision = Редакция идентификаторы
pdf-col-revision-tag = Редакция белгісі
pdf-revision-kind-create = жасалды
pdf-revision-kind-edit = өңделді
pdf-revision-kind-delete = жойылды
pdf-revision-kind-merge = біріктірілді
pdf-integrity-how = Файлда сонымен қатар оның барлық байттарының SHA-256 хеші бар. Casebook бағдарламасындағы «Іс құжаттамасын тексеру» (немесе «casebook verify-pdf ФАЙЛ» пәрмені) файлды жасаған қоймада іске қосылғанда екі хешті қайта есептейді, аудит тізбегіндегі жазбаны растайды және редакцияны қайта жасайды; файл жасалғаннан кейін оған енгізілген кез келген өзгеріс анықталады.

## Күндер мен сандар
pdf-date-exact = { $day } { $month } { $year } ж.
pdf-date-month = { $month } { $year } ж.
pdf-date-year = { $year } ж.
pdf-date-range = шамамен { $start } – { $end }
pdf-date-range-same-month = шамамен { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } байт
pdf-size-kb = { $n } КБ
pdf-size-mb = { $n } МБ
pdf-month-gen-1 = қаңтар
pdf-month-gen-2 = ақпан
pdf-month-gen-3 = наурыз
pdf-month-gen-4 = сәуір
pdf-month-gen-5 = мамыр
pdf-month-gen-6 = маусым
pdf-month-gen-7 = шілде
pdf-month-gen-8 = тамыз
pdf-month-gen-9 = қыркүйек
pdf-month-gen-10 = қазан
pdf-month-gen-11 = қараша
pdf-month-gen-12 = желтоқсан
pdf-month-nom-1 = қаңтар
pdf-month-nom-2 = ақпан
pdf-month-nom-3 = наурыз
pdf-month-nom-4 = сәуір
pdf-month-nom-5 = мамыр
pdf-month-nom-6 = маусым
pdf-month-nom-7 = шілде
pdf-month-nom-8 = тамыз
pdf-month-nom-9 = қыркүйек
pdf-month-nom-10 = қазан
pdf-month-nom-11 = қараша
pdf-month-nom-12 = желтоқсан
