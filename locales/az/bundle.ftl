## Paketlər: kompüterlər arasında əl ilə sinxronlaşdırma, kontaktlar, ziddiyyətlər.

# Seyfin sinxronlaşdırma hissəsinin xətaları.
sync-error-revision-id-mismatch = { $revision } redaksiyası öz məzmununa uyğun gəlmir. Paket dəyişdirilib və ya zədələnib; heç nə idxal edilmədi.
sync-error-revision-case-mismatch = { $revision } redaksiyası başqa işə aiddir. Heç nə idxal edilmədi.
sync-error-missing-parent = { $revision } redaksiyası üçün daha əvvəlki redaksiya ({ $parent }) lazımdır, lakin o nə paketdə, nə də bu seyfdə var. Heç nə idxal edilmədi.
sync-error-malformed-revision = { $revision } redaksiyasının formatı səhvdir. Heç nə idxal edilmədi.
sync-error-unknown-head = { $case } işinin son versiyası ({ $revision }) paketdə yoxdur. Heç nə idxal edilmədi.
sync-error-blob-hash-mismatch = { $sha256 } əlavəsi öz barmaq izinə uyğun gəlmir. Heç nə idxal edilmədi.
sync-error-blob-size-mismatch = { $sha256 } əlavəsinin həcmi { $declared } bayt olmalıdır, amma { $actual } baytdır. Heç nə idxal edilmədi.
sync-error-contact-exists = “{ $name }” adlı və ya eyni açarlı kontakt artıq var.
sync-error-contact-name-empty = Kontaktın adı olmalıdır.
sync-error-contact-not-found = “{ $name }” adlı kontakt yoxdur.
sync-error-invalid-role = “{ $role }” rol deyil. own-device, centre-hub, lawyer və ya network yazın.
sync-error-conflict-not-found = { $case } işində “{ $path }” sahəsində açıq ziddiyyət yoxdur.
sync-error-bad-content = { $case } işinin məzmununu oxumaq mümkün deyil.
sync-error-fingerprint-needed = Öz cihazlarınız və mərkəzin qovşağı tam qeydləri alır. Bu rolu vermək üçün kontaktınızın sizə oxuduğu altı barmaq izi sözünü yazın.
sync-error-fingerprint-mismatch = Yazdığınız sözlər bu kontaktın barmaq izi deyil. Onları kontaktınızla telefonla və ya üzbəüz yenidən tutuşdurun.
sync-error-not-permitted = { $case } işi: bu roldakı göndərən { $change ->
    [role-may-not-add] iş əlavə edə bilməz
    [role-may-not-delete] iş silə bilməz
   *[other] bu sahələri dəyişə bilməz
  }.

# Paketlərin xətaları.
bundle-error-not-for-us = Bu paket başqası üçün hazırlanıb. Onu bu cihazın açarı ilə açmaq olmur.
bundle-error-wrong-passphrase = Bu parol paketi açmır. Heç nə idxal edilmədi.
bundle-error-passphrase-needed = Bu paket parolla qorunur. İdxal etmək üçün parolu daxil edin.
bundle-error-work-factor-too-high = Bu paketi açmaq üçün həddən artıq çox iş tələb olunur (2^{ $required }; ən çoxu 2^{ $max } qəbul edilir). Paket açılmağa cəhd edilmədən rədd edildi.
bundle-error-not-a-bundle = Bu fayl Casebook paketi deyil.
bundle-error-damaged = Paket zədələnib və ya natamamdır (bəlkə köçürmə yarımçıq qalıb). Heç nə idxal edilmədi; onu yenidən köçürün.
bundle-error-unsupported-version = Bu paket { $version } format versiyasındadır, bu proqram isə onu tanımır. Proqramı yeniləyin.
bundle-error-bad-signature = Paketin imzası onun məzmununa uyğun gəlmir. Ola bilsin, ona müdaxilə edilib; heç nə idxal edilmədi.
bundle-error-unknown-signer = Paket sizin əlavə etmədiyiniz bir cihazla imzalanıb: “{ $name }”, barmaq izi { $fingerprint }. İdxaldan əvvəl barmaq izini göndərənlə (telefonla) tutuşdurun.
bundle-error-unsafe-path = Paketdə təhlükəli və ya gözlənilməz fayl adı var: { $path }. Heç nə idxal edilmədi.
bundle-error-unlisted-entry = Paketdə { $path } var, lakin imzalanmış siyahıda o göstərilməyib. Heç nə idxal edilmədi.
bundle-error-missing-entry = İmzalanmış siyahıda göstərilən { $path } paketdə yoxdur. Heç nə idxal edilmədi.
bundle-error-size-mismatch = { $path } faylının həcmi elan edilmiş { $declared } bayt deyil, { $actual } baytdır. Heç nə idxal edilmədi.
bundle-error-hash-mismatch = { $path } imzalanmış siyahıdakı barmaq izinə uyğun gəlmir. Heç nə idxal edilmədi.
bundle-error-uncited-attachment = { $path } paketdəki heç bir işin istinad etmədiyi əlavədir. Heç nə idxal edilmədi.
bundle-error-too-large = { $path } icazə veriləndən böyükdür ({ $limit } bayt). Heç nə idxal edilmədi.
bundle-error-bad-case-file = Paketdəki { $path } faylını iş kimi oxumaq mümkün deyil. Heç nə idxal edilmədi.
bundle-error-bad-manifest = Paketin məzmun siyahısı səhvdir: { $problem ->
    [not-json] onu oxumaq mümkün deyil.
    [attachment-hash] əlavənin adı onun məzmununa uyğun gəlmir.
    [entry-twice] bir fayl iki dəfə göstərilib.
    [case-without-entry] iş öz faylı olmadan göstərilib.
    [entry-without-case] iş faylı işlər siyahısında yoxdur.
    [case-differs] iş faylı siyahıda onun haqqında yazılana uyğun gəlmir.
    [snapshot-differs] statistika faylı siyahıda onun haqqında deyilənə uyğun gəlmir.
    [mixed-kind] onda başqa növ paketin faylları var.
   *[other] ondan istifadə etmək mümkün deyil.
}
bundle-error-bad-card = Kontakt kartını oxumaq mümkün deyil: { $problem ->
    [header] kartın birinci sətri yoxdur.
    [age-key] onun şifrələmə açarı yoxdur və ya zədələnib.
    [sign-key] onun imza açarı yoxdur və ya zədələnib.
    [file] faylı açmaq mümkün deyil.
    [too-large] fayl kontakt kartı üçün çox böyükdür.
    [not-text] fayl mətn deyil.
   *[other] kart zədələnib.
}
bundle-error-card-fingerprint-mismatch = Kontakt kartının barmaq izi onun açarlarına uyğun gəlmir. Bu kartdan istifadə etməyin; onu yenidən istəyin.
bundle-error-no-recipients = Ən azı bir kontakt və ya parol seçin.
bundle-error-since-last-needs-contact = “Son ixracdan sonra dəyişənlər” yalnız kontaktlara ixrac edərkən işləyir.
bundle-error-nothing-to-export = Bu paketə heç bir iş daxil edilə bilməz.
bundle-error-passphrase-too-short = Paketin parolu { $min ->
        [one] ən azı { $min } simvoldan
       *[other] ən azı { $min } simvoldan
    } və ya üç və daha çox hərfli ən azı { $words } sözdən ibarət olmalıdır.
