# Dosarul cazului pentru avocat (casebook-pdf). Id-uri: pdf-<ce>.

## Erori
pdf-error-consent = { $state ->
    [refused] Supraviețuitoarea a refuzat consimțământul pentru „Transmitere către avocat” ({ $consent }); dosarul nu poate fi creat.
    [revoked] Supraviețuitoarea și-a retras consimțământul pentru „Transmitere către avocat” ({ $consent }); dosarul nu poate fi creat.
   *[missing] În acest caz lipsește consimțământul „Transmitere către avocat” ({ $consent }); înregistrați-l înainte de a crea dosarul.
}
pdf-error-consent-anonymised-only = Supraviețuitoarea a fost de acord ca acest caz să fie transmis unui avocat ({ $consent }) doar anonimizat: creați în schimb un dosar pseudonimizat.
pdf-error-unknown-language = Dosarul cazului nu poate fi scris în „{ $lang }”; alegeți una dintre limbile din meniu.
pdf-error-unknown-profile = Profil de ascundere a datelor necunoscut: „{ $profile }”; folosiți full sau pseudonymised.
pdf-error-font = Fontul încorporat { $font } nu poate fi citit; programul este deteriorat.
pdf-error-encode = Datele cazului nu au putut fi pregătite pentru dosar.
pdf-error-write = Fișierul nu a putut fi scris: { $detail }
pdf-error-read = Fișierul nu a putut fi citit: { $detail }
pdf-error-not-a-case-file = Acesta nu este un dosar Casebook sau datele lui de integritate au fost eliminate.
pdf-error-newer-format = Acest dosar a fost creat în formatul de date { $format }, pe care această versiune a Casebook nu îl cunoaște. Verificați-l cu o versiune mai nouă.
pdf-error-not-in-vault = Acest seif nu conține versiunea din care a fost creat fișierul ({ $revision }).
pdf-error-unknown-revision-tag = Nicio versiune a acestui caz din acest seif nu are eticheta de versiune a fișierului ({ $tag }). Un dosar pseudonimizat poate fi verificat doar în seiful care l-a creat — sau eticheta a fost modificată.
pdf-error-bad-audit-seq = Datele de integritate ale dosarului sunt deteriorate: ele indică înregistrarea de audit { $seq }, pe care niciun seif nu o poate conține. Fișierul a fost modificat sau nu a fost creat de Casebook.

## Antete de pagină
pdf-confidential = CONFIDENȚIAL — DOSAR JURIDIC
pdf-confidential-long = Confidențial — dosar juridic. Conține date personale sensibile despre o supraviețuitoare a violenței. Nu-l copiați, nu-l transmiteți și nu-l dezvăluiți în afara echipei juridice fără consimțământul ei.
pdf-page-n-of-m = Pagina { $n } din { $m }
pdf-footer-left = Casebook · versiunea { $revision }
pdf-footer-left-tag = Casebook · eticheta versiunii { $revision }

## Coperta
pdf-cover-title = Dosar juridic
pdf-field-generated = Generat la
pdf-field-language = Limba
pdf-field-profile = Profil de ascundere a datelor
pdf-field-organisation = Organizația
pdf-field-documenter = Documentat de
pdf-field-revision = Versiunea
pdf-field-revision-tag = Eticheta versiunii
pdf-cover-note-full = Acest dosar conține identitatea supraviețuitoarei. Este destinat numai avocatului ei.
pdf-cover-note-pseudonymised = Acest dosar este pseudonimizat: identitatea și datele ei de contact, numele și datele de contact ale martorilor, numele făptuitorilor și numele fișierelor atașate sunt eliminate, iar numele ei (în orice formă), numerele de telefon și de act de identitate și data nașterii sunt înlocuite cu […] oriunde au fost scrise. Numele altor persoane scrise în textul liber (relatări, note, constatări) nu pot fi recunoscute automat și nu au fost verificate.
pdf-cover-verify = Faptul că acest fișier este nemodificat și corespunde înregistrării din care a fost creat poate fi verificat cu „casebook verify-pdf” în seiful care l-a produs (vezi ultima pagină).

