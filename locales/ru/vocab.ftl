# Слова для контролируемых словарей записи дела (crates/casebook-core/src/vocab.rs).
# Идентификаторы: vocab-<список>-<код>; названия списков: vocab-list-<список>.


## status

vocab-list-status = Статус дела
vocab-status-draft = Черновик
vocab-status-open = Открыто
vocab-status-referred = Передано
vocab-status-closed = Закрыто
vocab-status-sealed = Опечатано (заблокировано как доказательство)

## intake-channel

vocab-list-intake-channel = Канал обращения
vocab-intake-channel-drop-in = Дроп-ин центр
vocab-intake-channel-outreach = Аутрич
vocab-intake-channel-hotline = Горячая линия
vocab-intake-channel-lawyer = Через юриста
vocab-intake-channel-peer-report = Сообщила равная консультантка
vocab-intake-channel-self-report = Обратилась сама
vocab-intake-channel-other = Другое

## source-reliability

vocab-list-source-reliability = Источник информации
vocab-source-reliability-first-hand = Из первых уст (пострадавшая)
vocab-source-reliability-witness = Свидетель
vocab-source-reliability-second-hand = С чужих слов
vocab-source-reliability-unknown = Неизвестно
vocab-source-reliability-other = Другое

## age-band

vocab-list-age-band = Возрастная группа
vocab-age-band-under-18 = До 18
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 и старше

## gender

vocab-list-gender = Гендер
vocab-gender-woman = Женщина
vocab-gender-trans-woman = Трансгендерная женщина
vocab-gender-non-binary = Небинарная персона
vocab-gender-other = Другое

## hiv-status

vocab-list-hiv-status = ВИЧ-статус
vocab-hiv-status-positive = ВИЧ-положительный
vocab-hiv-status-negative = ВИЧ-отрицательный
vocab-hiv-status-unknown = Неизвестно
vocab-hiv-status-not-disclosed = Не сообщила

## substance

vocab-list-substance = Употребляемые вещества
vocab-substance-opioids = Опиоиды
vocab-substance-stimulants = Стимуляторы
vocab-substance-methadone-buprenorphine-ost = Метадон / бупренорфин (ОЗТ)
vocab-substance-new-psychoactive-substances = Новые психоактивные вещества
vocab-substance-alcohol = Алкоголь
vocab-substance-other = Другое

## child-custody-status

vocab-list-child-custody-status = С кем находятся дети
vocab-child-custody-status-with-survivor = С ней
vocab-child-custody-status-with-relatives = У родственников
vocab-child-custody-status-state-care = В государственном учреждении
vocab-child-custody-status-removed = Изъяты органами опеки
vocab-child-custody-status-not-applicable = Не применимо
vocab-child-custody-status-other = Другое

## location-type

vocab-list-location-type = Место инцидента
vocab-location-type-street = Улица
vocab-location-type-home = Дома
vocab-location-type-police-vehicle = Служебный автомобиль полиции
vocab-location-type-police-station = Отделение полиции
vocab-location-type-temporary-detention = Изолятор временного содержания (ИВС)
vocab-location-type-pre-trial-detention = Следственный изолятор (СИЗО)
vocab-location-type-harm-reduction-site = Пункт снижения вреда
vocab-location-type-ost-site = Пункт ОЗТ
vocab-location-type-pharmacy = Аптека
vocab-location-type-hospital = Больница
vocab-location-type-court = Суд
vocab-location-type-other = Другое

## time-of-day

vocab-list-time-of-day = Время суток
vocab-time-of-day-morning = Утро
vocab-time-of-day-day = День
vocab-time-of-day-evening = Вечер
vocab-time-of-day-night = Ночь

## date-precision

vocab-list-date-precision = Точность даты
vocab-date-precision-exact = Точная дата
vocab-date-precision-month = Только месяц
vocab-date-precision-year = Только год
vocab-date-precision-range = Между двумя датами

## tri-state

vocab-list-tri-state = Да / нет / неизвестно
vocab-tri-state-yes = Да
vocab-tri-state-no = Нет
vocab-tri-state-unknown = Неизвестно

## act-type

