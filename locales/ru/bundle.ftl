## Пакеты: синхронизация вручную между компьютерами, контакты, конфликты.

# Ошибки синхронизации в хранилище.
sync-error-revision-id-mismatch = Версия { $revision } не соответствует своему содержимому. Пакет изменён или повреждён; ничего не импортировано.
sync-error-revision-case-mismatch = Версия { $revision } относится к другому делу. Ничего не импортировано.
sync-error-missing-parent = Версии { $revision } нужна более ранняя версия ({ $parent }), которой нет ни в пакете, ни в хранилище. Ничего не импортировано.
sync-error-malformed-revision = Версия { $revision } имеет неверный формат. Ничего не импортировано.
sync-error-unknown-head = В пакете нет последней версии дела { $case } ({ $revision }). Ничего не импортировано.
sync-error-blob-hash-mismatch = Вложение { $sha256 } не совпадает со своим отпечатком. Ничего не импортировано.
sync-error-blob-size-mismatch = Вложение { $sha256 } должно занимать { $declared } байт, а занимает { $actual }. Ничего не импортировано.
sync-error-contact-exists = Контакт с именем «{ $name }» или с теми же ключами уже есть.
sync-error-contact-name-empty = У контакта должно быть имя.
sync-error-contact-not-found = Контакта с именем «{ $name }» нет.
sync-error-invalid-role = «{ $role }» — не роль. Используйте own-device, centre-hub, lawyer или network.
sync-error-conflict-not-found = В деле { $case } нет открытого конфликта в поле «{ $path }».
sync-error-bad-content = Содержимое дела { $case } не удаётся прочитать.
sync-error-fingerprint-needed = Свои устройства и узел центра получают полные записи. Чтобы дать эту роль, введите шесть слов отпечатка, которые вам прочитает контакт.
sync-error-fingerprint-mismatch = Введённые слова не совпадают с отпечатком этого контакта. Сверьте их ещё раз с контактом — по телефону или лично.
sync-error-not-permitted = Дело { $case }: отправитель с этой ролью не может { $change ->
    [role-may-not-add] добавлять дела
    [role-may-not-delete] удалять дела
   *[other] менять эти поля
  }.

# Ошибки пакетов.
bundle-error-not-for-us = Этот пакет сделан для другого получателя. Ключом этого устройства его не открыть.
bundle-error-wrong-passphrase = Парольная фраза не подходит к этому пакету. Ничего не импортировано.
bundle-error-passphrase-needed = Пакет защищён парольной фразой. Введите её, чтобы импортировать.
bundle-error-work-factor-too-high = Пакет требует слишком большой работы для открытия (2^{ $required }; допускается не более 2^{ $max }). Он отклонён без попытки открыть.
bundle-error-not-a-bundle = Этот файл — не пакет Casebook.
bundle-error-damaged = Пакет повреждён или неполон (возможно, копирование прервалось). Ничего не импортировано; скопируйте его заново.
bundle-error-unsupported-version = Пакет использует формат версии { $version }, которую эта программа не знает. Обновите программу.
bundle-error-bad-signature = Подпись пакета не соответствует его содержимому. Возможно, его подменили; ничего не импортировано.
bundle-error-unknown-signer = Пакет подписан устройством, которого нет в ваших контактах: «{ $name }», отпечаток { $fingerprint }. Сверьте отпечаток с отправителем (по телефону) перед импортом.
bundle-error-unsafe-path = В пакете есть опасное или неожиданное имя файла: { $path }. Ничего не импортировано.
bundle-error-unlisted-entry = В пакете есть { $path }, которого нет в его подписанном списке. Ничего не импортировано.
bundle-error-missing-entry = В пакете нет { $path }, хотя он указан в подписанном списке. Ничего не импортировано.
bundle-error-size-mismatch = { $path } занимает { $actual } байт вместо заявленных { $declared }. Ничего не импортировано.
bundle-error-hash-mismatch = { $path } не совпадает со своим отпечатком в подписанном списке. Ничего не импортировано.
bundle-error-uncited-attachment = { $path } — вложение, на которое не ссылается ни одно дело в пакете. Ничего не импортировано.
bundle-error-too-large = { $path } больше допустимого ({ $limit } байт). Ничего не импортировано.
bundle-error-bad-case-file = Файл { $path } в пакете не удаётся прочитать как дело. Ничего не импортировано.
bundle-error-bad-manifest = Список содержимого пакета имеет неверный формат: { $problem ->
    [not-json] его не удаётся прочитать.
    [attachment-hash] имя вложения не соответствует его содержимому.
    [entry-twice] один и тот же файл указан дважды.
    [case-without-entry] дело указано без своего файла.
    [entry-without-case] файла дела нет в перечне дел.
    [case-differs] файл дела не соответствует тому, что о нём сказано в списке.
    [snapshot-differs] файл статистики не соответствует тому, что о нём сказано в списке.
    [mixed-kind] в нём есть файлы пакета другого вида.
   *[other] его нельзя использовать.
}
bundle-error-bad-card = Карточку контакта не удаётся прочитать: { $problem ->
    [header] нет первой строки карточки.
    [age-key] ключ шифрования отсутствует или повреждён.
    [sign-key] ключ подписи отсутствует или повреждён.
    [file] файл не открывается.
    [too-large] файл слишком велик для карточки контакта.
    [not-text] файл не является текстом.
   *[other] она повреждена.
}
bundle-error-card-fingerprint-mismatch = Отпечаток в карточке контакта не соответствует её ключам. Не используйте эту карточку; запросите её снова.
bundle-error-no-recipients = Выберите хотя бы один контакт или парольную фразу.
bundle-error-since-last-needs-contact = «Изменённые после последнего экспорта» работает только при экспорте для контактов.
bundle-error-nothing-to-export = Ни одно дело не может войти в этот пакет.
bundle-error-passphrase-too-short = Парольная фраза пакета должна содержать не менее { $min } { $min ->
        [one] символа
       *[other] символов
    } или не менее { $words } { $words ->
        [one] слова
       *[other] слов
    } (каждое не короче трёх букв).
