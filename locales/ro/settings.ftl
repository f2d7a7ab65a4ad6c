# Setări și siguranță.

settings-button = Setări
settings-title = Setări
settings-back = Înapoi la cazuri
settings-saved = S-a salvat.
settings-language-title = Limba
settings-language-awaits-review = Tradus de dezvoltatori; încă nu a fost verificat de un vorbitor nativ.
settings-safety-title = Siguranță
settings-idle-label = Blocați seiful după atâta timp de inactivitate
settings-idle-minutes = { $count ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}
settings-idle-seconds = { $count ->
    [one] { $count } secundă
    [few] { $count } secunde
   *[other] { $count } de secunde
}
settings-idle-hint = Când timpul expiră, seiful se blochează și toate cazurile dispar de pe ecran.
settings-show-name-label = Afișați numele „Casebook” în titlul ferestrei
settings-show-name-hint = Implicit este dezactivat: fereastra se numește „Notițe”, ca o privire aruncată pe ecran să nu dezvăluie ce conține.
settings-quick-exit-title = Ieșire rapidă
settings-quick-exit-text = Apăsați de două ori rapid tasta Esc (într-o secundă): fereastra dispare imediat, seiful se blochează și programul se închide. Porniți din nou programul și deblocați seiful pentru a continua.
settings-passphrases-title = Frazele de acces și cheia de recuperare
settings-passphrase-count = { $count ->
    [one] Acest seif se deschide cu { $count } frază de acces și cu cheia de recuperare.
    [few] Acest seif se deschide cu { $count } fraze de acces și cu cheia de recuperare.
   *[other] Acest seif se deschide cu { $count } de fraze de acces și cu cheia de recuperare.
}
settings-current-hint = La fiecare schimbare vi se cere din nou fraza de acces actuală, ca un calculator deblocat lăsat nesupravegheat să nu fie suficient pentru a le schimba.
settings-change = Schimbați fraza mea de acces
settings-add = Adăugați încă o frază de acces
settings-remove = Eliminați o frază de acces
settings-recovery = Creați o cheie de recuperare nouă
settings-current-label = Fraza de acces actuală
settings-new-label = Fraza de acces nouă
settings-remove-label = Fraza de acces de eliminat
settings-cancel = Anulați
settings-confirm = Confirmați
settings-busy = Se lucrează…
settings-done-change = Fraza de acces a fost schimbată. De acum folosiți-o pe cea nouă.
settings-done-add = Fraza de acces nouă a fost adăugată. Acum ambele deschid seiful.
settings-done-remove = Fraza de acces a fost eliminată. Nu mai deschide seiful.
settings-done-recovery = Cheia de recuperare nouă este activă. Cea veche nu mai deschide seiful.
settings-recovery-written = Am notat cheia nouă
settings-seen = Poate cineva mi-a văzut fraza de acces
settings-seen-intro = Alegeți o frază de acces nouă. Seiful primește și o cheie nouă, așa că fraza de acces veche nu mai deschide nimic — nici măcar o copie veche a fișierului de chei rămasă pe disc. O cheie de recuperare nouă va fi afișată o singură dată.
settings-rekey-label = Schimbați și cheia seifului (copiile vechi ale fișierului de chei devin inutile)
settings-rekey-hint = Rămâne doar fraza de acces actuală pe care ați introdus-o și primiți o cheie de recuperare nouă de notat. Fragmentele colegilor nu mai funcționează nici ele.
settings-rekey-drops = { $count ->
    [one] O altă frază de acces nu va mai funcționa; adăugați-o din nou după aceea dacă trebuie să rămână.
    [few] Alte { $count } fraze de acces nu vor mai funcționa; adăugați-le din nou după aceea dacă trebuie să rămână.
   *[other] Alte { $count } de fraze de acces nu vor mai funcționa; adăugați-le din nou după aceea dacă trebuie să rămână.
}
settings-done-rekey = Seiful are o cheie nouă. Copiile vechi ale fișierului de chei și orice frază de acces sau cheie de recuperare din ele nu mai deschid nimic. Nici fragmentele colegilor nu mai deschid nimic: faceți o împărțire nouă dacă centrul are nevoie de ea.
settings-erase-title = Ștergere de urgență
settings-erase-text = Distruge cheile și fișierele acestui seif de pe acest calculator, imediat și definitiv. Nimeni nu mai poate recupera cazurile după aceea, nici cu fraza de acces, nici cu cheia de recuperare. Cazurile deja transmise colegilor rămân la ei.
settings-erase-word = DISTRUGE
settings-erase-label = Pentru confirmare, scrieți { $word }
settings-erase-word-wrong = Scrieți { $word } pentru a confirma ștergerea.
settings-erase-button = Ștergeți seiful acum
settings-erased = Seiful a fost șters. Mai jos puteți crea un seif nou, gol.
settings-unlock-with-recovery = Folosiți cheia de recuperare
settings-unlock-with-passphrase = Folosiți fraza de acces
settings-unlock-recovery-hint = Introduceți cheia așa cum este scrisă pe hârtie; spațiile și liniuțele nu contează.
settings-error-bad-setting = Această setare nu poate avea valoarea respectivă.
