# Калимаҳо барои луғатҳои назоратшавандаи сабти парванда (crates/casebook-core/src/vocab.rs).
# Идентификаторҳо: vocab-<рӯйхат>-<код>; номи рӯйхатҳо: vocab-list-<рӯйхат>. Кодҳо ҳеҷ гоҳ тағйир намеёбанд; танҳо ин калимаҳо тағйир меёбанд.


## status

vocab-list-status = Вазъи парванда
vocab-status-draft = Сиёҳнавис
vocab-status-open = Кушода
vocab-status-referred = Равона шудааст
vocab-status-closed = Пӯшида
vocab-status-sealed = Мӯҳршуда (ҳамчун далел қулф шудааст)

## intake-channel

vocab-list-intake-channel = Роҳи муроҷиат
vocab-intake-channel-drop-in = Маркази дроп-ин
vocab-intake-channel-outreach = Аутрич (кор дар ҷомеа)
vocab-intake-channel-hotline = Хати боварӣ
vocab-intake-channel-lawyer = Тавассути ҳуқуқшинос
vocab-intake-channel-peer-report = Машваратчии ҳамто хабар дод
vocab-intake-channel-self-report = Худаш муроҷиат кард
vocab-intake-channel-other = Дигар

## source-reliability

vocab-list-source-reliability = Манбаи маълумот
vocab-source-reliability-first-hand = Аз худи зарардида
vocab-source-reliability-witness = Шоҳид
vocab-source-reliability-second-hand = Аз гуфтаи дигарон
vocab-source-reliability-unknown = Номаълум
vocab-source-reliability-other = Дигар

## age-band

vocab-list-age-band = Гурӯҳи синнусолӣ
vocab-age-band-under-18 = То 18
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 ва болотар

## gender

vocab-list-gender = Гендер
vocab-gender-woman = Зан
vocab-gender-trans-woman = Зани трансгендер
vocab-gender-non-binary = Шахси ғайрибинарӣ
vocab-gender-other = Дигар

## hiv-status

vocab-list-hiv-status = Вазъи ВНМО
vocab-hiv-status-positive = ВНМО-мусбат
vocab-hiv-status-negative = ВНМО-манфӣ
vocab-hiv-status-unknown = Номаълум
vocab-hiv-status-not-disclosed = Нагуфтааст

## substance

vocab-list-substance = Моддаҳои истеъмолшаванда
vocab-substance-opioids = Опиоидҳо
vocab-substance-stimulants = Стимуляторҳо
vocab-substance-methadone-buprenorphine-ost = Метадон / бупренорфин (ТИО)
vocab-substance-new-psychoactive-substances = Моддаҳои нави психоактивӣ
vocab-substance-alcohol = Машрубот
vocab-substance-other = Дигар

## child-custody-status

vocab-list-child-custody-status = Фарзандон дар куҷоянд
vocab-child-custody-status-with-survivor = Бо ӯ
vocab-child-custody-status-with-relatives = Дар назди хешовандон
vocab-child-custody-status-state-care = Дар муассисаи давлатӣ
vocab-child-custody-status-removed = Мақомоти васояту парасторӣ гирифтаанд
vocab-child-custody-status-not-applicable = Дахл надорад
vocab-child-custody-status-other = Дигар

## location-type

vocab-list-location-type = Ҷои ҳодиса
vocab-location-type-street = Кӯча
vocab-location-type-home = Хона
vocab-location-type-police-vehicle = Мошини хизматии милитсия
vocab-location-type-police-station = Шӯъбаи милитсия
vocab-location-type-temporary-detention = Изолятори нигоҳдории муваққатӣ (ИВС)
vocab-location-type-pre-trial-detention = Тавқифгоҳи тафтишотӣ (СИЗО)
vocab-location-type-harm-reduction-site = Нуқтаи коҳиши зарар
vocab-location-type-ost-site = Нуқтаи ТИО
vocab-location-type-pharmacy = Дорухона
vocab-location-type-hospital = Беморхона
vocab-location-type-court = Суд
vocab-location-type-other = Дигар

## time-of-day

vocab-list-time-of-day = Вақти шабонарӯз
vocab-time-of-day-morning = Субҳ
vocab-time-of-day-day = Рӯз
vocab-time-of-day-evening = Бегоҳ
vocab-time-of-day-night = Шаб

