# Գործի գրառման մեջ հայտնաբերված խնդիրների հաղորդագրությունները (crates/casebook-core/src/validate.rs)։
# Յուրաքանչյուր հաղորդագրություն ստանում է $field՝ դաշտի ուղին (օր.՝ incidents[0].acts[2].intent),
# բացի JSON կարդալու և գրելու մասին երեք հաղորդագրություններից։

validation-failed = Գործի գրառման մեջ խնդիրներ կան՝ { $count }։ Առաջինը { $field } դաշտում է։
validation-required = { $field }՝ այս դաշտը պարտադիր է։
validation-unknown-code = { $field }՝ «{ $value }» կոդը չկա { $list } ցանկում։
validation-invalid-date = { $field }՝ «{ $value }» վավեր ամսաթիվ չէ (սպասվող ճշգրտությունը՝ { $precision })։
validation-missing-date-end = { $field }՝ ամսաթվերի միջակայքը պետք է ունենա ավարտի ամսաթիվ։
validation-date-end-without-range = { $field }՝ ավարտի ամսաթիվը թույլատրվում է միայն այն դեպքում, երբ ամսաթիվը միջակայք է։
validation-date-end-before-start = { $field }՝ միջակայքն ավարտվում է ({ $end }) սկսվելուց ({ $start }) առաջ։
validation-invalid-timestamp = { $field }՝ «{ $value }» ո՛չ ամսաթիվ է (ՏՏՏՏ-ԱԱ-ՕՕ), ո՛չ էլ ժամով ամսաթիվ։
validation-invalid-time = { $field }՝ «{ $value }» ո՛չ օրվա մաս է, ո՛չ էլ ժամ (ԺԺ:ՐՐ)։
validation-unknown-reference = { $field }՝ «{ $value }» հղումով իրավախախտ չկա։
validation-duplicate-reference = { $field }՝ «{ $value }» հղումն օգտագործված է մեկից ավելի անգամ։
validation-duplicate-consent = { $field }՝ «{ $value }» համաձայնությունը գրանցված է մեկից ավելի անգամ։
validation-out-of-range = { $field }՝ { $value } արժեքը դուրս է թույլատրելի { $min }–{ $max } միջակայքից։
validation-invalid-country = { $field }՝ «{ $value }» երկտառ երկրի կոդ չէ (ISO 3166-1)։
validation-invalid-region = { $field }՝ «{ $value }» մարզի կոդ չէ (ISO 3166-2, օր.՝ KZ-75)։
validation-region-country-mismatch = { $field }՝ { $value } մարզը { $country } երկրում չէ։
validation-age-band-mismatch = { $field }՝ { $age } տարիքը չի մտնում { $value } տարիքային խմբի մեջ։
validation-invalid-hash = { $field }՝ «{ $value }» SHA-256 հեշ չէ։
validation-invalid-json = Գործի տվյալները հնարավոր չեղավ կարդալ (տող { $line }, սյունակ { $column })։
validation-json-encoding = Գործի տվյալները հնարավոր չեղավ դուրս գրել։
validation-invalid-path = «{ $field }» դաշտի վավեր ուղի չէ։
