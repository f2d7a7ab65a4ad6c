# Drafts of UN submissions (casebook-submission): one case to a Special Procedure,
# many cases to an annex for a treaty body or the UPR. Ids: sub-<what>.
# Field labels, vocabularies and rights' names come from pdf.ftl and vocab.ftl.
# "Alleged victim" (the UN forms' term) = „presupusa victimă”; the survivor elsewhere = „supraviețuitoare”.
# "Submitting organisation" = „organizația expeditoare”. The mechanisms' names are in the
# nominative with the article, as { $mechanism } is inserted after „către” or as a subject.

## Mechanisms
sub-mechanism-sr-torture = Raportorul special privind tortura și alte pedepse ori tratamente cu cruzime, inumane sau degradante
sub-mechanism-sr-vaw = Raportorul special privind violența împotriva femeilor și fetelor, cauzele și consecințele acesteia
sub-mechanism-wgad = Grupul de lucru privind detenția arbitrară
sub-mechanism-sr-health = Raportorul special privind dreptul fiecărei persoane de a se bucura de cel mai înalt standard posibil de sănătate fizică și mintală
sub-thematic-cedaw = Comitetul pentru eliminarea discriminării împotriva femeilor (CEDAW): raport alternativ
sub-thematic-upr = Evaluarea Periodică Universală: contribuția părților interesate
sub-kind-sr-torture = Scrisoare privind pretinse încălcări sau apel urgent
sub-kind-sr-vaw = Comunicare individuală
sub-kind-wgad = Comunicare individuală (chestionar-model)
sub-kind-sr-health = Comunicare individuală

## The draft's frame
sub-title-communication = Proiect de comunicare către { $mechanism }
sub-title-thematic = Proiect de anexă: { $report }
sub-banner = PROIECT — NETRIMIS — CONFIDENȚIAL
sub-made = Pregătit cu Casebook din cazul { $case } la { $date }. Un avocat îl completează, îl verifică și îl semnează înainte de a trimite ceva.
sub-made-thematic = Pregătit cu Casebook la { $date }. Un avocat sau coordonatorul rețelei îl completează, îl verifică și îl semnează înainte de a trimite ceva.
sub-language-note = Procedurile speciale primesc comunicări în engleză, franceză sau spaniolă. Acest proiect este destinat examinării interne: trimiteți o versiune în engleză, franceză sau spaniolă.
sub-running-head = Proiect de comunicare către ONU — confidențial
sub-footer = Casebook · proiect, netrimis
sub-section = { $n }. { $title }

## Checklist
sub-checklist = Înainte de trimitere: ce mai trebuie completat
sub-checklist-intro = Cazul nu conține aceste elemente. Fiecare este marcat în text ca „[de completat: …]”; nimic nu a fost presupus.
sub-checklist-none = Toate câmpurile cerute de acest formular sunt completate din caz.
sub-checklist-always = Verificați întotdeauna faptele în raport cu propria ei relatare, argumentația juridică și dacă în ziua trimiterii consimțământul ei este încă valabil.
sub-missing = [de completat: { $what }]

## What the forms follow
sub-intro-sr-torture = Acest proiect urmează chestionarul Raportorului special privind tortura pentru acuzațiile individuale: presupusa victimă, statul, situația de fapt (când, unde, de către cine, ce s-a făcut și cu ce consecințe), măsurile luate în țară și sursa informației.
sub-intro-sr-vaw = Acest proiect urmează chestionarul Raportorului special privind violența împotriva femeilor pentru comunicările individuale: femeia vizată, statul, violența (când, unde, de către cine, forma și consecințele ei), reacția statului și sursa informației.
sub-intro-wgad = Acest proiect urmează chestionarul-model al Grupului de lucru: persoana vizată, reținerea, detenția, motivele pentru care privarea de libertate este arbitrară și măsurile luate în țară.
sub-intro-sr-health = Acest proiect urmează chestionarul Raportorului special privind dreptul la sănătate pentru comunicările individuale: persoana vizată, statul, situația de fapt, asistența medicală, tratamentul și informațiile refuzate sau impuse și măsurile luate în țară.

## Sections
sub-sec-source = Organizația expeditoare (confidențial)
sub-sec-victim = Presupusa victimă
sub-sec-state = Statul vizat
sub-sec-facts = Situația de fapt: ce s-a întâmplat, când și unde
sub-sec-acts = Faptele și consecințele lor
sub-sec-perpetrators = Presupușii făptuitori
sub-sec-arrest = Reținerea
sub-sec-detention = Detenția
sub-sec-arbitrary = De ce privarea de libertate este arbitrară
sub-sec-health = Asistență medicală, tratament și informații în custodie
sub-sec-medical = Documentație medicală
sub-sec-evidence = Probe deținute de organizația expeditoare
sub-sec-remedies = Căi de atac interne: măsurile luate și răspunsul autorităților
sub-sec-rights = Drepturi vizate
sub-sec-consent = Consimțământ și confidențialitate

