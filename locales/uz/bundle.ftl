## Paketlar: kompyuterlar oʻrtasida qoʻlda sinxronlash, kontaktlar, ziddiyatlar.

# Omborning sinxronlash qismidagi xatolar.
sync-error-revision-id-mismatch = { $revision } versiyasi oʻz mazmuniga mos kelmaydi. Paket oʻzgartirilgan yoki shikastlangan; hech narsa import qilinmadi.
sync-error-revision-case-mismatch = { $revision } versiyasi boshqa ishga tegishli. Hech narsa import qilinmadi.
sync-error-missing-parent = { $revision } versiyasi uchun avvalgi versiya ({ $parent }) kerak, lekin u na paketda, na bu seyfda bor. Hech narsa import qilinmadi.
sync-error-malformed-revision = { $revision } versiyasi notoʻgʻri formatda. Hech narsa import qilinmadi.
sync-error-unknown-head = Paketda { $case } ishining oxirgi versiyasi ({ $revision }) yoʻq. Hech narsa import qilinmadi.
sync-error-blob-hash-mismatch = { $sha256 } ilovasi oʻz barmoq iziga mos kelmaydi. Hech narsa import qilinmadi.
sync-error-blob-size-mismatch = { $sha256 } ilovasi { $declared } bayt boʻlishi kerak, lekin { $actual } bayt. Hech narsa import qilinmadi.
sync-error-contact-exists = «{ $name }» nomli yoki xuddi shu kalitli kontakt allaqachon bor.
sync-error-contact-name-empty = Kontaktga nom berish kerak.
sync-error-contact-not-found = «{ $name }» nomli kontakt yoʻq.
sync-error-invalid-role = «{ $role }» rol emas. own-device, centre-hub, lawyer yoki network rollaridan birini yozing.
sync-error-conflict-not-found = { $case } ishida «{ $path }» maydonida ochiq ziddiyat yoʻq.
sync-error-bad-content = { $case } ishining mazmunini oʻqib boʻlmaydi.
sync-error-fingerprint-needed = Oʻz qurilmalari va markaz tuguni toʻliq yozuvlarni oladi. Bu rolni berish uchun kontaktingiz sizga oʻqib bergan barmoq izining olti soʻzini yozing.
sync-error-fingerprint-mismatch = Siz yozgan soʻzlar bu kontaktning barmoq iziga mos kelmaydi. Ularni kontaktingiz bilan telefonda yoki yuzma-yuz qaytadan solishtiring.
sync-error-not-permitted = { $case } ishi: bu roldagi joʻnatuvchi { $change ->
    [role-may-not-add] ish qoʻsha olmaydi
    [role-may-not-delete] ishlarni oʻchira olmaydi
   *[other] bu maydonlarni oʻzgartira olmaydi
  }.

# Paketlar bilan bogʻliq xatolar.
bundle-error-not-for-us = Bu paket boshqa odam uchun tayyorlangan. Uni bu qurilmaning kaliti bilan ochib boʻlmaydi.
bundle-error-wrong-passphrase = Maxfiy ibora bu paketni ochmaydi. Hech narsa import qilinmadi.
bundle-error-passphrase-needed = Bu paket maxfiy ibora bilan himoyalangan. Import qilish uchun uni kiriting.
bundle-error-work-factor-too-high = Bu paketni ochish haddan tashqari koʻp ish talab qiladi (2^{ $required }; koʻpi bilan 2^{ $max } qabul qilinadi). U ochishga urinmasdan rad etildi.
bundle-error-not-a-bundle = Bu fayl Casebook paketi emas.
bundle-error-damaged = Paket shikastlangan yoki toʻliq emas (ehtimol, nusxa olish toʻxtab qolgan). Hech narsa import qilinmadi; uni qaytadan nusxalang.
bundle-error-unsupported-version = Bu paket formatning { $version }-versiyasida yozilgan, bu dastur uni bilmaydi. Dasturni yangilang.
bundle-error-bad-signature = Paketning imzosi uning mazmuniga mos kelmaydi. U soxtalashtirilgan boʻlishi mumkin; hech narsa import qilinmadi.
bundle-error-unknown-signer = Paket siz qoʻshmagan qurilma tomonidan imzolangan: «{ $name }», barmoq izi { $fingerprint }. Import qilishdan oldin barmoq izini joʻnatuvchi bilan (telefonda) solishtiring.
bundle-error-unsafe-path = Paketda xavfli yoki kutilmagan fayl nomi bor: { $path }. Hech narsa import qilinmadi.
bundle-error-unlisted-entry = Paketda { $path } bor, lekin imzolangan roʻyxatda u tilga olinmagan. Hech narsa import qilinmadi.
bundle-error-missing-entry = Paketda { $path } yoʻq, lekin imzolangan roʻyxatda u koʻrsatilgan. Hech narsa import qilinmadi.
bundle-error-size-mismatch = { $path } eʼlon qilingan { $declared } bayt oʻrniga { $actual } bayt. Hech narsa import qilinmadi.
bundle-error-hash-mismatch = { $path } imzolangan roʻyxatdagi barmoq iziga mos kelmaydi. Hech narsa import qilinmadi.
bundle-error-uncited-attachment = { $path } — paketdagi hech bir ish murojaat qilmaydigan ilova. Hech narsa import qilinmadi.
bundle-error-too-large = { $path } ruxsat etilganidan katta ({ $limit } bayt). Hech narsa import qilinmadi.
bundle-error-bad-case-file = Paketdagi { $path } faylini ish sifatida oʻqib boʻlmaydi. Hech narsa import qilinmadi.
bundle-error-bad-manifest = Paket tarkibi roʻyxati notoʻgʻri: { $problem ->
    [not-json] uni oʻqib boʻlmaydi.
    [attachment-hash] ilova nomi uning mazmuniga mos kelmaydi.
    [entry-twice] bitta fayl ikki marta koʻrsatilgan.
    [case-without-entry] ish oʻz faylisiz koʻrsatilgan.
    [entry-without-case] ish fayli ishlar roʻyxatida yoʻq.
    [case-differs] ish fayli roʻyxatda u haqida aytilganga mos kelmaydi.
    [snapshot-differs] statistika fayli roʻyxatda u haqida aytilganga mos kelmaydi.
    [mixed-kind] unda boshqa turdagi paket fayllari bor.
   *[other] undan foydalanib boʻlmaydi.
}
bundle-error-bad-card = Kontakt kartasini oʻqib boʻlmaydi: { $problem ->
    [header] kartaning birinchi qatori yoʻq.
    [age-key] uning shifrlash kaliti yoʻq yoki shikastlangan.
    [sign-key] uning imzo kaliti yoʻq yoki shikastlangan.
    [file] faylni ochib boʻlmaydi.
    [too-large] fayl kontakt kartasi boʻlishi uchun juda katta.
    [not-text] fayl matn emas.
   *[other] u shikastlangan.
}
bundle-error-card-fingerprint-mismatch = Kontakt kartasidagi barmoq izi uning kalitlariga mos kelmaydi. Bu kartadan foydalanmang; uni qaytadan soʻrang.
bundle-error-no-recipients = Kamida bitta kontaktni yoki maxfiy iborani tanlang.
bundle-error-since-last-needs-contact = «Oxirgi eksportdan keyin oʻzgarganlar» faqat kontaktlarga eksport qilganda ishlaydi.
bundle-error-nothing-to-export = Bu paketga birorta ham ish kira olmaydi.
bundle-error-passphrase-too-short = Paketning maxfiy iborasi { $min ->
        [one] kamida { $min } ta belgidan
       *[other] kamida { $min } ta belgidan
    } yoki uch va undan ortiq harfli kamida { $words } ta soʻzdan iborat boʻlishi kerak.
