# Иштин жазуусундагы башкарылуучу сөздүктөрдүн сөздөрү (crates/casebook-core/src/vocab.rs).
# Идентификаторлор: vocab-<тизме>-<код>; тизмелердин аттары: vocab-list-<тизме>. Коддор өзгөрбөйт, сөздөр гана өзгөрөт.


## Иштин абалы

vocab-list-status = Иштин абалы
vocab-status-draft = Долбоор
vocab-status-open = Ачык
vocab-status-referred = Өткөрүлүп берилди
vocab-status-closed = Жабылды
vocab-status-sealed = Мөөр басылды (далил катары кулпуланды)

## Кайрылуу жолу

vocab-list-intake-channel = Кайрылуу жолу
vocab-intake-channel-drop-in = Дроп-ин борбору
vocab-intake-channel-outreach = Аутрич
vocab-intake-channel-hotline = Ишеним телефону
vocab-intake-channel-lawyer = Юрист аркылуу
vocab-intake-channel-peer-report = Теңтуш кеңешчи кабарлады
vocab-intake-channel-self-report = Өзү кайрылды
vocab-intake-channel-other = Башка

## Маалымат булагы

vocab-list-source-reliability = Маалымат булагы
vocab-source-reliability-first-hand = Түз булак (жапа чеккен аялдын өзү)
vocab-source-reliability-witness = Күбө
vocab-source-reliability-second-hand = Башкалардын айтуусу боюнча
vocab-source-reliability-unknown = Белгисиз
vocab-source-reliability-other = Башка

## Курак тобу

vocab-list-age-band = Курак тобу
vocab-age-band-under-18 = 18 жашка чейин
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 жана андан улуу

## Гендер

vocab-list-gender = Гендер
vocab-gender-woman = Аял
vocab-gender-trans-woman = Трансгендер аял
vocab-gender-non-binary = Бинардык эмес адам
vocab-gender-other = Башка

## АИВ-статусу

vocab-list-hiv-status = АИВ-статусу
vocab-hiv-status-positive = АИВ-оң
vocab-hiv-status-negative = АИВ-терс
vocab-hiv-status-unknown = Белгисиз
vocab-hiv-status-not-disclosed = Айткан жок

## Колдонгон заттар

vocab-list-substance = Колдонгон заттар
vocab-substance-opioids = Опиоиддер
vocab-substance-stimulants = Стимуляторлор
vocab-substance-methadone-buprenorphine-ost = Метадон / бупренорфин (ОАТ)
vocab-substance-new-psychoactive-substances = Жаңы психоактивдүү заттар
vocab-substance-alcohol = Алкоголь
vocab-substance-other = Башка

## Балдар кимде

vocab-list-child-custody-status = Балдар кимде
vocab-child-custody-status-with-survivor = Өзүндө
vocab-child-custody-status-with-relatives = Туугандарында
vocab-child-custody-status-state-care = Мамлекеттик мекемеде
vocab-child-custody-status-removed = Бийлик тарабынан алынып кетилген
vocab-child-custody-status-not-applicable = Тиешеси жок
vocab-child-custody-status-other = Башка

## Окуя болгон жер

vocab-list-location-type = Окуя болгон жер
vocab-location-type-street = Көчө
vocab-location-type-home = Үй
vocab-location-type-police-vehicle = Милициянын унаасы
vocab-location-type-police-station = Милиция бөлүмү
vocab-location-type-temporary-detention = Убактылуу кармоочу жай (ИВС)
vocab-location-type-pre-trial-detention = Тергөө абагы (СИЗО)
vocab-location-type-harm-reduction-site = Зыянды азайтуу пункту
vocab-location-type-ost-site = ОАТ пункту
vocab-location-type-pharmacy = Дарыкана
vocab-location-type-hospital = Оорукана
vocab-location-type-court = Сот
vocab-location-type-other = Башка

## Күндүн убактысы

vocab-list-time-of-day = Күндүн убактысы
vocab-time-of-day-morning = Эртең менен
vocab-time-of-day-day = Күндүз
vocab-time-of-day-evening = Кечкурун
vocab-time-of-day-night = Түнкүсүн

## Датанын тактыгы

