## Сатри фармони `casebook`.

cli-prompt-passphrase = Ибораи махфӣ
cli-prompt-new-passphrase = Ибораи махфии нав
cli-prompt-repeat-passphrase = Ибораи махфии навро такрор кунед
cli-prompt-recovery-key = Калиди барқарорсозӣ
cli-init-done = Махзан дар { $path } сохта шуд.
cli-recovery-key-intro = Калиди барқарорсозӣ (танҳо ҳозир нишон дода мешавад; онро дар коғаз нависед ва аз ин компютер ҷудо нигоҳ доред):
cli-passphrase-done = Ибораҳои махфӣ навсозӣ шуданд.
cli-prompt-keep-passphrase = Ибораи махфие, ки боқӣ мемонад
cli-rekey-done = Махзан калиди нав дорад. Нусхаҳои кӯҳнаи файли калидҳо, бо ҳар ибораи махфӣ ё калиди барқарорсозие, ки дар онҳост, акнун ҳеҷ чизро намекушоянд.
cli-rekey-dropped = { $count ->
        [1] Як ибораи махфии дигар аз кор монд; агар лозим бошад, онро бо фармони `passphrase add` аз нав илова кунед.
       *[other] { $count } ибораи махфии дигар аз кор монданд; агар лозим бошад, онҳоро бо фармони `passphrase add` аз нав илова кунед.
    }
cli-unlock-ok = Ин сир ин махзанро мекушояд.
cli-erased = Махзан нест карда шуд. Онро дигар кушодан ғайриимкон аст.
cli-demo-done = { $count } парвандаи санҷишӣ илова шуд.
cli-verify-ok = Махзан тафтиш шуд: { $audit } сабти аудит ва { $revisions } таҳрир дурустанд; тамомияти пойгоҳи додаҳо дуруст аст.
cli-verify-audit-broken = Дафтари аудит дар сабти { $seq } вайрон шудааст.
cli-verify-bad-revision = Таҳрири { $revision } ба мундариҷаи худ мувофиқ нест.
cli-verify-integrity = Санҷиши пойгоҳи додаҳо: { $detail }
cli-case-header = Парвандаи { $code } ({ $id }), таҳрири { $revision }
cli-case-deleted = Ин парванда нест карда шудааст.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = Зиёда аз { $cap } парванда мувофиқ аст: ҷустуҷӯ танҳо дар { $cap } парвандаи охирин сабтшуда гузаронда шуд. Барои маҳдуд кардани ҷустуҷӯ калима илова кунед.
cli-list-empty = Парванда нест.
cli-list-total = { $shown } аз { $total } { $total ->
       *[other] парванда
    }
cli-error-no-vault-dir = Ҷузвдони махзан нишон дода нашудааст: --vault DIR-ро нависед ё CASEBOOK_VAULT-ро муқаррар кунед.
cli-error-read-file = { $path }-ро хондан ғайриимкон аст: { $detail }
cli-error-bad-json = { $path } файли дурусти парванда нест: { $detail }
cli-error-passphrase-mismatch = Ду ибораи махфӣ фарқ мекунанд.
cli-error-no-secret = Ибораи махфӣ дода нашудааст: CASEBOOK_PASSPHRASE-ро муқаррар кунед ё барномаро дар терминал иҷро кунед.
cli-error-erase-needs-yes = Нест кардан махзанро абадан нобуд мекунад; бо --yes такрор кунед.
cli-error-output = Натиҷаро навиштан ғайриимкон аст: { $detail }
cli-error-encode = Натиҷаро рамзгузорӣ кардан муяссар нашуд. Лутфан дар бораи ин хато хабар диҳед.

## Фармони casebook due
cli-due-none = Мӯҳлате нест.
cli-due-overdue = мӯҳлаташ гузашт
cli-due-today = имрӯз
cli-due-later = мӯҳлат
cli-due-follow-up = Қадами минбаъда
cli-due-complaint-deadline = Мӯҳлати шикоят
cli-due-forensic-window = Экспертизаи судӣ-тиббӣ (то даме ки ҷароҳатҳо намоёнанд)
cli-forensic-window = Экспертизаи судӣ-тиббӣ бояд дар давоми { $days ->
       *[other] { $days } рӯз
    } пас аз ҳодиса бо зӯроварии ҷисмонӣ гузаронда шавад.

# Outreach mode
cli-outreach-ready = Ноутбуки аутрич барои маркази { $centre }. Пеш аз парвандаи аввал ин шаш калимаро бо марказ муқоиса кунед: { $fingerprint }
    Парвандаи анҷомёфта дарҳол барои марказ мӯҳр карда мешавад; ин ибораи махфӣ танҳо сиёҳнависҳои анҷомнаёфтаро мекушояд.
cli-outreach-sealed = Барои марказ мӯҳр шуд; рамзи расид { $receipt }. Ин ноутбук дигар парвандаро хонда наметавонад.
cli-outbox-confirmed = тасдиқ шуд { $at }
cli-outbox-waiting = расиди марказро интизор аст
cli-outbox-total = Мӯҳршуда: { $count }
cli-outbox-exported = Бастаи ирсолӣ навишта шуд: { $path } (парвандаҳои мӯҳршуда: { $count })
cli-outbox-confirmed-now = Марказ тасдиқ кард: { $count }; нусхаҳои мӯҳршудаи онҳо нест карда шуданд.
cli-outbox-receipt-written = Расид навишта шуд: { $path } (парвандаҳо: { $count })
cli-error-outreach-no-cases = Ин анбори аутрич аст: дар он парвандаи хондашаванда нест. Парвандаҳои анҷомёфта барои марказ мӯҳр шудаанд; «outbox list»-ро бинед.
