# Autriç rejimi: hər bitmiş hesabatı öz mərkəzi üçün möhürləyən və onu bir daha aça bilməyən
# sahə noutbuku. Sadə sözlər: bu mətnləri həmyaşıd autriç işçiləri oxuyur, çox vaxt kiçik
# ekranda, bəzən tələsərək.

## Noutbukun qurulması (ilk ekran)
os-offer = Bu, sahəyə gedən həmyaşıd autriç işçisinin noutbukudur? Onu elə qurun ki, hər bitmiş hesabat mərkəziniz üçün möhürlənsin və bu noutbuk onu bir daha aça bilməsin.
os-offer-button = Autriç işi üçün qur
os-title = Bu noutbuku autriç işi üçün qurun
os-intro = Bu noutbukda hesabatlar yazılacaq və hər bitmiş hesabat mərkəziniz üçün möhürlənəcək. Möhürlənmiş hesabatı yalnız mərkəz aça bilər; bu noutbuk isə, hətta öz parolu ilə də, onu aça bilməz.
os-card-step = 1. Mərkəzinizin kontakt kartı
os-card-label = Mərkəzin kontakt kartını bura yapışdırın və ya kart faylını açın
os-centre = Mərkəz: { $centre }
os-compare = Mərkəzə zəng edin və altı sözlərini sizə oxumalarını xahiş edin. Onlar məhz bunlar olmalıdır:
os-words-label = Altı sözü mərkəzin oxuduğu kimi yazın
os-passphrase-step = 2. Bu noutbuk üçün parol
os-coercion = Bu parol yalnız hələ bitirmədiyiniz hesabatları açır. Bitmiş hesabat { $centre } mərkəzi üçün möhürlənir: onu bu noutbukda heç kim aça bilməz — nə siz, nə də sizi noutbuku açmağa məcbur edən şəxs.
os-back = Geri: əvəzində adi seyf
os-create = Bu noutbuku qur

## Autriç ana ekranı
or-title = Sahə hesabatları
or-intro = Bitirdiyiniz hesabatlar { $centre } mərkəzi üçün möhürlənir. Bu noutbuk onları bir daha aça bilməz.
or-sealed-now = { $centre } mərkəzi üçün möhürləndi. Bu noutbuk artıq bu hesabatı aça bilməz.
or-receipt-code = Qəbz kodu
or-new-quick = Yeni sürətli hesabat
or-new-full = Tam formada yeni hesabat
or-drafts = Hələ bitməyib
or-no-drafts = Bitməmiş hesabat yoxdur.
or-stale = { $count ->
    [one] Bir hesabat bir gündən çoxdur gözləyir. Onu bitirin ki, möhürlənsin: o vaxtadək bu noutbukun parolu onu açır.
   *[other] { $count } hesabat bir gündən çoxdur gözləyir. Onları bitirin ki, möhürlənsinlər: o vaxtadək bu noutbukun parolu onları açır.
}
or-outbox = Mərkəz üçün möhürlənib
or-outbox-hint = Burada yalnız qəbz kodu saxlanılır. Faylı mərkəzə aparın; mərkəz sizə qəbz verir və onun təsdiqlədiyi möhürlənmiş nüsxələr bu noutbukdan silinir.
or-outbox-empty = Hələ heç nə möhürlənməyib.
or-sealed-at = Möhürlənmə vaxtı
or-state = Mərkəz
or-waiting = mərkəzin qəbzini gözləyir
or-confirmed-at = mərkəz qəbul edib ({ $time })
or-export = { $count ->
    [0] Mərkəzə aparılacaq heç nə yoxdur
    [one] Möhürlənmiş hesabatı mərkəz üçün saxla…
   *[other] { $count } möhürlənmiş hesabatı mərkəz üçün saxla…
}
or-export-file-name = merkez-ucun
or-exported = { $count ->
    [one] Bir möhürlənmiş hesabat saxlanıldı. Faylı mərkəzə aparın.
   *[other] { $count } möhürlənmiş hesabat bir faylda saxlanıldı. Onu mərkəzə aparın.
}
or-take-receipt = Mərkəzin qəbzini qəbul et…
or-confirmed = { $count ->
    [0] Qəbz yeni heç nəyi təsdiqləmir.
    [one] Mərkəz bir hesabatı təsdiqlədi; onun möhürlənmiş nüsxəsi bu noutbukdan silindi.
   *[other] Mərkəz { $count } hesabatı təsdiqlədi; onların möhürlənmiş nüsxələri bu noutbukdan silindi.
}
or-centre-words-title = Bu noutbukun möhürlədiyi mərkəz: { $centre }
or-centre-words = Mərkəzin altı sözü:

