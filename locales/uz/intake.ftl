# Qabul suhbati ustasi (ui/src/screens/Intake.svelte va ui/src/components/casework/).
# Har bir savolni oʻtkazib yuborish mumkin; faqat taxallus va hujjatlashtirishga rozilik shart.

in-title = Yangi qabul
in-steps = Suhbat bosqichlari
in-saved-at = Seyfda saqlandi: { $time }
in-not-saved-yet = Hali hech narsa qayd etilmagan
in-step-problems = { $count ->
    [one] Bu bosqichda { $count } ta muammo
   *[other] Bu bosqichda { $count } ta muammo
}

in-step-consent = Rozilik
in-step-survivor = Jabrlanuvchi
in-step-incidents = Hodisalar
in-step-acts = Nima qilingan
in-step-perpetrators = Huquqbuzarlar
in-step-evidence = Dalillar
in-step-responses = Koʻrilgan choralar
in-step-review = Tekshirish

in-hint-consent = Avval u bularning umuman yozib olinishiga rozimi, shuni soʻrang. Bu roziliksiz hech narsa saqlanmaydi. Keyin har bir boshqa foydalanish haqida soʻrang.
in-hint-survivor = Faqat taxallus kerak. Boshqa har qanday savolni oʻtkazib yuborish mumkin.
in-hint-incidents = Har bir hodisa uchun alohida blok. Sana aniq, oy, yil yoki oraliq boʻlishi mumkin.
in-hint-acts = Har bir hodisada nima qilinganini belgilang; tafsilotlar boʻsh qolishi mumkin.
in-hint-perpetrators = Kim qilganini u bilgan yoki aytmoqchi boʻlgan darajada tasvirlang.
in-hint-evidence = Fotosuratlar, skanlar, yozuvlar va tibbiy xulosalar. Fayllar seyfda shifrlangan holda saqlanadi.
in-hint-responses = Unga qanday yordam berildi va keyin nima qilish kerak.
in-hint-review = Qayd etilganlarni tekshiring. Keyinroq ham har narsani oʻzgartirish mumkin.

in-next = Keyingi
in-back = Orqaga
in-skip = Bu bosqichni oʻtkazib yuborish
in-to-review = Tekshirishga oʻtish
in-finish = Ishni saqlash
in-finishing = Saqlanmoqda…
in-stop = Shu yerda toʻxtatish (keyin davom ettirish)
in-discard = Bu qoralamani bekor qilish
in-discard-confirm = Bu qoralamada qayd etilgan hamma narsa oʻchirilsinmi?
in-discard-yes = Ha, oʻchirilsin
in-discard-no = Yoʻq, qolsin

in-about-interview = Suhbat haqida
in-intake-date = Suhbat sanasi
in-documenter = Hujjatlashtiruvchi (sizning taxallusingiz)
in-organisation = Tashkilot

in-consent-title = Rozilik
in-consent-intro = Har bir foydalanish uchun bitta javob belgilang. Javobsiz savollar «soʻralmagan» degani; u keyinroq fikrini oʻzgartirishi mumkin.
in-consent-required = ishni saqlash uchun shart
in-consent-not-asked = Hali soʻralmagan
in-consent-yes = Rozi
in-consent-no = Rozi emas
in-consent-date = Rozilik sanasi
in-consent-obtained-by = Kim soʻragan
in-consent-gate = Avval hujjatlashtirishga rozilik haqida soʻrang; u rozi boʻlsa, boshqa bosqichlar ochiladi.
in-consent-refused = U hujjatlashtirishga rozi emas. Hech narsa saqlanmasligi kerak: qoralamani bekor qiling.

