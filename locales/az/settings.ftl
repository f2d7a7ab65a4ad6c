# Ayarlar və təhlükəsizlik.

settings-button = Ayarlar
settings-title = Ayarlar
settings-back = İşlərə qayıt
settings-saved = Saxlanıldı.
settings-language-title = Dil
settings-language-awaits-review = Tərtibatçılar tərcümə edib; ana dili Azərbaycan dili olan biri hələ yoxlamayıb.
settings-safety-title = Təhlükəsizlik
settings-idle-label = Bu qədər fəaliyyətsizlikdən sonra seyfi kilidlə
settings-idle-minutes = { $count ->
    [one] { $count } dəqiqə
   *[other] { $count } dəqiqə
}
settings-idle-seconds = { $count ->
    [one] { $count } saniyə
   *[other] { $count } saniyə
}
settings-idle-hint = Vaxt bitəndə seyf kilidlənir və bütün işlər ekrandan yox olur.
settings-show-name-label = Pəncərə başlığında “Casebook” adını göstər
settings-show-name-hint = Susmaya görə söndürülüb: pəncərə “Qeydlər” adlanır, ona görə ekrana ötəri baxan onda nə olduğunu bilməz.
settings-quick-exit-title = Tez çıxış
settings-quick-exit-text = Esc düyməsini iki dəfə tez basın (bir saniyə ərzində): pəncərə dərhal yox olur, seyf kilidlənir və proqram bağlanır. Davam etmək üçün proqramı yenidən işə salın və kilidi açın.
settings-passphrases-title = Parollar və bərpa açarı
settings-passphrase-count = { $count ->
    [one] Bu seyfi { $count } parolla və bərpa açarı ilə açmaq olar.
   *[other] Bu seyfi { $count } parolun hər biri ilə və bərpa açarı ilə açmaq olar.
}
settings-current-hint = Hər dəyişiklik üçün hazırkı parolunuz yenidən soruşulur; beləliklə, nəzarətsiz qalmış açıq kompüter onları dəyişmək üçün kifayət etmir.
settings-change = Parolumu dəyiş
settings-add = Daha bir parol əlavə et
settings-remove = Parolu sil
settings-recovery = Yeni bərpa açarı yarat
settings-current-label = Hazırkı parol
settings-new-label = Yeni parol
settings-remove-label = Silinəcək parol
settings-cancel = Ləğv et
settings-confirm = Təsdiqlə
settings-busy = İcra olunur…
settings-done-change = Parol dəyişdirildi. Bundan sonra yenisindən istifadə edin.
settings-done-add = Yeni parol əlavə edildi. İndi hər ikisi seyfi açır.
settings-done-remove = Parol silindi. O, artıq seyfi açmır.
settings-done-recovery = Yeni bərpa açarı qüvvədədir. Köhnəsi artıq seyfi açmır.
settings-recovery-written = Yeni açarı yazmışam
settings-seen = Parolumu kimsə görmüş ola bilər
settings-seen-intro = Yeni parol seçin. Seyf də yeni açar alır, ona görə köhnə parol artıq heç nə açmır — hətta diskdə qalmış köhnə açar faylı nüsxəsini də. Yeni bərpa açarı bir dəfə göstərilir.
settings-rekey-label = Seyfin açarını da dəyiş (açar faylının köhnə nüsxələri yararsız olur)
settings-rekey-hint = Yalnız yazdığınız hazırkı parol qalır və siz yazıb saxlamaq üçün yeni bərpa açarı alırsınız. Həmkarların payları da işləməz olur.
settings-rekey-drops = { $count ->
    [one] Digər bir parol işləməyəcək; qalmalıdırsa, sonra onu yenidən əlavə edin.
   *[other] Digər { $count } parol işləməyəcək; qalmalıdırsa, sonra onları yenidən əlavə edin.
}
settings-done-rekey = Seyfin yeni açarı var. Açar faylının köhnə nüsxələri və onlardakı istənilən parol və ya bərpa açarı artıq heç nə açmır. Həmkarların payları da heç nə açmır: mərkəzə lazımdırsa, yeni bölgü yaradın.
settings-erase-title = Təcili silmə
settings-erase-text = Bu kompüterdəki seyfin açarlarını və fayllarını dərhal və həmişəlik məhv edir. Bundan sonra heç kim işləri bərpa edə bilməz, hətta parol və ya bərpa açarı ilə də. Həmkarlarla artıq paylaşılmış işlər onlarda qalır.
settings-erase-word = SİL
settings-erase-label = Təsdiq etmək üçün { $word } yazın
settings-erase-word-wrong = Silməni təsdiqləmək üçün { $word } yazın.
settings-erase-button = Seyfi indi sil
settings-erased = Seyf silindi. Aşağıda yeni, boş seyf qura bilərsiniz.
settings-unlock-with-recovery = Əvəzində bərpa açarından istifadə et
settings-unlock-with-passphrase = Əvəzində paroldan istifadə et
settings-unlock-recovery-hint = Açarı kağızda yazıldığı kimi yazın; boşluq və tirelər fərq etmir.
settings-error-bad-setting = Bu ayar belə dəyər qəbul edə bilməz.
