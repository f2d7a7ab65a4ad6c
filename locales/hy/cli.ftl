## `casebook` հրամանային տողը։

cli-prompt-passphrase = Գաղտնաֆրազ
cli-prompt-new-passphrase = Նոր գաղտնաֆրազ
cli-prompt-repeat-passphrase = Կրկնեք նոր գաղտնաֆրազը
cli-prompt-recovery-key = Վերականգնման բանալի
cli-init-done = Պահոցը ստեղծվեց՝ { $path }։
cli-recovery-key-intro = Վերականգնման բանալին (ցույց է տրվում միայն հիմա)։ Գրեք այն թղթի վրա և պահեք այս համակարգչից առանձին՝
cli-passphrase-done = Գաղտնաֆրազները թարմացվեցին։
cli-prompt-keep-passphrase = Գաղտնաֆրազ, որը մնում է
cli-rekey-done = Պահոցը նոր բանալի ունի։ Բանալու ֆայլի հին պատճենները, ներառյալ դրանցում եղած ցանկացած գաղտնաֆրազ կամ վերականգնման բանալի, այժմ ոչինչ չեն բացում։
cli-rekey-dropped = { $count ->
        [one] { $count } այլ գաղտնաֆրազ դադարեց գործել։ Եթե այն պետք է, նորից ավելացրեք `passphrase add` հրամանով։
       *[other] { $count } այլ գաղտնաֆրազ դադարեցին գործել։ Եթե դրանք պետք են, նորից ավելացրեք `passphrase add` հրամանով։
    }
cli-unlock-ok = Գաղտնիքը բացում է այս պահոցը։
cli-erased = Պահոցը ջնջվեց։ Այն այլևս հնարավոր չէ բացել։
cli-demo-done = Ավելացվեց { $count } փորձնական (հորինված) գործ։
cli-verify-ok = Պահոցը ստուգված է՝ աուդիտի { $audit } գրառում և { $revisions } տարբերակ ճիշտ են, տվյալների բազայի ամբողջականությունը կարգին է։
cli-verify-audit-broken = Աուդիտի մատյանը խաթարված է { $seq } համարի գրառումում։
cli-verify-bad-revision = { $revision } տարբերակը չի համապատասխանում իր բովանդակությանը։
cli-verify-integrity = Տվյալների բազայի ստուգում՝ { $detail }
cli-case-header = Գործ { $code } ({ $id }), տարբերակ { $revision }
cli-case-deleted = Այս գործը ջնջված է։
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = Համընկնում են ավելի քան { $cap } գործ։ Որոնվել են միայն ամենավերջին գրանցված { $cap } գործերը։ Ավելացրեք բառեր՝ որոնումը նեղացնելու համար։
cli-list-empty = Գործեր չկան։
cli-list-total = { $shown }՝ ընդամենը { $total } { $total ->
        [one] գործից
       *[other] գործից
    }
cli-error-no-vault-dir = Պահոցի թղթապանակ նշված չէ՝ տվեք --vault DIR կամ սահմանեք CASEBOOK_VAULT։
cli-error-read-file = Հնարավոր չէ կարդալ { $path } ֆայլը՝ { $detail }
cli-error-bad-json = { $path } ֆայլը գործի վավեր ֆայլ չէ՝ { $detail }
cli-error-passphrase-mismatch = Երկու գաղտնաֆրազները տարբեր են։
cli-error-no-secret = Գաղտնաֆրազ չի տրվել՝ սահմանեք CASEBOOK_PASSPHRASE կամ գործարկեք տերմինալում։
cli-error-erase-needs-yes = Ջնջումը վերջնականապես ոչնչացնում է պահոցը։ Կրկնեք --yes պարամետրով։
cli-error-output = Հնարավոր չէ գրել ելքային տվյալները՝ { $detail }
cli-error-encode = Ելքային տվյալները հնարավոր չեղավ կոդավորել։ Խնդրում ենք հայտնել այս մասին։

## `casebook due` հրամանը
cli-due-none = Մոտակա ժամկետներ չկան։
cli-due-overdue = ժամկետանց
cli-due-today = այսօր
cli-due-later = սպասվող
cli-due-follow-up = Հետագա քայլ
cli-due-complaint-deadline = Բողոքի ժամկետ
cli-due-forensic-window = Դատաբժշկական փորձաքննություն (վնասվածքները դեռ տեսանելի են)
cli-forensic-window = Ֆիզիկական բռնությամբ միջադեպից հետո դատաբժշկական փորձաքննությունը պետք է կատարվի { $days ->
        [one] { $days } օրվա
       *[other] { $days } օրվա
    } ընթացքում։

# Outreach mode
cli-outreach-ready = Աութրիչ նոութբուք { $centre } կենտրոնի համար։ Առաջին գործից առաջ համեմատեք այս վեց բառը կենտրոնի հետ՝ { $fingerprint }
    Ավարտված գործն անմիջապես կնքվում է կենտրոնի համար․ այս գաղտնաֆրազը բացում է միայն չավարտված սևագրերը։
cli-outreach-sealed = Կնքված է կենտրոնի համար․ անդորրագրի կոդ՝ { $receipt }։ Այս նոութբուքն այլևս չի կարող կարդալ գործը։
cli-outbox-confirmed = հաստատված է { $at }
cli-outbox-waiting = սպասում է կենտրոնի անդորրագրին
cli-outbox-total = Կնքված՝ { $count }
cli-outbox-exported = Ելքային փաթեթը գրվեց՝ { $path } (կնքված գործեր՝ { $count })
cli-outbox-confirmed-now = Կենտրոնը հաստատեց՝ { $count }․ դրանց կնքված պատճենները ջնջվեցին։
cli-outbox-receipt-written = Անդորրագիրը գրվեց՝ { $path } (գործեր՝ { $count })
cli-error-outreach-no-cases = Սա աութրիչ պահոց է․ այնտեղ ընթեռնելի գործ չկա։ Ավարտված գործերը կնքված են կենտրոնի համար․ տես «outbox list»։
