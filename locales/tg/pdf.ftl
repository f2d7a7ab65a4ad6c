# Маводи парванда барои ҳуқуқшинос (casebook-pdf). Идентификаторҳо: pdf-<чӣ>.

## Хатоҳо
pdf-error-consent = { $state ->
    [refused] Зарардида ба «Супоридан ба ҳуқуқшинос» ({ $consent }) розигӣ надод; маводи парвандаро таҳия кардан мумкин нест.
    [revoked] Зарардида розигии худро ба «Супоридан ба ҳуқуқшинос» ({ $consent }) бозпас гирифт; маводи парвандаро таҳия кардан мумкин нест.
   *[missing] Дар ин парванда розигии «Супоридан ба ҳуқуқшинос» ({ $consent }) нест; пеш аз таҳияи маводи парванда онро сабт кунед.
}
pdf-error-consent-anonymised-only = Зарардида розӣ шуд, ки ин парванда ба ҳуқуқшинос ({ $consent }) танҳо бе ном супорида шавад: ба ҷои ин маводи парвандаро бо тахаллус таҳия кунед.
pdf-error-unknown-language = Маводи парвандаро бо забони «{ $lang }» таҳия кардан мумкин нест; яке аз забонҳои менюро интихоб кунед.
pdf-error-unknown-profile = Профили пинҳонкунии номаълум «{ $profile }»: full ё pseudonymised-ро истифода баред.
pdf-error-font = Ҳуруфи дарунсохти { $font }-ро хондан ғайриимкон аст; барнома вайрон шудааст.
pdf-error-encode = Маълумоти парвандаро барои маводи парванда омода кардан муяссар нашуд.
pdf-error-write = Файлро навиштан муяссар нашуд: { $detail }
pdf-error-read = Файлро хондан муяссар нашуд: { $detail }
pdf-error-not-a-case-file = Ин маводи парвандаи Casebook нест, ё маълумоти тафтиши тамомияти он хориҷ карда шудааст.
pdf-error-newer-format = Ин маводи парванда дар формати маълумоти { $format } таҳия шудааст, ки ин версияи Casebook намедонад. Онро бо версияи навтар тафтиш кунед.
pdf-error-not-in-vault = Дар ин махзан таҳрире, ки файл аз он таҳия шудааст ({ $revision }), нест.
pdf-error-unknown-revision-tag = Дар ин махзан ягон таҳрири ин парванда тамғаи таҳрири файлро ({ $tag }) надорад. Маводи бо тахаллусро танҳо дар махзане тафтиш кардан мумкин аст, ки онро таҳия кардааст — ё тамға тағйир дода шудааст.
pdf-error-bad-audit-seq = Маълумоти тафтиши тамомияти маводи парванда вайрон шудааст: он сабти аудити { $seq }-ро ном мебарад, ки дар ягон махзан буда наметавонад. Файл тағйир дода шудааст ё аз ҷониби Casebook таҳия нашудааст.

## Сарлавҳаҳои саҳифа
pdf-confidential = МАХФӢ — МАВОДИ ҲУҚУҚИИ ПАРВАНДА
pdf-confidential-long = Махфӣ — маводи ҳуқуқии парванда. Дар он маълумоти шахсии ҳассос дар бораи зане, ки аз зӯроварӣ зарар дидааст, мавҷуд аст. Онро бе розигии ӯ берун аз гурӯҳи ҳуқуқӣ нусхабардорӣ накунед, нафиристед ва ошкор накунед.
pdf-page-n-of-m = Саҳифаи { $n } аз { $m }
pdf-footer-left = Casebook · таҳрири { $revision }
pdf-footer-left-tag = Casebook · тамғаи таҳрир { $revision }

## Муқова
pdf-cover-title = Маводи ҳуқуқии парванда
pdf-field-generated = Таҳия шуд
pdf-field-language = Забон
pdf-field-profile = Профили пинҳонкунӣ
pdf-field-organisation = Ташкилот
pdf-field-documenter = Ҳуҷҷатгузор
pdf-field-revision = Таҳрир
pdf-field-revision-tag = Тамғаи таҳрир
pdf-cover-note-full = Дар ин файл маълумоти шахсии зарардида мавҷуд аст. Он танҳо барои ҳуқуқшиноси худи ӯ таҳия шудааст.
pdf-cover-note-pseudonymised = Ин файл бо тахаллус аст: маълумоти шахсӣ ва тамосҳои ӯ, ном ва тамосҳои шоҳидон, номи ҳуқуқвайронкунандагон ва номи файлҳои замима хориҷ карда шудаанд, ва номи ӯ (дар ҳар шакл), рақамҳои телефон ва ҳуҷҷат ва санаи таваллуди ӯ дар ҳама ҷое, ки навишта шуда буданд, бо […] иваз карда шудаанд. Номи одамони дигарро, ки дар матни озод (ҳикояҳо, қайдҳо, хулосаҳо) навишта шудаанд, ба таври худкор шинохтан ғайриимкон аст ва онҳо тафтиш нашудаанд.
pdf-cover-verify = Оё ин файл тағйир наёфтааст ва ба сабте, ки аз он таҳия шудааст, мувофиқ аст, бо фармони «casebook verify-pdf» дар махзане, ки онро таҳия кардааст, тафтиш кардан мумкин аст (саҳифаи охиринро нигаред).