## Secțiuni
pdf-section-summary = 1. Rezumat
pdf-section-chronology = 2. Cronologia incidentelor
pdf-section-acts = 3. Faptele și încadrarea lor juridică
pdf-section-perpetrators = 4. Făptuitori
pdf-section-evidence = 5. Probe
pdf-section-responses = 6. Măsuri luate
pdf-section-consent = 7. Consimțământ
pdf-section-integrity = 8. Integritatea acestui fișier

## Rezumat
pdf-summary-who = Supraviețuitoarea
pdf-summary-case = Cazul
pdf-summary-deadlines = Termene deschise
pdf-field-pseudonym = Pseudonim
pdf-field-legal-name = Numele oficial
pdf-field-date-of-birth = Data nașterii
pdf-field-phone = Telefon
pdf-field-address = Adresa
pdf-field-id-document = Numărul actului de identitate
pdf-field-age = Vârsta
pdf-field-gender = Genul
pdf-field-residence = Locuiește în
pdf-field-citizenship = Cetățenia
pdf-stateless = Apatridă
pdf-field-pregnant = Însărcinată la momentul respectiv
pdf-field-children = Are copii
pdf-field-custody = Unde se află copiii
pdf-field-hiv = Statutul HIV
pdf-field-on-art = Urmează tratament antiretroviral
pdf-field-substances = Substanțe consumate
pdf-field-ost-client = Beneficiară a terapiei de substituție cu opioide (TSO)
pdf-field-harm-reduction = Beneficiară a serviciilor de reducere a riscurilor
pdf-field-sex-work = Muncă sexuală
pdf-field-disability = Dizabilitate
pdf-field-homeless = Fără adăpost
pdf-field-previous-incidents = Incidente anterioare
pdf-field-when = Când
pdf-field-where = Unde
pdf-field-what = Ce i s-a făcut
pdf-field-by-whom = De către cine
pdf-field-status = Starea actuală
pdf-field-intake-date = Preluat la
pdf-field-intake-channel = Cum a ajuns cazul
pdf-field-source = Sursa informației
pdf-field-tags = Etichete
pdf-field-notes = Note
pdf-deadline-complaint = Termenul de răspuns la plângerea depusă la: { $body }
pdf-col-due = Termen
pdf-col-what = Ce
pdf-none = Nimic înregistrat.
pdf-yes = Da
pdf-no = Nu
pdf-withheld = omis (dosar pseudonimizat)

## Cronologie
pdf-incident-title = Incidentul { $n }: { $date }
pdf-field-date = Data
pdf-field-date-precision = Precizia datei
pdf-field-time-of-day = Momentul zilei
pdf-field-place = Locul
pdf-field-location-type = Tipul locului
pdf-field-detained = Reținută
pdf-field-detention-hours = Durata reținerii
pdf-hours = { $n ->
    [one] { $n } oră
    [few] { $n } ore
   *[other] { $n } de ore
}
pdf-field-protocol = S-a întocmit proces-verbal de reținere
pdf-field-released-how = Cum a fost eliberată
pdf-narrative-original = Relatarea ei, în propriile cuvinte (limba originală)
pdf-narrative-translation = Traducerea relatării
pdf-witnesses = Martori
pdf-col-pseudonym = Pseudonim
pdf-col-contact = Date de contact
pdf-col-willing = Dispus(ă) să depună mărturie

