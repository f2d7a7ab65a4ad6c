# Vəkil üçün dosye (casebook-pdf). İd-lər: pdf-<nə>.

## Xətalar
pdf-error-consent = { $state ->
    [refused] Zərərçəkmiş “Vəkillə paylaşma” razılığını verməkdən imtina edib ({ $consent }); dosye yaratmaq olmaz.
    [revoked] Zərərçəkmiş “Vəkillə paylaşma” razılığını geri götürüb ({ $consent }); dosye yaratmaq olmaz.
   *[missing] Bu işdə “Vəkillə paylaşma” razılığı ({ $consent }) yoxdur; dosye yaratmazdan əvvəl onu qeyd edin.
}
pdf-error-consent-anonymised-only = Zərərçəkmiş bu işin vəkillə paylaşılmasına ({ $consent }) yalnız anonim şəkildə razılıq verib: bunun əvəzinə psevdonimləşdirilmiş dosye yaradın.
pdf-error-unknown-language = Dosye “{ $lang }” dilində yaradıla bilməz; menyudakı dillərdən birini seçin.
pdf-error-unknown-profile = Naməlum gizlətmə profili: “{ $profile }”. full və ya pseudonymised istifadə edin.
pdf-error-font = Daxili { $font } şriftini oxumaq mümkün deyil; proqram zədələnib.
pdf-error-encode = İşin məlumatlarını dosye üçün hazırlamaq mümkün olmadı.
pdf-error-write = Faylı yazmaq mümkün olmadı: { $detail }
pdf-error-read = Faylı oxumaq mümkün olmadı: { $detail }
pdf-error-not-a-case-file = Bu, Casebook dosyesi deyil və ya onun bütövlük məlumatları silinib.
pdf-error-newer-format = Bu dosye { $format } məlumat formatında yaradılıb, Casebook-un bu versiyası isə onu tanımır. Onu daha yeni versiya ilə yoxlayın.
pdf-error-not-in-vault = Bu seyfdə faylın yaradıldığı redaksiya ({ $revision }) yoxdur.
pdf-error-unknown-revision-tag = Bu seyfdə bu işin heç bir redaksiyasının nişanı faylın redaksiya nişanı ({ $tag }) ilə üst-üstə düşmür. Psevdonimləşdirilmiş faylı yalnız onu yaradan seyfdə yoxlamaq olar — ya da nişan dəyişdirilib.
pdf-error-bad-audit-seq = Dosyenin bütövlük məlumatları zədələnib: orada heç bir seyfdə ola bilməyən { $seq } nömrəli audit qeydi göstərilib. Fayl dəyişdirilib və ya Casebook ilə yaradılmayıb.

## Kolontitullar
pdf-confidential = MƏXFİ — HÜQUQİ DOSYE
pdf-confidential-long = Məxfi — hüquqi dosye. Burada zorakılıqdan zərər çəkmiş qadın haqqında həssas şəxsi məlumatlar var. Onun razılığı olmadan bu sənədin surətini çıxarmayın, onu başqasına göndərməyin və hüquqi komandadan kənarda açıqlamayın.
pdf-page-n-of-m = Səhifə { $n } / { $m }
pdf-footer-left = Casebook · redaksiya { $revision }
pdf-footer-left-tag = Casebook · redaksiya nişanı { $revision }

## Üz qabığı
pdf-cover-title = Hüquqi dosye
pdf-field-generated = Yaradılıb
pdf-field-language = Dil
pdf-field-profile = Gizlətmə profili
pdf-field-organisation = Təşkilat
pdf-field-documenter = Sənədləşdirən
pdf-field-revision = Redaksiya
pdf-field-revision-tag = Redaksiya nişanı
pdf-cover-note-full = Bu faylda zərərçəkmişin şəxsiyyət məlumatları var. O, yalnız onun öz vəkili üçün hazırlanıb.
pdf-cover-note-pseudonymised = Bu fayl psevdonimləşdirilib: onun şəxsiyyəti və əlaqə məlumatları, şahidlərin adları və əlaqə məlumatları, törədənlərin adları və əlavə fayllarının adları çıxarılıb; onun adı (istənilən formada), telefon və sənəd nömrələri və doğum tarixi yazıldığı hər yerdə […] ilə əvəz edilib. Sərbəst mətnə (hadisənin təsviri, qeydlər, müayinə nəticələri) yazılmış digər adamların adları avtomatik tanına bilmir və yoxlanılmayıb.
pdf-cover-verify = Bu faylın dəyişdirilmədiyini və yaradıldığı qeydə uyğun olduğunu onu yaradan seyfdə “casebook verify-pdf” əmri ilə yoxlamaq olar (son səhifəyə baxın).

