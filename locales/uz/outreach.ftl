# Autrich rejimi: har bir tugallangan hisobotni oʻz markazi uchun muhrlaydigan va
# uni qayta ocha olmaydigan dala noutbuki. Oddiy soʻzlar: buni autrich xodimlari
# oʻqiydi, koʻpincha kichik ekranda, baʼzan shoshib.

## Noutbukni sozlash (birinchi ekran)
os-offer = Bu dalaga chiqadigan autrich xodimining noutbukimi? Uni shunday sozlangki, har bir tugallangan hisobot markazingiz uchun muhrlansin va bu noutbuk uni qayta ocha olmasin.
os-offer-button = Autrich ishi uchun sozlash
os-title = Bu noutbukni autrich ishi uchun sozlash
os-intro = Bu noutbuk hisobotlarni qayd etadi va har bir tugallanganini markazingiz uchun muhrlaydi. Muhrlangan hisobotni faqat markaz ocha oladi; bu noutbuk ocha olmaydi, hatto oʻz maxfiy iborasi bilan ham.
os-card-step = 1. Markazingizning kontakt kartasi
os-card-label = Markazning kontakt kartasini shu yerga joylashtiring yoki karta faylini oching
os-centre = Markaz: { $centre }
os-compare = Markazga qoʻngʻiroq qiling va olti soʻzini oʻqib berishlarini soʻrang. Ular aynan shu soʻzlar boʻlishi kerak:
os-words-label = Markaz oʻqib bergan olti soʻzni yozing
os-passphrase-step = 2. Bu noutbuk uchun maxfiy ibora
os-coercion = Bu maxfiy ibora faqat siz hali tugallamagan hisobotlarni ochadi. Tugallangan hisobot { $centre } uchun muhrlangan: uni bu noutbukda hech kim ocha olmaydi — na siz, na sizni noutbukni ochishga majburlagan odam.
os-back = Orqaga: buning oʻrniga oddiy seyf
os-create = Bu noutbukni sozlash

## Autrich bosh sahifasi
or-title = Dala hisobotlari
or-intro = Siz tugallagan hisobotlar { $centre } uchun muhrlanadi. Bu noutbuk ularni qayta ocha olmaydi.
or-sealed-now = { $centre } uchun muhrlandi. Bu noutbuk endi hisobotni ocha olmaydi.
or-receipt-code = Tilxat kodi
or-new-quick = Yangi tezkor hisobot
or-new-full = Toʻliq shakldagi yangi hisobot
or-drafts = Hali tugallanmagan
or-no-drafts = Tugallanmagan hisobotlar yoʻq.
or-stale = { $count ->
    [one] Bitta hisobot bir kundan ortiq kutib turibdi. Muhrlanishi uchun uni tugallang: shu vaqtgacha bu noutbukning maxfiy iborasi uni ochadi.
   *[other] { $count } ta hisobot bir kundan ortiq kutib turibdi. Muhrlanishi uchun ularni tugallang: shu vaqtgacha bu noutbukning maxfiy iborasi ularni ochadi.
}
or-outbox = Markaz uchun muhrlanganlar
or-outbox-hint = Bu yerda faqat tilxat kodi saqlanadi. Faylni markazga olib boring; markaz sizga tilxat beradi va u tasdiqlagan muhrlangan nusxalar bu noutbukdan oʻchiriladi.
or-outbox-empty = Hali hech narsa muhrlanmagan.
or-sealed-at = Muhrlangan
or-state = Markaz
or-waiting = markaz tilxatini kutmoqda
or-confirmed-at = markaz qabul qildi ({ $time })
or-export = { $count ->
    [0] Markazga olib boradigan hech narsa yoʻq
    [one] Muhrlangan hisobotni markaz uchun saqlash…
   *[other] { $count } ta muhrlangan hisobotni markaz uchun saqlash…
}
or-export-file-name = markaz-uchun
or-exported = { $count ->
    [one] Bitta muhrlangan hisobot saqlandi. Faylni markazga olib boring.
   *[other] { $count } ta muhrlangan hisobot bitta faylga saqlandi. Uni markazga olib boring.
}
or-take-receipt = Markaz tilxatini qabul qilish…
or-confirmed = { $count ->
    [0] Tilxat hech qanday yangi narsani tasdiqlamaydi.
    [one] Markaz bitta hisobotni tasdiqladi; uning muhrlangan nusxasi bu noutbukdan oʻchirildi.
   *[other] Markaz { $count } ta hisobotni tasdiqladi; ularning muhrlangan nusxalari bu noutbukdan oʻchirildi.
}
or-centre-words-title = Bu noutbuk hisobotlarni muhrlaydigan markaz: { $centre }
or-centre-words = Markazning olti soʻzi:

