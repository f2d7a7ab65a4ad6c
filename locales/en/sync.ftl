## The exchange screen of the desktop program: contacts, export, import, conflicts.

sync-button = Exchange
sync-title = Exchange cases
sync-back = Back to the cases
sync-intro = Cases travel between computers as encrypted bundle files, on a USB stick or as a messenger attachment. Only the people you choose can open them.
sync-tab-import = Import
sync-tab-export = Export
sync-tab-contacts = Contacts
sync-tab-conflicts = Conflicts
sync-list-conflict = conflict

# Progress
sync-phase-starting = Starting…
sync-phase-selecting = Checking the cases…
sync-phase-writing = Writing the bundle…
sync-phase-reading = Decrypting and checking the bundle…
sync-phase-applying = Merging into this vault…
sync-phase-done = Finishing…
sync-size-b = { $n } bytes
sync-size-kb = { $n } KB
sync-size-mb = { $n } MB
sync-size-gb = { $n } GB

# Roles
sync-role-own-device = Own device
sync-role-centre-hub = Centre hub
sync-role-lawyer = Lawyer
sync-role-outreach = Outreach laptop
sync-role-network = Network
sync-role-own-device-hint = Another computer of yours or of your team: receives full records and may change or delete any case. You type its six fingerprint words to give this role.
sync-role-centre-hub-hint = The centre that gathers the cases: receives full records and may add and change cases. You type its six fingerprint words to give this role.
sync-role-lawyer-hint = Receives only cases whose survivor agreed to share with a lawyer; without her agreement to be named, without identifying details. May send back responses and notes, nothing else.
sync-role-outreach-hint = A peer outreach worker's field laptop: receives no case records; its bundles may add new cases and change nothing already here. You type its six fingerprint words to give this role.
sync-role-network-hint = Receives no case records, only de-identified statistics; nothing it sends changes a case. Every new contact starts here.

# Contacts: my card
sync-my-card-title = Your contact card
sync-my-card-intro = Give this card to the people who send you bundles. They add it as a contact; then bundles they make for you open only on this computer.
sync-my-name-label = Your name or your centre's, as others see it
sync-my-name-hint = Shown on your card, on your bundles and on conflicts you resolve. Not stored on this computer.
sync-fingerprint-label = Fingerprint (compare these words by phone)
sync-my-card-text-label = The card's text
sync-card-copy = Copy the text
sync-card-save = Save as a file…
sync-card-copied = The card's text is copied.
sync-card-saved = The card was saved.

# Contacts: adding
sync-add-title = Add a contact
sync-add-intro = Paste the text of someone's contact card, or choose the card file they gave you.
sync-add-paste-label = Contact card text
sync-add-choose-file = Choose a card file…
sync-card-unreadable = This is not a complete contact card. Copy the whole card, from “casebook contact card v1” to the fingerprint line.
sync-card-file-unreadable = This file is not a contact card.
sync-add-compare = Read these words to each other by phone. Add the contact only if they match.
sync-contact-name-label = Name
sync-contact-role-label = Role
sync-add-submit = Add the contact
sync-contact-added = “{ $name }” was added to the contacts.
sync-contact-added-role = “{ $name }” was added to the contacts with the role “{ $role }”.
sync-typed-words-label = The six fingerprint words, as your contact reads them to you
sync-typed-words-hint = Type them; do not copy them from this screen. This role receives full records, so the words must come from the person, by phone or face to face.
sync-summary-role = The sender had the rights of the role “{ $role }”.

# Contacts: the list
sync-contacts-title = Contacts
sync-contacts-empty = No contacts yet. Add the card of the centre, lawyer or colleague you exchange cases with.
sync-contact-added-at = added { $when }
sync-rename = Rename
sync-rename-label = Rename { $name }
sync-rename-submit = Save the name
sync-contact-renamed = The contact is now called “{ $name }”.
sync-remove = Remove
sync-remove-label = Remove { $name }
sync-remove-question = Remove the contact “{ $name }”? You will no longer be able to make bundles for it, and its bundles will ask for confirmation again.
sync-remove-keep = Keep it
sync-remove-confirm = Remove the contact
sync-contact-removed = “{ $name }” was removed from the contacts.

