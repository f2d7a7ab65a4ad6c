# Рӯйхати парвандаҳо: ҷустуҷӯ, филтрҳо, тартиб, сатрҳо.

list-search-label = Ҷустуҷӯ
list-search-placeholder = Код, тахаллус, ҷой, калимаҳо аз ҳикоя…
list-search-hint = Ҳар калимае, ки менависед, бояд дар парванда бошад; қисмҳои калима ҳам кор мекунанд.
list-filters-legend = Филтрҳо
list-filters-toggle = { $count ->
    [0] Филтрҳо
   *[other] Филтрҳо (муқарраршуда: { $count })
}
list-filter-any = Ҳар кадом
list-filter-status = Вазъ
list-filter-from = Ҳодиса аз
list-filter-to = Ҳодиса то
list-filter-period-placeholder = масалан, 2026-03
list-filter-period-invalid = Сол, сол ва моҳ ё санаи пурраро нависед, масалан 2026-03.
list-filter-place = Минтақа
list-filter-act = Навъи амал
list-filter-agency = Идора
list-filter-consent = Розигӣ ба
list-filter-due = Қадами минбаъда
list-filter-due-overdue = Мӯҳлаташ гузашт
list-filter-due-week = Дар 7 рӯзи наздик
list-filter-due-month = Дар 30 рӯзи наздик
list-filters-clear = Тоза кардани филтрҳо
list-sort-label = Тартиб аз рӯи
list-sort-updated-desc = Охирин тағйир: аввал навҳо
list-sort-updated-asc = Охирин тағйир: аввал кӯҳнаҳо
list-sort-incident-desc = Санаи ҳодиса: аввал навҳо
list-sort-incident-asc = Санаи ҳодиса: аввал кӯҳнаҳо
list-sort-code-asc = Код: аз А то Я
list-sort-code-desc = Код: аз Я то А
list-sort-due-asc = Қадами минбаъда: аввал наздиктаринҳо
list-found = { $count ->
    [0] Ягон парванда ёфт нашуд
   *[other] { $count } парванда ёфт шуд
}
list-found-capped = { $count } аз { $cap } мувофиқати охирин сабтшуда нишон дода шуд. Ин калимаҳо дар парвандаҳои дигар ҳам ҳастанд: барои маҳдуд кардани ҷустуҷӯ калима ё филтр илова кунед.
list-col-date = Санаи ҳодиса
list-col-place = Ҷой
list-col-acts = Амалҳои асосӣ
list-col-due = Қадами минбаъда
list-overdue = мӯҳлаташ гузашт
list-more-acts = +{ $count }
list-open-hint = Барои кушодани парванда коди онро интихоб кунед.
list-empty-first-step = Барои сабт кардани парвандаи аввал дар болои равзана «Парвандаи нав»-ро интихоб кунед. Танҳо тахаллус ва розигӣ ба ҳуҷҷатгузорӣ ҳатмӣ мебошанд; ба ҳар саволи дигар ҷавоб надодан мумкин аст.
list-no-match-title = Парвандаи мувофиқ нест
list-no-match-text = Ҳеҷ парванда ба ҷустуҷӯ ва филтрҳо мувофиқ нест. Калимаҳои камтар нависед ё филтрҳоро тоза кунед.
list-no-match-plain = Парвандаи мувофиқ нест.