## Бахшҳо
pdf-section-summary = 1. Хулосаи мухтасар
pdf-section-chronology = 2. Хронологияи ҳодисаҳо
pdf-section-acts = 3. Амалҳо ва тавсифи ҳуқуқии онҳо
pdf-section-perpetrators = 4. Ҳуқуқвайронкунандагон
pdf-section-evidence = 5. Далелҳо
pdf-section-responses = 6. Чораҳои андешидашуда
pdf-section-consent = 7. Розигӣ
pdf-section-integrity = 8. Тамомияти ин файл

## Хулосаи мухтасар
pdf-summary-who = Зарардида
pdf-summary-case = Парванда
pdf-summary-deadlines = Мӯҳлатҳои кушода
pdf-field-pseudonym = Тахаллус
pdf-field-legal-name = Ному насаб тибқи ҳуҷҷат
pdf-field-date-of-birth = Санаи таваллуд
pdf-field-phone = Телефон
pdf-field-address = Суроға
pdf-field-id-document = Рақами ҳуҷҷати шахсият
pdf-field-age = Синну сол
pdf-field-gender = Гендер
pdf-field-residence = Ҷои зист
pdf-field-citizenship = Шаҳрвандӣ
pdf-stateless = Шахси бешаҳрванд
pdf-field-pregnant = Ҳангоми ҳодиса ҳомиладор буд
pdf-field-children = Фарзанд дорад
pdf-field-custody = Фарзандон дар куҷоянд
pdf-field-hiv = Вазъи ВНМО
pdf-field-on-art = Табобати зиддиретровирусӣ (ТЗР) мегирад
pdf-field-substances = Моддаҳои истеъмолшаванда
pdf-field-ost-client = Мизоҷи ТИО
pdf-field-harm-reduction = Мизоҷи барномаи коҳиши зарар
pdf-field-sex-work = Кори ҷинсӣ
pdf-field-disability = Маъюбӣ
pdf-field-homeless = Бе манзил
pdf-field-previous-incidents = Ҳодисаҳои пештара
pdf-field-when = Кай
pdf-field-where = Дар куҷо
pdf-field-what = Чӣ кор карда шуд
pdf-field-by-whom = Аз ҷониби кӣ
pdf-field-status = Вазъи ҷорӣ
pdf-field-intake-date = Санаи қабул
pdf-field-intake-channel = Парванда чӣ тавр ворид шуд
pdf-field-source = Манбаи маълумот
pdf-field-tags = Тамғаҳо
pdf-field-notes = Қайдҳо
pdf-deadline-complaint = Мӯҳлати ҷавоб ба шикоят ба: { $body }
pdf-col-due = Мӯҳлат
pdf-col-what = Чӣ
pdf-none = Сабт нашудааст.
pdf-yes = Ҳа
pdf-no = Не
pdf-withheld = пинҳон (файл бо тахаллус)

## Хронология
pdf-incident-title = Ҳодисаи { $n }: { $date }
pdf-field-date = Сана
pdf-field-date-precision = Дақиқии сана
pdf-field-time-of-day = Вақти шабонарӯз
pdf-field-place = Ҷой
pdf-field-location-type = Навъи ҷой
pdf-field-detained = Боздошт
pdf-field-detention-hours = Давомнокии нигоҳдорӣ
pdf-hours = { $n ->
   *[other] { $n } соат
}
pdf-field-protocol = Протоколи боздошт тартиб дода шуд
pdf-field-released-how = Ӯ чӣ тавр озод карда шуд
pdf-narrative-original = Ҳикояи ӯ, бо суханони худаш (бо забони аслӣ)
pdf-narrative-translation = Тарҷумаи ҳикояи ӯ
pdf-witnesses = Шоҳидон
pdf-col-pseudonym = Тахаллус
pdf-col-contact = Тамос
pdf-col-willing = Омода аст нишондод диҳад

