## Erori ale seifului și ale bibliotecilor. Fiecare id este indicat de un `message_id`.

error-wrong-secret = Fraza de acces sau cheia de recuperare nu este corectă. Nu s-a schimbat nimic.
error-no-vault = În acest folder încă nu există un seif.
error-vault-exists = În acest folder există deja un seif; a fost lăsat așa cum este.
error-key-file-missing = Lipsește fișierul de chei al seifului. Fără el seiful nu poate fi deschis; restabiliți-l dintr-o copie de rezervă.
error-key-file-damaged = Fișierul de chei al seifului este deteriorat. Nu s-a schimbat nimic; restabiliți fișierul de chei dintr-o copie de rezervă.
error-kdf-params-rejected = Fișierul de chei cere un volum nerezonabil de mare de calcule pentru deblocare și a fost refuzat. Este posibil să fi fost modificat intenționat.
error-database-damaged = Baza de date a seifului este deteriorată sau a fost modificată. Nu s-a schimbat nimic; restabiliți-o dintr-o copie de rezervă.
error-attachments-missing = Lipsește fișierul cu atașamentele seifului (attachments.db). Nu s-a schimbat nimic și nu s-a creat nimic nou; restabiliți-l dintr-o copie de rezervă.
error-newer-schema = Acest seif a fost scris de o versiune mai nouă a programului (versiunea { $found }; aceasta cunoaște { $known }). Actualizați programul; seiful nu a fost modificat.
error-vault-locked-elsewhere = Seiful este deschis în altă fereastră sau alt program. Închideți-l mai întâi acolo.
error-disk-full = Discul este plin. Nu s-a salvat nimic; eliberați spațiu și încercați din nou.
error-passphrase-too-short = Fraza de acces trebuie să aibă { $min ->
        [one] cel puțin { $min } caracter
        [few] cel puțin { $min } caractere
       *[other] cel puțin { $min } de caractere
    } sau cel puțin { $words } cuvinte a câte trei litere sau mai multe.
error-last-slot = Aceasta este singura frază de acces; adăugați alta înainte de a o elimina.
error-rekey-unfinished = O schimbare a cheii seifului a fost întreruptă. Deblocați cu fraza de acces cu care a început schimbarea; atunci ea va fi finalizată.
error-rekey-needs-another-passphrase = La schimbarea cheii seifului rămâne doar fraza de acces pe care o introduceți pentru confirmare. Introduceți o frază de acces care rămâne, nu pe cea care se elimină.
error-case-not-found = În acest seif nu există cazul „{ $case }”.
error-follow-up-not-found = Cazul „{ $case }” nu mai are acțiunea planificată { $n }.
error-duplicate-code = Codul de caz { $case } este deja folosit în acest seif.
error-case-deleted = Cazul { $case } a fost șters.
error-sealed-needs-reason = Acest caz este sigilat. Indicați motivul modificării; motivul se păstrează în istoricul cazului.
error-attachment-too-large = Fișierul depășește limita de { $limit_mb } MB și nu a fost adăugat.
error-attachment-changed = Fișierul s-a schimbat în timp ce era adăugat și nu a fost adăugat. Adăugați-l din nou când niciun program nu mai scrie în el.
error-attachment-not-found = În acest seif nu există un atașament cu SHA-256 { $sha256 }.
error-revision-not-found = În acest seif nu există versiunea { $revision }.
error-encode = Cazul nu a putut fi convertit în formatul seifului. Nu s-a salvat nimic; vă rugăm să raportați această problemă.
error-io = Un fișier nu a putut fi citit sau scris: { $detail }
error-database = Seiful a raportat o eroare: { $detail }
error-unknown-language = Limbă necunoscută: { $lang }
error-bad-message-file = Fișierul cu mesaje { $file } pentru { $lang } este deteriorat.
error-draft-not-found = Această ciornă nu mai există. Poate a fost finalizată sau abandonată.
error-unknown-section = Programul a cerut să salveze o parte a cazului pe care nu o cunoaște („{ $section }”). Nu s-a schimbat nimic.
error-no-documentation-consent = Cazul nu poate fi salvat fără consimțământul ei la documentare. Întrebați-o mai întâi despre aceasta la pasul „Consimțământ”.
error-split-out-of-range = O împărțire are nevoie de cel puțin 2 fragmente pentru deschidere și de cel mult { $max } fragmente în total și nu poate cere mai multe fragmente decât creează (s-au cerut: { $k } din { $n }). Nu s-a schimbat nimic.
error-share-damaged = Fragmentul { $n } este deteriorat: un caracter lipsește sau este greșit. Verificați-l cu cardul său. Nu s-a schimbat nimic.
error-share-of-another-vault = Fragmentul { $n } aparține altui seif (comparați amprenta de pe cardul său). Nu s-a schimbat nimic.
error-share-revoked = Fragmentul { $n } aparține unei împărțiri care a fost revocată sau înlocuită; nu mai deschide nimic. Nu s-a schimbat nimic.
error-share-repeated = Fragmentul { $n } a fost introdus de două ori. Fragmentul fiecărui coleg contează o singură dată. Nu s-a schimbat nimic.
error-shares-too-few = { $given ->
        [one] A fost introdus un singur fragment
        [few] Au fost introduse { $given } fragmente
       *[other] Au fost introduse { $given } de fragmente
    }; pentru a deschide acest seif sunt necesare { $needed }. Nu s-a schimbat nimic.
error-shares-do-not-open = Fiecare fragment pare corect, dar împreună nu deschid acest seif: unul dintre ele poate fi fals. Nu s-a schimbat nimic.
error-bad-snapshot = Acest fișier de statistică nu este scris așa cum îl scrie programul: a fost creat sau modificat de altceva. Nimic din el nu a fost păstrat.
error-forensic-window-out-of-range = Termenul pentru examinarea medico-legală (în zile) trebuie să fie între { $min } și { $max }. Nu s-a schimbat nimic.
error-network-lock-unavailable = Acest calculator a refuzat blocarea care ține programul deconectat de la rețea ({ $detail }). Programul funcționează, dar nu poate garanta singur că nimic nu ajunge în rețea.
error-outreach-already = Acest seif este deja pregătit pentru munca de teren.
error-outreach-has-cases = Doar un seif nou și gol poate fi pregătit pentru munca de teren: cazurile deja aflate în el ar rămâne lizibile.
