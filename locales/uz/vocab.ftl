# Ish yozuvining boshqariladigan lugʻatlari uchun soʻzlar (crates/casebook-core/src/vocab.rs).
# Identifikatorlar: vocab-<roʻyxat>-<kod>; roʻyxat nomlari: vocab-list-<roʻyxat>. Kodlar hech qachon oʻzgarmaydi, faqat shu soʻzlar oʻzgaradi.


## status

vocab-list-status = Ish holati
vocab-status-draft = Qoralama
vocab-status-open = Ochiq
vocab-status-referred = Yoʻllangan
vocab-status-closed = Yopilgan
vocab-status-sealed = Muhrlangan (dalil sifatida qulflangan)

## intake-channel

vocab-list-intake-channel = Murojaat kanali
vocab-intake-channel-drop-in = Ishonch punkti
vocab-intake-channel-outreach = Autrich (koʻchadagi ish)
vocab-intake-channel-hotline = Ishonch telefoni
vocab-intake-channel-lawyer = Advokat orqali
vocab-intake-channel-peer-report = Tengdosh xabar bergan
vocab-intake-channel-self-report = Oʻzi murojaat qilgan
vocab-intake-channel-other = Boshqa

## source-reliability

vocab-list-source-reliability = Maʼlumot manbai
vocab-source-reliability-first-hand = Birinchi qoʻldan (jabrlanuvchining oʻzi)
vocab-source-reliability-witness = Guvoh
vocab-source-reliability-second-hand = Ikkinchi qoʻldan
vocab-source-reliability-unknown = Nomaʼlum
vocab-source-reliability-other = Boshqa

## age-band

vocab-list-age-band = Yosh guruhi
vocab-age-band-under-18 = 18 yoshgacha
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 va undan katta

## gender

vocab-list-gender = Genderi
vocab-gender-woman = Ayol
vocab-gender-trans-woman = Trans ayol
vocab-gender-non-binary = Nobinar
vocab-gender-other = Boshqa

## hiv-status

vocab-list-hiv-status = OIV maqomi
vocab-hiv-status-positive = OIV-musbat
vocab-hiv-status-negative = OIV-manfiy
vocab-hiv-status-unknown = Nomaʼlum
vocab-hiv-status-not-disclosed = Aytilmagan

## substance

vocab-list-substance = Isteʼmol qilinadigan moddalar
vocab-substance-opioids = Opioidlar
vocab-substance-stimulants = Stimulyatorlar
vocab-substance-methadone-buprenorphine-ost = Metadon / buprenorfin (OOT)
vocab-substance-new-psychoactive-substances = Yangi psixoaktiv moddalar
vocab-substance-alcohol = Alkogol
vocab-substance-other = Boshqa

## child-custody-status

vocab-list-child-custody-status = Farzandlari qayerda
vocab-child-custody-status-with-survivor = Uning oʻzida
vocab-child-custody-status-with-relatives = Qarindoshlarida
vocab-child-custody-status-state-care = Davlat muassasasida
vocab-child-custody-status-removed = Hokimiyat organlari olib qoʻygan
vocab-child-custody-status-not-applicable = Taalluqli emas
vocab-child-custody-status-other = Boshqa

## location-type

vocab-list-location-type = Hodisa joyi
vocab-location-type-street = Koʻcha
vocab-location-type-home = Uy
vocab-location-type-police-vehicle = Politsiya avtomobili
vocab-location-type-police-station = Politsiya boʻlimi
vocab-location-type-temporary-detention = Vaqtincha saqlash hibsxonasi
vocab-location-type-pre-trial-detention = Tergov hibsxonasi
vocab-location-type-harm-reduction-site = Zararni kamaytirish punkti
vocab-location-type-ost-site = OOT punkti
vocab-location-type-pharmacy = Dorixona
vocab-location-type-hospital = Kasalxona
vocab-location-type-court = Sud
vocab-location-type-other = Boshqa

## time-of-day

vocab-list-time-of-day = Kun vaqti
vocab-time-of-day-morning = Ertalab
vocab-time-of-day-day = Kunduzi
vocab-time-of-day-evening = Kechqurun
vocab-time-of-day-night = Tunda

