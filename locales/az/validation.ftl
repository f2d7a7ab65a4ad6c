# İş qeydində aşkar edilən problemlər üçün mesajlar (crates/casebook-core/src/validate.rs).
# Hər mesaj $field alır — sahənin yolu (məs. incidents[0].acts[2].intent);
# JSON oxuma və yazma barədə üç mesaj istisnadır.

validation-failed = İş qeydində problemlər var: { $count }. Birincisi bu sahədədir: { $field }.
validation-required = { $field }: bu sahə məcburidir.
validation-unknown-code = { $field }: “{ $value }” { $list } siyahısının kodu deyil.
validation-invalid-date = { $field }: “{ $value }” düzgün tarix deyil (gözlənilən dəqiqlik: { $precision }).
validation-missing-date-end = { $field }: tarix aralığı üçün son tarix lazımdır.
validation-date-end-without-range = { $field }: son tarix yalnız tarix aralıq olduqda yazıla bilər.
validation-date-end-before-start = { $field }: aralıq başlamazdan ({ $start }) əvvəl bitir ({ $end }).
validation-invalid-timestamp = { $field }: “{ $value }” nə tarix (İİİİ-AA-GG), nə də vaxtı göstərilmiş tarix deyil.
validation-invalid-time = { $field }: “{ $value }” nə günün hissəsi, nə də vaxt (SS:DD) deyil.
validation-unknown-reference = { $field }: “{ $value }” istinadı ilə törədən yoxdur.
validation-duplicate-reference = { $field }: “{ $value }” istinadı bir dəfədən çox istifadə olunub.
validation-duplicate-consent = { $field }: “{ $value }” üçün razılıq bir dəfədən çox qeydə alınıb.
validation-out-of-range = { $field }: { $value } icazə verilən { $min }–{ $max } aralığından kənardadır.
validation-invalid-country = { $field }: “{ $value }” iki hərfli ölkə kodu (ISO 3166-1) deyil.
validation-invalid-region = { $field }: “{ $value }” bölgə kodu (ISO 3166-2, məs. KZ-75) deyil.
validation-region-country-mismatch = { $field }: { $value } bölgəsi { $country } ölkəsində deyil.
validation-age-band-mismatch = { $field }: { $age } yaşı { $value } yaş qrupuna düşmür.
validation-invalid-hash = { $field }: “{ $value }” SHA-256 heşi deyil.
validation-invalid-json = İşin məlumatlarını oxumaq mümkün olmadı (sətir { $line }, sütun { $column }).
validation-json-encoding = İşin məlumatlarını yazmaq mümkün olmadı.
validation-invalid-path = “{ $field }” düzgün sahə yolu deyil.
