# Устоди қабул (ui/src/screens/Intake.svelte ва ui/src/components/casework/).
# Ба ҳар савол ҷавоб надодан мумкин аст; танҳо тахаллус ва розигӣ ба ҳуҷҷатгузорӣ ҳатмӣ мебошанд.

in-title = Қабули нав
in-steps = Қадамҳои суҳбат
in-saved-at = Соати { $time } дар махзан нигоҳ дошта шуд
in-not-saved-yet = Ҳанӯз ҳеҷ чиз сабт нашудааст
in-step-problems = { $count ->
   *[other] Дар ин қадам { $count } эрод ҳаст
}

in-step-consent = Розигӣ
in-step-survivor = Зарардида
in-step-incidents = Ҳодисаҳо
in-step-acts = Чӣ кор карда шуд
in-step-perpetrators = Ҳуқуқвайронкунандагон
in-step-evidence = Далелҳо
in-step-responses = Кӯмак ва чораҳо
in-step-review = Тафтиш

in-hint-consent = Аввал пурсед, ки оё ӯ умуман розӣ аст, ки ин сабт карда шавад. Бе ин розигӣ ҳеҷ чизро нигоҳ доштан мумкин нест. Баъд дар бораи ҳар истифодаи дигар пурсед.
in-hint-survivor = Танҳо тахаллус лозим аст. Ба ҳамаи саволҳои дигар ҷавоб надодан мумкин аст.
in-hint-incidents = Барои ҳар ҳодиса як блок. Сана метавонад дақиқ, моҳ, сол ё фосилаи вақт бошад.
in-hint-acts = Қайд кунед, ки дар ҳар ҳодиса чӣ кор карда шуд; тафсилотро холӣ гузоштан мумкин аст.
in-hint-perpetrators = Тавсиф кунед, ки кӣ ин корро кардааст, то ҷое ки ӯ медонад ё гуфтан мехоҳад.
in-hint-evidence = Аксҳо, сканҳо, сабтҳо ва хулосаҳои тиббӣ. Файлҳо дар махзан дар шакли рамзгузоришуда нигоҳ дошта мешаванд.
in-hint-responses = Барои ӯ чӣ кор карда шуд ва минбаъд чӣ бояд шавад.
in-hint-review = Он чиро, ки сабт шудааст, тафтиш кунед. Ҳама чизро баъдтар ҳам тағйир додан мумкин аст.

in-next = Баъдӣ
in-back = Бозгашт
in-skip = Гузаштан аз ин қадам
in-to-review = Ба тафтиш
in-finish = Нигоҳ доштани парванда
in-finishing = Нигоҳ дошта мешавад…
in-stop = Дар ин ҷо қатъ кардан (баъдтар давом додан)
in-discard = Нест кардани ин сиёҳнавис
in-discard-confirm = Ҳама чизеро, ки дар ин сиёҳнавис сабт шудааст, нест кунем?
in-discard-yes = Ҳа, нест кунед
in-discard-no = Не, нигоҳ доред

in-about-interview = Дар бораи ин суҳбат
in-intake-date = Санаи суҳбат
in-documenter = Ҳуҷҷатгузор (тахаллуси шумо)
in-organisation = Ташкилот

in-consent-title = Розигӣ
in-consent-intro = Барои ҳар истифода як ҷавоб сабт кунед. Саволи бе ҷавоб маънои «напурсидаанд»-ро дорад; ӯ метавонад баъдтар фикрашро иваз кунад.
in-consent-required = барои нигоҳ доштани парванда лозим аст
in-consent-not-asked = Ҳанӯз напурсидаанд
in-consent-yes = Ӯ розӣ аст
in-consent-no = Ӯ розӣ нест
in-consent-date = Санаи розигӣ
in-consent-obtained-by = Кӣ пурсид
in-consent-gate = Аввал дар бораи розигӣ ба ҳуҷҷатгузорӣ пурсед; қадамҳои дигар баъд аз розигии ӯ кушода мешаванд.
in-consent-refused = Ӯ розӣ нест, ки ин ҳуҷҷатгузорӣ карда шавад. Ҳеҷ чизро нигоҳ доштан мумкин нест: сиёҳнависро нест кунед.

