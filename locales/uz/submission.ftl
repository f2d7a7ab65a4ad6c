# Drafts of UN submissions (casebook-submission): one case to a Special Procedure,
# many cases to an annex for a treaty body or the UPR. Ids: sub-<what>.
# Field labels, vocabularies and rights' names come from pdf.ftl and vocab.ftl.
# "Alleged victim" (the UN forms' term) = «taxminiy jabrlanuvchi»; "communication" = «murojaat»;
# "submitting organisation" = «taqdim etuvchi tashkilot»; annex = «ilova».
# { $mechanism } is a full name in the nominative, before «uchun» or as a subject.

## Mechanisms
sub-mechanism-sr-torture = Qiynoqlar va boshqa shafqatsiz, gʻayriinsoniy yoki qadr-qimmatni kamsituvchi muomala va jazo turlari masalalari boʻyicha maxsus maʼruzachi
sub-mechanism-sr-vaw = Ayollar va qizlarga nisbatan zoʻravonlik, uning sabablari va oqibatlari masalalari boʻyicha maxsus maʼruzachi
sub-mechanism-wgad = Oʻzboshimchalik bilan ushlab turish masalalari boʻyicha ishchi guruh
sub-mechanism-sr-health = Har bir insonning erishish mumkin boʻlgan eng yuqori darajadagi jismoniy va ruhiy salomatlikka boʻlgan huquqi masalalari boʻyicha maxsus maʼruzachi
sub-thematic-cedaw = Xotin-qizlarga nisbatan kamsitishga barham berish boʻyicha qoʻmita (CEDAW): muqobil hisobot
sub-thematic-upr = Universal davriy sharh: manfaatdor tomon hisoboti
sub-kind-sr-torture = Daʼvo qilingan qoidabuzarliklar haqida xat yoki shoshilinch murojaat
sub-kind-sr-vaw = Individual murojaat
sub-kind-wgad = Individual murojaat (namunaviy soʻrovnoma)
sub-kind-sr-health = Individual murojaat

## The draft's frame
sub-title-communication = { $mechanism } uchun murojaat loyihasi
sub-title-thematic = Ilova loyihasi: { $report }
sub-banner = LOYIHA — YUBORILMAGAN — MAXFIY
sub-made = Casebook yordamida { $case } ishi asosida { $date } kuni tayyorlangan. Biror narsa yuborilishidan oldin advokat uni toʻldiradi, tekshiradi va imzolaydi.
sub-made-thematic = Casebook yordamida { $date } kuni tayyorlangan. Biror narsa yuborilishidan oldin advokat yoki tarmoq koordinatori uni toʻldiradi, tekshiradi va imzolaydi.
sub-language-note = Maxsus tartib-taomillar murojaatlarni ingliz, fransuz yoki ispan tilida qabul qiladi. Bu loyiha ichki koʻrib chiqish uchun: ingliz, fransuz yoki ispan tilidagi versiyasini yuboring.
sub-running-head = BMTga yuboriladigan hujjat loyihasi — maxfiy
sub-footer = Casebook · loyiha, yuborilmagan
sub-section = { $n }. { $title }

## Checklist
sub-checklist = Yuborishdan oldin: yana nimalarni toʻldirish kerak
sub-checklist-intro = Ishda bu maʼlumotlar yoʻq. Ularning har biri matnda «[toʻldirilishi kerak: …]» deb belgilangan; hech narsa taxmin bilan yozilmagan.
sub-checklist-none = Bu shakl soʻragan barcha maydonlar ish maʼlumotlaridan toʻldirilgan.
sub-checklist-always = Har doim tekshiring: faktlar uning oʻz bayoniga mosmi, huquqiy asoslash toʻgʻrimi va yuborish kuni uning roziligi hali kuchdami.
sub-missing = [toʻldirilishi kerak: { $what }]

