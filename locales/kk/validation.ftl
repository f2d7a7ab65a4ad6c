# Іс жазбасында табылған мәселелер туралы хабарлар (crates/casebook-core/src/validate.rs).
# JSON оқу мен жазуға қатысты үш хабардан басқа әр хабар $field алады, яғни өрістің жолын
# (мысалы, incidents[0].acts[2].intent).

validation-failed = Іс жазбасында мәселелер бар: { $count }. Біріншісі мына өрісте: { $field }.
validation-required = { $field }: бұл өрісті толтыру міндетті.
validation-unknown-code = { $field }: «{ $value }» — { $list } тізімінің коды емес.
validation-invalid-date = { $field }: «{ $value }» — жарамды күн емес (күтілген дәлдік: { $precision }).
validation-missing-date-end = { $field }: күндер аралығына аяқталу күні қажет.
validation-date-end-without-range = { $field }: аяқталу күні тек күн аралық түрінде берілгенде ғана рұқсат етіледі.
validation-date-end-before-start = { $field }: аралық басталмай ({ $start }) тұрып аяқталады ({ $end }).
validation-invalid-timestamp = { $field }: «{ $value }» — күн де (YYYY-MM-DD), уақыты бар күн де емес.
validation-invalid-time = { $field }: «{ $value }» — тәулік бөлігі де, уақыт та (HH:MM) емес.
validation-unknown-reference = { $field }: «{ $value }» сілтемесі бар құқық бұзушы жоқ.
validation-duplicate-reference = { $field }: «{ $value }» сілтемесі бірнеше рет пайдаланылған.
validation-duplicate-consent = { $field }: «{ $value }» үшін келісім бірнеше рет жазылған.
validation-out-of-range = { $field }: { $value } рұқсат етілген { $min }–{ $max } аралығынан тыс.
validation-invalid-country = { $field }: «{ $value }» — екі әріпті ел коды емес (ISO 3166-1).
validation-invalid-region = { $field }: «{ $value }» — өңір коды емес (ISO 3166-2, мысалы, KZ-75).
validation-region-country-mismatch = { $field }: { $value } өңірі { $country } елінде емес.
validation-age-band-mismatch = { $field }: { $age } жасы { $value } жас тобына кірмейді.
validation-invalid-hash = { $field }: «{ $value }» — SHA-256 хеші емес.
validation-invalid-json = Іс деректерін оқу мүмкін болмады ({ $line }-жол, { $column }-баған).
validation-json-encoding = Іс деректерін жазып шығару мүмкін болмады.
validation-invalid-path = «{ $field }» — жарамды өріс жолы емес.
