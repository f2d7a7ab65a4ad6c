# Messages for problems found in a case record (crates/casebook-core/src/validate.rs).
# Every message gets $field, the path of the field (e.g. incidents[0].acts[2].intent),
# except the three about reading and writing JSON.

validation-failed = The case record has problems: { $count }. The first is in { $field }.
validation-required = { $field }: this field is required.
validation-unknown-code = { $field }: “{ $value }” is not a code of the list { $list }.
validation-invalid-date = { $field }: “{ $value }” is not a valid date (expected precision: { $precision }).
validation-missing-date-end = { $field }: a date range needs an end date.
validation-date-end-without-range = { $field }: an end date is only allowed when the date is a range.
validation-date-end-before-start = { $field }: the range ends ({ $end }) before it starts ({ $start }).
validation-invalid-timestamp = { $field }: “{ $value }” is neither a date (YYYY-MM-DD) nor a date with time.
validation-invalid-time = { $field }: “{ $value }” is neither a part of the day nor a time (HH:MM).
validation-unknown-reference = { $field }: there is no perpetrator with the reference “{ $value }”.
validation-duplicate-reference = { $field }: the reference “{ $value }” is used more than once.
validation-duplicate-consent = { $field }: consent for “{ $value }” is recorded more than once.
validation-out-of-range = { $field }: { $value } is outside the allowed range { $min }–{ $max }.
validation-invalid-country = { $field }: “{ $value }” is not a two-letter country code (ISO 3166-1).
validation-invalid-region = { $field }: “{ $value }” is not a region code (ISO 3166-2, e.g. KZ-75).
validation-region-country-mismatch = { $field }: the region { $value } is not in the country { $country }.
validation-age-band-mismatch = { $field }: the age { $age } does not fall in the age group { $value }.
validation-invalid-hash = { $field }: “{ $value }” is not a SHA-256 hash.
validation-invalid-json = The case data could not be read (line { $line }, column { $column }).
validation-json-encoding = The case data could not be written out.
validation-invalid-path = “{ $field }” is not a valid field path.
