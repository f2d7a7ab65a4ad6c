## Пакети: синхронізація вручну між комп'ютерами, контакти, конфлікти.

# Помилки синхронізації у сховищі.
sync-error-revision-id-mismatch = Версія { $revision } не відповідає своєму вмісту. Пакет змінено або пошкоджено; нічого не імпортовано.
sync-error-revision-case-mismatch = Версія { $revision } належить до іншої справи. Нічого не імпортовано.
sync-error-missing-parent = Версії { $revision } потрібна попередня версія ({ $parent }), якої немає ні в пакеті, ні у сховищі. Нічого не імпортовано.
sync-error-malformed-revision = Версія { $revision } має хибний формат. Нічого не імпортовано.
sync-error-unknown-head = У пакеті немає останньої версії справи { $case } ({ $revision }). Нічого не імпортовано.
sync-error-blob-hash-mismatch = Вкладення { $sha256 } не збігається зі своїм відбитком. Нічого не імпортовано.
sync-error-blob-size-mismatch = Вкладення { $sha256 } мало б займати { $declared } байт, а займає { $actual }. Нічого не імпортовано.
sync-error-contact-exists = Контакт з ім'ям «{ $name }» або з тими самими ключами вже існує.
sync-error-contact-name-empty = Контакт повинен мати ім'я.
sync-error-contact-not-found = Контакту з ім'ям «{ $name }» немає.
sync-error-invalid-role = «{ $role }» — не роль. Використовуйте own-device, centre-hub, lawyer або network.
sync-error-conflict-not-found = У справі { $case } немає відкритого конфлікту в полі «{ $path }».
sync-error-bad-content = Вміст справи { $case } не вдається прочитати.
sync-error-fingerprint-needed = Власні пристрої та вузол центру отримують повні записи. Щоб надати цю роль, введіть шість слів відбитка, які вам прочитає контакт.
sync-error-fingerprint-mismatch = Введені слова не збігаються з відбитком цього контакту. Звірте їх ще раз із контактом — телефоном або особисто.
sync-error-not-permitted = Справа { $case }: відправник із цією роллю не може { $change ->
    [role-may-not-add] додавати справи
    [role-may-not-delete] видаляти справи
   *[other] змінювати ці поля
  }.

# Помилки пакетів.
bundle-error-not-for-us = Цей пакет створено для іншого отримувача. Ключем цього пристрою його не відкрити.
bundle-error-wrong-passphrase = Парольна фраза не підходить до цього пакета. Нічого не імпортовано.
bundle-error-passphrase-needed = Пакет захищено парольною фразою. Введіть її, щоб імпортувати.
bundle-error-work-factor-too-high = Пакет вимагає надто великої роботи для відкриття (2^{ $required }; допускається щонайбільше 2^{ $max }). Його відхилено без спроби відкрити.
bundle-error-not-a-bundle = Цей файл — не пакет Casebook.
bundle-error-damaged = Пакет пошкоджений або неповний (можливо, копіювання перервалося). Нічого не імпортовано; скопіюйте його ще раз.
bundle-error-unsupported-version = Пакет використовує формат версії { $version }, якої ця програма не знає. Оновіть програму.
bundle-error-bad-signature = Підпис пакета не відповідає його вмісту. Можливо, його підмінили; нічого не імпортовано.
bundle-error-unknown-signer = Пакет підписано пристроєм, якого немає у ваших контактах: «{ $name }», відбиток { $fingerprint }. Звірте відбиток з відправником (телефоном) перед імпортом.
bundle-error-unsafe-path = У пакеті є небезпечне або неочікуване ім'я файлу: { $path }. Нічого не імпортовано.
bundle-error-unlisted-entry = У пакеті є { $path }, якого немає в його підписаному переліку. Нічого не імпортовано.
bundle-error-missing-entry = У пакеті немає { $path }, хоча його зазначено в підписаному переліку. Нічого не імпортовано.
bundle-error-size-mismatch = { $path } займає { $actual } байт замість заявлених { $declared }. Нічого не імпортовано.
bundle-error-hash-mismatch = { $path } не збігається зі своїм відбитком у підписаному переліку. Нічого не імпортовано.
bundle-error-uncited-attachment = { $path } — вкладення, на яке не посилається жодна справа в пакеті. Нічого не імпортовано.
bundle-error-too-large = { $path } більший за допустимий розмір ({ $limit } байт). Нічого не імпортовано.
bundle-error-bad-case-file = Файл { $path } у пакеті не вдається прочитати як справу. Нічого не імпортовано.
bundle-error-bad-manifest = Перелік вмісту пакета має хибний формат: { $problem ->
    [not-json] його не вдається прочитати.
    [attachment-hash] назва вкладення не відповідає його вмісту.
    [entry-twice] той самий файл зазначено двічі.
    [case-without-entry] справу зазначено без її файлу.
    [entry-without-case] файлу справи немає в переліку справ.
    [case-differs] файл справи не відповідає тому, що про нього сказано в переліку.
    [snapshot-differs] файл статистики не відповідає тому, що про нього сказано в списку.
    [mixed-kind] у ньому є файли пакета іншого виду.
   *[other] його не можна використати.
}
bundle-error-bad-card = Картку контакту не вдається прочитати: { $problem ->
    [header] немає першого рядка картки.
    [age-key] ключ шифрування відсутній або пошкоджений.
    [sign-key] ключ підпису відсутній або пошкоджений.
    [file] файл не відкривається.
    [too-large] файл завеликий для картки контакту.
    [not-text] файл не є текстом.
   *[other] вона пошкоджена.
}
bundle-error-card-fingerprint-mismatch = Відбиток у картці контакту не відповідає її ключам. Не використовуйте цю картку; попросіть її ще раз.
bundle-error-no-recipients = Оберіть щонайменше один контакт або парольну фразу.
bundle-error-since-last-needs-contact = «Змінені після останнього експорту» працює лише під час експорту для контактів.
bundle-error-nothing-to-export = Жодна справа не може потрапити до цього пакета.
bundle-error-passphrase-too-short = Парольна фраза пакета має містити щонайменше { $min } { $min ->
        [one] символ
        [few] символи
       *[other] символів
    } або щонайменше { $words } { $words ->
        [one] слово
        [few] слова
       *[other] слів
    } (кожне не коротше за три літери).
