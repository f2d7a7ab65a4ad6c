# Іс жазбасының бақыланатын сөздіктеріне арналған сөздер (crates/casebook-core/src/vocab.rs).
# Идентификаторлар: vocab-<тізім>-<код>; тізім атаулары: vocab-list-<тізім>. Кодтар өзгермейді; тек осы сөздер өзгереді.


## status

vocab-list-status = Іс мәртебесі
vocab-status-draft = Жоба
vocab-status-open = Ашық
vocab-status-referred = Жолданған
vocab-status-closed = Жабық
vocab-status-sealed = Мөрленген (дәлел ретінде құлыпталған)

## intake-channel

vocab-list-intake-channel = Өтініш арнасы
vocab-intake-channel-drop-in = Дроп-ин орталығы
vocab-intake-channel-outreach = Аутрич (далалық жұмыс)
vocab-intake-channel-hotline = Сенім телефоны
vocab-intake-channel-lawyer = Заңгер арқылы
vocab-intake-channel-peer-report = Тең-теңіне кеңесші хабарлады
vocab-intake-channel-self-report = Өзі хабарласты
vocab-intake-channel-other = Басқа

## source-reliability

vocab-list-source-reliability = Ақпарат көзі
vocab-source-reliability-first-hand = Тікелей (зардап шеккен әйелдің өзі)
vocab-source-reliability-witness = Куә
vocab-source-reliability-second-hand = Басқалардың сөзінен
vocab-source-reliability-unknown = Белгісіз
vocab-source-reliability-other = Басқа

## age-band

vocab-list-age-band = Жас тобы
vocab-age-band-under-18 = 18-ге дейін
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 және одан жоғары

## gender

vocab-list-gender = Гендер
vocab-gender-woman = Әйел
vocab-gender-trans-woman = Трансгендер әйел
vocab-gender-non-binary = Бинарлы емес адам
vocab-gender-other = Басқа

## hiv-status

vocab-list-hiv-status = АИТВ-мәртебесі
vocab-hiv-status-positive = АИТВ-оң
vocab-hiv-status-negative = АИТВ-теріс
vocab-hiv-status-unknown = Белгісіз
vocab-hiv-status-not-disclosed = Айтпады

## substance

vocab-list-substance = Қолданатын заттар
vocab-substance-opioids = Опиоидтар
vocab-substance-stimulants = Стимуляторлар
vocab-substance-methadone-buprenorphine-ost = Метадон / бупренорфин (ОАТ)
vocab-substance-new-psychoactive-substances = Жаңа психобелсенді заттар
vocab-substance-alcohol = Алкоголь
vocab-substance-other = Басқа

## child-custody-status

vocab-list-child-custody-status = Балалары қайда
vocab-child-custody-status-with-survivor = Өзімен бірге
vocab-child-custody-status-with-relatives = Туыстарында
vocab-child-custody-status-state-care = Мемлекеттік мекемеде
vocab-child-custody-status-removed = Қорғаншылық органдары алып кеткен
vocab-child-custody-status-not-applicable = Қатысы жоқ
vocab-child-custody-status-other = Басқа

## location-type

vocab-list-location-type = Оқиға орны
vocab-location-type-street = Көше
vocab-location-type-home = Үй
vocab-location-type-police-vehicle = Полицияның қызметтік көлігі
vocab-location-type-police-station = Полиция бөлімі
vocab-location-type-temporary-detention = Уақытша ұстау изоляторы (УҰИ)
vocab-location-type-pre-trial-detention = Тергеу изоляторы (ТИ)
vocab-location-type-harm-reduction-site = Зиянды азайту пункті
vocab-location-type-ost-site = ОАТ пункті
vocab-location-type-pharmacy = Дәріхана
vocab-location-type-hospital = Аурухана
vocab-location-type-court = Сот
vocab-location-type-other = Басқа

## time-of-day

vocab-list-time-of-day = Тәулік уақыты
vocab-time-of-day-morning = Таңертең
vocab-time-of-day-day = Күндіз
vocab-time-of-day-evening = Кешке
vocab-time-of-day-night = Түнде

