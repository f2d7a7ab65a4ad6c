# შეტყობინებები საქმის ჩანაწერში აღმოჩენილ პრობლემებზე (crates/casebook-core/src/validate.rs).
# ყველა შეტყობინება იღებს $field-ს, ველის გზას (მაგ. incidents[0].acts[2].intent),
# გარდა სამისა, რომლებიც JSON-ის წაკითხვასა და ჩაწერას ეხება.

validation-failed = საქმის ჩანაწერს აქვს პრობლემები: { $count }. პირველი არის ველში { $field }.
validation-required = { $field }: ეს ველი აუცილებელია.
validation-unknown-code = { $field }: „{ $value }“ არ არის სიის { $list } კოდი.
validation-invalid-date = { $field }: „{ $value }“ არასწორი თარიღია (მოსალოდნელი სიზუსტე: { $precision }).
validation-missing-date-end = { $field }: თარიღების შუალედს დასასრულის თარიღი სჭირდება.
validation-date-end-without-range = { $field }: დასასრულის თარიღი დასაშვებია მხოლოდ მაშინ, როცა თარიღი შუალედია.
validation-date-end-before-start = { $field }: შუალედი მთავრდება ({ $end }) დაწყებამდე ({ $start }).
validation-invalid-timestamp = { $field }: „{ $value }“ არც თარიღია (წწწწ-თთ-დდ) და არც თარიღი დროით.
validation-invalid-time = { $field }: „{ $value }“ არც დღის მონაკვეთია და არც დრო (სს:წწ).
validation-unknown-reference = { $field }: მოძალადე მითითებით „{ $value }“ არ არსებობს.
validation-duplicate-reference = { $field }: მითითება „{ $value }“ ერთზე მეტჯერ არის გამოყენებული.
validation-duplicate-consent = { $field }: თანხმობა „{ $value }“ ერთზე მეტჯერ არის ჩაწერილი.
validation-out-of-range = { $field }: { $value } სცდება დასაშვებ დიაპაზონს { $min }–{ $max }.
validation-invalid-country = { $field }: „{ $value }“ არ არის ქვეყნის ორასოიანი კოდი (ISO 3166-1).
validation-invalid-region = { $field }: „{ $value }“ არ არის რეგიონის კოდი (ISO 3166-2, მაგ. KZ-75).
validation-region-country-mismatch = { $field }: რეგიონი { $value } არ მდებარეობს ქვეყანაში { $country }.
validation-age-band-mismatch = { $field }: ასაკი { $age } არ შედის ასაკობრივ ჯგუფში { $value }.
validation-invalid-hash = { $field }: „{ $value }“ არ არის SHA-256 ჰეში.
validation-invalid-json = საქმის მონაცემების წაკითხვა ვერ მოხერხდა (სტრიქონი { $line }, სვეტი { $column }).
validation-json-encoding = საქმის მონაცემების ჩაწერა ვერ მოხერხდა.
validation-invalid-path = „{ $field }“ არ არის ველის სწორი გზა.
