## სამუშაო მაგიდის პროგრამის გაცვლის ეკრანი: კონტაქტები, ექსპორტი, იმპორტი, კონფლიქტები.

sync-button = გაცვლა
sync-title = საქმეების გაცვლა
sync-back = საქმეებზე დაბრუნება
sync-intro = საქმეები კომპიუტერებს შორის გადადის დაშიფრული პაკეტის ფაილებით, ფლეშ-მეხსიერებით ან მესენჯერის დანართის სახით. მათი გახსნა მხოლოდ თქვენ მიერ არჩეულ ადამიანებს შეუძლიათ.
sync-tab-import = იმპორტი
sync-tab-export = ექსპორტი
sync-tab-contacts = კონტაქტები
sync-tab-conflicts = კონფლიქტები
sync-list-conflict = კონფლიქტი

# პროგრესი
sync-phase-starting = იწყება…
sync-phase-selecting = საქმეები მოწმდება…
sync-phase-writing = პაკეტი იწერება…
sync-phase-reading = პაკეტი იშიფრება და მოწმდება…
sync-phase-applying = ერთიანდება ამ საცავთან…
sync-phase-done = სრულდება…
sync-size-b = { $n } ბაიტი
sync-size-kb = { $n } კბ
sync-size-mb = { $n } მბ
sync-size-gb = { $n } გბ

# როლები
sync-role-own-device = საკუთარი მოწყობილობა
sync-role-centre-hub = ცენტრი
sync-role-lawyer = იურისტი
sync-role-outreach = აუთრიჩ მუშაკის ლეპტოპი
sync-role-network = ქსელი
sync-role-own-device-hint = თქვენი ან თქვენი გუნდის სხვა კომპიუტერი: იღებს სრულ ჩანაწერებს და შეუძლია ნებისმიერი საქმის შეცვლა ან წაშლა. ამ როლის მისანიჭებლად აკრიფეთ მისი ანაბეჭდის ექვსი სიტყვა.
sync-role-centre-hub-hint = ცენტრი, რომელიც საქმეებს აგროვებს: იღებს სრულ ჩანაწერებს და შეუძლია საქმეების დამატება და შეცვლა. ამ როლის მისანიჭებლად აკრიფეთ მისი ანაბეჭდის ექვსი სიტყვა.
sync-role-lawyer-hint = იღებს მხოლოდ იმ საქმეებს, რომელთა დაზარალებულიც დაეთანხმა იურისტისთვის გადაცემას; თუ ის ვინაობის მითითებას არ დაეთანხმა — მაიდენტიფიცირებელი მონაცემების გარეშე. შეუძლია უკან გამოგზავნოს მხოლოდ რეაგირება და შენიშვნები, სხვა არაფერი.
sync-role-outreach-hint = აუთრიჩ მუშაკის საველე ლეპტოპი: საქმეების ჩანაწერებს არ იღებს; მისი პაკეტები მხოლოდ ახალ საქმეებს ამატებს და არსებულში არაფერს ცვლის. ამ როლის მისაცემად აკრიფეთ მისი ანაბეჭდის ექვსი სიტყვა.
sync-role-network-hint = საქმეების ჩანაწერებს არ იღებს, მხოლოდ დეპერსონალიზებულ სტატისტიკას; მისი გამოგზავნილი საქმეში ვერაფერს ცვლის. ყოველი ახალი კონტაქტი აქედან იწყება.

