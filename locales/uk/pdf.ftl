# Досьє для юриста (casebook-pdf). Ідентифікатори: pdf-<що>.

## Помилки
pdf-error-consent = { $state ->
    [refused] Постраждала відмовилася дати згоду «Передача юристу» ({ $consent }); досьє створити не можна.
    [revoked] Постраждала відкликала згоду «Передача юристу» ({ $consent }); досьє створити не можна.
   *[missing] У справі немає згоди «Передача юристу» ({ $consent }); запишіть її, перш ніж створювати досьє.
}
pdf-error-consent-anonymised-only = Постраждала погодилася передати справу юристу ({ $consent }) лише анонімно: створіть псевдонімізоване досьє.
pdf-error-unknown-language = Досьє не можна створити мовою «{ $lang }»; виберіть одну з мов у меню.
pdf-error-unknown-profile = Невідомий профіль редагування «{ $profile }»: використовуйте full або pseudonymised.
pdf-error-font = Вбудований шрифт { $font } не читається; програму пошкоджено.
pdf-error-encode = Не вдалося підготувати дані справи для досьє.
pdf-error-write = Не вдалося записати файл: { $detail }
pdf-error-read = Не вдалося прочитати файл: { $detail }
pdf-error-not-a-case-file = Це не досьє Casebook, або з нього видалено дані для перевірки цілісності.
pdf-error-newer-format = Це досьє створено у форматі даних { $format }, якого ця версія Casebook не знає. Перевірте його новішою версією.
pdf-error-not-in-vault = У цьому сховищі немає редакції, з якої створено досьє ({ $revision }).
pdf-error-unknown-revision-tag = У цьому сховищі немає редакції справи з міткою редакції з досьє ({ $tag }). Псевдонімізоване досьє можна перевірити лише у сховищі, де його створено, — або мітку було змінено.
pdf-error-bad-audit-seq = Дані для перевірки цілісності досьє пошкоджено: у них зазначено запис журналу { $seq }, якого не може бути в жодному сховищі. Досьє змінено або створено не в Casebook.

## Колонтитули
pdf-confidential = КОНФІДЕНЦІЙНО — ЮРИДИЧНЕ ДОСЬЄ
pdf-confidential-long = Конфіденційно — юридичне досьє. Містить чутливі персональні дані постраждалої від насильства. Не копіюйте, не пересилайте й не розголошуйте його поза юридичною командою без її згоди.
pdf-page-n-of-m = Сторінка { $n } з { $m }
pdf-footer-left = Casebook · редакція { $revision }
pdf-footer-left-tag = Casebook · мітка редакції { $revision }

## Обкладинка
pdf-cover-title = Юридичне досьє у справі
pdf-field-generated = Створено
pdf-field-language = Мова
pdf-field-profile = Профіль редагування
pdf-field-organisation = Організація
pdf-field-documenter = Документував(ла)
pdf-field-revision = Редакція
pdf-field-revision-tag = Мітка редакції
pdf-cover-note-full = Досьє містить особисті дані постраждалої. Воно призначене лише для її власного юриста.
pdf-cover-note-pseudonymised = Досьє псевдонімізоване: її особисті дані й контакти, імена та контакти свідків, імена винних та назви файлів вкладень видалено, а її ім’я (у будь-якій формі), номери телефону й документа та дату народження замінено на […] скрізь, де їх було написано. Імена інших людей у вільному тексті (розповідях, нотатках, висновках) неможливо розпізнати автоматично, їх не перевіряли.
pdf-cover-verify = Перевірити, що файл не змінено і він відповідає запису, з якого створений, можна командою «casebook verify-pdf» у сховищі, де його створено (див. останню сторінку).

## Розділи
pdf-section-summary = 1. Стислий виклад
pdf-section-chronology = 2. Хронологія інцидентів
pdf-section-acts = 3. Дії та їхня правова кваліфікація
pdf-section-perpetrators = 4. Винні
pdf-section-evidence = 5. Докази
pdf-section-responses = 6. Вжиті заходи
pdf-section-consent = 7. Згода
pdf-section-integrity = 8. Цілісність досьє

