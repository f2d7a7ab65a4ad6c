## Ecranul de schimb al programului: contacte, export, import, conflicte.

sync-button = Schimb
sync-title = Schimb de cazuri
sync-back = Înapoi la cazuri
sync-intro = Cazurile circulă între calculatoare ca fișiere-pachet criptate, pe un stick USB sau ca atașament într-un messenger. Doar persoanele pe care le alegeți le pot deschide.
sync-tab-import = Importare
sync-tab-export = Exportare
sync-tab-contacts = Contacte
sync-tab-conflicts = Conflicte
sync-list-conflict = în conflict

# Progres
sync-phase-starting = Se pornește…
sync-phase-selecting = Se verifică cazurile…
sync-phase-writing = Se scrie pachetul…
sync-phase-reading = Se decriptează și se verifică pachetul…
sync-phase-applying = Se comasează în acest seif…
sync-phase-done = Se finalizează…
sync-size-b = { $n } octeți
sync-size-kb = { $n } KB
sync-size-mb = { $n } MB
sync-size-gb = { $n } GB

# Roluri
sync-role-own-device = Dispozitiv propriu
sync-role-centre-hub = Centru coordonator
sync-role-lawyer = Avocat
sync-role-outreach = Laptopul lucrătorului de teren
sync-role-network = Rețea
sync-role-own-device-hint = Alt calculator al dvs. sau al echipei dvs.: primește înregistrări complete și poate modifica sau șterge orice caz. Pentru a da acest rol, introduceți cele șase cuvinte ale amprentei lui.
sync-role-centre-hub-hint = Centrul care adună cazurile: primește înregistrări complete și poate adăuga și modifica cazuri. Pentru a da acest rol, introduceți cele șase cuvinte ale amprentei lui.
sync-role-lawyer-hint = Primește doar cazurile în care supraviețuitoarea a fost de acord cu transmiterea către un avocat (dacă nu a fost de acord să fie numită, cazurile ajung fără date de identificare). Poate trimite înapoi doar măsuri luate și note, nimic altceva.
sync-role-outreach-hint = Laptopul de teren al unei lucrătoare outreach: nu primește înregistrări de caz; pachetele lui pot doar adăuga cazuri noi și nu modifică nimic din cele existente. Pentru a da acest rol, tastați cele șase cuvinte ale amprentei lui.
sync-role-network-hint = Nu primește înregistrări de caz, ci doar statistică fără date de identificare; nimic din ce trimite nu modifică vreun caz. Orice contact nou începe cu acest rol.

# Contacte: fișa mea
sync-my-card-title = Fișa dvs. de contact
sync-my-card-intro = Dați această fișă persoanelor care vă trimit pachete. Ele o adaugă ca un contact; apoi pachetele pe care le fac pentru dvs. se deschid doar pe acest calculator.
sync-my-name-label = Numele dvs. sau al centrului, așa cum îl văd alții
sync-my-name-hint = Apare pe fișa dvs., pe pachetele dvs. și pe conflictele pe care le rezolvați. Nu se păstrează pe acest calculator.
sync-fingerprint-label = Amprenta (comparați aceste cuvinte la telefon)
sync-my-card-text-label = Textul fișei
sync-card-copy = Copiați textul
sync-card-save = Salvați ca fișier…
sync-card-copied = Textul fișei a fost copiat.
sync-card-saved = Fișa a fost salvată.

