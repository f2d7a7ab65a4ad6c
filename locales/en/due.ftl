## Deadlines across cases

due-button = Deadlines
due-header-overdue = { $count ->
    [one] 1 overdue
   *[other] { $count } overdue
}
due-title = Deadlines
due-back = Back to cases
due-intro = Follow-ups, complaint deadlines and forensic examinations still open in every case, overdue first. A forensic examination is due 14 days after an incident with physical violence, unless one is recorded.
due-empty = Nothing is due.
due-panel-title = { $count ->
    [one] 1 deadline overdue or due this week
   *[other] { $count } deadlines overdue or due this week
}
due-dismiss = Hide until next unlock
due-all = All deadlines
due-all-more = All deadlines ({ $count } more)
due-done = Done today
due-state-overdue = Overdue
due-state-today = Today
due-state-later = Due
due-state-done = Done
due-kind-follow-up = Follow-up
due-kind-complaint-deadline = Complaint deadline
due-kind-forensic-window = Forensic examination while injuries are visible
due-window-label = Forensic examination due this many days after an incident
due-window-save = Save
due-window-saved = Saved. Every case’s deadlines follow the new window.