# კონტაქტები: ჩემი ბარათი
sync-my-card-title = თქვენი საკონტაქტო ბარათი
sync-my-card-intro = მიეცით ეს ბარათი იმ ადამიანებს, ვინც პაკეტებს გიგზავნით. ისინი მას კონტაქტად დაამატებენ; ამის შემდეგ მათ მიერ თქვენთვის შექმნილი პაკეტები მხოლოდ ამ კომპიუტერზე გაიხსნება.
sync-my-name-label = თქვენი ან თქვენი ცენტრის სახელი, როგორც მას სხვები დაინახავენ
sync-my-name-hint = ჩანს თქვენს ბარათზე, თქვენს პაკეტებსა და თქვენ მიერ გადაწყვეტილ კონფლიქტებზე. ამ კომპიუტერზე არ ინახება.
sync-fingerprint-label = ანაბეჭდი (შეადარეთ ეს სიტყვები ტელეფონით)
sync-my-card-text-label = ბარათის ტექსტი
sync-card-copy = ტექსტის კოპირება
sync-card-save = ფაილად შენახვა…
sync-card-copied = ბარათის ტექსტი დაკოპირდა.
sync-card-saved = ბარათი შეინახა.

# კონტაქტები: დამატება
sync-add-title = კონტაქტის დამატება
sync-add-intro = ჩასვით ვინმეს საკონტაქტო ბარათის ტექსტი ან აირჩიეთ ბარათის ფაილი, რომელიც მოგცეს.
sync-add-paste-label = საკონტაქტო ბარათის ტექსტი
sync-add-choose-file = ბარათის ფაილის არჩევა…
sync-card-unreadable = ეს სრული საკონტაქტო ბარათი არ არის. დააკოპირეთ მთელი ბარათი, სტრიქონიდან „casebook contact card v1“ ანაბეჭდის სტრიქონამდე.
sync-card-file-unreadable = ეს ფაილი საკონტაქტო ბარათი არ არის.
sync-add-compare = წაუკითხეთ ეს სიტყვები ერთმანეთს ტელეფონით. დაამატეთ კონტაქტი მხოლოდ მაშინ, თუ ისინი ემთხვევა.
sync-contact-name-label = სახელი
sync-contact-role-label = როლი
sync-add-submit = კონტაქტის დამატება
sync-contact-added = „{ $name }“ დაემატა კონტაქტებში.
sync-contact-added-role = „{ $name }“ დაემატა კონტაქტებში როლით „{ $role }“.
sync-typed-words-label = ანაბეჭდის ექვსი სიტყვა, როგორც კონტაქტი წაგიკითხავთ
sync-typed-words-hint = აკრიფეთ ისინი; ნუ დააკოპირებთ ამ ეკრანიდან. ეს როლი სრულ ჩანაწერებს იღებს, ამიტომ სიტყვები თავად ადამიანისგან უნდა მიიღოთ, ტელეფონით ან პირისპირ.
sync-summary-role = გამგზავნს ჰქონდა როლის „{ $role }“ უფლებები.

# კონტაქტები: სია
sync-contacts-title = კონტაქტები
sync-contacts-empty = კონტაქტები ჯერ არ არის. დაამატეთ იმ ცენტრის, იურისტის ან კოლეგის ბარათი, ვისთანაც საქმეებს ცვლით.
sync-contact-added-at = დაემატა { $when }
sync-rename = სახელის შეცვლა
sync-rename-label = სახელის შეცვლა: { $name }
sync-rename-submit = სახელის შენახვა
sync-contact-renamed = კონტაქტს ახლა ჰქვია „{ $name }“.
sync-remove = წაშლა
sync-remove-label = წაშლა: { $name }
sync-remove-question = წაიშალოს კონტაქტი „{ $name }“? მისთვის პაკეტების შექმნას ვეღარ შეძლებთ, მისი პაკეტები კი კვლავ მოითხოვს დადასტურებას.
sync-remove-keep = დარჩეს
sync-remove-confirm = კონტაქტის წაშლა
sync-contact-removed = „{ $name }“ წაიშალა კონტაქტებიდან.

