# Досье для юриста (casebook-pdf). Идентификаторы: pdf-<что>.

## Ошибки
pdf-error-consent = { $state ->
    [refused] Пострадавшая отказалась дать согласие «Передача юристу» ({ $consent }); досье создать нельзя.
    [revoked] Пострадавшая отозвала согласие «Передача юристу» ({ $consent }) — согласие отозвано; досье создать нельзя.
   *[missing] В деле нет согласия «Передача юристу» ({ $consent }); запишите его, прежде чем создавать досье.
}
pdf-error-consent-anonymised-only = Пострадавшая согласилась передать дело юристу ({ $consent }) только анонимно: создайте псевдонимизированное досье.
pdf-error-unknown-language = Досье нельзя создать на языке «{ $lang }»; выберите один из языков в меню.
pdf-error-unknown-profile = Неизвестный профиль редактирования «{ $profile }»: используйте full или pseudonymised.
pdf-error-font = Встроенный шрифт { $font } не читается; программа повреждена.
pdf-error-encode = Не удалось подготовить данные дела для досье.
pdf-error-write = Не удалось записать файл: { $detail }
pdf-error-read = Не удалось прочитать файл: { $detail }
pdf-error-not-a-case-file = Это не досье Casebook, или из него удалены данные для проверки целостности.
pdf-error-newer-format = Это досье сделано в формате данных { $format }, который эта версия Casebook не знает. Проверьте его более новой версией.
pdf-error-not-in-vault = В этом хранилище нет редакции, из которой создано досье ({ $revision }).
pdf-error-unknown-revision-tag = В этом хранилище нет редакции дела с меткой редакции из досье ({ $tag }). Псевдонимизированное досье можно проверить только в хранилище, где оно создано, — или метка была изменена.
pdf-error-bad-audit-seq = Данные для проверки целостности досье повреждены: в них указана запись журнала { $seq }, которой не может быть ни в одном хранилище. Досье изменено или создано не в Casebook.

## Колонтитулы
pdf-confidential = КОНФИДЕНЦИАЛЬНО — ЮРИДИЧЕСКОЕ ДОСЬЕ
pdf-confidential-long = Конфиденциально — юридическое досье. Содержит чувствительные персональные данные пострадавшей от насилия. Не копируйте, не пересылайте и не раскрывайте его за пределами юридической команды без её согласия.
pdf-page-n-of-m = Страница { $n } из { $m }
pdf-footer-left = Casebook · редакция { $revision }
pdf-footer-left-tag = Casebook · метка редакции { $revision }

## Обложка
pdf-cover-title = Юридическое досье по делу
pdf-field-generated = Создано
pdf-field-language = Язык
pdf-field-profile = Профиль редактирования
pdf-field-organisation = Организация
pdf-field-documenter = Документировал(а)
pdf-field-revision = Редакция
pdf-field-revision-tag = Метка редакции
pdf-cover-note-full = Досье содержит личные данные пострадавшей. Оно предназначено только для её собственного юриста.
pdf-cover-note-pseudonymised = Досье псевдонимизировано: её личные данные и контакты, имена и контакты свидетелей, имена виновных и имена файлов вложений удалены, а её имя (в любой форме), номера телефона и документа и дата рождения заменены на […] везде, где они были написаны. Имена других людей в свободном тексте (рассказах, заметках, заключениях) автоматически распознать нельзя, они не проверялись.
pdf-cover-verify = Проверить, что файл не изменён и соответствует записи, из которой создан, можно командой «casebook verify-pdf» в хранилище, где он создан (см. последнюю страницу).

## Разделы
pdf-section-summary = 1. Краткое изложение
pdf-section-chronology = 2. Хронология инцидентов
pdf-section-acts = 3. Действия и их правовая квалификация
pdf-section-perpetrators = 4. Виновные
pdf-section-evidence = 5. Доказательства
pdf-section-responses = 6. Принятые меры
pdf-section-consent = 7. Согласие
pdf-section-integrity = 8. Целостность досье

