# Qəbul sehrbazı (ui/src/screens/Intake.svelte və ui/src/components/casework/).
# İstənilən sualı ötürmək olar; yalnız psevdonim və sənədləşdirməyə razılıq vacibdir.

in-title = Yeni qəbul
in-steps = Müsahibənin addımları
in-saved-at = Seyfdə saxlanılıb: { $time }
in-not-saved-yet = Hələ heç nə qeydə alınmayıb
in-step-problems = { $count ->
    [one] Bu addımda { $count } problem var
   *[other] Bu addımda { $count } problem var
}

in-step-consent = Razılıq
in-step-survivor = Zərərçəkmiş
in-step-incidents = Hadisələr
in-step-acts = Nə edilib
in-step-perpetrators = Törədənlər
in-step-evidence = Sübutlar
in-step-responses = Görülən tədbirlər
in-step-review = Yoxlama

in-hint-consent = Əvvəlcə soruşun: o, ümumiyyətlə bunun yazılmasına razıdırmı? Bu razılıq olmadan heç nə saxlanıla bilməz. Sonra hər bir digər istifadə barədə soruşun.
in-hint-survivor = Yalnız psevdonim lazımdır. Bütün digər sualları ötürmək olar.
in-hint-incidents = Hər hadisə üçün bir blok. Tarix dəqiq gün, ay, il və ya aralıq ola bilər.
in-hint-acts = Hər hadisədə nə edildiyini işarələyin; təfərrüatlar boş qala bilər.
in-hint-perpetrators = Bunu kimin etdiyini onun bildiyi və ya demək istədiyi qədər təsvir edin.
in-hint-evidence = Fotolar, skanlar, səs və video yazıları, tibbi müayinə nəticələri. Fayllar seyfdə şifrələnmiş halda saxlanılır.
in-hint-responses = Onun üçün nə edilib və bundan sonra nə edilməlidir.
in-hint-review = Qeydə alınanları yoxlayın. Hər şeyi sonra da dəyişmək olar.

in-next = Növbəti
in-back = Geri
in-skip = Bu addımı ötür
in-to-review = Yoxlamaya keç
in-finish = İşi saxla
in-finishing = Saxlanılır…
in-stop = Burada dayan (sonra davam et)
in-discard = Bu qaralamanı ləğv et
in-discard-confirm = Bu qaralamada qeydə alınan hər şey silinsin?
in-discard-yes = Bəli, silinsin
in-discard-no = Xeyr, saxlanılsın

in-about-interview = Bu müsahibə haqqında
in-intake-date = Müsahibənin tarixi
in-documenter = Sənədləşdirən (sizin psevdoniminiz)
in-organisation = Təşkilat

in-consent-title = Razılıq
in-consent-intro = Hər istifadə üçün bir cavab qeyd edin. Cavabsız sual “soruşulmayıb” deməkdir; o, sonra fikrini dəyişə bilər.
in-consent-required = işi saxlamaq üçün lazımdır
in-consent-not-asked = Hələ soruşulmayıb
in-consent-yes = Razıdır
in-consent-no = Razı deyil
in-consent-date = Razılığın tarixi
in-consent-obtained-by = Soruşan
in-consent-gate = Əvvəlcə sənədləşdirməyə razılıq barədə soruşun; o razılaşanda digər addımlar açılır.
in-consent-refused = O, bunun sənədləşdirilməsinə razı deyil. Heç nə saxlanıla bilməz: qaralamanı ləğv edin.