vocab-list-date-precision = Датанын тактыгы
vocab-date-precision-exact = Так дата
vocab-date-precision-month = Айы гана
vocab-date-precision-year = Жылы гана
vocab-date-precision-range = Эки датанын ортосунда

## Ооба / жок / белгисиз

vocab-list-tri-state = Ооба / жок / белгисиз
vocab-tri-state-yes = Ооба
vocab-tri-state-no = Жок
vocab-tri-state-unknown = Белгисиз

## Аракеттин түрү

vocab-list-act-type = Аракеттин түрү
vocab-act-type-beating = Сабоо
vocab-act-type-asphyxiation = Муунтуу (пакет, противогаз, тамагын кысуу)
vocab-act-type-electric-shock = Электр тогу менен кыйноо
vocab-act-type-stress-positions = Ыңгайсыз абалда кармоо (стресс-позалар)
vocab-act-type-burns = Күйгүзүү
vocab-act-type-use-of-weapon = Курал колдонуу
vocab-act-type-other-physical = Башка физикалык зордук-зомбулук
vocab-act-type-rape = Зордуктоо
vocab-act-type-sexual-assault = Сексуалдык кол салуу
vocab-act-type-sex-for-release = Бошотуу үчүн жыныстык катнаш талап кылуу
vocab-act-type-forced-undressing = Мажбурлап чечиндирүү
vocab-act-type-search-by-male-officers = Эркек кызматкерлердин жеке тинтүүсү
vocab-act-type-sexual-harassment = Сексуалдык куугунтук
vocab-act-type-threats = Коркутуу
vocab-act-type-humiliation = Кемсинтүү
vocab-act-type-threat-child-custody = Балдарын тартып алабыз деп коркутуу
vocab-act-type-threat-disclose-hiv-status = АИВ-статусун ачыкка чыгарабыз деп коркутуу
vocab-act-type-threat-disclose-drug-use = Баңгизат колдонгонун ачыкка чыгарабыз деп коркутуу
vocab-act-type-insults = Акаарат сөздөр
vocab-act-type-detention-without-protocol = Протоколсуз кармоо
vocab-act-type-detention-beyond-limit = Мыйзамдуу мөөнөттөн ашык кармоо
vocab-act-type-arrest-for-syringes = Шприц алып жүргөнү үчүн кармоо
vocab-act-type-planted-drugs = Баңгизатты байкатпай салып коюу
vocab-act-type-fabricated-charges = Жасалма айыптоо
vocab-act-type-forced-confession = Мажбурлап мойнуна алдыруу
vocab-act-type-forced-testimony = Башкаларга каршы мажбурлап көрсөтмө бердирүү
vocab-act-type-informant-recruitment = Маалымат берүүчү болууга кысым көрсөтүү
vocab-act-type-pressure-against-partner = Өнөктөшүнө каршы көрсөтмө берүүгө кысым көрсөтүү
vocab-act-type-extortion-bribe = Опузалап талап кылуу / пара талап кылуу
vocab-act-type-confiscation-money = Акчасын алып коюу
vocab-act-type-confiscation-phone = Телефонун алып коюу
vocab-act-type-confiscation-syringes = Шприцтерин алып коюу
vocab-act-type-confiscation-naloxone = Налоксонун алып коюу
vocab-act-type-confiscation-ost-medicine = ОАТ дарысын алып коюу
vocab-act-type-ost-denied-in-custody = Камакта ОАТ берилбей коюу
vocab-act-type-withdrawal-as-coercion = Абстиненцияны кысым катары колдонуу
vocab-act-type-medical-care-refused = Медициналык жардам көрсөтүүдөн баш тартуу
vocab-act-type-forced-drug-test = Баңгизатка мажбурлап текшерүү
vocab-act-type-forced-hiv-test = АИВге мажбурлап текшерүү
vocab-act-type-forced-narcological-registration = Мажбурлап наркологиялык каттоого коюу
vocab-act-type-hiv-status-disclosed = АИВ-статусун ачыкка чыгаруу
vocab-act-type-lawyer-refused = Адвокат берүүдөн баш тартуу
vocab-act-type-rights-not-read = Укуктары түшүндүрүлгөн жок
vocab-act-type-relatives-not-notified = Туугандарына кабар берилген жок
vocab-act-type-forced-signature = Документтерге мажбурлап кол койдуруу
vocab-act-type-signed-without-understanding = Мазмунун түшүнбөй туруп кол койгон
vocab-act-type-interpreter-refused = Котормочу берүүдөн баш тартуу
vocab-act-type-child-removed = Баласын алып кетишкен
vocab-act-type-child-removal-threatened = Баласын алып кетебиз деп коркутуу
vocab-act-type-death-in-custody = Камакта каза болуу
vocab-act-type-other = Башка

