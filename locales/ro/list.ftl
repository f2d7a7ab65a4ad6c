# Lista cazurilor: căutare, filtre, sortare, rânduri.

list-search-label = Căutare
list-search-placeholder = Cod, pseudonim, loc, cuvinte din relatare…
list-search-hint = Fiecare cuvânt introdus trebuie să apară în caz; funcționează și părți de cuvinte.
list-filters-legend = Filtre
list-filters-toggle = { $count ->
    [0] Filtre
   *[other] Filtre (active: { $count })
}
list-filter-any = Oricare
list-filter-status = Starea
list-filter-from = Incident de la
list-filter-to = Incident până la
list-filter-period-placeholder = de ex. 2026-03
list-filter-period-invalid = Scrieți un an, un an și o lună sau o dată completă, de ex. 2026-03.
list-filter-place = Regiunea
list-filter-act = Tipul faptei
list-filter-agency = Instituția
list-filter-consent = Consimțământ dat pentru
list-filter-due = Acțiune planificată
list-filter-due-overdue = Termen depășit
list-filter-due-week = În următoarele 7 zile
list-filter-due-month = În următoarele 30 de zile
list-filters-clear = Ștergeți filtrele
list-sort-label = Sortați după
list-sort-updated-desc = Ultima modificare, cele mai noi întâi
list-sort-updated-asc = Ultima modificare, cele mai vechi întâi
list-sort-incident-desc = Data incidentului, cele mai noi întâi
list-sort-incident-asc = Data incidentului, cele mai vechi întâi
list-sort-code-asc = Cod, A–Z
list-sort-code-desc = Cod, Z–A
list-sort-due-asc = Următoarea acțiune planificată, cea mai apropiată întâi
list-found = { $count ->
    [0] Nu s-a găsit niciun caz
    [one] S-a găsit { $count } caz
    [few] S-au găsit { $count } cazuri
   *[other] S-au găsit { $count } de cazuri
}
list-found-capped = Afișate: { $count }. S-a căutat doar printre cele mai recent înregistrate cazuri (maximum { $cap }). Mai multe cazuri conțin aceste cuvinte: adăugați cuvinte sau filtre pentru a restrânge căutarea.
list-col-date = Data incidentului
list-col-place = Locul
list-col-acts = Faptele principale
list-col-due = Următoarea acțiune planificată
list-overdue = termen depășit
list-more-acts = +{ $count }
list-open-hint = Alegeți codul unui caz pentru a-l deschide.
list-empty-first-step = Pentru a înregistra primul caz, alegeți „Caz nou” în partea de sus a ferestrei. Sunt obligatorii doar pseudonimul și consimțământul la documentare; orice altă întrebare poate fi omisă.
list-no-match-title = Niciun caz nu corespunde
list-no-match-text = Niciun caz nu corespunde căutării și filtrelor. Încercați mai puține cuvinte sau ștergeți filtrele.
list-no-match-plain = Niciun caz nu corespunde.
