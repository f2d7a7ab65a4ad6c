# Dastur interfeysi. Kutubxonalarning xato xabarlari errors.ftl faylida.

app-name = Qaydlar
loading = Ochilmoqda…

language-label = Til
# Tillar nomi oʻz tilida yoziladi, barcha fayllarda bir xil.
language-en = English
language-ru = Русский
language-uk = Українська
language-ka = ქართული
language-kk = Қазақша
language-ky = Кыргызча
language-ro = Română
language-hy = Հայերեն
language-az = Azərbaycan
language-tg = Тоҷикӣ
language-uz = Oʻzbekcha
language-be = Беларуская

lock-button = Qulflash
lock-done = Seyf qulflandi. U qayta ochilmaguncha siz qayd etgan hech narsa koʻrinmaydi.

## Seyf yaratish

create-title = Yangi seyf yaratish
create-intro = Siz qayd etgan hamma narsa shu kompyuterda shifrlangan holda saqlanadi. Faqat oʻzingiz biladigan maxfiy ibora tanlang: bir-biriga bogʻliq boʻlmagan bir nechta soʻzni eslab qolish oson, topish esa qiyin.
passphrase-label = Maxfiy ibora
passphrase-repeat-label = Maxfiy iborani takrorlang
passphrase-too-short = Maxfiy ibora { $min ->
        [one] kamida { $min } ta belgidan
       *[other] kamida { $min } ta belgidan
    } yoki uch va undan ortiq harfli kamida { $words } ta soʻzdan iborat boʻlishi kerak.
passphrase-mismatch = Ikki maxfiy ibora bir xil emas.
passphrase-rule = { $min ->
        [one] Kamida { $min } ta belgi
       *[other] Kamida { $min } ta belgi
    } yoki uch va undan ortiq harfli kamida { $words } ta soʻz ishlating.
passphrase-strength-weak = Mustahkamligi: zaif. Bir-ikki soʻz qoʻshing yoki taklif qilingan iboradan foydalaning.
passphrase-strength-fair = Mustahkamligi: oʻrtacha. Yana bitta soʻz uni mustahkam qiladi.
passphrase-strength-strong = Mustahkamligi: yuqori.
passphrase-suggest = Ibora taklif qilish
passphrase-suggested-intro = Taklif qilingan maxfiy ibora, endi ikkala maydonda:
passphrase-suggested-hint = Uni yodlab oling yoki qogʻozga yozib, qogʻozni bu kompyuterdan uzoqda saqlang. U boshqa hech qayerda saqlanmaydi; yoqmasa, boshqasini soʻrang.
create-button = Seyf yaratish
create-busy = Seyf yaratilmoqda…

## Bir marta koʻrsatiladigan tiklash kaliti

recovery-cleared-on-lock = Tiklash kaliti yozib olinganini tasdiqlashingizdan oldin dastur qulflandi, shuning uchun kalit ekrandan olib tashlandi. Seyfni ochgandan keyin Sozlamalarda yangisini yarating.
recovery-title = Tiklash kalitingizni yozib oling
recovery-intro = Agar maxfiy iborani unutsangiz, seyfni faqat shu kalit bilan ochish mumkin. Uni hozir qogʻozga yozing va qogʻozni bu kompyuterdan uzoqda, xavfsiz joyda saqlang.
recovery-key-label = Tiklash kaliti
recovery-warning = Kalit boshqa koʻrsatilmaydi. Uni suratga olmang va bu kompyuterda saqlamang.
recovery-confirm = Tiklash kalitini yozib oldim va uni bu kompyuterdan uzoqda saqlayman
recovery-continue = Davom etish

## Seyfni ochish

unlock-title = Seyfni ochish
unlock-button = Ochish
unlock-busy = Ochilmoqda…

## Ishlar roʻyxati

cases-title = Ishlar
cases-count = { $count ->
    [0] Bu seyfda ishlar yoʻq
    [one] Bu seyfda { $count } ta ish
   *[other] Bu seyfda { $count } ta ish
}
cases-empty-title = Hozircha ishlar yoʻq
cases-empty-text = Siz qayd etgan yoki hamkasblardan olgan ishlar shu yerda koʻrsatiladi. Hammasi shu kompyuterda shifrlangan holda qoladi. Joyingizdan ketayotganda «Qulflash» tugmasini bosing.
case-code = Kod
case-pseudonym = Taxallus
case-status = Holati
cases-pages-label = Sahifalar
cases-page = { $pages } sahifadan { $page }-sahifa
cases-previous = Oldingi
cases-next = Keyingi

## Dasturning oʻzi chiqaradigan xatolar

ui-error-unexpected = Nimadir notoʻgʻri ketdi. Iltimos, qaytadan urinib koʻring.
ui-error-locked = Seyf qulflangan. Davom etish uchun uni oching.
ui-error-erased-meanwhile = Fayl tayyorlanayotganda seyf oʻchirib yuborildi. Fayl olib tashlandi.
ui-error-chosen-file-forgotten = Dastur tanlangan faylni endi bilmaydi. Iltimos, uni qaytadan tanlang.
ui-error-no-vault-dir = Bu kompyuterda seyf uchun jild yoʻq. Dasturni --vault parametri va jild bilan ishga tushiring.
ui-error-unknown-language = «{ $lang }» tili mavjud emas.
ui-error-settings-not-saved = Tilni eslab qolib boʻlmadi: { $detail }
network-lock-unavailable = Bu kompyuter dasturni tarmoqdan ajratib turuvchi qulfni rad etdi. Dastur ishlaydi, lekin tarmoqqa hech narsa chiqmasligini oʻzi kafolatlay olmaydi; dasturdan foydalanayotganda kompyuterni tarmoqdan uzib qoʻying.
network-lock-ok = Tushundim
