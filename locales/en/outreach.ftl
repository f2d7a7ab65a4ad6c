# Outreach mode: a field laptop that seals each finished report for its centre
# and cannot open it again. Plain words: the people reading these are peer
# outreach workers, often on a small screen, sometimes in a hurry.

## Setting the laptop up (first screen)
os-offer = A peer outreach worker’s laptop that goes into the field? Set it up so that every finished report is sealed for your centre and this laptop cannot open it again.
os-offer-button = Set up for outreach
os-title = Set up this laptop for outreach
os-intro = This laptop will record reports and seal each finished one for your centre. Only the centre can open a sealed report; this laptop cannot, not even with its passphrase.
os-card-step = 1. Your centre’s contact card
os-card-label = Paste the centre’s contact card here, or open the card file
os-centre = Centre: { $centre }
os-compare = Call the centre and ask them to read out their six words. They must be exactly these:
os-words-label = Type the six words as the centre reads them out
os-passphrase-step = 2. A passphrase for this laptop
os-coercion = This passphrase opens only reports you have not finished yet. A finished report is sealed for { $centre }: nobody can open it on this laptop — not you, and not someone who forces you to unlock it.
os-back = Back: an ordinary vault instead
os-create = Set up this laptop

## The outreach home
or-title = Field reports
or-intro = Reports you finish are sealed for { $centre }. This laptop cannot open them again.
or-sealed-now = Sealed for { $centre }. This laptop can no longer open the report.
or-receipt-code = Receipt code
or-new-quick = New quick report
or-new-full = New report with the full form
or-drafts = Not finished yet
or-no-drafts = No unfinished reports.
or-stale = { $count ->
    [one] One report has waited more than a day. Finish it so it is sealed: until then, this laptop’s passphrase opens it.
   *[other] { $count } reports have waited more than a day. Finish them so they are sealed: until then, this laptop’s passphrase opens them.
}
or-outbox = Sealed for the centre
or-outbox-hint = Only the receipt code is kept here. Take the file to the centre; the centre gives you a receipt, and the sealed copies it confirms are removed from this laptop.
or-outbox-empty = Nothing sealed yet.
or-sealed-at = Sealed
or-state = Centre
or-waiting = waiting for the centre’s receipt
or-confirmed-at = received by the centre ({ $time })
or-export = { $count ->
    [0] Nothing to take to the centre
    [one] Save the sealed report for the centre…
   *[other] Save { $count } sealed reports for the centre…
}
or-export-file-name = for-the-centre
or-exported = { $count ->
    [one] One sealed report saved. Take the file to the centre.
   *[other] { $count } sealed reports saved in one file. Take it to the centre.
}
or-take-receipt = Take the centre’s receipt…
or-confirmed = { $count ->
    [0] The receipt confirms nothing new.
    [one] The centre confirmed one report; its sealed copy is removed from this laptop.
   *[other] The centre confirmed { $count } reports; their sealed copies are removed from this laptop.
}
or-centre-words-title = The centre this laptop seals for: { $centre }
or-centre-words = The centre’s six words:

## The quick report
qr-title = Quick report
in-step-quick = Quick report
qr-seal-note = When you finish, the report is sealed for { $centre }. After that, this laptop cannot open it again.
qr-consent = Does she agree that what happened to her is written down and given to the centre?
qr-consent-hint = Ask her before anything else. Other uses (a lawyer, statistics, the UN) are asked at the centre or in the full form.
qr-consent-yes = Yes, she agrees
qr-consent-no = No
qr-who-she-is = Who she is
qr-pseudonym = A name to call her by
qr-pseudonym-hint = A nickname or a code, not her real name.
qr-what = What happened
qr-other-acts = Also recorded in the full form: { $acts }
qr-narrative = What happened, in her words
qr-narrative-hint = Write it as she tells it, in her language.
qr-when-where = When and where
qr-when = When did it happen?
qr-place-type = What kind of place
qr-who = Who did it
qr-agency = Which police or service
qr-how-many = How many of them
qr-injuries = Injuries and photos
qr-injuries-under = Injuries you can see (noted under “{ $act }”)
qr-injuries-hint = Where on the body, what they look like. Photos below.
qr-injuries-first = Tick what was done to her first; then you can note her injuries here.
qr-photos = Photos of injuries and documents
qr-photos-after-save = Photos can be added once the report has been saved (a moment after you start typing).
qr-finish-seal = Finish and seal for the centre
qr-full-form = Open the full form

## At the centre: receipts for outreach laptops
sync-receipt = Receipt…
sync-receipt-label = Write a receipt for { $name }
sync-receipt-written = { $count ->
    [one] Receipt for { $name } saved: it confirms one sealed report. Give the file to the outreach worker.
   *[other] Receipt for { $name } saved: it confirms { $count } sealed reports. Give the file to the outreach worker.
}
sync-summary-sealed = { $count ->
    [one] One sealed report from an outreach laptop was taken in. Write it a receipt from its contact.
   *[other] { $count } sealed reports from an outreach laptop were taken in. Write it a receipt from its contact.
}

## Native dialog titles
dialog-title-outbox-save = Save the sealed reports for the centre
dialog-title-receipt-open = Open the centre’s receipt
dialog-title-receipt-save = Save the receipt for the outreach laptop
