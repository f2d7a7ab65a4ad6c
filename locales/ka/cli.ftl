## ბრძანების სტრიქონი `casebook`.

cli-prompt-passphrase = საიდუმლო ფრაზა
cli-prompt-new-passphrase = ახალი საიდუმლო ფრაზა
cli-prompt-repeat-passphrase = გაიმეორეთ ახალი საიდუმლო ფრაზა
cli-prompt-recovery-key = აღდგენის გასაღები
cli-init-done = საცავი შეიქმნა აქ: { $path }.
cli-recovery-key-intro = აღდგენის გასაღები (ნაჩვენებია მხოლოდ ახლა; ჩაწერეთ ქაღალდზე და შეინახეთ ამ კომპიუტერისგან მოშორებით):
cli-passphrase-done = საიდუმლო ფრაზები განახლდა.
cli-prompt-keep-passphrase = საიდუმლო ფრაზა, რომელიც რჩება
cli-rekey-done = საცავს ახალი გასაღები აქვს. გასაღების ფაილის ძველი ასლები, მათში არსებული ნებისმიერი საიდუმლო ფრაზით თუ აღდგენის გასაღებით, ახლა აღარაფერს ხსნის.
cli-rekey-dropped = { $count ->
        [one] ერთმა სხვა საიდუმლო ფრაზამ შეწყვიტა მუშაობა; თუ საჭიროა, ხელახლა დაამატეთ ბრძანებით `passphrase add`.
       *[other] { $count } სხვა საიდუმლო ფრაზამ შეწყვიტა მუშაობა; თუ საჭიროა, ხელახლა დაამატეთ ისინი ბრძანებით `passphrase add`.
    }
cli-unlock-ok = ეს საიდუმლო ამ საცავს ხსნის.
cli-erased = საცავი წაიშალა. მისი გახსნა აღარასოდეს იქნება შესაძლებელი.
cli-demo-done = დაემატა { $count } სინთეზური საქმე.
cli-verify-ok = საცავი შემოწმდა: აუდიტის { $audit } ჩანაწერი და { $revisions } რედაქცია სწორია; მონაცემთა ბაზის მთლიანობა დაცულია.
cli-verify-audit-broken = აუდიტის ჟურნალი დარღვეულია ჩანაწერზე { $seq }.
cli-verify-bad-revision = რედაქცია { $revision } არ შეესაბამება თავის შინაარსს.
cli-verify-integrity = მონაცემთა ბაზის შემოწმება: { $detail }
cli-case-header = საქმე { $code } ({ $id }), რედაქცია { $revision }
cli-case-deleted = ეს საქმე წაშლილია.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = { $cap }-ზე მეტი საქმე ემთხვევა: მოძებნილია მხოლოდ { $cap } ბოლოს ჩაწერილ საქმეში. ძებნის დასავიწროებლად დაამატეთ სიტყვები.
cli-list-empty = საქმეები არ არის.
cli-list-total = ნაჩვენებია { $shown }, სულ { $total } { $total ->
        [one] საქმე
       *[other] საქმე
    }
cli-error-no-vault-dir = საცავის საქაღალდე მითითებული არ არის: გამოიყენეთ --vault DIR ან დააყენეთ CASEBOOK_VAULT.
cli-error-read-file = ვერ იკითხება { $path }: { $detail }
cli-error-bad-json = { $path } საქმის სწორი ფაილი არ არის: { $detail }
cli-error-passphrase-mismatch = ორი საიდუმლო ფრაზა ერთმანეთს არ ემთხვევა.
cli-error-no-secret = საიდუმლო ფრაზა მითითებული არ არის: დააყენეთ CASEBOOK_PASSPHRASE ან გაუშვით ტერმინალში.
cli-error-erase-needs-yes = წაშლა საცავს სამუდამოდ ანადგურებს; გაიმეორეთ პარამეტრით --yes.
cli-error-output = შედეგის ჩაწერა შეუძლებელია: { $detail }
cli-error-encode = შედეგის კოდირება ვერ მოხერხდა. გთხოვთ, შეგვატყობინოთ ამის შესახებ.

## casebook due
cli-due-none = შესასრულებელი არაფერია.
cli-due-overdue = ვადაგადაცილებული
cli-due-today = დღეს
cli-due-later = დაგეგმილი
cli-due-follow-up = შემდგომი ნაბიჯი
cli-due-complaint-deadline = საჩივრის ვადა
cli-due-forensic-window = სასამართლო-სამედიცინო ექსპერტიზა (დაზიანებები ჯერ კიდევ ჩანს)
cli-forensic-window = სასამართლო-სამედიცინო ექსპერტიზა უნდა ჩატარდეს ფიზიკური ძალადობის ინციდენტიდან { $days ->
        [one] { $days } დღის
       *[other] { $days } დღის
    } განმავლობაში.

# Outreach mode
cli-outreach-ready = აუთრიჩ ლეპტოპი ცენტრისთვის: { $centre }. პირველ საქმემდე შეადარეთ ცენტრთან ეს ექვსი სიტყვა: { $fingerprint }
    დასრულებული საქმე მაშინვე ილუქება ცენტრისთვის; ეს საიდუმლო ფრაზა მხოლოდ დაუსრულებელ მონახაზებს ხსნის.
cli-outreach-sealed = დალუქულია ცენტრისთვის; ქვითრის კოდი { $receipt }. ეს ლეპტოპი საქმეს ვეღარ წაიკითხავს.
cli-outbox-confirmed = დადასტურდა { $at }
cli-outbox-waiting = ელოდება ცენტრის ქვითარს
cli-outbox-total = დალუქული: { $count }
cli-outbox-exported = გასაგზავნი პაკეტი ჩაიწერა: { $path } (დალუქული საქმეები: { $count })
cli-outbox-confirmed-now = ცენტრმა დაადასტურა: { $count }; მათი დალუქული ასლები წაიშალა.
cli-outbox-receipt-written = ქვითარი ჩაიწერა: { $path } (საქმეები: { $count })
cli-error-outreach-no-cases = ეს აუთრიჩ საცავია: მასში წასაკითხი საქმე არ არის. დასრულებული საქმეები ცენტრისთვისაა დალუქული; იხ. „outbox list“.
