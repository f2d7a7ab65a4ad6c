# Dosarul pentru avocat în program: crearea lui (vizualizarea cazului) și verificarea
# unui dosar (lista cazurilor). Id-uri: cf-<ce>. Textul dosarului însuși este în pdf.ftl.

## Crearea dosarului
cf-open = Dosar pentru avocat (PDF)…
cf-title = Dosarul cazului pentru avocat
cf-intro = Un PDF al acestui caz, așa cum este acum, pentru avocatul ei. Fiecare dosar creat se înregistrează în jurnalul de audit al seifului.
cf-lang = Limba dosarului
cf-profile = Ce arată dosarul
cf-profile-full-hint = Tot ce este în caz, inclusiv numele și datele ei de contact. Este nevoie de consimțământul ei de a fi numită.
cf-profile-pseudonymised-hint = Omite identitatea ei, datele de contact ale martorilor și numele făptuitorilor.
cf-unchecked-free-text = { $count ->
    [one] Un câmp cu text liber rămâne
    [few] { $count } câmpuri cu text liber rămân
   *[other] { $count } de câmpuri cu text liber rămân
  } în dosar (relatări, note, constatări). Numele, telefonul și data ei de naștere sunt eliminate din ele, dar numele altor persoane nu pot fi recunoscute automat: citiți-le înainte de a preda dosarul.
cf-save = Salvați ca PDF…
cf-close = Închideți
cf-choosing = Alegeți unde să salvați fișierul în fereastra care s-a deschis.
cf-generating = Se creează dosarul…
cf-stage-loading = Se citește cazul
cf-stage-photo = Se pregătește fotografia { $done } din { $total }
cf-stage-layout = Se așază paginile
cf-stage-writing = Se scrie fișierul
cf-stage-done = Gata
cf-saved = S-a salvat „{ $name }” ({ $pages ->
    [one] { $pages } pagină
    [few] { $pages } pagini
   *[other] { $pages } de pagini
}).
cf-saved-where = Folderul: { $dir }
cf-unencrypted = PDF-ul nu este criptat: predați-l personal sau printr-un canal în care aveți încredere și ștergeți copiile de care nu mai aveți nevoie.
# Titlul ferestrei de salvare.
cf-save-title = Salvați dosarul

## Verificarea unui dosar
cf-verify-open = Verificați un dosar…
# Titlul ferestrei de deschidere.
cf-verify-title = Alegeți dosarul de verificat
cf-verify-heading = Verificarea dosarului
cf-verifying = Se verifică…
cf-verify-ok = Acest fișier este autentic: este exact ceea ce păstrează acest seif pentru caz.
cf-verify-bad = Acest fișier nu corespunde seifului: a fost modificat după creare sau nu a fost creat din datele acestui seif.
cf-verify-issued = Jurnalul de audit arată că acest seif a creat exact acest fișier la { $time }.
cf-verify-not-issued = Jurnalul de audit nu are nicio înregistrare pentru exact acești octeți (fișierele create de versiuni mai vechi ale programului nu au).
cf-verify-newer = Cazul s-a schimbat de când a fost creat acest fișier; un fișier nou ar arăta schimbările.
cf-verify-failed = Fișierul nu a putut fi verificat.
cf-verify-another = Verificați alt fișier…
cf-field-file = Fișier
cf-field-case = Caz
cf-field-revision = Versiune
cf-field-made = Creat
cf-field-lang = Limba
cf-field-profile = Profil
cf-checks = Verificări
cf-check-file-intact = Niciun octet nu s-a schimbat de când a fost scris fișierul
cf-check-data-matches = Conținutul lui corespunde versiunii din seif
cf-check-audit-head = Înregistrarea din jurnalul de audit pe care o indică există în acest seif
cf-check-rendering = Recrearea lui din seif dă exact aceiași octeți
cf-check-passed = reușită
cf-check-failed = eșuată
cf-check-skipped = omisă: fișierul a fost creat de altă versiune a programului