## Bölmələr
pdf-section-summary = 1. Xülasə
pdf-section-chronology = 2. Hadisələrin xronologiyası
pdf-section-acts = 3. Əməllər və onların hüquqi tövsifi
pdf-section-perpetrators = 4. Törədənlər
pdf-section-evidence = 5. Sübutlar
pdf-section-responses = 6. Görülən tədbirlər
pdf-section-consent = 7. Razılıq
pdf-section-integrity = 8. Bu faylın bütövlüyü

## Xülasə
pdf-summary-who = Zərərçəkmiş
pdf-summary-case = İş
pdf-summary-deadlines = Açıq son müddətlər
pdf-field-pseudonym = Psevdonim
pdf-field-legal-name = Rəsmi adı
pdf-field-date-of-birth = Doğum tarixi
pdf-field-phone = Telefon
pdf-field-address = Ünvan
pdf-field-id-document = Şəxsiyyəti təsdiq edən sənədin nömrəsi
pdf-field-age = Yaşı
pdf-field-gender = Gender kimliyi
pdf-field-residence = Yaşayış yeri
pdf-field-citizenship = Vətəndaşlığı
pdf-stateless = Vətəndaşlığı yoxdur
pdf-field-pregnant = O zaman hamilə idi
pdf-field-children = Uşaqları var
pdf-field-custody = Uşaqlar haradadır
pdf-field-hiv = HİV statusu
pdf-field-on-art = Antiretrovirus müalicəsi alır
pdf-field-substances = İstifadə etdiyi maddələr
pdf-field-ost-client = Opioid əvəzedici terapiya alır
pdf-field-harm-reduction = Zərərin azaldılması xidmətlərindən istifadə edir
pdf-field-sex-work = Seks işi
pdf-field-disability = Əlillik
pdf-field-homeless = Evsizdir
pdf-field-previous-incidents = Əvvəlki hadisələr
pdf-field-when = Nə vaxt
pdf-field-where = Harada
pdf-field-what = Nə edilib
pdf-field-by-whom = Kim tərəfindən
pdf-field-status = Hazırkı status
pdf-field-intake-date = Qəbul tarixi
pdf-field-intake-channel = İş necə daxil olub
pdf-field-source = Məlumat mənbəyi
pdf-field-tags = Etiketlər
pdf-field-notes = Qeydlər
pdf-deadline-complaint = Şikayətə cavab müddəti (şikayət verilən orqan: { $body })
pdf-col-due = Müddət
pdf-col-what = Nə
pdf-none = Heç nə qeydə alınmayıb.
pdf-yes = Bəli
pdf-no = Xeyr
pdf-withheld = gizlədilib (psevdonimləşdirilmiş fayl)

## Xronologiya
pdf-incident-title = Hadisə { $n }: { $date }
pdf-field-date = Tarix
pdf-field-date-precision = Tarixin dəqiqliyi
pdf-field-time-of-day = Günün vaxtı
pdf-field-place = Yer
pdf-field-location-type = Yerin növü
pdf-field-detained = Tutulub
pdf-field-detention-hours = Saxlanılma müddəti
pdf-hours = { $n ->
    [one] { $n } saat
   *[other] { $n } saat
}
pdf-field-protocol = Tutulma protokolu tərtib edilib
pdf-field-released-how = Necə azad edilib
pdf-narrative-original = Onun öz sözləri ilə danışdıqları (orijinal dildə)
pdf-narrative-translation = Onun danışdıqlarının tərcüməsi
pdf-witnesses = Şahidlər
pdf-col-pseudonym = Psevdonim
pdf-col-contact = Əlaqə
pdf-col-willing = İfadə verməyə hazırdır

