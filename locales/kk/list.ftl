# Істер тізімі: іздеу, сүзгілер, сұрыптау, жолдар.

list-search-label = Іздеу
list-search-placeholder = Код, бүркеншік ат, орын, баяндаудағы сөздер…
list-search-hint = Сіз терген әр сөз істе кездесуі керек; сөздің бөлігі де жарайды.
list-filters-legend = Сүзгілер
list-filters-toggle = { $count ->
    [0] Сүзгілер
   *[other] Сүзгілер (қосылғаны: { $count })
}
list-filter-any = Кез келген
list-filter-status = Мәртебесі
list-filter-from = Оқиға күні: бастап
list-filter-to = Оқиға күні: дейін
list-filter-period-placeholder = мысалы, 2026-03
list-filter-period-invalid = Жылды, жыл мен айды немесе толық күнді жазыңыз, мысалы, 2026-03.
list-filter-place = Өңір
list-filter-act = Әрекет түрі
list-filter-agency = Орган
list-filter-consent = Келісім берілген
list-filter-due = Кейінгі қадам
list-filter-due-overdue = Мерзімі өткен
list-filter-due-week = 7 күн ішінде
list-filter-due-month = 30 күн ішінде
list-filters-clear = Сүзгілерді тазалау
list-sort-label = Сұрыптау
list-sort-updated-desc = Соңғы өзгеріс, алдымен жаңалары
list-sort-updated-asc = Соңғы өзгеріс, алдымен ескілері
list-sort-incident-desc = Оқиға күні, алдымен жаңалары
list-sort-incident-asc = Оқиға күні, алдымен ескілері
list-sort-code-asc = Код, А-дан Я-ға дейін
list-sort-code-desc = Код, Я-дан А-ға дейін
list-sort-due-asc = Кейінгі қадам, алдымен ең жақыны
list-found = { $count ->
    [0] Бірде-бір іс табылмады
    [one] { $count } іс табылды
   *[other] { $count } іс табылды
}
list-found-capped = Соңғы жазылған { $cap } сәйкестіктің ішінен { $count } көрсетілді. Бұл сөздер басқа істерде де бар: іздеуді тарылту үшін сөз немесе сүзгі қосыңыз.
list-col-date = Оқиға күні
list-col-place = Орын
list-col-acts = Негізгі әрекеттер
list-col-due = Кейінгі қадам
list-overdue = мерзімі өтті
list-more-acts = +{ $count }
list-open-hint = Істі ашу үшін оның кодын таңдаңыз.
list-empty-first-step = Бірінші істі жазу үшін терезенің жоғарғы жағындағы «Жаңа іс» батырмасын басыңыз. Тек бүркеншік ат пен құжаттауға келісім қажет; қалған сұрақтардың бәрін өткізіп жіберуге болады.
list-no-match-title = Сәйкес іс жоқ
list-no-match-text = Іздеу мен сүзгілерге сәйкес келетін іс жоқ. Азырақ сөз теріп көріңіз немесе сүзгілерді тазалаңыз.
list-no-match-plain = Сәйкес іс жоқ.