# Contacte: adăugare
sync-add-title = Adăugați un contact
sync-add-intro = Lipiți textul fișei de contact a cuiva sau alegeți fișierul fișei pe care vi l-a dat.
sync-add-paste-label = Textul fișei de contact
sync-add-choose-file = Alegeți fișierul fișei…
sync-card-unreadable = Aceasta nu este o fișă de contact completă. Copiați toată fișa, de la „casebook contact card v1” până la rândul cu amprenta.
sync-card-file-unreadable = Acest fișier nu este o fișă de contact.
sync-add-compare = Citiți-vă unul altuia aceste cuvinte la telefon. Adăugați contactul doar dacă ele coincid.
sync-contact-name-label = Numele
sync-contact-role-label = Rolul
sync-add-submit = Adăugați contactul
sync-contact-added = „{ $name }” a fost adăugat la contacte.
sync-contact-added-role = „{ $name }” a fost adăugat la contacte cu rolul „{ $role }”.
sync-typed-words-label = Cele șase cuvinte ale amprentei, așa cum vi le citește contactul
sync-typed-words-hint = Introduceți-le de mână; nu le copiați de pe acest ecran. Acest rol primește înregistrări complete, așa că cuvintele trebuie să vină de la persoana respectivă, la telefon sau față în față.
sync-summary-role = Expeditorul a avut drepturile rolului „{ $role }”.

# Contacte: lista
sync-contacts-title = Contacte
sync-contacts-empty = Încă nu sunt contacte. Adăugați fișa centrului, a avocatului sau a colegului cu care faceți schimb de cazuri.
sync-contact-added-at = adăugat: { $when }
sync-rename = Redenumiți
sync-rename-label = Redenumiți { $name }
sync-rename-submit = Salvați numele
sync-contact-renamed = Contactul se numește acum „{ $name }”.
sync-remove = Eliminați
sync-remove-label = Eliminați { $name }
sync-remove-question = Eliminați contactul „{ $name }”? Nu veți mai putea face pachete pentru el, iar pachetele lui vor cere din nou confirmare.
sync-remove-keep = Păstrați-l
sync-remove-confirm = Eliminați contactul
sync-contact-removed = „{ $name }” a fost eliminat din contacte.