## Tezkor hisobot
qr-title = Tezkor hisobot
in-step-quick = Tezkor hisobot
qr-seal-note = Tugallaganingizda hisobot { $centre } uchun muhrlanadi. Shundan soʻng bu noutbuk uni qayta ocha olmaydi.
qr-consent = U bilan nima boʻlgani yozib olinib, markazga berilishiga u rozimi?
qr-consent-hint = Buni hammasidan oldin soʻrang. Boshqa foydalanishlar (advokat, statistika, BMT) markazda yoki toʻliq shaklda soʻraladi.
qr-consent-yes = Ha, rozi
qr-consent-no = Yoʻq
qr-who-she-is = U kim
qr-pseudonym = Uni qanday nom bilan atash mumkin
qr-pseudonym-hint = Laqab yoki kod, haqiqiy ismi emas.
qr-what = Nima boʻldi
qr-other-acts = Toʻliq shaklda ham qayd etilgan: { $acts }
qr-narrative = Nima boʻlgani, uning oʻz soʻzlari bilan
qr-narrative-hint = U qanday aytsa, shunday, uning tilida yozing.
qr-when-where = Qachon va qayerda
qr-when = Bu qachon sodir boʻldi?
qr-place-type = Qanday joy
qr-who = Kim qildi
qr-agency = Qaysi politsiya yoki xizmat
qr-how-many = Ular necha kishi edi
qr-injuries = Jarohatlar va fotosuratlar
qr-injuries-under = Koʻrinib turgan jarohatlar («{ $act }» ostida qayd etiladi)
qr-injuries-hint = Tananing qayerida, qanday koʻrinishda. Fotosuratlar pastda.
qr-injuries-first = Avval unga nima qilinganini belgilang; keyin uning jarohatlarini shu yerda qayd etishingiz mumkin.
qr-photos = Jarohatlar va hujjatlar fotosuratlari
qr-photos-after-save = Fotosuratlarni hisobot saqlangandan keyin qoʻshish mumkin (yozishni boshlaganingizdan bir oz oʻtib).
qr-finish-seal = Tugallash va markaz uchun muhrlash
qr-full-form = Toʻliq shaklni ochish

## Markazda: autrich noutbuklari uchun tilxatlar
sync-receipt = Tilxat…
sync-receipt-label = { $name } uchun tilxat yozish
sync-receipt-written = { $count ->
    [one] { $name } uchun tilxat saqlandi: u bitta muhrlangan hisobotni tasdiqlaydi. Faylni autrich xodimiga bering.
   *[other] { $name } uchun tilxat saqlandi: u { $count } ta muhrlangan hisobotni tasdiqlaydi. Faylni autrich xodimiga bering.
}
sync-summary-sealed = { $count ->
    [one] Autrich noutbukidan bitta muhrlangan hisobot qabul qilindi. Unga tilxatni kontaktlar roʻyxatidagi uning kontaktidan yozing.
   *[other] Autrich noutbukidan { $count } ta muhrlangan hisobot qabul qilindi. Unga tilxatni kontaktlar roʻyxatidagi uning kontaktidan yozing.
}

## Tizim oynalarining sarlavhalari
dialog-title-outbox-save = Muhrlangan hisobotlarni markaz uchun saqlash
dialog-title-receipt-open = Markaz tilxatini ochish
dialog-title-receipt-save = Tilxatni autrich noutbuki uchun saqlash
