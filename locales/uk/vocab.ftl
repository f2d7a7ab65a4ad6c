# Слова для контрольованих словників запису справи (crates/casebook-core/src/vocab.rs).
# Ідентифікатори: vocab-<список>-<код>; назви списків: vocab-list-<список>.


## status

vocab-list-status = Статус справи
vocab-status-draft = Чернетка
vocab-status-open = Відкрито
vocab-status-referred = Передано
vocab-status-closed = Закрито
vocab-status-sealed = Опечатано (заблоковано як доказ)

## intake-channel

vocab-list-intake-channel = Канал звернення
vocab-intake-channel-drop-in = Дроп-ін центр
vocab-intake-channel-outreach = Аутріч
vocab-intake-channel-hotline = Гаряча лінія
vocab-intake-channel-lawyer = Через юриста
vocab-intake-channel-peer-report = Повідомила рівна консультантка
vocab-intake-channel-self-report = Звернулася сама
vocab-intake-channel-other = Інше

## source-reliability

vocab-list-source-reliability = Джерело інформації
vocab-source-reliability-first-hand = З перших вуст (постраждала)
vocab-source-reliability-witness = Свідок
vocab-source-reliability-second-hand = З чужих слів
vocab-source-reliability-unknown = Невідомо
vocab-source-reliability-other = Інше

## age-band

vocab-list-age-band = Вікова група
vocab-age-band-under-18 = До 18
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 і старше

## gender

vocab-list-gender = Гендер
vocab-gender-woman = Жінка
vocab-gender-trans-woman = Трансгендерна жінка
vocab-gender-non-binary = Небінарна особа
vocab-gender-other = Інше

## hiv-status

vocab-list-hiv-status = ВІЛ-статус
vocab-hiv-status-positive = ВІЛ-позитивний
vocab-hiv-status-negative = ВІЛ-негативний
vocab-hiv-status-unknown = Невідомо
vocab-hiv-status-not-disclosed = Не повідомила

## substance

vocab-list-substance = Речовини, що вживаються
vocab-substance-opioids = Опіоїди
vocab-substance-stimulants = Стимулятори
vocab-substance-methadone-buprenorphine-ost = Метадон / бупренорфін (ЗПТ)
vocab-substance-new-psychoactive-substances = Нові психоактивні речовини
vocab-substance-alcohol = Алкоголь
vocab-substance-other = Інше

## child-custody-status

vocab-list-child-custody-status = З ким перебувають діти
vocab-child-custody-status-with-survivor = З нею
vocab-child-custody-status-with-relatives = У родичів
vocab-child-custody-status-state-care = У державному закладі
vocab-child-custody-status-removed = Вилучені органами опіки
vocab-child-custody-status-not-applicable = Не застосовується
vocab-child-custody-status-other = Інше

## location-type

vocab-list-location-type = Місце інциденту
vocab-location-type-street = Вулиця
vocab-location-type-home = Вдома
vocab-location-type-police-vehicle = Службовий автомобіль поліції
vocab-location-type-police-station = Відділок поліції
vocab-location-type-temporary-detention = Ізолятор тимчасового тримання (ІТТ)
vocab-location-type-pre-trial-detention = Слідчий ізолятор (СІЗО)
vocab-location-type-harm-reduction-site = Пункт зменшення шкоди
vocab-location-type-ost-site = Пункт ЗПТ
vocab-location-type-pharmacy = Аптека
vocab-location-type-hospital = Лікарня
vocab-location-type-court = Суд
vocab-location-type-other = Інше

## time-of-day

vocab-list-time-of-day = Час доби
vocab-time-of-day-morning = Ранок
vocab-time-of-day-day = День
vocab-time-of-day-evening = Вечір
vocab-time-of-day-night = Ніч

## date-precision

vocab-list-date-precision = Точність дати
vocab-date-precision-exact = Точна дата
vocab-date-precision-month = Лише місяць
vocab-date-precision-year = Лише рік
vocab-date-precision-range = Між двома датами

## tri-state

vocab-list-tri-state = Так / ні / невідомо
vocab-tri-state-yes = Так
vocab-tri-state-no = Ні
vocab-tri-state-unknown = Невідомо

## act-type

