## პაკეტები: ხელით სინქრონიზაცია კომპიუტერებს შორის, კონტაქტები, კონფლიქტები.

# საცავის სინქრონიზაციის ნაწილის შეცდომები.
sync-error-revision-id-mismatch = რედაქცია { $revision } არ შეესაბამება თავის შინაარსს. პაკეტი შეიცვალა ან დაზიანდა; იმპორტი არ შესრულდა.
sync-error-revision-case-mismatch = რედაქცია { $revision } სხვა საქმეს ეკუთვნის. იმპორტი არ შესრულდა.
sync-error-missing-parent = რედაქციას { $revision } სჭირდება წინა რედაქცია ({ $parent }), რომელიც არც პაკეტშია და არც ამ საცავში. იმპორტი არ შესრულდა.
sync-error-malformed-revision = რედაქცია { $revision } არასწორად არის აგებული. იმპორტი არ შესრულდა.
sync-error-unknown-head = საქმის { $case } უახლესი ვერსია ({ $revision }) პაკეტს აკლია. იმპორტი არ შესრულდა.
sync-error-blob-hash-mismatch = დანართი { $sha256 } არ შეესაბამება თავის ანაბეჭდს. იმპორტი არ შესრულდა.
sync-error-blob-size-mismatch = დანართის { $sha256 } ზომა უნდა იყოს { $declared } ბაიტი, მაგრამ არის { $actual }. იმპორტი არ შესრულდა.
sync-error-contact-exists = კონტაქტი სახელით „{ $name }“ ან იგივე გასაღებებით უკვე არსებობს.
sync-error-contact-name-empty = კონტაქტს სახელი სჭირდება.
sync-error-contact-not-found = კონტაქტი სახელით „{ $name }“ არ არსებობს.
sync-error-invalid-role = „{ $role }“ როლი არ არის. გამოიყენეთ own-device, centre-hub, lawyer ან network.
sync-error-conflict-not-found = საქმეს { $case } არ აქვს ღია კონფლიქტი ველში „{ $path }“.
sync-error-bad-content = საქმის { $case } შინაარსის წაკითხვა შეუძლებელია.
sync-error-fingerprint-needed = საკუთარი მოწყობილობები და ცენტრი სრულ ჩანაწერებს იღებენ. ამ როლის მისანიჭებლად აკრიფეთ ანაბეჭდის ექვსი სიტყვა, რომელსაც კონტაქტი წაგიკითხავთ.
sync-error-fingerprint-mismatch = თქვენ მიერ აკრეფილი სიტყვები ამ კონტაქტის ანაბეჭდს არ ემთხვევა. ხელახლა შეადარეთ ისინი კონტაქტთან ერთად, ტელეფონით ან პირადად.
sync-error-not-permitted = საქმე { $case }: ამ როლის მქონე გამგზავნს არ აქვს უფლება, { $change ->
    [role-may-not-add] დაამატოს საქმეები
    [role-may-not-delete] წაშალოს საქმეები
   *[other] შეცვალოს ეს ველები
  }.

