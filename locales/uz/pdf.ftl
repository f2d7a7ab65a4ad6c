# Advokat uchun dosye (casebook-pdf). Identifikatorlar: pdf-<nima>.

## Xatolar
pdf-error-consent = { $state ->
    [refused] Jabrlanuvchi «Advokatga berish» uchun rozilik bermagan ({ $consent }); dosye yaratib boʻlmaydi.
    [revoked] Jabrlanuvchi «Advokatga berish» uchun roziligini qaytarib olgan ({ $consent }); dosye yaratib boʻlmaydi.
   *[missing] Bu ishda «Advokatga berish» roziligi ({ $consent }) yoʻq; dosye yaratishdan oldin uni qayd eting.
}
pdf-error-consent-anonymised-only = Jabrlanuvchi bu ishni advokatga faqat anonim holda berishga rozi boʻlgan ({ $consent }): uning oʻrniga taxallusli dosye yarating.
pdf-error-unknown-language = Dosyeni “{ $lang }” tilida yozib boʻlmaydi; menyudagi tillardan birini tanlang.
pdf-error-unknown-profile = Nomaʼlum yashirish profili: «{ $profile }». «full» yoki «pseudonymised» profilidan foydalaning.
pdf-error-font = Ichki { $font } shriftini oʻqib boʻlmaydi; dastur shikastlangan.
pdf-error-encode = Ish maʼlumotlarini dosye uchun tayyorlab boʻlmadi.
pdf-error-write = Faylni yozib boʻlmadi: { $detail }
pdf-error-read = Faylni oʻqib boʻlmadi: { $detail }
pdf-error-not-a-case-file = Bu Casebook dosyesi emas yoki undagi yaxlitlik maʼlumotlari olib tashlangan.
pdf-error-newer-format = Bu dosye maʼlumotlar formatining { $format }-versiyasida yaratilgan, Casebook dasturining bu versiyasi uni bilmaydi. Uni yangiroq versiya bilan tekshiring.
pdf-error-not-in-vault = Bu seyfda fayl yaratilgan versiya ({ $revision }) yoʻq.
pdf-error-unknown-revision-tag = Bu seyfdagi ushbu ishning hech bir versiyasida faylning versiya belgisi ({ $tag }) yoʻq. Taxallusli faylni faqat uni yaratgan seyfda tekshirish mumkin — yoki belgi oʻzgartirilgan.
pdf-error-bad-audit-seq = Dosyening yaxlitlik maʼlumotlari shikastlangan: unda audit jurnalining { $seq }-yozuvi koʻrsatilgan, bunday yozuv hech bir seyfda boʻlishi mumkin emas. Fayl oʻzgartirilgan yoki Casebook tomonidan yaratilmagan.

## Sahifa sarlavhalari
pdf-confidential = MAXFIY — HUQUQIY DOSYE
pdf-confidential-long = Maxfiy — huquqiy dosye. Unda zoʻravonlikdan jabrlangan ayol haqidagi nozik shaxsiy maʼlumotlar bor. Uning roziligisiz uni nusxalamang, boshqalarga yubormang va yuridik jamoadan tashqarida oshkor qilmang.
pdf-page-n-of-m = { $m } sahifadan { $n }-sahifa
pdf-footer-left = Casebook · versiya { $revision }
pdf-footer-left-tag = Casebook · versiya belgisi { $revision }

## Muqova
pdf-cover-title = Huquqiy dosye
pdf-field-generated = Yaratilgan
pdf-field-language = Til
pdf-field-profile = Yashirish profili
pdf-field-organisation = Tashkilot
pdf-field-documenter = Hujjatlashtirgan
pdf-field-revision = Versiya
pdf-field-revision-tag = Versiya belgisi
pdf-cover-note-full = Bu faylda jabrlanuvchining shaxsiga oid maʼlumotlar bor. U faqat uning oʻz advokati uchun tayyorlangan.
pdf-cover-note-pseudonymised = Bu fayl taxallusli: uning shaxsi va aloqa maʼlumotlari, guvohlarning ismlari va aloqa maʼlumotlari, huquqbuzarlarning ismlari va ilova fayllarining nomlari olib tashlangan, uning ismi (har qanday shaklda), telefon va hujjat raqamlari hamda tugʻilgan sanasi esa yozilgan har bir joyda […] bilan almashtirilgan. Erkin matnga (bayonlar, qaydlar, xulosalar) yozilgan boshqa odamlarning ismlarini avtomatik aniqlab boʻlmaydi va ular tekshirilmagan.
pdf-cover-verify = Bu fayl oʻzgartirilmaganini va u yaratilgan yozuvga mosligini uni yaratgan seyfda «casebook verify-pdf» buyrugʻi bilan tekshirish mumkin (oxirgi sahifaga qarang).