in-survivor-title = Зарардида
in-pseudonym = Тахаллус ё номи рамзӣ
in-pseudonym-hint = На номи аслии ӯ. Маълумоти шахсии аслӣ, агар умуман лозим бошад, дар блоки ҳифзшудаи поён навишта мешавад.
in-age = Синни дақиқ
in-citizenship = Шаҳрвандӣ (коди кишвар)
in-stateless = Бешаҳрванд
in-situation-title = Вазъи ӯ
in-skip-hint = Танҳо он чиро пурсед, ки ӯ бе нороҳатӣ ҷавоб дода метавонад.
in-pregnant = Ҳангоми ҳодиса ҳомиладор буд
in-has-children = Фарзанд дорад
in-on-art = Табобати зиддиретровирусӣ (ТЗР) мегирад
in-ost-client = Мизоҷи табобати ивазкунандаи опиоидӣ (ТИО)
in-harm-reduction-client = Мизоҷи барномаи коҳиши зарар
in-sex-work = Кори ҷинсӣ
in-disability = Маъюбӣ
in-homeless = Бе манзил
in-previous-incidents = Ҳодисаҳои пештара (шумора)
in-identity-title = Маълумоти шахсии аслӣ (ҳифзшуда)
in-identity-hint = Ба ҳеҷ файли супоридашаванда ё беномшуда дохил намешавад. Танҳо вақте пур кунед, ки ӯ инро мехоҳад ва ҳуқуқшинос ба он ниёз дорад.
in-legal-name = Ном тибқи ҳуҷҷат
in-date-of-birth = Санаи таваллуд
in-phone = Телефон
in-address = Суроға
in-id-document = Рақами ҳуҷҷати шахсият

in-incidents-empty = Ҳанӯз ягон ҳодиса сабт нашудааст.
in-incident-n = Ҳодисаи { $n }
in-incident-date = Кай рӯй дод
in-narrative = Чӣ рӯй дод, бо суханони худи ӯ
in-narrative-hint = Бо забоне, ки ӯ гап мезанад; тарҷумаро дар поён илова кардан мумкин аст.
in-narrative-translation = Тарҷума
in-detention = Боздошт
in-detained = Оё ӯ боздошт шуд
in-duration-hours = Чӣ қадар вақт (соат)
in-protocol = Оё протоколи боздошт тартиб дода шуд
in-released-how = Ӯ чӣ тавр озод карда шуд
in-witnesses = Шоҳидон
in-witness-pseudonym = Шоҳид (тахаллус)
in-witness-contact = Чӣ тавр бо ӯ тамос гирифтан мумкин
in-witness-willing = Омода аст нишондод диҳад
in-add-witness = Илова кардани шоҳид
in-add-incident = Илова кардани ҳодиса
in-remove-incident = Нест кардани ин ҳодиса

in-acts-no-incident = Аввал ҳодисаро сабт кунед; амалҳои он дар ин ҷо қайд карда мешаванд.
in-act-perpetrators = Кӣ ин корро кард
in-new-perpetrator = Ҳуқуқвайронкунандаи нав
in-physical-consequences = Оқибатҳои ҷисмонӣ
in-psychological-consequences = Оқибатҳои равонӣ

in-perpetrators-empty = Ҳанӯз ягон ҳуқуқвайронкунанда сабт нашудааст.
in-perpetrator-n = Ҳуқуқвайронкунанда { $ref }
in-unit = Воҳид
in-rank = Рутба
in-badge = Рақами нишони хизматӣ
in-perp-name = Ном (ҳифзшуда)
in-vehicle = Рақами давлатии мошин
in-uniformed = Дар либоси расмӣ
in-count = Чанд нафар
in-identifiable = Ӯ онҳоро дубора шинохта метавонист
in-add-perpetrator = Илова кардани ҳуқуқвайронкунанда
in-remove-perpetrator = Нест кардани ин ҳуқуқвайронкунанда

in-medical = Ҳуҷҷатҳои тиббӣ
in-examiner = Кӣ муоина кард
in-institution = Муассиса
in-date = Сана
in-findings = Хулоса
in-body-regions = Ҷароҳатҳо аз рӯи қисмҳои бадан
in-mark-description = Дар он ҷо чӣ дида мешавад
in-add-medical = Илова кардани муоинаи тиббӣ

in-services-given = Хизматрасониҳое, ки ӯ гирифт
in-referrals = Равонакуниҳо
in-referral-to = Ба куҷо равона шуд
in-referral-consent = Ӯ ба равонакунӣ розӣ шуд
in-outcome = Натиҷа
in-add-referral = Илова кардани равонакунӣ
in-complaints = Шикоятҳо
in-date-filed = Санаи пешниҳод
in-reference-number = Рақами бақайдгирӣ
in-deadline = Мӯҳлат
in-add-complaint = Илова кардани шикоят
in-follow-ups = Қадамҳои минбаъда
in-follow-ups-hint = Масалан, экспертизаи судӣ-тиббӣ то даме ки ҷароҳатҳо ҳанӯз намоёнанд, ё мӯҳлати шикоят аз қарор.
in-due = Мӯҳлат то
in-note = Чӣ бояд кард
in-done-on = Иҷро шуд
in-add-follow-up = Илова кардани қадами минбаъда

in-review-problems = { $count ->
    [1] Пеш аз нигоҳ доштани парванда як ҷавобро бояд бори дигар дида бароед:
   *[other] Пеш аз нигоҳ доштани парванда { $count } ҷавобро бояд бори дигар дида бароед:
}
