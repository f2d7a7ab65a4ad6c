# The case file for a lawyer in the desktop program: making it (case view) and
# checking one (case list). Ids: cf-<what>. The file's own words are in pdf.ftl.

## Making a case file
cf-open = Case file (PDF)…
cf-title = Case file for a lawyer
cf-intro = A PDF of this case as it is now, for her lawyer. Every file made is recorded in the vault’s audit log.
cf-lang = Language of the file
cf-profile = What the file shows
cf-profile-full-hint = Everything in the case, her name and contacts included. Needs her consent to be named.
cf-profile-pseudonymised-hint = Leaves out her identity, the witnesses’ contacts and the perpetrators’ names.
cf-unchecked-free-text = { $count ->
    [one] One free-text field
   *[other] { $count } free-text fields
  } (narratives, notes, findings) stay in the file. Her name, phone and birth date are removed from them, but names of other people cannot be recognised: read them before handing the file over.
cf-save = Save as PDF…
cf-close = Close
cf-choosing = Choose where to save the file in the window that opened.
cf-generating = Making the case file…
cf-stage-loading = Reading the case
cf-stage-photo = Preparing photo { $done } of { $total }
cf-stage-layout = Laying out the pages
cf-stage-writing = Writing the file
cf-stage-done = Done
cf-saved = Saved “{ $name }” ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}).
cf-saved-where = Folder: { $dir }
cf-unencrypted = The PDF is not encrypted: hand it over in person or through a channel you trust, and delete copies you no longer need.
# Title of the native save dialog.
cf-save-title = Save the case file

## Checking a case file
cf-verify-open = Verify a case file…
# Title of the native open dialog.
cf-verify-title = Choose a case file to check
cf-verify-heading = Checking a case file
cf-verifying = Checking…
cf-verify-ok = This file is genuine: it is exactly what this vault holds for the case.
cf-verify-bad = This file does not match the vault: it was changed after it was made, or it was not made from this vault’s data.
cf-verify-issued = The audit log records that this vault made exactly this file on { $time }.
cf-verify-not-issued = The audit log has no entry for these exact bytes (files made by earlier versions of the program have none).
cf-verify-newer = The case has changed since this file was made; a new file would show the changes.
cf-verify-failed = The file could not be checked.
cf-verify-another = Check another file…
cf-field-file = File
cf-field-case = Case
cf-field-revision = Revision
cf-field-made = Made
cf-field-lang = Language
cf-field-profile = Profile
cf-checks = Checks
cf-check-file-intact = No byte has changed since the file was written
cf-check-data-matches = Its content matches the revision in the vault
cf-check-audit-head = The audit-log entry it names is in this vault
cf-check-rendering = Making it again from the vault gives the same bytes
cf-check-passed = passed
cf-check-failed = failed
cf-check-skipped = not checked: made by another version of the program
