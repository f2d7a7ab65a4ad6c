## Seyf va kutubxonalar xatolari. Har bir identifikator «message_id» boʻyicha nomlangan.

error-wrong-secret = Maxfiy ibora yoki tiklash kaliti notoʻgʻri. Hech narsa oʻzgartirilmadi.
error-no-vault = Bu jildda hali seyf yoʻq.
error-vault-exists = Bu jildda seyf allaqachon bor; u oʻzgartirilmadi.
error-key-file-missing = Seyfning kalit fayli yoʻq. Usiz seyfni ochib boʻlmaydi; uni zaxira nusxadan tiklang.
error-key-file-damaged = Seyfning kalit fayli shikastlangan. Hech narsa oʻzgartirilmadi; kalit faylini zaxira nusxadan tiklang.
error-kdf-params-rejected = Kalit fayli ochish uchun aql bovar qilmaydigan darajada koʻp ish talab qiladi, shuning uchun rad etildi. U soxtalashtirilgan boʻlishi mumkin.
error-database-damaged = Seyfning maʼlumotlar bazasi shikastlangan yoki oʻzgartirilgan. Hech narsa oʻzgartirilmadi; uni zaxira nusxadan tiklang.
error-attachments-missing = Seyfning ilovalar fayli (attachments.db) yoʻq. Hech narsa oʻzgartirilmadi va yangidan yaratilmadi; uni zaxira nusxadan tiklang.
error-newer-schema = Bu seyf dasturning yangiroq versiyasida yozilgan (seyf versiyasi: { $found }; bu dastur biladigan versiya: { $known }). Dasturni yangilang; seyf oʻzgartirilmadi.
error-vault-locked-elsewhere = Seyf boshqa oynada yoki dasturda ochiq. Avval uni oʻsha yerda yoping.
error-disk-full = Disk toʻlgan. Hech narsa saqlanmadi; joy boʻshating va qaytadan urinib koʻring.
error-passphrase-too-short = Maxfiy ibora { $min ->
        [one] kamida { $min } ta belgidan
       *[other] kamida { $min } ta belgidan
    } yoki uch va undan ortiq harfli kamida { $words } ta soʻzdan iborat boʻlishi kerak.
error-last-slot = Bu yagona maxfiy ibora; uni oʻchirishdan oldin boshqasini qoʻshing.
error-rekey-unfinished = Seyf kalitini almashtirish toʻxtab qolgan. Uni boshlagan maxfiy ibora bilan oching; shunda almashtirish yakunlanadi.
error-rekey-needs-another-passphrase = Seyf kaliti almashtirilganda faqat tasdiqlash uchun yozgan maxfiy iborangiz qoladi. Oʻchirilayotganini emas, qoladigan maxfiy iborani yozing.
error-case-not-found = Bu seyfda «{ $case }» ishi yoʻq.
error-follow-up-not-found = «{ $case }» ishida endi { $n }-raqamli keyingi qadam yoʻq.
error-duplicate-code = { $case } ish kodi bu seyfda allaqachon ishlatilgan.
error-case-deleted = { $case } ishi oʻchirilgan.
error-sealed-needs-reason = Bu ish muhrlangan. Uni oʻzgartirish uchun sabab koʻrsating; sabab ish tarixida saqlanadi.
error-attachment-too-large = Fayl { $limit_mb } Mb chegarasidan katta, shuning uchun qoʻshilmadi.
error-attachment-changed = Fayl qoʻshilayotgan paytda oʻzgardi va qoʻshilmadi. Unga hech narsa yozmayotganda qaytadan qoʻshing.
error-attachment-not-found = Bu seyfda SHA-256 xeshi { $sha256 } boʻlgan ilova yoʻq.
error-revision-not-found = Bu seyfda { $revision } versiyasi yoʻq.
error-encode = Ishni seyf formatiga oʻtkazib boʻlmadi. Hech narsa saqlanmadi; iltimos, bu haqda xabar bering.
error-io = Faylni oʻqib yoki yozib boʻlmadi: { $detail }
error-database = Seyf xato haqida xabar berdi: { $detail }
error-unknown-language = Nomaʼlum til: { $lang }
error-bad-message-file = { $lang } tili uchun { $file } matnlar fayli buzilgan.
error-draft-not-found = Bu qoralama endi mavjud emas. U yakunlangan yoki bekor qilingan boʻlishi mumkin.
error-unknown-section = Dastur ishning oʻzi bilmaydigan qismini («{ $section }») saqlashni soʻradi. Hech narsa oʻzgartirilmadi.
error-no-documentation-consent = Uning hujjatlashtirishga roziligisiz ishni saqlab boʻlmaydi. Avval rozilik bosqichida bu haqda soʻrang.
error-split-out-of-range = Boʻlishda ochish uchun kamida 2 ta ulush, jami koʻpi bilan { $max } ta ulush boʻlishi kerak, va ochish uchun kerakli ulushlar yaratilganidan koʻp boʻlmasligi kerak (soʻralgan: { $n } tadan { $k } ta). Hech narsa oʻzgartirilmadi.
error-share-damaged = { $n }-ulush shikastlangan: biror belgi tushib qolgan yoki xato yozilgan. Uni kartasi bilan solishtiring. Hech narsa oʻzgartirilmadi.
error-share-of-another-vault = { $n }-ulush boshqa seyfga tegishli (kartasidagi barmoq izini solishtiring). Hech narsa oʻzgartirilmadi.
error-share-revoked = { $n }-ulush bekor qilingan yoki almashtirilgan boʻlishga tegishli; u endi hech narsani ochmaydi. Hech narsa oʻzgartirilmadi.
error-share-repeated = { $n }-ulush ikki marta kiritildi. Har bir hamkasbning ulushi bir marta hisoblanadi. Hech narsa oʻzgartirilmadi.
error-shares-too-few = { $given ->
        [one] Bitta ulush kiritildi
       *[other] { $given } ta ulush kiritildi
    }; bu seyfni ochish uchun { $needed } ta kerak. Hech narsa oʻzgartirilmadi.
error-shares-do-not-open = Har bir ulush toʻgʻri koʻrinadi, lekin birgalikda ular bu seyfni ochmaydi: ulardan biri soxta boʻlishi mumkin. Hech narsa oʻzgartirilmadi.
error-bad-snapshot = Bu statistika fayli dastur yozganidek emas: uni boshqa narsa yaratgan yoki oʻzgartirgan. Undan hech narsa saqlanmadi.
error-forensic-window-out-of-range = Sud-tibbiy ekspertiza muddati { $min } kundan { $max } kungacha boʻlishi kerak. Hech narsa oʻzgartirilmadi.
error-network-lock-unavailable = Bu kompyuter dasturni tarmoqdan ajratib turuvchi qulfni rad etdi ({ $detail }). Dastur ishlaydi, lekin tarmoqqa hech narsa chiqmasligini oʻzi kafolatlay olmaydi.
error-outreach-already = Bu ombor allaqachon autrich ishi uchun sozlangan.
error-outreach-has-cases = Autrich ishi uchun faqat yangi, boʻsh omborni sozlash mumkin: undagi mavjud ishlar oʻqiladigan boʻlib qolardi.
