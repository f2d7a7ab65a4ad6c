## Masaüstü proqramın mübadilə ekranı: kontaktlar, ixrac, idxal, ziddiyyətlər.

sync-button = Mübadilə
sync-title = İş mübadiləsi
sync-back = İşlərə qayıt
sync-intro = İşlər kompüterlər arasında şifrələnmiş paket faylları şəklində — USB fləş yaddaşda və ya messencerdə əlavə kimi ötürülür. Onları yalnız seçdiyiniz insanlar aça bilər.
sync-tab-import = İdxal
sync-tab-export = İxrac
sync-tab-contacts = Kontaktlar
sync-tab-conflicts = Ziddiyyətlər
sync-list-conflict = ziddiyyət

# Gediş
sync-phase-starting = Başlanır…
sync-phase-selecting = İşlər yoxlanılır…
sync-phase-writing = Paket yazılır…
sync-phase-reading = Paket deşifrə edilir və yoxlanılır…
sync-phase-applying = Bu seyflə birləşdirilir…
sync-phase-done = Başa çatdırılır…
sync-size-b = { $n } bayt
sync-size-kb = { $n } kilobayt
sync-size-mb = { $n } meqabayt
sync-size-gb = { $n } qiqabayt

# Rollar
sync-role-own-device = Öz cihazım
sync-role-centre-hub = Mərkəzin qovşağı
sync-role-lawyer = Vəkil
sync-role-outreach = Autriç işçisinin noutbuku
sync-role-network = Şəbəkə
sync-role-own-device-hint = Sizin və ya komandanızın başqa kompüteri: tam qeydləri alır və istənilən işi dəyişə və ya silə bilər. Bu rolu vermək üçün onun altı barmaq izi sözünü yazırsınız.
sync-role-centre-hub-hint = İşləri toplayan mərkəz: tam qeydləri alır, iş əlavə edə və dəyişə bilər. Bu rolu vermək üçün onun altı barmaq izi sözünü yazırsınız.
sync-role-lawyer-hint = Yalnız zərərçəkmişin vəkillə paylaşmağa razılıq verdiyi işləri alır; o, adının çəkilməsinə razılıq verməyibsə, şəxsiyyəti açan məlumatlar olmadan. Yalnız görülən tədbirləri və qeydləri geri göndərə bilər, başqa heç nə.
sync-role-outreach-hint = Autriç işçisinin sahə noutbuku: iş qeydlərini almır; onun paketləri yalnız yeni işlər əlavə edə bilər və mövcud işlərdə heç nəyi dəyişmir. Bu rolu vermək üçün onun barmaq izinin altı sözünü yazın.
sync-role-network-hint = İş qeydlərini almır, yalnız anonimləşdirilmiş statistika alır; onun göndərdiyi heç nə işi dəyişmir. Hər yeni kontakt bu rolla başlayır.

# Kontaktlar: mənim kartım
sync-my-card-title = Sizin kontakt kartınız
sync-my-card-intro = Bu kartı sizə paket göndərən insanlara verin. Onlar onu kontakt kimi əlavə edirlər; bundan sonra sizin üçün hazırladıqları paketlər yalnız bu kompüterdə açılır.
sync-my-name-label = Başqalarının görəcəyi adınız və ya mərkəzinizin adı
sync-my-name-hint = Kartınızda, paketlərinizdə və həll etdiyiniz ziddiyyətlərdə göstərilir. Bu kompüterdə saxlanılmır.
sync-fingerprint-label = Barmaq izi (bu sözləri telefonla tutuşdurun)
sync-my-card-text-label = Kartın mətni
sync-card-copy = Mətni kopyala
sync-card-save = Fayl kimi saxla…
sync-card-copied = Kartın mətni kopyalandı.
sync-card-saved = Kart saxlanıldı.