bundle-error-write = Paketni yozib boʻlmadi: { $detail }. Chala fayl qoldirilmadi.

# Nima uchun ish paketga kirmadi.
bundle-refused-consent = { $role } roli uchun «{ $destination }» roziligi kerak (hozir: { $state })
bundle-refused-role = { $role } roli ish yozuvlarini olmaydi, faqat shaxsi aniqlanmaydigan statistikani oladi
bundle-refused-unreadable = ishni oʻqib boʻlmaydi

# Buyruq satri.
sync-cli-prompt-bundle-passphrase = Paketning maxfiy iborasi
sync-cli-contact-added = { $name } ({ $role }) qoʻshildi. Barmoq izi: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Hozircha kontaktlar yoʻq.
sync-cli-export-done = Paket yozildi: { $path }. Ishlar — { $cases }, ilovalar — { $attachments }.
sync-cli-export-nothing = Bu qabul qiluvchilarga birorta ham ish yuborilishi mumkin emas; fayl yozilmadi.
sync-cli-export-plan = Eksport qilinadigan ishlar: { $cases }, ilovalar: { $attachments }; yuborib boʻlmaydiganlari: { $refused }. Hech narsa yozilmadi.
sync-cli-export-refused = { $code }: eksport qilinmadi, { $reason }.
sync-cli-import-summary = Joʻnatuvchi: { $signer } ({ $fingerprint }, { $role } roli huquqlari bilan). Natija: qoʻshildi — { $added }, yangilandi — { $updated }, ziddiyatlar — { $conflicts }, oʻtkazib yuborildi — { $skipped }, rad etildi — { $rejected }.
sync-cli-import-rejected = { $case }: rad etildi ({ $reason }).
sync-cli-trust-hint = Agar bu barmoq izi joʻnatuvchi sizga oʻqib bergan bilan bir xil boʻlsa, --trust "{ $fingerprint }" va --role bilan qaytadan import qiling (standart rol — network: u yuborgan hech narsa ishni oʻzgartirmaydi).
sync-cli-conflicts-none = Ochiq ziddiyatlar yoʻq.
sync-cli-conflict-line = { $code } { $path }: bizda { $ours } ({ $ours_author }, { $ours_at }); ularda { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = { $code } ishidagi «{ $path }» hal qilindi.
sync-cli-deleted-value = (oʻchirilgan)
sync-cli-export-stats-done = Statistika paketi yozildi: { $path } (markazlar: { $centres }, yozuvlar: { $records }).
sync-cli-import-snapshot = { $centre }, № { $seq } kesim, yozuvlar: { $records }: { $standing ->
    [new] yangi markaz, hisobga olindi.
    [replaced] uning eskiroq kesimini almashtiradi.
    [older] mavjudidan eskiroq; hech narsa oʻzgarmadi.
   *[same] allaqachon bor; hech narsa oʻzgarmadi.
}
sync-cli-import-stats-summary = { $signer } yuborgan statistika ({ $fingerprint }), kesimlar: { $centres }. Birorta ishga tegilmadi.
bundle-error-not-outreach = Bu ombor autrich ishi uchun sozlanmagan: unda chiquvchi quti yoʻq.
bundle-error-not-a-receipt = Bu fayl ushbu noutbuk markazining tilxati emas yoki oʻzgartirilgan. Hech narsa tasdiqlanmadi.