## date-precision

vocab-list-date-precision = Күннің дәлдігі
vocab-date-precision-exact = Нақты күн
vocab-date-precision-month = Тек айы
vocab-date-precision-year = Тек жылы
vocab-date-precision-range = Екі күннің аралығы

## tri-state

vocab-list-tri-state = Иә / жоқ / белгісіз
vocab-tri-state-yes = Иә
vocab-tri-state-no = Жоқ
vocab-tri-state-unknown = Белгісіз

## act-type

vocab-list-act-type = Әрекет түрі
vocab-act-type-beating = Ұрып-соғу
vocab-act-type-asphyxiation = Тұншықтыру (пакет, газқағар, буындыру)
vocab-act-type-electric-shock = Электр тогымен азаптау
vocab-act-type-stress-positions = Азапты қалыпта ұстау
vocab-act-type-burns = Күйдіру
vocab-act-type-use-of-weapon = Қару қолдану
vocab-act-type-other-physical = Басқа физикалық зорлық-зомбылық
vocab-act-type-rape = Зорлау
vocab-act-type-sexual-assault = Жыныстық сипаттағы шабуыл
vocab-act-type-sex-for-release = Босату үшін жыныстық қатынас талап ету
vocab-act-type-forced-undressing = Мәжбүрлеп шешіндіру
vocab-act-type-search-by-male-officers = Ер қызметкерлердің жеке тексеруі
vocab-act-type-sexual-harassment = Жыныстық қудалау
vocab-act-type-threats = Қорқыту
vocab-act-type-humiliation = Қорлау
vocab-act-type-threat-child-custody = Балаларын тартып аламыз деп қорқыту
vocab-act-type-threat-disclose-hiv-status = АИТВ-мәртебесін жария етеміз деп қорқыту
vocab-act-type-threat-disclose-drug-use = Есірткі тұтынатынын жария етеміз деп қорқыту
vocab-act-type-insults = Балағаттау
vocab-act-type-detention-without-protocol = Хаттамасыз ұстау
vocab-act-type-detention-beyond-limit = Заңда белгіленген мерзімнен артық ұстау
vocab-act-type-arrest-for-syringes = Шприц алып жүргені үшін ұстау
vocab-act-type-planted-drugs = Есірткіні қолдан салып қою
vocab-act-type-fabricated-charges = Жалған айып тағу
vocab-act-type-forced-confession = Мәжбүрлеп мойындату
vocab-act-type-forced-testimony = Басқаларға қарсы мәжбүрлеп айғақ алу
vocab-act-type-informant-recruitment = Ақпарат беруші болуға қысым жасау
vocab-act-type-pressure-against-partner = Серіктесіне қарсы айғақ беруге қысым жасау
vocab-act-type-extortion-bribe = Қорқытып алу / пара талап ету
vocab-act-type-confiscation-money = Ақшасын тартып алу
vocab-act-type-confiscation-phone = Телефонын тартып алу
vocab-act-type-confiscation-syringes = Шприцтерін тартып алу
vocab-act-type-confiscation-naloxone = Налоксонын тартып алу
vocab-act-type-confiscation-ost-medicine = ОАТ препаратын тартып алу
vocab-act-type-ost-denied-in-custody = Қамауда ОАТ беруден бас тарту
vocab-act-type-withdrawal-as-coercion = Абстиненцияны қысым құралы ретінде пайдалану
vocab-act-type-medical-care-refused = Медициналық көмек көрсетуден бас тарту
vocab-act-type-forced-drug-test = Мәжбүрлі есірткі тесті
vocab-act-type-forced-hiv-test = Мәжбүрлі АИТВ тесті
vocab-act-type-forced-narcological-registration = Мәжбүрлеп наркологиялық есепке қою
vocab-act-type-hiv-status-disclosed = АИТВ-мәртебесін жария ету
vocab-act-type-lawyer-refused = Заңгерге рұқсат бермеу
vocab-act-type-rights-not-read = Құқықтары түсіндірілмеді
vocab-act-type-relatives-not-notified = Туыстарына хабарланбады
vocab-act-type-forced-signature = Құжаттарға мәжбүрлеп қол қойғызу
vocab-act-type-signed-without-understanding = Мазмұнын түсінбей қол қойды
vocab-act-type-interpreter-refused = Аудармашы беруден бас тарту
vocab-act-type-child-removed = Баласын алып кетті
vocab-act-type-child-removal-threatened = Баласын алып кетеміз деп қорқыту
vocab-act-type-death-in-custody = Қамауда қайтыс болу
vocab-act-type-other = Басқа