in-survivor-title = Jabrlanuvchi
in-pseudonym = Taxallus yoki shartli nom
in-pseudonym-hint = Uning haqiqiy ismi emas. Haqiqiy shaxsi, agar umuman yozilsa, quyidagi himoyalangan blokka kiritiladi.
in-age = Aniq yoshi
in-citizenship = Fuqaroligi (mamlakat kodi)
in-stateless = Fuqaroligi yoʻq
in-situation-title = Uning ahvoli
in-skip-hint = Faqat u javob berishga qulay his qiladigan narsalarni soʻrang.
in-pregnant = Hodisa paytida homilador edi
in-has-children = Farzandlari bor
in-on-art = Antiretrovirus terapiya oladi
in-ost-client = Opioid oʻrinbosar terapiyasi mijozi
in-harm-reduction-client = Zararni kamaytirish dasturi mijozi
in-sex-work = Jinsiy xizmat koʻrsatish
in-disability = Nogironlik
in-homeless = Uy-joysiz
in-previous-incidents = Avvalgi hodisalar (soni)
in-identity-title = Haqiqiy shaxsi (himoyalangan)
in-identity-hint = Boshqalarga beriladigan yoki shaxsi yashirilgan hech bir hujjatga kiritilmaydi. Faqat u xohlasa va advokatga kerak boʻlsa toʻldiring.
in-legal-name = Hujjat boʻyicha ism-familiyasi
in-date-of-birth = Tugʻilgan sanasi
in-phone = Telefon
in-address = Manzil
in-id-document = Shaxsini tasdiqlovchi hujjat raqami

in-incidents-empty = Hali hodisa qayd etilmagan.
in-incident-n = { $n }-hodisa
in-incident-date = Qachon sodir boʻlgan
in-narrative = Nima boʻlgani, uning oʻz soʻzlari bilan
in-narrative-hint = U gapiradigan tilda; quyida tarjimasini qoʻshish mumkin.
in-narrative-translation = Tarjima
in-detention = Ushlab turish
in-detained = U ushlab turilganmi
in-duration-hours = Qancha vaqt (soat)
in-protocol = Ushlab turish bayonnomasi tuzilganmi
in-released-how = U qanday qoʻyib yuborilgan
in-witnesses = Guvohlar
in-witness-pseudonym = Guvoh (taxallus)
in-witness-contact = U bilan qanday bogʻlanish mumkin
in-witness-willing = Guvohlik berishga tayyor
in-add-witness = Guvoh qoʻshish
in-add-incident = Hodisa qoʻshish
in-remove-incident = Bu hodisani oʻchirish

in-acts-no-incident = Avval hodisani qayd eting; uning harakatlari shu yerda belgilanadi.
in-act-perpetrators = Kim qilgan
in-new-perpetrator = Yangi huquqbuzar
in-physical-consequences = Jismoniy oqibatlar
in-psychological-consequences = Psixologik oqibatlar

in-perpetrators-empty = Hali huquqbuzar qayd etilmagan.
in-perpetrator-n = Huquqbuzar { $ref }
in-unit = Boʻlinma
in-rank = Unvon
in-badge = Xizmat nishoni raqami
in-perp-name = Ismi (himoyalangan)
in-vehicle = Transport vositasining davlat raqami
in-uniformed = Forma kiygan
in-count = Necha kishi
in-identifiable = U ularni yana taniy oladi
in-add-perpetrator = Huquqbuzar qoʻshish
in-remove-perpetrator = Bu huquqbuzarni oʻchirish

in-medical = Tibbiy hujjatlar
in-examiner = Koʻrik oʻtkazgan shifokor
in-institution = Muassasa
in-date = Sana
in-findings = Xulosalar
in-body-regions = Tana qismlari boʻyicha jarohatlar
in-mark-description = U yerda nima koʻrinadi
in-add-medical = Tibbiy koʻrik qoʻshish

in-services-given = U olgan xizmatlar
in-referrals = Yoʻllanmalar
in-referral-to = Kimga yoʻllangan
in-referral-consent = U yoʻllanmaga rozi boʻlgan
in-outcome = Natija
in-add-referral = Yoʻllanma qoʻshish
in-complaints = Shikoyatlar
in-date-filed = Berilgan sana
in-reference-number = Roʻyxat raqami
in-deadline = Muddat
in-add-complaint = Shikoyat qoʻshish
in-follow-ups = Keyingi qadamlar
in-follow-ups-hint = Masalan, jarohatlar hali koʻrinib turganda sud-tibbiy ekspertiza yoki apellyatsiya muddati.
in-due = Bajarish sanasi
in-note = Nima qilish kerak
in-done-on = Bajarilgan sana
in-add-follow-up = Keyingi qadam qoʻshish

in-review-problems = { $count ->
    [one] Ishni saqlashdan oldin bitta javobni yana koʻrib chiqish kerak:
   *[other] Ishni saqlashdan oldin { $count } ta javobni yana koʻrib chiqish kerak:
}
