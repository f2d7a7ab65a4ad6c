# Иштердин тизмеси: издөө, чыпкалар, иреттөө, саптар.

list-search-label = Издөө
list-search-placeholder = Код, псевдоним, жер, баяндагы сөздөр…
list-search-hint = Сиз терген ар бир сөз иште болушу керек; сөздүн бөлүктөрү да издөөгө жарайт.
list-filters-legend = Чыпкалар
list-filters-toggle = { $count ->
    [0] Чыпкалар
   *[other] Чыпкалар (коюлганы: { $count })
}
list-filter-any = Баары
list-filter-status = Абалы
list-filter-from = Окуя (баштап)
list-filter-to = Окуя (чейин)
list-filter-period-placeholder = мис. 2026-03
list-filter-period-invalid = Жылды, жыл менен айды же толук датаны жазыңыз, мисалы 2026-03.
list-filter-place = Аймак
list-filter-act = Аракеттин түрү
list-filter-agency = Мекеме
list-filter-consent = Макулдук берилген багыт
list-filter-due = Кийинки кадам
list-filter-due-overdue = Мөөнөтү өткөн
list-filter-due-week = 7 күндүн ичинде
list-filter-due-month = 30 күндүн ичинде
list-filters-clear = Чыпкаларды тазалоо
list-sort-label = Иреттөө
list-sort-updated-desc = Акыркы өзгөртүү, жаңылары биринчи
list-sort-updated-asc = Акыркы өзгөртүү, эскилери биринчи
list-sort-incident-desc = Окуянын датасы, жаңылары биринчи
list-sort-incident-asc = Окуянын датасы, эскилери биринчи
list-sort-code-asc = Код, А–Я
list-sort-code-desc = Код, Я–А
list-sort-due-asc = Кийинки кадам, жакынкылары биринчи
list-found = { $count ->
    [0] Бир да иш табылган жок
    [one] { $count } иш табылды
   *[other] { $count } иш табылды
}
list-found-capped = Акыркы жазылган { $cap } дал келген иштин ичинен { $count } көрсөтүлдү. Бул сөздөр башка иштерде да бар: издөөнү тактоо үчүн сөз же чыпка кошуңуз.
list-col-date = Окуянын датасы
list-col-place = Жери
list-col-acts = Негизги аракеттер
list-col-due = Кийинки кадам
list-overdue = мөөнөтү өткөн
list-more-acts = +{ $count }
list-open-hint = Ишти ачуу үчүн анын кодун тандаңыз.
list-empty-first-step = Биринчи ишти жазуу үчүн терезенин жогору жагындагы «Жаңы иш» баскычын тандаңыз. Псевдоним жана документтештирүүгө макулдук гана милдеттүү; калган суроолордун баарын өткөрүп жиберсе болот.
list-no-match-title = Дал келген иш жок
list-no-match-text = Издөөгө жана чыпкаларга бир да иш дал келбейт. Азыраак сөз менен издеп көрүңүз же чыпкаларды тазалаңыз.
list-no-match-plain = Дал келген иш жок.