## Стислий виклад
pdf-summary-who = Постраждала
pdf-summary-case = Справа
pdf-summary-deadlines = Відкриті строки
pdf-field-pseudonym = Псевдонім
pdf-field-legal-name = ПІБ
pdf-field-date-of-birth = Дата народження
pdf-field-phone = Телефон
pdf-field-address = Адреса
pdf-field-id-document = Номер документа
pdf-field-age = Вік
pdf-field-gender = Гендер
pdf-field-residence = Місце проживання
pdf-field-citizenship = Громадянство
pdf-stateless = Особа без громадянства
pdf-field-pregnant = Вагітність на момент інциденту
pdf-field-children = Має дітей
pdf-field-custody = Де діти
pdf-field-hiv = ВІЛ-статус
pdf-field-on-art = Отримує АРТ
pdf-field-substances = Речовини, які вживає
pdf-field-ost-client = Клієнтка ЗПТ
pdf-field-harm-reduction = Клієнтка програми зменшення шкоди
pdf-field-sex-work = Секс-робота
pdf-field-disability = Інвалідність
pdf-field-homeless = Без житла
pdf-field-previous-incidents = Попередні інциденти
pdf-field-when = Коли
pdf-field-where = Де
pdf-field-what = Що було зроблено
pdf-field-by-whom = Ким
pdf-field-status = Поточний статус
pdf-field-intake-date = Дата звернення
pdf-field-intake-channel = Як надійшла справа
pdf-field-source = Джерело інформації
pdf-field-tags = Мітки
pdf-field-notes = Нотатки
pdf-deadline-complaint = Строк відповіді на скаргу до: { $body }
pdf-col-due = Строк
pdf-col-what = Що
pdf-none = Не записано.
pdf-yes = Так
pdf-no = Ні
pdf-withheld = приховано (псевдонімізоване досьє)

## Хронологія
pdf-incident-title = Інцидент { $n }: { $date }
pdf-field-date = Дата
pdf-field-date-precision = Точність дати
pdf-field-time-of-day = Час доби
pdf-field-place = Місце
pdf-field-location-type = Тип місця
pdf-field-detained = Затримання
pdf-field-detention-hours = Тривалість
pdf-hours = { $n ->
    [one] { $n } година
    [few] { $n } години
   *[many] { $n } годин
}
pdf-field-protocol = Складено протокол затримання
pdf-field-released-how = Як її звільнили
pdf-narrative-original = Її розповідь, її словами (мовою оригіналу)
pdf-narrative-translation = Переклад її розповіді
pdf-witnesses = Свідки
pdf-col-pseudonym = Псевдонім
pdf-col-contact = Контакт
pdf-col-willing = Готовий(а) свідчити

## Дії
pdf-acts-intro = Для кожної дії вказано норми, які вона зачіпає, з таблиці прав Casebook. «Зачіпає» означає, що дія підпадає під сферу дії норми; чи є вона порушенням, вирішують юрист і орган, що розглядає справу.
pdf-acts-of-incident = Інцидент { $n } ({ $date })
pdf-act-title = Дія { $n }: { $act }
pdf-field-act-group = Вид дії
pdf-field-intent = Очевидна мета
pdf-field-physical = Фізичні наслідки
pdf-field-psychological = Психологічні наслідки
pdf-field-medical-attention = Медична допомога
pdf-field-perpetrators = Причетні
pdf-field-rights = Права, які зачіпаються
pdf-rights-summary = Права, які зачіпаються в цій справі
pdf-col-instrument = Документ
pdf-col-provisions = Норми
pdf-col-acts = Дії
pdf-right-article = { $instrument } ст. { $article }
pdf-right-rule = { $instrument }, правило { $article }
pdf-right-paragraph = { $instrument }, п. { $article }
pdf-instrument-cat = КПК
pdf-instrument-iccpr = МПГПП
pdf-instrument-icescr = МПЕСКП
pdf-instrument-echr = ЄКПЛ
pdf-instrument-echr-protocol-1 = Протокол № 1 до ЄКПЛ
pdf-instrument-cedaw-gr-35 = ЗР № 35 CEDAW
pdf-instrument-bangkok-rules = Бангкокські правила
pdf-instrument-crc = КПД
pdf-instrument-name-cat = Конвенція проти катувань (КПК)
pdf-instrument-name-iccpr = Міжнародний пакт про громадянські і політичні права (МПГПП)
pdf-instrument-name-icescr = Міжнародний пакт про економічні, соціальні і культурні права (МПЕСКП)
pdf-instrument-name-echr = Конвенція про захист прав людини і основоположних свобод (ЄКПЛ)
pdf-instrument-name-echr-protocol-1 = Протокол № 1 до ЄКПЛ
pdf-instrument-name-cedaw-gr-35 = Загальна рекомендація № 35 Комітету CEDAW
pdf-instrument-name-bangkok-rules = Правила ООН щодо поводження з жінками-ув’язненими (Бангкокські правила)
pdf-instrument-name-crc = Конвенція про права дитини (КПД)

## Винні
pdf-perpetrator-title = Винний { $n }
pdf-perpetrator-title-ref = Винний { $n } ({ $ref })
pdf-field-agency = Відомство
pdf-field-unit = Підрозділ
pdf-field-rank = Звання
pdf-field-name = Ім’я
pdf-field-badge = Номер жетона
pdf-field-uniformed = У формі
pdf-field-vehicle = Номер автомобіля
pdf-field-count = Кількість осіб
pdf-field-identifiable = Зможе впізнати знову
pdf-field-involvement = Роль