## Fields
sub-field-organisation = Organizația
sub-field-contact = Contact pentru mecanism
sub-field-state = Statul
sub-field-name-used = Numele folosit în această comunicare
sub-field-arrest-date = Data reținerii
sub-field-arrest-place = Locul reținerii
sub-field-arrest-by = Forțele care au efectuat reținerea
sub-field-warrant = Mandat sau altă decizie prezentată
sub-field-arrest-reasons = Motivele invocate
sub-field-legal-basis = Temeiul legal invocat
sub-field-detention-place = Locul detenției
sub-source-confidential = Datele organizației sunt destinate numai mecanismului și nu trebuie transmise statului.
sub-evidence-intro = Organizația deține următoarele materiale. Ele nu sunt anexate la acest proiect; fiecare este identificat prin hash-ul său SHA-256, astfel încât despre o copie trimisă ulterior să se poată demonstra că este același fișier.
sub-evidence-item = { $type }, { $date }
sub-evidence-item-undated = { $type }
sub-rights-intro = Din tabelul de drepturi al Casebook: „vizează” înseamnă că fapta intră în domeniul de aplicare al prevederii; dacă aceasta constituie o încălcare argumentează avocatul și apreciază mecanismul.
sub-health-intro = Ce se înregistrează în caz despre sănătatea ei și despre asistența pe care a primit-o sau care i-a fost refuzată.
sub-health-acts = Fapte legate de sănătate
sub-arbitrary-intro = Grupul de lucru consideră arbitrară o privare de libertate în cinci categorii: (I) nu poate fi invocat niciun temei legal; (II) ea rezultă din exercitarea unor drepturi și libertăți; (III) garanțiile unui proces echitabil nu au fost respectate; (IV) custodia administrativă prelungită a solicitanților de azil, a imigranților sau a refugiaților; (V) discriminarea, inclusiv pe motiv de sex sau de stare a sănătății. Avocatul alege categoriile și le argumentează pe baza faptelor.
sub-arbitrary-facts = Elemente din caz relevante în acest sens
sub-remedies-none = Nu este înregistrată nicio plângere.

## Names of what is missing (inside “[to be completed: …]”)
sub-need-organisation = denumirea organizației expeditoare
sub-need-contact = un contact pentru mecanism (e-mail sau adresă poștală)
sub-need-state = statul vizat (țara în care a avut loc incidentul)
sub-need-incident = incidentul (data, locul și ce s-a întâmplat)
sub-need-incident-date = data incidentului
sub-need-place = locul incidentului
sub-need-narrative = relatarea ei despre ce s-a întâmplat
sub-need-translation = traducerea relatării ei
sub-need-acts = ce i s-a făcut
sub-need-consequences = consecințele pentru sănătatea ei fizică și psihică
sub-need-perpetrators = cine au fost făptuitorii (instituția, subdiviziunea, gradul)
sub-need-medical = o examinare medicală sau motivul pentru care nu a existat
sub-need-remedies = plângerile depuse în țară sau motivul pentru care nu a fost depusă niciuna (teama de represalii, lipsa unei căi de atac efective)
sub-need-legal-name = numele ei complet
sub-need-date-of-birth = data nașterii ei
sub-need-detention = dacă a fost reținută, unde și pentru cât timp
sub-need-warrant = dacă a fost prezentat un mandat sau o altă decizie
sub-need-arrest-reasons = motivele invocate pentru reținere
sub-need-legal-basis = temeiul legal invocat de autorități
sub-need-detention-place = locul detenției
sub-need-arbitrary = categoriile de detenție arbitrară aplicabile și argumentația
sub-need-health = nevoile ei de sănătate în custodie (TSO, tratament HIV, altă asistență)
sub-need-public = dacă este de acord ca numele ei să apară în rapoartele publice ale mecanismului

