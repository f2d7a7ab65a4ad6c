## Экран обмена в программе: контакты, экспорт, импорт, конфликты.

sync-button = Обмен
sync-title = Обмен делами
sync-back = Назад к делам
sync-intro = Дела переносятся между компьютерами в зашифрованных файлах-пакетах — на флешке или во вложении мессенджера. Открыть пакет могут только те, кого вы выберете.
sync-tab-import = Импорт
sync-tab-export = Экспорт
sync-tab-contacts = Контакты
sync-tab-conflicts = Конфликты
sync-list-conflict = конфликт

# Ход работы
sync-phase-starting = Начинаем…
sync-phase-selecting = Проверяем дела…
sync-phase-writing = Записываем пакет…
sync-phase-reading = Расшифровываем и проверяем пакет…
sync-phase-applying = Объединяем с этим хранилищем…
sync-phase-done = Завершаем…
sync-size-b = { $n } байт
sync-size-kb = { $n } КБ
sync-size-mb = { $n } МБ
sync-size-gb = { $n } ГБ

# Роли
sync-role-own-device = Своё устройство
sync-role-centre-hub = Центр
sync-role-lawyer = Юрист
sync-role-outreach = Ноутбук аутрич-работника
sync-role-network = Сеть
sync-role-own-device-hint = Другой компьютер ваш или вашей команды: получает полные записи и может менять и удалять любые дела. Чтобы дать эту роль, вы вводите шесть слов его отпечатка.
sync-role-centre-hub-hint = Центр, который собирает дела: получает полные записи и может добавлять и менять дела. Чтобы дать эту роль, вы вводите шесть слов его отпечатка.
sync-role-lawyer-hint = Получает только дела, в которых пострадавшая согласилась на передачу юристу; без её согласия быть названной — без идентифицирующих сведений. Может присылать ответы на жалобы и заметки, и ничего больше.
sync-role-outreach-hint = Полевой ноутбук аутрич-работницы: не получает записей дел; его пакеты могут только добавлять новые дела и ничего не меняют в уже имеющихся. Чтобы дать эту роль, введите шесть слов его отпечатка.
sync-role-network-hint = Не получает записей дел, только обезличенную статистику; ничто из присланного им не меняет дела. Каждый новый контакт начинает с этой роли.

# Контакты: моя карточка
sync-my-card-title = Ваша карточка контакта
sync-my-card-intro = Передайте эту карточку тем, кто присылает вам пакеты. Они добавят её в контакты, и пакеты для вас будут открываться только на этом компьютере.
sync-my-name-label = Ваше имя или название центра — как его увидят другие
sync-my-name-hint = Видно на вашей карточке, в ваших пакетах и в разрешённых вами конфликтах. На этом компьютере не сохраняется.
sync-fingerprint-label = Отпечаток (сверьте эти слова по телефону)
sync-my-card-text-label = Текст карточки
sync-card-copy = Скопировать текст
sync-card-save = Сохранить в файл…
sync-card-copied = Текст карточки скопирован.
sync-card-saved = Карточка сохранена.

# Контакты: добавление
sync-add-title = Добавить контакт
sync-add-intro = Вставьте текст чужой карточки контакта или выберите файл карточки, который вам передали.
sync-add-paste-label = Текст карточки контакта
sync-add-choose-file = Выбрать файл карточки…
sync-card-unreadable = Это не полная карточка контакта. Скопируйте карточку целиком — от строки «casebook contact card v1» до строки с отпечатком.
sync-card-file-unreadable = Этот файл — не карточка контакта.
sync-add-compare = Прочитайте друг другу эти слова по телефону. Добавляйте контакт, только если они совпадают.
sync-contact-name-label = Имя
sync-contact-role-label = Роль
sync-add-submit = Добавить контакт
sync-contact-added = Контакт «{ $name }» добавлен.
sync-contact-added-role = Контакт «{ $name }» добавлен с ролью «{ $role }».
sync-typed-words-label = Шесть слов отпечатка — так, как их читает вам контакт
sync-typed-words-hint = Введите их сами, не копируйте с этого экрана. Эта роль получает полные записи, поэтому слова должны прийти от человека — по телефону или лично.
sync-summary-role = У отправителя были права роли «{ $role }».

# Контакты: список
sync-contacts-title = Контакты
sync-contacts-empty = Контактов пока нет. Добавьте карточку центра, юриста или коллеги, с которыми вы обмениваетесь делами.
sync-contact-added-at = добавлен { $when }
sync-rename = Переименовать
sync-rename-label = Переименовать { $name }
sync-rename-submit = Сохранить имя
sync-contact-renamed = Контакт теперь называется «{ $name }».
sync-remove = Удалить
sync-remove-label = Удалить { $name }
sync-remove-question = Удалить контакт «{ $name }»? Делать для него пакеты станет нельзя, а его пакеты снова потребуют подтверждения.
sync-remove-keep = Оставить
sync-remove-confirm = Удалить контакт
sync-contact-removed = Контакт «{ $name }» удалён.

