# İş qeydinin nəzarət olunan lüğətləri üçün sözlər (crates/casebook-core/src/vocab.rs).
# İd-lər: vocab-<siyahı>-<kod>; siyahı adları: vocab-list-<siyahı>. Kodlar heç vaxt dəyişmir; yalnız bu sözlər dəyişir.


## status

vocab-list-status = İşin statusu
vocab-status-draft = Qaralama
vocab-status-open = Açıq
vocab-status-referred = Yönləndirilib
vocab-status-closed = Bağlanıb
vocab-status-sealed = Möhürlənib (sübut kimi kilidlənib)

## intake-channel

vocab-list-intake-channel = Müraciət kanalı
vocab-intake-channel-drop-in = Açıq qəbul mərkəzi
vocab-intake-channel-outreach = Sahə işi (autriç)
vocab-intake-channel-hotline = Qaynar xətt
vocab-intake-channel-lawyer = Vəkil vasitəsilə
vocab-intake-channel-peer-report = Həmyaşıd xəbər verib
vocab-intake-channel-self-report = Özü müraciət edib
vocab-intake-channel-other = Digər

## source-reliability

vocab-list-source-reliability = Məlumat mənbəyi
vocab-source-reliability-first-hand = Birbaşa (zərərçəkmişin özü)
vocab-source-reliability-witness = Şahid
vocab-source-reliability-second-hand = Dolayı (başqasından eşidilib)
vocab-source-reliability-unknown = Naməlum
vocab-source-reliability-other = Digər

## age-band

vocab-list-age-band = Yaş qrupu
vocab-age-band-under-18 = 18 yaşadək
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 və yuxarı

## gender

vocab-list-gender = Gender kimliyi
vocab-gender-woman = Qadın
vocab-gender-trans-woman = Trans qadın
vocab-gender-non-binary = Qeyri-binar
vocab-gender-other = Digər

## hiv-status

vocab-list-hiv-status = HİV statusu
vocab-hiv-status-positive = HİV-müsbət
vocab-hiv-status-negative = HİV-mənfi
vocab-hiv-status-unknown = Naməlum
vocab-hiv-status-not-disclosed = Açıqlanmayıb

## substance

vocab-list-substance = İstifadə edilən maddələr
vocab-substance-opioids = Opioidlər
vocab-substance-stimulants = Stimulyatorlar
vocab-substance-methadone-buprenorphine-ost = Metadon / buprenorfin (OƏT)
vocab-substance-new-psychoactive-substances = Yeni psixoaktiv maddələr
vocab-substance-alcohol = Alkoqol
vocab-substance-other = Digər

## child-custody-status

vocab-list-child-custody-status = Uşaqlar haradadır
vocab-child-custody-status-with-survivor = Onun yanında
vocab-child-custody-status-with-relatives = Qohumların yanında
vocab-child-custody-status-state-care = Dövlət himayəsində
vocab-child-custody-status-removed = Səlahiyyətli orqanlar tərəfindən götürülüb
vocab-child-custody-status-not-applicable = Aid deyil
vocab-child-custody-status-other = Digər

## location-type

vocab-list-location-type = Hadisə yeri
vocab-location-type-street = Küçə
vocab-location-type-home = Ev
vocab-location-type-police-vehicle = Polis avtomobili
vocab-location-type-police-station = Polis şöbəsi
vocab-location-type-temporary-detention = Müvəqqəti saxlama təcridxanası
vocab-location-type-pre-trial-detention = İstintaq təcridxanası
vocab-location-type-harm-reduction-site = Zərərin azaldılması məntəqəsi
vocab-location-type-ost-site = OƏT məntəqəsi
vocab-location-type-pharmacy = Aptek
vocab-location-type-hospital = Xəstəxana
vocab-location-type-court = Məhkəmə
vocab-location-type-other = Digər

## time-of-day

vocab-list-time-of-day = Günün vaxtı
vocab-time-of-day-morning = Səhər
vocab-time-of-day-day = Gündüz
vocab-time-of-day-evening = Axşam
vocab-time-of-day-night = Gecə

## date-precision

