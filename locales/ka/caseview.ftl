# საქმის ხედი (ui/src/screens/CaseView.svelte), დანართები, მონახაზების სია და სიტყვები,
# რომლებსაც ფორმები იზიარებს (cw-…).

cv-new-case = ახალი საქმე
cv-intake-title = პირველადი გასაუბრება
cv-drafts = { $count ->
    [one] ერთი გასაუბრება გასაგრძელებელია
   *[other] { $count } გასაუბრება გასაგრძელებელია
}
cv-draft-unnamed = (ფსევდონიმი ჯერ არ არის)
cv-draft-stopped = შეჩერდა ეტაპზე „{ $step }“, { $time }

cv-back = სიაში დაბრუნება
cv-updated = ბოლო ცვლილება: { $time }, ავტორი: { $author }
cv-sealed-notice = ეს საქმე დალუქულია, როგორც მტკიცებულება. ყოველ ცვლილებას მიზეზი სჭირდება, რომელიც მის ისტორიაში ინახება.
cv-status-title = სტატუსი
cv-change-status = სტატუსის შეცვლა
cv-seal = დალუქვა
cv-unseal = ლუქის მოხსნა და შეცვლა
cv-seal-reason = რატომ არის დალუქული
cv-unseal-reason = რატომ იხსნება ლუქი
cv-reason-required = ჯერ მიუთითეთ მიზეზი.
cv-saved = შენახულია ახალ რედაქციად.
cv-views = საქმის ხედები
cv-tab-case = საქმე
cv-tab-history = ისტორია ({ $count })
cv-edit = რედაქტირება
cv-editing = რედაქტირება: { $section }
cv-reason = ცვლილების მიზეზი (არასავალდებულო)
cv-reason-sealed = დალუქული საქმის შეცვლის მიზეზი
cv-save = შენახვა
cv-cancel = გაუქმება
cv-edit-kept-at = შეუნახავი რედაქტირება საცავში შენარჩუნდა: { $time }
cv-edit-not-kept-yet = ჯერ არაფერი შეცვლილა
cv-resume-title = შეუნახავი რედაქტირება შენარჩუნდა
cv-resume-text = ნაწილის „{ $section }“ რედაქტირება ({ $time }) რედაქციად არ შენახულა. განაგრძეთ, რომ შეამოწმოთ და შეინახოთ, ან გააუქმეთ.
cv-resume-changed = ამ რედაქტირების დაწყების შემდეგ საქმე ხელახლა შეინახა. რედაქტირების შენახვისას ეს ცვლილებები ყველა სხვა ნაწილში შენარჩუნდება; ეს ნაწილი კი შეინახება ისე, როგორც რედაქტირებაშია.
cv-resume-yes = რედაქტირების გაგრძელება
cv-resume-discard = რედაქტირების გაუქმება
cv-resume-discarded = შეუნახავი რედაქტირება გაუქმდა.
cv-nothing-recorded = არაფერია ჩაწერილი.
cv-identity-recorded = ჩაწერილია (აქ არ ჩანს)
cv-revoked = გამოხმობილია { $date }
cv-deadline = ვადა: { $date }
cv-due = შესრულების თარიღი: { $date }
cv-overdue = ვადაგადაცილებულია
cv-done = შესრულდა { $date }
cv-done-short = შესრულდა
cv-due-title = შემდგომი ნაბიჯები და ვადები
cv-complaint-deadline = საჩივრის ვადა: { $body }

cv-kind-create = შეიქმნა
cv-kind-edit = შეიცვალა
cv-kind-delete = წაიშალა
cv-kind-merge = გაერთიანდა
cv-by = ავტორი: { $author }
cv-reason-was = მიზეზი: { $reason }
cv-changes = შეცვლილი ველები
cv-field = ველი
cv-before = მანამდე
cv-after = შემდეგ
cv-created-with = { $count ->
    [one] შეიქმნა ერთი ველით.
   *[other] შეიქმნა { $count } ველით.
}

cv-attachments = დანართები
cv-attachments-empty = ფაილები ჯერ არ არის დართული.
cv-attach-choose = ფაილის დამატება…
cv-attach-drop = ან გადმოიტანეთ ფაილები ამ ფანჯარაში.
cv-attaching = ფაილი ემატება საცავს…
cv-attachment-added = „{ $name }“ დაემატა.
cv-sha256 = SHA-256
cv-received = მიღებულია
cv-captured = გადაღებულია
cv-description = აღწერა
cv-view = ჩვენება
cv-close = დახურვა
cv-export = ასლის ექსპორტი…
cv-exported = ასლი შეინახა. ის დაშიფრული არ არის: შეინახეთ უსაფრთხოდ.
cv-image-of = დართული გამოსახულება { $name }

cw-yes = დიახ
cw-no = არა
cw-not-recorded = — არ არის ჩაწერილი —
cw-other-note = დააზუსტეთ
cw-remove = წაშლა
cw-country = ქვეყანა
cw-region = რეგიონი
cw-settlement = ქალაქი ან სოფელი
cw-place = ადგილი
cw-eeca = აღმოსავლეთ ევროპა და ცენტრალური აზია
cw-other-countries = სხვა ქვეყნები
cw-date-precision = სიზუსტე
cw-date-value = თარიღი
cw-date-from = დასაწყისი
cw-date-to = დასასრული
cw-date-shape-exact = წწწწ-თთ-დდ
cw-date-shape-month = წწწწ-თთ
cw-date-shape-year = წწწწ
cw-date-hint = ჩაწერეთ ფორმატით { $shape }.
cw-bytes = { $n } ბაიტი
cw-kib = { $n } კბ
cw-mib = { $n } მბ
