# Паведамленні пра праблемы ў запісе справы (crates/casebook-core/src/validate.rs).
# Кожнае паведамленне атрымлівае $field — шлях да поля (напрыклад, incidents[0].acts[2].intent),
# акрамя трох паведамленняў пра чытанне і запіс JSON.

validation-failed = У запісе справы ёсць праблемы: { $count }. Першая — у полі { $field }.
validation-required = { $field }: гэтае поле абавязковае.
validation-unknown-code = { $field }: «{ $value }» — не код са спісу { $list }.
validation-invalid-date = { $field }: «{ $value }» — няправільная дата (чаканая дакладнасць: { $precision }).
validation-missing-date-end = { $field }: для прамежку дат патрэбна дата заканчэння.
validation-date-end-without-range = { $field }: дата заканчэння дапускаецца, толькі калі дата — прамежак.
validation-date-end-before-start = { $field }: прамежак заканчваецца ({ $end }) раней, чым пачынаецца ({ $start }).
validation-invalid-timestamp = { $field }: «{ $value }» — ні дата (ГГГГ-ММ-ДД), ні дата з часам.
validation-invalid-time = { $field }: «{ $value }» — ні частка сутак, ні час (ГГ:ХХ).
validation-unknown-reference = { $field }: няма віноўніка са спасылкай «{ $value }».
validation-duplicate-reference = { $field }: спасылка «{ $value }» выкарыстоўваецца больш за адзін раз.
validation-duplicate-consent = { $field }: згода на «{ $value }» запісана больш за адзін раз.
validation-out-of-range = { $field }: { $value } па-за дапушчальным дыяпазонам { $min }–{ $max }.
validation-invalid-country = { $field }: «{ $value }» — не двухлітарны код краіны (ISO 3166-1).
validation-invalid-region = { $field }: «{ $value }» — не код рэгіёна (ISO 3166-2, напрыклад KZ-75).
validation-region-country-mismatch = { $field }: рэгіён { $value } не належыць да краіны { $country }.
validation-age-band-mismatch = { $field }: узрост { $age } не адпавядае ўзроставай групе { $value }.
validation-invalid-hash = { $field }: «{ $value }» — не хэш SHA-256.
validation-invalid-json = Даныя справы не ўдалося прачытаць (радок { $line }, слупок { $column }).
validation-json-encoding = Даныя справы не ўдалося запісаць.
validation-invalid-path = «{ $field }» — няправільны шлях да поля.
