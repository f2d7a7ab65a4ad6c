# Գործերի ցանկը՝ որոնում, զտիչներ, դասավորում, տողեր։

list-search-label = Որոնում
list-search-placeholder = Ծածկագիր, կեղծանուն, վայր, բառեր պատմությունից…
list-search-hint = Ձեր մուտքագրած յուրաքանչյուր բառ պետք է լինի գործում։ Բառերի մասերն էլ են աշխատում։
list-filters-legend = Զտիչներ
list-filters-toggle = { $count ->
    [0] Զտիչներ
   *[other] Զտիչներ (կիրառված՝ { $count })
}
list-filter-any = Ցանկացած
list-filter-status = Կարգավիճակ
list-filter-from = Միջադեպը՝ սկսած
list-filter-to = Միջադեպը՝ մինչև
list-filter-period-placeholder = օր.՝ 2026-03
list-filter-period-invalid = Գրեք տարին, տարին և ամիսը կամ ամբողջական ամսաթիվը, օրինակ՝ 2026-03։
list-filter-place = Մարզ
list-filter-act = Արարքի տեսակ
list-filter-agency = Գերատեսչություն
list-filter-consent = Համաձայնություն է տրված
list-filter-due = Հետագա քայլ
list-filter-due-overdue = Ժամկետանց
list-filter-due-week = 7 օրվա ընթացքում
list-filter-due-month = 30 օրվա ընթացքում
list-filters-clear = Մաքրել զտիչները
list-sort-label = Դասավորել ըստ
list-sort-updated-desc = Վերջին փոփոխություն, նորերը սկզբում
list-sort-updated-asc = Վերջին փոփոխություն, հները սկզբում
list-sort-incident-desc = Միջադեպի ամսաթիվ, նորերը սկզբում
list-sort-incident-asc = Միջադեպի ամսաթիվ, հները սկզբում
list-sort-code-asc = Ծածկագիր, աճման կարգով
list-sort-code-desc = Ծածկագիր, նվազման կարգով
list-sort-due-asc = Հաջորդ քայլ, մոտակաները սկզբում
list-found = { $count ->
    [0] Ոչ մի գործ չի գտնվել
    [one] Գտնվել է { $count } գործ
   *[other] Գտնվել է { $count } գործ
}
list-found-capped = Ցուցադրված է { $count }-ը՝ ամենավերջին գրանցված { $cap } համընկնումներից։ Այս բառերը պարունակող գործերն ավելի շատ են՝ ավելացրեք բառեր կամ զտիչներ՝ որոնումը նեղացնելու համար։
list-col-date = Միջադեպի ամսաթիվ
list-col-place = Վայր
list-col-acts = Հիմնական արարքներ
list-col-due = Հաջորդ քայլ
list-overdue = ժամկետանց
list-more-acts = +{ $count }
list-open-hint = Ընտրեք գործի ծածկագիրը՝ գործը բացելու համար։
list-empty-first-step = Առաջին գործը գրանցելու համար պատուհանի վերևում ընտրեք «Նոր գործ»։ Պարտադիր են միայն կեղծանունը և փաստագրման համաձայնությունը։ Մնացած բոլոր հարցերը կարելի է բաց թողնել։
list-no-match-title = Համապատասխան գործ չկա
list-no-match-text = Ոչ մի գործ չի համապատասխանում որոնմանը և զտիչներին։ Փորձեք ավելի քիչ բառեր կամ մաքրեք զտիչները։
list-no-match-plain = Համապատասխան գործ չկա։
