# Drafts of UN submissions (casebook-submission): one case to a Special Procedure,
# many cases to an annex for a treaty body or the UPR. Ids: sub-<what>.
# Field labels, vocabularies and rights' names come from pdf.ftl and vocab.ftl.
# "Alleged victim" (the UN forms' term) = “ehtimal olunan zərərçəkmiş”; "communication" = “müraciət”;
# "submitting organisation" = “təqdim edən təşkilat”. The Working Group's name keeps the usual
# “Özbaşına həbslər”, though elsewhere detention = tutulma (see GLOSSARY.md).
# { $mechanism } is a full name in the nominative: the sentences around it do not decline it.

## Mechanisms
sub-mechanism-sr-torture = İşgəncə və digər qəddar, qeyri-insani və ya ləyaqəti alçaldan rəftar və cəza növləri üzrə Xüsusi məruzəçi
sub-mechanism-sr-vaw = Qadınlara və qızlara qarşı zorakılıq, onun səbəbləri və nəticələri üzrə Xüsusi məruzəçi
sub-mechanism-wgad = Özbaşına həbslər üzrə İşçi qrup
sub-mechanism-sr-health = Hər kəsin fiziki və psixi sağlamlığın əldə edilə bilən ən yüksək standartından istifadə hüququ üzrə Xüsusi məruzəçi
sub-thematic-cedaw = Qadınlara qarşı ayrı-seçkiliyin ləğv edilməsi üzrə Komitə (CEDAW): alternativ hesabat
sub-thematic-upr = Universal Dövri İcmal: maraqlı tərəfin təqdimatı
sub-kind-sr-torture = İddia edilən pozuntular barədə məktub və ya təcili müraciət
sub-kind-sr-vaw = Fərdi müraciət
sub-kind-wgad = Fərdi müraciət (nümunəvi sorğu vərəqəsi)
sub-kind-sr-health = Fərdi müraciət

## The draft's frame
sub-title-communication = { $mechanism } üçün müraciət layihəsi
sub-title-thematic = Əlavə layihəsi: { $report }
sub-banner = LAYİHƏ — GÖNDƏRİLMƏYİB — MƏXFİ
sub-made = Casebook ilə { $case } işi əsasında { $date } tarixində hazırlanıb. Nəsə göndərilməzdən əvvəl vəkil onu tamamlayır, yoxlayır və imzalayır.
sub-made-thematic = Casebook ilə { $date } tarixində hazırlanıb. Nəsə göndərilməzdən əvvəl vəkil və ya şəbəkə koordinatoru onu tamamlayır, yoxlayır və imzalayır.
sub-language-note = Xüsusi prosedurlar müraciətləri ingilis, fransız və ya ispan dilində qəbul edir. Bu layihə daxili baxış üçündür: ingilis, fransız və ya ispan dilində olan variantı göndərin.
sub-running-head = BMT-yə təqdim ediləcək sənədin layihəsi — məxfi
sub-footer = Casebook · layihə, göndərilməyib
sub-section = { $n }. { $title }

## Checklist
sub-checklist = Göndərməzdən əvvəl: hələ nələr tamamlanmalıdır
sub-checklist-intro = İşdə bu məlumatlar yoxdur. Hər biri mətndə “[tamamlanmalıdır: …]” kimi işarələnib; heç nə təxminlə yazılmayıb.
sub-checklist-none = Bu formanın tələb etdiyi bütün sahələr işdəki məlumatlarla doldurulub.
sub-checklist-always = Həmişə yoxlayın: faktlar onun öz danışdıqlarına uyğundurmu, hüquqi əsaslandırma düzgündürmü və göndərmə günü onun razılığı hələ qüvvədədirmi.
sub-missing = [tamamlanmalıdır: { $what }]