## Амалҳо
pdf-acts-intro = Ҳар амал бо меъёрҳое, ки ба онҳо дахл дорад, аз ҷадвали ҳуқуқҳои Casebook оварда шудааст. «Дахл дорад» маънои онро дорад, ки амал ба доираи амали меъёр дохил мешавад; оё он вайронкунӣ ҳисоб мешавад, инро ҳуқуқшинос ва мақомоте, ки парвандаро баррасӣ мекунад, ҳал мекунанд.
pdf-acts-of-incident = Ҳодисаи { $n } ({ $date })
pdf-act-title = Амали { $n }: { $act }
pdf-field-act-group = Навъи амал
pdf-field-intent = Мақсади эҳтимолӣ
pdf-field-physical = Оқибатҳои ҷисмонӣ
pdf-field-psychological = Оқибатҳои равонӣ
pdf-field-medical-attention = Ёрии тиббӣ
pdf-field-perpetrators = Ҳуқуқвайронкунандагони иштирокдошта
pdf-field-rights = Ҳуқуқҳое, ки дахл доранд
pdf-rights-summary = Ҳуқуқҳое, ки дар ин парванда дахл доранд
pdf-col-instrument = Санад
pdf-col-provisions = Меъёрҳо
pdf-col-acts = Амалҳо
pdf-right-article = { $instrument }, моддаи { $article }
pdf-right-rule = { $instrument }, қоидаи { $article }
pdf-right-paragraph = { $instrument }, банди { $article }
pdf-instrument-cat = КЗШ
pdf-instrument-iccpr = ПБҲШС
pdf-instrument-icescr = ПБҲИИФ
pdf-instrument-echr = КАҲИ
pdf-instrument-echr-protocol-1 = Протоколи № 1 ба КАҲИ
pdf-instrument-cedaw-gr-35 = ТУ № 35 CEDAW
pdf-instrument-bangkok-rules = Қоидаҳои Бангкок
pdf-instrument-crc = КҲК
pdf-instrument-name-cat = Конвенсия зидди шиканҷа (КЗШ)
pdf-instrument-name-iccpr = Паймони байналмилалӣ дар бораи ҳуқуқҳои шаҳрвандӣ ва сиёсӣ (ПБҲШС)
pdf-instrument-name-icescr = Паймони байналмилалӣ дар бораи ҳуқуқҳои иқтисодӣ, иҷтимоӣ ва фарҳангӣ (ПБҲИИФ)
pdf-instrument-name-echr = Конвенсияи Аврупоӣ оид ба ҳифзи ҳуқуқи инсон (КАҲИ)
pdf-instrument-name-echr-protocol-1 = Протоколи № 1 ба КАҲИ
pdf-instrument-name-cedaw-gr-35 = Тавсияи умумии № 35 Кумитаи CEDAW (ТУ № 35)
pdf-instrument-name-bangkok-rules = Қоидаҳои СММ оид ба муносибат бо занони маҳбус (Қоидаҳои Бангкок)
pdf-instrument-name-crc = Конвенсия дар бораи ҳуқуқҳои кӯдак (КҲК)

## Ҳуқуқвайронкунандагон
pdf-perpetrator-title = Ҳуқуқвайронкунанда { $n }
pdf-perpetrator-title-ref = Ҳуқуқвайронкунанда { $n } ({ $ref })
pdf-field-agency = Идора
pdf-field-unit = Воҳид
pdf-field-rank = Рутба
pdf-field-name = Ном
pdf-field-badge = Рақами нишони хизматӣ
pdf-field-uniformed = Дар либоси расмӣ
pdf-field-vehicle = Рақами давлатии мошин
pdf-field-count = Шумораи одамон
pdf-field-identifiable = Ӯ онҳоро дубора шинохта метавонист
pdf-field-involvement = Нақш дар ҳодиса

## Далелҳо
pdf-medical = Ҳуҷҷатҳои тиббӣ
pdf-field-exam-date = Санаи муоина
pdf-field-examiner = Кӣ муоина кард
pdf-field-institution = Муассиса
pdf-field-findings = Хулоса
pdf-field-consistency = Мувофиқат (Протоколи Истанбул)
pdf-col-body-region = Қисми бадан
pdf-col-description = Тавсиф
pdf-attachments = Замимаҳо
pdf-col-file = Файл
pdf-col-type-size = Навъ, андоза
pdf-col-times = Гирифта шуд / қабул шуд
pdf-col-received-by = Кӣ қабул кард
pdf-captured = гирифта шуд { $time }
pdf-received = қабул шуд { $time }
pdf-photos = Аксҳо
pdf-photo-caption = Замимаи { $n }: { $file }
pdf-photo-missing = (файл дар ин махзан нест)
pdf-photo-too-large = (барои ҷойгир кардан аз ҳад калон аст; нусхаи аслиро нигаред)
pdf-photo-unreadable = (ин формати тасвирро дар ин ҷо нишон додан ғайриимкон аст; нусхаи аслиро нигаред)