## date-precision

vocab-list-date-precision = Sana aniqligi
vocab-date-precision-exact = Aniq sana
vocab-date-precision-month = Faqat oy
vocab-date-precision-year = Faqat yil
vocab-date-precision-range = Ikki sana oraligʻida

## tri-state

vocab-list-tri-state = Ha / yoʻq / nomaʼlum
vocab-tri-state-yes = Ha
vocab-tri-state-no = Yoʻq
vocab-tri-state-unknown = Nomaʼlum

## act-type

vocab-list-act-type = Harakat turi
vocab-act-type-beating = Kaltaklash
vocab-act-type-asphyxiation = Boʻgʻish (paket, protivogaz, tomoqdan boʻgʻish)
vocab-act-type-electric-shock = Elektr toki bilan qiynash
vocab-act-type-stress-positions = Majburiy ogʻir holatda ushlab turish
vocab-act-type-burns = Kuydirish
vocab-act-type-use-of-weapon = Qurol ishlatish
vocab-act-type-other-physical = Boshqa jismoniy zoʻravonlik
vocab-act-type-rape = Nomusga tegish (zoʻrlash)
vocab-act-type-sexual-assault = Jinsiy tajovuz
vocab-act-type-sex-for-release = Qoʻyib yuborish evaziga jinsiy aloqa talab qilish
vocab-act-type-forced-undressing = Majburan yechintirish
vocab-act-type-search-by-male-officers = Erkak xodimlar tomonidan shaxsiy tintuv
vocab-act-type-sexual-harassment = Jinsiy shilqimlik
vocab-act-type-threats = Tahdidlar
vocab-act-type-humiliation = Kamsitish
vocab-act-type-threat-child-custody = Farzandlaridan ajratish bilan tahdid
vocab-act-type-threat-disclose-hiv-status = OIV maqomini oshkor qilish bilan tahdid
vocab-act-type-threat-disclose-drug-use = Giyohvand vosita isteʼmolini oshkor qilish bilan tahdid
vocab-act-type-insults = Haqorat
vocab-act-type-detention-without-protocol = Bayonnomasiz ushlab turish
vocab-act-type-detention-beyond-limit = Qonuniy muddatdan ortiq ushlab turish
vocab-act-type-arrest-for-syringes = Shprits olib yurgani uchun ushlash
vocab-act-type-planted-drugs = Giyohvand vositani tashlab qoʻyish
vocab-act-type-fabricated-charges = Soxta ayblov
vocab-act-type-forced-confession = Aybni boʻyniga olishga majburlash
vocab-act-type-forced-testimony = Boshqalarga qarshi koʻrsatma berishga majburlash
vocab-act-type-informant-recruitment = Maxfiy axborotchi boʻlishga majburlash
vocab-act-type-pressure-against-partner = Sherigiga qarshi koʻrsatma berish uchun bosim
vocab-act-type-extortion-bribe = Tovlamachilik / pora talab qilish
vocab-act-type-confiscation-money = Pulini olib qoʻyish
vocab-act-type-confiscation-phone = Telefonini olib qoʻyish
vocab-act-type-confiscation-syringes = Shpritslarni olib qoʻyish
vocab-act-type-confiscation-naloxone = Naloksonni olib qoʻyish
vocab-act-type-confiscation-ost-medicine = OOT dorisini olib qoʻyish
vocab-act-type-ost-denied-in-custody = Hibsda OOT berilmasligi
vocab-act-type-withdrawal-as-coercion = Abstinent sindromdan bosim vositasi sifatida foydalanish
vocab-act-type-medical-care-refused = Tibbiy yordam koʻrsatishdan bosh tortish
vocab-act-type-forced-drug-test = Majburiy giyohvandlik testi
vocab-act-type-forced-hiv-test = Majburiy OIV testi
vocab-act-type-forced-narcological-registration = Majburan narkologik hisobga qoʻyish
vocab-act-type-hiv-status-disclosed = OIV maqomini oshkor qilish
vocab-act-type-lawyer-refused = Advokat berilmasligi
vocab-act-type-rights-not-read = Huquqlari tushuntirilmagan
vocab-act-type-relatives-not-notified = Qarindoshlariga xabar berilmagan
vocab-act-type-forced-signature = Hujjatlarga imzo chekishga majburlash
vocab-act-type-signed-without-understanding = Mazmunini tushunmay imzo chekkan
vocab-act-type-interpreter-refused = Tarjimon berilmasligi
vocab-act-type-child-removed = Farzandini olib qoʻyish
vocab-act-type-child-removal-threatened = Farzandini olib qoʻyish bilan tahdid
vocab-act-type-death-in-custody = Hibsda vafot etish
vocab-act-type-other = Boshqa

