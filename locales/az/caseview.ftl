# İşin görünüşü (ui/src/screens/CaseView.svelte), əlavələr, qaralamalar siyahısı və
# formaların ortaq sözləri (cw-…).

cv-new-case = Yeni iş
cv-intake-title = Qəbul
cv-drafts = { $count ->
    [one] Davam etdiriləcək bir müsahibə
   *[other] Davam etdiriləcək { $count } müsahibə
}
cv-draft-unnamed = (hələ psevdonim yoxdur)
cv-draft-stopped = “{ $step }” addımında dayandırılıb, { $time }

cv-back = Siyahıya qayıt
cv-updated = Son dəyişiklik: { $time }, { $author }
cv-sealed-notice = Bu iş sübut kimi möhürlənib. Hər dəyişiklik üçün səbəb göstərilməlidir; səbəb işin tarixçəsində saxlanılır.
cv-status-title = İşin statusu
cv-change-status = Statusu dəyiş
cv-seal = Möhürlə
cv-unseal = Möhürü götür və dəyiş
cv-seal-reason = Niyə möhürlənir
cv-unseal-reason = Möhür niyə götürülür
cv-reason-required = Əvvəlcə səbəbi yazın.
cv-saved = Yeni redaksiya kimi saxlanıldı.
cv-views = İşin görünüşləri
cv-tab-case = İş
cv-tab-history = Tarixçə ({ $count })
cv-edit = Redaktə et
cv-editing = Redaktə: { $section }
cv-reason = Dəyişikliyin səbəbi (istəyə bağlı)
cv-reason-sealed = Möhürlənmiş işin dəyişdirilmə səbəbi
cv-save = Saxla
cv-cancel = Ləğv et
cv-edit-kept-at = Saxlanılmamış redaktə seyfdə qorunub: { $time }
cv-edit-not-kept-yet = Hələ heç nə dəyişməyib
cv-resume-title = Saxlanılmamış redaktə qorunub
cv-resume-text = “{ $section }” bölməsinin redaktəsi ({ $time }) redaksiya kimi saxlanılmayıb. Yoxlayıb saxlamaq üçün onu davam etdirin və ya ləğv edin.
cv-resume-changed = Bu redaktə başlayandan sonra iş yenidən saxlanılıb. Redaktəni saxlasanız, o dəyişikliklər bütün digər bölmələrdə qalır; bu bölmə isə redaktədəki kimi saxlanılır.
cv-resume-yes = Redaktəni davam etdir
cv-resume-discard = Redaktəni ləğv et
cv-resume-discarded = Saxlanılmamış redaktə ləğv edildi.
cv-nothing-recorded = Heç nə qeydə alınmayıb.
cv-identity-recorded = qeydə alınıb (burada göstərilmir)
cv-revoked = geri götürülüb: { $date }
cv-deadline = son müddət: { $date }
cv-due = icra müddəti: { $date }
cv-overdue = müddəti keçib
cv-done = icra edilib: { $date }
cv-done-short = icra edilib
cv-due-title = Növbəti addımlar və son müddətlər
cv-complaint-deadline = Şikayət üzrə son müddət: { $body }

cv-kind-create = Yaradılıb
cv-kind-edit = Dəyişdirilib
cv-kind-delete = Silinib
cv-kind-merge = Birləşdirilib
cv-by = { $author } tərəfindən
cv-reason-was = Səbəb: { $reason }
cv-changes = Dəyişdirilmiş sahələr
cv-field = Sahə
cv-before = Əvvəl
cv-after = Sonra
cv-created-with = { $count ->
    [one] Bir sahə ilə yaradılıb.
   *[other] { $count } sahə ilə yaradılıb.
}

cv-attachments = Əlavələr
cv-attachments-empty = Hələ fayl əlavə edilməyib.
cv-attach-choose = Fayl əlavə et…
cv-attach-drop = və ya faylları bu pəncərənin üzərinə atın.
cv-attaching = Fayl seyfə əlavə edilir…
cv-attachment-added = “{ $name }” əlavə edildi.
cv-sha256 = SHA-256
cv-received = Alınıb
cv-captured = Çəkilib
cv-description = Təsvir
cv-view = Göstər
cv-close = Bağla
cv-export = Nüsxəni ixrac et…
cv-exported = Nüsxə saxlanıldı. O şifrələnməyib: onu təhlükəsiz yerdə saxlayın.
cv-image-of = Əlavə edilmiş şəkil: { $name }

cw-yes = Bəli
cw-no = Xeyr
cw-not-recorded = — qeydə alınmayıb —
cw-other-note = Nə olduğunu yazın
cw-remove = Sil
cw-country = Ölkə
cw-region = Bölgə
cw-settlement = Şəhər və ya kənd
cw-place = Yer
cw-eeca = Şərqi Avropa və Mərkəzi Asiya
cw-other-countries = Digər ölkələr
cw-date-precision = Dəqiqlik
cw-date-value = Tarix
cw-date-from = Başlanğıc
cw-date-to = Son
cw-date-shape-exact = İİİİ-AA-GG
cw-date-shape-month = İİİİ-AA
cw-date-shape-year = İİİİ
cw-date-hint = { $shape } şəklində yazın.
cw-bytes = { $n } bayt
cw-kib = { $n } kilobayt
cw-mib = { $n } meqabayt