# პაკეტების შეცდომები.
bundle-error-not-for-us = ეს პაკეტი სხვისთვის შეიქმნა. მისი გახსნა ამ მოწყობილობის გასაღებით შეუძლებელია.
bundle-error-wrong-passphrase = ეს საიდუმლო ფრაზა პაკეტს ვერ ხსნის. იმპორტი არ შესრულდა.
bundle-error-passphrase-needed = ეს პაკეტი საიდუმლო ფრაზით არის დაცული. იმპორტისთვის შეიყვანეთ ის.
bundle-error-work-factor-too-high = ეს პაკეტი გასახსნელად ზედმეტად დიდ სამუშაოს ითხოვს (2^{ $required }; დასაშვებია მაქსიმუმ 2^{ $max }). ის უარყოფილია გახსნის მცდელობის გარეშე.
bundle-error-not-a-bundle = ეს ფაილი Casebook-ის პაკეტი არ არის.
bundle-error-damaged = პაკეტი დაზიანებული ან არასრულია (შესაძლოა, კოპირება შეწყდა). იმპორტი არ შესრულდა; დააკოპირეთ ხელახლა.
bundle-error-unsupported-version = ეს პაკეტი იყენებს ფორმატის ვერსიას { $version }, რომელიც ამ პროგრამისთვის უცნობია. განაახლეთ პროგრამა.
bundle-error-bad-signature = პაკეტის ხელმოწერა მის შინაარსს არ შეესაბამება. შესაძლოა, ის გაყალბდა; იმპორტი არ შესრულდა.
bundle-error-unknown-signer = პაკეტს ხელს აწერს მოწყობილობა, რომელიც არ დაგიმატებიათ: „{ $name }“, ანაბეჭდი { $fingerprint }. იმპორტამდე შეადარეთ ანაბეჭდი გამგზავნთან ერთად (ტელეფონით).
bundle-error-unsafe-path = პაკეტი შეიცავს სახიფათო ან მოულოდნელ ფაილის სახელს: { $path }. იმპორტი არ შესრულდა.
bundle-error-unlisted-entry = პაკეტში არის ფაილი { $path }, რომელსაც მისი ხელმოწერილი სია არ ახსენებს. იმპორტი არ შესრულდა.
bundle-error-missing-entry = პაკეტს აკლია ფაილი { $path }, რომელსაც მისი ხელმოწერილი სია ახსენებს. იმპორტი არ შესრულდა.
bundle-error-size-mismatch = ფაილის { $path } ზომაა { $actual } ბაიტი, მითითებული { $declared } ბაიტის ნაცვლად. იმპორტი არ შესრულდა.
bundle-error-hash-mismatch = ფაილი { $path } არ შეესაბამება ხელმოწერილ სიაში მითითებულ ანაბეჭდს. იმპორტი არ შესრულდა.
bundle-error-uncited-attachment = { $path } არის დანართი, რომელსაც პაკეტში არცერთი საქმე არ მიუთითებს. იმპორტი არ შესრულდა.
bundle-error-too-large = ფაილი { $path } დასაშვებზე დიდია ({ $limit } ბაიტი). იმპორტი არ შესრულდა.
bundle-error-bad-case-file = პაკეტში არსებული ფაილი { $path } საქმედ ვერ იკითხება. იმპორტი არ შესრულდა.
bundle-error-bad-manifest = პაკეტის შიგთავსის სია არასწორია: { $problem ->
    [not-json] მისი წაკითხვა შეუძლებელია.
    [attachment-hash] დანართის სახელი მის შინაარსს არ შეესაბამება.
    [entry-twice] ერთი ფაილი ორჯერ არის ჩამოთვლილი.
    [case-without-entry] საქმე ჩამოთვლილია მისი ფაილის გარეშე.
    [entry-without-case] საქმის ფაილი საქმეების სიაში არ არის.
    [case-differs] საქმის ფაილი არ შეესაბამება იმას, რასაც სია მასზე ამბობს.
    [snapshot-differs] სტატისტიკის ფაილი არ შეესაბამება იმას, რაც სიაშია მასზე ნათქვამი.
    [mixed-kind] მასში სხვა სახის პაკეტის ფაილებია.
   *[other] მისი გამოყენება შეუძლებელია.
}
bundle-error-bad-card = საკონტაქტო ბარათის წაკითხვა შეუძლებელია: { $problem ->
    [header] ბარათს პირველი სტრიქონი აკლია.
    [age-key] მისი დაშიფვრის გასაღები აკლია ან დაზიანებულია.
    [sign-key] მისი ხელმოწერის გასაღები აკლია ან დაზიანებულია.
    [file] ფაილის გახსნა შეუძლებელია.
    [too-large] ფაილი საკონტაქტო ბარათისთვის ზედმეტად დიდია.
    [not-text] ფაილი ტექსტური არ არის.
   *[other] ის დაზიანებულია.
}
bundle-error-card-fingerprint-mismatch = საკონტაქტო ბარათის ანაბეჭდი მის გასაღებებს არ შეესაბამება. ნუ გამოიყენებთ ამ ბარათს; ხელახლა მოითხოვეთ.
bundle-error-no-recipients = აირჩიეთ ერთი კონტაქტი მაინც, ან საიდუმლო ფრაზა.
bundle-error-since-last-needs-contact = „შეცვლილი ბოლო ექსპორტის შემდეგ“ მუშაობს მხოლოდ კონტაქტებისთვის ექსპორტისას.
bundle-error-nothing-to-export = ამ პაკეტში ვერცერთი საქმე ვერ მოხვდება.
bundle-error-passphrase-too-short = პაკეტის საიდუმლო ფრაზას სჭირდება { $min ->
        [one] მინიმუმ { $min } სიმბოლო
       *[other] მინიმუმ { $min } სიმბოლო
    }, ან მინიმუმ { $words } სიტყვა, თითოეული სამი ან მეტი ასოსგან.