bundle-error-write = Не вдалося записати пакет: { $detail }. Незавершений файл не залишено.

# Чому справа не потрапила до пакета.
bundle-refused-consent = для ролі { $role } потрібна згода «{ $destination }» (зараз: { $state })
bundle-refused-role = роль { $role } не отримує записів справ, лише знеособлену статистику
bundle-refused-unreadable = справу не вдається прочитати

# Командний рядок.
sync-cli-prompt-bundle-passphrase = Парольна фраза пакета
sync-cli-contact-added = Додано контакт { $name } ({ $role }). Відбиток: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Контактів поки немає.
sync-cli-export-done = Пакет записано до { $path }: справ — { $cases }, вкладень — { $attachments }.
sync-cli-export-nothing = Жодну справу не можна надіслати цим отримувачам; файл не створено.
sync-cli-export-plan = Було б експортовано справ: { $cases }, вкладень: { $attachments }; не можна передати: { $refused }. Нічого не записано.
sync-cli-export-refused = { $code }: не експортовано, { $reason }.
sync-cli-import-summary = Від { $signer } ({ $fingerprint }, з правами ролі { $role }): додано { $added }, оновлено { $updated }, конфліктів { $conflicts }, пропущено { $skipped }, відхилено { $rejected }.
sync-cli-import-rejected = { $case }: відхилено ({ $reason }).
sync-cli-trust-hint = Якщо цей відбиток збігається з тим, що вам прочитає відправник, повторіть імпорт з --trust "{ $fingerprint }" і --role (типово network: ніщо з надісланого не змінює справ).
sync-cli-conflicts-none = Відкритих конфліктів немає.
sync-cli-conflict-line = { $code } { $path }: у нас { $ours } ({ $ours_author }, { $ours_at }); у них { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = Конфлікт «{ $path }» у справі { $code } розв'язано.
sync-cli-deleted-value = (видалено)
sync-cli-export-stats-done = Пакет статистики записано: { $path } (центрів: { $centres }, записів: { $records }).
sync-cli-import-snapshot = { $centre }, зріз № { $seq }, записів: { $records }: { $standing ->
    [new] новий центр, враховано.
    [replaced] замінює його старіший зріз.
    [older] старший за наявний; нічого не змінилося.
   *[same] уже є; нічого не змінилося.
}
sync-cli-import-stats-summary = Статистика від { $signer } ({ $fingerprint }), зрізів: { $centres }. Жодну справу не зачеплено.
bundle-error-not-outreach = Це сховище не налаштовано для аутріч-роботи: у нього немає вихідних.
bundle-error-not-a-receipt = Цей файл — не квитанція від центру цього ноутбука, або його змінено. Нічого не підтверджено.
