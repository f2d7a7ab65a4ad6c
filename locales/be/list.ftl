# Спіс спраў: пошук, фільтры, сартаванне, радкі.

list-search-label = Пошук
list-search-placeholder = Код, псеўданім, месца, словы з расповеду…
list-search-hint = Кожнае ўведзенае слова павінна быць у справе; часткі слоў таксама падыходзяць.
list-filters-legend = Фільтры
list-filters-toggle = { $count ->
    [0] Фільтры
   *[other] Фільтры (зададзена: { $count })
}
list-filter-any = Любы
list-filter-status = Статус
list-filter-from = Інцыдэнт з
list-filter-to = Інцыдэнт па
list-filter-period-placeholder = напр., 2026-03
list-filter-period-invalid = Увядзіце год, год і месяц або поўную дату, напрыклад 2026-03.
list-filter-place = Рэгіён
list-filter-act = Від дзеяння
list-filter-agency = Ведамства
list-filter-consent = Згода дадзена на
list-filter-due = Далейшы крок
list-filter-due-overdue = Пратэрмінаваны
list-filter-due-week = У бліжэйшыя 7 дзён
list-filter-due-month = У бліжэйшыя 30 дзён
list-filters-clear = Скінуць фільтры
list-sort-label = Сартаваць па
list-sort-updated-desc = Апошняя змена, спачатку новыя
list-sort-updated-asc = Апошняя змена, спачатку старыя
list-sort-incident-desc = Дата інцыдэнту, спачатку новыя
list-sort-incident-asc = Дата інцыдэнту, спачатку старыя
list-sort-code-asc = Код, ад А да Я
list-sort-code-desc = Код, ад Я да А
list-sort-due-asc = Наступны крок, спачатку бліжэйшыя
list-found = { $count ->
    [0] Не знойдзена ніводнай справы
    [one] Знойдзена { $count } справа
    [few] Знойдзены { $count } справы
    [many] Знойдзена { $count } спраў
   *[other] Знойдзена { $count } справы
}
list-found-capped = Паказана { $count } з { $cap } апошніх запісаных супадзенняў. Гэтыя словы ёсць і ў іншых справах: дадайце словы або фільтры, каб звузіць пошук.
list-col-date = Дата інцыдэнту
list-col-place = Месца
list-col-acts = Асноўныя дзеянні
list-col-due = Наступны крок
list-overdue = пратэрмінавана
list-more-acts = +{ $count }
list-open-hint = Каб адкрыць справу, выберыце яе код.
list-empty-first-step = Каб запісаць першую справу, выберыце «Новая справа» ўверсе акна. Абавязковыя толькі псеўданім і згода на дакументаванне; любое іншае пытанне можна прапусціць.
list-no-match-title = Няма адпаведных спраў
list-no-match-text = Ніводная справа не адпавядае пошуку і фільтрам. Паспрабуйце менш слоў або скіньце фільтры.
list-no-match-plain = Няма адпаведных спраў.