# ექსპორტი
sync-export-title = საქმეების ექსპორტი პაკეტში
sync-export-intro = აირჩიეთ, ვის შეუძლია პაკეტის გახსნა და რომელი საქმეები შევა მასში. საქმეები, რომლებიც მათ ვერ გადაეცემა, ჩამოითვლება მიზეზით, სანამ რამე ჩაიწერება.
sync-export-to = ვის შეუძლია პაკეტის გახსნა
sync-export-to-contacts = კონტაქტებს
sync-export-no-contacts = კონტაქტები ჯერ არ არის: დაამატეთ ჩანართზე „კონტაქტები“ ან გამოიყენეთ საიდუმლო ფრაზა.
sync-export-to-passphrase = ყველას, ვინც საიდუმლო ფრაზა იცის
sync-export-passphrase-hint = საიდუმლო ფრაზა მიმღებს სხვა გზით შეატყობინეთ და არა პაკეტთან ერთად (პირადად ან ტელეფონით).
sync-export-passphrase-label = პაკეტის საიდუმლო ფრაზა
sync-export-pass-role-label = ვისი წესები მოქმედებს
sync-export-which = რომელი საქმეები
sync-export-all = ყველა საქმე
sync-export-since-last = შეცვლილი ამ კონტაქტებისთვის ჩემი ბოლო ექსპორტის შემდეგ
sync-export-since-last-hint = მხოლოდ ის საქმეები, რომლებიც ახალია ან შეიცვალა მას შემდეგ, რაც თითოეულ არჩეულ კონტაქტს ბოლოს გაუგზავნეთ პაკეტი.
sync-export-since-last-needs-contacts = შესაძლებელია მხოლოდ მაშინ, როცა პაკეტი კონტაქტებისთვისაა.
sync-export-chosen = ჩემ მიერ არჩეული საქმეები
sync-export-search-label = საქმეების ძებნა (კოდი, ფსევდონიმი, ნებისმიერი სიტყვა)
sync-export-chosen-count = { $count ->
    [0] საქმე ჯერ არ არის არჩეული.
    [one] არჩეულია { $count } საქმე.
   *[other] არჩეულია { $count } საქმე.
}
sync-export-search-none = შესაბამისი საქმე არ არის.
sync-export-search-more = ნაჩვენებია პირველი { $shown }, სულ { $total }-დან; დასავიწროებლად გამოიყენეთ ძებნა.
sync-export-attachments = დანართების ჩართვა (ფოტოები, დოკუმენტები)
sync-export-attachments-hint = მათ გარეშე პაკეტი გაცილებით მცირეა; ფსევდონიმიზებულ საქმეებს დანართები არასდროს ახლავს.
sync-sender-name-hint = მიმღებები ამ სახელს გამგზავნის სახელად დაინახავენ.
sync-export-need-recipient = აირჩიეთ ერთი კონტაქტი მაინც, ან საიდუმლო ფრაზა.
sync-export-need-cases = აირჩიეთ ერთი საქმე მაინც.
sync-plan-title = რა გადაიცემა
sync-plan-checking = საქმეები მოწმდება…
sync-plan-cases = { $count ->
    [0] ვერცერთი საქმე ვერ გადაიცემა.
    [one] გადაიცემა { $count } საქმე.
   *[other] გადაიცემა { $count } საქმე.
}
sync-plan-pseudonymised = { $count ->
    [one] მათგან { $count } — მხოლოდ ფსევდონიმიზებული (მაიდენტიფიცირებელი მონაცემების გარეშე).
   *[other] მათგან { $count } — მხოლოდ ფსევდონიმიზებული (მაიდენტიფიცირებელი მონაცემების გარეშე).
}
sync-plan-attachments = { $count ->
    [one] { $count } დანართით ({ $size }).
   *[other] { $count } დანართით ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } საქმე ვერ გადაიცემა:
   *[other] { $count } საქმე ვერ გადაიცემა:
}
sync-plan-refused-more = …და კიდევ { $count }
sync-plan-refused-show-all = ყველა საქმის ჩვენება
sync-refused-consent = როლისთვის „{ $role }“ საჭიროა თანხმობა „{ $destination }“, ის კი { $state }
sync-refused-role = როლი „{ $role }“ საქმეების ჩანაწერებს არ იღებს, მხოლოდ დეპერსონალიზებულ სტატისტიკას
sync-refused-unreadable = საქმის წაკითხვა შეუძლებელია
sync-consent-state-given = გაცემულია
sync-consent-state-refused = უარყოფილია
sync-consent-state-revoked = გამოხმობილია
sync-consent-state-missing = არ არის ჩაწერილი
sync-plan-nothing = ამ მიმღებებს ვერცერთი საქმე ვერ გადაეცემა, ამიტომ ჩასაწერი არაფერია.
sync-export-write = პაკეტის შენახვა…
sync-export-writing = იწერება…
sync-export-done = პაკეტი შენახულია: { $cases ->
    [one] { $cases } საქმე
   *[other] { $cases } საქმე
}, { $attachments ->
    [one] { $attachments } დანართი
   *[other] { $attachments } დანართი
}, { $size }.
sync-export-done-refused = { $count ->
    [one] { $count } საქმე არ შევიდა, როგორც ზემოთაა ჩამოთვლილი.
   *[other] { $count } საქმე არ შევიდა, როგორც ზემოთაა ჩამოთვლილი.
}

