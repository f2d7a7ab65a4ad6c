# Dasturdagi advokat uchun dosye: yaratish (ish oynasi) va tekshirish (ishlar roʻyxati).
# Identifikatorlar: cf-<nima>. Dosyening oʻz matni pdf.ftl faylida.

## Dosye yaratish
cf-open = Advokat uchun dosye (PDF)…
cf-title = Advokat uchun dosye
cf-intro = Ishning hozirgi holatidagi PDF fayli — uning advokati uchun. Yaratilgan har bir dosye seyfning audit jurnaliga yoziladi.
cf-lang = Dosye tili
cf-profile = Dosye nimani koʻrsatadi
cf-profile-full-hint = Ishdagi hamma narsa, jumladan uning ismi va aloqa maʼlumotlari. Ismini oshkor qilishga uning roziligi kerak.
cf-profile-pseudonymised-hint = Uning shaxsiga oid maʼlumotlar, guvohlarning aloqa maʼlumotlari va huquqbuzarlarning ismlari kiritilmaydi.
cf-unchecked-free-text = { $count ->
    [one] Erkin matnli bitta maydon
   *[other] Erkin matnli { $count } ta maydon
  } (bayonlar, qaydlar, xulosalar) faylda qoladi. Ulardan uning ismi, telefoni va tugʻilgan sanasi olib tashlangan, lekin boshqa odamlarning ismlarini dastur taniy olmaydi: faylni topshirishdan oldin ularni oʻqib chiqing.
cf-save = PDF sifatida saqlash…
cf-close = Yopish
cf-choosing = Ochilgan oynada faylni qayerga saqlashni tanlang.
cf-generating = Dosye tayyorlanmoqda…
cf-stage-loading = Ish oʻqilmoqda
cf-stage-photo = { $total } ta fotosuratdan { $done }-si tayyorlanmoqda
cf-stage-layout = Sahifalar joylashtirilmoqda
cf-stage-writing = Fayl yozilmoqda
cf-stage-done = Tayyor
cf-saved = «{ $name }» saqlandi ({ $pages ->
    [one] { $pages } sahifa
   *[other] { $pages } sahifa
}).
cf-saved-where = Jild: { $dir }
cf-unencrypted = PDF fayl shifrlanmagan: uni shaxsan yoki ishonchli kanal orqali topshiring va keraksiz nusxalarini oʻchirib tashlang.
# Tizimning saqlash oynasi sarlavhasi.
cf-save-title = Dosyeni saqlash

## Dosyeni tekshirish
cf-verify-open = Dosyeni tekshirish…
# Tizimning ochish oynasi sarlavhasi.
cf-verify-title = Tekshirish uchun dosyeni tanlang
cf-verify-heading = Dosyeni tekshirish
cf-verifying = Tekshirilmoqda…
cf-verify-ok = Bu fayl haqiqiy: u aynan shu seyfda ish boʻyicha saqlanayotgan maʼlumotga mos keladi.
cf-verify-bad = Bu fayl seyfga mos kelmaydi: u yaratilgandan keyin oʻzgartirilgan yoki bu seyf maʼlumotlaridan yaratilmagan.
cf-verify-issued = Audit jurnalida qayd etilishicha, bu seyf aynan shu faylni yaratgan (vaqti: { $time }).
cf-verify-not-issued = Audit jurnalida aynan shu baytlar uchun yozuv yoʻq (dasturning oldingi versiyalari yaratgan fayllarda bunday yozuv boʻlmaydi).
cf-verify-newer = Bu fayl yaratilgandan keyin ish oʻzgargan; yangi fayl oʻzgarishlarni koʻrsatadi.
cf-verify-failed = Faylni tekshirib boʻlmadi.
cf-verify-another = Boshqa faylni tekshirish…
cf-field-file = Fayl
cf-field-case = Ish
cf-field-revision = Versiya
cf-field-made = Yaratilgan
cf-field-lang = Til
cf-field-profile = Profil
cf-checks = Tekshiruvlar
cf-check-file-intact = Fayl yozilgandan beri birorta ham bayt oʻzgarmagan
cf-check-data-matches = Uning mazmuni seyfdagi versiyaga mos keladi
cf-check-audit-head = U koʻrsatgan audit jurnali yozuvi shu seyfda bor
cf-check-rendering = Seyfdan qayta yaratilganda xuddi shu baytlar hosil boʻladi
cf-check-passed = oʻtdi
cf-check-failed = oʻtmadi
cf-check-skipped = tekshirilmadi: dasturning boshqa versiyasida yaratilgan