vocab-list-act-type = Вид дії
vocab-act-type-beating = Побиття
vocab-act-type-asphyxiation = Задушення (пакет, протигаз)
vocab-act-type-electric-shock = Катування електрострумом
vocab-act-type-stress-positions = Стресові пози
vocab-act-type-burns = Опіки
vocab-act-type-use-of-weapon = Застосування зброї
vocab-act-type-other-physical = Інше фізичне насильство
vocab-act-type-rape = Зґвалтування
vocab-act-type-sexual-assault = Сексуальний напад
vocab-act-type-sex-for-release = Вимога сексу за звільнення
vocab-act-type-forced-undressing = Примус до роздягання
vocab-act-type-search-by-male-officers = Особистий огляд співробітниками-чоловіками
vocab-act-type-sexual-harassment = Сексуальні домагання
vocab-act-type-threats = Погрози
vocab-act-type-humiliation = Приниження
vocab-act-type-threat-child-custody = Погроза забрати дітей
vocab-act-type-threat-disclose-hiv-status = Погроза розкрити ВІЛ-статус
vocab-act-type-threat-disclose-drug-use = Погроза розповісти про вживання наркотиків
vocab-act-type-insults = Образи
vocab-act-type-detention-without-protocol = Затримання без протоколу
vocab-act-type-detention-beyond-limit = Затримання понад встановлений строк
vocab-act-type-arrest-for-syringes = Затримання за наявність шприців
vocab-act-type-planted-drugs = Підкидання наркотиків
vocab-act-type-fabricated-charges = Сфабриковане обвинувачення
vocab-act-type-forced-confession = Примус до зізнання
vocab-act-type-forced-testimony = Примус до свідчень проти інших
vocab-act-type-informant-recruitment = Вербування в інформатори
vocab-act-type-pressure-against-partner = Тиск з метою отримати свідчення проти партнера
vocab-act-type-extortion-bribe = Вимагання / вимога хабара
vocab-act-type-confiscation-money = Вилучення грошей
vocab-act-type-confiscation-phone = Вилучення телефону
vocab-act-type-confiscation-syringes = Вилучення шприців
vocab-act-type-confiscation-naloxone = Вилучення налоксону
vocab-act-type-confiscation-ost-medicine = Вилучення препаратів ЗПТ
vocab-act-type-ost-denied-in-custody = Відмова у ЗПТ під вартою
vocab-act-type-withdrawal-as-coercion = Використання абстиненції для тиску
vocab-act-type-medical-care-refused = Відмова в медичній допомозі
vocab-act-type-forced-drug-test = Примусовий тест на наркотики
vocab-act-type-forced-hiv-test = Примусовий тест на ВІЛ
vocab-act-type-forced-narcological-registration = Примусова постановка на наркологічний облік
vocab-act-type-hiv-status-disclosed = Розголошення ВІЛ-статусу
vocab-act-type-lawyer-refused = Відмова в адвокаті
vocab-act-type-rights-not-read = Права не роз'яснено
vocab-act-type-relatives-not-notified = Родичів не повідомлено
vocab-act-type-forced-signature = Примус до підпису
vocab-act-type-signed-without-understanding = Підписала, не розуміючи змісту
vocab-act-type-interpreter-refused = Відмова в перекладачі
vocab-act-type-child-removed = Дитину забрали
vocab-act-type-child-removal-threatened = Погроза забрати дитину
vocab-act-type-death-in-custody = Смерть під вартою
vocab-act-type-other = Інше

## act-group

vocab-list-act-group = Група дій
vocab-act-group-physical = Фізичне насильство
vocab-act-group-sexual = Сексуальне насильство
vocab-act-group-psychological = Психологічне насильство
vocab-act-group-liberty = Позбавлення волі
vocab-act-group-coercion = Примус
vocab-act-group-economic = Економічне насильство
vocab-act-group-health = Здоров'я
vocab-act-group-procedure = Процесуальні порушення
vocab-act-group-custody = Діти та опіка
vocab-act-group-death-in-custody = Смерть під вартою
vocab-act-group-other = Інше

## intent

vocab-list-intent = Імовірна мета
vocab-intent-information = Отримання інформації
vocab-intent-confession = Отримання зізнання
vocab-intent-intimidation = Залякування
vocab-intent-punishment = Покарання
vocab-intent-extortion = Вимагання
vocab-intent-sexual-gratification = Сексуальне задоволення
vocab-intent-unknown = Невідомо
vocab-intent-other = Інше

## medical-attention

vocab-list-medical-attention = Медична допомога
vocab-medical-attention-none = Не отримувала
vocab-medical-attention-refused = Було відмовлено
vocab-medical-attention-first-aid = Перша допомога
vocab-medical-attention-hospital = Лікарня
vocab-medical-attention-forensic-exam = Судово-медична експертиза
vocab-medical-attention-other = Інше

## agency

vocab-list-agency = Відомство
vocab-agency-patrol-police = Патрульна поліція
vocab-agency-criminal-investigation = Карний розшук
vocab-agency-drug-control-unit = Підрозділ протидії наркозлочинності
vocab-agency-traffic-police = Дорожня поліція
vocab-agency-special-forces = Спецпідрозділ
vocab-agency-pre-trial-detention-staff = Співробітники СІЗО / ІТТ
vocab-agency-prison-staff = Співробітники установи виконання покарань
vocab-agency-prosecutor = Прокуратура
vocab-agency-narcology-staff = Співробітники наркологічної служби
vocab-agency-medical-staff = Медичний персонал
vocab-agency-other = Інше

