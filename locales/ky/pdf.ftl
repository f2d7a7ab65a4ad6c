# Юрист үчүн досье (casebook-pdf). Идентификаторлор: pdf-<эмне>.

## Каталар
pdf-error-consent = { $state ->
    [refused] Жапа чеккен аял «Юристке берүү» макулдугунан баш тартты ({ $consent }); досье түзүүгө болбойт.
    [revoked] Жапа чеккен аял «Юристке берүү» макулдугун кайтарып алды ({ $consent }); досье түзүүгө болбойт.
   *[missing] Бул иште «Юристке берүү» макулдугу ({ $consent }) жок; досье түзүүдөн мурун аны жазыңыз.
}
pdf-error-consent-anonymised-only = Жапа чеккен аял бул ишти юристке анонимдүү түрдө гана берүүгө макул болгон ({ $consent }): анын ордуна псевдонимдештирилген досье түзүңүз.
pdf-error-unknown-language = «{ $lang }» тилинде досье түзүүгө болбойт; менюдагы тилдердин бирин тандаңыз.
pdf-error-unknown-profile = Маалыматты жашыруунун «{ $profile }» профили белгисиз: full же pseudonymised колдонуңуз.
pdf-error-font = Программага кыстарылган { $font } шрифтин окуу мүмкүн эмес; программа бузулган.
pdf-error-encode = Иштин маалыматтарын досье үчүн даярдоо мүмкүн болгон жок.
pdf-error-write = Файлды жазуу мүмкүн болгон жок: { $detail }
pdf-error-read = Файлды окуу мүмкүн болгон жок: { $detail }
pdf-error-not-a-case-file = Бул Casebook досьеси эмес, же андан бүтүндүгүн текшерүүчү маалыматтар өчүрүлгөн.
pdf-error-newer-format = Бул досье { $format } маалымат форматында түзүлгөн, аны Casebook программасынын бул версиясы билбейт. Аны жаңыраак версия менен текшериңиз.
pdf-error-not-in-vault = Бул сактагычта досье түзүлгөн редакция ({ $revision }) жок.
pdf-error-unknown-revision-tag = Бул сактагычта иштин бир дагы редакциясында досьедеги редакциянын белгиси ({ $tag }) жок. Псевдонимдештирилген досьени аны түзгөн сактагычта гана текшерүүгө болот — же белги өзгөртүлгөн.
pdf-error-bad-audit-seq = Досьенин бүтүндүгүн текшерүүчү маалыматтар бузулган: анда аудит журналынын { $seq }-жазуусу көрсөтүлгөн, мындай жазуу эч бир сактагычта болушу мүмкүн эмес. Файл өзгөртүлгөн же Casebook программасында түзүлгөн эмес.

## Колонтитулдар
pdf-confidential = КУПУЯ — ЮРИДИКАЛЫК ДОСЬЕ
pdf-confidential-long = Купуя — юридикалык досье. Анда зордук-зомбулуктан жапа чеккен аял тууралуу өтө купуя жеке маалыматтар бар. Аны анын макулдугусуз юридикалык топтон тышкары көчүрбөңүз, башкага жөнөтпөңүз жана ачыкка чыгарбаңыз.
pdf-page-n-of-m = Бет { $n } / { $m }
pdf-footer-left = Casebook · редакция { $revision }
pdf-footer-left-tag = Casebook · редакциянын белгиси { $revision }

## Мукаба
pdf-cover-title = Иш боюнча юридикалык досье
pdf-field-generated = Түзүлгөн күнү
pdf-field-language = Тили
pdf-field-profile = Маалыматты жашыруу профили
pdf-field-organisation = Уюм
pdf-field-documenter = Документтештирген
pdf-field-revision = Редакция
pdf-field-revision-tag = Редакциянын белгиси
pdf-cover-note-full = Бул досьеде жапа чеккен аялдын ким экени көрсөтүлгөн. Ал анын өз юристи үчүн гана түзүлгөн.
pdf-cover-note-pseudonymised = Бул досье псевдонимдештирилген: анын ким экени жана байланыш маалыматтары, күбөлөрдүн аттары жана байланыштары, күнөөлүүлөрдүн аттары жана тиркеме файлдарынын аттары алынып салынган, ал эми анын аты (ар кандай формада), телефон жана документ номерлери жана туулган күнү жазылган жердин баарында […] менен алмаштырылган. Эркин текстке (баяндарга, эскертмелерге, корутундуларга) жазылган башка адамдардын аттарын автоматтык түрдө таануу мүмкүн эмес, алар текшерилген жок.
pdf-cover-verify = Бул файлдын өзгөртүлбөгөнүн жана ал түзүлгөн жазууга дал келерин аны түзгөн сактагычта «casebook verify-pdf» буйругу менен текшерүүгө болот (акыркы бетти караңыз).

