# The case list: search, filters, sort, rows.

list-search-label = Search
list-search-placeholder = Code, pseudonym, place, words from the account…
list-search-hint = Every word you type must appear in the case; parts of words work too.
list-filters-legend = Filters
list-filters-toggle = { $count ->
    [0] Filters
   *[other] Filters ({ $count } set)
}
list-filter-any = Any
list-filter-status = Status
list-filter-from = Incident from
list-filter-to = Incident until
list-filter-period-placeholder = e.g. 2026-03
list-filter-period-invalid = Write a year, a year and month, or a full date, e.g. 2026-03.
list-filter-place = Region
list-filter-act = Type of act
list-filter-agency = Agency
list-filter-consent = Consent given for
list-filter-due = Follow-up
list-filter-due-overdue = Overdue
list-filter-due-week = Due within 7 days
list-filter-due-month = Due within 30 days
list-filters-clear = Clear filters
list-sort-label = Sort by
list-sort-updated-desc = Last changed, newest first
list-sort-updated-asc = Last changed, oldest first
list-sort-incident-desc = Incident date, newest first
list-sort-incident-asc = Incident date, oldest first
list-sort-code-asc = Code, A to Z
list-sort-code-desc = Code, Z to A
list-sort-due-asc = Next follow-up, soonest first
list-found = { $count ->
    [0] No case found
    [one] { $count } case found
   *[other] { $count } cases found
}
list-found-capped = { $count } shown from the { $cap } most recently recorded matches. More cases contain these words: add words or filters to narrow the search.
list-col-date = Incident date
list-col-place = Place
list-col-acts = Main acts
list-col-due = Next follow-up
list-overdue = overdue
list-more-acts = +{ $count }
list-open-hint = Choose a case code to open the case.
list-empty-first-step = To record the first case, choose “New case” at the top of the window. Only the pseudonym and the documentation consent are required; every other question can be skipped.
list-no-match-title = No case matches
list-no-match-text = No case matches the search and filters. Try fewer words, or clear the filters.
list-no-match-plain = No case matches.
