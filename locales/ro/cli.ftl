## Linia de comandă `casebook`.

cli-prompt-passphrase = Fraza de acces
cli-prompt-new-passphrase = Fraza de acces nouă
cli-prompt-repeat-passphrase = Repetați fraza de acces nouă
cli-prompt-recovery-key = Cheia de recuperare
cli-init-done = Seiful a fost creat în { $path }.
cli-recovery-key-intro = Cheia de recuperare (afișată doar acum; scrieți-o pe hârtie și păstrați-o separat de acest calculator):
cli-passphrase-done = Frazele de acces au fost actualizate.
cli-prompt-keep-passphrase = Fraza de acces care rămâne
cli-rekey-done = Seiful are o cheie nouă. Copiile vechi ale fișierului de chei, cu orice frază de acces sau cheie de recuperare din ele, nu mai deschid nimic.
cli-rekey-dropped = { $count ->
        [one] O altă frază de acces nu mai funcționează; adăugați-o din nou cu `passphrase add` dacă trebuie să rămână.
        [few] Alte { $count } fraze de acces nu mai funcționează; adăugați-le din nou cu `passphrase add` dacă trebuie să rămână.
       *[other] Alte { $count } de fraze de acces nu mai funcționează; adăugați-le din nou cu `passphrase add` dacă trebuie să rămână.
    }
cli-unlock-ok = Secretul deschide acest seif.
cli-erased = Seiful a fost șters. Nu mai poate fi deschis.
cli-demo-done = Cazuri fictive adăugate: { $count }.
cli-verify-ok = Seiful a fost verificat: înregistrări de audit – { $audit }, versiuni – { $revisions }, toate corecte; integritatea bazei de date este în regulă.
cli-verify-audit-broken = Jurnalul de audit este deteriorat la înregistrarea { $seq }.
cli-verify-bad-revision = Versiunea { $revision } nu corespunde conținutului său.
cli-verify-integrity = Verificarea bazei de date: { $detail }
cli-case-header = Cazul { $code } ({ $id }), versiunea { $revision }
cli-case-deleted = Acest caz este șters.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = Căutării îi corespund prea multe cazuri (peste { $cap }): s-a căutat doar printre cele mai recent înregistrate (maximum { $cap }). Adăugați cuvinte pentru a restrânge căutarea.
cli-list-empty = Niciun caz.
cli-list-total = { $shown } din { $total } { $total ->
        [one] caz
        [few] cazuri
       *[other] de cazuri
    }
cli-error-no-vault-dir = Niciun folder de seif: indicați --vault DIR sau setați CASEBOOK_VAULT.
cli-error-read-file = Nu se poate citi { $path }: { $detail }
cli-error-bad-json = { $path } nu este un fișier de caz valid: { $detail }
cli-error-passphrase-mismatch = Cele două fraze de acces diferă.
cli-error-no-secret = Nu a fost dată nicio frază de acces: setați CASEBOOK_PASSPHRASE sau rulați programul într-un terminal.
cli-error-erase-needs-yes = Ștergerea distruge seiful definitiv; repetați comanda cu --yes.
cli-error-output = Rezultatul nu poate fi scris: { $detail }
cli-error-encode = Rezultatul nu a putut fi codificat. Vă rugăm să raportați această problemă.

## Comanda `casebook due`
cli-due-none = Nu este nimic de făcut.
cli-due-overdue = termen depășit
cli-due-today = astăzi
cli-due-later = de făcut
cli-due-follow-up = Acțiune planificată
cli-due-complaint-deadline = Termen pentru plângere
cli-due-forensic-window = Examinare medico-legală (leziunile încă se văd)
cli-forensic-window = Examinarea medico-legală trebuie făcută în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după un incident cu violență fizică.

# Outreach mode
cli-outreach-ready = Laptop de teren pentru centrul { $centre }. Înainte de primul caz, comparați cu centrul aceste șase cuvinte: { $fingerprint }
    Un caz terminat este sigilat imediat pentru centru; această parolă deschide doar ciornele neterminate.
cli-outreach-sealed = Sigilat pentru centru; codul confirmării { $receipt }. Acest laptop nu mai poate citi cazul.
cli-outbox-confirmed = confirmat { $at }
cli-outbox-waiting = așteaptă confirmarea centrului
cli-outbox-total = Sigilate: { $count }
cli-outbox-exported = Pachetul de trimis a fost scris: { $path } (cazuri sigilate: { $count })
cli-outbox-confirmed-now = Confirmate de centru: { $count }; copiile lor sigilate au fost șterse.
cli-outbox-receipt-written = Confirmarea a fost scrisă: { $path } (cazuri: { $count })
cli-error-outreach-no-cases = Acesta este un seif de teren: nu conține niciun caz care poate fi citit. Cazurile terminate sunt sigilate pentru centru; vedeți „outbox list”.