## Consent
sub-anonymous-label = Dna A.
sub-withheld = omis la cererea ei
sub-consent-anonymised = Identitatea ei este omisă la cererea ei. Ea a fost de acord ca aceste informații să fie transmise către { $mechanism } fără numele ei. Mecanismul poate contacta organizația expeditoare, care o poate contacta pe ea, dacă ea este de acord.
sub-consent-anonymised-use = O comunicare individuală adresată unui guvern identifică de regulă presupusa victimă; fără numele ei, aceste informații pot servi pentru scrisori privind tipare de încălcări și pentru rapoarte tematice și de țară.
sub-consent-named = Ea a fost de acord cu această comunicare cu numele ei (consimțământ din { $date }, obținut de { $by }).
sub-consent-named-undated = Ea a fost de acord cu această comunicare cu numele ei.
sub-consent-state = Este de acord ca numele ei să fie dezvăluit statului
sub-consent-public = Este de acord ca numele ei să apară în rapoarte publice
sub-needs-named = { $mechanism } transmite comunicările guvernului împreună cu identitatea persoanei: este nevoie de o victimă numită, care este de acord ca identitatea ei să fie comunicată statului.

## Errors
sub-error-consent = { $state ->
    [refused] Supraviețuitoarea a refuzat consimțământul pentru „Proceduri speciale ale ONU” ({ $consent }); proiectul nu poate fi creat. Nu s-a scris niciun fișier.
    [revoked] Supraviețuitoarea și-a retras consimțământul pentru „Proceduri speciale ale ONU” ({ $consent }); proiectul nu poate fi creat. Nu s-a scris niciun fișier.
   *[missing] În acest caz lipsește consimțământul „Proceduri speciale ale ONU” ({ $consent }); înregistrați-l înainte de a crea proiectul. Nu s-a scris niciun fișier.
}
sub-error-needs-named = Grupul de lucru privind detenția arbitrară are nevoie de o victimă numită, care este de acord ca identitatea ei să fie comunicată statului, iar consimțământul ei ({ $consent }) este anonimizat. Nu s-a scris niciun fișier.
sub-error-unknown-mechanism = Mecanism necunoscut: „{ $mechanism }”; folosiți sr-torture, sr-vaw, wgad sau sr-health.
sub-error-unknown-thematic = Raport necunoscut: „{ $report }”; folosiți cedaw sau upr.
sub-error-unknown-language = Proiectele pentru ONU se scriu în engleză, rusă sau ucraineană, nu în „{ $lang }”.
sub-error-format = Salvați proiectul ca .docx sau .pdf, nu ca „{ $name }”.
sub-error-docx = Fișierul Word nu a putut fi creat.
sub-error-case-consent = Cazul { $case } nu poate fi rezumat în anexă: consimțământul ei pentru comitetele ONU ale tratatelor (un-treaty-bodies) este { $state ->
    [refused] refuzat
    [revoked] retras
   *[missing] neînregistrat
}. Nu s-a scris niciun fișier.
sub-error-case-country = Cazul { $case } nu s-a petrecut în țara { $country }: o anexă cuprinde o singură țară. Nu s-a scris niciun fișier.
sub-error-too-many-cases = Numărul maxim de rezumate de cazuri într-o anexă: { $max }. Nu s-a scris niciun fișier.
sub-error-bad-country = „{ $country }” nu este un cod de țară (două litere, de exemplu KZ).

## Thematic annex
sub-thematic-intro-cedaw = Anexă la un raport alternativ către Comitetul CEDAW pentru examinarea țării: { $country }. Violența poliției împotriva femeilor care consumă droguri, așa cum a fost documentată de organizația expeditoare.
sub-thematic-intro-upr = Anexă la contribuția unei părți interesate pentru Evaluarea Periodică Universală a țării: { $country }. Violența poliției împotriva femeilor care consumă droguri, așa cum a fost documentată de organizația expeditoare.
sub-field-country = Țara
sub-field-period = Perioada
sub-period-all = toate datele înregistrate
sub-period-from-to = { $from } – { $to }
sub-period-from = de la { $from }
sub-period-to = până la { $to }
sub-field-cases-counted = Cazuri numărate
sub-thematic-figures = Cifre
sub-thematic-method = Se numără cazurile: un caz cu două bătăi este numărat o singură dată la „Bătaie”, iar un caz poate fi numărat la mai multe fapte. Sunt numărate doar cazurile în care supraviețuitoarele și-au dat consimțământul pentru utilizarea statistică. Un număr mai mic de { $k } este afișat ca „<{ $k }”, iar un alt număr este ascuns și el acolo unde ar permite deducerea celui ascuns.
sub-table-act-group = Tipuri de fapte
sub-table-act = Fapte
sub-table-agency = Instituțiile făptuitorilor
sub-table-location = Locuri (inclusiv inspectorate de poliție și locuri de detenție)
sub-table-medical = Asistență medicală după faptă (sănătatea în custodie)
sub-table-complaint-body = Plângeri: unde au fost depuse
sub-table-complaint-response = Plângeri: răspunsul autorităților
sub-table-complaint-outcome = Plângeri: rezultatul
sub-col-count = Cazuri
sub-col-provision = Prevederea
sub-hidden = <{ $k }
sub-thematic-rights = Drepturi vizate, după numărul de cazuri
sub-thematic-summaries = Rezumatele cazurilor
sub-thematic-summaries-intro = Cazuri alese de organizația expeditoare, cu consimțământul supraviețuitoarelor pentru comitetele ONU ale tratatelor. Fără nume, fără localități sub nivelul regiunii, date cu precizie de lună.
sub-thematic-summary = Cazul { $n } — { $date }, { $place }
sub-thematic-summaries-none = Nu a fost ales niciun rezumat de caz.
sub-limit-upr = Limită: conform ghidului tehnic al OHCHR pentru contribuțiile părților interesate la Evaluarea Periodică Universală, limita de cuvinte pentru contribuția unei singure organizații este { $limit } (dublu pentru o contribuție comună), cu o singură țară pe contribuție și pentru perioada de la ultima evaluare. Verificați ghidul în vigoare înainte de trimitere.
sub-limit-cedaw = Limită: Comitetul CEDAW primește rapoartele alternative ca fișiere Word, trimise cu câteva săptămâni înainte de sesiune; aici se folosește { $limit } ca limită de cuvinte pentru raportul unei singure organizații. Verificați nota în vigoare a Comitetului pentru ONG-uri înainte de trimitere.
sub-words = Număr de cuvinte în această anexă: { $n }; limita: { $limit }.
sub-words-over = Număr de cuvinte în această anexă: { $n }, adică { $over } peste limita de { $limit }: scurtați-o înainte de trimitere.

