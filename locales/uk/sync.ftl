## Екран обміну в програмі: контакти, експорт, імпорт, конфлікти.

sync-button = Обмін
sync-title = Обмін справами
sync-back = Назад до справ
sync-intro = Справи переносяться між комп'ютерами в зашифрованих файлах-пакетах — на флешці або у вкладенні месенджера. Відкрити пакет можуть лише ті, кого ви оберете.
sync-tab-import = Імпорт
sync-tab-export = Експорт
sync-tab-contacts = Контакти
sync-tab-conflicts = Конфлікти
sync-list-conflict = конфлікт

# Хід роботи
sync-phase-starting = Починаємо…
sync-phase-selecting = Перевіряємо справи…
sync-phase-writing = Записуємо пакет…
sync-phase-reading = Розшифровуємо й перевіряємо пакет…
sync-phase-applying = Об'єднуємо з цим сховищем…
sync-phase-done = Завершуємо…
sync-size-b = { $n } байтів
sync-size-kb = { $n } КБ
sync-size-mb = { $n } МБ
sync-size-gb = { $n } ГБ

# Ролі
sync-role-own-device = Власний пристрій
sync-role-centre-hub = Центр
sync-role-lawyer = Юрист
sync-role-outreach = Ноутбук аутріч-працівника
sync-role-network = Мережа
sync-role-own-device-hint = Інший комп’ютер ваш або вашої команди: отримує повні записи й може змінювати та видаляти будь-які справи. Щоб надати цю роль, ви вводите шість слів його відбитка.
sync-role-centre-hub-hint = Центр, що збирає справи: отримує повні записи й може додавати та змінювати справи. Щоб надати цю роль, ви вводите шість слів його відбитка.
sync-role-lawyer-hint = Отримує лише справи, у яких постраждала погодилася на передачу юристу; без її згоди бути названою — без ідентифікувальних відомостей. Може надсилати відповіді на скарги та нотатки, і нічого більше.
sync-role-outreach-hint = Польовий ноутбук аутріч-працівниці: не отримує записів справ; його пакети можуть лише додавати нові справи й нічого не змінюють в наявних. Щоб надати цю роль, введіть шість слів його відбитка.
sync-role-network-hint = Не отримує записів справ, лише знеособлену статистику; ніщо з надісланого ним не змінює справ. Кожен новий контакт починає з цієї ролі.

# Контакти: моя картка
sync-my-card-title = Ваша картка контакту
sync-my-card-intro = Передайте цю картку тим, хто надсилає вам пакети. Вони додадуть її до контактів, і пакети для вас відкриватимуться лише на цьому комп'ютері.
sync-my-name-label = Ваше ім'я або назва центру — як його побачать інші
sync-my-name-hint = Видно на вашій картці, у ваших пакетах і в розв'язаних вами конфліктах. На цьому комп'ютері не зберігається.
sync-fingerprint-label = Відбиток (звірте ці слова телефоном)
sync-my-card-text-label = Текст картки
sync-card-copy = Скопіювати текст
sync-card-save = Зберегти у файл…
sync-card-copied = Текст картки скопійовано.
sync-card-saved = Картку збережено.

# Контакти: додавання
sync-add-title = Додати контакт
sync-add-intro = Вставте текст чужої картки контакту або оберіть файл картки, який вам передали.
sync-add-paste-label = Текст картки контакту
sync-add-choose-file = Обрати файл картки…
sync-card-unreadable = Це не повна картка контакту. Скопіюйте картку повністю — від рядка «casebook contact card v1» до рядка з відбитком.
sync-card-file-unreadable = Цей файл — не картка контакту.
sync-add-compare = Прочитайте одне одному ці слова телефоном. Додавайте контакт, лише якщо вони збігаються.
sync-contact-name-label = Ім'я
sync-contact-role-label = Роль
sync-add-submit = Додати контакт
sync-contact-added = Контакт «{ $name }» додано.
sync-contact-added-role = Контакт «{ $name }» додано з роллю «{ $role }».
sync-typed-words-label = Шість слів відбитка — так, як їх читає вам контакт
sync-typed-words-hint = Введіть їх самі, не копіюйте з цього екрана. Ця роль отримує повні записи, тому слова мають надійти від людини — телефоном або особисто.
sync-summary-role = Відправник мав права ролі «{ $role }».

# Контакти: список
sync-contacts-title = Контакти
sync-contacts-empty = Контактів поки немає. Додайте картку центру, юриста чи колеги, з якими ви обмінюєтеся справами.
sync-contact-added-at = додано { $when }
sync-rename = Перейменувати
sync-rename-label = Перейменувати { $name }
sync-rename-submit = Зберегти ім'я
sync-contact-renamed = Контакт тепер називається «{ $name }».
sync-remove = Видалити
sync-remove-label = Видалити { $name }
sync-remove-question = Видалити контакт «{ $name }»? Робити для нього пакети стане неможливо, а його пакети знову вимагатимуть підтвердження.
sync-remove-keep = Залишити
sync-remove-confirm = Видалити контакт
sync-contact-removed = Контакт «{ $name }» видалено.