in-survivor-title = Zərərçəkmiş
in-pseudonym = Psevdonim və ya şərti ad
in-pseudonym-hint = Onun həqiqi adı deyil. Həqiqi şəxsiyyət, ümumiyyətlə yazılacaqsa, aşağıdakı qorunan bloka yazılır.
in-age = Dəqiq yaşı
in-citizenship = Vətəndaşlığı (ölkə kodu)
in-stateless = Vətəndaşlığı yoxdur
in-situation-title = Onun vəziyyəti
in-skip-hint = Yalnız onun rahatlıqla cavab verə biləcəyi sualları verin.
in-pregnant = Hadisə zamanı hamilə idi
in-has-children = Uşaqları var
in-on-art = Antiretrovirus müalicəsi alır
in-ost-client = Opioid əvəzedici terapiya alır
in-harm-reduction-client = Zərərin azaldılması xidmətlərindən istifadə edir
in-sex-work = Seks işi
in-disability = Əlillik
in-homeless = Evsizdir
in-previous-incidents = Əvvəlki hadisələr (sayı)
in-identity-title = Həqiqi şəxsiyyət (qorunur)
in-identity-hint = Paylaşılan və ya şəxsi məlumatları gizlədilmiş heç bir sənədə daxil edilmir. Yalnız o istəsə və vəkilə lazım olsa doldurun.
in-legal-name = Rəsmi adı
in-date-of-birth = Doğum tarixi
in-phone = Telefon
in-address = Ünvan
in-id-document = Şəxsiyyəti təsdiq edən sənədin nömrəsi

in-incidents-empty = Hələ hadisə qeydə alınmayıb.
in-incident-n = Hadisə { $n }
in-incident-date = Nə vaxt baş verib
in-narrative = Nə baş verib, onun öz sözləri ilə
in-narrative-hint = Onun danışdığı dildə; tərcüməni aşağıda əlavə etmək olar.
in-narrative-translation = Tərcümə
in-detention = Tutulma
in-detained = O, tutulubmu
in-duration-hours = Nə qədər (saat)
in-protocol = Tutulma protokolu tərtib edilibmi
in-released-how = O, necə azad edilib
in-witnesses = Şahidlər
in-witness-pseudonym = Şahid (psevdonim)
in-witness-contact = Onunla necə əlaqə saxlamaq olar
in-witness-willing = İfadə verməyə hazırdır
in-add-witness = Şahid əlavə et
in-add-incident = Hadisə əlavə et
in-remove-incident = Bu hadisəni sil

in-acts-no-incident = Əvvəlcə hadisəni qeyd edin; onun əməlləri burada işarələnir.
in-act-perpetrators = Kim edib
in-new-perpetrator = Yeni törədən
in-physical-consequences = Fiziki nəticələr
in-psychological-consequences = Psixoloji nəticələr

in-perpetrators-empty = Hələ törədən qeydə alınmayıb.
in-perpetrator-n = Törədən { $ref }
in-unit = Bölmə
in-rank = Rütbə
in-badge = Döş nişanının nömrəsi
in-perp-name = Adı (qorunur)
in-vehicle = Nəqliyyat vasitəsinin dövlət nömrə nişanı
in-uniformed = Forma geyimində
in-count = Neçə nəfər
in-identifiable = O, onları yenidən tanıya bilər
in-add-perpetrator = Törədən əlavə et
in-remove-perpetrator = Bu törədəni sil

in-medical = Tibbi sənədlər
in-examiner = Müayinə edən
in-institution = Müəssisə
in-date = Tarix
in-findings = Müayinənin nəticələri
in-body-regions = Bədən nahiyələri üzrə xəsarətlər
in-mark-description = Orada nə görünür
in-add-medical = Tibbi müayinə əlavə et

in-services-given = Onun aldığı xidmətlər
in-referrals = Yönləndirmələr
in-referral-to = Hara yönləndirilib
in-referral-consent = O, yönləndirməyə razılıq verib
in-outcome = Nəticə
in-add-referral = Yönləndirmə əlavə et
in-complaints = Şikayətlər
in-date-filed = Verilmə tarixi
in-reference-number = Qeydiyyat nömrəsi
in-deadline = Son müddət
in-add-complaint = Şikayət əlavə et
in-follow-ups = Növbəti addımlar
in-follow-ups-hint = Məsələn, xəsarətlər hələ görünərkən məhkəmə-tibbi ekspertiza və ya apellyasiya şikayəti üçün son müddət.
in-due = Nə vaxtadək
in-note = Nə etməli
in-done-on = İcra edildiyi tarix
in-add-follow-up = Növbəti addım əlavə et

in-review-problems = { $count ->
    [one] İşi saxlamazdan əvvəl bir cavaba yenidən baxmaq lazımdır:
   *[other] İşi saxlamazdan əvvəl { $count } cavaba yenidən baxmaq lazımdır:
}