bundle-error-write = Не удалось записать пакет: { $detail }. Незаконченный файл не оставлен.

# Почему дело не вошло в пакет.
bundle-refused-consent = для роли { $role } нужно согласие «{ $destination }» (сейчас: { $state })
bundle-refused-role = роль { $role } не получает записей дел, только обезличенную статистику
bundle-refused-unreadable = дело не удаётся прочитать

# Командная строка.
sync-cli-prompt-bundle-passphrase = Парольная фраза пакета
sync-cli-contact-added = Добавлен контакт { $name } ({ $role }). Отпечаток: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Контактов пока нет.
sync-cli-export-done = Пакет записан в { $path }: дел — { $cases }, вложений — { $attachments }.
sync-cli-export-nothing = Ни одно дело не может быть отправлено этим получателям; файл не создан.
sync-cli-export-plan = Было бы экспортировано дел: { $cases }, вложений: { $attachments }; нельзя передать: { $refused }. Ничего не записано.
sync-cli-export-refused = { $code }: не экспортировано, { $reason }.
sync-cli-import-summary = От { $signer } ({ $fingerprint }, с правами роли { $role }): добавлено { $added }, обновлено { $updated }, конфликтов { $conflicts }, пропущено { $skipped }, отклонено { $rejected }.
sync-cli-import-rejected = { $case }: отклонено ({ $reason }).
sync-cli-trust-hint = Если этот отпечаток совпадает с тем, что вам прочитает отправитель, повторите импорт с --trust "{ $fingerprint }" и --role (по умолчанию network: ничто из присланного не меняет дела).
sync-cli-conflicts-none = Открытых конфликтов нет.
sync-cli-conflict-line = { $code } { $path }: у нас { $ours } ({ $ours_author }, { $ours_at }); у них { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = Конфликт «{ $path }» в деле { $code } разрешён.
sync-cli-deleted-value = (удалено)
sync-cli-export-stats-done = Пакет статистики записан: { $path } (центров: { $centres }, записей: { $records }).
sync-cli-import-snapshot = { $centre }, срез № { $seq }, записей: { $records }: { $standing ->
    [new] новый центр, учтён.
    [replaced] заменяет его более старый срез.
    [older] старше уже имеющегося; ничего не изменилось.
   *[same] уже есть; ничего не изменилось.
}
sync-cli-import-stats-summary = Статистика от { $signer } ({ $fingerprint }), срезов: { $centres }. Ни одно дело не затронуто.
bundle-error-not-outreach = Это хранилище не настроено для аутрич-работы: у него нет исходящих.
bundle-error-not-a-receipt = Этот файл — не квитанция от центра этого ноутбука, или он был изменён. Ничего не подтверждено.
