## Pachete: sincronizare manuală între calculatoare, contacte, conflicte.

# Erori ale părții de sincronizare a seifului.
sync-error-revision-id-mismatch = Versiunea { $revision } nu corespunde conținutului său. Pachetul a fost modificat sau deteriorat; nu s-a importat nimic.
sync-error-revision-case-mismatch = Versiunea { $revision } aparține altui caz. Nu s-a importat nimic.
sync-error-missing-parent = Versiunea { $revision } are nevoie de o versiune anterioară ({ $parent }), care nu există nici în pachet, nici în acest seif. Nu s-a importat nimic.
sync-error-malformed-revision = Versiunea { $revision } are o structură greșită. Nu s-a importat nimic.
sync-error-unknown-head = Ultima versiune a cazului { $case } ({ $revision }) lipsește din pachet. Nu s-a importat nimic.
sync-error-blob-hash-mismatch = Atașamentul { $sha256 } nu corespunde amprentei sale. Nu s-a importat nimic.
sync-error-blob-size-mismatch = Atașamentul { $sha256 } nu are dimensiunea declarată (octeți: { $declared } declarați, { $actual } în realitate). Nu s-a importat nimic.
sync-error-contact-exists = Există deja un contact cu numele „{ $name }” sau cu aceleași chei.
sync-error-contact-name-empty = Un contact trebuie să aibă un nume.
sync-error-contact-not-found = Nu există niciun contact cu numele „{ $name }”.
sync-error-invalid-role = „{ $role }” nu este un rol. Folosiți own-device, centre-hub, lawyer sau network.
sync-error-conflict-not-found = Cazul { $case } nu are un conflict deschis la „{ $path }”.
sync-error-bad-content = Conținutul cazului { $case } nu poate fi citit.
sync-error-fingerprint-needed = Dispozitivele proprii și centrul coordonator primesc înregistrări complete. Pentru a da acest rol, introduceți cele șase cuvinte ale amprentei pe care vi le citește contactul.
sync-error-fingerprint-mismatch = Cuvintele introduse nu sunt amprenta acestui contact. Comparați-le din nou cu contactul, la telefon sau în persoană.
sync-error-not-permitted = Cazul { $case }: un expeditor cu acest rol nu are dreptul să { $change ->
    [role-may-not-add] adauge cazuri
    [role-may-not-delete] șteargă cazuri
   *[other] modifice aceste câmpuri
  }.

# Erori ale pachetelor.
bundle-error-not-for-us = Acest pachet a fost făcut pentru altcineva. Nu poate fi deschis cu cheia acestui dispozitiv.
bundle-error-wrong-passphrase = Fraza de acces nu deschide acest pachet. Nu s-a importat nimic.
bundle-error-passphrase-needed = Acest pachet este protejat cu o frază de acces. Introduceți-o pentru import.
bundle-error-work-factor-too-high = Acest pachet cere mult prea multe calcule pentru deblocare (2^{ $required }; se acceptă cel mult 2^{ $max }). A fost refuzat fără a încerca.
bundle-error-not-a-bundle = Acest fișier nu este un pachet Casebook.
bundle-error-damaged = Pachetul este deteriorat sau incomplet (poate copierea a fost întreruptă). Nu s-a importat nimic; copiați-l din nou.
bundle-error-unsupported-version = Acest pachet folosește versiunea de format { $version }, pe care programul nu o cunoaște. Actualizați programul.
bundle-error-bad-signature = Semnătura pachetului nu corespunde conținutului. Este posibil să fi fost modificat intenționat; nu s-a importat nimic.
bundle-error-unknown-signer = Pachetul a fost semnat de un dispozitiv pe care nu l-ați adăugat: „{ $name }”, amprenta { $fingerprint }. Comparați amprenta cu expeditorul (la telefon) înainte de import.
bundle-error-unsafe-path = Pachetul conține un nume de fișier nesigur sau neașteptat: { $path }. Nu s-a importat nimic.
bundle-error-unlisted-entry = Pachetul conține { $path }, care nu apare în lista sa semnată. Nu s-a importat nimic.
bundle-error-missing-entry = În pachet lipsește { $path }, care apare în lista sa semnată. Nu s-a importat nimic.
bundle-error-size-mismatch = { $path } nu are dimensiunea declarată (octeți: { $actual } în loc de { $declared }). Nu s-a importat nimic.
bundle-error-hash-mismatch = { $path } nu corespunde amprentei sale din lista semnată. Nu s-a importat nimic.
bundle-error-uncited-attachment = { $path } este un atașament la care nu se referă niciun caz din pachet. Nu s-a importat nimic.
bundle-error-too-large = { $path } este mai mare decât se acceptă (limita în octeți: { $limit }). Nu s-a importat nimic.
bundle-error-bad-case-file = { $path } din pachet nu poate fi citit ca un caz. Nu s-a importat nimic.
bundle-error-bad-manifest = Lista de conținut a pachetului are o structură greșită: { $problem ->
    [not-json] nu poate fi citită.
    [attachment-hash] numele unui atașament nu corespunde conținutului său.
    [entry-twice] un fișier apare de două ori.
    [case-without-entry] un caz apare în listă fără fișierul său.
    [entry-without-case] un fișier de caz nu apare în lista cazurilor.
    [case-differs] un fișier de caz nu corespunde cu ce spune lista despre el.
    [snapshot-differs] un fișier de statistici nu corespunde cu ceea ce spune lista despre el.
    [mixed-kind] conține fișiere ale altui tip de pachet.
   *[other] nu poate fi folosită.
}
bundle-error-bad-card = Fișa de contact nu poate fi citită: { $problem ->
    [header] lipsește primul rând al fișei.
    [age-key] cheia sa de criptare lipsește sau este deteriorată.
    [sign-key] cheia sa de semnare lipsește sau este deteriorată.
    [file] fișierul nu poate fi deschis.
    [too-large] fișierul este prea mare pentru a fi o fișă de contact.
    [not-text] fișierul nu este un text.
   *[other] este deteriorată.
}
bundle-error-card-fingerprint-mismatch = Amprenta fișei de contact nu corespunde cheilor sale. Nu folosiți această fișă; cereți-o din nou.
bundle-error-no-recipients = Alegeți cel puțin un contact sau o frază de acces.
bundle-error-since-last-needs-contact = „Modificate după ultimul export” funcționează doar la exportul către contacte.
bundle-error-nothing-to-export = Niciun caz nu poate intra în acest pachet.
bundle-error-passphrase-too-short = Fraza de acces a unui pachet trebuie să aibă { $min ->
        [one] cel puțin { $min } caracter
        [few] cel puțin { $min } caractere
       *[other] cel puțin { $min } de caractere
    } sau cel puțin { $words } cuvinte a câte trei litere sau mai multe.
