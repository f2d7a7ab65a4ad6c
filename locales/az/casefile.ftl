# Masaüstü proqramda vəkil üçün dosye: yaradılması (iş görünüşü) və yoxlanması
# (işlər siyahısı). İd-lər: cf-<nə>. Dosyenin öz sözləri pdf.ftl faylındadır.

## Dosyenin yaradılması
cf-open = Dosye (PDF)…
cf-title = Vəkil üçün dosye
cf-intro = Bu işin indiki vəziyyəti PDF şəklində, onun vəkili üçün. Yaradılan hər fayl seyfin audit jurnalında qeyd olunur.
cf-lang = Faylın dili
cf-profile = Faylda nə göstərilir
cf-profile-full-hint = İşdəki hər şey, onun adı və əlaqə məlumatları da daxil olmaqla. Onun adının çəkilməsinə razılığı lazımdır.
cf-profile-pseudonymised-hint = Onun şəxsiyyəti, şahidlərin əlaqə məlumatları və törədənlərin adları çıxarılır.
cf-unchecked-free-text = { $count ->
    [one] Bir sərbəst mətn sahəsi
   *[other] { $count } sərbəst mətn sahəsi
  } (hadisənin təsviri, qeydlər, müayinə nəticələri) faylda qalır. Onun adı, telefonu və doğum tarixi bu mətnlərdən silinir, lakin başqa adamların adlarını proqram tanıya bilmir: faylı verməzdən əvvəl onları oxuyun.
cf-save = PDF kimi saxla…
cf-close = Bağla
cf-choosing = Açılan pəncərədə faylı harada saxlayacağınızı seçin.
cf-generating = Dosye hazırlanır…
cf-stage-loading = İş oxunur
cf-stage-photo = Foto hazırlanır: { $done } / { $total }
cf-stage-layout = Səhifələr tərtib edilir
cf-stage-writing = Fayl yazılır
cf-stage-done = Hazırdır
cf-saved = “{ $name }” saxlanıldı ({ $pages ->
    [one] { $pages } səhifə
   *[other] { $pages } səhifə
}).
cf-saved-where = Qovluq: { $dir }
cf-unencrypted = PDF şifrələnməyib: onu şəxsən və ya etibar etdiyiniz kanalla verin, lazım olmayan nüsxələri isə silin.
# Sistemin saxlama pəncərəsinin başlığı.
cf-save-title = Dosyeni saxla

## Dosyenin yoxlanması
cf-verify-open = Dosyeni yoxla…
# Sistemin açma pəncərəsinin başlığı.
cf-verify-title = Yoxlamaq üçün dosye seçin
cf-verify-heading = Dosyenin yoxlanması
cf-verifying = Yoxlanılır…
cf-verify-ok = Bu fayl həqiqidir: bu seyfin həmin iş üzrə saxladığı ilə tam eynidir.
cf-verify-bad = Bu fayl seyfə uyğun gəlmir: ya yaradıldıqdan sonra dəyişdirilib, ya da bu seyfin məlumatlarından yaradılmayıb.
cf-verify-issued = Audit jurnalına görə məhz bu faylı bu seyf yaradıb: { $time }.
cf-verify-not-issued = Audit jurnalında məhz bu baytlar üçün qeyd yoxdur (proqramın əvvəlki versiyalarının yaratdığı fayllar üçün belə qeyd olmur).
cf-verify-newer = Bu fayl yaradılandan sonra iş dəyişib; yeni fayl dəyişiklikləri göstərərdi.
cf-verify-failed = Faylı yoxlamaq mümkün olmadı.
cf-verify-another = Başqa faylı yoxla…
cf-field-file = Fayl
cf-field-case = İş
cf-field-revision = Redaksiya
cf-field-made = Yaradılıb
cf-field-lang = Dil
cf-field-profile = Profil
cf-checks = Yoxlamalar
cf-check-file-intact = Fayl yazılandan bəri heç bir bayt dəyişməyib
cf-check-data-matches = Məzmunu seyfdəki redaksiyaya uyğundur
cf-check-audit-head = Onun göstərdiyi audit jurnalı qeydi bu seyfdədir
cf-check-rendering = Seyfdən yenidən yaradılanda eyni baytlar alınır
cf-check-passed = keçdi
cf-check-failed = keçmədi
cf-check-skipped = yoxlanılmadı: proqramın başqa versiyası ilə yaradılıb
