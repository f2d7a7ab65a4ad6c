# Ish oynasi (ui/src/screens/CaseView.svelte), ilovalar, qoralamalar roʻyxati va
# shakllarda umumiy ishlatiladigan soʻzlar (cw-…).

cv-new-case = Yangi ish
cv-intake-title = Qabul suhbati
cv-drafts = { $count ->
    [one] Davom ettirish kerak boʻlgan bitta suhbat
   *[other] Davom ettirish kerak boʻlgan { $count } ta suhbat
}
cv-draft-unnamed = (taxallus hali yoʻq)
cv-draft-stopped = «{ $step }» bosqichida toʻxtatilgan, { $time }

cv-back = Roʻyxatga qaytish
cv-updated = Oxirgi oʻzgarish: { $time }, { $author }
cv-sealed-notice = Bu ish dalil sifatida muhrlangan. Har bir oʻzgarish uchun sabab koʻrsatilishi kerak, u ish tarixida saqlanadi.
cv-status-title = Holati
cv-change-status = Holatini oʻzgartirish
cv-seal = Muhrlash
cv-unseal = Muhrni ochish va oʻzgartirish
cv-seal-reason = Nima uchun muhrlanmoqda
cv-unseal-reason = Nima uchun muhr olinmoqda
cv-reason-required = Avval sababni yozing.
cv-saved = Yangi versiya sifatida saqlandi.
cv-views = Ishni koʻrish usullari
cv-tab-case = Ish
cv-tab-history = Tarix ({ $count })
cv-edit = Tahrirlash
cv-editing = Tahrirlanmoqda: { $section }
cv-reason = Oʻzgartirish sababi (ixtiyoriy)
cv-reason-sealed = Muhrlangan ishni oʻzgartirish sababi
cv-save = Saqlash
cv-cancel = Bekor qilish
cv-edit-kept-at = Saqlanmagan tahrir seyfda saqlab qoʻyildi: { $time }
cv-edit-not-kept-yet = Hali hech narsa oʻzgarmadi
cv-resume-title = Saqlanmagan tahrir saqlab qolingan
cv-resume-text = «{ $section }» boʻlimining tahriri ({ $time }) versiya sifatida saqlanmagan. Uni tekshirib saqlash uchun davom ettiring yoki bekor qiling.
cv-resume-changed = Bu tahrir boshlangandan keyin ish yana saqlangan. Tahrirni saqlasangiz, boshqa barcha boʻlimlardagi oʻsha oʻzgarishlar saqlanib qoladi; bu boʻlim esa tahrirdagi holatida saqlanadi.
cv-resume-yes = Tahrirni davom ettirish
cv-resume-discard = Tahrirni bekor qilish
cv-resume-discarded = Saqlanmagan tahrir bekor qilindi.
cv-nothing-recorded = Hech narsa qayd etilmagan.
cv-identity-recorded = qayd etilgan (bu yerda koʻrsatilmaydi)
cv-revoked = qaytarib olingan: { $date }
cv-deadline = muddat: { $date }
cv-due = bajarish sanasi: { $date }
cv-overdue = muddati oʻtgan
cv-done = bajarildi: { $date }
cv-done-short = bajarildi
cv-due-title = Keyingi qadamlar va muddatlar
cv-complaint-deadline = Shikoyat muddati: { $body }

cv-kind-create = Yaratildi
cv-kind-edit = Oʻzgartirildi
cv-kind-delete = Oʻchirildi
cv-kind-merge = Birlashtirildi
cv-by = muallif: { $author }
cv-reason-was = Sabab: { $reason }
cv-changes = Oʻzgargan maydonlar
cv-field = Maydon
cv-before = Oldin
cv-after = Keyin
cv-created-with = { $count ->
    [one] Bitta maydon bilan yaratildi.
   *[other] { $count } ta maydon bilan yaratildi.
}

cv-attachments = Ilovalar
cv-attachments-empty = Hali fayl ilova qilinmagan.
cv-attach-choose = Fayl qoʻshish…
cv-attach-drop = yoki fayllarni shu oynaga tortib tashlang.
cv-attaching = Fayl seyfga qoʻshilmoqda…
cv-attachment-added = «{ $name }» qoʻshildi.
cv-sha256 = SHA-256 xesh
cv-received = Qabul qilingan
cv-captured = Olingan
cv-description = Tavsif
cv-view = Koʻrsatish
cv-close = Yopish
cv-export = Nusxasini eksport qilish…
cv-exported = Nusxa saqlandi. U shifrlanmagan: uni xavfsiz joyda saqlang.
cv-image-of = Ilova qilingan rasm: { $name }

cw-yes = Ha
cw-no = Yoʻq
cw-not-recorded = — qayd etilmagan —
cw-other-note = Nima ekanini yozing
cw-remove = Oʻchirish
cw-country = Mamlakat
cw-region = Hudud
cw-settlement = Shahar yoki qishloq
cw-place = Joy
cw-eeca = Sharqiy Yevropa va Markaziy Osiyo
cw-other-countries = Boshqa mamlakatlar
cw-date-precision = Aniqlik
cw-date-value = Sana
cw-date-from = Qachondan
cw-date-to = Qachongacha
cw-date-shape-exact = YYYY-OO-KK
cw-date-shape-month = YYYY-OO
cw-date-shape-year = YYYY
cw-date-hint = { $shape } koʻrinishida yozing.
cw-bytes = { $n } bayt
cw-kib = { $n } Kb
cw-mib = { $n } Mb
