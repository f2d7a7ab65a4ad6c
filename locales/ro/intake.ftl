# Asistentul de preluare a cazului (ui/src/screens/Intake.svelte și ui/src/components/casework/).
# Orice întrebare poate fi omisă; sunt necesare doar pseudonimul și consimțământul la documentare.

in-title = Preluare nouă
in-steps = Pașii interviului
in-saved-at = Salvat în seif la { $time }
in-not-saved-yet = Încă nu s-a înregistrat nimic
in-step-problems = { $count ->
    [one] { $count } problemă la acest pas
    [few] { $count } probleme la acest pas
   *[other] { $count } de probleme la acest pas
}

in-step-consent = Consimțământ
in-step-survivor = Supraviețuitoarea
in-step-incidents = Incidente
in-step-acts = Ce i s-a făcut
in-step-perpetrators = Făptuitori
in-step-evidence = Probe
in-step-responses = Măsuri luate
in-step-review = Verificare

in-hint-consent = Întrebați-o mai întâi dacă este de acord ca ceea ce povestește să fie notat. Fără acest consimțământ nu se poate păstra nimic. Apoi întrebați despre fiecare altă utilizare.
in-hint-survivor = Este necesar doar un pseudonim. Orice altă întrebare poate fi omisă.
in-hint-incidents = Câte un bloc pentru fiecare incident. Datele pot fi exacte, o lună, un an sau un interval.
in-hint-acts = Bifați ce i s-a făcut în fiecare incident; detaliile pot rămâne necompletate.
in-hint-perpetrators = Descrieți cine a comis faptele, în măsura în care ea știe sau vrea să spună.
in-hint-evidence = Fotografii, scanări, înregistrări și constatări medicale. Fișierele se păstrează criptate în seif.
in-hint-responses = Ce s-a făcut pentru ea și ce trebuie să urmeze.
in-hint-review = Verificați ce s-a înregistrat. Orice poate fi modificat și mai târziu.

in-next = Înainte
in-back = Înapoi
in-skip = Omiteți acest pas
in-to-review = La verificare
in-finish = Salvați cazul
in-finishing = Se salvează…
in-stop = Opriți aici (continuați mai târziu)
in-discard = Renunțați la această ciornă
in-discard-confirm = Ștergeți tot ce s-a înregistrat în această ciornă?
in-discard-yes = Da, ștergeți
in-discard-no = Nu, păstrați

in-about-interview = Despre acest interviu
in-intake-date = Data interviului
in-documenter = Cine a documentat (pseudonimul dvs.)
in-organisation = Organizația

in-consent-title = Consimțământ
in-consent-intro = Înregistrați câte un răspuns pentru fiecare utilizare. Întrebările fără răspuns înseamnă „nu a fost întrebată”; ea se poate răzgândi mai târziu.
in-consent-required = necesar pentru a păstra cazul
in-consent-not-asked = Încă nu a fost întrebată
in-consent-yes = Este de acord
in-consent-no = Nu este de acord
in-consent-date = Data consimțământului
in-consent-obtained-by = Cine a întrebat
in-consent-gate = Întrebați mai întâi despre consimțământul la documentare; ceilalți pași se deschid când ea este de acord.
in-consent-refused = Ea nu este de acord ca ceea ce povestește să fie documentat. Nu se poate păstra nimic: renunțați la ciornă.

in-survivor-title = Supraviețuitoarea
in-pseudonym = Pseudonim sau nume de cod
in-pseudonym-hint = Nu numele ei real. Identitatea reală, dacă e cazul, se scrie în blocul protejat de mai jos.
in-age = Vârsta exactă
in-citizenship = Cetățenia (codul țării)
in-stateless = Apatridă
in-situation-title = Situația ei
in-skip-hint = Puneți doar întrebările la care ea se simte confortabil să răspundă.
in-pregnant = Însărcinată în momentul incidentului
in-has-children = Are copii
in-on-art = Urmează tratament antiretroviral
in-ost-client = Beneficiară a terapiei de substituție cu opioide
in-harm-reduction-client = Beneficiară a serviciilor de reducere a riscurilor
in-sex-work = Muncă sexuală
in-disability = Dizabilitate
in-homeless = Fără adăpost
in-previous-incidents = Incidente anterioare (număr)
in-identity-title = Identitatea reală (protejată)
in-identity-hint = Nu apare în niciun material transmis sau anonimizat. Completați doar dacă ea vrea și avocatul are nevoie.
in-legal-name = Numele oficial
in-date-of-birth = Data nașterii
in-phone = Telefon
in-address = Adresa
in-id-document = Numărul actului de identitate

in-incidents-empty = Încă nu este înregistrat niciun incident.
in-incident-n = Incidentul { $n }
in-incident-date = Când s-a întâmplat
in-narrative = Ce s-a întâmplat, în cuvintele ei
in-narrative-hint = În limba în care vorbește ea; mai jos se poate adăuga o traducere.
in-narrative-translation = Traducere
in-detention = Reținere
in-detained = A fost reținută
in-duration-hours = Cât timp (ore)
in-protocol = S-a întocmit proces-verbal de reținere
in-released-how = Cum a fost eliberată
in-witnesses = Martori
in-witness-pseudonym = Martor (pseudonim)
in-witness-contact = Cum poate fi contactat
in-witness-willing = Dispus(ă) să depună mărturie
in-add-witness = Adăugați un martor
in-add-incident = Adăugați un incident
in-remove-incident = Eliminați acest incident

in-acts-no-incident = Înregistrați mai întâi un incident; faptele lui se bifează aici.
in-act-perpetrators = Cine a comis fapta
in-new-perpetrator = Făptuitor nou
in-physical-consequences = Consecințe fizice
in-psychological-consequences = Consecințe psihologice

in-perpetrators-empty = Încă nu este înregistrat niciun făptuitor.
in-perpetrator-n = Făptuitorul { $ref }
in-unit = Subdiviziunea
in-rank = Gradul
in-badge = Numărul insignei
in-perp-name = Numele (protejat)
in-vehicle = Numărul de înmatriculare al mașinii
in-uniformed = În uniformă
in-count = Câte persoane
in-identifiable = Ea i-ar putea recunoaște
in-add-perpetrator = Adăugați un făptuitor
in-remove-perpetrator = Eliminați acest făptuitor

in-medical = Documentație medicală
in-examiner = Cine a examinat-o
in-institution = Instituția
in-date = Data
in-findings = Constatări
in-body-regions = Leziuni pe regiuni ale corpului
in-mark-description = Ce se vede acolo
in-add-medical = Adăugați o examinare medicală

in-services-given = Servicii primite
in-referrals = Redirecționări
in-referral-to = Redirecționată către
in-referral-consent = Ea a fost de acord cu redirecționarea
in-outcome = Rezultatul
in-add-referral = Adăugați o redirecționare
in-complaints = Plângeri
in-date-filed = Data depunerii
in-reference-number = Numărul de înregistrare
in-deadline = Termen
in-add-complaint = Adăugați o plângere
in-follow-ups = Acțiuni planificate
in-follow-ups-hint = De exemplu, o examinare medico-legală cât timp leziunile încă se văd sau un termen de contestare.
in-due = Până la
in-note = Ce trebuie făcut
in-done-on = Făcut la
in-add-follow-up = Adăugați o acțiune planificată

in-review-problems = { $count ->
    [one] Un răspuns trebuie revăzut înainte de a salva cazul:
    [few] { $count } răspunsuri trebuie revăzute înainte de a salva cazul:
   *[other] { $count } de răspunsuri trebuie revăzute înainte de a salva cazul:
}
