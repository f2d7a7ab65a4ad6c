# Mesaje despre problemele găsite în înregistrarea unui caz (crates/casebook-core/src/validate.rs).
# Fiecare mesaj primește $field, calea câmpului (de ex. incidents[0].acts[2].intent),
# în afară de cele trei despre citirea și scrierea JSON.

validation-failed = Înregistrarea cazului are probleme: { $count }. Prima este în { $field }.
validation-required = { $field }: acest câmp este obligatoriu.
validation-unknown-code = { $field }: „{ $value }” nu este un cod din lista { $list }.
validation-invalid-date = { $field }: „{ $value }” nu este o dată validă (precizia așteptată: { $precision }).
validation-missing-date-end = { $field }: un interval de date are nevoie de o dată de sfârșit.
validation-date-end-without-range = { $field }: o dată de sfârșit este permisă doar când data este un interval.
validation-date-end-before-start = { $field }: intervalul se termină ({ $end }) înainte de a începe ({ $start }).
validation-invalid-timestamp = { $field }: „{ $value }” nu este nici o dată (AAAA-LL-ZZ), nici o dată cu oră.
validation-invalid-time = { $field }: „{ $value }” nu este nici un moment al zilei, nici o oră (HH:MM).
validation-unknown-reference = { $field }: nu există niciun făptuitor cu referința „{ $value }”.
validation-duplicate-reference = { $field }: referința „{ $value }” este folosită de mai multe ori.
validation-duplicate-consent = { $field }: consimțământul pentru „{ $value }” este înregistrat de mai multe ori.
validation-out-of-range = { $field }: { $value } este în afara intervalului permis { $min }–{ $max }.
validation-invalid-country = { $field }: „{ $value }” nu este un cod de țară din două litere (ISO 3166-1).
validation-invalid-region = { $field }: „{ $value }” nu este un cod de regiune (ISO 3166-2, de ex. KZ-75).
validation-region-country-mismatch = { $field }: regiunea { $value } nu se află în țara { $country }.
validation-age-band-mismatch = { $field }: vârsta { $age } nu se încadrează în grupa de vârstă { $value }.
validation-invalid-hash = { $field }: „{ $value }” nu este un hash SHA-256.
validation-invalid-json = Datele cazului nu au putut fi citite (rândul { $line }, coloana { $column }).
validation-json-encoding = Datele cazului nu au putut fi scrise.
validation-invalid-path = „{ $field }” nu este o cale de câmp validă.