## date-precision

vocab-list-date-precision = Дақиқии сана
vocab-date-precision-exact = Санаи дақиқ
vocab-date-precision-month = Танҳо моҳ
vocab-date-precision-year = Танҳо сол
vocab-date-precision-range = Байни ду сана

## tri-state

vocab-list-tri-state = Ҳа / не / номаълум
vocab-tri-state-yes = Ҳа
vocab-tri-state-no = Не
vocab-tri-state-unknown = Номаълум

## act-type

vocab-list-act-type = Навъи амал
vocab-act-type-beating = Лату кӯб
vocab-act-type-asphyxiation = Буғӣ кардан (халта, противогаз, фишурдани гулӯ)
vocab-act-type-electric-shock = Шиканҷа бо ҷараёни барқ
vocab-act-type-stress-positions = Нигоҳ доштан дар ҳолатҳои азобовар
vocab-act-type-burns = Сӯзондан
vocab-act-type-use-of-weapon = Истифодаи силоҳ
vocab-act-type-other-physical = Дигар зӯроварии ҷисмонӣ
vocab-act-type-rape = Таҷовуз ба номус
vocab-act-type-sexual-assault = Ҳамлаи ҷинсӣ
vocab-act-type-sex-for-release = Талаби алоқаи ҷинсӣ барои озод кардан
vocab-act-type-forced-undressing = Маҷбур кардан ба кашидани либос
vocab-act-type-search-by-male-officers = Кофтукови шахсӣ аз ҷониби кормандони мард
vocab-act-type-sexual-harassment = Таъқиби ҷинсӣ
vocab-act-type-threats = Таҳдидҳо
vocab-act-type-humiliation = Таҳқир
vocab-act-type-threat-child-custody = Таҳдиди гирифтани фарзандон
vocab-act-type-threat-disclose-hiv-status = Таҳдиди ошкор кардани вазъи ВНМО
vocab-act-type-threat-disclose-drug-use = Таҳдиди ошкор кардани истеъмоли маводи мухаддир
vocab-act-type-insults = Дашном ва ҳақорат
vocab-act-type-detention-without-protocol = Боздошт бе протокол
vocab-act-type-detention-beyond-limit = Боздошт аз мӯҳлати қонунӣ зиёд
vocab-act-type-arrest-for-syringes = Боздошт барои доштани шприц
vocab-act-type-planted-drugs = Пинҳонӣ гузоштани маводи мухаддир
vocab-act-type-fabricated-charges = Айбдоркунии сохта
vocab-act-type-forced-confession = Маҷбур кардан ба иқрор шудан
vocab-act-type-forced-testimony = Маҷбур кардан ба додани нишондод зидди дигарон
vocab-act-type-informant-recruitment = Фишор барои хабаррасон шудан
vocab-act-type-pressure-against-partner = Фишор барои додани нишондод зидди шарики ӯ
vocab-act-type-extortion-bribe = Тамаъҷӯӣ / талаби пора
vocab-act-type-confiscation-money = Гирифтани пул
vocab-act-type-confiscation-phone = Гирифтани телефон
vocab-act-type-confiscation-syringes = Гирифтани шприцҳо
vocab-act-type-confiscation-naloxone = Гирифтани налоксон
vocab-act-type-confiscation-ost-medicine = Гирифтани доруҳои ТИО
vocab-act-type-ost-denied-in-custody = Рад кардани ТИО дар ҳабс
vocab-act-type-withdrawal-as-coercion = Истифодаи ҳолати абстиненсия барои фишор
vocab-act-type-medical-care-refused = Рад кардани ёрии тиббӣ
vocab-act-type-forced-drug-test = Санҷиши маҷбурӣ ба маводи мухаддир
vocab-act-type-forced-hiv-test = Санҷиши маҷбурӣ ба ВНМО
vocab-act-type-forced-narcological-registration = Маҷбуран ба қайди наркологӣ гирифтан
vocab-act-type-hiv-status-disclosed = Ошкор кардани вазъи ВНМО
vocab-act-type-lawyer-refused = Рад кардани ҳимоятгар (адвокат)
vocab-act-type-rights-not-read = Ҳуқуқҳо фаҳмонда нашуданд
vocab-act-type-relatives-not-notified = Ба хешовандон хабар дода нашуд
vocab-act-type-forced-signature = Маҷбур кардан ба имзои ҳуҷҷатҳо
vocab-act-type-signed-without-understanding = Бе фаҳмидани мазмун имзо кард
vocab-act-type-interpreter-refused = Рад кардани тарҷумон
vocab-act-type-child-removed = Фарзандро гирифтанд
vocab-act-type-child-removal-threatened = Таҳдиди гирифтани фарзанди ӯ
vocab-act-type-death-in-custody = Фавт дар ҳабс
vocab-act-type-other = Дигар

