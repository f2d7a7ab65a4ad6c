# Картка справи (ui/src/screens/CaseView.svelte), вкладення, список чернеток і спільні
# слова форм (cw-…).

cv-new-case = Нова справа
cv-intake-title = Прийом
cv-drafts = { $count ->
    [one] { $count } розмова чекає продовження
    [few] { $count } розмови чекають продовження
   *[other] { $count } розмов чекають продовження
}
cv-draft-unnamed = (псевдоніма ще немає)
cv-draft-stopped = зупинено на кроці «{ $step }», { $time }

cv-back = Назад до списку
cv-updated = Змінено { $time }, автор: { $author }
cv-sealed-notice = Справу опечатано як доказ. Будь-яка зміна потребує причини, яка зберігається в історії.
cv-status-title = Статус
cv-change-status = Змінити статус
cv-seal = Опечатати
cv-unseal = Зняти печатку і змінити
cv-seal-reason = Чому справу опечатують
cv-unseal-reason = Чому печатку знімають
cv-reason-required = Спершу вкажіть причину.
cv-saved = Збережено як нову редакцію.
cv-views = Розділи справи
cv-tab-case = Справа
cv-tab-history = Історія ({ $count })
cv-edit = Змінити
cv-editing = Зміна: { $section }
cv-reason = Причина зміни (необов'язково)
cv-reason-sealed = Причина зміни опечатаної справи
cv-save = Зберегти
cv-cancel = Скасувати
cv-edit-kept-at = Незбережену правку записано у сховищі о { $time }
cv-edit-not-kept-yet = Поки нічого не змінено
cv-resume-title = Залишилася незбережена правка
cv-resume-text = Правку розділу «{ $section }» від { $time } не було збережено як редакцію. Продовжте її, щоб перевірити й зберегти, або відмовтеся від неї.
cv-resume-changed = Після початку цієї правки справу було збережено знову. Якщо зберегти правку, ці зміни в інших розділах залишаться, а цей розділ буде записано таким, яким він став у правці.
cv-resume-yes = Продовжити правку
cv-resume-discard = Відмовитися від правки
cv-resume-discarded = Незбережену правку видалено.
cv-nothing-recorded = Нічого не записано.
cv-identity-recorded = записано (тут не показуються)
cv-revoked = відкликано { $date }
cv-deadline = строк { $date }
cv-due = до { $date }
cv-overdue = прострочено
cv-done = зроблено { $date }
cv-done-short = зроблено
cv-due-title = Подальші кроки і строки
cv-complaint-deadline = Строк за скаргою: { $body }

cv-kind-create = Створено
cv-kind-edit = Змінено
cv-kind-delete = Видалено
cv-kind-merge = Об'єднано
cv-by = автор: { $author }
cv-reason-was = Причина: { $reason }
cv-changes = Змінені поля
cv-field = Поле
cv-before = Було
cv-after = Стало
cv-created-with = { $count ->
    [one] Створено з { $count } полем.
   *[other] Створено з { $count } полями.
}

cv-attachments = Вкладення
cv-attachments-empty = Файли ще не додано.
cv-attach-choose = Додати файл…
cv-attach-drop = або перетягніть файли в це вікно.
cv-attaching = Файл додається до сховища…
cv-attachment-added = «{ $name }» додано.
cv-sha256 = SHA-256
cv-received = Отримано
cv-captured = Знято
cv-description = Опис
cv-view = Показати
cv-close = Закрити
cv-export = Зберегти копію…
cv-exported = Копію збережено. Вона не зашифрована: зберігайте її в надійному місці.
cv-image-of = Прикріплене зображення { $name }

cw-yes = Так
cw-no = Ні
cw-not-recorded = — не вказано —
cw-other-note = Що саме
cw-remove = Видалити
cw-country = Країна
cw-region = Регіон
cw-settlement = Місто або село
cw-place = Місце
cw-eeca = Східна Європа та Центральна Азія
cw-other-countries = Інші країни
cw-date-precision = Точність
cw-date-value = Дата
cw-date-from = З
cw-date-to = По
cw-date-shape-exact = РРРР-ММ-ДД
cw-date-shape-month = РРРР-ММ
cw-date-shape-year = РРРР
cw-date-hint = Пишіть у вигляді { $shape }.
cw-bytes = { $n } байтів
cw-kib = { $n } КБ
cw-mib = { $n } МБ
