# Vizualizarea cazului (ui/src/screens/CaseView.svelte), atașamente, lista ciornelor și
# cuvinte comune formularelor (cw-…).

cv-new-case = Caz nou
cv-intake-title = Preluarea cazului
cv-drafts = { $count ->
    [one] Un interviu de reluat
    [few] { $count } interviuri de reluat
   *[other] { $count } de interviuri de reluat
}
cv-draft-unnamed = (încă fără pseudonim)
cv-draft-stopped = oprit la „{ $step }”, { $time }

cv-back = Înapoi la listă
cv-updated = Ultima modificare: { $time }, de { $author }
cv-sealed-notice = Acest caz este sigilat ca probă. Fiecare modificare cere un motiv, care se păstrează în istoricul cazului.
cv-status-title = Starea
cv-change-status = Schimbați starea
cv-seal = Sigilați
cv-unseal = Desigilați și modificați
cv-seal-reason = De ce este sigilat
cv-unseal-reason = De ce se ridică sigiliul
cv-reason-required = Indicați mai întâi un motiv.
cv-saved = Salvat ca versiune nouă.
cv-views = Vizualizări ale cazului
cv-tab-case = Cazul
cv-tab-history = Istoric ({ $count })
cv-edit = Modificați
cv-editing = Se modifică: { $section }
cv-reason = Motivul modificării (opțional)
cv-reason-sealed = Motivul modificării unui caz sigilat
cv-save = Salvați
cv-cancel = Anulați
cv-edit-kept-at = Modificarea nesalvată a fost păstrată în seif la { $time }
cv-edit-not-kept-yet = Încă nu s-a schimbat nimic
cv-resume-title = A fost păstrată o modificare nesalvată
cv-resume-text = Modificarea secțiunii „{ $section }” din { $time } nu a fost salvată ca versiune. Reluați-o pentru a o verifica și salva sau renunțați la ea.
cv-resume-changed = Cazul a fost salvat din nou după ce a început această modificare. Salvarea modificării păstrează acele schimbări în toate celelalte secțiuni; această secțiune se salvează așa cum este în modificare.
cv-resume-yes = Reluați modificarea
cv-resume-discard = Renunțați la modificare
cv-resume-discarded = S-a renunțat la modificarea nesalvată.
cv-nothing-recorded = Nu s-a înregistrat nimic.
cv-identity-recorded = înregistrată (nu se arată aici)
cv-revoked = retras la { $date }
cv-deadline = termen: { $date }
cv-due = de făcut până la { $date }
cv-overdue = termen depășit
cv-done = făcut la { $date }
cv-done-short = făcut
cv-due-title = Acțiuni planificate și termene
cv-complaint-deadline = Termen pentru plângere: { $body }

cv-kind-create = Creat
cv-kind-edit = Modificat
cv-kind-delete = Șters
cv-kind-merge = Comasat
cv-by = de { $author }
cv-reason-was = Motivul: { $reason }
cv-changes = Câmpuri modificate
cv-field = Câmp
cv-before = Înainte
cv-after = După
cv-created-with = { $count ->
    [one] Creat cu un singur câmp.
    [few] Creat cu { $count } câmpuri.
   *[other] Creat cu { $count } de câmpuri.
}

cv-attachments = Atașamente
cv-attachments-empty = Încă nu sunt fișiere atașate.
cv-attach-choose = Adăugați un fișier…
cv-attach-drop = sau trageți fișierele în această fereastră.
cv-attaching = Fișierul se adaugă în seif…
cv-attachment-added = „{ $name }” a fost adăugat.
cv-sha256 = SHA-256
cv-received = Primit
cv-captured = Realizat
cv-description = Descriere
cv-view = Afișați
cv-close = Închideți
cv-export = Exportați o copie…
cv-exported = Copia a fost salvată. Nu este criptată: păstrați-o în siguranță.
cv-image-of = Imagine atașată { $name }

cw-yes = Da
cw-no = Nu
cw-not-recorded = — neînregistrat —
cw-other-note = Precizați
cw-remove = Eliminați
cw-country = Țara
cw-region = Regiunea
cw-settlement = Orașul sau satul
cw-place = Locul
cw-eeca = Europa de Est și Asia Centrală
cw-other-countries = Alte țări
cw-date-precision = Precizia
cw-date-value = Data
cw-date-from = De la
cw-date-to = Până la
cw-date-shape-exact = AAAA-LL-ZZ
cw-date-shape-month = AAAA-LL
cw-date-shape-year = AAAA
cw-date-hint = Scrieți în forma { $shape }.
cw-bytes = { $n } octeți
cw-kib = { $n } KB
cw-mib = { $n } MB
