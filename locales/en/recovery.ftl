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