## Бөлүмдөр
pdf-section-summary = 1. Кыскача маалымат
pdf-section-chronology = 2. Окуялардын хронологиясы
pdf-section-acts = 3. Аракеттер жана алардын юридикалык квалификациясы
pdf-section-perpetrators = 4. Күнөөлүүлөр
pdf-section-evidence = 5. Далилдер
pdf-section-responses = 6. Көрүлгөн чаралар
pdf-section-consent = 7. Макулдук
pdf-section-integrity = 8. Бул файлдын бүтүндүгү

## Кыскача маалымат
pdf-summary-who = Жапа чеккен аял
pdf-summary-case = Иш
pdf-summary-deadlines = Ачык мөөнөттөр
pdf-field-pseudonym = Псевдоним
pdf-field-legal-name = Документ боюнча аты-жөнү
pdf-field-date-of-birth = Туулган күнү
pdf-field-phone = Телефону
pdf-field-address = Дареги
pdf-field-id-document = Инсандыгын тастыктаган документтин номери
pdf-field-age = Жашы
pdf-field-gender = Гендер
pdf-field-residence = Жашаган жери
pdf-field-citizenship = Жарандыгы
pdf-stateless = Жарандыгы жок
pdf-field-pregnant = Окуя учурунда кош бойлуу болгон
pdf-field-children = Балдары бар
pdf-field-custody = Балдар кимде
pdf-field-hiv = АИВ-статусу
pdf-field-on-art = Антиретровирустук терапия алат
pdf-field-substances = Колдонгон заттар
pdf-field-ost-client = ОАТ программасынын кардары
pdf-field-harm-reduction = Зыянды азайтуу программасынын кардары
pdf-field-sex-work = Секс-кызмат
pdf-field-disability = Майыптуулук
pdf-field-homeless = Туруктуу турак жайы жок
pdf-field-previous-incidents = Мурунку окуялар
pdf-field-when = Качан
pdf-field-where = Кайда
pdf-field-what = Эмне жасалды
pdf-field-by-whom = Ким тарабынан
pdf-field-status = Учурдагы абалы
pdf-field-intake-date = Кабыл алынган күнү
pdf-field-intake-channel = Иш кантип келип түштү
pdf-field-source = Маалымат булагы
pdf-field-tags = Тегдер
pdf-field-notes = Эскертмелер
pdf-deadline-complaint = Даттанууга жооп берүү мөөнөтү, орган: { $body }
pdf-col-due = Мөөнөтү
pdf-col-what = Эмне
pdf-none = Эч нерсе жазылган эмес.
pdf-yes = Ооба
pdf-no = Жок
pdf-withheld = жашырылган (псевдонимдештирилген досье)

## Хронология
pdf-incident-title = { $n }-окуя: { $date }
pdf-field-date = Дата
pdf-field-date-precision = Датанын тактыгы
pdf-field-time-of-day = Күндүн убактысы
pdf-field-place = Жери
pdf-field-location-type = Жердин түрү
pdf-field-detained = Кармалган
pdf-field-detention-hours = Канча убакыт кармалган
pdf-hours = { $n ->
    [one] { $n } саат
   *[other] { $n } саат
}
pdf-field-protocol = Кармоо протоколу түзүлгөн
pdf-field-released-how = Кантип бошотулган
pdf-narrative-original = Анын баяны, өз сөзү менен (түп нуска тилинде)
pdf-narrative-translation = Анын баянынын котормосу
pdf-witnesses = Күбөлөр
pdf-col-pseudonym = Псевдоним
pdf-col-contact = Байланыш
pdf-col-willing = Көрсөтмө берүүгө даяр

