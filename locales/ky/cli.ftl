## `casebook` буйрук сабы.

cli-prompt-passphrase = Сырсөз
cli-prompt-new-passphrase = Жаңы сырсөз
cli-prompt-repeat-passphrase = Жаңы сырсөздү кайталаңыз
cli-prompt-recovery-key = Калыбына келтирүү ачкычы
cli-init-done = Сактагыч түзүлдү: { $path }.
cli-recovery-key-intro = Калыбына келтирүү ачкычы (азыр гана көрсөтүлөт; аны кагазга жазып, бул компьютерден өзүнчө сактаңыз):
cli-passphrase-done = Сырсөздөр жаңыланды.
cli-prompt-keep-passphrase = Калтырыла турган сырсөз
cli-rekey-done = Сактагычтын ачкычы жаңыланды. Ачкыч файлынын эски көчүрмөлөрү, алардагы сырсөздөр жана калыбына келтирүү ачкычы менен кошо, эми эч нерсени ачпайт.
cli-rekey-dropped = { $count ->
        [one] Дагы бир сырсөз иштебей калды; керек болсо, аны `passphrase add` менен кайра кошуңуз.
       *[other] Дагы { $count } сырсөз иштебей калды; керек болсо, аларды `passphrase add` менен кайра кошуңуз.
    }
cli-unlock-ok = Киргизилген сыр бул сактагычты ачат.
cli-erased = Сактагыч өчүрүлдү. Аны эми эч качан ачууга болбойт.
cli-demo-done = { $count } синтетикалык (ойдон чыгарылган) иш кошулду.
cli-verify-ok = Сактагыч текшерилди: аудит журналынын { $audit } жазуусу жана { $revisions } редакция туура; маалымат базасынын бүтүндүгү жайында.
cli-verify-audit-broken = Аудит журналы { $seq }-жазууда бузулган.
cli-verify-bad-revision = { $revision } редакциясы өз мазмунуна дал келбейт.
cli-verify-integrity = Маалымат базасын текшерүү: { $detail }
cli-case-header = Иш { $code } ({ $id }), редакция { $revision }
cli-case-deleted = Бул иш өчүрүлгөн.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = { $cap } иштен көбү дал келет: акыркы жазылган { $cap } иш гана изделди. Издөөнү тактоо үчүн дагы сөз кошуңуз.
cli-list-empty = Иштер жок.
cli-list-total = { $shown } / { $total } { $total ->
        [one] иш
       *[other] иш
    }
cli-error-no-vault-dir = Сактагычтын папкасы жок: --vault DIR көрсөтүңүз же CASEBOOK_VAULT орнотуңуз.
cli-error-read-file = { $path } окулбай жатат: { $detail }
cli-error-bad-json = { $path } туура иш файлы эмес: { $detail }
cli-error-passphrase-mismatch = Эки сырсөз бири-бирине дал келбейт.
cli-error-no-secret = Сырсөз берилген жок: CASEBOOK_PASSPHRASE орнотуңуз же программаны терминалда иштетиңиз.
cli-error-erase-needs-yes = Өчүрүү сактагычты биротоло жок кылат; --yes менен кайталаңыз.
cli-error-output = Жыйынтыкты жазуу мүмкүн эмес: { $detail }
cli-error-encode = Жыйынтыкты коддоо мүмкүн болгон жок. Бул тууралуу кабарлаңыз.

## casebook due буйругу
cli-due-none = Мөөнөтү келген эч нерсе жок.
cli-due-overdue = мөөнөтү өткөн
cli-due-today = бүгүн
cli-due-later = мөөнөтү
cli-due-follow-up = Кийинки кадам
cli-due-complaint-deadline = Даттануунун мөөнөтү
cli-due-forensic-window = Соттук-медициналык экспертиза (жаракаттар али көрүнүп турат)
cli-forensic-window = Физикалык зордук-зомбулук болгон окуядан кийин { $days ->
        [one] { $days } күндүн
       *[other] { $days } күндүн
    } ичинде соттук-медициналык экспертиза жүргүзүлүшү керек.

# Outreach mode
cli-outreach-ready = { $centre } борбору үчүн аутрич ноутбугу. Биринчи иштен мурун бул алты сөздү борбор менен салыштырыңыз: { $fingerprint }
    Бүткөн иш дароо борборго мөөрлөнөт; бул сырсөз бүтө элек долбоорлорду гана ачат.
cli-outreach-sealed = Борборго мөөрлөндү; дүмүрчөк коду { $receipt }. Бул ноутбук ишти мындан ары окуй албайт.
cli-outbox-confirmed = ырасталды { $at }
cli-outbox-waiting = борбордун дүмүрчөгүн күтүүдө
cli-outbox-total = Мөөрлөнгөнү: { $count }
cli-outbox-exported = Чыгуучу пакет жазылды: { $path } (мөөрлөнгөн иштер: { $count })
cli-outbox-confirmed-now = Борбор ырастады: { $count }; алардын мөөрлөнгөн көчүрмөлөрү өчүрүлдү.
cli-outbox-receipt-written = Дүмүрчөк жазылды: { $path } (иштер: { $count })
cli-error-outreach-no-cases = Бул аутрич сактагычы: анда окула турган иш жок. Бүткөн иштер борборго мөөрлөнгөн; «outbox list» караңыз.
