## Hamkasblar oʻrtasida boʻlingan tiklash siri: kartalar, buyruq satri, Sozlamalar
## va ochish oynasi.

share-card-title = Tiklash ulushi: { $total } tadan { $n }-si
share-card-rule = { $total } ta ulushdan istalgan { $k } tasi birgalikda seyfni ochadi. Kamrogʻi hech narsani ochmaydi.
share-card-fingerprint = Seyfning barmoq izi
share-card-made = Yaratilgan sana
share-card-share = Ulush
share-card-check = Faqat harflar va 2 dan 7 gacha raqamlar. Yozishdan oldin ekrandagi seyf barmoq izini shu kartadagisi bilan solishtiring.
share-card-howto = Bu kartadan qanday foydalanish kerak
share-card-step-keep = Bu kartani kompyuterdan va boshqa kartalardan uzoqda, xavfsiz joyda saqlang. Uni suratga olmang, nusxalamang va boshqa hech bir qurilmaga yozmang.
share-card-step-open = Agar maxfiy iborani biladigan hech kim seyfni ocha olmasa, { $k } nafar hamkasb kartalarini kompyuter oldiga olib keladi. Ochish oynasida «Hamkasblar ulushlari bilan ochish» bandini tanlang va har bir ulushni yozing. Chiziqchalar, boʻshliqlar, kichik yoki bosh harflar ahamiyatga ega emas.
share-card-step-new = Shundan soʻng dastur yangi maxfiy ibora soʻraydi.
share-card-step-lost = Agar bu karta yoʻqolsa yoki uni begona koʻrgan boʻlishi mumkin boʻlsa, boshqalarga ayting: boʻlishni bekor qilib, qaytadan qilish mumkin, shunda eski kartalar hech narsani ochmaydi.
share-card-kept-by = Saqlovchi:
share-file-note = Tiklash ulushi: { $total } tadan { $n }-si; istalgan { $k } tasi { $fingerprint } seyfini ochadi. Yaratilgan sana: { $date }

cli-recovery-split-done = Boʻlish amalga oshirildi: { $n } ta ulushdan istalgan { $k } tasi { $fingerprint } seyfini ochadi. Avvalgi boʻlish endi ishlamaydi.
cli-recovery-split-card = { $number }-ulush: karta { $card }, fayl { $file }
cli-recovery-split-advice = Har bir kartani chop eting va har birini boshqa-boshqa hamkasbga bering, keyin fayllarni oʻchiring: dastur hech bir ulushning nusxasini saqlamaydi.
cli-recovery-revoked = Boʻlish bekor qilindi: uning ulushlari endi hech narsani ochmaydi.
cli-recovery-none = Bu seyfda boʻlish yoʻq; hech narsa oʻzgartirilmadi.
cli-rekey-split-dropped = Hamkasblarning ulushlari endi hech narsani ochmaydi (seyfga yangi kalit berildi). Markazga kerak boʻlsa, yangi boʻlish qiling.
cli-error-shares-count = «recovery split» buyrugʻiga nechta ulush yaratishni --shares N koʻrinishida bering (2 dan 10 gacha).

unlock-shares-mode = Hamkasblar ulushlari bilan ochish
unlock-shares-title = Hamkasblar ulushlari bilan ochish
unlock-shares-intro = Maxfiy iborani biladigan hech kim seyfni ocha olmasa, tiklash ulushlari bor hamkasblar uni birgalikda ocha oladi. Har bir ulushni kartasidan yozing yoki uning faylini yuklang. Keyin yangi maxfiy ibora tanlang.
unlock-shares-fingerprint = Bu seyfning barmoq izi:
unlock-share-label = { $n }-ulush
unlock-share-load = Fayldan yuklash…
unlock-share-add = Yana ulush qoʻshish
unlock-shares-check = Ulushlarni tekshirish
unlock-shares-ok = Ulushlar bu seyfni ochadi. U uchun yangi maxfiy ibora tanlang; bundan buyon seyf shu ibora bilan ochiladi.
unlock-shares-new-passphrase = Yangi maxfiy ibora
unlock-shares-open = Ochish va shu maxfiy iborani saqlash
unlock-shares-back = Maxfiy iboraga qaytish

shares-title = Hamkasblar oʻrtasida boʻlingan tiklash
shares-intro = Tiklash sirini ishonchli hamkasblar oʻrtasida boʻling: maxfiy ibora yoʻqolsa, ularning istalgan K nafari birgalikda seyfni ocha oladi; kamrogʻi hech narsa bilmaydi. Har biriga chop etilgan karta beriladi. Maxfiy ibora va qogʻozdagi tiklash kaliti oʻzgarmaydi.
shares-status = Hamkasblarda ulushlar bor: { $n } tadan istalgan { $k } tasi seyfni ochadi (yaratilgan sana: { $date }).
shares-status-none = Hamkasblar oʻrtasida hali ulushlar yoʻq.
shares-split = Hamkasblar oʻrtasida boʻlish…
shares-split-again = Qaytadan boʻlish…
shares-revoke = Ulushlarni bekor qilish
shares-threshold = Ochish uchun kerakli ulushlar (K)
shares-total = Jami ulushlar (N)
shares-plan = { $n } nafar hamkasbdan istalgan { $k } nafari birgalikda seyfni ochadi; { $k ->
        [2] bittasi yolgʻiz hech narsani ochmaydi.
       *[other] { $k } nafardan kamrogʻi hech narsani ochmaydi.
    }
shares-replaces = Hamkasblarning hozirgi kartalari ishlamay qoladi.
shares-save-cards = Kartalarni saqlash…
shares-busy = Kartalar tayyorlanmoqda…
shares-cancel = Bekor qilish
shares-written = Boʻlish amalga oshirildi: { $n } ta ulushdan istalgan { $k } tasi { $fingerprint } seyfini ochadi.
shares-card-line = { $number }-karta ({ $card }, { $file } bilan birga): uni { $number }-hamkasbga bering, boshqa hech kimga emas.
shares-advice = Har bir kartani chop eting va har birini boshqa-boshqa hamkasbga shaxsan bering. Keyin fayllarni bu kompyuterdan va fleshkadan oʻchiring: dastur hech bir ulushning nusxasini saqlamaydi.
shares-revoked = Ulushlar bekor qilindi: hamkasblarning kartalari endi hech narsani ochmaydi.
shares-none = Bekor qilish uchun boʻlish yoʻq edi.
unlock-shares-old-passphrase = Eski maxfiy ibora ishlashda davom etadi. Agar uni boshqa birov bilishi mumkin boʻlsa (u hamkasbdan bosim ostida olingan boʻlishi mumkin), keyin Sozlamalarni oching va «Maxfiy iboramni begona koʻrgan boʻlishi mumkin» bandini tanlang: seyfga yangi kalit beriladi, eski maxfiy ibora va hamkasblarning kartalari ishlamay qoladi.
