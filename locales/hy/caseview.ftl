# Գործի էջ (ui/src/screens/CaseView.svelte), կցորդներ, սևագրերի ցանկ և ձևաթղթերի
# ընդհանուր բառեր (cw-…)։

cv-new-case = Նոր գործ
cv-intake-title = Հարցազրույց
cv-drafts = { $count ->
    [one] { $count } հարցազրույց՝ շարունակելու համար
   *[other] { $count } հարցազրույց՝ շարունակելու համար
}
cv-draft-unnamed = (կեղծանուն դեռ չկա)
cv-draft-stopped = կանգ է առել «{ $step }» քայլում, { $time }

cv-back = Վերադառնալ ցանկին
cv-updated = Վերջին փոփոխությունը՝ { $time }, հեղինակ՝ { $author }
cv-sealed-notice = Այս գործը կնքված է որպես ապացույց։ Յուրաքանչյուր փոփոխության համար անհրաժեշտ է պատճառ, որը պահվում է գործի պատմության մեջ։
cv-status-title = Կարգավիճակ
cv-change-status = Փոխել կարգավիճակը
cv-seal = Կնքել
cv-unseal = Հանել կնիքը և փոխել
cv-seal-reason = Կնքելու պատճառը
cv-unseal-reason = Կնիքը հանելու պատճառը
cv-reason-required = Նախ նշեք պատճառը։
cv-saved = Պահպանվեց որպես նոր տարբերակ։
cv-views = Գործի տեսքեր
cv-tab-case = Գործ
cv-tab-history = Պատմություն ({ $count })
cv-edit = Խմբագրել
cv-editing = Խմբագրում՝ { $section }
cv-reason = Փոփոխության պատճառը (ըստ ցանկության)
cv-reason-sealed = Կնքված գործը փոխելու պատճառը
cv-save = Պահպանել
cv-cancel = Չեղարկել
cv-edit-kept-at = Չպահպանված խմբագրումը պահված է պահոցում՝ { $time }
cv-edit-not-kept-yet = Դեռ ոչինչ չի փոխվել
cv-resume-title = Չպահպանված խմբագրումը պահվել է
cv-resume-text = «{ $section }» բաժնի խմբագրումը ({ $time }) չի պահպանվել որպես տարբերակ։ Շարունակեք այն՝ ստուգելու և պահպանելու համար, կամ հրաժարվեք դրանից։
cv-resume-changed = Այս խմբագրումը սկսելուց հետո գործը կրկին պահպանվել է։ Խմբագրումը պահպանելիս այդ փոփոխությունները պահվում են մյուս բոլոր բաժիններում, իսկ այս բաժինը պահպանվում է այնպես, ինչպես խմբագրման մեջ է։
cv-resume-yes = Շարունակել խմբագրումը
cv-resume-discard = Հրաժարվել խմբագրումից
cv-resume-discarded = Չպահպանված խմբագրումը չեղարկվեց։
cv-nothing-recorded = Ոչինչ գրանցված չէ։
cv-identity-recorded = գրանցված է (այստեղ ցույց չի տրվում)
cv-revoked = հետ է վերցվել՝ { $date }
cv-deadline = ժամկետ՝ { $date }
cv-due = կատարել մինչև՝ { $date }
cv-overdue = ժամկետանց
cv-done = կատարված է՝ { $date }
cv-done-short = կատարված է
cv-due-title = Հետագա քայլեր և ժամկետներ
cv-complaint-deadline = Բողոքի ժամկետ՝ { $body }

cv-kind-create = Ստեղծված
cv-kind-edit = Փոփոխված
cv-kind-delete = Ջնջված
cv-kind-merge = Միավորված
cv-by = հեղինակ՝ { $author }
cv-reason-was = Պատճառ՝ { $reason }
cv-changes = Փոփոխված դաշտեր
cv-field = Դաշտ
cv-before = Առաջ
cv-after = Հետո
cv-created-with = { $count ->
    [one] Ստեղծվել է { $count } դաշտով։
   *[other] Ստեղծվել է { $count } դաշտով։
}

cv-attachments = Կցորդներ
cv-attachments-empty = Ֆայլեր դեռ կցված չեն։
cv-attach-choose = Ավելացնել ֆայլ…
cv-attach-drop = կամ ֆայլերը քաշեք այս պատուհանի վրա։
cv-attaching = Ֆայլն ավելացվում է պահոցում…
cv-attachment-added = «{ $name }» ֆայլն ավելացվեց։
cv-sha256 = SHA-256
cv-received = Ստացվել է
cv-captured = Ստեղծվել է
cv-description = Նկարագրություն
cv-view = Ցույց տալ
cv-close = Փակել
cv-export = Արտահանել պատճենը…
cv-exported = Պատճենը պահպանվեց։ Այն գաղտնագրված չէ՝ պահեք այն ապահով տեղում։
cv-image-of = Կցված պատկեր՝ { $name }

cw-yes = Այո
cw-no = Ոչ
cw-not-recorded = — գրանցված չէ —
cw-other-note = Նշեք՝ ինչ
cw-remove = Հեռացնել
cw-country = Երկիր
cw-region = Մարզ
cw-settlement = Քաղաք կամ գյուղ
cw-place = Վայր
cw-eeca = Արևելյան Եվրոպա և Կենտրոնական Ասիա
cw-other-countries = Այլ երկրներ
cw-date-precision = Ճշգրտություն
cw-date-value = Ամսաթիվ
cw-date-from = Սկսած
cw-date-to = Մինչև
cw-date-shape-exact = ՏՏՏՏ-ԱԱ-ՕՕ
cw-date-shape-month = ՏՏՏՏ-ԱԱ
cw-date-shape-year = ՏՏՏՏ
cw-date-hint = Գրեք { $shape } ձևաչափով։
cw-bytes = { $n } բայթ
cw-kib = { $n } ԿԲ
cw-mib = { $n } ՄԲ