vocab-list-date-precision = Tarixin dəqiqliyi
vocab-date-precision-exact = Dəqiq tarix
vocab-date-precision-month = Yalnız ay
vocab-date-precision-year = Yalnız il
vocab-date-precision-range = İki tarix arasında

## tri-state

vocab-list-tri-state = Bəli / xeyr / naməlum
vocab-tri-state-yes = Bəli
vocab-tri-state-no = Xeyr
vocab-tri-state-unknown = Naməlum

## act-type

vocab-list-act-type = Əməlin növü
vocab-act-type-beating = Döymə
vocab-act-type-asphyxiation = Boğma (paket, əleyhqaz, boğazdan sıxma)
vocab-act-type-electric-shock = Elektrik cərəyanı vurma
vocab-act-type-stress-positions = Məcburi ağrılı vəziyyətdə saxlama
vocab-act-type-burns = Yandırma
vocab-act-type-use-of-weapon = Silah tətbiq etmə
vocab-act-type-other-physical = Digər fiziki zorakılıq
vocab-act-type-rape = Zorlama
vocab-act-type-sexual-assault = Seksual xarakterli zorakı hərəkətlər
vocab-act-type-sex-for-release = Azad etmək müqabilində cinsi əlaqə tələbi
vocab-act-type-forced-undressing = Məcburi soyundurma
vocab-act-type-search-by-male-officers = Kişi əməkdaşlar tərəfindən şəxsi axtarış
vocab-act-type-sexual-harassment = Cinsi qısnama
vocab-act-type-threats = Hədələr
vocab-act-type-humiliation = Alçaltma
vocab-act-type-threat-child-custody = Uşaqlarını əlindən almaqla hədələmə
vocab-act-type-threat-disclose-hiv-status = HİV statusunu açıqlamaqla hədələmə
vocab-act-type-threat-disclose-drug-use = Narkotik istifadəsini açıqlamaqla hədələmə
vocab-act-type-insults = Təhqirlər
vocab-act-type-detention-without-protocol = Protokol tərtib edilmədən tutulma
vocab-act-type-detention-beyond-limit = Qanuni müddətdən artıq saxlanılma
vocab-act-type-arrest-for-syringes = Şpris gəzdirdiyinə görə tutulma
vocab-act-type-planted-drugs = Üstünə narkotik atılması
vocab-act-type-fabricated-charges = Saxta ittihamlar
vocab-act-type-forced-confession = Məcburi etiraf
vocab-act-type-forced-testimony = Başqalarının əleyhinə məcburi ifadə
vocab-act-type-informant-recruitment = Məlumatçı olmağa təzyiq
vocab-act-type-pressure-against-partner = Partnyorunun əleyhinə ifadə verməyə təzyiq
vocab-act-type-extortion-bribe = Hədə-qorxu ilə pul tələbi / rüşvət tələbi
vocab-act-type-confiscation-money = Pulun əlindən alınması
vocab-act-type-confiscation-phone = Telefonun əlindən alınması
vocab-act-type-confiscation-syringes = Şprislərin əlindən alınması
vocab-act-type-confiscation-naloxone = Naloksonun əlindən alınması
vocab-act-type-confiscation-ost-medicine = OƏT dərmanının əlindən alınması
vocab-act-type-ost-denied-in-custody = Həbsdə olarkən OƏT verilməməsi
vocab-act-type-withdrawal-as-coercion = Abstinensiya sindromundan təzyiq vasitəsi kimi istifadə
vocab-act-type-medical-care-refused = Tibbi yardım göstərilməməsi
vocab-act-type-forced-drug-test = Məcburi narkotik testi
vocab-act-type-forced-hiv-test = Məcburi HİV testi
vocab-act-type-forced-narcological-registration = Məcburi narkoloji uçota alınma
vocab-act-type-hiv-status-disclosed = HİV statusunun açıqlanması
vocab-act-type-lawyer-refused = Vəkil verilməməsi
vocab-act-type-rights-not-read = Hüquqların izah edilməməsi
vocab-act-type-relatives-not-notified = Qohumlara xəbər verilməməsi
vocab-act-type-forced-signature = Sənədləri imzalamağa məcbur etmə
vocab-act-type-signed-without-understanding = Məzmununu başa düşmədən imzalama
vocab-act-type-interpreter-refused = Tərcüməçi verilməməsi
vocab-act-type-child-removed = Uşağın götürülməsi
vocab-act-type-child-removal-threatened = Uşağının götürülməsi ilə hədələmə
vocab-act-type-death-in-custody = Həbsdə ölüm
vocab-act-type-other = Digər