## What the forms follow
sub-intro-sr-torture = Bu loyiha Qiynoqlar masalalari boʻyicha maxsus maʼruzachining individual daʼvolar uchun soʻrovnomasiga asoslangan: taxminiy jabrlanuvchi, davlat, faktlar (qachon, qayerda, kim tomonidan, nima qilingan va uning oqibatlari), mamlakat ichida koʻrilgan choralar va maʼlumot manbai.
sub-intro-sr-vaw = Bu loyiha Ayollarga nisbatan zoʻravonlik masalalari boʻyicha maxsus maʼruzachining individual murojaatlar uchun soʻrovnomasiga asoslangan: gap borayotgan ayol, davlat, zoʻravonlik (qachon, qayerda, kim tomonidan, uning shakli va oqibatlari), davlatning munosabati va maʼlumot manbai.
sub-intro-wgad = Bu loyiha Ishchi guruhning namunaviy soʻrovnomasiga asoslangan: gap borayotgan shaxs, ushlab turish, hibsda saqlash, ozodlikdan mahrum qilish nima uchun oʻzboshimchalik ekani va mamlakat ichida koʻrilgan choralar.
sub-intro-sr-health = Bu loyiha Sogʻliq huquqi masalalari boʻyicha maxsus maʼruzachining individual murojaatlar uchun soʻrovnomasiga asoslangan: gap borayotgan shaxs, davlat, faktlar, rad etilgan yoki majburan qoʻllangan tibbiy yordam, davolash va maʼlumotlar hamda mamlakat ichida koʻrilgan choralar.

## Sections
sub-sec-source = Taqdim etuvchi tashkilot (maxfiy)
sub-sec-victim = Taxminiy jabrlanuvchi
sub-sec-state = Tegishli davlat
sub-sec-facts = Faktlar: nima sodir boʻldi, qachon va qayerda
sub-sec-acts = Harakatlar va ularning oqibatlari
sub-sec-perpetrators = Taxminiy huquqbuzarlar
sub-sec-arrest = Ushlab turish
sub-sec-detention = Hibsda saqlash
sub-sec-arbitrary = Ozodlikdan mahrum qilish nima uchun oʻzboshimchalik hisoblanadi
sub-sec-health = Hibsdagi tibbiy yordam, davolash va maʼlumot
sub-sec-medical = Tibbiy hujjatlar
sub-sec-evidence = Taqdim etuvchi tashkilotda saqlanayotgan dalillar
sub-sec-remedies = Ichki huquqiy himoya vositalari: koʻrilgan choralar va hokimiyat organlarining javobi
sub-sec-rights = Daxldor huquqlar
sub-sec-consent = Rozilik va maxfiylik

## Fields
sub-field-organisation = Tashkilot
sub-field-contact = Mexanizm uchun aloqa
sub-field-state = Davlat
sub-field-name-used = Ushbu murojaatda qanday atalgan
sub-field-arrest-date = Ushlab turilgan sana
sub-field-arrest-place = Ushlab turilgan joy
sub-field-arrest-by = Ushlab turishni amalga oshirgan kuchlar
sub-field-warrant = Koʻrsatilgan qaror (order) yoki boshqa hujjat
sub-field-arrest-reasons = Aytilgan sabablar
sub-field-legal-basis = Tayanilgan huquqiy asos
sub-field-detention-place = Hibsda saqlangan joy
sub-source-confidential = Tashkilot haqidagi maʼlumotlar faqat mexanizm uchun moʻljallangan va davlatga berilmasligi kerak.
sub-evidence-intro = Tashkilotda quyidagi materiallar saqlanadi. Ular bu loyihaga ilova qilinmagan; keyinroq yuborilgan nusxa aynan shu fayl ekanini koʻrsatish mumkin boʻlishi uchun har biri SHA-256 xeshi bilan belgilangan.
sub-evidence-item = { $type }, { $date }
sub-evidence-item-undated = { $type }
sub-rights-intro = Casebook huquqlar jadvalidan: «daxldor» harakat normaning amal qilish doirasiga kirishini bildiradi; bu huquqbuzarlik ekanini advokat asoslaydi, mexanizm esa koʻrib chiqadi.
sub-health-intro = Ishda uning sogʻligʻi hamda u olgan yoki undan mahrum qilingan yordam haqida nimalar qayd etilgan.
sub-health-acts = Sogʻliq bilan bogʻliq harakatlar
sub-arbitrary-intro = Ishchi guruh ozodlikdan mahrum qilishni besh toifada oʻzboshimchalik deb hisoblaydi: (I) hech qanday huquqiy asosga tayanib boʻlmaydi; (II) u huquq va erkinliklardan foydalanish natijasidir; (III) adolatli sudlov kafolatlariga rioya qilinmagan; (IV) boshpana izlovchilar, immigrantlar yoki qochqinlarni uzoq muddat maʼmuriy hibsda saqlash; (V) kamsitish, jumladan jinsi yoki sogʻligʻi holati boʻyicha. Toifalarni advokat tanlaydi va ularni faktlar asosida asoslaydi.
sub-arbitrary-facts = Ishdagi bunga taalluqli faktlar
sub-remedies-none = Hech qanday shikoyat qayd etilmagan.