## Краткое изложение
pdf-summary-who = Пострадавшая
pdf-summary-case = Дело
pdf-summary-deadlines = Открытые сроки
pdf-field-pseudonym = Псевдоним
pdf-field-legal-name = ФИО
pdf-field-date-of-birth = Дата рождения
pdf-field-phone = Телефон
pdf-field-address = Адрес
pdf-field-id-document = Номер документа
pdf-field-age = Возраст
pdf-field-gender = Гендер
pdf-field-residence = Место жительства
pdf-field-citizenship = Гражданство
pdf-stateless = Лицо без гражданства
pdf-field-pregnant = Беременность на момент инцидента
pdf-field-children = Есть дети
pdf-field-custody = Где дети
pdf-field-hiv = ВИЧ-статус
pdf-field-on-art = Получает АРТ
pdf-field-substances = Употребляемые вещества
pdf-field-ost-client = Клиентка ОЗТ
pdf-field-harm-reduction = Клиентка программы снижения вреда
pdf-field-sex-work = Секс-работа
pdf-field-disability = Инвалидность
pdf-field-homeless = Без жилья
pdf-field-previous-incidents = Прежние инциденты
pdf-field-when = Когда
pdf-field-where = Где
pdf-field-what = Что было сделано
pdf-field-by-whom = Кем
pdf-field-status = Текущий статус
pdf-field-intake-date = Дата обращения
pdf-field-intake-channel = Как поступило дело
pdf-field-source = Источник информации
pdf-field-tags = Метки
pdf-field-notes = Заметки
pdf-deadline-complaint = Срок ответа на жалобу в: { $body }
pdf-col-due = Срок
pdf-col-what = Что
pdf-none = Не записано.
pdf-yes = Да
pdf-no = Нет
pdf-withheld = скрыто (псевдонимизированное досье)

## Хронология
pdf-incident-title = Инцидент { $n }: { $date }
pdf-field-date = Дата
pdf-field-date-precision = Точность даты
pdf-field-time-of-day = Время суток
pdf-field-place = Место
pdf-field-location-type = Тип места
pdf-field-detained = Задержание
pdf-field-detention-hours = Продолжительность
pdf-hours = { $n ->
    [one] { $n } час
    [few] { $n } часа
   *[many] { $n } часов
}
pdf-field-protocol = Составлен протокол задержания
pdf-field-released-how = Как была освобождена
pdf-narrative-original = Её рассказ, её словами (на языке оригинала)
pdf-narrative-translation = Перевод её рассказа
pdf-witnesses = Свидетели
pdf-col-pseudonym = Псевдоним
pdf-col-contact = Контакт
pdf-col-willing = Готов(а) дать показания

## Действия
pdf-acts-intro = Для каждого действия указаны затрагиваемые им нормы из таблицы прав Casebook. «Затрагивает» означает, что действие подпадает под сферу действия нормы; является ли оно нарушением, решают юрист и орган, рассматривающий дело.
pdf-acts-of-incident = Инцидент { $n } ({ $date })
pdf-act-title = Действие { $n }: { $act }
pdf-field-act-group = Вид действия
pdf-field-intent = Очевидная цель
pdf-field-physical = Физические последствия
pdf-field-psychological = Психологические последствия
pdf-field-medical-attention = Медицинская помощь
pdf-field-perpetrators = Причастные
pdf-field-rights = Затрагиваемые права
pdf-rights-summary = Права, затрагиваемые в этом деле
pdf-col-instrument = Документ
pdf-col-provisions = Нормы
pdf-col-acts = Действия
pdf-right-article = { $instrument } ст. { $article }
pdf-right-rule = { $instrument }, правило { $article }
pdf-right-paragraph = { $instrument }, п. { $article }
pdf-instrument-cat = КПП
pdf-instrument-iccpr = МПГПП
pdf-instrument-icescr = МПЭСКП
pdf-instrument-echr = ЕКПЧ
pdf-instrument-echr-protocol-1 = Протокол № 1 к ЕКПЧ
pdf-instrument-cedaw-gr-35 = ОР № 35 КЛДЖ
pdf-instrument-bangkok-rules = Бангкокские правила
pdf-instrument-crc = КПР
pdf-instrument-name-cat = Конвенция против пыток (КПП)
pdf-instrument-name-iccpr = Международный пакт о гражданских и политических правах (МПГПП)
pdf-instrument-name-icescr = Международный пакт об экономических, социальных и культурных правах (МПЭСКП)
pdf-instrument-name-echr = Европейская конвенция о защите прав человека (ЕКПЧ)
pdf-instrument-name-echr-protocol-1 = Протокол № 1 к ЕКПЧ
pdf-instrument-name-cedaw-gr-35 = Общая рекомендация № 35 Комитета CEDAW (КЛДЖ)
pdf-instrument-name-bangkok-rules = Правила ООН, касающиеся обращения с женщинами-заключёнными (Бангкокские правила)
pdf-instrument-name-crc = Конвенция о правах ребёнка (КПР)