## Аракеттер
pdf-acts-intro = Ар бир аракеттин жанында ага тийиштүү ченемдер көрсөтүлгөн, алар Casebook программасынын укуктар таблицасынан алынган. «Тийиштүү» дегени аракет ченемдин колдонуу чөйрөсүнө кирет дегенди билдирет; анын укук бузуу экенин юрист жана ишти караган орган чечет.
pdf-acts-of-incident = { $n }-окуя ({ $date })
pdf-act-title = { $n }-аракет: { $act }
pdf-field-act-group = Аракеттин тобу
pdf-field-intent = Болжолдуу максат
pdf-field-physical = Физикалык кесепеттер
pdf-field-psychological = Психологиялык кесепеттер
pdf-field-medical-attention = Медициналык жардам
pdf-field-perpetrators = Катышкан күнөөлүүлөр
pdf-field-rights = Тийиштүү укуктар
pdf-rights-summary = Бул иштеги тийиштүү укуктар
pdf-col-instrument = Документ
pdf-col-provisions = Ченемдер
pdf-col-acts = Аракеттер
pdf-right-article = { $instrument }, { $article }-берене
pdf-right-rule = { $instrument }, { $article }-эреже
pdf-right-paragraph = { $instrument }, { $article }-пункт
pdf-instrument-cat = КККК
pdf-instrument-iccpr = ЖСУЭП
pdf-instrument-icescr = ЭСМУЭП
pdf-instrument-echr = АУКЕК
pdf-instrument-echr-protocol-1 = АУКЕКтин № 1 протоколу
pdf-instrument-cedaw-gr-35 = CEDAW, № 35 жалпы сунуштама
pdf-instrument-bangkok-rules = Бангкок эрежелери
pdf-instrument-crc = БУК
pdf-instrument-name-cat = Кыйноолорго каршы конвенция (CAT)
pdf-instrument-name-iccpr = Жарандык жана саясий укуктар жөнүндө эл аралык пакт (ICCPR)
pdf-instrument-name-icescr = Экономикалык, социалдык жана маданий укуктар жөнүндө эл аралык пакт (ICESCR)
pdf-instrument-name-echr = Адам укуктарын коргоо жөнүндө Европалык конвенция (ECHR)
pdf-instrument-name-echr-protocol-1 = Адам укуктарын коргоо жөнүндө Европалык конвенциянын № 1 протоколу (ECHR)
pdf-instrument-name-cedaw-gr-35 = CEDAW комитетинин № 35 жалпы сунуштамасы
pdf-instrument-name-bangkok-rules = Камактагы аялдарга мамиле кылуу жөнүндө БУУнун эрежелери (Бангкок эрежелери)
pdf-instrument-name-crc = Баланын укуктары жөнүндө конвенция (CRC)

## Күнөөлүүлөр
pdf-perpetrator-title = Күнөөлүү адам { $n }
pdf-perpetrator-title-ref = Күнөөлүү адам { $n } ({ $ref })
pdf-field-agency = Мекеме
pdf-field-unit = Бөлүмү
pdf-field-rank = Наамы
pdf-field-name = Аты
pdf-field-badge = Төш белгисинин номери
pdf-field-uniformed = Формада болгон
pdf-field-vehicle = Унаанын мамлекеттик номери
pdf-field-count = Адамдардын саны
pdf-field-identifiable = Аларды кайра тааный алат
pdf-field-involvement = Окуядагы ролу

## Далилдер
pdf-medical = Медициналык документтер
pdf-field-exam-date = Текшерилген күнү
pdf-field-examiner = Текшерген адис
pdf-field-institution = Мекеме
pdf-field-findings = Корутундулар
pdf-field-consistency = Шайкештик (Стамбул протоколу)
pdf-col-body-region = Дененин бөлүгү
pdf-col-description = Сүрөттөмө
pdf-attachments = Тиркемелер
pdf-col-file = Файл
pdf-col-type-size = Түрү, көлөмү
pdf-col-times = Тартылган / алынган
pdf-col-received-by = Ким кабыл алды
pdf-captured = тартылган: { $time }
pdf-received = алынган: { $time }
pdf-photos = Сүрөттөр
pdf-photo-caption = { $n }-тиркеме: { $file }
pdf-photo-missing = (файл бул сактагычта жок)
pdf-photo-too-large = (файлга кыстаруу үчүн өтө чоң; түп нусканы караңыз)
pdf-photo-unreadable = (бул сүрөт форматын бул жерде көрсөтүү мүмкүн эмес; түп нусканы караңыз)