## Names of what is missing (inside “[to be completed: …]”)
sub-need-organisation = taqdim etuvchi tashkilot nomi
sub-need-contact = mexanizm uchun aloqa (elektron pochta yoki pochta manzili)
sub-need-state = tegishli davlat (hodisa sodir boʻlgan mamlakat)
sub-need-incident = hodisa (sana, joy va nima sodir boʻlgani)
sub-need-incident-date = hodisa sanasi
sub-need-place = hodisa joyi
sub-need-narrative = nima sodir boʻlgani haqida uning bayoni
sub-need-translation = uning bayoni tarjimasi
sub-need-acts = unga nisbatan nima qilingani
sub-need-consequences = uning jismoniy va ruhiy sogʻligʻi uchun oqibatlar
sub-need-perpetrators = huquqbuzarlar kimlar boʻlgani (idora, boʻlinma, unvon)
sub-need-medical = tibbiy koʻrik yoki u nima uchun oʻtkazilmagani
sub-need-remedies = mamlakat ichida berilgan shikoyatlar yoki shikoyat nima uchun berilmagani (taʼqibdan qoʻrquv, samarali himoya vositasining yoʻqligi)
sub-need-legal-name = uning toʻliq ism-familiyasi
sub-need-date-of-birth = uning tugʻilgan sanasi
sub-need-detention = u ushlab turilganmi, qayerda va qancha muddat
sub-need-warrant = qaror (order) yoki boshqa hujjat koʻrsatilganmi
sub-need-arrest-reasons = ushlab turish uchun aytilgan sabablar
sub-need-legal-basis = hokimiyat organlari tayangan huquqiy asos
sub-need-detention-place = hibsda saqlangan joy
sub-need-arbitrary = qoʻllaniladigan oʻzboshimchalik toifalari va asoslash
sub-need-health = uning hibsdagi sogʻliq ehtiyojlari (OOT, OIV davolash, boshqa yordam)
sub-need-public = ismi mexanizmning ochiq hisobotlarida koʻrsatilishiga rozimi

## Consent
sub-anonymous-label = A. xonim
sub-withheld = uning iltimosiga koʻra yashirilgan
sub-consent-anonymised = Uning shaxsi oʻz iltimosiga koʻra yashirilgan. U ushbu maʼlumotlar ismi koʻrsatilmagan holda quyidagi mexanizmga yuborilishiga rozi boʻlgan: { $mechanism }. Mexanizm taqdim etuvchi tashkilot bilan bogʻlanishi mumkin, tashkilot esa, agar u rozi boʻlsa, u bilan bogʻlana oladi.
sub-consent-anonymised-use = Hukumatga yuboriladigan individual murojaatda odatda taxminiy jabrlanuvchining shaxsi koʻrsatiladi; ismisiz bu maʼlumotlardan tizimli qoidabuzarliklar haqidagi xatlarda hamda mavzuviy va mamlakat hisobotlarida foydalanish mumkin.
sub-consent-named = U ushbu murojaatga oʻz ismi bilan rozi boʻlgan ({ $date } sanadagi rozilik, olgan: { $by }).
sub-consent-named-undated = U ushbu murojaatga oʻz ismi bilan rozi boʻlgan.
sub-consent-state = Ismi davlatga oshkor qilinishiga rozi
sub-consent-public = Ismi ochiq hisobotlarda koʻrsatilishiga rozi
sub-needs-named = { $mechanism } murojaatlarni hukumatga shaxsning kimligi bilan birga yuboradi: shaxsi davlatga maʼlum qilinishiga rozi boʻlgan, ismi koʻrsatilgan jabrlanuvchi kerak.

