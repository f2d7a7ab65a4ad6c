# Cuvintele vocabularelor controlate ale înregistrării cazului (crates/casebook-core/src/vocab.rs).
# Id-uri: vocab-<listă>-<cod>; numele listelor: vocab-list-<listă>. Codurile nu se schimbă niciodată; doar aceste cuvinte.


## Lista `status`

vocab-list-status = Starea cazului
vocab-status-draft = Ciornă
vocab-status-open = Deschis
vocab-status-referred = Redirecționat
vocab-status-closed = Închis
vocab-status-sealed = Sigilat (blocat ca probă)

## Lista `intake-channel`

vocab-list-intake-channel = Canalul de preluare
vocab-intake-channel-drop-in = Centru drop-in
vocab-intake-channel-outreach = Lucru de teren (outreach)
vocab-intake-channel-hotline = Linie fierbinte
vocab-intake-channel-lawyer = Prin intermediul unui avocat
vocab-intake-channel-peer-report = Semnalat de un consultant egal
vocab-intake-channel-self-report = S-a adresat singură
vocab-intake-channel-other = Altceva

## Lista `source-reliability`

vocab-list-source-reliability = Sursa informației
vocab-source-reliability-first-hand = Directă (supraviețuitoarea)
vocab-source-reliability-witness = Martor
vocab-source-reliability-second-hand = Indirectă (din spusele altora)
vocab-source-reliability-unknown = Necunoscută
vocab-source-reliability-other = Altceva

## Lista `age-band`

vocab-list-age-band = Grupa de vârstă
vocab-age-band-under-18 = Sub 18 ani
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 de ani și peste

## Lista `gender`

vocab-list-gender = Genul
vocab-gender-woman = Femeie
vocab-gender-trans-woman = Femeie trans
vocab-gender-non-binary = Persoană non-binară
vocab-gender-other = Altceva

## Lista `hiv-status`

vocab-list-hiv-status = Statutul HIV
vocab-hiv-status-positive = HIV pozitiv
vocab-hiv-status-negative = HIV negativ
vocab-hiv-status-unknown = Necunoscut
vocab-hiv-status-not-disclosed = Nu l-a dezvăluit

## Lista `substance`

vocab-list-substance = Substanțe consumate
vocab-substance-opioids = Opioide
vocab-substance-stimulants = Stimulante
vocab-substance-methadone-buprenorphine-ost = Metadonă / buprenorfină (TSO)
vocab-substance-new-psychoactive-substances = Substanțe psihoactive noi
vocab-substance-alcohol = Alcool
vocab-substance-other = Altceva

## Lista `child-custody-status`

vocab-list-child-custody-status = Unde se află copiii
vocab-child-custody-status-with-survivor = Cu ea
vocab-child-custody-status-with-relatives = La rude
vocab-child-custody-status-state-care = În grija statului
vocab-child-custody-status-removed = Luați de autorități
vocab-child-custody-status-not-applicable = Nu se aplică
vocab-child-custody-status-other = Altceva

## Lista `location-type`

vocab-list-location-type = Locul incidentului
vocab-location-type-street = Stradă
vocab-location-type-home = Acasă
vocab-location-type-police-vehicle = Mașină de poliție
vocab-location-type-police-station = Inspectorat sau sector de poliție
vocab-location-type-temporary-detention = Izolator de detenție provizorie
vocab-location-type-pre-trial-detention = Izolator de detenție preventivă
vocab-location-type-harm-reduction-site = Punct de reducere a riscurilor
vocab-location-type-ost-site = Punct TSO
vocab-location-type-pharmacy = Farmacie
vocab-location-type-hospital = Spital
vocab-location-type-court = Instanță de judecată
vocab-location-type-other = Altceva

## Lista `time-of-day`

vocab-list-time-of-day = Momentul zilei
vocab-time-of-day-morning = Dimineața
vocab-time-of-day-day = Ziua
vocab-time-of-day-evening = Seara
vocab-time-of-day-night = Noaptea

## Lista `date-precision`

vocab-list-date-precision = Precizia datei
vocab-date-precision-exact = Data exactă
vocab-date-precision-month = Doar luna
vocab-date-precision-year = Doar anul
vocab-date-precision-range = Între două date

## Lista `tri-state`

vocab-list-tri-state = Da / nu / necunoscut
vocab-tri-state-yes = Da
vocab-tri-state-no = Nu
vocab-tri-state-unknown = Necunoscut

## Lista `act-type`