bundle-error-write = პაკეტის ჩაწერა ვერ მოხერხდა: { $detail }. არცერთი ფაილი არ დარჩენილა.

# რატომ დარჩა საქმე პაკეტის გარეთ.
bundle-refused-consent = როლს { $role } სჭირდება თანხმობა „{ $destination }“ (ამჟამად: { $state })
bundle-refused-role = როლი { $role } საქმეების ჩანაწერებს არ იღებს, მხოლოდ დეპერსონალიზებულ სტატისტიკას
bundle-refused-unreadable = საქმის წაკითხვა შეუძლებელია

# ბრძანების სტრიქონი.
sync-cli-prompt-bundle-passphrase = პაკეტის საიდუმლო ფრაზა
sync-cli-contact-added = დაემატა { $name } ({ $role }). ანაბეჭდი: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = კონტაქტები ჯერ არ არის.
sync-cli-export-done = პაკეტი ჩაიწერა აქ: { $path }. საქმეები: { $cases }, დანართები: { $attachments }.
sync-cli-export-nothing = ამ მიმღებებს ვერცერთი საქმე ვერ გადაეცემა; ფაილი არ ჩაწერილა.
sync-cli-export-plan = ექსპორტი შესრულდებოდა: { $cases } საქმე და { $attachments } დანართი; { $refused } ვერ გადაიცემა. არაფერი ჩაწერილა.
sync-cli-export-refused = { $code }: ექსპორტი არ შესრულდა, { $reason }.
sync-cli-import-summary = გამგზავნი: { $signer } ({ $fingerprint }, როლის „{ $role }“ უფლებებით): დაემატა { $added }, განახლდა { $updated }, კონფლიქტები: { $conflicts }, გამოტოვებულია { $skipped }, უარყოფილია { $rejected }.
sync-cli-import-rejected = { $case }: უარყოფილია ({ $reason }).
sync-cli-trust-hint = თუ ეს ანაბეჭდი ემთხვევა იმას, რასაც გამგზავნი წაგიკითხავთ, გაიმეორეთ იმპორტი პარამეტრებით --trust "{ $fingerprint }" და --role (ნაგულისხმევად network: მისი გამოგზავნილი საქმეში ვერაფერს ცვლის).
sync-cli-conflicts-none = ღია კონფლიქტები არ არის.
sync-cli-conflict-line = { $code } { $path }: ჩვენი { $ours } ({ $ours_author }, { $ours_at }); მათი { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = „{ $path }“ გადაწყდა საქმეში { $code }.
sync-cli-deleted-value = (წაშლილია)
sync-cli-export-stats-done = სტატისტიკის პაკეტი ჩაიწერა: { $path } (ცენტრები: { $centres }, ჩანაწერები: { $records }).
sync-cli-import-snapshot = { $centre }, ანაჭერი № { $seq }, ჩანაწერები: { $records }: { $standing ->
    [new] ახალი ცენტრი, დაითვალა.
    [replaced] ცვლის მის ძველ ანაჭერს.
    [older] არსებულზე ძველია; არაფერი შეცვლილა.
   *[same] უკვე არსებობს; არაფერი შეცვლილა.
}
sync-cli-import-stats-summary = სტატისტიკა გამომგზავნისგან { $signer } ({ $fingerprint }), ანაჭრები: { $centres }. არცერთ საქმეს არ შეხებია.
bundle-error-not-outreach = ეს საცავი აუთრიჩ მუშაობისთვის არ არის მომზადებული: მას გასაგზავნი საქაღალდე არ აქვს.
bundle-error-not-a-receipt = ეს ფაილი ამ ლეპტოპის ცენტრის ქვითარი არ არის, ან შეცვლილია. არაფერი დადასტურებულა.
