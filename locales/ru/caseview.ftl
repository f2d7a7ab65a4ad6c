# Карточка дела (ui/src/screens/CaseView.svelte), вложения, список черновиков и общие
# слова форм (cw-…).

cv-new-case = Новое дело
cv-intake-title = Приём
cv-drafts = { $count ->
    [one] { $count } беседа ждёт продолжения
    [few] { $count } беседы ждут продолжения
   *[other] { $count } бесед ждут продолжения
}
cv-draft-unnamed = (псевдонима ещё нет)
cv-draft-stopped = остановлено на шаге «{ $step }», { $time }

cv-back = Назад к списку
cv-updated = Изменено { $time }, автор: { $author }
cv-sealed-notice = Дело опечатано как доказательство. Любое изменение требует причины, которая сохраняется в истории.
cv-status-title = Статус
cv-change-status = Изменить статус
cv-seal = Опечатать
cv-unseal = Снять печать и изменить
cv-seal-reason = Почему дело опечатывается
cv-unseal-reason = Почему печать снимается
cv-reason-required = Сначала укажите причину.
cv-saved = Сохранено как новая редакция.
cv-views = Разделы дела
cv-tab-case = Дело
cv-tab-history = История ({ $count })
cv-edit = Изменить
cv-editing = Изменение: { $section }
cv-reason = Причина изменения (необязательно)
cv-reason-sealed = Причина изменения опечатанного дела
cv-save = Сохранить
cv-cancel = Отмена
cv-edit-kept-at = Несохранённая правка записана в хранилище в { $time }
cv-edit-not-kept-yet = Пока ничего не изменено
cv-resume-title = Осталась несохранённая правка
cv-resume-text = Правка раздела «{ $section }» от { $time } не была сохранена как редакция. Продолжите её, чтобы проверить и сохранить, или откажитесь от неё.
cv-resume-changed = После начала этой правки дело было сохранено снова. Если сохранить правку, эти изменения в других разделах останутся, а этот раздел будет записан таким, каким он стал в правке.
cv-resume-yes = Продолжить правку
cv-resume-discard = Отказаться от правки
cv-resume-discarded = Несохранённая правка удалена.
cv-nothing-recorded = Ничего не записано.
cv-identity-recorded = записаны (здесь не показываются)
cv-revoked = отозвано { $date }
cv-deadline = срок { $date }
cv-due = до { $date }
cv-overdue = просрочено
cv-done = сделано { $date }
cv-done-short = сделано
cv-due-title = Дальнейшие шаги и сроки
cv-complaint-deadline = Срок по жалобе: { $body }

cv-kind-create = Создано
cv-kind-edit = Изменено
cv-kind-delete = Удалено
cv-kind-merge = Объединено
cv-by = автор: { $author }
cv-reason-was = Причина: { $reason }
cv-changes = Изменённые поля
cv-field = Поле
cv-before = Было
cv-after = Стало
cv-created-with = { $count ->
    [one] Создано с { $count } полем.
   *[other] Создано с { $count } полями.
}

cv-attachments = Вложения
cv-attachments-empty = Файлы ещё не прикреплены.
cv-attach-choose = Добавить файл…
cv-attach-drop = или перетащите файлы в это окно.
cv-attaching = Файл добавляется в хранилище…
cv-attachment-added = «{ $name }» добавлен.
cv-sha256 = SHA-256
cv-received = Получено
cv-captured = Снято
cv-description = Описание
cv-view = Показать
cv-close = Закрыть
cv-export = Сохранить копию…
cv-exported = Копия сохранена. Она не зашифрована: храните её в надёжном месте.
cv-image-of = Прикреплённое изображение { $name }

cw-yes = Да
cw-no = Нет
cw-not-recorded = — не указано —
cw-other-note = Что именно
cw-remove = Удалить
cw-country = Страна
cw-region = Регион
cw-settlement = Город или село
cw-place = Место
cw-eeca = Восточная Европа и Центральная Азия
cw-other-countries = Другие страны
cw-date-precision = Точность
cw-date-value = Дата
cw-date-from = С
cw-date-to = По
cw-date-shape-exact = ГГГГ-ММ-ДД
cw-date-shape-month = ГГГГ-ММ
cw-date-shape-year = ГГГГ
cw-date-hint = Пишите в виде { $shape }.
cw-bytes = { $n } байт
cw-kib = { $n } КБ
cw-mib = { $n } МБ
