## Errors from the vault and the libraries. Each id is named by a `message_id`.

error-wrong-secret = The passphrase or recovery key is not right. Nothing was changed.
error-no-vault = There is no vault in this folder yet.
error-vault-exists = A vault already exists in this folder; it was left as it is.
error-key-file-missing = The vault's key file is missing. Without it the vault cannot be opened; restore it from a backup.
error-key-file-damaged = The vault's key file is damaged. Nothing was changed; restore the key file from a backup.
error-kdf-params-rejected = The key file asks for an unreasonable amount of work to unlock and was refused. It may have been tampered with.
error-database-damaged = The vault's database is damaged or was altered. Nothing was changed; restore it from a backup.
error-attachments-missing = The vault's attachments file (attachments.db) is missing. Nothing was changed and nothing was made anew; restore it from a backup.
error-newer-schema = This vault was written by a newer version of the program (version { $found }; this one knows { $known }). Update the program; the vault was not changed.
error-vault-locked-elsewhere = The vault is open in another window or program. Close it there first.
error-disk-full = The disk is full. Nothing was saved; free some space and try again.
error-passphrase-too-short = The passphrase must have { $min ->
        [one] at least { $min } character
       *[other] at least { $min } characters
    }, or at least { $words } words of three letters or more.
error-last-slot = This is the only passphrase; add another before removing it.
error-rekey-unfinished = A change of the vault's key was interrupted. Unlock with the passphrase that started it; the change is then finished.
error-rekey-needs-another-passphrase = Changing the vault's key keeps only the passphrase you type to confirm. Type a passphrase that stays, not the one being removed.
error-case-not-found = No case "{ $case }" in this vault.
error-follow-up-not-found = Case “{ $case }” has no follow-up { $n } any more.
error-duplicate-code = The case code { $case } is already used in this vault.
error-case-deleted = The case { $case } was deleted.
error-sealed-needs-reason = This case is sealed. Give a reason to change it; the reason is kept in its history.
error-attachment-too-large = The file is larger than the limit of { $limit_mb } MB and was not added.
error-attachment-changed = The file changed while it was being added, and was not added. Add it again when nothing is writing to it.
error-attachment-not-found = No attachment with SHA-256 { $sha256 } in this vault.
error-revision-not-found = No revision { $revision } in this vault.
error-encode = The case could not be put into the vault's format. Nothing was saved; please report this.
error-io = A file could not be read or written: { $detail }
error-database = The vault reported an error: { $detail }
error-unknown-language = Unknown language: { $lang }
error-bad-message-file = The message file { $file } for { $lang } is broken.
error-draft-not-found = This draft no longer exists. It may have been finished or discarded.
error-unknown-section = The program asked to save a part of the case it does not know (“{ $section }”). Nothing was changed.
error-no-documentation-consent = The case cannot be saved without her consent to documentation. Ask about it on the consent step first.
error-split-out-of-range = A split needs at least 2 shares to open and at most { $max } shares in all, and cannot need more shares than it makes (asked: { $k } of { $n }). Nothing was changed.
error-share-damaged = Share { $n } is damaged: a character is missing or mistyped. Check it against its card. Nothing was changed.
error-share-of-another-vault = Share { $n } belongs to another vault (compare the fingerprint on its card). Nothing was changed.
error-share-revoked = Share { $n } belongs to a split that was revoked or replaced; it opens nothing any more. Nothing was changed.
error-share-repeated = Share { $n } was given twice. Each colleague's share counts once. Nothing was changed.
error-shares-too-few = { $given ->
        [one] One share was given
       *[other] { $given } shares were given
    }; { $needed } are needed to open this vault. Nothing was changed.
error-shares-do-not-open = Each share looks right, but together they do not open this vault: one of them may have been forged. Nothing was changed.
error-bad-snapshot = This statistics file is not as the program writes it: it was made or changed by something else. Nothing of it was kept.
error-forensic-window-out-of-range = The forensic window must be from { $min } to { $max } days. Nothing was changed.
error-network-lock-unavailable = This computer refused the lock that keeps the program off the network ({ $detail }). The program works, but cannot promise on its own that nothing reaches the network.
error-outreach-already = This vault is already set up for outreach.
error-outreach-has-cases = Only a new, empty vault can be set up for outreach: cases already in it would stay readable.