## Виновные
pdf-perpetrator-title = Виновный { $n }
pdf-perpetrator-title-ref = Виновный { $n } ({ $ref })
pdf-field-agency = Ведомство
pdf-field-unit = Подразделение
pdf-field-rank = Звание
pdf-field-name = Имя
pdf-field-badge = Номер жетона
pdf-field-uniformed = В форме
pdf-field-vehicle = Номер машины
pdf-field-count = Число людей
pdf-field-identifiable = Сможет узнать снова
pdf-field-involvement = Роль

## Доказательства
pdf-medical = Медицинская документация
pdf-field-exam-date = Дата осмотра
pdf-field-examiner = Кто осматривал
pdf-field-institution = Учреждение
pdf-field-findings = Выводы
pdf-field-consistency = Соответствие (Стамбульский протокол)
pdf-col-body-region = Область тела
pdf-col-description = Описание
pdf-attachments = Вложения
pdf-col-file = Файл
pdf-col-type-size = Тип, размер
pdf-col-times = Снято / получено
pdf-col-received-by = Кто получил
pdf-captured = снято { $time }
pdf-received = получено { $time }
pdf-photos = Фотографии
pdf-photo-caption = Вложение { $n }: { $file }
pdf-photo-missing = (файла нет в этом хранилище)
pdf-photo-too-large = (слишком большой для встраивания; см. оригинал)
pdf-photo-unreadable = (этот формат изображения нельзя показать здесь; см. оригинал)

## Принятые меры
pdf-field-services = Оказанные услуги
pdf-referrals = Перенаправления
pdf-complaints = Жалобы
pdf-follow-ups = Последующие действия
pdf-col-to = Куда
pdf-col-date = Дата
pdf-col-consent = Согласие
pdf-col-outcome = Результат
pdf-col-body = Орган
pdf-col-filed = Подана
pdf-col-reference = Номер
pdf-col-deadline = Срок
pdf-col-response = Ответ
pdf-col-done = Сделано
pdf-col-note = Заметка

## Согласие
pdf-consent-intro = На что согласилась пострадавшая, по каждому адресату, как записано в деле.
pdf-col-destination = Адресат
pdf-col-given = Дано
pdf-col-named = С именем или анонимно
pdf-col-obtained-by = Кто получил
pdf-col-revoked = Отозвано

## Целостность
pdf-integrity-intro = Это досье создано из одной редакции дела в зашифрованном хранилище Casebook. Идентификатор редакции — хеш SHA-256 её содержания и истории; хеш данных ниже — хеш SHA-256 ровно того, что показывает досье, вместе с его языком, профилем и редакцией.
pdf-integrity-intro-tagged = Это досье создано из одной редакции дела в зашифрованном хранилище Casebook. Поскольку оно псевдонимизировано, редакции обозначены метками: HMAC-SHA256 идентификатора редакции с секретом, который хранится только в этом хранилище, — так никто без хранилища не сможет проверить по ним угаданное имя. Хеш данных ниже — хеш SHA-256 ровно того, что показывает досье, вместе с его языком, профилем и меткой редакции.
pdf-field-case-id = Идентификатор дела
pdf-field-audit-head = Последняя запись журнала аудита
pdf-field-data-hash = Хеш данных (SHA-256)
pdf-history = История редакций
pdf-col-time = Время
pdf-col-author = Автор
pdf-col-kind = Изменение
pdf-col-reason = Причина
pdf-col-revision = Идентификатор редакции
pdf-col-revision-tag = Метка редакции
pdf-revision-kind-create = создано
pdf-revision-kind-edit = изменено
pdf-revision-kind-delete = удалено
pdf-revision-kind-merge = объединено
pdf-integrity-how = Файл также содержит хеш SHA-256 всех своих байтов. Проверка в Casebook («Проверить досье…» или команда «casebook verify-pdf ФАЙЛ») в хранилище, где он создан, пересчитывает оба хеша, проверяет запись журнала аудита и заново строит досье из редакции; любое изменение файла после создания будет обнаружено.

## Даты и числа
pdf-date-exact = { $day } { $month } { $year } г.
pdf-date-month = { $month } { $year } г.
pdf-date-year = { $year } г.
pdf-date-range = около { $start } – { $end }
pdf-date-range-same-month = около { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } Б
pdf-size-kb = { $n } КБ
pdf-size-mb = { $n } МБ
pdf-month-gen-1 = января
pdf-month-gen-2 = февраля
pdf-month-gen-3 = марта
pdf-month-gen-4 = апреля
pdf-month-gen-5 = мая
pdf-month-gen-6 = июня
pdf-month-gen-7 = июля
pdf-month-gen-8 = августа
pdf-month-gen-9 = сентября
pdf-month-gen-10 = октября
pdf-month-gen-11 = ноября
pdf-month-gen-12 = декабря
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