vocab-list-act-type = Tipul faptei
vocab-act-type-beating = Bătaie
vocab-act-type-asphyxiation = Asfixiere (pungă, mască de gaze, strangulare)
vocab-act-type-electric-shock = Șocuri electrice
vocab-act-type-stress-positions = Poziții de stres (poziții forțate)
vocab-act-type-burns = Arsuri
vocab-act-type-use-of-weapon = Folosirea unei arme
vocab-act-type-other-physical = Altă violență fizică
vocab-act-type-rape = Viol
vocab-act-type-sexual-assault = Agresiune sexuală
vocab-act-type-sex-for-release = Sex cerut în schimbul eliberării
vocab-act-type-forced-undressing = Dezbrăcare forțată
vocab-act-type-search-by-male-officers = Percheziție corporală făcută de polițiști bărbați
vocab-act-type-sexual-harassment = Hărțuire sexuală
vocab-act-type-threats = Amenințări
vocab-act-type-humiliation = Umilire
vocab-act-type-threat-child-custody = Amenințarea că i se vor lua copiii
vocab-act-type-threat-disclose-hiv-status = Amenințarea cu dezvăluirea statutului HIV
vocab-act-type-threat-disclose-drug-use = Amenințarea cu dezvăluirea consumului de droguri
vocab-act-type-insults = Insulte
vocab-act-type-detention-without-protocol = Reținere fără proces-verbal
vocab-act-type-detention-beyond-limit = Reținere peste termenul legal
vocab-act-type-arrest-for-syringes = Reținere pentru că avea seringi
vocab-act-type-planted-drugs = Droguri strecurate (plantate)
vocab-act-type-fabricated-charges = Învinuiri fabricate
vocab-act-type-forced-confession = Recunoașterea vinovăției obținută prin constrângere
vocab-act-type-forced-testimony = Declarații împotriva altor persoane obținute prin constrângere
vocab-act-type-informant-recruitment = Presiuni pentru a deveni informator
vocab-act-type-pressure-against-partner = Presiuni pentru a face declarații împotriva partenerului
vocab-act-type-extortion-bribe = Extorcare / mită cerută
vocab-act-type-confiscation-money = Bani luați
vocab-act-type-confiscation-phone = Telefon luat
vocab-act-type-confiscation-syringes = Seringi luate
vocab-act-type-confiscation-naloxone = Naloxonă luată
vocab-act-type-confiscation-ost-medicine = Medicamente TSO luate
vocab-act-type-ost-denied-in-custody = TSO refuzată în custodie
vocab-act-type-withdrawal-as-coercion = Sevrajul folosit ca mijloc de constrângere
vocab-act-type-medical-care-refused = Asistență medicală refuzată
vocab-act-type-forced-drug-test = Testare forțată la droguri
vocab-act-type-forced-hiv-test = Testare forțată la HIV
vocab-act-type-forced-narcological-registration = Luare forțată la evidența narcologică
vocab-act-type-hiv-status-disclosed = Statutul HIV dezvăluit
vocab-act-type-lawyer-refused = Acces la avocat refuzat
vocab-act-type-rights-not-read = Drepturile nu au fost explicate
vocab-act-type-relatives-not-notified = Rudele nu au fost anunțate
vocab-act-type-forced-signature = Constrânsă să semneze documente
vocab-act-type-signed-without-understanding = A semnat fără să înțeleagă
vocab-act-type-interpreter-refused = Interpret refuzat
vocab-act-type-child-removed = Copilul i-a fost luat
vocab-act-type-child-removal-threatened = Amenințarea că i se va lua copilul
vocab-act-type-death-in-custody = Deces în custodie
vocab-act-type-other = Altceva

## Lista `act-group`

vocab-list-act-group = Grupa de fapte
vocab-act-group-physical = Violență fizică
vocab-act-group-sexual = Violență sexuală
vocab-act-group-psychological = Violență psihologică
vocab-act-group-liberty = Privare de libertate
vocab-act-group-coercion = Constrângere
vocab-act-group-economic = Abuz economic
vocab-act-group-health = Sănătate
vocab-act-group-procedure = Încălcări procedurale
vocab-act-group-custody = Copii și drepturi părintești
vocab-act-group-death-in-custody = Deces în custodie
vocab-act-group-other = Altceva

## Lista `intent`

vocab-list-intent = Scopul aparent
vocab-intent-information = Obținerea de informații
vocab-intent-confession = Obținerea unei recunoașteri a vinovăției
vocab-intent-intimidation = Intimidare
vocab-intent-punishment = Pedepsire
vocab-intent-extortion = Extorcare
vocab-intent-sexual-gratification = Satisfacție sexuală
vocab-intent-unknown = Necunoscut
vocab-intent-other = Altceva

## Lista `medical-attention`

vocab-list-medical-attention = Asistență medicală
vocab-medical-attention-none = Niciuna
vocab-medical-attention-refused = Refuzată
vocab-medical-attention-first-aid = Primul ajutor
vocab-medical-attention-hospital = Spital
vocab-medical-attention-forensic-exam = Examinare medico-legală
vocab-medical-attention-other = Altceva

## Lista `agency`

vocab-list-agency = Instituția
vocab-agency-patrol-police = Poliția de patrulare
vocab-agency-criminal-investigation = Subdiviziunea de investigații criminale
vocab-agency-drug-control-unit = Subdiviziunea antidrog
vocab-agency-traffic-police = Poliția rutieră
vocab-agency-special-forces = Forțe speciale
vocab-agency-pre-trial-detention-staff = Personalul izolatorului de detenție preventivă
vocab-agency-prison-staff = Personalul penitenciarului
vocab-agency-prosecutor = Procuratura
vocab-agency-narcology-staff = Personalul serviciului de narcologie
vocab-agency-medical-staff = Personal medical
vocab-agency-other = Altceva