bundle-error-write = Paketi yazmaq mümkün olmadı: { $detail }. Heç bir fayl qalmadı.

# İşin paketə niyə daxil edilmədiyi.
bundle-refused-consent = { $role } rolu üçün “{ $destination }” razılığı lazımdır (vəziyyəti: { $state })
bundle-refused-role = { $role } rolu iş qeydlərini almır, yalnız anonimləşdirilmiş statistika alır
bundle-refused-unreadable = işi oxumaq mümkün deyil

# Komanda sətri.
sync-cli-prompt-bundle-passphrase = Paketin parolu
sync-cli-contact-added = { $name } ({ $role }) əlavə edildi. Barmaq izi: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Hələ kontakt yoxdur.
sync-cli-export-done = Paket yazıldı: { $path }; işlər: { $cases }, əlavələr: { $attachments }.
sync-cli-export-nothing = Bu alıcılara heç bir iş göndərilə bilməz; heç bir fayl yazılmadı.
sync-cli-export-plan = { $cases } iş və { $attachments } əlavə ixrac ediləcəkdi; { $refused } iş göndərilə bilməz. Heç nə yazılmadı.
sync-cli-export-refused = { $code }: ixrac edilmədi, { $reason }.
sync-cli-import-summary = Göndərən: { $signer } ({ $fingerprint }, { $role } rolunun hüquqları ilə): əlavə edilib: { $added }, yenilənib: { $updated }, ziddiyyət: { $conflicts }, ötürülüb: { $skipped }, rədd edilib: { $rejected }.
sync-cli-import-rejected = { $case }: rədd edildi ({ $reason }).
sync-cli-trust-hint = Bu barmaq izi göndərənin sizə oxuduğu ilə eynidirsə, --trust "{ $fingerprint }" və --role ilə yenidən idxal edin (susmaya görə network: onun göndərdiyi heç nə işi dəyişmir).
sync-cli-conflicts-none = Açıq ziddiyyət yoxdur.
sync-cli-conflict-line = { $code } { $path }: bizdəki { $ours } ({ $ours_author }, { $ours_at }); onlardakı { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = { $code } işində “{ $path }” həll edildi.
sync-cli-deleted-value = (silinib)
sync-cli-export-stats-done = Statistika paketi yazıldı: { $path } (mərkəzlər: { $centres }, qeydlər: { $records }).
sync-cli-import-snapshot = { $centre }, № { $seq } kəsik, qeydlər: { $records }: { $standing ->
    [new] yeni mərkəz, sayıldı.
    [replaced] onun köhnə kəsiyini əvəz edir.
    [older] mövcud olandan köhnədir; heç nə dəyişmədi.
   *[same] artıq var; heç nə dəyişmədi.
}
sync-cli-import-stats-summary = { $signer } göndərən statistika ({ $fingerprint }), kəsiklər: { $centres }. Heç bir işə toxunulmadı.
bundle-error-not-outreach = Bu anbar autriç işi üçün qurulmayıb: onun göndərilənlər qutusu yoxdur.
bundle-error-not-a-receipt = Bu fayl bu noutbukun mərkəzindən qəbz deyil və ya dəyişdirilib. Heç nə təsdiqlənmədi.