## Аракеттердин тобу

vocab-list-act-group = Аракеттердин тобу
vocab-act-group-physical = Физикалык зордук-зомбулук
vocab-act-group-sexual = Сексуалдык зордук-зомбулук
vocab-act-group-psychological = Психологиялык зордук-зомбулук
vocab-act-group-liberty = Эркиндигинен ажыратуу
vocab-act-group-coercion = Мажбурлоо
vocab-act-group-economic = Экономикалык зордук-зомбулук
vocab-act-group-health = Ден соолук
vocab-act-group-procedure = Процесстик бузуулар
vocab-act-group-custody = Балдар жана камкордук
vocab-act-group-death-in-custody = Камакта каза болуу
vocab-act-group-other = Башка

## Болжолдуу максат

vocab-list-intent = Болжолдуу максат
vocab-intent-information = Маалымат алуу
vocab-intent-confession = Мойнуна алдыруу
vocab-intent-intimidation = Коркутуп-үркүтүү
vocab-intent-punishment = Жазалоо
vocab-intent-extortion = Опузалап талап кылуу
vocab-intent-sexual-gratification = Сексуалдык канааттануу
vocab-intent-unknown = Белгисиз
vocab-intent-other = Башка

## Медициналык жардам

vocab-list-medical-attention = Медициналык жардам
vocab-medical-attention-none = Алган жок
vocab-medical-attention-refused = Баш тартылган
vocab-medical-attention-first-aid = Биринчи жардам
vocab-medical-attention-hospital = Оорукана
vocab-medical-attention-forensic-exam = Соттук-медициналык экспертиза
vocab-medical-attention-other = Башка

## Мекеме

vocab-list-agency = Мекеме
vocab-agency-patrol-police = Патрулдук милиция
vocab-agency-criminal-investigation = Кылмыш издөө кызматы
vocab-agency-drug-control-unit = Баңгизатка каршы күрөшүү бөлүмү
vocab-agency-traffic-police = Жол кыймылынын коопсуздугу кызматы
vocab-agency-special-forces = Атайын бөлүк
vocab-agency-pre-trial-detention-staff = Тергөө абагынын / ИВСтин кызматкерлери
vocab-agency-prison-staff = Түзөтүү мекемесинин кызматкерлери
vocab-agency-prosecutor = Прокуратура
vocab-agency-narcology-staff = Наркологиялык кызматтын кызматкерлери
vocab-agency-medical-staff = Медициналык кызматкерлер
vocab-agency-other = Башка

## Окуядагы ролу

vocab-list-involvement = Окуядагы ролу
vocab-involvement-perpetrated = Аракетти өзү жасаган
vocab-involvement-ordered = Буйрук берген
vocab-involvement-present = Ошол жерде болгон
vocab-involvement-failed-to-intervene = Токтоткон жок
vocab-involvement-other = Башка

## Жыйынтыктардын шайкештиги

vocab-list-consistency = Жыйынтыктардын шайкештиги (Стамбул протоколу)
vocab-consistency-not-consistent = Шайкеш эмес
vocab-consistency-consistent = Шайкеш
vocab-consistency-highly-consistent = Жогорку даражада шайкеш
vocab-consistency-typical = Мүнөздүү
vocab-consistency-diagnostic = Диагностикалык

## Дененин бөлүгү

