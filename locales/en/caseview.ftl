# Case view (ui/src/screens/CaseView.svelte), attachments, drafts list, and words the
# forms share (cw-…).

cv-new-case = New case
cv-intake-title = Intake
cv-drafts = { $count ->
    [one] One interview to resume
   *[other] { $count } interviews to resume
}
cv-draft-unnamed = (no pseudonym yet)
cv-draft-stopped = stopped at “{ $step }”, { $time }

cv-back = Back to the list
cv-updated = Last changed { $time } by { $author }
cv-sealed-notice = This case is sealed as evidence. Every change needs a reason, which is kept in its history.
cv-status-title = Status
cv-change-status = Change status
cv-seal = Seal
cv-unseal = Unseal and change
cv-seal-reason = Why it is sealed
cv-unseal-reason = Why the seal is lifted
cv-reason-required = Give a reason first.
cv-saved = Saved as a new revision.
cv-views = Views of the case
cv-tab-case = Case
cv-tab-history = History ({ $count })
cv-edit = Edit
cv-editing = Editing: { $section }
cv-reason = Reason for the change (optional)
cv-reason-sealed = Reason for changing a sealed case
cv-save = Save
cv-cancel = Cancel
cv-edit-kept-at = Unsaved edit kept in the vault at { $time }
cv-edit-not-kept-yet = Nothing changed yet
cv-resume-title = An unsaved edit was kept
cv-resume-text = The edit of “{ $section }” from { $time } was not saved as a revision. Resume it to check and save it, or discard it.
cv-resume-changed = The case was saved again after this edit began. Saving the edit keeps those changes in every other section; this section is saved as it is in the edit.
cv-resume-yes = Resume the edit
cv-resume-discard = Discard the edit
cv-resume-discarded = The unsaved edit was discarded.
cv-nothing-recorded = Nothing recorded.
cv-identity-recorded = recorded (not shown here)
cv-revoked = revoked on { $date }
cv-deadline = deadline { $date }
cv-due = due { $date }
cv-overdue = overdue
cv-done = done { $date }
cv-done-short = done
cv-due-title = Follow-ups and deadlines
cv-complaint-deadline = Complaint deadline: { $body }

cv-kind-create = Created
cv-kind-edit = Changed
cv-kind-delete = Deleted
cv-kind-merge = Merged
cv-by = by { $author }
cv-reason-was = Reason: { $reason }
cv-changes = Changed fields
cv-field = Field
cv-before = Before
cv-after = After
cv-created-with = { $count ->
    [one] Created with one field.
   *[other] Created with { $count } fields.
}

cv-attachments = Attachments
cv-attachments-empty = No files attached yet.
cv-attach-choose = Add a file…
cv-attach-drop = or drop files on this window.
cv-attaching = Adding the file to the vault…
cv-attachment-added = “{ $name }” was added.
cv-sha256 = SHA-256
cv-received = Received
cv-captured = Taken
cv-description = Description
cv-view = Show
cv-close = Close
cv-export = Export a copy…
cv-exported = The copy was saved. It is not encrypted: keep it safe.
cv-image-of = Attached image { $name }

cw-yes = Yes
cw-no = No
cw-not-recorded = — not recorded —
cw-other-note = Say what
cw-remove = Remove
cw-country = Country
cw-region = Region
cw-settlement = Town or village
cw-place = Place
cw-eeca = Eastern Europe and Central Asia
cw-other-countries = Other countries
cw-date-precision = Precision
cw-date-value = Date
cw-date-from = From
cw-date-to = To
cw-date-shape-exact = YYYY-MM-DD
cw-date-shape-month = YYYY-MM
cw-date-shape-year = YYYY
cw-date-hint = Write it as { $shape }.
cw-bytes = { $n } bytes
cw-kib = { $n } KB
cw-mib = { $n } MB