## What the forms follow
sub-intro-sr-torture = Bu layihə İşgəncə üzrə Xüsusi məruzəçinin fərdi iddialar üçün sorğu vərəqəsinə əsaslanır: ehtimal olunan zərərçəkmiş, dövlət, faktlar (nə vaxt, harada, kim tərəfindən, nə edilib və nəticələri), ölkə daxilində görülən tədbirlər və məlumat mənbəyi.
sub-intro-sr-vaw = Bu layihə Qadınlara qarşı zorakılıq üzrə Xüsusi məruzəçinin fərdi müraciətlər üçün sorğu vərəqəsinə əsaslanır: söhbət gedən qadın, dövlət, zorakılıq (nə vaxt, harada, kim tərəfindən, forması və nəticələri), dövlətin reaksiyası və məlumat mənbəyi.
sub-intro-wgad = Bu layihə İşçi qrupun nümunəvi sorğu vərəqəsinə əsaslanır: söhbət gedən şəxs, tutulma, həbsdə saxlanılma, azadlıqdan məhrumetmənin niyə özbaşına olduğu və ölkə daxilində görülən tədbirlər.
sub-intro-sr-health = Bu layihə Sağlamlıq hüququ üzrə Xüsusi məruzəçinin fərdi müraciətlər üçün sorğu vərəqəsinə əsaslanır: söhbət gedən şəxs, dövlət, faktlar, göstərilməyən və ya məcburi tətbiq edilən tibbi yardım, müalicə və məlumat, ölkə daxilində görülən tədbirlər.

## Sections
sub-sec-source = Təqdim edən təşkilat (məxfi)
sub-sec-victim = Ehtimal olunan zərərçəkmiş
sub-sec-state = Müvafiq dövlət
sub-sec-facts = Faktlar: nə baş verib, nə vaxt və harada
sub-sec-acts = Əməllər və onların nəticələri
sub-sec-perpetrators = Ehtimal olunan törədənlər
sub-sec-arrest = Tutulma
sub-sec-detention = Həbsdə saxlanılma
sub-sec-arbitrary = Azadlıqdan məhrumetmə niyə özbaşınadır
sub-sec-health = Həbsdə olarkən tibbi yardım, müalicə və məlumat
sub-sec-medical = Tibbi sənədlər
sub-sec-evidence = Təqdim edən təşkilatda saxlanılan sübutlar
sub-sec-remedies = Daxili hüquqi müdafiə vasitələri: görülən tədbirlər və hakimiyyət orqanlarının cavabı
sub-sec-rights = Aid olan hüquqlar
sub-sec-consent = Razılıq və məxfilik

## Fields
sub-field-organisation = Təşkilat
sub-field-contact = Mexanizm üçün əlaqə
sub-field-state = Dövlət
sub-field-name-used = Bu müraciətdə belə adlandırılır
sub-field-arrest-date = Tutulma tarixi
sub-field-arrest-place = Tutulma yeri
sub-field-arrest-by = Tutulmanı həyata keçirən qüvvələr
sub-field-warrant = Təqdim edilmiş həbs qərarı və ya digər qərar
sub-field-arrest-reasons = Göstərilən səbəblər
sub-field-legal-basis = İstinad edilən hüquqi əsas
sub-field-detention-place = Saxlanılma yeri
sub-source-confidential = Təşkilat haqqında məlumatlar yalnız mexanizm üçündür və dövlətə verilməməlidir.
sub-evidence-intro = Təşkilatda aşağıdakı materiallar saxlanılır. Onlar bu layihəyə əlavə edilməyib; hər biri SHA-256 heşi ilə identifikasiya olunur ki, sonradan göndərilən nüsxənin həmin fayl olduğunu göstərmək mümkün olsun.
sub-evidence-item = { $type }, { $date }
sub-evidence-item-undated = { $type }
sub-rights-intro = Casebook-un hüquqlar cədvəlindən: “aiddir” o deməkdir ki, əməl müddəanın əhatə dairəsinə düşür; bunun pozuntu olub-olmadığını vəkil əsaslandırır, mexanizm isə nəzərdən keçirir.
sub-health-intro = İşdə onun sağlamlığı, aldığı və ya ondan əsirgənən yardım barədə nələr qeydə alınıb.
sub-health-acts = Sağlamlıqla bağlı əməllər
sub-arbitrary-intro = İşçi qrup azadlıqdan məhrumetməni beş kateqoriyada özbaşına hesab edir: (I) heç bir hüquqi əsasa istinad etmək mümkün deyil; (II) o, hüquq və azadlıqların həyata keçirilməsinin nəticəsidir; (III) ədalətli məhkəmə araşdırmasının təminatlarına riayət olunmayıb; (IV) sığınacaq axtaranların, immiqrantların və ya qaçqınların uzunmüddətli inzibati həbsdə saxlanılması; (V) ayrı-seçkilik, o cümlədən cins və ya sağlamlıq vəziyyəti əsasında. Kateqoriyaları vəkil seçir və onları faktlarla əsaslandırır.
sub-arbitrary-facts = İşdə buna aid olan faktlar
sub-remedies-none = Heç bir şikayət qeydə alınmayıb.