# Exportare
sync-export-title = Exportați cazuri într-un pachet
sync-export-intro = Alegeți cine poate deschide pachetul și ce cazuri intră în el. Cazurile care nu pot fi trimise acestor persoane sunt enumerate, cu motivul, înainte de a se scrie ceva.
sync-export-to = Cine poate deschide pachetul
sync-export-to-contacts = Contacte
sync-export-no-contacts = Încă nu sunt contacte: adăugați unul în fila „Contacte” sau folosiți o frază de acces.
sync-export-to-passphrase = Oricine știe o frază de acces
sync-export-passphrase-hint = Comunicați fraza de acces destinatarului pe altă cale decât pachetul însuși (personal sau la telefon).
sync-export-passphrase-label = Fraza de acces a pachetului
sync-export-pass-role-label = Ale cui reguli se aplică
sync-export-which = Ce cazuri
sync-export-all = Toate cazurile
sync-export-since-last = Modificate după ultimul meu export către aceste contacte
sync-export-since-last-hint = Doar cazurile noi sau modificate de când ați trimis ultima dată un pachet fiecărui contact ales.
sync-export-since-last-needs-contacts = Posibil doar când pachetul este pentru contacte.
sync-export-chosen = Cazurile pe care le aleg
sync-export-search-label = Găsiți cazuri (cod, pseudonim, orice cuvânt)
sync-export-chosen-count = { $count ->
    [0] Încă nu este ales niciun caz.
    [one] { $count } caz ales.
    [few] { $count } cazuri alese.
   *[other] { $count } de cazuri alese.
}
sync-export-search-none = Niciun caz nu corespunde.
sync-export-search-more = Se afișează primele { $shown } din { $total }; căutați pentru a restrânge lista.
sync-export-attachments = Includeți atașamentele (fotografii, documente)
sync-export-attachments-hint = Fără ele pachetul este mult mai mic; cazurile pseudonimizate nu conțin niciodată atașamente.
sync-sender-name-hint = Destinatarii văd acest nume ca expeditor.
sync-export-need-recipient = Alegeți cel puțin un contact sau o frază de acces.
sync-export-need-cases = Alegeți cel puțin un caz.
sync-plan-title = Ce va fi trimis
sync-plan-checking = Se verifică cazurile…
sync-plan-cases = { $count ->
    [0] Niciun caz nu poate fi trimis.
    [one] { $count } caz poate fi trimis.
    [few] { $count } cazuri pot fi trimise.
   *[other] { $count } de cazuri pot fi trimise.
}
sync-plan-pseudonymised = { $count ->
    [one] { $count } dintre ele doar pseudonimizat (fără date de identificare).
    [few] { $count } dintre ele doar pseudonimizate (fără date de identificare).
   *[other] { $count } dintre ele doar pseudonimizate (fără date de identificare).
}
sync-plan-attachments = { $count ->
    [one] Cu { $count } atașament ({ $size }).
    [few] Cu { $count } atașamente ({ $size }).
   *[other] Cu { $count } de atașamente ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } caz nu poate fi trimis:
    [few] { $count } cazuri nu pot fi trimise:
   *[other] { $count } de cazuri nu pot fi trimise:
}
sync-plan-refused-more = …și încă { $count }
sync-plan-refused-show-all = Afișați toate cazurile
sync-refused-consent = pentru rolul „{ $role }” este necesar consimțământul „{ $destination }”, iar acesta este { $state }
sync-refused-role = rolul „{ $role }” nu primește înregistrări de caz, ci doar statistică fără date de identificare
sync-refused-unreadable = cazul nu poate fi citit
sync-consent-state-given = dat
sync-consent-state-refused = refuzat
sync-consent-state-revoked = retras
sync-consent-state-missing = neînregistrat
sync-plan-nothing = Niciun caz nu poate fi trimis acestor destinatari, deci nu este nimic de scris.
sync-export-write = Salvați pachetul…
sync-export-writing = Se scrie…
sync-export-done = Pachetul a fost salvat: { $cases ->
    [one] { $cases } caz
    [few] { $cases } cazuri
   *[other] { $cases } de cazuri
}, { $attachments ->
    [one] { $attachments } atașament
    [few] { $attachments } atașamente
   *[other] { $attachments } de atașamente
}, { $size }.
sync-export-done-refused = { $count ->
    [one] { $count } caz a rămas în afara pachetului, după cum se arată mai sus.
    [few] { $count } cazuri au rămas în afara pachetului, după cum se arată mai sus.
   *[other] { $count } de cazuri au rămas în afara pachetului, după cum se arată mai sus.
}