## Desktop
sub-ui-button = Comunicare către ONU…
sub-ui-title = Proiect de comunicare către ONU
sub-ui-mechanism = Mecanismul
sub-ui-language = Limba proiectului
sub-ui-format = Formatul
sub-ui-format-docx = Word (.docx), pentru editare de către avocat
sub-ui-format-pdf = PDF, pentru citire
sub-ui-organisation = Organizația expeditoare (păstrată în seif; proiectul o marchează drept confidențială)
sub-ui-org-name = Denumirea
sub-ui-org-contact = Contact pentru mecanism
sub-ui-missing = { $n ->
    [one] Cazului îi lipsește un element cerut de acest formular; proiectul îl marchează pentru completare:
    [few] Cazului îi lipsesc { $n } elemente cerute de acest formular; proiectul le marchează pentru completare:
   *[other] Cazului îi lipsesc { $n } de elemente cerute de acest formular; proiectul le marchează pentru completare:
}
sub-ui-missing-none = Cazul conține toate elementele cerute de acest formular.
sub-ui-save = Salvați proiectul…
sub-ui-saving = Se scrie proiectul…
sub-ui-saved = Proiectul a fost salvat: { $file }
sub-ui-close = Închideți
sub-ui-choosing = Alegeți unde să salvați proiectul în fereastra care s-a deschis.
sub-ui-unencrypted = Proiectul nu este criptat: păstrați-l pe un disc criptat, trimiteți-l doar printr-un canal în care aveți încredere și ștergeți copiile de care nu mai aveți nevoie.
sub-ui-intro = Un proiect pe care avocatul îl completează, îl verifică și îl semnează. Urmează chestionarul mecanismului și marchează ce nu conține cazul.
sub-ui-thematic-intro = Cifre pentru o singură țară, cu numerele mici ascunse, și până la 10 rezumate scurte de cazuri, fără nume și fără localități.
sub-ui-thematic-button = Anexă tematică…
sub-ui-thematic-title = Anexă pentru o evaluare ONU
sub-ui-report = Raportul
sub-ui-country = Țara
sub-ui-min-cell = Ascundeți numerele mai mici de
sub-ui-cases = Rezumate de cazuri (doar cazurile cu consimțământ pentru comitetele ONU ale tratatelor)
sub-ui-cases-none = Niciun caz din această țară nu are consimțământ pentru comitetele ONU ale tratatelor.
sub-ui-annex-save = Salvați anexa…
sub-ui-annex-saved = Anexa a fost salvată: { $file } (cuvinte: { $words }, limita: { $limit })
dialog-title-submission = Salvați proiectul de comunicare către ONU
dialog-title-annex = Salvați anexa

## Command line
sub-cli-written = Proiectul a fost scris: { $path } (elemente de completat: { $missing }, SHA-256 { $sha256 })
sub-cli-annex-written = Anexa a fost scrisă: { $path } (cuvinte: { $words }, limita: { $limit }, SHA-256 { $sha256 })
cli-organisation = Organizația expeditoare: { $name }
    Contact: { $contact }
sub-cli-over-limit = Atenție: anexa depășește cu { $over } limita de cuvinte ({ $limit }).