## Names of what is missing (inside “[to be completed: …]”)
sub-need-organisation = təqdim edən təşkilatın adı
sub-need-contact = mexanizm üçün əlaqə (e-poçt və ya poçt ünvanı)
sub-need-state = müvafiq dövlət (hadisənin baş verdiyi ölkə)
sub-need-incident = hadisə (tarix, yer və nə baş verdiyi)
sub-need-incident-date = hadisənin tarixi
sub-need-place = hadisənin yeri
sub-need-narrative = nə baş verdiyi barədə onun danışdıqları
sub-need-translation = onun danışdıqlarının tərcüməsi
sub-need-acts = ona qarşı nə edildiyi
sub-need-consequences = onun fiziki və psixi sağlamlığı üçün nəticələr
sub-need-perpetrators = törədənlərin kim olduğu (qurum, bölmə, rütbə)
sub-need-medical = tibbi müayinə və ya onun niyə aparılmadığı
sub-need-remedies = ölkə daxilində verilmiş şikayətlər və ya şikayətin niyə verilmədiyi (təqib qorxusu, effektiv hüquqi müdafiə vasitəsinin olmaması)
sub-need-legal-name = onun tam adı
sub-need-date-of-birth = onun doğum tarixi
sub-need-detention = onun tutulub-tutulmadığı, harada və nə qədər müddətə
sub-need-warrant = həbs qərarının və ya digər qərarın təqdim edilib-edilmədiyi
sub-need-arrest-reasons = tutulma üçün göstərilən səbəblər
sub-need-legal-basis = hakimiyyət orqanlarının istinad etdiyi hüquqi əsas
sub-need-detention-place = saxlanılma yeri
sub-need-arbitrary = tətbiq olunan özbaşınalıq kateqoriyaları və əsaslandırma
sub-need-health = həbsdə olarkən onun sağlamlıq ehtiyacları (OƏT, HİV müalicəsi, digər yardım)
sub-need-public = onun adının mexanizmin ictimai hesabatlarında göstərilməsinə razı olub-olmadığı

## Consent
sub-anonymous-label = A. xanım
sub-withheld = onun xahişi ilə gizlədilib
sub-consent-anonymised = Onun kimliyi öz xahişi ilə gizlədilib. O, bu məlumatın adı göstərilmədən aşağıdakı mexanizmə göndərilməsinə razılıq verib: { $mechanism }. Mexanizm təqdim edən təşkilatla əlaqə saxlaya bilər; təşkilat isə, o razı olarsa, onunla əlaqə saxlaya bilər.
sub-consent-anonymised-use = Hökumətə göndərilən fərdi müraciətdə adətən ehtimal olunan zərərçəkmişin kimliyi göstərilir; adı olmadan bu məlumat sistemli pozuntular barədə məktublarda, həmçinin tematik və ölkə hesabatlarında istifadə oluna bilər.
sub-consent-named = O, bu müraciətə öz adı ilə razılıq verib ({ $date } tarixli razılıq, razılığı alan: { $by }).
sub-consent-named-undated = O, bu müraciətə öz adı ilə razılıq verib.
sub-consent-state = Adının dövlətə açıqlanmasına razıdır
sub-consent-public = Adının ictimai hesabatlarda göstərilməsinə razıdır
sub-needs-named = { $mechanism } müraciətləri hökumətə şəxsin kimliyi ilə birlikdə göndərir: kimliyinin dövlətə bildirilməsinə razı olan, adı göstərilən zərərçəkmiş lazımdır.