## act-group

vocab-list-act-group = Əməl qrupu
vocab-act-group-physical = Fiziki zorakılıq
vocab-act-group-sexual = Cinsi zorakılıq
vocab-act-group-psychological = Psixoloji zorakılıq
vocab-act-group-liberty = Azadlıqdan məhrumetmə
vocab-act-group-coercion = Məcburetmə
vocab-act-group-economic = İqtisadi zorakılıq
vocab-act-group-health = Sağlamlıq
vocab-act-group-procedure = Prosessual pozuntular
vocab-act-group-custody = Uşaqlar və qəyyumluq
vocab-act-group-death-in-custody = Həbsdə ölüm
vocab-act-group-other = Digər

## intent

vocab-list-intent = Ehtimal olunan məqsəd
vocab-intent-information = Məlumat almaq
vocab-intent-confession = Etiraf almaq
vocab-intent-intimidation = Qorxutmaq
vocab-intent-punishment = Cəzalandırmaq
vocab-intent-extortion = Hədə-qorxu ilə nəsə tələb etmək
vocab-intent-sexual-gratification = Cinsi tələbatı ödəmək
vocab-intent-unknown = Naməlum
vocab-intent-other = Digər

## medical-attention

vocab-list-medical-attention = Tibbi yardım
vocab-medical-attention-none = Olmayıb
vocab-medical-attention-refused = Verilməyib (imtina edilib)
vocab-medical-attention-first-aid = İlk yardım
vocab-medical-attention-hospital = Xəstəxana
vocab-medical-attention-forensic-exam = Məhkəmə-tibbi ekspertiza
vocab-medical-attention-other = Digər

## agency

vocab-list-agency = Qurum
vocab-agency-patrol-police = Patrul polisi
vocab-agency-criminal-investigation = Cinayət axtarışı bölməsi
vocab-agency-drug-control-unit = Narkotiklərlə mübarizə bölməsi
vocab-agency-traffic-police = Yol polisi
vocab-agency-special-forces = Xüsusi təyinatlı bölmə
vocab-agency-pre-trial-detention-staff = İstintaq təcridxanasının əməkdaşları
vocab-agency-prison-staff = Penitensiar müəssisənin əməkdaşları
vocab-agency-prosecutor = Prokurorluq
vocab-agency-narcology-staff = Narkoloji xidmətin əməkdaşları
vocab-agency-medical-staff = Tibb işçiləri
vocab-agency-other = Digər

## involvement

vocab-list-involvement = İştirak forması
vocab-involvement-perpetrated = Əməli törədib
vocab-involvement-ordered = Əmr verib
vocab-involvement-present = Orada olub
vocab-involvement-failed-to-intervene = Müdaxilə etməyib
vocab-involvement-other = Digər

## consistency

vocab-list-consistency = Nəticələrin uyğunluğu (İstanbul Protokolu)
vocab-consistency-not-consistent = Uyğun deyil
vocab-consistency-consistent = Uyğundur
vocab-consistency-highly-consistent = Yüksək dərəcədə uyğundur
vocab-consistency-typical = Səciyyəvidir
vocab-consistency-diagnostic = Diaqnostik əhəmiyyətlidir

## body-region