# Експорт
sync-export-title = Експорт справ у пакет
sync-export-intro = Оберіть, хто зможе відкрити пакет і які справи до нього ввійдуть. Справи, які їм передавати не можна, буде перелічено з причиною ще до запису.
sync-export-to = Хто зможе відкрити пакет
sync-export-to-contacts = Контакти
sync-export-no-contacts = Контактів поки немає: додайте їх на вкладці «Контакти» або скористайтеся парольною фразою.
sync-export-to-passphrase = Будь-хто, хто знає парольну фразу
sync-export-passphrase-hint = Повідомте парольну фразу отримувачеві інакше, ніж сам пакет (особисто чи телефоном).
sync-export-passphrase-label = Парольна фраза пакета
sync-export-pass-role-label = За чиїми правилами
sync-export-which = Які справи
sync-export-all = Усі справи
sync-export-since-last = Змінені після мого останнього експорту цим контактам
sync-export-since-last-hint = Лише справи, що з'явилися або змінилися відтоді, як ви востаннє надсилали пакет кожному обраному контакту.
sync-export-since-last-needs-contacts = Можливо, лише якщо пакет для контактів.
sync-export-chosen = Обрані мною справи
sync-export-search-label = Знайти справи (код, псевдонім, будь-яке слово)
sync-export-chosen-count = { $count ->
    [0] Поки не обрано жодної справи.
    [one] Обрано { $count } справу.
    [few] Обрано { $count } справи.
   *[other] Обрано { $count } справ.
}
sync-export-search-none = Відповідних справ немає.
sync-export-search-more = Показано перші { $shown } з { $total }; уточніть пошук.
sync-export-attachments = Додати вкладення (фото, документи)
sync-export-attachments-hint = Без них пакет набагато менший; псевдонімізовані справи ніколи не містять вкладень.
sync-sender-name-hint = Отримувачі побачать це ім'я як ім'я відправника.
sync-export-need-recipient = Оберіть принаймні один контакт або парольну фразу.
sync-export-need-cases = Оберіть принаймні одну справу.
sync-plan-title = Що ввійде до пакета
sync-plan-checking = Перевіряємо справи…
sync-plan-cases = { $count ->
    [0] Жодну справу передати не можна.
    [one] Можна передати { $count } справу.
    [few] Можна передати { $count } справи.
   *[other] Можна передати { $count } справ.
}
sync-plan-pseudonymised = { $count ->
    [one] З них { $count } — лише в псевдонімізованому вигляді (без відомостей, що ідентифікують).
   *[other] З них { $count } — лише в псевдонімізованому вигляді (без відомостей, що ідентифікують).
}
sync-plan-attachments = { $count ->
    [one] З { $count } вкладенням ({ $size }).
   *[other] З { $count } вкладеннями ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } справу передати не можна:
    [few] { $count } справи передати не можна:
   *[other] { $count } справ передати не можна:
}
sync-plan-refused-more = …і ще { $count }
sync-plan-refused-show-all = Показати всі справи
sync-refused-consent = для ролі «{ $role }» потрібна згода «{ $destination }», а зараз вона { $state }
sync-refused-role = роль «{ $role }» не отримує записів справ, лише знеособлену статистику
sync-refused-unreadable = справу не вдається прочитати
sync-consent-state-given = надана
sync-consent-state-refused = не надана (відмова)
sync-consent-state-revoked = відкликана
sync-consent-state-missing = не записана
sync-plan-nothing = Цим отримувачам не можна передати жодної справи, тож записувати нічого.
sync-export-write = Зберегти пакет…
sync-export-writing = Записуємо…
sync-export-done = Пакет збережено: { $cases ->
    [one] { $cases } справа
    [few] { $cases } справи
   *[other] { $cases } справ
}, { $attachments ->
    [one] { $attachments } вкладення
    [few] { $attachments } вкладення
   *[other] { $attachments } вкладень
}, { $size }.
sync-export-done-refused = { $count ->
    [one] { $count } справа не ввійшла до пакета — див. список вище.
    [few] { $count } справи не ввійшли до пакета — див. список вище.
   *[other] { $count } справ не ввійшли до пакета — див. список вище.
}

