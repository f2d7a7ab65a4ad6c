# Desktop interface. Error messages of the libraries live in errors.ftl.

app-name = Notes
loading = Opening…

language-label = Language
# Language names are written in their own language, the same in every file.
language-en = English
language-ru = Русский
language-uk = Українська
language-ka = ქართული
language-kk = Қазақша
language-ky = Кыргызча
language-ro = Română
language-hy = Հայերեն
language-az = Azərbaycan
language-tg = Тоҷикӣ
language-uz = Oʻzbekcha
language-be = Беларуская

lock-button = Lock
lock-done = The vault is locked. Nothing you recorded is visible until it is unlocked again.

## Creating a vault

create-title = Set up a new vault
create-intro = Everything you record is kept encrypted on this computer. Choose a passphrase that only you know: a few unrelated words are easy to remember and hard to guess.
passphrase-label = Passphrase
passphrase-repeat-label = Repeat the passphrase
passphrase-too-short = The passphrase must have { $min ->
        [one] at least { $min } character
       *[other] at least { $min } characters
    }, or at least { $words } words of three letters or more.
passphrase-mismatch = The two passphrases are not the same.
passphrase-rule = Use { $min ->
        [one] at least { $min } character
       *[other] at least { $min } characters
    }, or at least { $words } words of three letters or more.
passphrase-strength-weak = Strength: weak. Add a word or two, or use a suggested phrase.
passphrase-strength-fair = Strength: fair. One more word makes it strong.
passphrase-strength-strong = Strength: strong.
passphrase-suggest = Suggest a phrase
passphrase-suggested-intro = Suggested passphrase, now in both fields:
passphrase-suggested-hint = Learn it, or write it on paper and keep the paper away from this computer. It is not kept anywhere else; ask for another if you do not like it.
create-button = Create vault
create-busy = Creating the vault…

## Recovery key, shown once

recovery-cleared-on-lock = The program locked before you confirmed that the recovery key was written down, so it was removed from the screen. After unlocking, make a new one in Settings.
recovery-title = Write down your recovery key
recovery-intro = If you forget the passphrase, this key is the only way to open the vault. Write it on paper now and keep the paper in a safe place, away from this computer.
recovery-key-label = Recovery key
recovery-warning = The key will not be shown again. Do not photograph it or save it on this computer.
recovery-confirm = I have written the recovery key down and keep it away from this computer
recovery-continue = Continue

## Unlocking

unlock-title = Unlock the vault
unlock-button = Unlock
unlock-busy = Unlocking…

## Case list

cases-title = Cases
cases-count = { $count ->
    [0] No cases in this vault
    [one] { $count } case in this vault
   *[other] { $count } cases in this vault
}
cases-empty-title = No cases yet
cases-empty-text = Cases you record, or receive from colleagues, will be listed here. Everything stays encrypted on this computer. When you step away, press Lock.
case-code = Code
case-pseudonym = Pseudonym
case-status = Status
cases-pages-label = Pages
cases-page = Page { $page } of { $pages }
cases-previous = Previous
cases-next = Next

## Errors raised by the desktop program itself

ui-error-unexpected = Something went wrong. Please try again.
ui-error-locked = The vault is locked. Unlock it to continue.
ui-error-erased-meanwhile = The vault was erased while the file was being made. The file was removed.
ui-error-chosen-file-forgotten = The program no longer knows the chosen file. Please choose it again.
ui-error-no-vault-dir = There is no folder for the vault on this computer. Start the program with --vault and a folder.
ui-error-unknown-language = The language “{ $lang }” is not available.
ui-error-settings-not-saved = The language could not be remembered: { $detail }
network-lock-unavailable = This computer refused the lock that keeps the program off the network. The program works, but cannot promise on its own that nothing reaches the network; keep the computer offline while you use it.
network-lock-ok = I understand
