# Sozlamalar va xavfsizlik.

settings-button = Sozlamalar
settings-title = Sozlamalar
settings-back = Ishlarga qaytish
settings-saved = Saqlandi.
settings-language-title = Til
settings-language-awaits-review = Dasturchilar tarjima qilgan; ona tili soʻzlashuvchisi hali tekshirmagan.
settings-safety-title = Xavfsizlik
settings-idle-label = Shuncha vaqt harakatsizlikdan keyin seyfni qulflash
settings-idle-minutes = { $count ->
    [one] { $count } daqiqa
   *[other] { $count } daqiqa
}
settings-idle-seconds = { $count ->
    [one] { $count } soniya
   *[other] { $count } soniya
}
settings-idle-hint = Vaqt tugaganda seyf qulflanadi va barcha ishlar ekrandan yoʻqoladi.
settings-show-name-label = Oyna sarlavhasida «Casebook» nomini koʻrsatish
settings-show-name-hint = Odatda oʻchirilgan: oyna «Qaydlar» deb ataladi, shuning uchun ekranga bir qarashda unda nima borligi bilinmaydi.
settings-quick-exit-title = Tezkor chiqish
settings-quick-exit-text = Esc tugmasini ikki marta tez (bir soniya ichida) bosing: oyna darhol yoʻqoladi, seyf qulflanadi va dastur yopiladi. Davom etish uchun dasturni qayta ishga tushiring va seyfni oching.
settings-passphrases-title = Maxfiy iboralar va tiklash kaliti
settings-passphrase-count = { $count ->
    [one] Bu seyf { $count } ta maxfiy ibora va tiklash kaliti bilan ochiladi.
   *[other] Bu seyf { $count } ta maxfiy ibora va tiklash kaliti bilan ochiladi.
}
settings-current-hint = Har bir oʻzgartirishda joriy maxfiy iborangiz qayta soʻraladi, shuning uchun qarovsiz qolgan ochiq kompyuter ularni oʻzgartirish uchun yetarli emas.
settings-change = Maxfiy iboramni oʻzgartirish
settings-add = Yana bir maxfiy ibora qoʻshish
settings-remove = Maxfiy iborani oʻchirish
settings-recovery = Yangi tiklash kaliti yaratish
settings-current-label = Joriy maxfiy ibora
settings-new-label = Yangi maxfiy ibora
settings-remove-label = Oʻchiriladigan maxfiy ibora
settings-cancel = Bekor qilish
settings-confirm = Tasdiqlash
settings-busy = Bajarilmoqda…
settings-done-change = Maxfiy ibora oʻzgartirildi. Bundan buyon yangisidan foydalaning.
settings-done-add = Yangi maxfiy ibora qoʻshildi. Endi ikkalasi ham seyfni ochadi.
settings-done-remove = Maxfiy ibora oʻchirildi. U endi seyfni ochmaydi.
settings-done-recovery = Yangi tiklash kaliti oʻrnatildi. Eskisi endi seyfni ochmaydi.
settings-recovery-written = Yangi kalitni yozib oldim
settings-seen = Maxfiy iboramni begona koʻrgan boʻlishi mumkin
settings-seen-intro = Yangi maxfiy ibora tanlang. Seyfga yangi kalit ham beriladi, shuning uchun eski maxfiy ibora endi hech narsani ochmaydi — hatto diskda qolib ketgan kalit faylining eski nusxasini ham. Yangi tiklash kaliti bir marta koʻrsatiladi.
settings-rekey-label = Seyf kalitini ham almashtirish (kalit faylining eski nusxalari yaroqsiz boʻladi)
settings-rekey-hint = Faqat siz yozgan joriy maxfiy ibora qoladi va siz yozib olish uchun yangi tiklash kalitini olasiz. Hamkasblarning ulushlari ham ishlamay qoladi.
settings-rekey-drops = { $count ->
    [one] Boshqa bitta maxfiy ibora ishlamay qoladi; qolishi kerak boʻlsa, keyin uni qaytadan qoʻshing.
   *[other] Boshqa { $count } ta maxfiy ibora ishlamay qoladi; qolishi kerak boʻlsa, keyin ularni qaytadan qoʻshing.
}
settings-done-rekey = Seyfga yangi kalit berildi. Kalit faylining eski nusxalari va ulardagi har qanday maxfiy ibora yoki tiklash kaliti endi hech narsani ochmaydi. Hamkasblarning ulushlari ham hech narsani ochmaydi: markazga kerak boʻlsa, yangi boʻlish qiling.
settings-erase-title = Favqulodda oʻchirish
settings-erase-text = Bu kompyuterdagi shu seyfning kalitlari va fayllarini darhol va butunlay yoʻq qiladi. Shundan keyin hech kim ishlarni tiklay olmaydi, hatto maxfiy ibora yoki tiklash kaliti bilan ham. Hamkasblarga allaqachon yuborilgan ishlar ularda qoladi.
settings-erase-word = TOZALASH
settings-erase-label = Tasdiqlash uchun { $word } deb yozing
settings-erase-word-wrong = Oʻchirishni tasdiqlash uchun { $word } deb yozing.
settings-erase-button = Seyfni hozir oʻchirish
settings-erased = Seyf oʻchirildi. Quyida yangi, boʻsh seyf yaratishingiz mumkin.
settings-unlock-with-recovery = Buning oʻrniga tiklash kalitidan foydalanish
settings-unlock-with-passphrase = Buning oʻrniga maxfiy iboradan foydalanish
settings-unlock-recovery-hint = Kalitni qogʻozda yozilganidek kiriting; boʻshliqlar va chiziqchalar ahamiyatga ega emas.
settings-error-bad-setting = Bu sozlama bunday qiymatni qabul qila olmaydi.