## Əməllər
pdf-acts-intro = Hər əməl Casebook-un hüquqlar cədvəlindən götürülmüş, ona aid olan müddəalarla birlikdə verilir. “Aiddir” o deməkdir ki, əməl müddəanın əhatə dairəsinə düşür; bunun pozuntu olub-olmadığını vəkil və işə baxan orqan müəyyən edir.
pdf-acts-of-incident = Hadisə { $n } ({ $date })
pdf-act-title = Əməl { $n }: { $act }
pdf-field-act-group = Əməl qrupu
pdf-field-intent = Ehtimal olunan məqsəd
pdf-field-physical = Fiziki nəticələr
pdf-field-psychological = Psixoloji nəticələr
pdf-field-medical-attention = Tibbi yardım
pdf-field-perpetrators = İştirak edən törədənlər
pdf-field-rights = Aid olan hüquqlar
pdf-rights-summary = Bu işə aid olan hüquqlar
pdf-col-instrument = Beynəlxalq sənəd
pdf-col-provisions = Müddəalar
pdf-col-acts = Əməllər
pdf-right-article = { $instrument }, maddə { $article }
pdf-right-rule = { $instrument }, qayda { $article }
pdf-right-paragraph = { $instrument }, bənd { $article }
pdf-instrument-cat = İşgəncələrə qarşı Konvensiya
pdf-instrument-iccpr = Mülki və siyasi hüquqlar paktı
pdf-instrument-icescr = İqtisadi, sosial və mədəni hüquqlar paktı
pdf-instrument-echr = AİHK
pdf-instrument-echr-protocol-1 = AİHK, 1 saylı Protokol
pdf-instrument-cedaw-gr-35 = CEDAW, 35 saylı ÜT
pdf-instrument-bangkok-rules = Banqkok Qaydaları
pdf-instrument-crc = Uşaq hüquqları Konvensiyası
pdf-instrument-name-cat = İşgəncələrə qarşı Konvensiya (CAT)
pdf-instrument-name-iccpr = Mülki və siyasi hüquqlar haqqında Beynəlxalq Pakt (ICCPR)
pdf-instrument-name-icescr = İqtisadi, sosial və mədəni hüquqlar haqqında Beynəlxalq Pakt (ICESCR)
pdf-instrument-name-echr = İnsan hüquqlarının və əsas azadlıqların müdafiəsi haqqında Avropa Konvensiyası (AİHK)
pdf-instrument-name-echr-protocol-1 = AİHK-ya 1 saylı Protokol
pdf-instrument-name-cedaw-gr-35 = CEDAW Komitəsinin 35 saylı Ümumi Tövsiyəsi (ÜT)
pdf-instrument-name-bangkok-rules = BMT-nin Qadın məhbuslarla rəftar qaydaları (Banqkok Qaydaları)
pdf-instrument-name-crc = Uşaq hüquqları haqqında Konvensiya (CRC)

## Törədənlər
pdf-perpetrator-title = Törədən { $n }
pdf-perpetrator-title-ref = Törədən { $n } ({ $ref })
pdf-field-agency = Qurum
pdf-field-unit = Bölmə
pdf-field-rank = Rütbə
pdf-field-name = Adı
pdf-field-badge = Döş nişanının nömrəsi
pdf-field-uniformed = Forma geyimində
pdf-field-vehicle = Nəqliyyat vasitəsinin dövlət nömrə nişanı
pdf-field-count = Nəfər sayı
pdf-field-identifiable = O, onları yenidən tanıya bilər
pdf-field-involvement = İştirak forması

## Sübutlar
pdf-medical = Tibbi sənədlər
pdf-field-exam-date = Müayinə tarixi
pdf-field-examiner = Müayinə edən
pdf-field-institution = Müəssisə
pdf-field-findings = Müayinənin nəticələri
pdf-field-consistency = Uyğunluq (İstanbul Protokolu)
pdf-col-body-region = Bədən nahiyəsi
pdf-col-description = Təsvir
pdf-attachments = Əlavələr
pdf-col-file = Fayl
pdf-col-type-size = Növ, həcm
pdf-col-times = Çəkilib / alınıb
pdf-col-received-by = Qəbul edən
pdf-captured = çəkilib: { $time }
pdf-received = alınıb: { $time }
pdf-photos = Fotoşəkillər
pdf-photo-caption = Əlavə { $n }: { $file }
pdf-photo-missing = (fayl bu seyfdə yoxdur)
pdf-photo-too-large = (daxil etmək üçün çox böyükdür; orijinala baxın)
pdf-photo-unreadable = (bu şəkil formatını burada göstərmək olmur; orijinala baxın)