## Errors
sub-error-consent = { $state ->
    [refused] Zərərçəkmiş “BMT-nin xüsusi prosedurları” razılığını verməkdən imtina edib ({ $consent }); layihə yaratmaq olmaz. Heç bir fayl yazılmayıb.
    [revoked] Zərərçəkmiş “BMT-nin xüsusi prosedurları” razılığını geri götürüb ({ $consent }); layihə yaratmaq olmaz. Heç bir fayl yazılmayıb.
   *[missing] Bu işdə “BMT-nin xüsusi prosedurları” razılığı ({ $consent }) yoxdur; layihə yaratmazdan əvvəl onu qeyd edin. Heç bir fayl yazılmayıb.
}
sub-error-needs-named = Özbaşına həbslər üzrə İşçi qrupa kimliyinin dövlətə bildirilməsinə razı olan, adı göstərilən zərərçəkmiş lazımdır, onun razılığı ({ $consent }) isə anonimdir. Heç bir fayl yazılmayıb.
sub-error-unknown-mechanism = Naməlum mexanizm: “{ $mechanism }”. sr-torture, sr-vaw, wgad və ya sr-health istifadə edin.
sub-error-unknown-thematic = Naməlum hesabat: “{ $report }”. cedaw və ya upr istifadə edin.
sub-error-unknown-language = BMT üçün layihələr ingilis, rus və ya ukrayna dilində yazılır, “{ $lang }” dilində deyil.
sub-error-format = Layihəni .docx və ya .pdf kimi saxlayın, “{ $name }” kimi deyil.
sub-error-docx = Word faylını yaratmaq mümkün olmadı.
sub-error-case-consent = { $case } işini əlavədə xülasə etmək olmaz: onun BMT-nin müqavilə orqanları (un-treaty-bodies) üçün razılığı { $state ->
    [refused] verilməyib (imtina edilib)
    [revoked] geri götürülüb
   *[missing] qeydə alınmayıb
}. Heç bir fayl yazılmayıb.
sub-error-case-country = { $case } işi bu ölkədə baş verməyib: { $country }. Bir əlavə yalnız bir ölkəni əhatə edir. Heç bir fayl yazılmayıb.
sub-error-too-many-cases = Bir əlavəyə ən çoxu { $max } iş xülasəsi sığır. Heç bir fayl yazılmayıb.
sub-error-bad-country = “{ $country }” ölkə kodu deyil (iki hərf, məsələn, KZ).

## Thematic annex
sub-thematic-intro-cedaw = CEDAW Komitəsinə təqdim edilən alternativ hesabata əlavə; baxılan ölkə: { $country }. Təqdim edən təşkilatın sənədləşdirdiyi kimi, narkotik istifadə edən qadınlara qarşı polis zorakılığı.
sub-thematic-intro-upr = Universal Dövri İcmal üçün maraqlı tərəfin təqdimatına əlavə; baxılan ölkə: { $country }. Təqdim edən təşkilatın sənədləşdirdiyi kimi, narkotik istifadə edən qadınlara qarşı polis zorakılığı.
sub-field-country = Ölkə
sub-field-period = Dövr
sub-period-all = qeydə alınmış bütün tarixlər
sub-period-from-to = { $from } – { $to }
sub-period-from = { $from } tarixindən
sub-period-to = { $to } tarixinədək
sub-field-cases-counted = Sayılan işlər
sub-thematic-figures = Rəqəmlər
sub-thematic-method = İşlər sayılır: iki dəfə döymə olan iş “Döymə” sətrində bir dəfə sayılır, bir iş isə bir neçə əməl üzrə sayıla bilər. Yalnız zərərçəkmişlərin statistik istifadəyə razılıq verdiyi işlər sayılır. { $k } həddindən kiçik say “<{ $k }” kimi göstərilir; gizlədilən sayı hesablamağa imkan verəcəyi hallarda başqa bir say da gizlədilir.
sub-table-act-group = Əməl növləri
sub-table-act = Əməllər
sub-table-agency = Törədənlərin qurumları
sub-table-location = Yerlər (polis şöbələri və saxlanılma yerləri daxil olmaqla)
sub-table-medical = Əməldən sonra tibbi yardım (həbsdə sağlamlıq)
sub-table-complaint-body = Şikayətlər: hara verilib
sub-table-complaint-response = Şikayətlər: hakimiyyət orqanlarının cavabı
sub-table-complaint-outcome = Şikayətlər: nəticə
sub-col-count = İşlər
sub-col-provision = Müddəa
sub-hidden = <{ $k }
sub-thematic-rights = Aid olan hüquqlar, işlərin sayına görə
sub-thematic-summaries = İşlərin xülasələri
sub-thematic-summaries-intro = Zərərçəkmişlərin BMT-nin müqavilə orqanları üçün razılığı ilə təqdim edən təşkilatın seçdiyi işlər. Adlar və bölgədən kiçik yerlər göstərilmir, tarixlər ay dəqiqliyi ilə verilir.
sub-thematic-summary = İş { $n } — { $date }, { $place }
sub-thematic-summaries-none = Heç bir iş xülasəsi seçilməyib.
sub-limit-upr = Həcm həddi: BMT İnsan Hüquqları üzrə Ali Komissarlığının (OHCHR) Universal Dövri İcmal üçün maraqlı tərəflərin təqdimatlarına dair texniki təlimatı bir təşkilatın təqdimatı üçün { $limit } söz (birgə təqdimat üçün iki dəfə çox), hər təqdimatda bir ölkə və son icmaldan bəri keçən dövrü nəzərdə tutur. Göndərməzdən əvvəl qüvvədə olan təlimatı yoxlayın.
sub-limit-cedaw = Həcm həddi: CEDAW Komitəsi alternativ hesabatları sessiyadan bir neçə həftə əvvəl göndərilən Word faylları kimi qəbul edir; burada bir təşkilatın hesabatı üçün hədd kimi { $limit } söz götürülüb. Göndərməzdən əvvəl Komitənin QHT-lər üçün qüvvədə olan qeydini yoxlayın.
sub-words = Bu əlavədə { $n } söz var; hədd { $limit } sözdür.
sub-words-over = Bu əlavədə { $n } söz var, bu da { $limit } sözlük həddən { $over } söz çoxdur: göndərməzdən əvvəl onu qısaldın.

