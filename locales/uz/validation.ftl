# Ish yozuvida topilgan muammolar haqidagi xabarlar (crates/casebook-core/src/validate.rs).
# JSON oʻqish va yozish haqidagi uchta xabardan tashqari har bir xabar $field ni — maydon yoʻlini
# oladi (masalan, incidents[0].acts[2].intent).

validation-failed = Ish yozuvida muammolar bor: { $count }. Birinchisi: { $field }.
validation-required = { $field }: bu maydon toʻldirilishi shart.
validation-unknown-code = { $field }: «{ $value }» { $list } roʻyxatidagi kod emas.
validation-invalid-date = { $field }: «{ $value }» yaroqli sana emas (kutilgan aniqlik: { $precision }).
validation-missing-date-end = { $field }: sanalar oraligʻi uchun tugash sanasi kerak.
validation-date-end-without-range = { $field }: tugash sanasi faqat sana oraliq boʻlganda ruxsat etiladi.
validation-date-end-before-start = { $field }: oraliq boshlanishidan ({ $start }) oldin tugaydi ({ $end }).
validation-invalid-timestamp = { $field }: «{ $value }» na sana (YYYY-MM-DD), na vaqtli sana.
validation-invalid-time = { $field }: «{ $value }» na kun qismi, na vaqt (HH:MM).
validation-unknown-reference = { $field }: «{ $value }» havolali huquqbuzar yoʻq.
validation-duplicate-reference = { $field }: «{ $value }» havolasi bir martadan koʻp ishlatilgan.
validation-duplicate-consent = { $field }: «{ $value }» uchun rozilik bir martadan koʻp qayd etilgan.
validation-out-of-range = { $field }: { $value } ruxsat etilgan { $min }–{ $max } oraligʻidan tashqarida.
validation-invalid-country = { $field }: «{ $value }» ikki harfli mamlakat kodi emas (ISO 3166-1).
validation-invalid-region = { $field }: «{ $value }» hudud kodi emas (ISO 3166-2, masalan, UZ-TO).
validation-region-country-mismatch = { $field }: { $value } hududi { $country } mamlakatida emas.
validation-age-band-mismatch = { $field }: { $age } yosh { $value } yosh guruhiga kirmaydi.
validation-invalid-hash = { $field }: «{ $value }» SHA-256 xeshi emas.
validation-invalid-json = Ish maʼlumotlarini oʻqib boʻlmadi ({ $line }-qator, { $column }-ustun).
validation-json-encoding = Ish maʼlumotlarini yozib boʻlmadi.
validation-invalid-path = «{ $field }» yaroqli maydon yoʻli emas.
