## Dasturning almashish oynasi: kontaktlar, eksport, import, ziddiyatlar.

sync-button = Almashish
sync-title = Ishlar almashish
sync-back = Ishlarga qaytish
sync-intro = Ishlar kompyuterlar oʻrtasida shifrlangan paket fayllarida — fleshkada yoki messenjerdagi ilova sifatida — koʻchiriladi. Ularni faqat siz tanlagan odamlar ocha oladi.
sync-tab-import = Import qilish
sync-tab-export = Eksport qilish
sync-tab-contacts = Kontaktlar
sync-tab-conflicts = Ziddiyatlar
sync-list-conflict = ziddiyat

# Jarayon
sync-phase-starting = Boshlanmoqda…
sync-phase-selecting = Ishlar tekshirilmoqda…
sync-phase-writing = Paket yozilmoqda…
sync-phase-reading = Paket shifrdan chiqarilmoqda va tekshirilmoqda…
sync-phase-applying = Bu seyf bilan birlashtirilmoqda…
sync-phase-done = Yakunlanmoqda…
sync-size-b = { $n } bayt
sync-size-kb = { $n } Kb
sync-size-mb = { $n } Mb
sync-size-gb = { $n } Gb

# Rollar
sync-role-own-device = Oʻz qurilmasi
sync-role-centre-hub = Markaz tuguni
sync-role-lawyer = Advokat
sync-role-outreach = Autrich xodimining noutbuki
sync-role-network = Tarmoq
sync-role-own-device-hint = Sizning yoki jamoangizning boshqa kompyuteri: toʻliq yozuvlarni oladi va istalgan ishni oʻzgartirishi yoki oʻchirishi mumkin. Bu rolni berish uchun uning barmoq izidagi olti soʻzni yozasiz.
sync-role-centre-hub-hint = Ishlarni toʻplaydigan markaz: toʻliq yozuvlarni oladi, ish qoʻshishi va oʻzgartirishi mumkin. Bu rolni berish uchun uning barmoq izidagi olti soʻzni yozasiz.
sync-role-lawyer-hint = Faqat jabrlanuvchi advokatga berishga rozi boʻlgan ishlarni oladi; uning ismini oshkor qilishga roziligi boʻlmasa, shaxsni aniqlaydigan maʼlumotlarsiz. Faqat koʻrilgan choralar va qaydlarni qaytarib yuborishi mumkin, boshqa hech narsani.
sync-role-outreach-hint = Autrich xodimining dala noutbuki: ish yozuvlarini olmaydi; uning paketlari faqat yangi ishlar qoʻsha oladi va mavjud ishlarda hech narsani oʻzgartirmaydi. Bu rolni berish uchun uning barmoq izining olti soʻzini kiriting.
sync-role-network-hint = Ish yozuvlarini olmaydi, faqat shaxsi aniqlanmaydigan statistikani oladi; u yuborgan hech narsa ishni oʻzgartirmaydi. Har bir yangi kontakt shu roldan boshlanadi.

# Kontaktlar: mening kartam
sync-my-card-title = Sizning kontakt kartangiz
sync-my-card-intro = Bu kartani sizga paket yuboradigan odamlarga bering. Ular uni kontakt sifatida qoʻshadi; shundan keyin ular siz uchun tayyorlagan paketlar faqat shu kompyuterda ochiladi.
sync-my-name-label = Sizning yoki markazingizning boshqalarga koʻrinadigan nomi
sync-my-name-hint = Kartangizda, paketlaringizda va siz hal qilgan ziddiyatlarda koʻrsatiladi. Bu kompyuterda saqlanmaydi.
sync-fingerprint-label = Barmoq izi (bu soʻzlarni telefonda solishtiring)
sync-my-card-text-label = Karta matni
sync-card-copy = Matnni nusxalash
sync-card-save = Fayl sifatida saqlash…
sync-card-copied = Karta matni nusxalandi.
sync-card-saved = Karta saqlandi.