## Boʻlimlar
pdf-section-summary = 1. Qisqacha maʼlumot
pdf-section-chronology = 2. Hodisalar xronologiyasi
pdf-section-acts = 3. Harakatlar va ularning huquqiy bahosi
pdf-section-perpetrators = 4. Huquqbuzarlar
pdf-section-evidence = 5. Dalillar
pdf-section-responses = 6. Koʻrilgan choralar
pdf-section-consent = 7. Rozilik
pdf-section-integrity = 8. Ushbu faylning yaxlitligi

## Qisqacha maʼlumot
pdf-summary-who = Jabrlanuvchi
pdf-summary-case = Ish
pdf-summary-deadlines = Ochiq muddatlar
pdf-field-pseudonym = Taxallus
pdf-field-legal-name = Hujjat boʻyicha ism-familiyasi
pdf-field-date-of-birth = Tugʻilgan sanasi
pdf-field-phone = Telefon
pdf-field-address = Manzil
pdf-field-id-document = Shaxsini tasdiqlovchi hujjat raqami
pdf-field-age = Yoshi
pdf-field-gender = Genderi
pdf-field-residence = Yashash joyi
pdf-field-citizenship = Fuqaroligi
pdf-stateless = Fuqaroligi yoʻq
pdf-field-pregnant = Hodisa paytida homilador
pdf-field-children = Farzandlari bor
pdf-field-custody = Farzandlari qayerda
pdf-field-hiv = OIV maqomi
pdf-field-on-art = Antiretrovirus terapiya oladi
pdf-field-substances = Isteʼmol qiladigan moddalar
pdf-field-ost-client = Opioid oʻrinbosar terapiyasi mijozi
pdf-field-harm-reduction = Zararni kamaytirish dasturi mijozi
pdf-field-sex-work = Jinsiy xizmat koʻrsatish
pdf-field-disability = Nogironlik
pdf-field-homeless = Uy-joysiz
pdf-field-previous-incidents = Avvalgi hodisalar
pdf-field-when = Qachon
pdf-field-where = Qayerda
pdf-field-what = Nima qilingan
pdf-field-by-whom = Kim tomonidan
pdf-field-status = Hozirgi holati
pdf-field-intake-date = Murojaat sanasi
pdf-field-intake-channel = Ish qanday kelib tushgan
pdf-field-source = Maʼlumot manbai
pdf-field-tags = Teglar
pdf-field-notes = Qaydlar
pdf-deadline-complaint = Shikoyatga javob muddati: { $body }
pdf-col-due = Muddat
pdf-col-what = Nima
pdf-none = Hech narsa qayd etilmagan.
pdf-yes = Ha
pdf-no = Yoʻq
pdf-withheld = yashirilgan (taxallusli fayl)

## Xronologiya
pdf-incident-title = { $n }-hodisa: { $date }
pdf-field-date = Sana
pdf-field-date-precision = Sana aniqligi
pdf-field-time-of-day = Kun vaqti
pdf-field-place = Joy
pdf-field-location-type = Joy turi
pdf-field-detained = Ushlab turilgan
pdf-field-detention-hours = Ushlab turilgan vaqt
pdf-hours = { $n ->
    [one] { $n } soat
   *[other] { $n } soat
}
pdf-field-protocol = Ushlab turish bayonnomasi tuzilgan
pdf-field-released-how = Qanday qoʻyib yuborilgan
pdf-narrative-original = Uning bayoni, oʻz soʻzlari bilan (asl tilda)
pdf-narrative-translation = Bayonning tarjimasi
pdf-witnesses = Guvohlar
pdf-col-pseudonym = Taxallus
pdf-col-contact = Aloqa
pdf-col-willing = Guvohlik berishga tayyor