## act-group

vocab-list-act-group = Harakatlar guruhi
vocab-act-group-physical = Jismoniy zoʻravonlik
vocab-act-group-sexual = Jinsiy zoʻravonlik
vocab-act-group-psychological = Psixologik zoʻravonlik
vocab-act-group-liberty = Ozodlikdan mahrum qilish
vocab-act-group-coercion = Majburlash
vocab-act-group-economic = Iqtisodiy zoʻravonlik
vocab-act-group-health = Sogʻliq
vocab-act-group-procedure = Protsessual qoidabuzarliklar
vocab-act-group-custody = Farzandlar va vasiylik
vocab-act-group-death-in-custody = Hibsda vafot etish
vocab-act-group-other = Boshqa

## intent

vocab-list-intent = Taxminiy maqsad
vocab-intent-information = Maʼlumot olish
vocab-intent-confession = Iqror olish
vocab-intent-intimidation = Qoʻrqitish
vocab-intent-punishment = Jazolash
vocab-intent-extortion = Tovlamachilik
vocab-intent-sexual-gratification = Jinsiy ehtiyojni qondirish
vocab-intent-unknown = Nomaʼlum
vocab-intent-other = Boshqa

## medical-attention

vocab-list-medical-attention = Tibbiy yordam
vocab-medical-attention-none = Olmagan
vocab-medical-attention-refused = Rad etilgan
vocab-medical-attention-first-aid = Birinchi yordam
vocab-medical-attention-hospital = Kasalxona
vocab-medical-attention-forensic-exam = Sud-tibbiy ekspertiza
vocab-medical-attention-other = Boshqa

## agency

vocab-list-agency = Idora
vocab-agency-patrol-police = Patrul-post xizmati
vocab-agency-criminal-investigation = Jinoyat qidiruv xizmati
vocab-agency-drug-control-unit = Giyohvandlikka qarshi kurash boʻlinmasi
vocab-agency-traffic-police = Yoʻl harakati xavfsizligi xizmati
vocab-agency-special-forces = Maxsus boʻlinma
vocab-agency-pre-trial-detention-staff = Tergov hibsxonasi / vaqtincha saqlash hibsxonasi xodimlari
vocab-agency-prison-staff = Jazoni ijro etish muassasasi xodimlari
vocab-agency-prosecutor = Prokuratura
vocab-agency-narcology-staff = Narkologiya xizmati xodimlari
vocab-agency-medical-staff = Tibbiyot xodimlari
vocab-agency-other = Boshqa

## involvement

vocab-list-involvement = Ishtiroki
vocab-involvement-perpetrated = Harakatni oʻzi sodir etgan
vocab-involvement-ordered = Buyruq bergan
vocab-involvement-present = Hozir boʻlgan
vocab-involvement-failed-to-intervene = Aralashmagan (toʻxtatmagan)
vocab-involvement-other = Boshqa

## consistency

vocab-list-consistency = Xulosalarning muvofiqligi (Istanbul protokoli)
vocab-consistency-not-consistent = Muvofiq emas
vocab-consistency-consistent = Muvofiq
vocab-consistency-highly-consistent = Yuqori darajada muvofiq
vocab-consistency-typical = Xos (tipik)
vocab-consistency-diagnostic = Diagnostik ahamiyatga ega

## body-region