# Экспорт
sync-export-title = Экспорт дел в пакет
sync-export-intro = Выберите, кто сможет открыть пакет и какие дела в него войдут. Дела, которые им передавать нельзя, будут перечислены с причиной ещё до записи.
sync-export-to = Кто сможет открыть пакет
sync-export-to-contacts = Контакты
sync-export-no-contacts = Контактов пока нет: добавьте их на вкладке «Контакты» или используйте парольную фразу.
sync-export-to-passphrase = Любой, кто знает парольную фразу
sync-export-passphrase-hint = Сообщите парольную фразу получателю иначе, чем сам пакет (лично или по телефону).
sync-export-passphrase-label = Парольная фраза пакета
sync-export-pass-role-label = По чьим правилам
sync-export-which = Какие дела
sync-export-all = Все дела
sync-export-since-last = Изменённые после моего последнего экспорта этим контактам
sync-export-since-last-hint = Только дела, которые появились или изменились с тех пор, как вы последний раз отправляли пакет каждому выбранному контакту.
sync-export-since-last-needs-contacts = Возможно, только если пакет для контактов.
sync-export-chosen = Выбранные мной дела
sync-export-search-label = Найти дела (код, псевдоним, любое слово)
sync-export-chosen-count = { $count ->
    [0] Пока не выбрано ни одного дела.
    [one] Выбрано { $count } дело.
    [few] Выбрано { $count } дела.
   *[other] Выбрано { $count } дел.
}
sync-export-search-none = Подходящих дел нет.
sync-export-search-more = Показаны первые { $shown } из { $total }; уточните поиск.
sync-export-attachments = Включить вложения (фото, документы)
sync-export-attachments-hint = Без них пакет гораздо меньше; псевдонимизированные дела никогда не содержат вложений.
sync-sender-name-hint = Получатели увидят это имя как имя отправителя.
sync-export-need-recipient = Выберите хотя бы один контакт или парольную фразу.
sync-export-need-cases = Выберите хотя бы одно дело.
sync-plan-title = Что войдёт в пакет
sync-plan-checking = Проверяем дела…
sync-plan-cases = { $count ->
    [0] Ни одно дело передать нельзя.
    [one] Можно передать { $count } дело.
    [few] Можно передать { $count } дела.
   *[other] Можно передать { $count } дел.
}
sync-plan-pseudonymised = { $count ->
    [one] Из них { $count } — только в псевдонимизированном виде (без опознающих сведений).
   *[other] Из них { $count } — только в псевдонимизированном виде (без опознающих сведений).
}
sync-plan-attachments = { $count ->
    [one] С { $count } вложением ({ $size }).
   *[other] С { $count } вложениями ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } дело передать нельзя:
    [few] { $count } дела передать нельзя:
   *[other] { $count } дел передать нельзя:
}
sync-plan-refused-more = …и ещё { $count }
sync-plan-refused-show-all = Показать все дела
sync-refused-consent = для роли «{ $role }» нужно согласие «{ $destination }», а сейчас оно { $state }
sync-refused-role = роль «{ $role }» не получает записей дел, только обезличенную статистику
sync-refused-unreadable = дело не удаётся прочитать
sync-consent-state-given = дано
sync-consent-state-refused = не дано (отказ)
sync-consent-state-revoked = отозвано
sync-consent-state-missing = не записано
sync-plan-nothing = Этим получателям нельзя передать ни одного дела, поэтому записывать нечего.
sync-export-write = Сохранить пакет…
sync-export-writing = Записываем…
sync-export-done = Пакет сохранён: { $cases ->
    [one] { $cases } дело
    [few] { $cases } дела
   *[other] { $cases } дел
}, { $attachments ->
    [one] { $attachments } вложение
    [few] { $attachments } вложения
   *[other] { $attachments } вложений
}, { $size }.
sync-export-done-refused = { $count ->
    [one] { $count } дело не вошло в пакет — см. список выше.
    [few] { $count } дела не вошли в пакет — см. список выше.
   *[other] { $count } дел не вошли в пакет — см. список выше.
}