# Kontaktlar: əlavə etmə
sync-add-title = Kontakt əlavə et
sync-add-intro = Birinin kontakt kartının mətnini yapışdırın və ya onun sizə verdiyi kart faylını seçin.
sync-add-paste-label = Kontakt kartının mətni
sync-add-choose-file = Kart faylını seç…
sync-card-unreadable = Bu, tam kontakt kartı deyil. Bütün kartı “casebook contact card v1” sətrindən barmaq izi sətrinədək kopyalayın.
sync-card-file-unreadable = Bu fayl kontakt kartı deyil.
sync-add-compare = Bu sözləri telefonla bir-birinizə oxuyun. Kontaktı yalnız onlar eynidirsə əlavə edin.
sync-contact-name-label = Ad
sync-contact-role-label = Rol
sync-add-submit = Kontaktı əlavə et
sync-contact-added = “{ $name }” kontaktlara əlavə edildi.
sync-contact-added-role = “{ $name }” kontaktlara “{ $role }” rolu ilə əlavə edildi.
sync-typed-words-label = Kontaktınızın sizə oxuduğu altı barmaq izi sözü
sync-typed-words-hint = Onları özünüz yazın; bu ekrandan kopyalamayın. Bu rol tam qeydləri alır, ona görə sözlər həmin şəxsin özündən — telefonla və ya üzbəüz — gəlməlidir.
sync-summary-role = Göndərən “{ $role }” rolunun hüquqlarına malik idi.

# Kontaktlar: siyahı
sync-contacts-title = Kontaktlar
sync-contacts-empty = Hələ kontakt yoxdur. İş mübadiləsi etdiyiniz mərkəzin, vəkilin və ya həmkarın kartını əlavə edin.
sync-contact-added-at = əlavə edilib: { $when }
sync-rename = Adını dəyiş
sync-rename-label = Adını dəyiş: { $name }
sync-rename-submit = Adı saxla
sync-contact-renamed = Kontaktın yeni adı: “{ $name }”.
sync-remove = Sil
sync-remove-label = Sil: { $name }
sync-remove-question = “{ $name }” kontaktı silinsin? Bundan sonra onun üçün paket hazırlaya bilməyəcəksiniz, onun paketləri isə yenidən təsdiq tələb edəcək.
sync-remove-keep = Saxla
sync-remove-confirm = Kontaktı sil
sync-contact-removed = “{ $name }” kontaktlardan silindi.