# Export
sync-export-title = Export cases to a bundle
sync-export-intro = Choose who may open the bundle and which cases go. The cases that may not go to them are listed with the reason before anything is written.
sync-export-to = Who can open the bundle
sync-export-to-contacts = Contacts
sync-export-no-contacts = No contacts yet: add one on the Contacts tab, or use a passphrase.
sync-export-to-passphrase = Anyone who knows a passphrase
sync-export-passphrase-hint = Tell the passphrase to the recipient another way than the bundle itself (in person or by phone).
sync-export-passphrase-label = Bundle passphrase
sync-export-pass-role-label = Whose rules apply
sync-export-which = Which cases
sync-export-all = All cases
sync-export-since-last = Changed since my last export to these contacts
sync-export-since-last-hint = Only cases that are new or changed since you last sent a bundle to each chosen contact.
sync-export-since-last-needs-contacts = Only possible when the bundle is for contacts.
sync-export-chosen = Cases I choose
sync-export-search-label = Find cases (code, pseudonym, any word)
sync-export-chosen-count = { $count ->
    [0] No case chosen yet.
    [one] { $count } case chosen.
   *[other] { $count } cases chosen.
}
sync-export-search-none = No case matches.
sync-export-search-more = The first { $shown } of { $total } are shown; search to narrow.
sync-export-attachments = Include attachments (photos, documents)
sync-export-attachments-hint = Without them the bundle is much smaller; pseudonymised cases never carry attachments.
sync-sender-name-hint = The recipients see this name as the sender.
sync-export-need-recipient = Choose at least one contact, or a passphrase.
sync-export-need-cases = Choose at least one case.
sync-plan-title = What will go
sync-plan-checking = Checking the cases…
sync-plan-cases = { $count ->
    [0] No case may go.
    [one] { $count } case may go.
   *[other] { $count } cases may go.
}
sync-plan-pseudonymised = { $count ->
    [one] { $count } of them only pseudonymised (without identifying details).
   *[other] { $count } of them only pseudonymised (without identifying details).
}
sync-plan-attachments = { $count ->
    [one] With { $count } attachment ({ $size }).
   *[other] With { $count } attachments ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } case may not go:
   *[other] { $count } cases may not go:
}
sync-plan-refused-more = …and { $count } more
sync-plan-refused-show-all = Show every case
sync-refused-consent = for the role “{ $role }” the consent “{ $destination }” is needed, and it is { $state }
sync-refused-role = the role “{ $role }” receives no case records, only de-identified statistics
sync-refused-unreadable = the case cannot be read
sync-consent-state-given = given
sync-consent-state-refused = refused
sync-consent-state-revoked = revoked
sync-consent-state-missing = not recorded
sync-plan-nothing = No case may go to these recipients, so there is nothing to write.
sync-export-write = Save the bundle…
sync-export-writing = Writing…
sync-export-done = The bundle is saved: { $cases ->
    [one] { $cases } case
   *[other] { $cases } cases
}, { $attachments ->
    [one] { $attachments } attachment
   *[other] { $attachments } attachments
}, { $size }.
sync-export-done-refused = { $count ->
    [one] { $count } case stayed out, as listed above.
   *[other] { $count } cases stayed out, as listed above.
}

# Import
sync-import-title = Import a bundle
sync-import-intro = Choose a bundle file you received. It is checked completely before anything changes; a damaged or altered bundle changes nothing.
sync-import-choose = Choose a bundle file…
sync-import-file = File: { $name }
sync-import-passphrase-title = This bundle is protected by a passphrase
sync-import-passphrase-text = Enter the passphrase the sender told you.
sync-import-open = Open and import
sync-import-unchanged = Nothing in this vault was changed.
sync-signer-title = Unknown sender
sync-signer-text = This bundle was made on a computer you have not added as a contact: “{ $name }”. Ask the sender to read you their fingerprint, by phone or in person, and compare it with these words:
sync-signer-no-name = without a name
sync-signer-warning = If the words differ, do not import: the bundle may not come from who you think.
sync-signer-add = Also add the sender to my contacts
sync-signer-reject = Do not import
sync-signer-accept = The words match: import
sync-summary-title = Import finished
sync-summary-from = From “{ $name }”, fingerprint
sync-summary-from-self = From this computer itself, fingerprint
sync-summary-added = Added
sync-summary-updated = Updated
sync-summary-conflicts = Conflicts
sync-summary-skipped = Already here
sync-summary-rejected = Rejected
sync-summary-attachments = { $count ->
    [one] { $count } new attachment.
   *[other] { $count } new attachments.
}
sync-summary-rejected-title = Rejected cases
sync-rejected-unreadable-record = the case's content cannot be read by this program
sync-rejected-role-may-not-add = the sender's role may not add cases to this vault
sync-rejected-role-may-not-delete = the sender's role may not delete cases
sync-rejected-role-may-not-change = the sender's role may not change these fields (a lawyer may change only responses and notes)
sync-summary-cases-title = Every case in this bundle ({ $count })
sync-summary-cases-more = …and { $count } more.
sync-summary-attention-title = Cases to check
sync-outcome-added = added
sync-outcome-fast-forward = updated
sync-outcome-merged = merged with the changes made here
sync-outcome-merged-conflicts = { $count ->
    [one] merged; { $count } field changed on both sides needs your decision
   *[other] merged; { $count } fields changed on both sides need your decision
}
sync-outcome-edit-kept-over-delete = deleted on one side, edited on the other: the edited case is kept; please check
sync-outcome-skipped = nothing new
sync-summary-conflicts-text = { $count ->
    [one] { $count } field was changed differently here and by the sender. Nothing is lost: both values are kept until you decide.
   *[other] { $count } fields were changed differently here and by the sender. Nothing is lost: both values are kept until you decide.
}
sync-summary-resolve = Resolve the conflicts

# Conflicts
sync-conflicts-title = Conflicts to resolve
sync-conflicts-intro = A field changed differently on two computers. Choose which value the case keeps, or type the right one. Your choice is added as a new revision; both old values stay in the history.
sync-conflicts-empty = No conflicts. Everything merged cleanly.
sync-conflict-whole-case = the whole case
sync-conflict-edit-vs-delete = One side deleted this case, the other edited it. The edited case is kept until you decide.
sync-conflict-choose = Value for { $field }
sync-conflict-ours = Keep the value here
sync-conflict-theirs = Take the sender's value
sync-conflict-typed = Type another value
sync-conflict-typed-label = New value for { $field }
sync-conflict-by = by { $author }, { $when }
sync-conflict-deleted = (case deleted)
sync-conflict-edited = (the edited case)
sync-conflict-empty = (empty)
sync-conflict-yes = yes
sync-conflict-no = no
sync-conflict-resolve = Resolve
sync-conflict-resolved = “{ $field }” in { $code } is resolved.
sync-summary-stats = A statistics bundle. Snapshots: { $count }. No case in this vault was touched.
sync-summary-snapshot = { $centre } — records: { $records } — { $standing ->
    [new] a new centre, counted
    [replaced] replaces its older snapshot
    [older] older than the one held, nothing changed
   *[same] already held, nothing changed
}