vocab-list-body-region = Bədən nahiyəsi
vocab-body-region-head = Baş
vocab-body-region-face = Üz
vocab-body-region-neck = Boyun
vocab-body-region-chest = Döş qəfəsi
vocab-body-region-abdomen = Qarın
vocab-body-region-upper-back = Kürəyin yuxarı hissəsi
vocab-body-region-lower-back = Bel
vocab-body-region-left-arm = Sol qol
vocab-body-region-right-arm = Sağ qol
vocab-body-region-left-hand = Sol əl
vocab-body-region-right-hand = Sağ əl
vocab-body-region-genitals = Cinsiyyət orqanları
vocab-body-region-buttocks = Sağrı nahiyəsi
vocab-body-region-left-leg = Sol ayaq
vocab-body-region-right-leg = Sağ ayaq
vocab-body-region-feet = Ayaq pəncələri
vocab-body-region-other = Digər

## service

vocab-list-service = Göstərilən xidmətlər
vocab-service-legal-consultation = Hüquqi məsləhət
vocab-service-legal-representation = Hüquqi təmsilçilik
vocab-service-medical = Tibbi yardım
vocab-service-psychosocial = Psixososial dəstək
vocab-service-shelter = Sığınacaq
vocab-service-ost-continuity = Əvəzedici terapiyanın davam etdirilməsi (OƏT)
vocab-service-harm-reduction-supplies = Zərərin azaldılması vasitələri
vocab-service-peer-support = Həmyaşıd dəstəyi
vocab-service-other = Digər

## complaint-body

vocab-list-complaint-body = Şikayət verilən orqan
vocab-complaint-body-police-internal-affairs = Polisin daxili təhlükəsizlik xidməti
vocab-complaint-body-prosecutor = Prokurorluq
vocab-complaint-body-ombudsman = Ombudsman (İnsan hüquqları üzrə müvəkkil)
vocab-complaint-body-court = Məhkəmə
vocab-complaint-body-un-special-procedure = BMT-nin xüsusi proseduru
vocab-complaint-body-un-treaty-body = BMT-nin müqavilə orqanı
vocab-complaint-body-other = Digər

## complaint-response

vocab-list-complaint-response = Şikayətə cavab
vocab-complaint-response-favourable = Müsbət
vocab-complaint-response-rejected = Rədd edilib
vocab-complaint-response-no-response = Cavab verilməyib
vocab-complaint-response-pending = Baxılır
vocab-complaint-response-other = Digər

## complaint-outcome

vocab-list-complaint-outcome = Şikayətin nəticəsi
vocab-complaint-outcome-criminal-case-opened = Cinayət işi başlanıb
vocab-complaint-outcome-refused-to-open = Cinayət işinin başlanmasından imtina edilib
vocab-complaint-outcome-disciplinary-action = İntizam tənbehi
vocab-complaint-outcome-compensation = Kompensasiya
vocab-complaint-outcome-none = Olmayıb
vocab-complaint-outcome-other = Digər

## consent-destination

vocab-list-consent-destination = Razılığın təyinatı
vocab-consent-destination-documentation = Sənədləşdirmə (qeydin saxlanması)
vocab-consent-destination-lawyer = Vəkillə paylaşma
vocab-consent-destination-organisation-network-stats = Şəbəkə statistikası (yalnız ümumiləşdirilmiş)
vocab-consent-destination-national-bodies = Milli orqanlar
vocab-consent-destination-un-special-procedures = BMT-nin xüsusi prosedurları
vocab-consent-destination-un-treaty-bodies = BMT-nin müqavilə orqanları
vocab-consent-destination-media-advocacy-anonymised = KİV və advokasiya (anonim)

## named-or-anonymised

vocab-list-named-or-anonymised = Adla və ya anonim
vocab-named-or-anonymised-named = Adla
vocab-named-or-anonymised-anonymised = Anonim

## redaction-profile

vocab-list-redaction-profile = Gizlətmə profili
vocab-redaction-profile-full = Tam (hər şey, onun vəkili üçün)
vocab-redaction-profile-pseudonymised = Psevdonimləşdirilmiş
vocab-redaction-profile-aggregate = Yalnız ümumiləşdirilmiş statistika

## media-kind

vocab-list-media-kind = Faylın növü
vocab-media-kind-photo = Foto
vocab-media-kind-scan = Skan
vocab-media-kind-audio = Səs yazısı
vocab-media-kind-video = Videoyazı
vocab-media-kind-document = Sənəd
vocab-media-kind-other = Digər