vocab-list-act-type = Вид действия
vocab-act-type-beating = Избиение
vocab-act-type-asphyxiation = Удушение (пакет, противогаз)
vocab-act-type-electric-shock = Пытка электротоком
vocab-act-type-stress-positions = Стрессовые позы
vocab-act-type-burns = Ожоги
vocab-act-type-use-of-weapon = Применение оружия
vocab-act-type-other-physical = Другое физическое насилие
vocab-act-type-rape = Изнасилование
vocab-act-type-sexual-assault = Сексуальное нападение
vocab-act-type-sex-for-release = Требование секса за освобождение
vocab-act-type-forced-undressing = Принуждение к раздеванию
vocab-act-type-search-by-male-officers = Личный досмотр сотрудниками-мужчинами
vocab-act-type-sexual-harassment = Сексуальные домогательства
vocab-act-type-threats = Угрозы
vocab-act-type-humiliation = Унижение
vocab-act-type-threat-child-custody = Угроза лишить детей
vocab-act-type-threat-disclose-hiv-status = Угроза раскрыть ВИЧ-статус
vocab-act-type-threat-disclose-drug-use = Угроза рассказать об употреблении наркотиков
vocab-act-type-insults = Оскорбления
vocab-act-type-detention-without-protocol = Задержание без протокола
vocab-act-type-detention-beyond-limit = Задержание сверх установленного срока
vocab-act-type-arrest-for-syringes = Задержание за наличие шприцев
vocab-act-type-planted-drugs = Подбрасывание наркотиков
vocab-act-type-fabricated-charges = Сфабрикованное обвинение
vocab-act-type-forced-confession = Принуждение к признанию
vocab-act-type-forced-testimony = Принуждение к показаниям против других
vocab-act-type-informant-recruitment = Вербовка в осведомители
vocab-act-type-pressure-against-partner = Давление с целью получить показания против партнёра
vocab-act-type-extortion-bribe = Вымогательство / требование взятки
vocab-act-type-confiscation-money = Изъятие денег
vocab-act-type-confiscation-phone = Изъятие телефона
vocab-act-type-confiscation-syringes = Изъятие шприцев
vocab-act-type-confiscation-naloxone = Изъятие налоксона
vocab-act-type-confiscation-ost-medicine = Изъятие препаратов ОЗТ
vocab-act-type-ost-denied-in-custody = Отказ в ОЗТ под стражей
vocab-act-type-withdrawal-as-coercion = Использование абстиненции для давления
vocab-act-type-medical-care-refused = Отказ в медицинской помощи
vocab-act-type-forced-drug-test = Принудительный тест на наркотики
vocab-act-type-forced-hiv-test = Принудительный тест на ВИЧ
vocab-act-type-forced-narcological-registration = Принудительная постановка на наркологический учёт
vocab-act-type-hiv-status-disclosed = Разглашение ВИЧ-статуса
vocab-act-type-lawyer-refused = Отказ в адвокате
vocab-act-type-rights-not-read = Права не разъяснены
vocab-act-type-relatives-not-notified = Родственники не уведомлены
vocab-act-type-forced-signature = Принуждение к подписи
vocab-act-type-signed-without-understanding = Подписала, не понимая содержания
vocab-act-type-interpreter-refused = Отказ в переводчике
vocab-act-type-child-removed = Ребёнка забрали
vocab-act-type-child-removal-threatened = Угроза забрать ребёнка
vocab-act-type-death-in-custody = Смерть под стражей
vocab-act-type-other = Другое

## act-group

vocab-list-act-group = Группа действий
vocab-act-group-physical = Физическое насилие
vocab-act-group-sexual = Сексуальное насилие
vocab-act-group-psychological = Психологическое насилие
vocab-act-group-liberty = Лишение свободы
vocab-act-group-coercion = Принуждение
vocab-act-group-economic = Экономическое насилие
vocab-act-group-health = Здоровье
vocab-act-group-procedure = Процессуальные нарушения
vocab-act-group-custody = Дети и опека
vocab-act-group-death-in-custody = Смерть под стражей
vocab-act-group-other = Другое

## intent

vocab-list-intent = Предполагаемая цель
vocab-intent-information = Получение информации
vocab-intent-confession = Получение признания
vocab-intent-intimidation = Запугивание
vocab-intent-punishment = Наказание
vocab-intent-extortion = Вымогательство
vocab-intent-sexual-gratification = Сексуальное удовлетворение
vocab-intent-unknown = Неизвестно
vocab-intent-other = Другое

## medical-attention

vocab-list-medical-attention = Медицинская помощь
vocab-medical-attention-none = Не получала
vocab-medical-attention-refused = Было отказано
vocab-medical-attention-first-aid = Первая помощь
vocab-medical-attention-hospital = Больница
vocab-medical-attention-forensic-exam = Судебно-медицинская экспертиза
vocab-medical-attention-other = Другое

## agency

vocab-list-agency = Ведомство
vocab-agency-patrol-police = Патрульная полиция
vocab-agency-criminal-investigation = Уголовный розыск
vocab-agency-drug-control-unit = Подразделение по борьбе с наркотиками
vocab-agency-traffic-police = Дорожная полиция
vocab-agency-special-forces = Спецподразделение
vocab-agency-pre-trial-detention-staff = Сотрудники СИЗО / ИВС
vocab-agency-prison-staff = Сотрудники исправительного учреждения
vocab-agency-prosecutor = Прокуратура
vocab-agency-narcology-staff = Сотрудники наркологической службы
vocab-agency-medical-staff = Медицинский персонал
vocab-agency-other = Другое