## Көрүлгөн чаралар
pdf-field-services = Көрсөтүлгөн кызматтар
pdf-referrals = Жолдомолор
pdf-complaints = Даттануулар
pdf-follow-ups = Кийинки кадамдар
pdf-col-to = Кайда
pdf-col-date = Дата
pdf-col-consent = Макулдук
pdf-col-outcome = Жыйынтык
pdf-col-body = Орган
pdf-col-filed = Берилген күнү
pdf-col-reference = Каттоо номери
pdf-col-deadline = Мөөнөтү
pdf-col-response = Жооп
pdf-col-done = Аткарылды
pdf-col-note = Эскертме

## Макулдук
pdf-consent-intro = Жапа чеккен аял эмнеге макул болгону, ар бир багыт боюнча, иште жазылгандай.
pdf-col-destination = Багыты
pdf-col-given = Берилди
pdf-col-named = Аты менен же анонимдүү
pdf-col-obtained-by = Ким сураган
pdf-col-revoked = Кайтарылып алынды

## Бүтүндүк
pdf-integrity-intro = Бул файл шифрленген Casebook сактагычындагы иштин бир редакциясынан түзүлгөн. Редакциянын идентификатору — ошол редакциянын мазмунунун жана тарыхынын SHA-256 хеши; төмөндөгү маалымат хеши — бул файл көрсөткөн нерселердин так өзүнүн, анын тили, профили жана редакциясы менен бирге алынган SHA-256 хеши.
pdf-integrity-intro-tagged = Бул файл шифрленген Casebook сактагычындагы иштин бир редакциясынан түзүлгөн. Ал псевдонимдештирилгендиктен, редакциялар белгилери менен көрсөтүлгөн: белги — редакциянын идентификаторунун ошол сактагычта гана сакталган купуя ачкыч менен эсептелген HMAC-SHA256 мааниси; ошондуктан сактагычы жок эч ким алар аркылуу божомолдогон атты текшере албайт. Төмөндөгү маалымат хеши — бул файл көрсөткөн нерселердин так өзүнүн, анын тили, профили жана редакциянын белгиси менен бирге алынган SHA-256 хеши.
pdf-field-case-id = Иштин идентификатору
pdf-field-audit-head = Аудит чынжырынын акыркы жазуусу
pdf-field-data-hash = Маалымат хеши (SHA-256)
pdf-history = Редакциялардын тарыхы
pdf-col-time = Убакыт
pdf-col-author = Автор
pdf-col-kind = Өзгөрүү
pdf-col-reason = Себеби
pdf-col-revision = Редакциянын идентификатору
pdf-col-revision-tag = Редакциянын белгиси
pdf-revision-kind-create = түзүлдү
pdf-revision-kind-edit = өзгөртүлдү
pdf-revision-kind-delete = өчүрүлдү
pdf-revision-kind-merge = бириктирилди
pdf-integrity-how = Файлда анын бардык байттарынын SHA-256 хеши да бар. Casebook программасындагы «Досьени текшерүү» (же «casebook verify-pdf ФАЙЛ» буйругу) файлды түзгөн сактагычта иштетилгенде эки хешти тең кайра эсептейт, аудит чынжырындагы жазууну тастыктайт жана редакцияны кайра түзөт; файл түзүлгөндөн кийин ага киргизилген ар кандай өзгөртүү билдирилет.

## Даталар жана сандар
pdf-date-exact = { $day }-{ $month } { $year }-ж.
pdf-date-month = { $month } { $year }-ж.
pdf-date-year = { $year }-ж.
pdf-date-range = болжол менен { $start } – { $end }
pdf-date-range-same-month = болжол менен { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } байт
pdf-size-kb = { $n } КБ
pdf-size-mb = { $n } МБ
pdf-month-gen-1 = январь
pdf-month-gen-2 = февраль
pdf-month-gen-3 = март
pdf-month-gen-4 = апрель
pdf-month-gen-5 = май
pdf-month-gen-6 = июнь
pdf-month-gen-7 = июль
pdf-month-gen-8 = август
pdf-month-gen-9 = сентябрь
pdf-month-gen-10 = октябрь
pdf-month-gen-11 = ноябрь
pdf-month-gen-12 = декабрь
pdf-month-nom-1 = январь
pdf-month-nom-2 = февраль
pdf-month-nom-3 = март
pdf-month-nom-4 = апрель
pdf-month-nom-5 = май
pdf-month-nom-6 = июнь
pdf-month-nom-7 = июль
pdf-month-nom-8 = август
pdf-month-nom-9 = сентябрь
pdf-month-nom-10 = октябрь
pdf-month-nom-11 = ноябрь
pdf-month-nom-12 = декабрь