# იმპორტი
sync-import-title = პაკეტის იმპორტი
sync-import-intro = აირჩიეთ მიღებული პაკეტის ფაილი. სანამ რამე შეიცვლება, ის სრულად მოწმდება; დაზიანებული ან შეცვლილი პაკეტი არაფერს ცვლის.
sync-import-choose = პაკეტის ფაილის არჩევა…
sync-import-file = ფაილი: { $name }
sync-import-passphrase-title = ეს პაკეტი საიდუმლო ფრაზით არის დაცული
sync-import-passphrase-text = შეიყვანეთ საიდუმლო ფრაზა, რომელიც გამგზავნმა გითხრათ.
sync-import-open = გახსნა და იმპორტი
sync-import-unchanged = ამ საცავში არაფერი შეცვლილა.
sync-signer-title = უცნობი გამგზავნი
sync-signer-text = ეს პაკეტი შექმნილია კომპიუტერზე, რომელიც კონტაქტად არ დაგიმატებიათ: „{ $name }“. სთხოვეთ გამგზავნს, ტელეფონით ან პირადად წაგიკითხოთ თავისი ანაბეჭდი, და შეადარეთ ამ სიტყვებს:
sync-signer-no-name = სახელის გარეშე
sync-signer-warning = თუ სიტყვები განსხვავდება, ნუ შეასრულებთ იმპორტს: შესაძლოა, პაკეტი იმისგან არ მოდიოდეს, ვისაც ფიქრობთ.
sync-signer-add = გამგზავნის დამატებაც ჩემს კონტაქტებში
sync-signer-reject = იმპორტზე უარი
sync-signer-accept = სიტყვები ემთხვევა: იმპორტი
sync-summary-title = იმპორტი დასრულდა
sync-summary-from = გამგზავნი: „{ $name }“, ანაბეჭდი
sync-summary-from-self = გამგზავნი: ეს კომპიუტერი, ანაბეჭდი
sync-summary-added = დაემატა
sync-summary-updated = განახლდა
sync-summary-conflicts = კონფლიქტები
sync-summary-skipped = უკვე აქ არის
sync-summary-rejected = უარყოფილია
sync-summary-attachments = { $count ->
    [one] { $count } ახალი დანართი.
   *[other] { $count } ახალი დანართი.
}
sync-summary-rejected-title = უარყოფილი საქმეები
sync-rejected-unreadable-record = ამ პროგრამას საქმის შინაარსის წაკითხვა არ შეუძლია
sync-rejected-role-may-not-add = გამგზავნის როლს არ აქვს ამ საცავში საქმეების დამატების უფლება
sync-rejected-role-may-not-delete = გამგზავნის როლს არ აქვს საქმეების წაშლის უფლება
sync-rejected-role-may-not-change = გამგზავნის როლს არ აქვს ამ ველების შეცვლის უფლება (იურისტს შეუძლია მხოლოდ რეაგირებისა და შენიშვნების შეცვლა)
sync-summary-cases-title = ამ პაკეტის ყველა საქმე ({ $count })
sync-summary-cases-more = …და კიდევ { $count }.
sync-summary-attention-title = შესამოწმებელი საქმეები
sync-outcome-added = დაემატა
sync-outcome-fast-forward = განახლდა
sync-outcome-merged = გაერთიანდა აქ შეტანილ ცვლილებებთან
sync-outcome-merged-conflicts = { $count ->
    [one] გაერთიანდა; ორივე მხარეს შეცვლილი { $count } ველი თქვენს გადაწყვეტილებას საჭიროებს
   *[other] გაერთიანდა; ორივე მხარეს შეცვლილი { $count } ველი თქვენს გადაწყვეტილებას საჭიროებს
}
sync-outcome-edit-kept-over-delete = ერთ მხარეს წაიშალა, მეორეზე რედაქტირდა: რედაქტირებული საქმე შენარჩუნდა; გთხოვთ, შეამოწმოთ
sync-outcome-skipped = ახალი არაფერია
sync-summary-conflicts-text = { $count ->
    [one] { $count } ველი აქ და გამგზავნის მიერ სხვადასხვანაირად შეიცვალა. არაფერი დაკარგულა: ორივე მნიშვნელობა შენახულია, სანამ გადაწყვეტთ.
   *[other] { $count } ველი აქ და გამგზავნის მიერ სხვადასხვანაირად შეიცვალა. არაფერი დაკარგულა: ორივე მნიშვნელობა შენახულია, სანამ გადაწყვეტთ.
}
sync-summary-resolve = კონფლიქტების გადაწყვეტა