## act-group

vocab-list-act-group = Гурӯҳи амалҳо
vocab-act-group-physical = Зӯроварии ҷисмонӣ
vocab-act-group-sexual = Зӯроварии ҷинсӣ
vocab-act-group-psychological = Зӯроварии равонӣ
vocab-act-group-liberty = Маҳрум кардан аз озодӣ
vocab-act-group-coercion = Маҷбуркунӣ
vocab-act-group-economic = Зӯроварии иқтисодӣ
vocab-act-group-health = Саломатӣ
vocab-act-group-procedure = Вайрон кардани тартиби мурофиавӣ
vocab-act-group-custody = Фарзандон ва васоят
vocab-act-group-death-in-custody = Фавт дар ҳабс
vocab-act-group-other = Дигар

## intent

vocab-list-intent = Мақсади эҳтимолӣ
vocab-intent-information = Гирифтани маълумот
vocab-intent-confession = Гирифтани иқрор
vocab-intent-intimidation = Тарсондан
vocab-intent-punishment = Ҷазо додан
vocab-intent-extortion = Тамаъҷӯӣ
vocab-intent-sexual-gratification = Қонеъ кардани ҳаваси ҷинсӣ
vocab-intent-unknown = Номаълум
vocab-intent-other = Дигар

## medical-attention

vocab-list-medical-attention = Ёрии тиббӣ
vocab-medical-attention-none = Нагирифт
vocab-medical-attention-refused = Рад карда шуд
vocab-medical-attention-first-aid = Ёрии аввалин
vocab-medical-attention-hospital = Беморхона
vocab-medical-attention-forensic-exam = Экспертизаи судӣ-тиббӣ
vocab-medical-attention-other = Дигар

## agency

vocab-list-agency = Идора
vocab-agency-patrol-police = Милитсияи патрулӣ-постӣ
vocab-agency-criminal-investigation = Шӯъбаи ҷустуҷӯи ҷиноӣ
vocab-agency-drug-control-unit = Воҳиди мубориза бо маводи мухаддир
vocab-agency-traffic-police = Нозироти давлатии автомобилӣ
vocab-agency-special-forces = Қисми махсус
vocab-agency-pre-trial-detention-staff = Кормандони СИЗО / ИВС
vocab-agency-prison-staff = Кормандони муассисаи ислоҳӣ
vocab-agency-prosecutor = Прокуратура
vocab-agency-narcology-staff = Кормандони хадамоти наркологӣ
vocab-agency-medical-staff = Кормандони тиббӣ
vocab-agency-other = Дигар

## involvement

vocab-list-involvement = Нақш дар ҳодиса
vocab-involvement-perpetrated = Амалро содир кард
vocab-involvement-ordered = Фармон дод
vocab-involvement-present = Ҳозир буд
vocab-involvement-failed-to-intervene = Дахолат накард
vocab-involvement-other = Дигар

## consistency

vocab-list-consistency = Мувофиқати хулосаҳо (Протоколи Истанбул)
vocab-consistency-not-consistent = Мувофиқ нест
vocab-consistency-consistent = Мувофиқ аст
vocab-consistency-highly-consistent = Ба дараҷаи баланд мувофиқ аст
vocab-consistency-typical = Хос аст
vocab-consistency-diagnostic = Аҳамияти ташхисӣ дорад

## body-region