# Importare
sync-import-title = Importați un pachet
sync-import-intro = Alegeți un fișier-pachet pe care l-ați primit. El este verificat complet înainte de orice schimbare; un pachet deteriorat sau modificat nu schimbă nimic.
sync-import-choose = Alegeți un fișier-pachet…
sync-import-file = Fișierul: { $name }
sync-import-passphrase-title = Acest pachet este protejat cu o frază de acces
sync-import-passphrase-text = Introduceți fraza de acces pe care v-a spus-o expeditorul.
sync-import-open = Deschideți și importați
sync-import-unchanged = Nu s-a schimbat nimic în acest seif.
sync-signer-title = Expeditor necunoscut
sync-signer-text = Acest pachet a fost făcut pe un calculator pe care nu l-ați adăugat ca contact: „{ $name }”. Rugați expeditorul să vă citească amprenta sa, la telefon sau în persoană, și comparați-o cu aceste cuvinte:
sync-signer-no-name = fără nume
sync-signer-warning = Dacă cuvintele diferă, nu importați: este posibil ca pachetul să nu vină de la cine credeți.
sync-signer-add = Adăugați și expeditorul la contactele mele
sync-signer-reject = Nu importați
sync-signer-accept = Cuvintele coincid: importați
sync-summary-title = Importul s-a încheiat
sync-summary-from = De la „{ $name }”, amprenta
sync-summary-from-self = De pe acest calculator însuși, amprenta
sync-summary-added = Adăugate
sync-summary-updated = Actualizate
sync-summary-conflicts = Conflicte
sync-summary-skipped = Existau deja
sync-summary-rejected = Respinse
sync-summary-attachments = { $count ->
    [one] { $count } atașament nou.
    [few] { $count } atașamente noi.
   *[other] { $count } de atașamente noi.
}
sync-summary-rejected-title = Cazuri respinse
sync-rejected-unreadable-record = conținutul cazului nu poate fi citit de acest program
sync-rejected-role-may-not-add = rolul expeditorului nu are dreptul să adauge cazuri în acest seif
sync-rejected-role-may-not-delete = rolul expeditorului nu are dreptul să șteargă cazuri
sync-rejected-role-may-not-change = rolul expeditorului nu are dreptul să modifice aceste câmpuri (un avocat poate modifica doar măsurile luate și notele)
sync-summary-cases-title = Toate cazurile din acest pachet ({ $count })
sync-summary-cases-more = …și încă { $count }.
sync-summary-attention-title = Cazuri de verificat
sync-outcome-added = adăugat
sync-outcome-fast-forward = actualizat
sync-outcome-merged = comasat cu modificările făcute aici
sync-outcome-merged-conflicts = { $count ->
    [one] comasat; { $count } câmp modificat de ambele părți așteaptă decizia dvs.
    [few] comasat; { $count } câmpuri modificate de ambele părți așteaptă decizia dvs.
   *[other] comasat; { $count } de câmpuri modificate de ambele părți așteaptă decizia dvs.
}
sync-outcome-edit-kept-over-delete = șters de o parte, modificat de cealaltă: cazul modificat se păstrează; verificați-l
sync-outcome-skipped = nimic nou
sync-summary-conflicts-text = { $count ->
    [one] { $count } câmp a fost modificat diferit aici și de expeditor. Nu se pierde nimic: ambele valori se păstrează până decideți.
    [few] { $count } câmpuri au fost modificate diferit aici și de expeditor. Nu se pierde nimic: ambele valori se păstrează până decideți.
   *[other] { $count } de câmpuri au fost modificate diferit aici și de expeditor. Nu se pierde nimic: ambele valori se păstrează până decideți.
}
sync-summary-resolve = Rezolvați conflictele

# Conflicte
sync-conflicts-title = Conflicte de rezolvat
sync-conflicts-intro = Un câmp a fost modificat diferit pe două calculatoare. Alegeți ce valoare păstrează cazul sau scrieți valoarea corectă. Alegerea dvs. se adaugă ca o versiune nouă; ambele valori vechi rămân în istoric.
sync-conflicts-empty = Nu sunt conflicte. Totul s-a comasat fără probleme.
sync-conflict-whole-case = întregul caz
sync-conflict-edit-vs-delete = O parte a șters acest caz, cealaltă l-a modificat. Cazul modificat se păstrează până decideți.
sync-conflict-choose = Valoarea pentru { $field }
sync-conflict-ours = Păstrați valoarea de aici
sync-conflict-theirs = Luați valoarea expeditorului
sync-conflict-typed = Scrieți altă valoare
sync-conflict-typed-label = Valoare nouă pentru { $field }
sync-conflict-by = de { $author }, { $when }
sync-conflict-deleted = (caz șters)
sync-conflict-edited = (cazul modificat)
sync-conflict-empty = (gol)
sync-conflict-yes = da
sync-conflict-no = nu
sync-conflict-resolve = Rezolvați
sync-conflict-resolved = „{ $field }” din { $code } a fost rezolvat.
sync-summary-stats = Un pachet de statistici. Situații: { $count }. Niciun caz din acest seif nu a fost atins.
sync-summary-snapshot = { $centre } — înregistrări: { $records } — { $standing ->
    [new] centru nou, numărat
    [replaced] înlocuiește situația sa mai veche
    [older] mai veche decât cea existentă, nu s-a schimbat nimic
   *[same] există deja, nu s-a schimbat nimic
}