# კონფლიქტები
sync-conflicts-title = გადასაწყვეტი კონფლიქტები
sync-conflicts-intro = ველი ორ კომპიუტერზე სხვადასხვანაირად შეიცვალა. აირჩიეთ, რომელი მნიშვნელობა დარჩეს საქმეში, ან აკრიფეთ სწორი. თქვენი არჩევანი ახალ რედაქციად დაემატება; ორივე ძველი მნიშვნელობა ისტორიაში რჩება.
sync-conflicts-empty = კონფლიქტები არ არის. ყველაფერი უპრობლემოდ გაერთიანდა.
sync-conflict-whole-case = მთელი საქმე
sync-conflict-edit-vs-delete = ერთმა მხარემ ეს საქმე წაშალა, მეორემ — რედაქტირება გაუკეთა. რედაქტირებული საქმე შენარჩუნებულია, სანამ გადაწყვეტთ.
sync-conflict-choose = მნიშვნელობა ველისთვის { $field }
sync-conflict-ours = აქაური მნიშვნელობის დატოვება
sync-conflict-theirs = გამგზავნის მნიშვნელობის მიღება
sync-conflict-typed = სხვა მნიშვნელობის აკრეფა
sync-conflict-typed-label = ახალი მნიშვნელობა ველისთვის { $field }
sync-conflict-by = ავტორი: { $author }, { $when }
sync-conflict-deleted = (საქმე წაშლილია)
sync-conflict-edited = (რედაქტირებული საქმე)
sync-conflict-empty = (ცარიელი)
sync-conflict-yes = დიახ
sync-conflict-no = არა
sync-conflict-resolve = გადაწყვეტა
sync-conflict-resolved = „{ $field }“ საქმეში { $code } გადაწყვეტილია.
sync-summary-stats = სტატისტიკის პაკეტი. ანაჭრები: { $count }. ამ საცავის არცერთ საქმეს არ შეხებია.
sync-summary-snapshot = { $centre } — ჩანაწერები: { $records } — { $standing ->
    [new] ახალი ცენტრი, დაითვალა
    [replaced] ცვლის მის ძველ ანაჭერს
    [older] არსებულზე ძველია, არაფერი შეცვლილა
   *[same] უკვე არსებობს, არაფერი შეცვლილა
}