# Импорт
sync-import-title = Импорт пакета
sync-import-intro = Выберите полученный файл пакета. Он полностью проверяется до каких-либо изменений; повреждённый или изменённый пакет ничего не меняет.
sync-import-choose = Выбрать файл пакета…
sync-import-file = Файл: { $name }
sync-import-passphrase-title = Пакет защищён парольной фразой
sync-import-passphrase-text = Введите парольную фразу, которую сообщил отправитель.
sync-import-open = Открыть и импортировать
sync-import-unchanged = В этом хранилище ничего не изменилось.
sync-signer-title = Неизвестный отправитель
sync-signer-text = Этот пакет сделан на компьютере, которого нет в ваших контактах: «{ $name }». Попросите отправителя прочитать вам свой отпечаток — по телефону или лично — и сверьте его с этими словами:
sync-signer-no-name = без имени
sync-signer-warning = Если слова не совпадают, не импортируйте: пакет может быть не от того, кого вы думаете.
sync-signer-add = Также добавить отправителя в мои контакты
sync-signer-reject = Не импортировать
sync-signer-accept = Слова совпадают — импортировать
sync-summary-title = Импорт завершён
sync-summary-from = От «{ $name }», отпечаток
sync-summary-from-self = С этого же компьютера, отпечаток
sync-summary-added = Добавлено
sync-summary-updated = Обновлено
sync-summary-conflicts = Конфликты
sync-summary-skipped = Уже есть
sync-summary-rejected = Отклонено
sync-summary-attachments = { $count ->
    [one] { $count } новое вложение.
    [few] { $count } новых вложения.
   *[other] { $count } новых вложений.
}
sync-summary-rejected-title = Отклонённые дела
sync-rejected-unreadable-record = содержимое дела эта программа прочитать не может
sync-rejected-role-may-not-add = роль отправителя не позволяет добавлять дела в это хранилище
sync-rejected-role-may-not-delete = роль отправителя не позволяет удалять дела
sync-rejected-role-may-not-change = роль отправителя не позволяет менять эти поля (юрист может менять только ответы на жалобы и заметки)
sync-summary-cases-title = Все дела в этом пакете ({ $count })
sync-summary-cases-more = …и ещё { $count }.
sync-summary-attention-title = Дела, которые нужно проверить
sync-outcome-added = добавлено
sync-outcome-fast-forward = обновлено
sync-outcome-merged = объединено с изменениями, сделанными здесь
sync-outcome-merged-conflicts = { $count ->
    [one] объединено; { $count } поле изменено с обеих сторон и ждёт вашего решения
    [few] объединено; { $count } поля изменены с обеих сторон и ждут вашего решения
   *[other] объединено; { $count } полей изменены с обеих сторон и ждут вашего решения
}
sync-outcome-edit-kept-over-delete = с одной стороны удалено, с другой изменено: изменённое дело сохранено, проверьте его
sync-outcome-skipped = ничего нового
sync-summary-conflicts-text = { $count ->
    [one] { $count } поле изменено по-разному здесь и у отправителя. Ничего не потеряно: оба значения хранятся, пока вы не решите.
    [few] { $count } поля изменены по-разному здесь и у отправителя. Ничего не потеряно: оба значения хранятся, пока вы не решите.
   *[other] { $count } полей изменены по-разному здесь и у отправителя. Ничего не потеряно: оба значения хранятся, пока вы не решите.
}
sync-summary-resolve = Разрешить конфликты

# Конфликты
sync-conflicts-title = Конфликты для разрешения
sync-conflicts-intro = Поле было изменено по-разному на двух компьютерах. Выберите, какое значение останется в деле, или введите правильное. Ваш выбор добавляется новой редакцией; оба прежних значения остаются в истории.
sync-conflicts-empty = Конфликтов нет. Всё объединилось без противоречий.
sync-conflict-whole-case = дело целиком
sync-conflict-edit-vs-delete = С одной стороны это дело удалили, с другой — изменили. Пока вы не решите, сохраняется изменённое дело.
sync-conflict-choose = Значение для { $field }
sync-conflict-ours = Оставить значение здесь
sync-conflict-theirs = Взять значение отправителя
sync-conflict-typed = Ввести другое значение
sync-conflict-typed-label = Новое значение для { $field }
sync-conflict-by = { $author }, { $when }
sync-conflict-deleted = (дело удалено)
sync-conflict-edited = (изменённое дело)
sync-conflict-empty = (пусто)
sync-conflict-yes = да
sync-conflict-no = нет
sync-conflict-resolve = Разрешить
sync-conflict-resolved = «{ $field }» в деле { $code }: конфликт разрешён.
sync-summary-stats = Пакет статистики. Срезов: { $count }. Ни одно дело в этом хранилище не затронуто.
sync-summary-snapshot = { $centre } — записей: { $records } — { $standing ->
    [new] новый центр, учтён
    [replaced] заменяет его более старый срез
    [older] старше уже имеющегося, ничего не изменилось
   *[same] уже есть, ничего не изменилось
}