# Kontaktlar: qoʻshish
sync-add-title = Kontakt qoʻshish
sync-add-intro = Birovning kontakt kartasi matnini joylashtiring yoki u sizga bergan karta faylini tanlang.
sync-add-paste-label = Kontakt kartasi matni
sync-add-choose-file = Karta faylini tanlash…
sync-card-unreadable = Bu toʻliq kontakt kartasi emas. Kartani butunlay, «casebook contact card v1» qatoridan barmoq izi qatorigacha nusxalang.
sync-card-file-unreadable = Bu fayl kontakt kartasi emas.
sync-add-compare = Bu soʻzlarni telefonda bir-biringizga oʻqib bering. Faqat ular mos kelsa kontaktni qoʻshing.
sync-contact-name-label = Nomi
sync-contact-role-label = Roli
sync-add-submit = Kontaktni qoʻshish
sync-contact-added = «{ $name }» kontaktlarga qoʻshildi.
sync-contact-added-role = «{ $name }» kontaktlarga «{ $role }» roli bilan qoʻshildi.
sync-typed-words-label = Kontaktingiz sizga oʻqib bergan barmoq izidagi olti soʻz
sync-typed-words-hint = Ularni oʻzingiz yozing; bu ekrandan nusxalamang. Bu rol toʻliq yozuvlarni oladi, shuning uchun soʻzlar oʻsha odamning oʻzidan, telefonda yoki yuzma-yuz olinishi kerak.
sync-summary-role = Joʻnatuvchi «{ $role }» roli huquqlariga ega edi.

# Kontaktlar: roʻyxat
sync-contacts-title = Kontaktlar
sync-contacts-empty = Hozircha kontaktlar yoʻq. Ishlar almashadigan markaz, advokat yoki hamkasbning kartasini qoʻshing.
sync-contact-added-at = qoʻshilgan: { $when }
sync-rename = Nomini oʻzgartirish
sync-rename-label = { $name } nomini oʻzgartirish
sync-rename-submit = Nomni saqlash
sync-contact-renamed = Kontakt endi «{ $name }» deb ataladi.
sync-remove = Oʻchirish
sync-remove-label = Oʻchirish: { $name }
sync-remove-question = «{ $name }» kontakti oʻchirilsinmi? Siz endi u uchun paket tayyorlay olmaysiz, uning paketlari esa yana tasdiqlashni soʻraydi.
sync-remove-keep = Qoldirish
sync-remove-confirm = Kontaktni oʻchirish
sync-contact-removed = «{ $name }» kontaktlardan oʻchirildi.