## Görülən tədbirlər
pdf-field-services = Göstərilən xidmətlər
pdf-referrals = Yönləndirmələr
pdf-complaints = Şikayətlər
pdf-follow-ups = Növbəti addımlar
pdf-col-to = Hara
pdf-col-date = Tarix
pdf-col-consent = Razılıq
pdf-col-outcome = Nəticə
pdf-col-body = Orqan
pdf-col-filed = Verilib
pdf-col-reference = Qeydiyyat nömrəsi
pdf-col-deadline = Son müddət
pdf-col-response = Cavab
pdf-col-done = İcra edilib
pdf-col-note = Qeyd

## Razılıq
pdf-consent-intro = Zərərçəkmişin nəyə razılıq verdiyi — hər təyinat üzrə ayrıca, işdə qeydə alındığı kimi.
pdf-col-destination = Təyinat
pdf-col-given = Verilib
pdf-col-named = Adla və ya anonim
pdf-col-obtained-by = Razılığı alan
pdf-col-revoked = Geri götürülüb

## Bütövlük
pdf-integrity-intro = Bu fayl şifrələnmiş Casebook seyfindəki işin bir redaksiyasından yaradılıb. Redaksiya identifikatoru həmin redaksiyanın məzmununun və tarixçəsinin SHA-256 heşidir; aşağıdakı məlumat heşi isə məhz bu faylda göstərilənlərin, faylın dili, profili və redaksiyası ilə birlikdə SHA-256 heşidir.
pdf-integrity-intro-tagged = Bu fayl şifrələnmiş Casebook seyfindəki işin bir redaksiyasından yaradılıb. Fayl psevdonimləşdirildiyi üçün redaksiyalar nişanları ilə göstərilir: nişan redaksiya identifikatorunun yalnız həmin seyfdə saxlanılan gizli açarla hesablanmış HMAC-SHA256 dəyəridir; beləliklə, seyfə çıxışı olmayan heç kim təxmin etdiyi adı bu nişanlarla yoxlaya bilməz. Aşağıdakı məlumat heşi məhz bu faylda göstərilənlərin, faylın dili, profili və redaksiya nişanı ilə birlikdə SHA-256 heşidir.
pdf-field-case-id = İşin identifikatoru
pdf-field-audit-head = Audit zəncirinin son qeydi
pdf-field-data-hash = Məlumat heşi (SHA-256)
pdf-history = Redaksiyaların tarixçəsi
pdf-col-time = Vaxt
pdf-col-author = Müəllif
pdf-col-kind = Dəyişiklik
pdf-col-reason = Səbəb
pdf-col-revision = Redaksiya identifikatoru
pdf-col-revision-tag = Redaksiya nişanı
pdf-revision-kind-create = yaradılıb
pdf-revision-kind-edit = redaktə edilib
pdf-revision-kind-delete = silinib
pdf-revision-kind-merge = birləşdirilib
pdf-integrity-how = Faylda həmçinin onun bütün baytlarının SHA-256 heşi var. Faylı yaradan seyfdə Casebook-un “Dosyeni yoxla” funksiyası (və ya “casebook verify-pdf FILE” əmri) hər iki heşi yenidən hesablayır, audit zəncirindəki qeydi təsdiqləyir və redaksiyanı yenidən yaradır; fayl yaradıldıqdan sonra onda edilmiş istənilən dəyişiklik bildirilir.

## Tarixlər və ədədlər
pdf-date-exact = { $day } { $month } { $year }
pdf-date-month = { $month } { $year }
pdf-date-year = { $year }
pdf-date-range = təxminən { $start } – { $end }
pdf-date-range-same-month = təxminən { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } bayt
pdf-size-kb = { $n } kilobayt
pdf-size-mb = { $n } meqabayt
pdf-month-gen-1 = yanvar
pdf-month-gen-2 = fevral
pdf-month-gen-3 = mart
pdf-month-gen-4 = aprel
pdf-month-gen-5 = may
pdf-month-gen-6 = iyun
pdf-month-gen-7 = iyul
pdf-month-gen-8 = avqust
pdf-month-gen-9 = sentyabr
pdf-month-gen-10 = oktyabr
pdf-month-gen-11 = noyabr
pdf-month-gen-12 = dekabr
pdf-month-nom-1 = yanvar
pdf-month-nom-2 = fevral
pdf-month-nom-3 = mart
pdf-month-nom-4 = aprel
pdf-month-nom-5 = may
pdf-month-nom-6 = iyun
pdf-month-nom-7 = iyul
pdf-month-nom-8 = avqust
pdf-month-nom-9 = sentyabr
pdf-month-nom-10 = oktyabr
pdf-month-nom-11 = noyabr
pdf-month-nom-12 = dekabr