## act-group

vocab-list-act-group = Әрекеттер тобы
vocab-act-group-physical = Физикалық зорлық-зомбылық
vocab-act-group-sexual = Жыныстық зорлық-зомбылық
vocab-act-group-psychological = Психологиялық зорлық-зомбылық
vocab-act-group-liberty = Бостандығынан айыру
vocab-act-group-coercion = Мәжбүрлеу
vocab-act-group-economic = Экономикалық зорлық-зомбылық
vocab-act-group-health = Денсаулық
vocab-act-group-procedure = Іс жүргізу бұзушылықтары
vocab-act-group-custody = Балалар және қорғаншылық
vocab-act-group-death-in-custody = Қамауда қайтыс болу
vocab-act-group-other = Басқа

## intent

vocab-list-intent = Болжамды мақсаты
vocab-intent-information = Ақпарат алу
vocab-intent-confession = Мойындату
vocab-intent-intimidation = Үрейлендіру
vocab-intent-punishment = Жазалау
vocab-intent-extortion = Қорқытып алу
vocab-intent-sexual-gratification = Жыныстық қанағат алу
vocab-intent-unknown = Белгісіз
vocab-intent-other = Басқа

## medical-attention

vocab-list-medical-attention = Медициналық көмек
vocab-medical-attention-none = Көрсетілмеді
vocab-medical-attention-refused = Бас тартылды
vocab-medical-attention-first-aid = Алғашқы көмек
vocab-medical-attention-hospital = Аурухана
vocab-medical-attention-forensic-exam = Сот-медициналық сараптама
vocab-medical-attention-other = Басқа

## agency

vocab-list-agency = Орган
vocab-agency-patrol-police = Патрульдік полиция
vocab-agency-criminal-investigation = Криминалдық полиция
vocab-agency-drug-control-unit = Есірткіге қарсы күрес бөлімшесі
vocab-agency-traffic-police = Жол полициясы
vocab-agency-special-forces = Арнайы жасақ
vocab-agency-pre-trial-detention-staff = ТИ / УҰИ қызметкерлері
vocab-agency-prison-staff = Түзеу мекемесінің қызметкерлері
vocab-agency-prosecutor = Прокуратура
vocab-agency-narcology-staff = Наркологиялық қызмет қызметкерлері
vocab-agency-medical-staff = Медицина қызметкерлері
vocab-agency-other = Басқа

## involvement

vocab-list-involvement = Қатысу түрі
vocab-involvement-perpetrated = Әрекетті өзі жасады
vocab-involvement-ordered = Бұйрық берді
vocab-involvement-present = Қасында болды
vocab-involvement-failed-to-intervene = Араласып, тоқтатпады
vocab-involvement-other = Басқа

## consistency

vocab-list-consistency = Қорытындылардың сәйкестігі (Ыстамбұл хаттамасы)
vocab-consistency-not-consistent = Сәйкес келмейді
vocab-consistency-consistent = Сәйкес келеді
vocab-consistency-highly-consistent = Жоғары дәрежеде сәйкес келеді
vocab-consistency-typical = Тән
vocab-consistency-diagnostic = Диагностикалық

## body-region

