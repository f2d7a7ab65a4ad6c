## Bütün işlər üzrə son müddətlər

due-button = Son müddətlər
due-header-overdue = { $count ->
    [one] 1 gecikmiş
   *[other] { $count } gecikmiş
}
due-title = Son müddətlər
due-back = İşlərə qayıt
due-intro = Bütün işlərdə hələ açıq olan növbəti addımlar, şikayət üzrə son müddətlər və məhkəmə-tibbi ekspertizalar; əvvəlcə müddəti keçmişlər. Ekspertiza qeydə alınmayıbsa, o, fiziki zorakılıq olan hadisədən sonra 14 gün ərzində aparılmalıdır.
due-empty = Müddəti çatan heç nə yoxdur.
due-panel-title = { $count ->
    [one] Müddəti keçmiş və ya bu həftə bitən 1 son müddət
   *[other] Müddəti keçmiş və ya bu həftə bitən { $count } son müddət
}
due-dismiss = Növbəti kilid açılanadək gizlət
due-all = Bütün son müddətlər
due-all-more = Bütün son müddətlər (daha { $count })
due-done = Bu gün icra edildi
due-state-overdue = Müddəti keçib
due-state-today = Bu gün
due-state-later = Müddət
due-state-done = İcra edilib
due-kind-follow-up = Növbəti addım
due-kind-complaint-deadline = Şikayət üzrə son müddət
due-kind-forensic-window = Xəsarətlər görünərkən məhkəmə-tibbi ekspertiza
due-window-label = Hadisədən sonra məhkəmə-tibbi ekspertiza üçün neçə gün vaxt var
due-window-save = Saxla
due-window-saved = Saxlanıldı. Bütün işlərin son müddətləri yeni müddətə uyğun hesablanır.