## Errors
sub-error-consent = { $state ->
    [refused] Jabrlanuvchi «BMTning maxsus tartib-taomillari» uchun rozilik bermagan ({ $consent }); loyiha yaratib boʻlmaydi. Hech qanday fayl yozilmadi.
    [revoked] Jabrlanuvchi «BMTning maxsus tartib-taomillari» uchun roziligini qaytarib olgan ({ $consent }); loyiha yaratib boʻlmaydi. Hech qanday fayl yozilmadi.
   *[missing] Bu ishda «BMTning maxsus tartib-taomillari» roziligi ({ $consent }) yoʻq; loyiha yaratishdan oldin uni qayd eting. Hech qanday fayl yozilmadi.
}
sub-error-needs-named = Oʻzboshimchalik bilan ushlab turish masalalari boʻyicha ishchi guruhga shaxsi davlatga maʼlum qilinishiga rozi boʻlgan, ismi koʻrsatilgan jabrlanuvchi kerak, uning roziligi ({ $consent }) esa anonim. Hech qanday fayl yozilmadi.
sub-error-unknown-mechanism = Nomaʼlum mexanizm: «{ $mechanism }». sr-torture, sr-vaw, wgad yoki sr-health dan foydalaning.
sub-error-unknown-thematic = Nomaʼlum hisobot: «{ $report }». cedaw yoki upr dan foydalaning.
sub-error-unknown-language = BMT uchun loyihalar ingliz, rus yoki ukrain tilida yoziladi, «{ $lang }» tilida emas.
sub-error-format = Loyihani .docx yoki .pdf sifatida saqlang, «{ $name }» sifatida emas.
sub-error-docx = Word faylini yaratib boʻlmadi.
sub-error-case-consent = { $case } ishini ilovada qisqacha bayon qilib boʻlmaydi: uning BMTning shartnomaviy organlari (un-treaty-bodies) uchun roziligi { $state ->
    [refused] rad etilgan
    [revoked] qaytarib olingan
   *[missing] qayd etilmagan
}. Hech qanday fayl yozilmadi.
sub-error-case-country = { $case } ishi bu mamlakatda sodir boʻlmagan: { $country }. Bitta ilova faqat bitta mamlakatni qamrab oladi. Hech qanday fayl yozilmadi.
sub-error-too-many-cases = Bitta ilovaga koʻpi bilan { $max } ta ish bayoni sigʻadi. Hech qanday fayl yozilmadi.
sub-error-bad-country = «{ $country }» mamlakat kodi emas (ikki harf, masalan, KZ).

## Thematic annex
sub-thematic-intro-cedaw = CEDAW qoʻmitasiga yuboriladigan muqobil hisobotga ilova; koʻrib chiqiladigan mamlakat: { $country }. Taqdim etuvchi tashkilot hujjatlashtirgan, giyohvand vositalarni isteʼmol qiluvchi ayollarga nisbatan politsiya zoʻravonligi.
sub-thematic-intro-upr = Universal davriy sharh uchun manfaatdor tomon hisobotiga ilova; koʻrib chiqiladigan mamlakat: { $country }. Taqdim etuvchi tashkilot hujjatlashtirgan, giyohvand vositalarni isteʼmol qiluvchi ayollarga nisbatan politsiya zoʻravonligi.
sub-field-country = Mamlakat
sub-field-period = Davr
sub-period-all = qayd etilgan barcha sanalar
sub-period-from-to = { $from } – { $to }
sub-period-from = { $from } dan
sub-period-to = { $to } gacha
sub-field-cases-counted = Hisobga olingan ishlar
sub-thematic-figures = Raqamlar
sub-thematic-method = Ishlar sanaladi: ikki marta kaltaklash boʻlgan ish «Kaltaklash» qatorida bir marta hisoblanadi, bitta ish esa bir nechta harakat boʻyicha hisoblanishi mumkin. Faqat jabrlanuvchilar statistik foydalanishga rozilik bergan ishlar hisobga olinadi. { $k } dan kichik son «<{ $k }» koʻrinishida beriladi; yashirilgan sonni hisoblab chiqishga imkon beradigan joyda boshqa son ham yashiriladi.
sub-table-act-group = Harakat turlari
sub-table-act = Harakatlar
sub-table-agency = Huquqbuzarlarning idoralari
sub-table-location = Joylar (politsiya boʻlimlari va hibsda saqlash joylari bilan birga)
sub-table-medical = Harakatdan keyingi tibbiy yordam (hibsdagi sogʻliq)
sub-table-complaint-body = Shikoyatlar: qayerga berilgan
sub-table-complaint-response = Shikoyatlar: hokimiyat organlarining javobi
sub-table-complaint-outcome = Shikoyatlar: natija
sub-col-count = Ishlar
sub-col-provision = Norma
sub-hidden = <{ $k }
sub-thematic-rights = Daxldor huquqlar, ishlar soni boʻyicha
sub-thematic-summaries = Ishlarning qisqacha bayoni
sub-thematic-summaries-intro = Taqdim etuvchi tashkilot jabrlanuvchilarning BMT shartnomaviy organlari uchun roziligi bilan tanlagan ishlar. Ismlar yoʻq, hududdan kichik joylar yoʻq, sanalar oy aniqligida.
sub-thematic-summary = { $n }-ish — { $date }, { $place }
sub-thematic-summaries-none = Hech qanday ish bayoni tanlanmagan.
sub-limit-upr = Cheklov: BMT Inson huquqlari boʻyicha Oliy komissari boshqarmasining (OHCHR) Universal davriy sharh uchun manfaatdor tomonlar hisobotlariga oid texnik koʻrsatmalari bitta tashkilot hisoboti uchun { $limit } soʻzga (qoʻshma hisobot uchun ikki baravar koʻp), har bir hisobotda bitta mamlakatga va oxirgi sharhdan keyingi davrga ruxsat beradi. Yuborishdan oldin amaldagi koʻrsatmalarni tekshiring.
sub-limit-cedaw = Cheklov: CEDAW qoʻmitasi muqobil hisobotlarni sessiyadan bir necha hafta oldin yuboriladigan Word fayllari sifatida qabul qiladi; bu yerda bitta tashkilot hisoboti uchun cheklov sifatida { $limit } soʻz olingan. Yuborishdan oldin qoʻmitaning nodavlat notijorat tashkilotlari uchun amaldagi eslatmasini tekshiring.
sub-words = Bu ilovada { $n } ta soʻz bor; cheklov — { $limit } ta soʻz.
sub-words-over = Bu ilovada { $n } ta soʻz bor, bu { $limit } soʻzlik cheklovdan { $over } ta ortiq: yuborishdan oldin uni qisqartiring.

