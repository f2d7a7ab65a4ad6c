# Сообщения о проблемах в записи дела (crates/casebook-core/src/validate.rs).
# Каждое сообщение получает $field — путь к полю (например, incidents[0].acts[2].intent),
# кроме трёх сообщений о чтении и записи JSON.

validation-failed = Ошибок в записи дела: { $count }. Первая — в поле { $field }.
validation-required = { $field }: это поле обязательно.
validation-unknown-code = { $field }: «{ $value }» — не код из списка { $list }.
validation-invalid-date = { $field }: «{ $value }» — неверная дата (ожидаемая точность: { $precision }).
validation-missing-date-end = { $field }: для промежутка нужна дата окончания.
validation-date-end-without-range = { $field }: дата окончания указывается только для промежутка.
validation-date-end-before-start = { $field }: промежуток заканчивается ({ $end }) раньше, чем начинается ({ $start }).
validation-invalid-timestamp = { $field }: «{ $value }» — не дата (ГГГГ-ММ-ДД) и не дата со временем.
validation-invalid-time = { $field }: «{ $value }» — не время суток и не время в формате ЧЧ:ММ.
validation-unknown-reference = { $field }: нет исполнителя со ссылкой «{ $value }».
validation-duplicate-reference = { $field }: ссылка «{ $value }» используется больше одного раза.
validation-duplicate-consent = { $field }: согласие на «{ $value }» записано больше одного раза.
validation-out-of-range = { $field }: значение { $value } вне допустимых пределов { $min }–{ $max }.
validation-invalid-country = { $field }: «{ $value }» — не двухбуквенный код страны (ISO 3166-1).
validation-invalid-region = { $field }: «{ $value }» — не код региона (ISO 3166-2, например KZ-75).
validation-region-country-mismatch = { $field }: регион { $value } не относится к стране { $country }.
validation-age-band-mismatch = { $field }: возраст { $age } не входит в возрастную группу { $value }.
validation-invalid-hash = { $field }: «{ $value }» — не хеш SHA-256.
validation-invalid-json = Не удалось прочитать данные дела (строка { $line }, позиция { $column }).
validation-json-encoding = Не удалось записать данные дела.
validation-invalid-path = «{ $field }» — неверный путь к полю.
