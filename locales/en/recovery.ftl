## The recovery secret shared among colleagues: cards, the command line, Settings
## and the unlock screen.

share-card-title = Recovery share { $n } of { $total }
share-card-rule = Any { $k } of the { $total } shares together open the vault. Fewer open nothing.
share-card-fingerprint = Vault fingerprint
share-card-made = Made on
share-card-share = The share
share-card-check = Letters and the digits 2 to 7 only. Before typing, compare the vault fingerprint on the screen with the one on this card.
share-card-howto = How to use this card
share-card-step-keep = Keep this card somewhere safe, away from the computer and from the other cards. Do not photograph it, copy it or type it into any other device.
share-card-step-open = If nobody who knows the passphrase can open the vault, { $k } colleagues bring their cards to the computer. On the unlock screen choose “Open with colleagues’ shares” and type each share. Dashes, spaces and small or capital letters do not matter.
share-card-step-new = The program then asks for a new passphrase.
share-card-step-lost = If this card is lost or may have been seen, tell the others: the split can be revoked and made again, and the old cards then open nothing.
share-card-kept-by = Kept by:
share-file-note = Recovery share { $n } of { $total }; any { $k } open the vault { $fingerprint }. Made on { $date }

cli-recovery-split-done = Split made: any { $k } of { $n } shares open the vault { $fingerprint }. An earlier split no longer works.
cli-recovery-split-card = Share { $number }: card { $card }, file { $file }
cli-recovery-split-advice = Print each card and give it to a different colleague, then delete the files: the program keeps no copy of any share.
cli-recovery-revoked = The split was revoked: its shares open nothing any more.
cli-recovery-none = This vault has no split; nothing was changed.
cli-rekey-split-dropped = The colleagues' shares open nothing any more (the vault has a new key). Make a new split if the centre needs one.
cli-error-shares-count = “recovery split” takes how many shares to make as --shares N (2 to 10).

unlock-shares-mode = Open with colleagues’ shares
unlock-shares-title = Open with colleagues’ shares
unlock-shares-intro = When nobody who knows the passphrase can open the vault, colleagues who hold recovery shares can, together. Type each share from its card, or load its file. Then choose a new passphrase.
unlock-shares-fingerprint = This vault’s fingerprint:
unlock-share-label = Share { $n }
unlock-share-load = Load from a file…
unlock-share-add = Add another share
unlock-shares-check = Check the shares
unlock-shares-ok = The shares open this vault. Choose a new passphrase for it; the vault opens with it from now on.
unlock-shares-new-passphrase = New passphrase
unlock-shares-open = Open and keep this passphrase
unlock-shares-back = Back to the passphrase

shares-title = Recovery shared among colleagues
shares-intro = Split a recovery secret among trusted colleagues: any K of them together can open the vault if the passphrase is lost; fewer learn nothing. Each gets a printed card. The passphrase and the paper recovery key stay as they are.
shares-status = Colleagues hold shares: any { $k } of { $n } open the vault (made { $date }).
shares-status-none = No shares among colleagues yet.
shares-split = Split among colleagues…
shares-split-again = Split again…
shares-revoke = Revoke the shares
shares-threshold = Shares needed to open (K)
shares-total = Shares in all (N)
shares-plan = Any { $k } of the { $n } colleagues together will open the vault; { $k ->
        [2] one alone opens nothing.
       *[other] fewer than { $k } open nothing.
    }
shares-replaces = The colleagues’ current cards will stop working.
shares-save-cards = Save the cards…
shares-busy = Making the cards…
shares-cancel = Cancel
shares-written = Split made: any { $k } of { $n } shares open the vault { $fingerprint }.
shares-card-line = Card { $number } ({ $card }, with { $file }): give it to colleague { $number }, and to nobody else.
shares-advice = Print each card and give each to a different colleague in person. Then delete the files from this computer and the stick: the program keeps no copy of any share.
shares-revoked = The shares were revoked: the colleagues’ cards open nothing any more.
shares-none = There was no split to revoke.
unlock-shares-old-passphrase = The old passphrase keeps working. If someone else may know it (it may have been taken from a colleague under pressure), open Settings next and choose “My passphrase may have been seen”: the vault gets a new key, and the old passphrase and the colleagues’ cards stop working.