## involvement

vocab-list-involvement = Роль у подіях
vocab-involvement-perpetrated = Вчинив(ла)
vocab-involvement-ordered = Віддав(ла) наказ
vocab-involvement-present = Був(ла) присутній(я)
vocab-involvement-failed-to-intervene = Не втрутився(лася)
vocab-involvement-other = Інше

## consistency

vocab-list-consistency = Відповідність висновків (Стамбульський протокол)
vocab-consistency-not-consistent = Не відповідає
vocab-consistency-consistent = Відповідає
vocab-consistency-highly-consistent = Значною мірою відповідає
vocab-consistency-typical = Типово
vocab-consistency-diagnostic = Діагностично значуще

## body-region

vocab-list-body-region = Ділянка тіла
vocab-body-region-head = Голова
vocab-body-region-face = Обличчя
vocab-body-region-neck = Шия
vocab-body-region-chest = Груди
vocab-body-region-abdomen = Живіт
vocab-body-region-upper-back = Верхня частина спини
vocab-body-region-lower-back = Поперек
vocab-body-region-left-arm = Ліва рука
vocab-body-region-right-arm = Права рука
vocab-body-region-left-hand = Ліва кисть
vocab-body-region-right-hand = Права кисть
vocab-body-region-genitals = Статеві органи
vocab-body-region-buttocks = Сідниці
vocab-body-region-left-leg = Ліва нога
vocab-body-region-right-leg = Права нога
vocab-body-region-feet = Стопи
vocab-body-region-other = Інше

## service

vocab-list-service = Надані послуги
vocab-service-legal-consultation = Юридична консультація
vocab-service-legal-representation = Юридичне представництво
vocab-service-medical = Медична допомога
vocab-service-psychosocial = Психосоціальна підтримка
vocab-service-shelter = Притулок
vocab-service-ost-continuity = Продовження ЗПТ
vocab-service-harm-reduction-supplies = Матеріали зменшення шкоди
vocab-service-peer-support = Рівна підтримка
vocab-service-other = Інше

## complaint-body

vocab-list-complaint-body = Куди подано скаргу
vocab-complaint-body-police-internal-affairs = Служба внутрішньої безпеки поліції
vocab-complaint-body-prosecutor = Прокуратура
vocab-complaint-body-ombudsman = Омбудсман
vocab-complaint-body-court = Суд
vocab-complaint-body-un-special-procedure = Спеціальна процедура ООН
vocab-complaint-body-un-treaty-body = Договірний орган ООН
vocab-complaint-body-other = Інше

## complaint-response

vocab-list-complaint-response = Відповідь на скаргу
vocab-complaint-response-favourable = Позитивна
vocab-complaint-response-rejected = Відмова
vocab-complaint-response-no-response = Немає відповіді
vocab-complaint-response-pending = Очікується
vocab-complaint-response-other = Інше

## complaint-outcome

vocab-list-complaint-outcome = Результат скарги
vocab-complaint-outcome-criminal-case-opened = Відкрито кримінальне провадження
vocab-complaint-outcome-refused-to-open = Відмовлено у відкритті провадження
vocab-complaint-outcome-disciplinary-action = Дисциплінарне стягнення
vocab-complaint-outcome-compensation = Компенсація
vocab-complaint-outcome-none = Без результату
vocab-complaint-outcome-other = Інше

## consent-destination

vocab-list-consent-destination = Згода на
vocab-consent-destination-documentation = Документування (зберігання запису)
vocab-consent-destination-lawyer = Передача юристу
vocab-consent-destination-organisation-network-stats = Статистика мережі (лише в узагальненому вигляді)
vocab-consent-destination-national-bodies = Національні органи
vocab-consent-destination-un-special-procedures = Спеціальні процедури ООН
vocab-consent-destination-un-treaty-bodies = Договірні органи ООН
vocab-consent-destination-media-advocacy-anonymised = ЗМІ та адвокація (анонімно)

## named-or-anonymised

vocab-list-named-or-anonymised = З іменем чи анонімно
vocab-named-or-anonymised-named = З іменем
vocab-named-or-anonymised-anonymised = Анонімно

## redaction-profile

vocab-list-redaction-profile = Профіль знеособлення
vocab-redaction-profile-full = Повний (усе, для її юриста)
vocab-redaction-profile-pseudonymised = Псевдонімізований
vocab-redaction-profile-aggregate = Лише узагальнена статистика

## media-kind

vocab-list-media-kind = Тип файлу
vocab-media-kind-photo = Фото
vocab-media-kind-scan = Скан
vocab-media-kind-audio = Аудіо
vocab-media-kind-video = Відео
vocab-media-kind-document = Документ
vocab-media-kind-other = Інше