# Eksport
sync-export-title = Ishlarni paketga eksport qilish
sync-export-intro = Paketni kim ocha olishini va qaysi ishlar kirishini tanlang. Ularga yuborib boʻlmaydigan ishlar biror narsa yozilishidan oldin sababi bilan koʻrsatiladi.
sync-export-to = Paketni kim ocha oladi
sync-export-to-contacts = Kontaktlar
sync-export-no-contacts = Hozircha kontaktlar yoʻq: «Kontaktlar» boʻlimida kontakt qoʻshing yoki maxfiy iboradan foydalaning.
sync-export-to-passphrase = Maxfiy iborani biladigan har qanday odam
sync-export-passphrase-hint = Maxfiy iborani qabul qiluvchiga paketdan boshqa yoʻl bilan (shaxsan yoki telefonda) ayting.
sync-export-passphrase-label = Paketning maxfiy iborasi
sync-export-pass-role-label = Qaysi rol qoidalari qoʻllaniladi
sync-export-which = Qaysi ishlar
sync-export-all = Barcha ishlar
sync-export-since-last = Shu kontaktlarga oxirgi eksportimdan keyin oʻzgarganlar
sync-export-since-last-hint = Faqat tanlangan har bir kontaktga oxirgi marta paket yuborganingizdan keyin yangi yoki oʻzgargan ishlar.
sync-export-since-last-needs-contacts = Faqat paket kontaktlar uchun boʻlganda mumkin.
sync-export-chosen = Men tanlagan ishlar
sync-export-search-label = Ishlarni topish (kod, taxallus, istalgan soʻz)
sync-export-chosen-count = { $count ->
    [0] Hali birorta ham ish tanlanmagan.
    [one] { $count } ta ish tanlandi.
   *[other] { $count } ta ish tanlandi.
}
sync-export-search-none = Mos ish yoʻq.
sync-export-search-more = { $total } tadan birinchi { $shown } tasi koʻrsatilgan; toraytirish uchun qidiring.
sync-export-attachments = Ilovalarni qoʻshish (fotosuratlar, hujjatlar)
sync-export-attachments-hint = Ularsiz paket ancha kichik boʻladi; taxallusli ishlar hech qachon ilovalar bilan yuborilmaydi.
sync-sender-name-hint = Qabul qiluvchilar bu nomni joʻnatuvchi sifatida koʻradi.
sync-export-need-recipient = Kamida bitta kontaktni yoki maxfiy iborani tanlang.
sync-export-need-cases = Kamida bitta ishni tanlang.
sync-plan-title = Nima yuboriladi
sync-plan-checking = Ishlar tekshirilmoqda…
sync-plan-cases = { $count ->
    [0] Birorta ham ish yuborilishi mumkin emas.
    [one] { $count } ta ish yuborilishi mumkin.
   *[other] { $count } ta ish yuborilishi mumkin.
}
sync-plan-pseudonymised = { $count ->
    [one] Ulardan { $count } tasi faqat taxallusli (shaxsni aniqlaydigan maʼlumotlarsiz).
   *[other] Ulardan { $count } tasi faqat taxallusli (shaxsni aniqlaydigan maʼlumotlarsiz).
}
sync-plan-attachments = { $count ->
    [one] { $count } ta ilova bilan ({ $size }).
   *[other] { $count } ta ilova bilan ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } ta ish yuborilishi mumkin emas:
   *[other] { $count } ta ish yuborilishi mumkin emas:
}
sync-plan-refused-more = …va yana { $count } ta
sync-plan-refused-show-all = Barcha ishlarni koʻrsatish
sync-refused-consent = «{ $role }» roli uchun «{ $destination }» roziligi kerak, u esa: { $state }
sync-refused-role = «{ $role }» roli ish yozuvlarini olmaydi, faqat shaxsi aniqlanmaydigan statistikani oladi
sync-refused-unreadable = ishni oʻqib boʻlmaydi
sync-consent-state-given = berilgan
sync-consent-state-refused = rad etilgan
sync-consent-state-revoked = qaytarib olingan
sync-consent-state-missing = qayd etilmagan
sync-plan-nothing = Bu qabul qiluvchilarga birorta ham ish yuborilishi mumkin emas, shuning uchun yoziladigan narsa yoʻq.
sync-export-write = Paketni saqlash…
sync-export-writing = Yozilmoqda…
sync-export-done = Paket saqlandi: { $cases ->
    [one] { $cases } ta ish
   *[other] { $cases } ta ish
}, { $attachments ->
    [one] { $attachments } ta ilova
   *[other] { $attachments } ta ilova
}, { $size }.
sync-export-done-refused = { $count ->
    [one] Yuqorida koʻrsatilganidek, { $count } ta ish kiritilmadi.
   *[other] Yuqorida koʻrsatilganidek, { $count } ta ish kiritilmadi.
}