## Harakatlar
pdf-acts-intro = Har bir harakat u daxldor boʻlgan normalar bilan birga keltirilgan; normalar Casebook dasturining huquqlar jadvalidan olingan. «Daxldor» harakat normaning amal qilish doirasiga kirishini bildiradi; bu huquqbuzarlik ekanini advokat va ishni koʻrayotgan organ hal qiladi.
pdf-acts-of-incident = { $n }-hodisa ({ $date })
pdf-act-title = { $n }-harakat: { $act }
pdf-field-act-group = Harakatlar guruhi
pdf-field-intent = Taxminiy maqsad
pdf-field-physical = Jismoniy oqibatlar
pdf-field-psychological = Psixologik oqibatlar
pdf-field-medical-attention = Tibbiy yordam
pdf-field-perpetrators = Ishtirok etgan huquqbuzarlar
pdf-field-rights = Daxldor huquqlar
pdf-rights-summary = Ushbu ishda daxldor huquqlar
pdf-col-instrument = Hujjat
pdf-col-provisions = Normalar
pdf-col-acts = Harakatlar
pdf-right-article = { $instrument }, { $article }-modda
pdf-right-rule = { $instrument }, { $article }-qoida
pdf-right-paragraph = { $instrument }, { $article }-band
pdf-instrument-cat = QQK
pdf-instrument-iccpr = FSHXP
pdf-instrument-icescr = IIMHXP
pdf-instrument-echr = YIHK
pdf-instrument-echr-protocol-1 = YIHKga 1-sonli Protokol
pdf-instrument-cedaw-gr-35 = CEDAW 35-sonli UT
pdf-instrument-bangkok-rules = Bangkok qoidalari
pdf-instrument-crc = BHK
pdf-instrument-name-cat = Qiynoqlarga qarshi konvensiya (QQK)
pdf-instrument-name-iccpr = Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro pakt (FSHXP)
pdf-instrument-name-icescr = Iqtisodiy, ijtimoiy va madaniy huquqlar toʻgʻrisidagi xalqaro pakt (IIMHXP)
pdf-instrument-name-echr = Inson huquqlari toʻgʻrisidagi Yevropa konvensiyasi (YIHK)
pdf-instrument-name-echr-protocol-1 = YIHKga 1-sonli Protokol
pdf-instrument-name-cedaw-gr-35 = CEDAW qoʻmitasining 35-sonli umumiy tavsiyasi (UT)
pdf-instrument-name-bangkok-rules = Mahbus ayollarga munosabat toʻgʻrisidagi BMT qoidalari (Bangkok qoidalari)
pdf-instrument-name-crc = Bola huquqlari toʻgʻrisidagi konvensiya (BHK)

## Huquqbuzarlar
pdf-perpetrator-title = { $n }-huquqbuzar
pdf-perpetrator-title-ref = { $n }-huquqbuzar ({ $ref })
pdf-field-agency = Idora
pdf-field-unit = Boʻlinma
pdf-field-rank = Unvon
pdf-field-name = Ismi
pdf-field-badge = Xizmat nishoni raqami
pdf-field-uniformed = Forma kiygan
pdf-field-vehicle = Transport vositasining davlat raqami
pdf-field-count = Odamlar soni
pdf-field-identifiable = U ularni yana taniy oladi
pdf-field-involvement = Ishtiroki

## Dalillar
pdf-medical = Tibbiy hujjatlar
pdf-field-exam-date = Koʻrik sanasi
pdf-field-examiner = Koʻrik oʻtkazgan shifokor
pdf-field-institution = Muassasa
pdf-field-findings = Xulosalar
pdf-field-consistency = Muvofiqlik (Istanbul protokoli)
pdf-col-body-region = Tana qismi
pdf-col-description = Tavsif
pdf-attachments = Ilovalar
pdf-col-file = Fayl
pdf-col-type-size = Turi, hajmi
pdf-col-times = Olingan / qabul qilingan
pdf-col-received-by = Kim qabul qilgan
pdf-captured = olingan: { $time }
pdf-received = qabul qilingan: { $time }
pdf-photos = Fotosuratlar
pdf-photo-caption = { $n }-ilova: { $file }
pdf-photo-missing = (fayl bu seyfda yoʻq)
pdf-photo-too-large = (joylash uchun juda katta; asl nusxasiga qarang)
pdf-photo-unreadable = (bu rasm formatini bu yerda koʻrsatib boʻlmaydi; asl nusxasiga qarang)

## Koʻrilgan choralar
pdf-field-services = Koʻrsatilgan xizmatlar
pdf-referrals = Yoʻllanmalar
pdf-complaints = Shikoyatlar
pdf-follow-ups = Keyingi qadamlar
pdf-col-to = Kimga
pdf-col-date = Sana
pdf-col-consent = Rozilik
pdf-col-outcome = Natija
pdf-col-body = Organ
pdf-col-filed = Berilgan
pdf-col-reference = Roʻyxat raqami
pdf-col-deadline = Muddat
pdf-col-response = Javob
pdf-col-done = Bajarilgan
pdf-col-note = Izoh

