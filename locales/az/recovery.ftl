## Həmkarlar arasında bölünmüş bərpa sirri: kartlar, komanda sətri, Ayarlar
## və kilid açma ekranı.

share-card-title = Bərpa payı { $n } / { $total }
share-card-rule = { $total } paydan istənilən { $k } pay birlikdə seyfi açır. Daha azı heç nə açmır.
share-card-fingerprint = Seyfin barmaq izi
share-card-made = Yaradılma tarixi
share-card-share = Pay
share-card-check = Yalnız hərflər və 2-dən 7-yədək rəqəmlər. Yazmazdan əvvəl ekrandakı seyf barmaq izini bu kartdakı ilə tutuşdurun.
share-card-howto = Bu kartdan necə istifadə etməli
share-card-step-keep = Bu kartı kompüterdən və digər kartlardan uzaqda, təhlükəsiz yerdə saxlayın. Onun şəklini çəkməyin, surətini çıxarmayın və onu heç bir başqa cihaza yazmayın.
share-card-step-open = Parolu bilən heç kim seyfi aça bilmirsə, { $k } həmkar öz kartlarını kompüterin yanına gətirir. Kilid açma ekranında “Həmkarların payları ilə aç” seçin və hər payı yazın. Tire, boşluq, kiçik və ya böyük hərf fərq etmir.
share-card-step-new = Sonra proqram yeni parol istəyir.
share-card-step-lost = Bu kart itibsə və ya kimsə onu görmüş ola bilərsə, digərlərinə xəbər verin: bölgünü geri götürüb yenidən yaratmaq olar, onda köhnə kartlar heç nə açmır.
share-card-kept-by = Saxlayan:
share-file-note = Bərpa payı { $n } / { $total }; istənilən { $k } pay { $fingerprint } seyfini açır. Yaradılma tarixi: { $date }

cli-recovery-split-done = Bölgü yaradıldı: { $n } paydan istənilən { $k } pay { $fingerprint } seyfini açır. Əvvəlki bölgü artıq işləmir.
cli-recovery-split-card = Pay { $number }: kart { $card }, fayl { $file }
cli-recovery-split-advice = Hər kartı çap edib ayrı-ayrı həmkarlara verin, sonra faylları silin: proqram heç bir payın nüsxəsini saxlamır.
cli-recovery-revoked = Bölgü geri götürüldü: onun payları artıq heç nə açmır.
cli-recovery-none = Bu seyfin bölgüsü yoxdur; heç nə dəyişdirilmədi.
cli-rekey-split-dropped = Həmkarların payları artıq heç nə açmır (seyfin yeni açarı var). Mərkəzə lazımdırsa, yeni bölgü yaradın.
cli-error-shares-count = “recovery split” əmri yaradılacaq payların sayını --shares N şəklində tələb edir (2-dən 10-adək).

unlock-shares-mode = Həmkarların payları ilə aç
unlock-shares-title = Həmkarların payları ilə aç
unlock-shares-intro = Parolu bilən heç kim seyfi aça bilmədikdə, bərpa paylarını saxlayan həmkarlar onu birlikdə aça bilərlər. Hər payı kartından yazın və ya faylından yükləyin. Sonra yeni parol seçin.
unlock-shares-fingerprint = Bu seyfin barmaq izi:
unlock-share-label = Pay { $n }
unlock-share-load = Fayldan yüklə…
unlock-share-add = Daha bir pay əlavə et
unlock-shares-check = Payları yoxla
unlock-shares-ok = Paylar bu seyfi açır. Onun üçün yeni parol seçin; bundan sonra seyf bu parolla açılacaq.
unlock-shares-new-passphrase = Yeni parol
unlock-shares-open = Aç və bu parolu saxla
unlock-shares-back = Parola qayıt

shares-title = Həmkarlar arasında bölünmüş bərpa
shares-intro = Bərpa sirrini etibarlı həmkarlar arasında bölün: parol itərsə, onlardan istənilən K nəfər birlikdə seyfi aça bilər; daha azı heç nə öyrənə bilməz. Hər kəs çap edilmiş kart alır. Parol və kağızdakı bərpa açarı olduğu kimi qalır.
shares-status = Həmkarlarda pay var: { $n } paydan istənilən { $k } pay seyfi açır (yaradılıb: { $date }).
shares-status-none = Həmkarlar arasında hələ pay yoxdur.
shares-split = Həmkarlar arasında böl…
shares-split-again = Yenidən böl…
shares-revoke = Payları geri götür
shares-threshold = Açmaq üçün lazım olan pay sayı (K)
shares-total = Cəmi pay sayı (N)
shares-plan = { $n } həmkardan istənilən { $k } nəfər birlikdə seyfi açacaq; { $k ->
        [2] tək biri heç nə aça bilməz.
       *[other] { $k } nəfərdən az heç nə aça bilməz.
    }
shares-replaces = Həmkarların hazırkı kartları işləməyəcək.
shares-save-cards = Kartları saxla…
shares-busy = Kartlar hazırlanır…
shares-cancel = Ləğv et
shares-written = Bölgü yaradıldı: { $n } paydan istənilən { $k } pay { $fingerprint } seyfini açır.
shares-card-line = Kart { $number } ({ $card }, { $file } ilə birlikdə): onu { $number } nömrəli həmkara verin, başqa heç kimə yox.
shares-advice = Hər kartı çap edin və hər birini şəxsən ayrı bir həmkara verin. Sonra faylları bu kompüterdən və fləş yaddaşdan silin: proqram heç bir payın nüsxəsini saxlamır.
shares-revoked = Paylar geri götürüldü: həmkarların kartları artıq heç nə açmır.
shares-none = Geri götürüləcək bölgü yox idi.
unlock-shares-old-passphrase = Köhnə parol işləməyə davam edir. Onu başqa kimsə bilə bilərsə (məsələn, həmkardan təzyiq altında alına bilərdi), indi Ayarları açın və “Parolumu kimsə görmüş ola bilər” seçin: seyf yeni açar alır, köhnə parol və həmkarların kartları isə işləməz olur.
