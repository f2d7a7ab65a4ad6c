# İşlər siyahısı: axtarış, filtrlər, sıralama, sətirlər.

list-search-label = Axtarış
list-search-placeholder = Kod, psevdonim, yer, onun danışdıqlarından sözlər…
list-search-hint = Yazdığınız hər söz işdə olmalıdır; sözlərin hissələri də işləyir.
list-filters-legend = Filtrlər
list-filters-toggle = { $count ->
    [0] Filtrlər
   *[other] Filtrlər ({ $count } seçilib)
}
list-filter-any = İstənilən
list-filter-status = İşin statusu
list-filter-from = Hadisə tarixi: başlanğıc
list-filter-to = Hadisə tarixi: son
list-filter-period-placeholder = məs. 2026-03
list-filter-period-invalid = İl, il və ay və ya tam tarix yazın, məs. 2026-03.
list-filter-place = Bölgə
list-filter-act = Əməlin növü
list-filter-agency = Qurum
list-filter-consent = Razılıq verilib
list-filter-due = Növbəti addım
list-filter-due-overdue = Müddəti keçib
list-filter-due-week = 7 gün ərzində
list-filter-due-month = 30 gün ərzində
list-filters-clear = Filtrləri təmizlə
list-sort-label = Sıralama
list-sort-updated-desc = Son dəyişiklik, əvvəlcə yenilər
list-sort-updated-asc = Son dəyişiklik, əvvəlcə köhnələr
list-sort-incident-desc = Hadisə tarixi, əvvəlcə yenilər
list-sort-incident-asc = Hadisə tarixi, əvvəlcə köhnələr
list-sort-code-asc = Kod, A-dan Z-yə
list-sort-code-desc = Kod, Z-dən A-ya
list-sort-due-asc = Növbəti addım, əvvəlcə ən yaxını
list-found = { $count ->
    [0] Heç bir iş tapılmadı
    [one] { $count } iş tapıldı
   *[other] { $count } iş tapıldı
}
list-found-capped = Ən son qeydə alınmış { $cap } uyğun işdən { $count } göstərilir. Bu sözlər daha çox işdə var: axtarışı daraltmaq üçün söz və ya filtr əlavə edin.
list-col-date = Hadisə tarixi
list-col-place = Yer
list-col-acts = Əsas əməllər
list-col-due = Növbəti addım
list-overdue = müddəti keçib
list-more-acts = +{ $count }
list-open-hint = İşi açmaq üçün onun kodunu seçin.
list-empty-first-step = İlk işi qeydə almaq üçün pəncərənin yuxarısında “Yeni iş” seçin. Yalnız psevdonim və sənədləşdirməyə razılıq tələb olunur; bütün digər sualları ötürmək olar.
list-no-match-title = Uyğun iş yoxdur
list-no-match-text = Axtarışa və filtrlərə uyğun iş yoxdur. Daha az söz yazın və ya filtrləri təmizləyin.
list-no-match-plain = Uyğun iş yoxdur.