## Rozilik
pdf-consent-intro = Ishda qayd etilganidek, jabrlanuvchi har bir maqsad boʻyicha nimaga rozilik bergan.
pdf-col-destination = Maqsad
pdf-col-given = Berilgan
pdf-col-named = Ism bilan yoki anonim
pdf-col-obtained-by = Kim olgan
pdf-col-revoked = Qaytarib olingan

## Yaxlitlik
pdf-integrity-intro = Bu fayl shifrlangan Casebook seyfidagi ishning bitta versiyasidan yaratilgan. Versiya identifikatori — shu versiya mazmuni va tarixining SHA-256 xeshi; quyidagi maʼlumotlar xeshi — aynan shu faylda koʻrsatilgan narsaning, uning tili, profili va versiyasi bilan birgalikdagi SHA-256 xeshi.
pdf-integrity-intro-tagged = Bu fayl shifrlangan Casebook seyfidagi ishning bitta versiyasidan yaratilgan. Fayl taxallusli boʻlgani uchun versiyalar ularning belgilari bilan koʻrsatilgan: belgi — versiya identifikatorining faqat oʻsha seyfda saqlanadigan maxfiy kalit bilan olingan HMAC-SHA256 qiymati, shuning uchun seyfi boʻlmagan hech kim taxmin qilingan ismni ular bilan solishtirib tekshira olmaydi. Quyidagi maʼlumotlar xeshi — aynan shu faylda koʻrsatilgan narsaning, uning tili, profili va versiya belgisi bilan birgalikdagi SHA-256 xeshi.
pdf-field-case-id = Ish identifikatori
pdf-field-audit-head = Audit zanjirining oxirgi yozuvi
pdf-field-data-hash = Maʼlumotlar xeshi (SHA-256)
pdf-history = Versiyalar tarixi
pdf-col-time = Vaqt
pdf-col-author = Muallif
pdf-col-kind = Oʻzgarish
pdf-col-reason = Sabab
pdf-col-revision = Versiya identifikatori
pdf-col-revision-tag = Versiya belgisi
pdf-revision-kind-create = yaratilgan
pdf-revision-kind-edit = tahrirlangan
pdf-revision-kind-delete = oʻchirilgan
pdf-revision-kind-merge = birlashtirilgan
pdf-integrity-how = Faylda uning barcha baytlarining SHA-256 xeshi ham bor. Casebook dasturidagi «Dosyeni tekshirish» (yoki «casebook verify-pdf FILE» buyrugʻi) faylni yaratgan seyfda ishga tushirilsa, ikkala xeshni qayta hisoblaydi, audit zanjiri yozuvini tasdiqlaydi va versiyani qayta tayyorlaydi; fayl yaratilgandan keyin unga kiritilgan har qanday oʻzgarish haqida xabar beriladi.

## Sanalar va sonlar
pdf-date-exact = { $day }-{ $month } { $year }-yil
pdf-date-month = { $year }-yil { $month }
pdf-date-year = { $year }-yil
pdf-date-range = taxminan { $start } – { $end }
pdf-date-range-same-month = taxminan { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } bayt
pdf-size-kb = { $n } Kb
pdf-size-mb = { $n } Mb
pdf-month-gen-1 = yanvar
pdf-month-gen-2 = fevral
pdf-month-gen-3 = mart
pdf-month-gen-4 = aprel
pdf-month-gen-5 = may
pdf-month-gen-6 = iyun
pdf-month-gen-7 = iyul
pdf-month-gen-8 = avgust
pdf-month-gen-9 = sentabr
pdf-month-gen-10 = oktabr
pdf-month-gen-11 = noyabr
pdf-month-gen-12 = dekabr
pdf-month-nom-1 = yanvar
pdf-month-nom-2 = fevral
pdf-month-nom-3 = mart
pdf-month-nom-4 = aprel
pdf-month-nom-5 = may
pdf-month-nom-6 = iyun
pdf-month-nom-7 = iyul
pdf-month-nom-8 = avgust
pdf-month-nom-9 = sentabr
pdf-month-nom-10 = oktabr
pdf-month-nom-11 = noyabr
pdf-month-nom-12 = dekabr