vocab-list-body-region = Дененин бөлүгү
vocab-body-region-head = Баш
vocab-body-region-face = Бет
vocab-body-region-neck = Моюн
vocab-body-region-chest = Көкүрөк
vocab-body-region-abdomen = Курсак
vocab-body-region-upper-back = Арканын үстүңкү бөлүгү
vocab-body-region-lower-back = Бел
vocab-body-region-left-arm = Сол кол
vocab-body-region-right-arm = Оң кол
vocab-body-region-left-hand = Сол алакан жана манжалар
vocab-body-region-right-hand = Оң алакан жана манжалар
vocab-body-region-genitals = Жыныс органдары
vocab-body-region-buttocks = Көчүк
vocab-body-region-left-leg = Сол бут
vocab-body-region-right-leg = Оң бут
vocab-body-region-feet = Бут таманы
vocab-body-region-other = Башка

## Көрсөтүлгөн кызматтар

vocab-list-service = Көрсөтүлгөн кызматтар
vocab-service-legal-consultation = Юридикалык кеңеш
vocab-service-legal-representation = Юридикалык өкүлчүлүк
vocab-service-medical = Медициналык жардам
vocab-service-psychosocial = Психосоциалдык колдоо
vocab-service-shelter = Баш калкалоочу жай
vocab-service-ost-continuity = ОАТты улантуу
vocab-service-harm-reduction-supplies = Зыянды азайтуу каражаттары
vocab-service-peer-support = Теңтуштук колдоо
vocab-service-other = Башка

## Даттануу берилген орган

vocab-list-complaint-body = Даттануу берилген орган
vocab-complaint-body-police-internal-affairs = Милициянын ички коопсуздук кызматы
vocab-complaint-body-prosecutor = Прокуратура
vocab-complaint-body-ombudsman = Акыйкатчы (омбудсмен)
vocab-complaint-body-court = Сот
vocab-complaint-body-un-special-procedure = БУУнун атайын жол-жобосу
vocab-complaint-body-un-treaty-body = БУУнун келишимдик органы
vocab-complaint-body-other = Башка

## Даттанууга жооп

vocab-list-complaint-response = Даттанууга жооп
vocab-complaint-response-favourable = Оң жооп
vocab-complaint-response-rejected = Четке кагылды
vocab-complaint-response-no-response = Жооп жок
vocab-complaint-response-pending = Күтүлүүдө
vocab-complaint-response-other = Башка

## Даттануунун жыйынтыгы

vocab-list-complaint-outcome = Даттануунун жыйынтыгы
vocab-complaint-outcome-criminal-case-opened = Кылмыш иши козголду
vocab-complaint-outcome-refused-to-open = Иш козгоодон баш тартылды
vocab-complaint-outcome-disciplinary-action = Тартиптик жаза
vocab-complaint-outcome-compensation = Компенсация
vocab-complaint-outcome-none = Жыйынтык жок
vocab-complaint-outcome-other = Башка

## Макулдук эмнеге берилет

vocab-list-consent-destination = Эмнеге макулдук
vocab-consent-destination-documentation = Документтештирүү (жазууну сактоо)
vocab-consent-destination-lawyer = Юристке берүү
vocab-consent-destination-organisation-network-stats = Тармактын статистикасы (жалпыланган түрдө гана)
vocab-consent-destination-national-bodies = Улуттук органдар
vocab-consent-destination-un-special-procedures = БУУнун атайын жол-жоболору
vocab-consent-destination-un-treaty-bodies = БУУнун келишимдик органдары
vocab-consent-destination-media-advocacy-anonymised = ЖМК жана адвокация (анонимдүү)

## Аты менен же анонимдүү

vocab-list-named-or-anonymised = Аты менен же анонимдүү
vocab-named-or-anonymised-named = Аты менен
vocab-named-or-anonymised-anonymised = Анонимдүү

## Маалыматты жашыруу профили

vocab-list-redaction-profile = Маалыматты жашыруу профили
vocab-redaction-profile-full = Толук (баары, анын юристи үчүн)
vocab-redaction-profile-pseudonymised = Псевдонимдештирилген
vocab-redaction-profile-aggregate = Жалпыланган статистика гана

## Файлдын түрү

vocab-list-media-kind = Файлдын түрү
vocab-media-kind-photo = Сүрөт
vocab-media-kind-scan = Скан
vocab-media-kind-audio = Аудио
vocab-media-kind-video = Видео
vocab-media-kind-document = Документ
vocab-media-kind-other = Башка