# Імпорт
sync-import-title = Імпорт пакета
sync-import-intro = Оберіть отриманий файл пакета. Його повністю перевіряють до будь-яких змін; пошкоджений чи змінений пакет нічого не змінює.
sync-import-choose = Обрати файл пакета…
sync-import-file = Файл: { $name }
sync-import-passphrase-title = Пакет захищено парольною фразою
sync-import-passphrase-text = Введіть парольну фразу, яку повідомив відправник.
sync-import-open = Відкрити й імпортувати
sync-import-unchanged = У цьому сховищі нічого не змінилося.
sync-signer-title = Невідомий відправник
sync-signer-text = Цей пакет зроблено на комп'ютері, якого немає у ваших контактах: «{ $name }». Попросіть відправника прочитати вам свій відбиток — телефоном чи особисто — і звірте його з цими словами:
sync-signer-no-name = без імені
sync-signer-warning = Якщо слова не збігаються, не імпортуйте: пакет може бути не від того, кого ви думаєте.
sync-signer-add = Також додати відправника до моїх контактів
sync-signer-reject = Не імпортувати
sync-signer-accept = Слова збігаються — імпортувати
sync-summary-title = Імпорт завершено
sync-summary-from = Від «{ $name }», відбиток
sync-summary-from-self = З цього ж комп'ютера, відбиток
sync-summary-added = Додано
sync-summary-updated = Оновлено
sync-summary-conflicts = Конфлікти
sync-summary-skipped = Уже є
sync-summary-rejected = Відхилено
sync-summary-attachments = { $count ->
    [one] { $count } нове вкладення.
   *[other] { $count } нових вкладень.
}
sync-summary-rejected-title = Відхилені справи
sync-rejected-unreadable-record = вміст справи ця програма прочитати не може
sync-rejected-role-may-not-add = роль відправника не дозволяє додавати справи до цього сховища
sync-rejected-role-may-not-delete = роль відправника не дозволяє видаляти справи
sync-rejected-role-may-not-change = роль відправника не дозволяє змінювати ці поля (юрист може змінювати лише відповіді на скарги та нотатки)
sync-summary-cases-title = Усі справи в цьому пакеті ({ $count })
sync-summary-cases-more = …і ще { $count }.
sync-summary-attention-title = Справи, які треба перевірити
sync-outcome-added = додано
sync-outcome-fast-forward = оновлено
sync-outcome-merged = об'єднано зі змінами, зробленими тут
sync-outcome-merged-conflicts = { $count ->
    [one] об'єднано; { $count } поле змінено з обох боків і чекає на ваше рішення
    [few] об'єднано; { $count } поля змінено з обох боків і чекають на ваше рішення
   *[other] об'єднано; { $count } полів змінено з обох боків і чекають на ваше рішення
}
sync-outcome-edit-kept-over-delete = з одного боку видалено, з іншого змінено: змінену справу збережено, перевірте її
sync-outcome-skipped = нічого нового
sync-summary-conflicts-text = { $count ->
    [one] { $count } поле змінено по-різному тут і у відправника. Нічого не втрачено: обидва значення зберігаються, доки ви не вирішите.
    [few] { $count } поля змінено по-різному тут і у відправника. Нічого не втрачено: обидва значення зберігаються, доки ви не вирішите.
   *[other] { $count } полів змінено по-різному тут і у відправника. Нічого не втрачено: обидва значення зберігаються, доки ви не вирішите.
}
sync-summary-resolve = Розв'язати конфлікти

# Конфлікти
sync-conflicts-title = Конфлікти, які треба розв'язати
sync-conflicts-intro = Поле змінили по-різному на двох комп'ютерах. Оберіть, яке значення залишиться у справі, або введіть правильне. Ваш вибір додається новою редакцією; обидва попередні значення залишаються в історії.
sync-conflicts-empty = Конфліктів немає. Усе об'єдналося без суперечностей.
sync-conflict-whole-case = справа повністю
sync-conflict-edit-vs-delete = З одного боку цю справу видалили, з іншого — змінили. Доки ви не вирішите, зберігається змінена справа.
sync-conflict-choose = Значення для { $field }
sync-conflict-ours = Залишити значення тут
sync-conflict-theirs = Узяти значення відправника
sync-conflict-typed = Ввести інше значення
sync-conflict-typed-label = Нове значення для { $field }
sync-conflict-by = { $author }, { $when }
sync-conflict-deleted = (справу видалено)
sync-conflict-edited = (змінена справа)
sync-conflict-empty = (порожньо)
sync-conflict-yes = так
sync-conflict-no = ні
sync-conflict-resolve = Розв'язати
sync-conflict-resolved = «{ $field }» у справі { $code }: конфлікт розв'язано.
sync-summary-stats = Пакет статистики. Зрізів: { $count }. Жодну справу в цьому сховищі не зачеплено.
sync-summary-snapshot = { $centre } — записів: { $records } — { $standing ->
    [new] новий центр, враховано
    [replaced] замінює його старіший зріз
    [older] старший за наявний, нічого не змінилося
   *[same] уже є, нічого не змінилося
}