vocab-list-body-region = Қисми бадан
vocab-body-region-head = Сар
vocab-body-region-face = Рӯй
vocab-body-region-neck = Гардан
vocab-body-region-chest = Сина
vocab-body-region-abdomen = Шикам
vocab-body-region-upper-back = Қисми болоии пушт
vocab-body-region-lower-back = Камар
vocab-body-region-left-arm = Бозуи чап
vocab-body-region-right-arm = Бозуи рост
vocab-body-region-left-hand = Панҷаи дасти чап
vocab-body-region-right-hand = Панҷаи дасти рост
vocab-body-region-genitals = Узвҳои таносул
vocab-body-region-buttocks = Сурин
vocab-body-region-left-leg = Пои чап
vocab-body-region-right-leg = Пои рост
vocab-body-region-feet = Кафи пой
vocab-body-region-other = Дигар

## service

vocab-list-service = Хизматрасониҳои расонидашуда
vocab-service-legal-consultation = Машварати ҳуқуқӣ
vocab-service-legal-representation = Намояндагии ҳуқуқӣ
vocab-service-medical = Ёрии тиббӣ
vocab-service-psychosocial = Дастгирии равонӣ-иҷтимоӣ
vocab-service-shelter = Паноҳгоҳ
vocab-service-ost-continuity = Идомаи ТИО
vocab-service-harm-reduction-supplies = Маводи коҳиши зарар
vocab-service-peer-support = Дастгирии ҳамтоён
vocab-service-other = Дигар

## complaint-body

vocab-list-complaint-body = Шикоят ба куҷо пешниҳод шуд
vocab-complaint-body-police-internal-affairs = Хадамоти амнияти дохилии милитсия
vocab-complaint-body-prosecutor = Прокуратура
vocab-complaint-body-ombudsman = Ваколатдор оид ба ҳуқуқи инсон
vocab-complaint-body-court = Суд
vocab-complaint-body-un-special-procedure = Расмиёти махсуси СММ
vocab-complaint-body-un-treaty-body = Мақоми шартномавии СММ
vocab-complaint-body-other = Дигар

## complaint-response

vocab-list-complaint-response = Ҷавоб ба шикоят
vocab-complaint-response-favourable = Мусбат
vocab-complaint-response-rejected = Рад шуд
vocab-complaint-response-no-response = Ҷавоб нест
vocab-complaint-response-pending = Интизор аст
vocab-complaint-response-other = Дигар

## complaint-outcome

vocab-list-complaint-outcome = Натиҷаи шикоят
vocab-complaint-outcome-criminal-case-opened = Парвандаи ҷиноятӣ оғоз шуд
vocab-complaint-outcome-refused-to-open = Аз оғози парванда даст кашиданд
vocab-complaint-outcome-disciplinary-action = Ҷазои интизомӣ
vocab-complaint-outcome-compensation = Ҷуброн
vocab-complaint-outcome-none = Бе натиҷа
vocab-complaint-outcome-other = Дигар

## consent-destination

vocab-list-consent-destination = Розигӣ ба
vocab-consent-destination-documentation = Ҳуҷҷатгузорӣ (нигоҳ доштани сабт)
vocab-consent-destination-lawyer = Супоридан ба ҳуқуқшинос
vocab-consent-destination-organisation-network-stats = Омори шабака (танҳо ҷамъбастӣ)
vocab-consent-destination-national-bodies = Мақомоти миллӣ
vocab-consent-destination-un-special-procedures = Расмиёти махсуси СММ
vocab-consent-destination-un-treaty-bodies = Мақомоти шартномавии СММ
vocab-consent-destination-media-advocacy-anonymised = ВАО ва ҳимояи ҳуқуқ (бе ном)

## named-or-anonymised

vocab-list-named-or-anonymised = Бо ном ё бе ном
vocab-named-or-anonymised-named = Бо ном
vocab-named-or-anonymised-anonymised = Бе ном

## redaction-profile

vocab-list-redaction-profile = Профили пинҳонкунӣ
vocab-redaction-profile-full = Пурра (ҳама чиз, барои ҳуқуқшиноси ӯ)
vocab-redaction-profile-pseudonymised = Бо тахаллус
vocab-redaction-profile-aggregate = Танҳо омори ҷамъбастӣ

## media-kind

vocab-list-media-kind = Навъи файл
vocab-media-kind-photo = Акс
vocab-media-kind-scan = Скан
vocab-media-kind-audio = Аудио
vocab-media-kind-video = Видео
vocab-media-kind-document = Ҳуҷҷат
vocab-media-kind-other = Дигар