## Desktop
sub-ui-button = BMT-yə təqdimat…
sub-ui-title = BMT-yə təqdimat layihəsi
sub-ui-mechanism = Mexanizm
sub-ui-language = Layihənin dili
sub-ui-format = Fayl növü
sub-ui-format-docx = Word (.docx), vəkilin redaktə etməsi üçün
sub-ui-format-pdf = PDF, oxumaq üçün
sub-ui-organisation = Təqdim edən təşkilat (seyfdə saxlanılır; layihədə məxfi kimi işarələnir)
sub-ui-org-name = Adı
sub-ui-org-contact = Mexanizm üçün əlaqə
sub-ui-missing = { $n ->
    [one] İşdə bu formanın tələb etdiyi bir məlumat yoxdur; layihə onu tamamlanmaq üçün işarələyir:
   *[other] İşdə bu formanın tələb etdiyi { $n } məlumat yoxdur; layihə onları tamamlanmaq üçün işarələyir:
}
sub-ui-missing-none = İşdə bu formanın tələb etdiyi bütün məlumatlar var.
sub-ui-save = Layihəni saxla…
sub-ui-saving = Layihə yazılır…
sub-ui-saved = Layihə saxlanıldı: { $file }
sub-ui-close = Bağla
sub-ui-choosing = Açılan pəncərədə layihəni harada saxlayacağınızı seçin.
sub-ui-unencrypted = Layihə şifrələnməyib: onu şifrələnmiş diskdə saxlayın, yalnız etibar etdiyiniz kanalla göndərin və lazım olmayan nüsxələri silin.
sub-ui-intro = Vəkilin tamamlayacağı, yoxlayacağı və imzalayacağı layihə. O, mexanizmin sorğu vərəqəsinə əsaslanır və işdə olmayan məlumatları işarələyir.
sub-ui-thematic-intro = Bir ölkə üzrə rəqəmlər (kiçik saylar gizlədilir) və adlar və yerlər göstərilmədən 10-a qədər qısa iş xülasəsi.
sub-ui-thematic-button = Tematik əlavə…
sub-ui-thematic-title = BMT icmalı üçün əlavə
sub-ui-report = Hesabat
sub-ui-country = Ölkə
sub-ui-min-cell = Bu həddən kiçik sayları gizlət
sub-ui-cases = İş xülasələri (yalnız BMT-nin müqavilə orqanları üçün razılıq olan işlər)
sub-ui-cases-none = Bu ölkədə BMT-nin müqavilə orqanları üçün razılığı olan iş yoxdur.
sub-ui-annex-save = Əlavəni saxla…
sub-ui-annex-saved = Əlavə saxlanıldı: { $file } ({ $words } söz, hədd { $limit })
dialog-title-submission = BMT-yə təqdimat layihəsini saxlayın
dialog-title-annex = Əlavəni saxlayın

## Command line
sub-cli-written = Layihə yazıldı: { $path } (tamamlanmalı məlumat: { $missing }, SHA-256 { $sha256 })
sub-cli-annex-written = Əlavə yazıldı: { $path } ({ $words } söz, hədd { $limit }, SHA-256 { $sha256 })
cli-organisation = Təqdim edən təşkilat: { $name }
    Əlaqə: { $contact }
sub-cli-over-limit = Xəbərdarlıq: əlavə { $limit } sözlük həddi { $over } söz aşır.