## involvement

vocab-list-involvement = Роль в событиях
vocab-involvement-perpetrated = Совершил(а)
vocab-involvement-ordered = Отдал(а) приказ
vocab-involvement-present = Присутствовал(а)
vocab-involvement-failed-to-intervene = Не вмешался(ась)
vocab-involvement-other = Другое

## consistency

vocab-list-consistency = Соответствие выводов (Стамбульский протокол)
vocab-consistency-not-consistent = Не соответствует
vocab-consistency-consistent = Соответствует
vocab-consistency-highly-consistent = В высокой степени соответствует
vocab-consistency-typical = Типично
vocab-consistency-diagnostic = Диагностически значимо

## body-region

vocab-list-body-region = Область тела
vocab-body-region-head = Голова
vocab-body-region-face = Лицо
vocab-body-region-neck = Шея
vocab-body-region-chest = Грудь
vocab-body-region-abdomen = Живот
vocab-body-region-upper-back = Верхняя часть спины
vocab-body-region-lower-back = Поясница
vocab-body-region-left-arm = Левая рука
vocab-body-region-right-arm = Правая рука
vocab-body-region-left-hand = Левая кисть
vocab-body-region-right-hand = Правая кисть
vocab-body-region-genitals = Половые органы
vocab-body-region-buttocks = Ягодицы
vocab-body-region-left-leg = Левая нога
vocab-body-region-right-leg = Правая нога
vocab-body-region-feet = Стопы
vocab-body-region-other = Другое

## service

vocab-list-service = Оказанные услуги
vocab-service-legal-consultation = Юридическая консультация
vocab-service-legal-representation = Юридическое представительство
vocab-service-medical = Медицинская помощь
vocab-service-psychosocial = Психосоциальная поддержка
vocab-service-shelter = Убежище
vocab-service-ost-continuity = Продолжение ОЗТ
vocab-service-harm-reduction-supplies = Материалы снижения вреда
vocab-service-peer-support = Равная поддержка
vocab-service-other = Другое

## complaint-body

vocab-list-complaint-body = Куда подана жалоба
vocab-complaint-body-police-internal-affairs = Служба собственной безопасности полиции
vocab-complaint-body-prosecutor = Прокуратура
vocab-complaint-body-ombudsman = Омбудсмен
vocab-complaint-body-court = Суд
vocab-complaint-body-un-special-procedure = Специальная процедура ООН
vocab-complaint-body-un-treaty-body = Договорной орган ООН
vocab-complaint-body-other = Другое

## complaint-response

vocab-list-complaint-response = Ответ на жалобу
vocab-complaint-response-favourable = Положительный
vocab-complaint-response-rejected = Отказ
vocab-complaint-response-no-response = Нет ответа
vocab-complaint-response-pending = Ожидается
vocab-complaint-response-other = Другое

## complaint-outcome

vocab-list-complaint-outcome = Результат жалобы
vocab-complaint-outcome-criminal-case-opened = Возбуждено уголовное дело
vocab-complaint-outcome-refused-to-open = Отказано в возбуждении дела
vocab-complaint-outcome-disciplinary-action = Дисциплинарное взыскание
vocab-complaint-outcome-compensation = Компенсация
vocab-complaint-outcome-none = Без результата
vocab-complaint-outcome-other = Другое

## consent-destination

vocab-list-consent-destination = Согласие на
vocab-consent-destination-documentation = Документирование (хранение записи)
vocab-consent-destination-lawyer = Передача юристу
vocab-consent-destination-organisation-network-stats = Статистика сети (только в обобщённом виде)
vocab-consent-destination-national-bodies = Национальные органы
vocab-consent-destination-un-special-procedures = Специальные процедуры ООН
vocab-consent-destination-un-treaty-bodies = Договорные органы ООН
vocab-consent-destination-media-advocacy-anonymised = СМИ и адвокация (анонимно)

## named-or-anonymised

vocab-list-named-or-anonymised = С именем или анонимно
vocab-named-or-anonymised-named = С именем
vocab-named-or-anonymised-anonymised = Анонимно

## redaction-profile

vocab-list-redaction-profile = Профиль обезличивания
vocab-redaction-profile-full = Полный (всё, для её юриста)
vocab-redaction-profile-pseudonymised = Псевдонимизированный
vocab-redaction-profile-aggregate = Только обобщённая статистика

## media-kind

vocab-list-media-kind = Тип файла
vocab-media-kind-photo = Фото
vocab-media-kind-scan = Скан
vocab-media-kind-audio = Аудио
vocab-media-kind-video = Видео
vocab-media-kind-document = Документ
vocab-media-kind-other = Другое
