# Modul de teren (outreach): un laptop de teren care sigilează fiecare raport terminat pentru
# centrul său și nu îl mai poate deschide. Cuvinte simple: textele sunt citite de lucrătoare
# outreach (consultanți egali), deseori pe un ecran mic, uneori în grabă.

## Pregătirea laptopului (primul ecran)
os-offer = Este laptopul unei lucrătoare outreach care merge pe teren? Pregătiți-l astfel încât fiecare raport terminat să fie sigilat pentru centrul dvs., iar acest laptop să nu-l mai poată deschide.
os-offer-button = Pregătiți pentru munca de teren
os-title = Pregătiți acest laptop pentru munca de teren
os-intro = Pe acest laptop se vor înregistra rapoarte, iar fiecare raport terminat va fi sigilat pentru centrul dvs. Doar centrul poate deschide un raport sigilat; acest laptop nu poate, nici măcar cu fraza lui de acces.
os-card-step = 1. Fișa de contact a centrului dvs.
os-card-label = Lipiți aici fișa de contact a centrului sau deschideți fișierul fișei
os-centre = Centrul: { $centre }
os-compare = Sunați la centru și rugați-i să vă citească cele șase cuvinte ale lor. Trebuie să fie exact acestea:
os-words-label = Tastați cele șase cuvinte așa cum vi le citește centrul
os-passphrase-step = 2. O frază de acces pentru acest laptop
os-coercion = Această frază de acces deschide doar rapoartele pe care nu le-ați terminat încă. Un raport terminat este sigilat pentru { $centre }: nimeni nu îl poate deschide pe acest laptop — nici dvs., nici cineva care vă obligă să deblocați laptopul.
os-back = Înapoi: un seif obișnuit
os-create = Pregătiți acest laptop

## Ecranul principal de teren
or-title = Rapoarte de teren
or-intro = Rapoartele pe care le terminați sunt sigilate pentru { $centre }. Acest laptop nu le mai poate deschide.
or-sealed-now = Sigilat pentru { $centre }. Acest laptop nu mai poate deschide raportul.
or-receipt-code = Codul confirmării
or-new-quick = Raport rapid nou
or-new-full = Raport nou cu formularul complet
or-drafts = Încă neterminate
or-no-drafts = Niciun raport neterminat.
or-stale = { $count ->
    [one] Un raport așteaptă de mai mult de o zi. Terminați-l ca să fie sigilat: până atunci, fraza de acces a acestui laptop îl deschide.
    [few] { $count } rapoarte așteaptă de mai mult de o zi. Terminați-le ca să fie sigilate: până atunci, fraza de acces a acestui laptop le deschide.
   *[other] { $count } de rapoarte așteaptă de mai mult de o zi. Terminați-le ca să fie sigilate: până atunci, fraza de acces a acestui laptop le deschide.
}
or-outbox = Sigilate pentru centru
or-outbox-hint = Aici se păstrează doar codul confirmării. Duceți fișierul la centru; centrul vă dă o confirmare, iar copiile sigilate pe care le confirmă sunt șterse de pe acest laptop.
or-outbox-empty = Nimic sigilat încă.
or-sealed-at = Data sigilării
or-state = Centrul
or-waiting = așteaptă confirmarea centrului
or-confirmed-at = primit de centru ({ $time })
or-export = { $count ->
    [0] Nimic de dus la centru
    [one] Salvați raportul sigilat pentru centru…
    [few] Salvați { $count } rapoarte sigilate pentru centru…
   *[other] Salvați { $count } de rapoarte sigilate pentru centru…
}
or-export-file-name = pentru-centru
or-exported = { $count ->
    [one] Un raport sigilat a fost salvat. Duceți fișierul la centru.
    [few] { $count } rapoarte sigilate au fost salvate într-un singur fișier. Duceți-l la centru.
   *[other] { $count } de rapoarte sigilate au fost salvate într-un singur fișier. Duceți-l la centru.
}
or-take-receipt = Preluați confirmarea centrului…
or-confirmed = { $count ->
    [0] Confirmarea nu cuprinde nimic nou.
    [one] Centrul a confirmat un raport; copia lui sigilată a fost ștearsă de pe acest laptop.
    [few] Centrul a confirmat { $count } rapoarte; copiile lor sigilate au fost șterse de pe acest laptop.
   *[other] Centrul a confirmat { $count } de rapoarte; copiile lor sigilate au fost șterse de pe acest laptop.
}
or-centre-words-title = Centrul pentru care sigilează acest laptop: { $centre }
or-centre-words = Cele șase cuvinte ale centrului:

## Raportul rapid
qr-title = Raport rapid
in-step-quick = Raport rapid
qr-seal-note = Când terminați, raportul este sigilat pentru { $centre }. După aceea, acest laptop nu-l mai poate deschide.
qr-consent = Este de acord ca ceea ce i s-a întâmplat să fie scris și dat centrului?
qr-consent-hint = Întrebați-o înainte de orice altceva. Despre celelalte utilizări (avocat, statistică, ONU) este întrebată la centru sau în formularul complet.
qr-consent-yes = Da, este de acord
qr-consent-no = Nu
qr-who-she-is = Cine este ea
qr-pseudonym = Un nume cu care o vom numi
qr-pseudonym-hint = O poreclă sau un cod, nu numele ei real.
qr-what = Ce s-a întâmplat
qr-other-acts = Înregistrate și în formularul complet: { $acts }
qr-narrative = Ce s-a întâmplat, în cuvintele ei
qr-narrative-hint = Scrieți așa cum povestește ea, în limba ei.
qr-when-where = Când și unde
qr-when = Când s-a întâmplat?
qr-place-type = Ce fel de loc
qr-who = Cine a făcut-o
qr-agency = Ce poliție sau serviciu
qr-how-many = Câți erau
qr-injuries = Leziuni și fotografii
qr-injuries-under = Leziuni vizibile (notate la „{ $act }”)
qr-injuries-hint = Unde pe corp și cum arată. Fotografiile sunt mai jos.
qr-injuries-first = Bifați mai întâi ce i s-a făcut; apoi puteți nota aici leziunile ei.
qr-photos = Fotografii ale leziunilor și ale documentelor
qr-photos-after-save = Fotografiile pot fi adăugate după ce raportul a fost salvat (la scurt timp după ce începeți să scrieți).
qr-finish-seal = Terminați și sigilați pentru centru
qr-full-form = Deschideți formularul complet

## La centru: confirmări pentru laptopurile de teren
sync-receipt = Confirmare…
sync-receipt-label = Scrieți o confirmare pentru { $name }
sync-receipt-written = { $count ->
    [one] Confirmarea pentru { $name } a fost salvată: ea cuprinde un raport sigilat. Dați fișierul lucrătoarei outreach.
    [few] Confirmarea pentru { $name } a fost salvată: ea cuprinde { $count } rapoarte sigilate. Dați fișierul lucrătoarei outreach.
   *[other] Confirmarea pentru { $name } a fost salvată: ea cuprinde { $count } de rapoarte sigilate. Dați fișierul lucrătoarei outreach.
}
sync-summary-sealed = { $count ->
    [one] A fost primit un raport sigilat de pe un laptop de teren. Scrieți-i o confirmare din contactul lui.
    [few] Au fost primite { $count } rapoarte sigilate de pe un laptop de teren. Scrieți-i o confirmare din contactul lui.
   *[other] Au fost primite { $count } de rapoarte sigilate de pe un laptop de teren. Scrieți-i o confirmare din contactul lui.
}

## Titlurile ferestrelor de sistem
dialog-title-outbox-save = Salvați rapoartele sigilate pentru centru
dialog-title-receipt-open = Deschideți confirmarea centrului
dialog-title-receipt-save = Salvați confirmarea pentru laptopul de teren