vocab-list-body-region = Дене аймағы
vocab-body-region-head = Бас
vocab-body-region-face = Бет
vocab-body-region-neck = Мойын
vocab-body-region-chest = Кеуде
vocab-body-region-abdomen = Іш
vocab-body-region-upper-back = Арқаның жоғарғы бөлігі
vocab-body-region-lower-back = Бел
vocab-body-region-left-arm = Сол қол
vocab-body-region-right-arm = Оң қол
vocab-body-region-left-hand = Сол қолдың басы
vocab-body-region-right-hand = Оң қолдың басы
vocab-body-region-genitals = Жыныс мүшелері
vocab-body-region-buttocks = Бөксе
vocab-body-region-left-leg = Сол аяқ
vocab-body-region-right-leg = Оң аяқ
vocab-body-region-feet = Табандар
vocab-body-region-other = Басқа

## service

vocab-list-service = Көрсетілген қызметтер
vocab-service-legal-consultation = Заң кеңесі
vocab-service-legal-representation = Заңды өкілдік
vocab-service-medical = Медициналық көмек
vocab-service-psychosocial = Психоәлеуметтік қолдау
vocab-service-shelter = Уақытша баспана
vocab-service-ost-continuity = ОАТ жалғастыру
vocab-service-harm-reduction-supplies = Зиянды азайту құралдары
vocab-service-peer-support = Тең-теңіне қолдау
vocab-service-other = Басқа

## complaint-body

vocab-list-complaint-body = Шағым берілген орган
vocab-complaint-body-police-internal-affairs = Полицияның ішкі қауіпсіздік қызметі
vocab-complaint-body-prosecutor = Прокуратура
vocab-complaint-body-ombudsman = Адам құқықтары жөніндегі уәкіл (омбудсмен)
vocab-complaint-body-court = Сот
vocab-complaint-body-un-special-procedure = БҰҰ арнайы рәсімі
vocab-complaint-body-un-treaty-body = БҰҰ шарттық органы
vocab-complaint-body-other = Басқа

## complaint-response

vocab-list-complaint-response = Шағымға жауап
vocab-complaint-response-favourable = Оң жауап
vocab-complaint-response-rejected = Бас тартылды
vocab-complaint-response-no-response = Жауап жоқ
vocab-complaint-response-pending = Күтілуде
vocab-complaint-response-other = Басқа

## complaint-outcome

vocab-list-complaint-outcome = Шағымның нәтижесі
vocab-complaint-outcome-criminal-case-opened = Қылмыстық іс қозғалды
vocab-complaint-outcome-refused-to-open = Іс қозғаудан бас тартылды
vocab-complaint-outcome-disciplinary-action = Тәртіптік жаза
vocab-complaint-outcome-compensation = Өтемақы
vocab-complaint-outcome-none = Нәтижесіз
vocab-complaint-outcome-other = Басқа

## consent-destination

vocab-list-consent-destination = Келісім берілген мақсат
vocab-consent-destination-documentation = Құжаттау (жазбаны сақтау)
vocab-consent-destination-lawyer = Заңгермен бөлісу
vocab-consent-destination-organisation-network-stats = Желі статистикасы (тек жиынтық түрде)
vocab-consent-destination-national-bodies = Ұлттық органдар
vocab-consent-destination-un-special-procedures = БҰҰ арнайы рәсімдері
vocab-consent-destination-un-treaty-bodies = БҰҰ шарттық органдары
vocab-consent-destination-media-advocacy-anonymised = БАҚ және адвокаси (анонимді)

## named-or-anonymised

vocab-list-named-or-anonymised = Атымен не анонимді
vocab-named-or-anonymised-named = Атымен
vocab-named-or-anonymised-anonymised = Анонимді

## redaction-profile

vocab-list-redaction-profile = Жасыру профилі
vocab-redaction-profile-full = Толық (бәрі, оның заңгері үшін)
vocab-redaction-profile-pseudonymised = Бүркеншік атпен
vocab-redaction-profile-aggregate = Тек жиынтық статистика

## media-kind

vocab-list-media-kind = Файл түрі
vocab-media-kind-photo = Фото
vocab-media-kind-scan = Скан
vocab-media-kind-audio = Аудио
vocab-media-kind-video = Бейне
vocab-media-kind-document = Құжат
vocab-media-kind-other = Басқа
