# Список дел: поиск, фильтры, сортировка, строки.

list-search-label = Поиск
list-search-placeholder = Код, псевдоним, место, слова из рассказа…
list-search-hint = Каждое введённое слово должно встречаться в деле; части слов тоже подходят.
list-filters-legend = Фильтры
list-filters-toggle = { $count ->
    [0] Фильтры
   *[other] Фильтры (задано: { $count })
}
list-filter-any = Любой
list-filter-status = Статус
list-filter-from = Инцидент с
list-filter-to = Инцидент по
list-filter-period-placeholder = напр. 2026-03
list-filter-period-invalid = Укажите год, год и месяц или полную дату, например 2026-03.
list-filter-place = Регион
list-filter-act = Вид действия
list-filter-agency = Ведомство
list-filter-consent = Согласие на
list-filter-due = Контрольный срок
list-filter-due-overdue = Просрочен
list-filter-due-week = В ближайшие 7 дней
list-filter-due-month = В ближайшие 30 дней
list-filters-clear = Сбросить фильтры
list-sort-label = Сортировка
list-sort-updated-desc = Изменены: сначала новые
list-sort-updated-asc = Изменены: сначала старые
list-sort-incident-desc = Дата инцидента: сначала новые
list-sort-incident-asc = Дата инцидента: сначала старые
list-sort-code-asc = Код: от А до Я
list-sort-code-desc = Код: от Я до А
list-sort-due-asc = Ближайший контрольный срок
list-found = { $count ->
    [0] Ничего не найдено
    [one] Найдено { $count } дело
    [few] Найдено { $count } дела
   *[other] Найдено { $count } дел
}
list-found-capped = Показано { $count } из { $cap } последних записанных совпадений. Эти слова есть и в других делах: добавьте слова или фильтры, чтобы сузить поиск.
list-col-date = Дата инцидента
list-col-place = Место
list-col-acts = Основные действия
list-col-due = Контрольный срок
list-overdue = просрочен
list-more-acts = +{ $count }
list-open-hint = Выберите код дела, чтобы открыть его.
list-empty-first-step = Чтобы записать первое дело, нажмите «Новое дело» вверху окна. Обязательны только псевдоним и согласие на документирование; любой другой вопрос можно пропустить.
list-no-match-title = Подходящих дел нет
list-no-match-text = Ни одно дело не подходит под поиск и фильтры. Попробуйте меньше слов или сбросьте фильтры.
list-no-match-plain = Подходящих дел нет.