bundle-error-write = Pachetul nu a putut fi scris: { $detail }. Nu a rămas niciun fișier.

# De ce un caz a rămas în afara pachetului.
bundle-refused-consent = rolul „{ $role }” are nevoie de consimțământul „{ $destination }” (acesta este { $state })
bundle-refused-role = rolul „{ $role }” nu primește înregistrări de caz, ci doar statistică fără date de identificare
bundle-refused-unreadable = cazul nu poate fi citit

# Linia de comandă.
sync-cli-prompt-bundle-passphrase = Fraza de acces a pachetului
sync-cli-contact-added = A fost adăugat { $name } ({ $role }). Amprenta: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Încă nu sunt contacte.
sync-cli-export-done = Pachetul a fost scris în { $path }: cazuri – { $cases }, atașamente – { $attachments }.
sync-cli-export-nothing = Niciun caz nu poate fi trimis acestor destinatari; nu a fost scris niciun fișier.
sync-cli-export-plan = S-ar exporta cazuri – { $cases }, atașamente – { $attachments }; nu pot fi trimise – { $refused }. Nu s-a scris nimic.
sync-cli-export-refused = { $code }: nu a fost exportat, { $reason }.
sync-cli-import-summary = De la { $signer } ({ $fingerprint }, cu drepturile rolului { $role }): adăugate { $added }, actualizate { $updated }, conflicte { $conflicts }, omise { $skipped }, respinse { $rejected }.
sync-cli-import-rejected = { $case }: respins ({ $reason }).
sync-cli-trust-hint = Dacă această amprentă coincide cu ce vă citește expeditorul, importați din nou cu --trust "{ $fingerprint }" și --role (implicit network: nimic din ce trimite nu modifică vreun caz).
sync-cli-conflicts-none = Nu sunt conflicte deschise.
sync-cli-conflict-line = { $code } { $path }: aici { $ours } ({ $ours_author }, { $ours_at }); la expeditor { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = A fost rezolvat „{ $path }” în { $code }.
sync-cli-deleted-value = (șters)
sync-cli-export-stats-done = Pachetul de statistici a fost scris: { $path } (centre: { $centres }, înregistrări: { $records }).
sync-cli-import-snapshot = { $centre }, situația nr. { $seq }, înregistrări: { $records }: { $standing ->
    [new] centru nou, numărat.
    [replaced] înlocuiește situația sa mai veche.
    [older] mai veche decât cea existentă; nu s-a schimbat nimic.
   *[same] există deja; nu s-a schimbat nimic.
}
sync-cli-import-stats-summary = Statistici de la { $signer } ({ $fingerprint }), situații: { $centres }. Niciun caz nu a fost atins.
bundle-error-not-outreach = Acest seif nu este pregătit pentru munca de teren: nu are coadă de trimitere.
bundle-error-not-a-receipt = Acest fișier nu este o confirmare de la centrul acestui laptop sau a fost modificat. Nimic nu a fost confirmat.