## Чораҳои андешидашуда
pdf-field-services = Хизматрасониҳои расонидашуда
pdf-referrals = Равонакуниҳо
pdf-complaints = Шикоятҳо
pdf-follow-ups = Қадамҳои минбаъда
pdf-col-to = Ба куҷо
pdf-col-date = Сана
pdf-col-consent = Розигӣ
pdf-col-outcome = Натиҷа
pdf-col-body = Мақомот
pdf-col-filed = Пешниҳод шуд
pdf-col-reference = Рақам
pdf-col-deadline = Мӯҳлат
pdf-col-response = Ҷавоб
pdf-col-done = Иҷро шуд
pdf-col-note = Қайд

## Розигӣ
pdf-consent-intro = Зарардида ба чӣ розӣ шуд, барои ҳар гиранда алоҳида, тавре ки дар парванда сабт шудааст.
pdf-col-destination = Гиранда
pdf-col-given = Дода шуд
pdf-col-named = Бо ном ё бе ном
pdf-col-obtained-by = Кӣ гирифт
pdf-col-revoked = Бозпас гирифта шуд

## Тамомият
pdf-integrity-intro = Ин файл аз як таҳрири парванда дар махзани рамзгузоришудаи Casebook таҳия шудааст. Идентификатори таҳрир хеши SHA-256-и мундариҷа ва таърихи он таҳрир аст; хеши маълумоти дар поён овардашуда хеши SHA-256-и айнан он чизест, ки ин файл нишон медиҳад, якҷоя бо забон, профил ва таҳрири он.
pdf-integrity-intro-tagged = Ин файл аз як таҳрири парванда дар махзани рамзгузоришудаи Casebook таҳия шудааст. Азбаски он бо тахаллус аст, таҳрирҳо бо тамғаҳояшон нишон дода шудаанд: HMAC-SHA256-и идентификатори таҳрир бо сире, ки танҳо дар он махзан нигоҳ дошта мешавад, то ҳеҷ кас бе махзан номи тахминкардаро бо онҳо санҷида натавонад. Хеши маълумоти дар поён овардашуда хеши SHA-256-и айнан он чизест, ки ин файл нишон медиҳад, якҷоя бо забон, профил ва тамғаи таҳрири он.
pdf-field-case-id = Идентификатори парванда
pdf-field-audit-head = Сабти охирини занҷири аудит
pdf-field-data-hash = Хеши маълумот (SHA-256)
pdf-history = Таърихи таҳрирҳо
pdf-col-time = Вақт
pdf-col-author = Муаллиф
pdf-col-kind = Тағйир
pdf-col-reason = Сабаб
pdf-col-revision = Идентификатори таҳрир
pdf-col-revision-tag = Тамғаи таҳрир
pdf-revision-kind-create = сохта шуд
pdf-revision-kind-edit = тағйир ёфт
pdf-revision-kind-delete = нест карда шуд
pdf-revision-kind-merge = муттаҳид карда шуд
pdf-integrity-how = Файл инчунин хеши SHA-256-и ҳамаи байтҳои худро дорад. «Тафтиши маводи парванда» дар Casebook (ё фармони «casebook verify-pdf ФАЙЛ»), ки дар махзани таҳиякунанда иҷро мешавад, ҳар ду хешро аз нав ҳисоб мекунад, сабти занҷири аудитро тасдиқ мекунад ва таҳрирро аз нав таҳия мекунад; ҳар тағйире, ки пас аз таҳия ба файл дохил карда шудааст, ошкор мегардад.

## Санаҳо ва ададҳо
pdf-date-exact = { $day } { $month } соли { $year }
pdf-date-month = { $month }и соли { $year }
pdf-date-year = соли { $year }
pdf-date-range = тақрибан { $start } – { $end }
pdf-date-range-same-month = тақрибан { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } байт
pdf-size-kb = { $n } КБ
pdf-size-mb = { $n } МБ
pdf-month-gen-1 = январи
pdf-month-gen-2 = феврали
pdf-month-gen-3 = марти
pdf-month-gen-4 = апрели
pdf-month-gen-5 = майи
pdf-month-gen-6 = июни
pdf-month-gen-7 = июли
pdf-month-gen-8 = августи
pdf-month-gen-9 = сентябри
pdf-month-gen-10 = октябри
pdf-month-gen-11 = ноябри
pdf-month-gen-12 = декабри
pdf-month-nom-1 = январ
pdf-month-nom-2 = феврал
pdf-month-nom-3 = март
pdf-month-nom-4 = апрел
pdf-month-nom-5 = май
pdf-month-nom-6 = июн
pdf-month-nom-7 = июл
pdf-month-nom-8 = август
pdf-month-nom-9 = сентябр
pdf-month-nom-10 = октябр
pdf-month-nom-11 = ноябр
pdf-month-nom-12 = декабр