# Import
sync-import-title = Paketni import qilish
sync-import-intro = Sizga kelgan paket faylini tanlang. Biror narsa oʻzgarishidan oldin u toʻliq tekshiriladi; shikastlangan yoki oʻzgartirilgan paket hech narsani oʻzgartirmaydi.
sync-import-choose = Paket faylini tanlash…
sync-import-file = Fayl: { $name }
sync-import-passphrase-title = Bu paket maxfiy ibora bilan himoyalangan
sync-import-passphrase-text = Joʻnatuvchi sizga aytgan maxfiy iborani kiriting.
sync-import-open = Ochish va import qilish
sync-import-unchanged = Bu seyfda hech narsa oʻzgartirilmadi.
sync-signer-title = Nomaʼlum joʻnatuvchi
sync-signer-text = Bu paket siz kontakt sifatida qoʻshmagan kompyuterda tayyorlangan: «{ $name }». Joʻnatuvchidan telefonda yoki shaxsan barmoq izini oʻqib berishni soʻrang va uni quyidagi soʻzlar bilan solishtiring:
sync-signer-no-name = nomsiz
sync-signer-warning = Agar soʻzlar farq qilsa, import qilmang: paket siz oʻylagan odamdan kelmagan boʻlishi mumkin.
sync-signer-add = Joʻnatuvchini kontaktlarimga ham qoʻshish
sync-signer-reject = Import qilmaslik
sync-signer-accept = Soʻzlar mos keladi: import qilish
sync-summary-title = Import yakunlandi
sync-summary-from = Joʻnatuvchi: «{ $name }», barmoq izi
sync-summary-from-self = Joʻnatuvchi: shu kompyuterning oʻzi, barmoq izi
sync-summary-added = Qoʻshildi
sync-summary-updated = Yangilandi
sync-summary-conflicts = Ziddiyatlar
sync-summary-skipped = Allaqachon bor
sync-summary-rejected = Rad etildi
sync-summary-attachments = { $count ->
    [one] { $count } ta yangi ilova.
   *[other] { $count } ta yangi ilova.
}
sync-summary-rejected-title = Rad etilgan ishlar
sync-rejected-unreadable-record = ish mazmunini bu dastur oʻqiy olmaydi
sync-rejected-role-may-not-add = joʻnatuvchining roli bu seyfga ish qoʻsha olmaydi
sync-rejected-role-may-not-delete = joʻnatuvchining roli ishlarni oʻchira olmaydi
sync-rejected-role-may-not-change = joʻnatuvchining roli bu maydonlarni oʻzgartira olmaydi (advokat faqat koʻrilgan choralar va qaydlarni oʻzgartira oladi)
sync-summary-cases-title = Bu paketdagi barcha ishlar ({ $count })
sync-summary-cases-more = …va yana { $count } ta.
sync-summary-attention-title = Tekshirish kerak boʻlgan ishlar
sync-outcome-added = qoʻshildi
sync-outcome-fast-forward = yangilandi
sync-outcome-merged = shu yerda kiritilgan oʻzgarishlar bilan birlashtirildi
sync-outcome-merged-conflicts = { $count ->
    [one] birlashtirildi; ikkala tomonda oʻzgartirilgan { $count } ta maydon boʻyicha qaror qabul qilishingiz kerak
   *[other] birlashtirildi; ikkala tomonda oʻzgartirilgan { $count } ta maydon boʻyicha qaror qabul qilishingiz kerak
}
sync-outcome-edit-kept-over-delete = bir tomonda oʻchirilgan, boshqa tomonda tahrirlangan: tahrirlangan ish saqlab qolindi; iltimos, tekshiring
sync-outcome-skipped = yangilik yoʻq
sync-summary-conflicts-text = { $count ->
    [one] { $count } ta maydon bu yerda va joʻnatuvchida har xil oʻzgartirilgan. Hech narsa yoʻqolmaydi: siz qaror qilguningizcha ikkala qiymat ham saqlanadi.
   *[other] { $count } ta maydon bu yerda va joʻnatuvchida har xil oʻzgartirilgan. Hech narsa yoʻqolmaydi: siz qaror qilguningizcha ikkala qiymat ham saqlanadi.
}
sync-summary-resolve = Ziddiyatlarni hal qilish

# Ziddiyatlar
sync-conflicts-title = Hal qilinishi kerak boʻlgan ziddiyatlar
sync-conflicts-intro = Bir maydon ikki kompyuterda har xil oʻzgartirilgan. Ishda qaysi qiymat qolishini tanlang yoki toʻgʻrisini yozing. Tanlovingiz yangi versiya sifatida qoʻshiladi; ikkala eski qiymat ham tarixda qoladi.
sync-conflicts-empty = Ziddiyatlar yoʻq. Hammasi muammosiz birlashtirildi.
sync-conflict-whole-case = butun ish
sync-conflict-edit-vs-delete = Bir tomon bu ishni oʻchirgan, boshqasi tahrirlagan. Siz qaror qilguningizcha tahrirlangan ish saqlanadi.
sync-conflict-choose = { $field } uchun qiymat
sync-conflict-ours = Shu yerdagi qiymatni qoldirish
sync-conflict-theirs = Joʻnatuvchining qiymatini olish
sync-conflict-typed = Boshqa qiymat yozish
sync-conflict-typed-label = { $field } uchun yangi qiymat
sync-conflict-by = muallif: { $author }, { $when }
sync-conflict-deleted = (ish oʻchirilgan)
sync-conflict-edited = (tahrirlangan ish)
sync-conflict-empty = (boʻsh)
sync-conflict-yes = ha
sync-conflict-no = yoʻq
sync-conflict-resolve = Hal qilish
sync-conflict-resolved = { $code } ishidagi «{ $field }» hal qilindi.
sync-summary-stats = Statistika paketi. Kesimlar: { $count }. Bu ombordagi birorta ishga tegilmadi.
sync-summary-snapshot = { $centre } — yozuvlar: { $records } — { $standing ->
    [new] yangi markaz, hisobga olindi
    [replaced] uning eskiroq kesimini almashtiradi
    [older] mavjudidan eskiroq, hech narsa oʻzgarmadi
   *[same] allaqachon bor, hech narsa oʻzgarmadi
}