## Докази
pdf-medical = Медична документація
pdf-field-exam-date = Дата огляду
pdf-field-examiner = Хто оглядав
pdf-field-institution = Заклад
pdf-field-findings = Висновки
pdf-field-consistency = Відповідність (Стамбульський протокол)
pdf-col-body-region = Ділянка тіла
pdf-col-description = Опис
pdf-attachments = Вкладення
pdf-col-file = Файл
pdf-col-type-size = Тип, розмір
pdf-col-times = Знято / отримано
pdf-col-received-by = Хто отримав
pdf-captured = знято { $time }
pdf-received = отримано { $time }
pdf-photos = Фотографії
pdf-photo-caption = Вкладення { $n }: { $file }
pdf-photo-missing = (файлу немає в цьому сховищі)
pdf-photo-too-large = (завеликий для вбудовування; див. оригінал)
pdf-photo-unreadable = (цей формат зображення не можна показати тут; див. оригінал)

## Вжиті заходи
pdf-field-services = Надані послуги
pdf-referrals = Переспрямування
pdf-complaints = Скарги
pdf-follow-ups = Подальші дії
pdf-col-to = Куди
pdf-col-date = Дата
pdf-col-consent = Згода
pdf-col-outcome = Результат
pdf-col-body = Орган
pdf-col-filed = Подано
pdf-col-reference = Номер
pdf-col-deadline = Строк
pdf-col-response = Відповідь
pdf-col-done = Зроблено
pdf-col-note = Нотатка

## Згода
pdf-consent-intro = На що погодилася постраждала, щодо кожного адресата, як записано у справі.
pdf-col-destination = Адресат
pdf-col-given = Надано
pdf-col-named = З іменем чи анонімно
pdf-col-obtained-by = Хто отримав
pdf-col-revoked = Відкликано

## Цілісність
pdf-integrity-intro = Це досьє створено з однієї редакції справи в зашифрованому сховищі Casebook. Ідентифікатор редакції — хеш SHA-256 її змісту та історії; хеш даних нижче — хеш SHA-256 саме того, що показує досьє, разом із його мовою, профілем і редакцією.
pdf-integrity-intro-tagged = Це досьє створено з однієї редакції справи в зашифрованому сховищі Casebook. Оскільки воно псевдонімізоване, редакції позначено мітками: HMAC-SHA256 ідентифікатора редакції із секретом, який зберігається лише в цьому сховищі, — тож ніхто без сховища не зможе перевірити за ними вгадане ім’я. Хеш даних нижче — хеш SHA-256 саме того, що показує досьє, разом із його мовою, профілем і міткою редакції.
pdf-field-case-id = Ідентифікатор справи
pdf-field-audit-head = Останній запис журналу аудиту
pdf-field-data-hash = Хеш даних (SHA-256)
pdf-history = Історія редакцій
pdf-col-time = Час
pdf-col-author = Автор
pdf-col-kind = Зміна
pdf-col-reason = Причина
pdf-col-revision = Ідентифікатор редакції
pdf-col-revision-tag = Мітка редакції
pdf-revision-kind-create = створено
pdf-revision-kind-edit = змінено
pdf-revision-kind-delete = видалено
pdf-revision-kind-merge = об’єднано
pdf-integrity-how = Файл також містить хеш SHA-256 усіх своїх байтів. Перевірка в Casebook («Перевірити досьє…» або команда «casebook verify-pdf ФАЙЛ») у сховищі, де його створено, перераховує обидва хеші, перевіряє запис журналу аудиту й заново будує досьє з редакції; будь-яку зміну файлу після створення буде виявлено.

## Дати та числа
pdf-date-exact = { $day } { $month } { $year } р.
pdf-date-month = { $month } { $year } р.
pdf-date-year = { $year } р.
pdf-date-range = близько { $start } – { $end }
pdf-date-range-same-month = близько { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } Б
pdf-size-kb = { $n } КБ
pdf-size-mb = { $n } МБ
pdf-month-gen-1 = січня
pdf-month-gen-2 = лютого
pdf-month-gen-3 = березня
pdf-month-gen-4 = квітня
pdf-month-gen-5 = травня
pdf-month-gen-6 = червня
pdf-month-gen-7 = липня
pdf-month-gen-8 = серпня
pdf-month-gen-9 = вересня
pdf-month-gen-10 = жовтня
pdf-month-gen-11 = листопада
pdf-month-gen-12 = грудня
pdf-month-nom-1 = січень
pdf-month-nom-2 = лютий
pdf-month-nom-3 = березень
pdf-month-nom-4 = квітень
pdf-month-nom-5 = травень
pdf-month-nom-6 = червень
pdf-month-nom-7 = липень
pdf-month-nom-8 = серпень
pdf-month-nom-9 = вересень
pdf-month-nom-10 = жовтень
pdf-month-nom-11 = листопад
pdf-month-nom-12 = грудень