## Fapte
pdf-acts-intro = Fiecare faptă este însoțită de prevederile pe care le vizează, preluate din tabelul de drepturi al Casebook. „Vizează” înseamnă că fapta intră în domeniul de aplicare al prevederii; dacă aceasta constituie o încălcare decid avocatul și organul sesizat.
pdf-acts-of-incident = Incidentul { $n } ({ $date })
pdf-act-title = Fapta { $n }: { $act }
pdf-field-act-group = Categoria faptei
pdf-field-intent = Scopul aparent
pdf-field-physical = Consecințe fizice
pdf-field-psychological = Consecințe psihologice
pdf-field-medical-attention = Asistență medicală
pdf-field-perpetrators = Făptuitori implicați
pdf-field-rights = Drepturi vizate
pdf-rights-summary = Drepturile vizate în acest caz
pdf-col-instrument = Actul internațional
pdf-col-provisions = Prevederi
pdf-col-acts = Fapte
pdf-right-article = art. { $article } { $instrument }
pdf-right-rule = regula { $article } din { $instrument }
pdf-right-paragraph = { $instrument }, pct. { $article }
pdf-instrument-cat = Conv. ONU împotriva torturii
pdf-instrument-iccpr = PIDCP
pdf-instrument-icescr = PIDESC
pdf-instrument-echr = CEDO
pdf-instrument-echr-protocol-1 = Protocolul nr. 1 la CEDO
pdf-instrument-cedaw-gr-35 = RG nr. 35 CEDAW
pdf-instrument-bangkok-rules = Regulile de la Bangkok
pdf-instrument-crc = CDC
pdf-instrument-name-cat = Convenția ONU împotriva torturii și altor pedepse ori tratamente cu cruzime, inumane sau degradante (CAT)
pdf-instrument-name-iccpr = Pactul internațional cu privire la drepturile civile și politice (PIDCP)
pdf-instrument-name-icescr = Pactul internațional cu privire la drepturile economice, sociale și culturale (PIDESC)
pdf-instrument-name-echr = Convenția europeană pentru apărarea drepturilor omului și a libertăților fundamentale (CEDO)
pdf-instrument-name-echr-protocol-1 = Protocolul adițional nr. 1 la CEDO
pdf-instrument-name-cedaw-gr-35 = Recomandarea generală nr. 35 a Comitetului CEDAW
pdf-instrument-name-bangkok-rules = Regulile ONU privind tratamentul femeilor deținute (Regulile de la Bangkok)
pdf-instrument-name-crc = Convenția ONU cu privire la drepturile copilului (CDC)

## Făptuitori
pdf-perpetrator-title = Făptuitorul { $n }
pdf-perpetrator-title-ref = Făptuitorul { $n } ({ $ref })
pdf-field-agency = Instituția
pdf-field-unit = Subdiviziunea
pdf-field-rank = Gradul
pdf-field-name = Numele
pdf-field-badge = Numărul insignei
pdf-field-uniformed = În uniformă
pdf-field-vehicle = Numărul de înmatriculare al mașinii
pdf-field-count = Numărul de persoane
pdf-field-identifiable = Ea i-ar putea recunoaște
pdf-field-involvement = Implicarea

## Probe
pdf-medical = Documentație medicală
pdf-field-exam-date = Data examinării
pdf-field-examiner = Cine a examinat-o
pdf-field-institution = Instituția
pdf-field-findings = Constatări
pdf-field-consistency = Compatibilitate (Protocolul de la Istanbul)
pdf-col-body-region = Regiunea corpului
pdf-col-description = Descriere
pdf-attachments = Atașamente
pdf-col-file = Fișier
pdf-col-type-size = Tip, dimensiune
pdf-col-times = Realizat / primit
pdf-col-received-by = Primit de
pdf-captured = realizat la { $time }
pdf-received = primit la { $time }
pdf-photos = Fotografii
pdf-photo-caption = Atașamentul { $n }: { $file }
pdf-photo-missing = (fișierul nu se află în acest seif)
pdf-photo-too-large = (prea mare pentru a fi inclus; vezi originalul)
pdf-photo-unreadable = (acest format de imagine nu poate fi afișat aici; vezi originalul)