## Desktop
sub-ui-button = BMTga murojaat…
sub-ui-title = BMTga murojaat loyihasi
sub-ui-mechanism = Mexanizm
sub-ui-language = Loyiha tili
sub-ui-format = Fayl turi
sub-ui-format-docx = Word (.docx), advokat tahrir qilishi uchun
sub-ui-format-pdf = PDF, oʻqish uchun
sub-ui-organisation = Taqdim etuvchi tashkilot (seyfda saqlanadi; loyihada maxfiy deb belgilanadi)
sub-ui-org-name = Nomi
sub-ui-org-contact = Mexanizm uchun aloqa
sub-ui-missing = { $n ->
    [one] Ishda bu shakl soʻragan bitta maʼlumot yoʻq; loyiha uni toʻldirish uchun belgilaydi:
   *[other] Ishda bu shakl soʻragan { $n } ta maʼlumot yoʻq; loyiha ularni toʻldirish uchun belgilaydi:
}
sub-ui-missing-none = Ishda bu shakl soʻragan barcha maʼlumotlar bor.
sub-ui-save = Loyihani saqlash…
sub-ui-saving = Loyiha yozilmoqda…
sub-ui-saved = Loyiha saqlandi: { $file }
sub-ui-close = Yopish
sub-ui-choosing = Ochilgan oynada loyihani qayerga saqlashni tanlang.
sub-ui-unencrypted = Loyiha shifrlanmagan: uni shifrlangan diskda saqlang, faqat ishonchli kanal orqali yuboring va keraksiz nusxalarini oʻchirib tashlang.
sub-ui-intro = Advokat toʻldiradigan, tekshiradigan va imzolaydigan loyiha. U mexanizm soʻrovnomasiga asoslanadi va ishda yoʻq maʼlumotlarni belgilaydi.
sub-ui-thematic-intro = Bitta mamlakat boʻyicha raqamlar (kichik sonlar yashirilgan) va ismlar hamda joylarsiz 10 tagacha qisqa ish bayoni.
sub-ui-thematic-button = Mavzuviy ilova…
sub-ui-thematic-title = BMT sharhi uchun ilova
sub-ui-report = Hisobot
sub-ui-country = Mamlakat
sub-ui-min-cell = Quyidagidan kichik sonlarni yashirish
sub-ui-cases = Ishlarning qisqacha bayoni (faqat BMT shartnomaviy organlari uchun roziligi bor ishlar)
sub-ui-cases-none = Bu mamlakatda BMT shartnomaviy organlari uchun roziligi bor ish yoʻq.
sub-ui-annex-save = Ilovani saqlash…
sub-ui-annex-saved = Ilova saqlandi: { $file } ({ $words } ta soʻz, cheklov { $limit })
dialog-title-submission = BMTga murojaat loyihasini saqlash
dialog-title-annex = Ilovani saqlash

## Command line
sub-cli-written = Loyiha yozildi: { $path } (toʻldirilishi kerak boʻlgan maʼlumotlar: { $missing }, SHA-256 { $sha256 })
sub-cli-annex-written = Ilova yozildi: { $path } ({ $words } ta soʻz, cheklov { $limit }, SHA-256 { $sha256 })
cli-organisation = Taqdim etuvchi tashkilot: { $name }
    Aloqa: { $contact }
sub-cli-over-limit = Ogohlantirish: ilova { $limit } soʻzlik cheklovdan { $over } ta soʻz ortiq.