# İxrac
sync-export-title = İşləri paketə ixrac et
sync-export-intro = Paketi kimin aça biləcəyini və hansı işlərin daxil ediləcəyini seçin. Onlara göndərilə bilməyən işlər heç nə yazılmazdan əvvəl səbəbi ilə birlikdə göstərilir.
sync-export-to = Paketi kim aça bilər
sync-export-to-contacts = Kontaktlar
sync-export-no-contacts = Hələ kontakt yoxdur: “Kontaktlar” vərəqində kontakt əlavə edin və ya paroldan istifadə edin.
sync-export-to-passphrase = Parolu bilən hər kəs
sync-export-passphrase-hint = Parolu alıcıya paketdən ayrı, başqa yolla deyin (şəxsən və ya telefonla).
sync-export-passphrase-label = Paketin parolu
sync-export-pass-role-label = Hansı rolun qaydaları tətbiq edilir
sync-export-which = Hansı işlər
sync-export-all = Bütün işlər
sync-export-since-last = Bu kontaktlara son ixracımdan sonra dəyişənlər
sync-export-since-last-hint = Yalnız hər seçilmiş kontakta sonuncu dəfə paket göndərdiyinizdən sonra yeni olan və ya dəyişən işlər.
sync-export-since-last-needs-contacts = Yalnız paket kontaktlar üçün olduqda mümkündür.
sync-export-chosen = Seçdiyim işlər
sync-export-search-label = İşləri tap (kod, psevdonim, istənilən söz)
sync-export-chosen-count = { $count ->
    [0] Hələ iş seçilməyib.
    [one] { $count } iş seçilib.
   *[other] { $count } iş seçilib.
}
sync-export-search-none = Uyğun iş yoxdur.
sync-export-search-more = { $total } işdən ilk { $shown } göstərilir; daraltmaq üçün axtarış edin.
sync-export-attachments = Əlavələri daxil et (fotolar, sənədlər)
sync-export-attachments-hint = Onlarsız paket xeyli kiçik olur; psevdonimləşdirilmiş işlər heç vaxt əlavə daşımır.
sync-sender-name-hint = Alıcılar bu adı göndərənin adı kimi görür.
sync-export-need-recipient = Ən azı bir kontakt və ya parol seçin.
sync-export-need-cases = Ən azı bir iş seçin.
sync-plan-title = Nə göndəriləcək
sync-plan-checking = İşlər yoxlanılır…
sync-plan-cases = { $count ->
    [0] Heç bir iş göndərilə bilməz.
    [one] { $count } iş göndərilə bilər.
   *[other] { $count } iş göndərilə bilər.
}
sync-plan-pseudonymised = { $count ->
    [one] Onlardan { $count } iş yalnız psevdonimləşdirilmiş şəkildə (şəxsiyyəti açan məlumatlar olmadan).
   *[other] Onlardan { $count } iş yalnız psevdonimləşdirilmiş şəkildə (şəxsiyyəti açan məlumatlar olmadan).
}
sync-plan-attachments = { $count ->
    [one] { $count } əlavə ilə ({ $size }).
   *[other] { $count } əlavə ilə ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } iş göndərilə bilməz:
   *[other] { $count } iş göndərilə bilməz:
}
sync-plan-refused-more = …və daha { $count }
sync-plan-refused-show-all = Bütün işləri göstər
sync-refused-consent = “{ $role }” rolu üçün “{ $destination }” razılığı lazımdır, onun vəziyyəti isə: { $state }
sync-refused-role = “{ $role }” rolu iş qeydlərini almır, yalnız anonimləşdirilmiş statistika alır
sync-refused-unreadable = işi oxumaq mümkün deyil
sync-consent-state-given = verilib
sync-consent-state-refused = imtina edilib
sync-consent-state-revoked = geri götürülüb
sync-consent-state-missing = qeydə alınmayıb
sync-plan-nothing = Bu alıcılara heç bir iş göndərilə bilməz, ona görə yazılacaq heç nə yoxdur.
sync-export-write = Paketi saxla…
sync-export-writing = Yazılır…
sync-export-done = Paket saxlanıldı: { $cases ->
    [one] { $cases } iş
   *[other] { $cases } iş
}, { $attachments ->
    [one] { $attachments } əlavə
   *[other] { $attachments } əlavə
}, { $size }.
sync-export-done-refused = { $count ->
    [one] Yuxarıda göstərildiyi kimi, { $count } iş daxil edilmədi.
   *[other] Yuxarıda göstərildiyi kimi, { $count } iş daxil edilmədi.
}

