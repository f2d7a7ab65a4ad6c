# Иштин жазуусунда табылган көйгөйлөр жөнүндө билдирүүлөр (crates/casebook-core/src/validate.rs).
# Ар бир билдирүү $field алат — талаанын жолу (мис. incidents[0].acts[2].intent),
# JSON окуу жана жазуу тууралуу үч билдирүүдөн башкасы.

validation-failed = Иштин жазуусунда көйгөйлөр бар: { $count }. Биринчиси бул жерде: { $field }.
validation-required = { $field }: бул талаа милдеттүү.
validation-unknown-code = { $field }: «{ $value }» { $list } тизмесинин коду эмес.
validation-invalid-date = { $field }: «{ $value }» туура дата эмес (күтүлгөн тактык: { $precision }).
validation-missing-date-end = { $field }: даталар аралыгынын аяккы датасы болушу керек.
validation-date-end-without-range = { $field }: аяккы датаны дата аралык болгондо гана жазууга болот.
validation-date-end-before-start = { $field }: аралык башталганга ({ $start }) чейин бүтөт ({ $end }).
validation-invalid-timestamp = { $field }: «{ $value }» дата да (YYYY-MM-DD), убакыты бар дата да эмес.
validation-invalid-time = { $field }: «{ $value }» күндүн бөлүгү да, убакыт да (HH:MM) эмес.
validation-unknown-reference = { $field }: «{ $value }» шилтемеси бар күнөөлүү адам жок.
validation-duplicate-reference = { $field }: «{ $value }» шилтемеси бир нече жолу колдонулган.
validation-duplicate-consent = { $field }: «{ $value }» үчүн макулдук бир нече жолу жазылган.
validation-out-of-range = { $field }: { $value } уруксат берилген { $min }–{ $max } аралыгынан тышкары.
validation-invalid-country = { $field }: «{ $value }» эки тамгалуу өлкө коду эмес (ISO 3166-1).
validation-invalid-region = { $field }: «{ $value }» аймак коду эмес (ISO 3166-2, мис. KZ-75).
validation-region-country-mismatch = { $field }: { $value } аймагы { $country } өлкөсүндө жайгашкан эмес.
validation-age-band-mismatch = { $field }: { $age } жаш { $value } курак тобуна кирбейт.
validation-invalid-hash = { $field }: «{ $value }» SHA-256 хеши эмес.
validation-invalid-json = Иштин маалыматтарын окуу мүмкүн болгон жок ({ $line }-сап, { $column }-мамыча).
validation-json-encoding = Иштин маалыматтарын жазып чыгаруу мүмкүн болгон жок.
validation-invalid-path = «{ $field }» туура талаа жолу эмес.