vocab-list-body-region = Tana qismi
vocab-body-region-head = Bosh
vocab-body-region-face = Yuz
vocab-body-region-neck = Boʻyin
vocab-body-region-chest = Koʻkrak
vocab-body-region-abdomen = Qorin
vocab-body-region-upper-back = Orqaning yuqori qismi
vocab-body-region-lower-back = Bel
vocab-body-region-left-arm = Chap qoʻl
vocab-body-region-right-arm = Oʻng qoʻl
vocab-body-region-left-hand = Chap kaft
vocab-body-region-right-hand = Oʻng kaft
vocab-body-region-genitals = Jinsiy aʼzolar
vocab-body-region-buttocks = Dumba
vocab-body-region-left-leg = Chap oyoq
vocab-body-region-right-leg = Oʻng oyoq
vocab-body-region-feet = Oyoq panjalari
vocab-body-region-other = Boshqa

## service

vocab-list-service = Koʻrsatilgan xizmatlar
vocab-service-legal-consultation = Yuridik maslahat
vocab-service-legal-representation = Yuridik vakillik
vocab-service-medical = Tibbiy yordam
vocab-service-psychosocial = Psixososial yordam
vocab-service-shelter = Boshpana
vocab-service-ost-continuity = OOTni davom ettirish
vocab-service-harm-reduction-supplies = Zararni kamaytirish vositalari
vocab-service-peer-support = Tengdoshlar yordami
vocab-service-other = Boshqa

## complaint-body

vocab-list-complaint-body = Shikoyat qayerga berilgan
vocab-complaint-body-police-internal-affairs = Politsiyaning ichki xavfsizlik xizmati
vocab-complaint-body-prosecutor = Prokuratura
vocab-complaint-body-ombudsman = Ombudsman (inson huquqlari boʻyicha vakil)
vocab-complaint-body-court = Sud
vocab-complaint-body-un-special-procedure = BMTning maxsus tartib-taomili
vocab-complaint-body-un-treaty-body = BMTning shartnomaviy organi
vocab-complaint-body-other = Boshqa

## complaint-response

vocab-list-complaint-response = Shikoyatga javob
vocab-complaint-response-favourable = Ijobiy
vocab-complaint-response-rejected = Rad etilgan
vocab-complaint-response-no-response = Javob yoʻq
vocab-complaint-response-pending = Kutilmoqda
vocab-complaint-response-other = Boshqa

## complaint-outcome

vocab-list-complaint-outcome = Shikoyat natijasi
vocab-complaint-outcome-criminal-case-opened = Jinoyat ishi qoʻzgʻatilgan
vocab-complaint-outcome-refused-to-open = Jinoyat ishini qoʻzgʻatish rad etilgan
vocab-complaint-outcome-disciplinary-action = Intizomiy jazo
vocab-complaint-outcome-compensation = Tovon puli
vocab-complaint-outcome-none = Natija yoʻq
vocab-complaint-outcome-other = Boshqa

## consent-destination

vocab-list-consent-destination = Rozilik maqsadi
vocab-consent-destination-documentation = Hujjatlashtirish (yozuvni saqlash)
vocab-consent-destination-lawyer = Advokatga berish
vocab-consent-destination-organisation-network-stats = Tarmoq statistikasi (faqat umumlashtirilgan)
vocab-consent-destination-national-bodies = Milliy organlar
vocab-consent-destination-un-special-procedures = BMTning maxsus tartib-taomillari
vocab-consent-destination-un-treaty-bodies = BMTning shartnomaviy organlari
vocab-consent-destination-media-advocacy-anonymised = OAV va advokatsiya (anonim)

## named-or-anonymised

vocab-list-named-or-anonymised = Ism bilan yoki anonim
vocab-named-or-anonymised-named = Ism bilan
vocab-named-or-anonymised-anonymised = Anonim

## redaction-profile

vocab-list-redaction-profile = Yashirish profili
vocab-redaction-profile-full = Toʻliq (hammasi, uning advokati uchun)
vocab-redaction-profile-pseudonymised = Taxallusli
vocab-redaction-profile-aggregate = Faqat umumlashtirilgan statistika

## media-kind

vocab-list-media-kind = Fayl turi
vocab-media-kind-photo = Fotosurat
vocab-media-kind-scan = Skan
vocab-media-kind-audio = Audioyozuv
vocab-media-kind-video = Videoyozuv
vocab-media-kind-document = Hujjat
vocab-media-kind-other = Boshqa