# İdxal
sync-import-title = Paketi idxal et
sync-import-intro = Aldığınız paket faylını seçin. Hər hansı dəyişiklikdən əvvəl o tam yoxlanılır; zədələnmiş və ya dəyişdirilmiş paket heç nəyi dəyişmir.
sync-import-choose = Paket faylını seç…
sync-import-file = Fayl: { $name }
sync-import-passphrase-title = Bu paket parolla qorunur
sync-import-passphrase-text = Göndərənin sizə dediyi parolu daxil edin.
sync-import-open = Aç və idxal et
sync-import-unchanged = Bu seyfdə heç nə dəyişdirilmədi.
sync-signer-title = Naməlum göndərən
sync-signer-text = Bu paket sizin kontakt kimi əlavə etmədiyiniz bir kompüterdə hazırlanıb: “{ $name }”. Göndərəndən xahiş edin ki, barmaq izini sizə telefonla və ya şəxsən oxusun; sonra onu bu sözlərlə tutuşdurun:
sync-signer-no-name = adsız
sync-signer-warning = Sözlər fərqlidirsə, idxal etməyin: paket düşündüyünüz şəxsdən gəlməyə bilər.
sync-signer-add = Göndərəni kontaktlarıma da əlavə et
sync-signer-reject = İdxal etmə
sync-signer-accept = Sözlər eynidir: idxal et
sync-summary-title = İdxal başa çatdı
sync-summary-from = Göndərən: “{ $name }”, barmaq izi
sync-summary-from-self = Göndərən: bu kompüterin özü, barmaq izi
sync-summary-added = Əlavə edilib
sync-summary-updated = Yenilənib
sync-summary-conflicts = Ziddiyyətlər
sync-summary-skipped = Artıq burada var
sync-summary-rejected = Rədd edilib
sync-summary-attachments = { $count ->
    [one] { $count } yeni əlavə.
   *[other] { $count } yeni əlavə.
}
sync-summary-rejected-title = Rədd edilmiş işlər
sync-rejected-unreadable-record = işin məzmununu bu proqram oxuya bilmir
sync-rejected-role-may-not-add = göndərənin rolu bu seyfə iş əlavə edə bilməz
sync-rejected-role-may-not-delete = göndərənin rolu işləri silə bilməz
sync-rejected-role-may-not-change = göndərənin rolu bu sahələri dəyişə bilməz (vəkil yalnız görülən tədbirləri və qeydləri dəyişə bilər)
sync-summary-cases-title = Bu paketdəki bütün işlər ({ $count })
sync-summary-cases-more = …və daha { $count }.
sync-summary-attention-title = Yoxlanılmalı işlər
sync-outcome-added = əlavə edildi
sync-outcome-fast-forward = yeniləndi
sync-outcome-merged = burada edilən dəyişikliklərlə birləşdirildi
sync-outcome-merged-conflicts = { $count ->
    [one] birləşdirildi; hər iki tərəfdə dəyişən { $count } sahə üzrə qərarınız lazımdır
   *[other] birləşdirildi; hər iki tərəfdə dəyişən { $count } sahə üzrə qərarınız lazımdır
}
sync-outcome-edit-kept-over-delete = bir tərəfdə silinib, digər tərəfdə redaktə edilib: redaktə edilmiş iş saxlanıldı; lütfən, yoxlayın
sync-outcome-skipped = yeni heç nə yoxdur
sync-summary-conflicts-text = { $count ->
    [one] { $count } sahə burada və göndərən tərəfindən fərqli dəyişdirilib. Heç nə itmir: siz qərar verənədək hər iki dəyər saxlanılır.
   *[other] { $count } sahə burada və göndərən tərəfindən fərqli dəyişdirilib. Heç nə itmir: siz qərar verənədək hər iki dəyər saxlanılır.
}
sync-summary-resolve = Ziddiyyətləri həll et

# Ziddiyyətlər
sync-conflicts-title = Həll edilməli ziddiyyətlər
sync-conflicts-intro = Bir sahə iki kompüterdə fərqli dəyişdirilib. İşdə hansı dəyərin qalacağını seçin və ya düzgün dəyəri yazın. Seçiminiz yeni redaksiya kimi əlavə olunur; hər iki köhnə dəyər tarixçədə qalır.
sync-conflicts-empty = Ziddiyyət yoxdur. Hər şey problemsiz birləşdirildi.
sync-conflict-whole-case = bütün iş
sync-conflict-edit-vs-delete = Bir tərəf bu işi silib, digəri redaktə edib. Siz qərar verənədək redaktə edilmiş iş saxlanılır.
sync-conflict-choose = Dəyər: { $field }
sync-conflict-ours = Buradakı dəyəri saxla
sync-conflict-theirs = Göndərənin dəyərini götür
sync-conflict-typed = Başqa dəyər yaz
sync-conflict-typed-label = Yeni dəyər: { $field }
sync-conflict-by = { $author }, { $when }
sync-conflict-deleted = (iş silinib)
sync-conflict-edited = (redaktə edilmiş iş)
sync-conflict-empty = (boş)
sync-conflict-yes = bəli
sync-conflict-no = xeyr
sync-conflict-resolve = Həll et
sync-conflict-resolved = { $code } işində “{ $field }” həll edildi.
sync-summary-stats = Statistika paketi. Kəsiklər: { $count }. Bu anbardakı heç bir işə toxunulmadı.
sync-summary-snapshot = { $centre } — qeydlər: { $records } — { $standing ->
    [new] yeni mərkəz, sayıldı
    [replaced] onun köhnə kəsiyini əvəz edir
    [older] mövcud olandan köhnədir, heç nə dəyişmədi
   *[same] artıq var, heç nə dəyişmədi
}
