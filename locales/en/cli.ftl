## The `casebook` command line.

cli-prompt-passphrase = Passphrase
cli-prompt-new-passphrase = New passphrase
cli-prompt-repeat-passphrase = Repeat the new passphrase
cli-prompt-recovery-key = Recovery key
cli-init-done = Vault created in { $path }.
cli-recovery-key-intro = Recovery key (shown only now; write it on paper and keep it apart from this computer):
cli-passphrase-done = Passphrases updated.
cli-prompt-keep-passphrase = Passphrase that stays
cli-rekey-done = The vault has a new key. Old copies of the key file, with any passphrase or recovery key they hold, open nothing now.
cli-rekey-dropped = { $count ->
        [one] One other passphrase stopped working; add it again with `passphrase add` if it should.
       *[other] { $count } other passphrases stopped working; add them again with `passphrase add` if they should.
    }
cli-unlock-ok = The secret opens this vault.
cli-erased = The vault was erased. It cannot be opened again.
cli-demo-done = Added { $count } synthetic cases.
cli-verify-ok = Vault verified: { $audit } audit entries and { $revisions } revisions check out; database integrity ok.
cli-verify-audit-broken = Audit log broken at entry { $seq }.
cli-verify-bad-revision = Revision { $revision } does not match its content.
cli-verify-integrity = Database check: { $detail }
cli-case-header = Case { $code } ({ $id }), revision { $revision }
cli-case-deleted = This case is deleted.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = More than { $cap } cases match: only the { $cap } most recently recorded were searched. Add words to narrow the search.
cli-list-empty = No cases.
cli-list-total = { $shown } of { $total } { $total ->
        [one] case
       *[other] cases
    }
cli-error-no-vault-dir = No vault folder: give --vault DIR or set CASEBOOK_VAULT.
cli-error-read-file = Cannot read { $path }: { $detail }
cli-error-bad-json = { $path } is not a valid case file: { $detail }
cli-error-passphrase-mismatch = The two passphrases differ.
cli-error-no-secret = No passphrase given: set CASEBOOK_PASSPHRASE or run in a terminal.
cli-error-erase-needs-yes = Erasing destroys the vault for good; repeat with --yes.
cli-error-output = Cannot write the output: { $detail }
cli-error-encode = The output could not be encoded. Please report this.

## casebook due
cli-due-none = Nothing is due.
cli-due-overdue = overdue
cli-due-today = today
cli-due-later = due
cli-due-follow-up = Follow-up
cli-due-complaint-deadline = Complaint deadline
cli-due-forensic-window = Forensic examination (injuries still visible)
cli-forensic-window = A forensic examination is due { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after an incident with physical violence.

# Outreach mode
cli-outreach-ready = Outreach laptop for { $centre }. Compare these six words with the centre before the first case: { $fingerprint }
    A finished case is sealed to the centre at once; this passphrase opens only drafts not yet finished.
cli-outreach-sealed = Sealed for the centre; receipt code { $receipt }. This laptop can no longer read the case.
cli-outbox-confirmed = confirmed { $at }
cli-outbox-waiting = waiting for the centre's receipt
cli-outbox-total = { $count } sealed
cli-outbox-exported = Outbox bundle written: { $path } ({ $count } sealed cases)
cli-outbox-confirmed-now = Confirmed by the centre: { $count }; their sealed copies were removed.
cli-outbox-receipt-written = Receipt written: { $path } ({ $count } cases)
cli-error-outreach-no-cases = This is an outreach vault: it holds no case it can read. Finished cases are sealed to the centre; see them with “outbox list”.
