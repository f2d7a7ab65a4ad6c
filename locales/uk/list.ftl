# Список справ: пошук, фільтри, сортування, рядки.

list-search-label = Пошук
list-search-placeholder = Код, псевдонім, місце, слова з розповіді…
list-search-hint = Кожне введене слово має траплятися у справі; частини слів теж підходять.
list-filters-legend = Фільтри
list-filters-toggle = { $count ->
    [0] Фільтри
   *[other] Фільтри (задано: { $count })
}
list-filter-any = Будь-який
list-filter-status = Статус
list-filter-from = Інцидент з
list-filter-to = Інцидент по
list-filter-period-placeholder = напр. 2026-03
list-filter-period-invalid = Вкажіть рік, рік і місяць або повну дату, наприклад 2026-03.
list-filter-place = Регіон
list-filter-act = Вид дії
list-filter-agency = Відомство
list-filter-consent = Згода на
list-filter-due = Контрольний строк
list-filter-due-overdue = Прострочений
list-filter-due-week = Протягом 7 днів
list-filter-due-month = Протягом 30 днів
list-filters-clear = Скинути фільтри
list-sort-label = Сортування
list-sort-updated-desc = Змінені: спочатку нові
list-sort-updated-asc = Змінені: спочатку старі
list-sort-incident-desc = Дата інциденту: спочатку нові
list-sort-incident-asc = Дата інциденту: спочатку старі
list-sort-code-asc = Код: від А до Я
list-sort-code-desc = Код: від Я до А
list-sort-due-asc = Найближчий контрольний строк
list-found = { $count ->
    [0] Нічого не знайдено
    [one] Знайдено { $count } справу
    [few] Знайдено { $count } справи
   *[other] Знайдено { $count } справ
}
list-found-capped = Показано { $count } з { $cap } останніх записаних збігів. Ці слова є й в інших справах: додайте слова або фільтри, щоб звузити пошук.
list-col-date = Дата інциденту
list-col-place = Місце
list-col-acts = Основні дії
list-col-due = Контрольний строк
list-overdue = прострочено
list-more-acts = +{ $count }
list-open-hint = Виберіть код справи, щоб відкрити її.
list-empty-first-step = Щоб записати першу справу, натисніть «Нова справа» вгорі вікна. Обов’язкові лише псевдонім і згода на документування; будь-яке інше питання можна пропустити.
list-no-match-title = Відповідних справ немає
list-no-match-text = Жодна справа не відповідає пошуку та фільтрам. Спробуйте менше слів або скиньте фільтри.
list-no-match-plain = Відповідних справ немає.
