# Повідомлення про проблеми в записі справи (crates/casebook-core/src/validate.rs).
# Кожне повідомлення отримує $field — шлях до поля (наприклад, incidents[0].acts[2].intent),
# крім трьох повідомлень про читання і запис JSON.

validation-failed = Помилок у записі справи: { $count }. Перша — у полі { $field }.
validation-required = { $field }: це поле обов'язкове.
validation-unknown-code = { $field }: «{ $value }» — не код зі списку { $list }.
validation-invalid-date = { $field }: «{ $value }» — неправильна дата (очікувана точність: { $precision }).
validation-missing-date-end = { $field }: для проміжку потрібна дата закінчення.
validation-date-end-without-range = { $field }: дата закінчення вказується лише для проміжку.
validation-date-end-before-start = { $field }: проміжок закінчується ({ $end }) раніше, ніж починається ({ $start }).
validation-invalid-timestamp = { $field }: «{ $value }» — не дата (РРРР-ММ-ДД) і не дата з часом.
validation-invalid-time = { $field }: «{ $value }» — не час доби і не час у форматі ГГ:ХХ.
validation-unknown-reference = { $field }: немає виконавця з посиланням «{ $value }».
validation-duplicate-reference = { $field }: посилання «{ $value }» використано більше одного разу.
validation-duplicate-consent = { $field }: згоду на «{ $value }» записано більше одного разу.
validation-out-of-range = { $field }: значення { $value } поза допустимими межами { $min }–{ $max }.
validation-invalid-country = { $field }: «{ $value }» — не дволітерний код країни (ISO 3166-1).
validation-invalid-region = { $field }: «{ $value }» — не код регіону (ISO 3166-2, наприклад KZ-75).
validation-region-country-mismatch = { $field }: регіон { $value } не належить до країни { $country }.
validation-age-band-mismatch = { $field }: вік { $age } не входить до вікової групи { $value }.
validation-invalid-hash = { $field }: «{ $value }» — не геш SHA-256.
validation-invalid-json = Не вдалося прочитати дані справи (рядок { $line }, позиція { $column }).
validation-json-encoding = Не вдалося записати дані справи.
validation-invalid-path = «{ $field }» — неправильний шлях до поля.
