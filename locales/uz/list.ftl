# Ishlar roʻyxati: qidiruv, filtrlar, saralash, qatorlar.

list-search-label = Qidiruv
list-search-placeholder = Kod, taxallus, joy, bayondagi soʻzlar…
list-search-hint = Siz yozgan har bir soʻz ishda uchrashi kerak; soʻzlarning bir qismi ham ishlaydi.
list-filters-legend = Filtrlar
list-filters-toggle = { $count ->
    [0] Filtrlar
   *[other] Filtrlar (tanlangan: { $count })
}
list-filter-any = Istalgan
list-filter-status = Holati
list-filter-from = Hodisa: qachondan
list-filter-to = Hodisa: qachongacha
list-filter-period-placeholder = masalan, 2026-03
list-filter-period-invalid = Yilni, yil va oyni yoki toʻliq sanani yozing, masalan, 2026-03.
list-filter-place = Hudud
list-filter-act = Harakat turi
list-filter-agency = Idora
list-filter-consent = Rozilik berilgan maqsad
list-filter-due = Keyingi qadam
list-filter-due-overdue = Muddati oʻtgan
list-filter-due-week = 7 kun ichida
list-filter-due-month = 30 kun ichida
list-filters-clear = Filtrlarni tozalash
list-sort-label = Saralash
list-sort-updated-desc = Oxirgi oʻzgarish, avval yangilari
list-sort-updated-asc = Oxirgi oʻzgarish, avval eskilari
list-sort-incident-desc = Hodisa sanasi, avval yangilari
list-sort-incident-asc = Hodisa sanasi, avval eskilari
list-sort-code-asc = Kod, A dan Z gacha
list-sort-code-desc = Kod, Z dan A gacha
list-sort-due-asc = Keyingi qadam, avval eng yaqini
list-found = { $count ->
    [0] Hech qanday ish topilmadi
    [one] { $count } ta ish topildi
   *[other] { $count } ta ish topildi
}
list-found-capped = Eng oxirgi qayd etilgan { $cap } ta mos ish ichidan { $count } tasi koʻrsatilgan. Bu soʻzlar boshqa ishlarda ham bor: qidiruvni toraytirish uchun soʻz yoki filtr qoʻshing.
list-col-date = Hodisa sanasi
list-col-place = Joy
list-col-acts = Asosiy harakatlar
list-col-due = Keyingi qadam
list-overdue = muddati oʻtgan
list-more-acts = +{ $count }
list-open-hint = Ishni ochish uchun uning kodini tanlang.
list-empty-first-step = Birinchi ishni qayd etish uchun oynaning yuqorisidagi «Yangi ish» tugmasini tanlang. Faqat taxallus va hujjatlashtirishga rozilik shart; boshqa har qanday savolni oʻtkazib yuborish mumkin.
list-no-match-title = Mos ish yoʻq
list-no-match-text = Qidiruv va filtrlarga mos ish yoʻq. Kamroq soʻz yozing yoki filtrlarni tozalang.
list-no-match-plain = Mos ish yoʻq.