## Măsuri luate
pdf-field-services = Servicii acordate
pdf-referrals = Redirecționări
pdf-complaints = Plângeri
pdf-follow-ups = Acțiuni planificate
pdf-col-to = Către
pdf-col-date = Data
pdf-col-consent = Consimțământ
pdf-col-outcome = Rezultatul
pdf-col-body = Organul
pdf-col-filed = Depusă
pdf-col-reference = Nr. de înregistrare
pdf-col-deadline = Termen
pdf-col-response = Răspuns
pdf-col-done = Făcut
pdf-col-note = Notă

## Consimțământ
pdf-consent-intro = La ce a consimțit supraviețuitoarea, pentru fiecare destinație, așa cum este înregistrat în caz.
pdf-col-destination = Destinația
pdf-col-given = Dat
pdf-col-named = Cu nume sau anonimizat
pdf-col-obtained-by = Obținut de
pdf-col-revoked = Retras

## Integritate
pdf-integrity-intro = Acest fișier a fost generat dintr-o versiune a cazului dintr-un seif Casebook criptat. Identificatorul versiunii este hash-ul SHA-256 al conținutului și istoricului acelei versiuni; hash-ul datelor de mai jos este hash-ul SHA-256 al exact ceea ce arată acest fișier, împreună cu limba, profilul și versiunea lui.
pdf-integrity-intro-tagged = Acest fișier a fost generat dintr-o versiune a cazului dintr-un seif Casebook criptat. Fiindcă este pseudonimizat, versiunile sunt indicate prin etichetele lor: HMAC-SHA256 al identificatorului versiunii cu un secret păstrat doar în acel seif, astfel încât nimeni fără seif să nu poată verifica un nume ghicit comparându-l cu ele. Hash-ul datelor de mai jos este hash-ul SHA-256 al exact ceea ce arată acest fișier, împreună cu limba, profilul și eticheta versiunii.
pdf-field-case-id = Identificatorul cazului
pdf-field-audit-head = Capătul lanțului de audit
pdf-field-data-hash = Hash-ul datelor (SHA-256)
pdf-history = Istoricul versiunilor
pdf-col-time = Ora
pdf-col-author = Autorul
pdf-col-kind = Schimbarea
pdf-col-reason = Motivul
pdf-col-revision = Identificatorul versiunii
pdf-col-revision-tag = Eticheta versiunii
pdf-revision-kind-create = creat
pdf-revision-kind-edit = modificat
pdf-revision-kind-delete = șters
pdf-revision-kind-merge = comasat
pdf-integrity-how = Fișierul conține și un hash SHA-256 al tuturor octeților săi. Funcția „Verificați un dosar” din Casebook (sau „casebook verify-pdf FIȘIER”), rulată în seiful care l-a produs, recalculează ambele hash-uri, confirmă înregistrarea din lanțul de audit și generează din nou versiunea; orice modificare făcută fișierului după generare este semnalată.

## Date și numere
pdf-date-exact = { $day } { $month } { $year }
pdf-date-month = { $month } { $year }
pdf-date-year = { $year }
pdf-date-range = aproximativ { $start } – { $end }
pdf-date-range-same-month = aproximativ { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } octeți
pdf-size-kb = { $n } KB
pdf-size-mb = { $n } MB
pdf-month-gen-1 = ianuarie
pdf-month-gen-2 = februarie
pdf-month-gen-3 = martie
pdf-month-gen-4 = aprilie
pdf-month-gen-5 = mai
pdf-month-gen-6 = iunie
pdf-month-gen-7 = iulie
pdf-month-gen-8 = august
pdf-month-gen-9 = septembrie
pdf-month-gen-10 = octombrie
pdf-month-gen-11 = noiembrie
pdf-month-gen-12 = decembrie
pdf-month-nom-1 = ianuarie
pdf-month-nom-2 = februarie
pdf-month-nom-3 = martie
pdf-month-nom-4 = aprilie
pdf-month-nom-5 = mai
pdf-month-nom-6 = iunie
pdf-month-nom-7 = iulie
pdf-month-nom-8 = august
pdf-month-nom-9 = septembrie
pdf-month-nom-10 = octombrie
pdf-month-nom-11 = noiembrie
pdf-month-nom-12 = decembrie
