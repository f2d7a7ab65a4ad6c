# Settings and safety.

settings-button = Settings
settings-title = Settings
settings-back = Back to the cases
settings-saved = Saved.
settings-language-title = Language
settings-language-awaits-review = Translated by the developers; not yet reviewed by a native speaker.
settings-safety-title = Safety
settings-idle-label = Lock the vault after this long without activity
settings-idle-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
settings-idle-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
settings-idle-hint = When the time runs out, the vault locks and every case disappears from the screen.
settings-show-name-label = Show the name “Casebook” in the window title
settings-show-name-hint = Off by default: the window is called “Notes”, so a glance at the screen does not reveal what it holds.
settings-quick-exit-title = Quick exit
settings-quick-exit-text = Press Esc twice quickly (within one second): the window disappears at once, the vault locks and the program ends. Start the program again and unlock to continue.
settings-passphrases-title = Passphrases and recovery key
settings-passphrase-count = { $count ->
    [one] This vault opens with { $count } passphrase and the recovery key.
   *[other] This vault opens with { $count } passphrases and the recovery key.
}
settings-current-hint = Each change asks for your current passphrase again, so an unlocked computer left alone is not enough to change them.
settings-change = Change my passphrase
settings-add = Add another passphrase
settings-remove = Remove a passphrase
settings-recovery = Make a new recovery key
settings-current-label = Current passphrase
settings-new-label = New passphrase
settings-remove-label = Passphrase to remove
settings-cancel = Cancel
settings-confirm = Confirm
settings-busy = Working…
settings-done-change = The passphrase was changed. Use the new one from now on.
settings-done-add = The new passphrase was added. Both now open the vault.
settings-done-remove = The passphrase was removed. It no longer opens the vault.
settings-done-recovery = The new recovery key is in place. The old one no longer opens the vault.
settings-recovery-written = I have written the new key down
settings-seen = My passphrase may have been seen
settings-seen-intro = Choose a new passphrase. The vault also gets a new key, so the old passphrase opens nothing any more — not even an old copy of the key file left behind on the disk. A new recovery key is shown once.
settings-rekey-label = Also change the vault's key (old copies of the key file become useless)
settings-rekey-hint = Only the current passphrase you typed stays, and you get a new recovery key to write down. Colleagues’ shares stop working too.
settings-rekey-drops = { $count ->
    [one] One other passphrase will stop working; add it again afterwards if it should stay.
   *[other] { $count } other passphrases will stop working; add them again afterwards if they should stay.
}
settings-done-rekey = The vault has a new key. Old copies of the key file, and any passphrase or recovery key in them, open nothing now. Colleagues’ shares open nothing either: make a new split if the centre needs one.
settings-erase-title = Emergency erase
settings-erase-text = Destroys the keys and the files of this vault on this computer, at once and for good. Nobody can recover the cases afterwards, not even with the passphrase or the recovery key. Cases already shared with colleagues stay with them.
settings-erase-word = ERASE
settings-erase-label = To confirm, type { $word }
settings-erase-word-wrong = Type { $word } to confirm the erase.
settings-erase-button = Erase the vault now
settings-erased = The vault was erased. You can set up a new, empty vault below.
settings-unlock-with-recovery = Use the recovery key instead
settings-unlock-with-passphrase = Use the passphrase instead
settings-unlock-recovery-hint = Type the key as written on paper; spaces and dashes do not matter.
settings-error-bad-setting = This setting cannot take that value.