## Sürətli hesabat
qr-title = Sürətli hesabat
in-step-quick = Sürətli hesabat
qr-seal-note = Bitirəndə hesabat { $centre } mərkəzi üçün möhürlənir. Bundan sonra bu noutbuk onu bir daha aça bilməz.
qr-consent = O, başına gələnlərin yazılmasına və mərkəzə verilməsinə razıdırmı?
qr-consent-hint = Hər şeydən əvvəl bunu ondan soruşun. Digər istifadələr (vəkil, statistika, BMT) barədə mərkəzdə və ya tam formada soruşulur.
qr-consent-yes = Bəli, razıdır
qr-consent-no = Xeyr
qr-who-she-is = O kimdir
qr-pseudonym = Ona müraciət etmək üçün ad
qr-pseudonym-hint = Ləqəb və ya kod, əsl adı yox.
qr-what = Nə baş verib
qr-other-acts = Tam formada bunlar da qeydə alınıb: { $acts }
qr-narrative = Nə baş verib, onun öz sözləri ilə
qr-narrative-hint = Onun danışdığı kimi, onun dilində yazın.
qr-when-where = Nə vaxt və harada
qr-when = Bu nə vaxt baş verib?
qr-place-type = Necə yer
qr-who = Kim edib
qr-agency = Hansı polis və ya xidmət
qr-how-many = Onlar neçə nəfər idi
qr-injuries = Xəsarətlər və fotolar
qr-injuries-under = Görünən xəsarətlər (“{ $act }” altında qeyd olunur)
qr-injuries-hint = Bədənin harasında, necə görünür. Fotolar aşağıdadır.
qr-injuries-first = Əvvəlcə ona nə edildiyini işarələyin; sonra burada onun xəsarətlərini qeyd edə bilərsiniz.
qr-photos = Xəsarətlərin və sənədlərin fotoları
qr-photos-after-save = Fotoları hesabat saxlanıldıqdan sonra əlavə etmək olar (yazmağa başlayandan bir az sonra).
qr-finish-seal = Bitir və mərkəz üçün möhürlə
qr-full-form = Tam formanı aç

## Mərkəzdə: autriç noutbukları üçün qəbzlər
sync-receipt = Qəbz…
sync-receipt-label = Qəbz yaz: { $name }
sync-receipt-written = { $count ->
    [one] “{ $name }” üçün qəbz saxlanıldı: o, bir möhürlənmiş hesabatı təsdiqləyir. Faylı autriç işçisinə verin.
   *[other] “{ $name }” üçün qəbz saxlanıldı: o, { $count } möhürlənmiş hesabatı təsdiqləyir. Faylı autriç işçisinə verin.
}
sync-summary-sealed = { $count ->
    [one] Autriç noutbukundan bir möhürlənmiş hesabat qəbul edildi. Onun üçün qəbzi Kontaktlarda, bu noutbukun kontaktından yazın.
   *[other] Autriç noutbukundan { $count } möhürlənmiş hesabat qəbul edildi. Onun üçün qəbzi Kontaktlarda, bu noutbukun kontaktından yazın.
}

## Sistem pəncərələrinin başlıqları
dialog-title-outbox-save = Möhürlənmiş hesabatları mərkəz üçün saxlayın
dialog-title-receipt-open = Mərkəzin qəbzini açın
dialog-title-receipt-save = Qəbzi autriç noutbuku üçün saxlayın
