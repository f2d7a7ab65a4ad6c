# Masaüstü interfeys. Kitabxanaların xəta mesajları errors.ftl faylındadır.

app-name = Qeydlər
loading = Açılır…

language-label = Dil
# Dillərin adları öz dillərində yazılır, bütün fayllarda eyni.
language-en = English
language-ru = Русский
language-uk = Українська
language-ka = ქართული
language-kk = Қазақша
language-ky = Кыргызча
language-ro = Română
language-hy = Հայերեն
language-az = Azərbaycan
language-tg = Тоҷикӣ
language-uz = Oʻzbekcha
language-be = Беларуская

lock-button = Kilidlə
lock-done = Seyf kilidləndi. Kilid yenidən açılanadək qeydə aldığınız heç nə görünmür.

## Seyfin yaradılması

create-title = Yeni seyf qurun
create-intro = Qeydə aldığınız hər şey bu kompüterdə şifrələnmiş halda saxlanılır. Yalnız sizin bildiyiniz parol seçin: bir-biri ilə əlaqəsi olmayan bir neçə sözü yadda saxlamaq asan, təxmin etmək isə çətindir.
passphrase-label = Parol
passphrase-repeat-label = Parolu təkrarlayın
passphrase-too-short = Parol { $min ->
        [one] ən azı { $min } simvoldan
       *[other] ən azı { $min } simvoldan
    } və ya üç və daha çox hərfli ən azı { $words } sözdən ibarət olmalıdır.
passphrase-mismatch = İki parol eyni deyil.
passphrase-rule = { $min ->
        [one] Ən azı { $min } simvol
       *[other] Ən azı { $min } simvol
    } və ya üç və daha çox hərfli ən azı { $words } söz istifadə edin.
passphrase-strength-weak = Möhkəmlik: zəif. Bir-iki söz əlavə edin və ya təklif olunan ifadədən istifadə edin.
passphrase-strength-fair = Möhkəmlik: orta. Daha bir söz onu möhkəm edəcək.
passphrase-strength-strong = Möhkəmlik: yüksək.
passphrase-suggest = İfadə təklif et
passphrase-suggested-intro = Təklif olunan parol (artıq hər iki sahəyə yazılıb):
passphrase-suggested-hint = Onu əzbərləyin və ya kağıza yazıb kağızı bu kompüterdən uzaqda saxlayın. O, başqa heç yerdə saxlanılmır; bəyənmirsinizsə, başqasını istəyin.
create-button = Seyf yarat
create-busy = Seyf yaradılır…

## Bərpa açarı bir dəfə göstərilir

recovery-cleared-on-lock = Bərpa açarının yazıldığını təsdiq etməzdən əvvəl proqram kilidləndi, ona görə açar ekrandan silindi. Kilidi açdıqdan sonra Ayarlarda yenisini yaradın.
recovery-title = Bərpa açarınızı yazın
recovery-intro = Parolu unutsanız, seyfi açmağın yeganə yolu bu açardır. Onu indi kağıza yazın və kağızı bu kompüterdən uzaqda, təhlükəsiz yerdə saxlayın.
recovery-key-label = Bərpa açarı
recovery-warning = Açar bir daha göstərilməyəcək. Onun şəklini çəkməyin və onu bu kompüterdə saxlamayın.
recovery-confirm = Bərpa açarını yazmışam və onu bu kompüterdən uzaqda saxlayıram
recovery-continue = Davam et

## Kilidin açılması

unlock-title = Seyfin kilidini aç
unlock-button = Kilidi aç
unlock-busy = Kilid açılır…

## İşlər siyahısı

cases-title = İşlər
cases-count = { $count ->
    [0] Bu seyfdə iş yoxdur
    [one] Bu seyfdə { $count } iş var
   *[other] Bu seyfdə { $count } iş var
}
cases-empty-title = Hələ iş yoxdur
cases-empty-text = Qeydə aldığınız və ya həmkarlarınızdan aldığınız işlər burada göstəriləcək. Hər şey bu kompüterdə şifrələnmiş qalır. Kompüterdən uzaqlaşanda “Kilidlə” düyməsini basın.
case-code = Kod
case-pseudonym = Psevdonim
case-status = Statusu
cases-pages-label = Səhifələr
cases-page = Səhifə { $page } / { $pages }
cases-previous = Əvvəlki
cases-next = Növbəti

## Masaüstü proqramın öz xətaları

ui-error-unexpected = Nəsə səhv getdi. Lütfən, yenidən cəhd edin.
ui-error-locked = Seyf kilidlidir. Davam etmək üçün kilidi açın.
ui-error-erased-meanwhile = Fayl hazırlanarkən seyf silindi. Fayl da silindi.
ui-error-chosen-file-forgotten = Proqram seçilmiş faylı artıq tanımır. Lütfən, onu yenidən seçin.
ui-error-no-vault-dir = Bu kompüterdə seyf üçün qovluq yoxdur. Proqramı --vault və qovluq göstərməklə işə salın.
ui-error-unknown-language = “{ $lang }” dili mövcud deyil.
ui-error-settings-not-saved = Dil seçimini yadda saxlamaq mümkün olmadı: { $detail }
network-lock-unavailable = Bu kompüter proqramı şəbəkədən təcrid edən kilidi rədd etdi. Proqram işləyir, lakin özü heç nəyin şəbəkəyə çatmayacağına zəmanət verə bilmir; istifadə edərkən kompüteri şəbəkədən ayırın.
network-lock-ok = Başa düşdüm
