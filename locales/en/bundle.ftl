## Bundles: sync by hand between machines, contacts, conflicts.

# Errors of the store's sync half.
sync-error-revision-id-mismatch = Revision { $revision } does not match its content. The bundle was changed or damaged; nothing was imported.
sync-error-revision-case-mismatch = Revision { $revision } belongs to another case. Nothing was imported.
sync-error-missing-parent = Revision { $revision } needs an earlier revision ({ $parent }) that neither the bundle nor this vault has. Nothing was imported.
sync-error-malformed-revision = Revision { $revision } is malformed. Nothing was imported.
sync-error-unknown-head = The latest version of case { $case } ({ $revision }) is missing from the bundle. Nothing was imported.
sync-error-blob-hash-mismatch = Attachment { $sha256 } does not match its fingerprint. Nothing was imported.
sync-error-blob-size-mismatch = Attachment { $sha256 } should have { $declared } bytes but has { $actual }. Nothing was imported.
sync-error-contact-exists = A contact named “{ $name }” or with the same keys already exists.
sync-error-contact-name-empty = A contact needs a name.
sync-error-contact-not-found = There is no contact named “{ $name }”.
sync-error-invalid-role = “{ $role }” is not a role. Use own-device, centre-hub, lawyer or network.
sync-error-conflict-not-found = Case { $case } has no open conflict at “{ $path }”.
sync-error-bad-content = The content of case { $case } cannot be read.
sync-error-fingerprint-needed = Own devices and the centre's hub receive full records. Type the six fingerprint words your contact reads to you to give this role.
sync-error-fingerprint-mismatch = The words you typed are not this contact's fingerprint. Compare them again with your contact, by phone or in person.
sync-error-not-permitted = Case { $case }: a sender with this role may not { $change ->
    [role-may-not-add] add cases
    [role-may-not-delete] delete cases
   *[other] change these fields
  }.

# Errors of bundles.
bundle-error-not-for-us = This bundle was made for someone else. It cannot be opened with this device's key.
bundle-error-wrong-passphrase = The passphrase does not open this bundle. Nothing was imported.
bundle-error-passphrase-needed = This bundle is protected by a passphrase. Enter it to import.
bundle-error-work-factor-too-high = This bundle asks for far too much work to unlock (2^{ $required }; at most 2^{ $max } is accepted). It was refused without trying.
bundle-error-not-a-bundle = This file is not a Casebook bundle.
bundle-error-damaged = The bundle is damaged or incomplete (perhaps the copy was interrupted). Nothing was imported; copy it again.
bundle-error-unsupported-version = This bundle uses format version { $version }, which this program does not know. Update the program.
bundle-error-bad-signature = The bundle's signature does not match its content. It may have been tampered with; nothing was imported.
bundle-error-unknown-signer = The bundle was signed by a device you have not added: “{ $name }”, fingerprint { $fingerprint }. Compare the fingerprint with the sender (by phone) before importing.
bundle-error-unsafe-path = The bundle contains an unsafe or unexpected file name: { $path }. Nothing was imported.
bundle-error-unlisted-entry = The bundle contains { $path }, which its signed list does not mention. Nothing was imported.
bundle-error-missing-entry = The bundle lacks { $path }, which its signed list mentions. Nothing was imported.
bundle-error-size-mismatch = { $path } has { $actual } bytes instead of the declared { $declared }. Nothing was imported.
bundle-error-hash-mismatch = { $path } does not match its fingerprint in the signed list. Nothing was imported.
bundle-error-uncited-attachment = { $path } is an attachment that no case in the bundle refers to. Nothing was imported.
bundle-error-too-large = { $path } is larger than accepted ({ $limit } bytes). Nothing was imported.
bundle-error-bad-case-file = { $path } in the bundle cannot be read as a case. Nothing was imported.
bundle-error-bad-manifest = The bundle's list of contents is malformed: { $problem ->
    [not-json] it cannot be read.
    [attachment-hash] an attachment's name does not match its contents.
    [entry-twice] a file is listed twice.
    [case-without-entry] a case is listed without its file.
    [entry-without-case] a case file is not in the list of cases.
    [case-differs] a case file does not match what the list says about it.
    [snapshot-differs] a statistics file does not match what the list says about it.
    [mixed-kind] it holds files of another kind of bundle.
   *[other] it cannot be used.
}
bundle-error-bad-card = The contact card cannot be read: { $problem ->
    [header] the card's first line is missing.
    [age-key] its encryption key is missing or damaged.
    [sign-key] its signing key is missing or damaged.
    [file] the file cannot be opened.
    [too-large] the file is too large to be a contact card.
    [not-text] the file is not text.
   *[other] it is damaged.
}
bundle-error-card-fingerprint-mismatch = The contact card's fingerprint does not match its keys. Do not use this card; ask for it again.
bundle-error-no-recipients = Choose at least one contact, or a passphrase.
bundle-error-since-last-needs-contact = “Changed since the last export” works only when exporting to contacts.
bundle-error-nothing-to-export = No case may go into this bundle.
bundle-error-passphrase-too-short = A bundle passphrase needs { $min ->
        [one] at least { $min } character
       *[other] at least { $min } characters
    }, or at least { $words } words of three letters or more.
bundle-error-write = The bundle could not be written: { $detail }. No file was left behind.

# Why a case stayed out of a bundle.
bundle-refused-consent = the { $role } role needs the “{ $destination }” consent (it is { $state })
bundle-refused-role = the { $role } role receives no case records, only de-identified statistics
bundle-refused-unreadable = the case cannot be read

# Command line.
sync-cli-prompt-bundle-passphrase = Bundle passphrase
sync-cli-contact-added = Added { $name } ({ $role }). Fingerprint: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = No contacts yet.
sync-cli-export-done = Bundle written to { $path }: cases { $cases }, attachments { $attachments }.
sync-cli-export-nothing = No case may go to these recipients; no file was written.
sync-cli-export-plan = Would export { $cases } cases and { $attachments } attachments; { $refused } may not go. Nothing was written.
sync-cli-export-refused = { $code }: not exported, { $reason }.
sync-cli-import-summary = From { $signer } ({ $fingerprint }, with the rights of the role { $role }): added { $added }, updated { $updated }, conflicts { $conflicts }, skipped { $skipped }, rejected { $rejected }.
sync-cli-import-rejected = { $case }: rejected ({ $reason }).
sync-cli-trust-hint = If this fingerprint matches what the sender reads to you, import again with --trust "{ $fingerprint }" and --role (network by default: nothing it sends changes a case).
sync-cli-conflicts-none = No open conflicts.
sync-cli-conflict-line = { $code } { $path }: ours { $ours } ({ $ours_author }, { $ours_at }); theirs { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = Resolved “{ $path }” in { $code }.
sync-cli-deleted-value = (deleted)
sync-cli-export-stats-done = Statistics bundle written: { $path } (centres: { $centres }, records: { $records }).
sync-cli-import-snapshot = { $centre }, snapshot no. { $seq }, records: { $records }: { $standing ->
    [new] a new centre, counted.
    [replaced] replaces its older snapshot.
    [older] older than the one held; nothing changed.
   *[same] already held; nothing changed.
}
sync-cli-import-stats-summary = Statistics from { $signer } ({ $fingerprint }), snapshots: { $centres }. No case was touched.
bundle-error-not-outreach = This vault is not set up for outreach: it has no outbox.
bundle-error-not-a-receipt = This file is not a receipt from this laptop's centre, or it was changed. Nothing was confirmed.
