# საქმეების სია: ძებნა, ფილტრები, დალაგება, სტრიქონები.

list-search-label = ძებნა
list-search-placeholder = კოდი, ფსევდონიმი, ადგილი, სიტყვები მონათხრობიდან…
list-search-hint = ყველა აკრეფილი სიტყვა საქმეში უნდა იყოს; სიტყვის ნაწილებიც გამოდგება.
list-filters-legend = ფილტრები
list-filters-toggle = { $count ->
    [0] ფილტრები
   *[other] ფილტრები (არჩეულია: { $count })
}
list-filter-any = ნებისმიერი
list-filter-status = სტატუსი
list-filter-from = ინციდენტი არაუადრეს
list-filter-to = ინციდენტი არაუგვიანეს
list-filter-period-placeholder = მაგ. 2026-03
list-filter-period-invalid = ჩაწერეთ წელი, წელი და თვე, ან სრული თარიღი, მაგ. 2026-03.
list-filter-place = რეგიონი
list-filter-act = ქმედების სახე
list-filter-agency = უწყება
list-filter-consent = თანხმობა გაცემულია
list-filter-due = შემდგომი ნაბიჯი
list-filter-due-overdue = ვადაგადაცილებული
list-filter-due-week = 7 დღის განმავლობაში
list-filter-due-month = 30 დღის განმავლობაში
list-filters-clear = ფილტრების გასუფთავება
list-sort-label = დალაგება
list-sort-updated-desc = ბოლო ცვლილება, ჯერ ახალი
list-sort-updated-asc = ბოლო ცვლილება, ჯერ ძველი
list-sort-incident-desc = ინციდენტის თარიღი, ჯერ ახალი
list-sort-incident-asc = ინციდენტის თარიღი, ჯერ ძველი
list-sort-code-asc = კოდი, ზრდადობით
list-sort-code-desc = კოდი, კლებადობით
list-sort-due-asc = შემდგომი ნაბიჯი, ჯერ უახლოესი
list-found = { $count ->
    [0] საქმე ვერ მოიძებნა
    [one] მოიძებნა { $count } საქმე
   *[other] მოიძებნა { $count } საქმე
}
list-found-capped = ნაჩვენებია { $count } საქმე { $cap } ბოლოს ჩაწერილი დამთხვევიდან. ეს სიტყვები სხვა საქმეებშიც გვხვდება: ძებნის დასავიწროებლად დაამატეთ სიტყვები ან ფილტრები.
list-col-date = ინციდენტის თარიღი
list-col-place = ადგილი
list-col-acts = ძირითადი ქმედებები
list-col-due = შემდგომი ნაბიჯი
list-overdue = ვადაგადაცილებული
list-more-acts = +{ $count }
list-open-hint = საქმის გასახსნელად აირჩიეთ მისი კოდი.
list-empty-first-step = პირველი საქმის ჩასაწერად ფანჯრის ზედა ნაწილში აირჩიეთ „ახალი საქმე“. აუცილებელია მხოლოდ ფსევდონიმი და დოკუმენტირებაზე თანხმობა; ყველა სხვა კითხვის გამოტოვება შეიძლება.
list-no-match-title = შესაბამისი საქმე არ არის
list-no-match-text = ძებნასა და ფილტრებს არცერთი საქმე არ შეესაბამება. სცადეთ ნაკლები სიტყვა ან გაასუფთავეთ ფილტრები.
list-no-match-plain = შესაბამისი საქმე არ არის.
