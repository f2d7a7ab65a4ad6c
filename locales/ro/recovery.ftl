## Secretul de recuperare împărțit între colegi: carduri, linia de comandă, Setări
## și ecranul de deblocare.

share-card-title = Fragmentul de recuperare { $n } din { $total }
share-card-rule = Oricare { $k } din cele { $total } fragmente deschid împreună seiful. Mai puține nu deschid nimic.
share-card-fingerprint = Amprenta seifului
share-card-made = Creat la
share-card-share = Fragmentul
share-card-check = Doar litere și cifrele de la 2 la 7. Înainte de a-l introduce, comparați amprenta seifului de pe ecran cu cea de pe acest card.
share-card-howto = Cum se folosește acest card
share-card-step-keep = Păstrați acest card într-un loc sigur, departe de calculator și de celelalte carduri. Nu-l fotografiați, nu-l copiați și nu-l introduceți în niciun alt dispozitiv.
share-card-step-open = Dacă nimeni dintre cei care știu fraza de acces nu poate deschide seiful, { $k } colegi își aduc cardurile la calculator. Pe ecranul de deblocare alegeți „Deschideți cu fragmentele colegilor” și introduceți fiecare fragment. Liniuțele, spațiile și literele mici sau mari nu contează.
share-card-step-new = Apoi programul cere o frază de acces nouă.
share-card-step-lost = Dacă acest card se pierde sau poate a fost văzut de altcineva, spuneți-le celorlalți: împărțirea poate fi revocată și făcută din nou, iar cardurile vechi nu mai deschid nimic.
share-card-kept-by = Păstrat de:
share-file-note = Fragmentul de recuperare { $n } din { $total }; oricare { $k } deschid seiful { $fingerprint }. Creat la { $date }

cli-recovery-split-done = Împărțirea a fost făcută: oricare { $k } din { $n } fragmente deschid seiful { $fingerprint }. O împărțire anterioară nu mai funcționează.
cli-recovery-split-card = Fragmentul { $number }: cardul { $card }, fișierul { $file }
cli-recovery-split-advice = Tipăriți fiecare card și dați-l altui coleg, apoi ștergeți fișierele: programul nu păstrează nicio copie a fragmentelor.
cli-recovery-revoked = Împărțirea a fost revocată: fragmentele ei nu mai deschid nimic.
cli-recovery-none = Acest seif nu are nicio împărțire; nu s-a schimbat nimic.
cli-rekey-split-dropped = Fragmentele colegilor nu mai deschid nimic (seiful are o cheie nouă). Faceți o împărțire nouă dacă centrul are nevoie de ea.
cli-error-shares-count = „recovery split” cere numărul de fragmente de creat, ca --shares N (de la 2 la 10).

unlock-shares-mode = Deschideți cu fragmentele colegilor
unlock-shares-title = Deschiderea cu fragmentele colegilor
unlock-shares-intro = Când nimeni dintre cei care știu fraza de acces nu poate deschide seiful, colegii care păstrează fragmente de recuperare o pot face împreună. Introduceți fiecare fragment de pe cardul său sau încărcați fișierul lui. Apoi alegeți o frază de acces nouă.
unlock-shares-fingerprint = Amprenta acestui seif:
unlock-share-label = Fragmentul { $n }
unlock-share-load = Încărcați dintr-un fișier…
unlock-share-add = Adăugați încă un fragment
unlock-shares-check = Verificați fragmentele
unlock-shares-ok = Fragmentele deschid acest seif. Alegeți o frază de acces nouă pentru el; de acum seiful se deschide cu ea.
unlock-shares-new-passphrase = Fraza de acces nouă
unlock-shares-open = Deschideți și păstrați această frază de acces
unlock-shares-back = Înapoi la fraza de acces

shares-title = Recuperare împărțită între colegi
shares-intro = Împărțiți un secret de recuperare între colegi de încredere: oricare K dintre ei pot deschide împreună seiful dacă fraza de acces se pierde; mai puțini nu află nimic. Fiecare primește un card tipărit. Fraza de acces și cheia de recuperare de pe hârtie rămân așa cum sunt.
shares-status = Colegii păstrează fragmente: oricare { $k } din { $n } deschid seiful (create la { $date }).
shares-status-none = Încă nu există fragmente împărțite între colegi.
shares-split = Împărțiți între colegi…
shares-split-again = Împărțiți din nou…
shares-revoke = Revocați fragmentele
shares-threshold = Fragmente necesare pentru deschidere (K)
shares-total = Fragmente în total (N)
shares-plan = Oricare { $k } din cei { $n } colegi vor deschide împreună seiful; { $k ->
        [2] unul singur nu deschide nimic.
       *[other] mai puțini de { $k } nu deschid nimic.
    }
shares-replaces = Cardurile actuale ale colegilor nu vor mai funcționa.
shares-save-cards = Salvați cardurile…
shares-busy = Se creează cardurile…
shares-cancel = Anulați
shares-written = Împărțirea a fost făcută: oricare { $k } din { $n } fragmente deschid seiful { $fingerprint }.
shares-card-line = Cardul { $number } ({ $card }, cu { $file }): dați-l colegului { $number } și nimănui altcuiva.
shares-advice = Tipăriți fiecare card și dați-l personal altui coleg. Apoi ștergeți fișierele de pe acest calculator și de pe stick: programul nu păstrează nicio copie a fragmentelor.
shares-revoked = Fragmentele au fost revocate: cardurile colegilor nu mai deschid nimic.
shares-none = Nu a existat nicio împărțire de revocat.
unlock-shares-old-passphrase = Fraza de acces veche continuă să funcționeze. Dacă altcineva ar putea s-o știe (poate a fost obținută de la un coleg sub presiune), deschideți apoi Setările și alegeți „Poate cineva mi-a văzut fraza de acces”: seiful primește o cheie nouă, iar fraza de acces veche și cardurile colegilor nu mai funcționează.
