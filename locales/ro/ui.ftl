# Interfața programului. Mesajele de eroare ale bibliotecilor sunt în errors.ftl.

app-name = Notițe
loading = Se deschide…

language-label = Limba
# Numele limbilor sunt scrise în limba respectivă, la fel în fiecare fișier.
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

lock-button = Blocați
lock-done = Seiful este blocat. Nimic din ce ați înregistrat nu se vede până nu este deblocat din nou.

## Crearea seifului

create-title = Creați un seif nou
create-intro = Tot ce înregistrați se păstrează criptat pe acest calculator. Alegeți o frază de acces pe care doar dvs. o știți: câteva cuvinte fără legătură între ele sunt ușor de ținut minte și greu de ghicit.
passphrase-label = Fraza de acces
passphrase-repeat-label = Repetați fraza de acces
passphrase-too-short = Fraza de acces trebuie să aibă { $min ->
        [one] cel puțin { $min } caracter
        [few] cel puțin { $min } caractere
       *[other] cel puțin { $min } de caractere
    } sau cel puțin { $words } cuvinte a câte trei litere sau mai multe.
passphrase-mismatch = Cele două fraze de acces nu coincid.
passphrase-rule = Folosiți { $min ->
        [one] cel puțin { $min } caracter
        [few] cel puțin { $min } caractere
       *[other] cel puțin { $min } de caractere
    } sau cel puțin { $words } cuvinte a câte trei litere sau mai multe.
passphrase-strength-weak = Putere: slabă. Adăugați un cuvânt sau două ori folosiți o frază propusă.
passphrase-strength-fair = Putere: medie. Încă un cuvânt o face puternică.
passphrase-strength-strong = Putere: puternică.
passphrase-suggest = Generați o frază
passphrase-suggested-intro = Fraza de acces propusă, acum în ambele câmpuri:
passphrase-suggested-hint = Învățați-o pe de rost sau scrieți-o pe hârtie și țineți hârtia departe de acest calculator. Nu este păstrată nicăieri altundeva; cereți alta dacă nu vă place.
create-button = Creați seiful
create-busy = Se creează seiful…

## Cheia de recuperare, afișată o singură dată

recovery-cleared-on-lock = Programul s-a blocat înainte să confirmați că ați notat cheia de recuperare, așa că ea a fost ștearsă de pe ecran. După deblocare, creați una nouă în Setări.
recovery-title = Notați cheia de recuperare
recovery-intro = Dacă uitați fraza de acces, această cheie este singura cale de a deschide seiful. Scrieți-o acum pe hârtie și păstrați hârtia într-un loc sigur, departe de acest calculator.
recovery-key-label = Cheia de recuperare
recovery-warning = Cheia nu va mai fi afișată. Nu o fotografiați și nu o salvați pe acest calculator.
recovery-confirm = Am notat cheia de recuperare și o păstrez departe de acest calculator
recovery-continue = Continuați

## Deblocarea

unlock-title = Deblocați seiful
unlock-button = Deblocați
unlock-busy = Se deblochează…

## Lista cazurilor

cases-title = Cazuri
cases-count = { $count ->
    [0] Niciun caz în acest seif
    [one] { $count } caz în acest seif
    [few] { $count } cazuri în acest seif
   *[other] { $count } de cazuri în acest seif
}
cases-empty-title = Încă nu sunt cazuri
cases-empty-text = Cazurile pe care le înregistrați sau le primiți de la colegi vor apărea aici. Totul rămâne criptat pe acest calculator. Când plecați de la calculator, apăsați „Blocați”.
case-code = Cod
case-pseudonym = Pseudonim
case-status = Starea
cases-pages-label = Pagini
cases-page = Pagina { $page } din { $pages }
cases-previous = Pagina anterioară
cases-next = Pagina următoare

## Erori ale programului însuși

ui-error-unexpected = Ceva nu a mers bine. Încercați din nou.
ui-error-locked = Seiful este blocat. Deblocați-l pentru a continua.
ui-error-erased-meanwhile = Seiful a fost șters în timp ce se crea fișierul. Fișierul a fost eliminat.
ui-error-chosen-file-forgotten = Programul nu mai știe ce fișier ați ales. Alegeți-l din nou.
ui-error-no-vault-dir = Pe acest calculator nu există un folder pentru seif. Porniți programul cu --vault și un folder.
ui-error-unknown-language = Limba „{ $lang }” nu este disponibilă.
ui-error-settings-not-saved = Limba nu a putut fi memorată: { $detail }
network-lock-unavailable = Acest calculator a refuzat blocarea care ține programul deconectat de la rețea. Programul funcționează, dar nu poate garanta singur că nimic nu ajunge în rețea; țineți calculatorul deconectat de la internet cât timp îl folosiți.
network-lock-ok = Am înțeles
