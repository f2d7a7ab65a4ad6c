## `casebook` komanda sətri.

cli-prompt-passphrase = Parol
cli-prompt-new-passphrase = Yeni parol
cli-prompt-repeat-passphrase = Yeni parolu təkrarlayın
cli-prompt-recovery-key = Bərpa açarı
cli-init-done = Seyf yaradıldı: { $path }.
cli-recovery-key-intro = Bərpa açarı (yalnız indi göstərilir; onu kağıza yazın və bu kompüterdən ayrı saxlayın):
cli-passphrase-done = Parollar yeniləndi.
cli-prompt-keep-passphrase = Qalacaq parol
cli-rekey-done = Seyfin yeni açarı var. Açar faylının köhnə nüsxələri, içindəki istənilən parol və ya bərpa açarı ilə birlikdə, artıq heç nə açmır.
cli-rekey-dropped = { $count ->
        [one] Digər bir parol artıq işləmir; lazımdırsa, onu `passphrase add` ilə yenidən əlavə edin.
       *[other] Digər { $count } parol artıq işləmir; lazımdırsa, onları `passphrase add` ilə yenidən əlavə edin.
    }
cli-unlock-ok = Bu sirr seyfi açır.
cli-erased = Seyf silindi. Onu bir daha açmaq mümkün deyil.
cli-demo-done = { $count } sintetik iş əlavə edildi.
cli-verify-ok = Seyf yoxlanıldı: { $audit } audit qeydi və { $revisions } redaksiya qaydasındadır; verilənlər bazasının bütövlüyü qaydasındadır.
cli-verify-audit-broken = Audit jurnalı { $seq } nömrəli qeyddə pozulub.
cli-verify-bad-revision = { $revision } redaksiyası öz məzmununa uyğun gəlmir.
cli-verify-integrity = Verilənlər bazasının yoxlanışı: { $detail }
cli-case-header = İş { $code } ({ $id }), redaksiya { $revision }
cli-case-deleted = Bu iş silinib.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = { $cap } işdən çoxu uyğun gəlir: yalnız ən son qeydə alınmış { $cap } iş axtarıldı. Axtarışı daraltmaq üçün söz əlavə edin.
cli-list-empty = İş yoxdur.
cli-list-total = { $shown } / { $total } { $total ->
        [one] iş
       *[other] iş
    }
cli-error-no-vault-dir = Seyf qovluğu yoxdur: --vault DIR göstərin və ya CASEBOOK_VAULT təyin edin.
cli-error-read-file = { $path } oxunmur: { $detail }
cli-error-bad-json = { $path } düzgün iş faylı deyil: { $detail }
cli-error-passphrase-mismatch = İki parol fərqlidir.
cli-error-no-secret = Parol verilməyib: CASEBOOK_PASSPHRASE təyin edin və ya proqramı terminalda işə salın.
cli-error-erase-needs-yes = Silmə seyfi həmişəlik məhv edir; --yes ilə təkrarlayın.
cli-error-output = Nəticəni yazmaq mümkün deyil: { $detail }
cli-error-encode = Nəticəni kodlaşdırmaq mümkün olmadı. Lütfən, bu barədə xəbər verin.

## casebook due
cli-due-none = Müddəti çatan heç nə yoxdur.
cli-due-overdue = müddəti keçib
cli-due-today = bu gün
cli-due-later = müddət
cli-due-follow-up = Növbəti addım
cli-due-complaint-deadline = Şikayət üzrə son müddət
cli-due-forensic-window = Məhkəmə-tibbi ekspertiza (xəsarətlər hələ görünür)
cli-forensic-window = Fiziki zorakılıq olan hadisədən sonra məhkəmə-tibbi ekspertiza { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } ərzində aparılmalıdır.

# Outreach mode
cli-outreach-ready = { $centre } mərkəzi üçün autriç noutbuku. İlk işdən əvvəl bu altı sözü mərkəzlə tutuşdurun: { $fingerprint }
    Bitmiş iş dərhal mərkəz üçün möhürlənir; bu parol yalnız bitməmiş qaralamaları açır.
cli-outreach-sealed = Mərkəz üçün möhürləndi; qəbz kodu { $receipt }. Bu noutbuk daha işi oxuya bilmir.
cli-outbox-confirmed = təsdiqləndi { $at }
cli-outbox-waiting = mərkəzin qəbzini gözləyir
cli-outbox-total = Möhürlənmiş: { $count }
cli-outbox-exported = Göndəriləcək paket yazıldı: { $path } (möhürlənmiş işlər: { $count })
cli-outbox-confirmed-now = Mərkəz təsdiqlədi: { $count }; onların möhürlənmiş nüsxələri silindi.
cli-outbox-receipt-written = Qəbz yazıldı: { $path } (işlər: { $count })
cli-error-outreach-no-cases = Bu autriç anbarıdır: orada oxuna bilən iş yoxdur. Bitmiş işlər mərkəz üçün möhürlənib; “outbox list”ə baxın.
