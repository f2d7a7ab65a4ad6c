# Паёмҳо дар бораи мушкилоте, ки дар сабти парванда ёфт шудаанд (crates/casebook-core/src/validate.rs).
# Ҳар паём $field-ро мегирад — роҳи майдон (масалан, incidents[0].acts[2].intent),
# ба истиснои се паём дар бораи хондан ва навиштани JSON.

validation-failed = Сабти парванда мушкилот дорад: { $count }. Аввалинаш дар { $field } аст.
validation-required = { $field }: ин майдон ҳатмист.
validation-unknown-code = { $field }: «{ $value }» коди рӯйхати { $list } нест.
validation-invalid-date = { $field }: «{ $value }» санаи дуруст нест (дақиқии интизоршаванда: { $precision }).
validation-missing-date-end = { $field }: фосилаи санаҳо санаи анҷомро талаб мекунад.
validation-date-end-without-range = { $field }: санаи анҷом танҳо вақте иҷозат дода мешавад, ки сана фосила бошад.
validation-date-end-before-start = { $field }: фосила ({ $end }) пеш аз оғозаш ({ $start }) анҷом меёбад.
validation-invalid-timestamp = { $field }: «{ $value }» на сана (СССС-ММ-РР) аст ва на сана бо вақт.
validation-invalid-time = { $field }: «{ $value }» на қисми шабонарӯз аст ва на вақт (СС:ДД).
validation-unknown-reference = { $field }: ҳуқуқвайронкунанда бо ишораи «{ $value }» нест.
validation-duplicate-reference = { $field }: ишораи «{ $value }» зиёда аз як бор истифода шудааст.
validation-duplicate-consent = { $field }: розигӣ ба «{ $value }» зиёда аз як бор сабт шудааст.
validation-out-of-range = { $field }: { $value } берун аз ҳудуди иҷозатдодашудаи { $min }–{ $max } аст.
validation-invalid-country = { $field }: «{ $value }» коди дуҳарфаи кишвар (ISO 3166-1) нест.
validation-invalid-region = { $field }: «{ $value }» коди минтақа (ISO 3166-2, масалан KZ-75) нест.
validation-region-country-mismatch = { $field }: минтақаи { $value } дар кишвари { $country } нест.
validation-age-band-mismatch = { $field }: синни { $age } ба гурӯҳи синнусолии { $value } дохил намешавад.
validation-invalid-hash = { $field }: «{ $value }» хеши SHA-256 нест.
validation-invalid-json = Маълумоти парвандаро хондан муяссар нашуд (сатри { $line }, сутуни { $column }).
validation-json-encoding = Маълумоти парвандаро навиштан муяссар нашуд.
validation-invalid-path = «{ $field }» роҳи дурусти майдон нест.
