## Termenele tuturor cazurilor

due-button = Termene
due-header-overdue = { $count ->
    [one] 1 termen depășit
    [few] { $count } termene depășite
   *[other] { $count } de termene depășite
}
due-title = Termene
due-back = Înapoi la cazuri
due-intro = Acțiunile planificate, termenele pentru plângeri și examinările medico-legale încă deschise în toate cazurile, începând cu cele depășite. O examinare medico-legală trebuie făcută în 14 zile după un incident cu violență fizică, dacă nu este deja înregistrată una.
due-empty = Nu este nimic de făcut.
due-panel-title = { $count ->
    [one] 1 termen depășit sau care expiră săptămâna aceasta
    [few] { $count } termene depășite sau care expiră săptămâna aceasta
   *[other] { $count } de termene depășite sau care expiră săptămâna aceasta
}
due-dismiss = Ascundeți până la următoarea deblocare
due-all = Toate termenele
due-all-more = Toate termenele (încă { $count })
due-done = Făcut astăzi
due-state-overdue = Termen depășit
due-state-today = Astăzi
due-state-later = De făcut
due-state-done = Făcut
due-kind-follow-up = Acțiune planificată
due-kind-complaint-deadline = Termen pentru plângere
due-kind-forensic-window = Examinare medico-legală cât timp leziunile se văd
due-window-label = Examinarea medico-legală trebuie făcută în atâtea zile după incident
due-window-save = Salvați
due-window-saved = S-a salvat. Termenele tuturor cazurilor urmează noul interval.