## Lista `involvement`

vocab-list-involvement = Implicarea
vocab-involvement-perpetrated = A comis fapta
vocab-involvement-ordered = A dat ordinul
vocab-involvement-present = A fost de față
vocab-involvement-failed-to-intervene = Nu a intervenit
vocab-involvement-other = Altceva

## Lista `consistency`

vocab-list-consistency = Compatibilitatea constatărilor (Protocolul de la Istanbul)
vocab-consistency-not-consistent = Incompatibile
vocab-consistency-consistent = Compatibile
vocab-consistency-highly-consistent = Înalt compatibile
vocab-consistency-typical = Tipice
vocab-consistency-diagnostic = Diagnostice (specifice)

## Lista `body-region`

vocab-list-body-region = Regiunea corpului
vocab-body-region-head = Capul
vocab-body-region-face = Fața
vocab-body-region-neck = Gâtul
vocab-body-region-chest = Pieptul
vocab-body-region-abdomen = Abdomenul
vocab-body-region-upper-back = Partea de sus a spatelui
vocab-body-region-lower-back = Partea de jos a spatelui
vocab-body-region-left-arm = Brațul stâng
vocab-body-region-right-arm = Brațul drept
vocab-body-region-left-hand = Mâna stângă
vocab-body-region-right-hand = Mâna dreaptă
vocab-body-region-genitals = Organele genitale
vocab-body-region-buttocks = Fesele
vocab-body-region-left-leg = Piciorul stâng
vocab-body-region-right-leg = Piciorul drept
vocab-body-region-feet = Labele picioarelor
vocab-body-region-other = Altă regiune

## Lista `service`

vocab-list-service = Servicii acordate
vocab-service-legal-consultation = Consultație juridică
vocab-service-legal-representation = Reprezentare juridică
vocab-service-medical = Asistență medicală
vocab-service-psychosocial = Suport psihosocial
vocab-service-shelter = Adăpost
vocab-service-ost-continuity = Continuitatea TSO
vocab-service-harm-reduction-supplies = Materiale de reducere a riscurilor
vocab-service-peer-support = Sprijin de la egal la egal
vocab-service-other = Altceva

## Lista `complaint-body`

vocab-list-complaint-body = Plângere depusă la
vocab-complaint-body-police-internal-affairs = Serviciul de protecție internă al poliției (SPIA)
vocab-complaint-body-prosecutor = Procuratura
vocab-complaint-body-ombudsman = Avocatul Poporului (Ombudsman)
vocab-complaint-body-court = Instanța de judecată
vocab-complaint-body-un-special-procedure = Procedură specială a ONU
vocab-complaint-body-un-treaty-body = Comitet ONU al unui tratat
vocab-complaint-body-other = Altceva

## Lista `complaint-response`

vocab-list-complaint-response = Răspunsul la plângere
vocab-complaint-response-favourable = Favorabil
vocab-complaint-response-rejected = Respins
vocab-complaint-response-no-response = Fără răspuns
vocab-complaint-response-pending = În examinare
vocab-complaint-response-other = Altceva

## Lista `complaint-outcome`

vocab-list-complaint-outcome = Rezultatul plângerii
vocab-complaint-outcome-criminal-case-opened = Urmărire penală pornită
vocab-complaint-outcome-refused-to-open = Refuz de a porni urmărirea penală
vocab-complaint-outcome-disciplinary-action = Sancțiune disciplinară
vocab-complaint-outcome-compensation = Despăgubire
vocab-complaint-outcome-none = Niciunul
vocab-complaint-outcome-other = Altceva

## Lista `consent-destination`

vocab-list-consent-destination = Consimțământ pentru
vocab-consent-destination-documentation = Documentare (păstrarea înregistrării)
vocab-consent-destination-lawyer = Transmitere către avocat
vocab-consent-destination-organisation-network-stats = Statistica rețelei (doar date agregate)
vocab-consent-destination-national-bodies = Instituții naționale
vocab-consent-destination-un-special-procedures = Proceduri speciale ale ONU
vocab-consent-destination-un-treaty-bodies = Comitete ONU ale tratatelor
vocab-consent-destination-media-advocacy-anonymised = Mass-media și advocacy (anonimizat)

## Lista `named-or-anonymised`

vocab-list-named-or-anonymised = Cu nume sau anonimizat
vocab-named-or-anonymised-named = Cu nume
vocab-named-or-anonymised-anonymised = Anonimizat

## Lista `redaction-profile`

vocab-list-redaction-profile = Profil de ascundere a datelor
vocab-redaction-profile-full = Complet (tot, pentru avocatul ei)
vocab-redaction-profile-pseudonymised = Pseudonimizat
vocab-redaction-profile-aggregate = Doar statistică agregată

## Lista `media-kind`

vocab-list-media-kind = Tipul fișierului
vocab-media-kind-photo = Fotografie
vocab-media-kind-scan = Copie scanată
vocab-media-kind-audio = Înregistrare audio
vocab-media-kind-video = Înregistrare video
vocab-media-kind-document = Document scris
vocab-media-kind-other = Altceva
