## Seyfdən və kitabxanalardan gələn xətalar. Hər id bir `message_id` ilə adlanır.

error-wrong-secret = Parol və ya bərpa açarı düzgün deyil. Heç nə dəyişdirilmədi.
error-no-vault = Bu qovluqda hələ seyf yoxdur.
error-vault-exists = Bu qovluqda artıq seyf var; o olduğu kimi saxlanıldı.
error-key-file-missing = Seyfin açar faylı yoxdur. Onsuz seyfi açmaq olmaz; onu ehtiyat nüsxədən bərpa edin.
error-key-file-damaged = Seyfin açar faylı zədələnib. Heç nə dəyişdirilmədi; açar faylını ehtiyat nüsxədən bərpa edin.
error-kdf-params-rejected = Açar faylı kilidi açmaq üçün əsassız dərəcədə çox iş tələb edir və rədd edildi. Ola bilsin, ona müdaxilə edilib.
error-database-damaged = Seyfin verilənlər bazası zədələnib və ya dəyişdirilib. Heç nə dəyişdirilmədi; onu ehtiyat nüsxədən bərpa edin.
error-attachments-missing = Seyfin əlavələr faylı (attachments.db) yoxdur. Heç nə dəyişdirilmədi və yenidən yaradılmadı; onu ehtiyat nüsxədən bərpa edin.
error-newer-schema = Bu seyf proqramın daha yeni versiyası ilə yazılıb (versiya { $found }; bu proqramın tanıdığı: { $known }). Proqramı yeniləyin; seyf dəyişdirilmədi.
error-vault-locked-elsewhere = Seyf başqa pəncərədə və ya proqramda açıqdır. Əvvəlcə onu orada bağlayın.
error-disk-full = Disk doludur. Heç nə saxlanılmadı; yer boşaldıb yenidən cəhd edin.
error-passphrase-too-short = Parol { $min ->
        [one] ən azı { $min } simvoldan
       *[other] ən azı { $min } simvoldan
    } və ya üç və daha çox hərfli ən azı { $words } sözdən ibarət olmalıdır.
error-last-slot = Bu yeganə paroldur; onu silməzdən əvvəl başqasını əlavə edin.
error-rekey-unfinished = Seyfin açarının dəyişdirilməsi yarımçıq qalıb. Onu başladan parolla kilidi açın; bundan sonra dəyişiklik başa çatdırılacaq.
error-rekey-needs-another-passphrase = Seyfin açarı dəyişdiriləndə yalnız təsdiq üçün yazdığınız parol qalır. Silinəcək parolu deyil, qalacaq parolu yazın.
error-case-not-found = Bu seyfdə “{ $case }” işi yoxdur.
error-follow-up-not-found = “{ $case }” işində artıq { $n } nömrəli növbəti addım yoxdur.
error-duplicate-code = { $case } iş kodu bu seyfdə artıq istifadə olunur.
error-case-deleted = { $case } işi silinib.
error-sealed-needs-reason = Bu iş möhürlənib. Onu dəyişmək üçün səbəb göstərin; səbəb işin tarixçəsində saxlanılır.
error-attachment-too-large = Fayl { $limit_mb } meqabayt həddindən böyükdür və əlavə edilmədi.
error-attachment-changed = Fayl əlavə edilərkən dəyişdi və əlavə edilmədi. Ona heç nə yazılmayanda yenidən əlavə edin.
error-attachment-not-found = Bu seyfdə SHA-256 dəyəri { $sha256 } olan əlavə yoxdur.
error-revision-not-found = Bu seyfdə { $revision } redaksiyası yoxdur.
error-encode = İşi seyfin formatına salmaq mümkün olmadı. Heç nə saxlanılmadı; lütfən, bu barədə xəbər verin.
error-io = Faylı oxumaq və ya yazmaq mümkün olmadı: { $detail }
error-database = Seyf xəta bildirdi: { $detail }
error-unknown-language = Naməlum dil: { $lang }
error-bad-message-file = { $lang } dili üçün { $file } mesaj faylı zədələnib.
error-draft-not-found = Bu qaralama artıq yoxdur. Ola bilsin, o başa çatdırılıb və ya ləğv edilib.
error-unknown-section = Proqram işin tanımadığı bir hissəsini (“{ $section }”) saxlamağa çalışdı. Heç nə dəyişdirilmədi.
error-no-documentation-consent = Onun sənədləşdirməyə razılığı olmadan işi saxlamaq olmaz. Əvvəlcə razılıq addımında bunu soruşun.
error-split-out-of-range = Bölgü açılmaq üçün ən azı 2 pay tələb etməli, cəmi ən çoxu { $max } paydan ibarət olmalıdır və yaratdığından çox pay tələb edə bilməz (istənilən: { $n } paydan { $k }). Heç nə dəyişdirilmədi.
error-share-damaged = { $n } nömrəli pay zədələnib: bir simvol çatışmır və ya səhv yazılıb. Onu kartı ilə tutuşdurun. Heç nə dəyişdirilmədi.
error-share-of-another-vault = { $n } nömrəli pay başqa seyfə aiddir (kartındakı barmaq izini tutuşdurun). Heç nə dəyişdirilmədi.
error-share-revoked = { $n } nömrəli pay geri götürülmüş və ya əvəz edilmiş bölgüyə aiddir; o artıq heç nə açmır. Heç nə dəyişdirilmədi.
error-share-repeated = { $n } nömrəli pay iki dəfə verilib. Hər həmkarın payı bir dəfə sayılır. Heç nə dəyişdirilmədi.
error-shares-too-few = { $given ->
        [one] Bir pay verilib
       *[other] { $given } pay verilib
    }; bu seyfi açmaq üçün { $needed } pay lazımdır. Heç nə dəyişdirilmədi.
error-shares-do-not-open = Hər pay düzgün görünür, lakin birlikdə bu seyfi açmırlar: onlardan biri saxta ola bilər. Heç nə dəyişdirilmədi.
error-bad-snapshot = Bu statistika faylı proqramın yazdığı kimi deyil: onu başqa bir şey yaradıb və ya dəyişib. Ondan heç nə saxlanmadı.
error-forensic-window-out-of-range = Məhkəmə-tibbi ekspertiza üçün müddət { $min } ilə { $max } gün arasında olmalıdır. Heç nə dəyişdirilmədi.
error-network-lock-unavailable = Bu kompüter proqramı şəbəkədən təcrid edən kilidi rədd etdi ({ $detail }). Proqram işləyir, lakin özü heç nəyin şəbəkəyə çatmayacağına zəmanət verə bilmir.
error-outreach-already = Bu anbar artıq autriç işi üçün qurulub.
error-outreach-has-cases = Autriç işi üçün yalnız yeni, boş anbar qurmaq olar: içindəki mövcud işlər oxunaqlı qalardı.
