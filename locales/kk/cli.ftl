## `casebook` пәрмен жолы.

cli-prompt-passphrase = Құпия фраза
cli-prompt-new-passphrase = Жаңа құпия фраза
cli-prompt-repeat-passphrase = Жаңа құпия фразаны қайталаңыз
cli-prompt-recovery-key = Қалпына келтіру кілті
cli-init-done = Қойма жасалды: { $path }.
cli-recovery-key-intro = Қалпына келтіру кілті (тек қазір көрсетіледі; оны қағазға жазып, осы компьютерден бөлек сақтаңыз):
cli-passphrase-done = Құпия фразалар жаңартылды.
cli-prompt-keep-passphrase = Сақталып қалатын құпия фраза
cli-rekey-done = Қоймаға жаңа кілт берілді. Кілт файлының ескі көшірмелері, ондағы кез келген құпия фраза мен қалпына келтіру кілті енді ештеңе ашпайды.
cli-rekey-dropped = { $count ->
        [one] Тағы бір құпия фраза жұмыс істемей қалды; қажет болса, оны `passphrase add` арқылы қайта қосыңыз.
       *[other] Тағы { $count } құпия фраза жұмыс істемей қалды; қажет болса, оларды `passphrase add` арқылы қайта қосыңыз.
    }
cli-unlock-ok = Бұл құпия осы қойманы ашады.
cli-erased = Қойма жойылды. Оны енді ашу мүмкін емес.
cli-demo-done = { $count } жасанды іс қосылды.
cli-verify-ok = Қойма тексерілді: аудит жазбалары ({ $audit }) мен редакциялар ({ $revisions }) дұрыс; дерекқор тұтастығы сақталған.
cli-verify-audit-broken = Аудит журналы { $seq } жазбасында бұзылған.
cli-verify-bad-revision = { $revision } редакциясы өз мазмұнына сәйкес келмейді.
cli-verify-integrity = Дерекқорды тексеру: { $detail }
cli-case-header = Іс { $code } ({ $id }), редакция { $revision }
cli-case-deleted = Бұл іс жойылған.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = Сәйкес келетін істер { $cap } мөлшерінен көп: тек соңғы жазылған { $cap } іс ішінен ізделді. Іздеуді тарылту үшін сөз қосыңыз.
cli-list-empty = Істер жоқ.
cli-list-total = { $shown } / { $total } { $total ->
        [one] іс
       *[other] іс
    }
cli-error-no-vault-dir = Қойма қалтасы көрсетілмеген: --vault DIR параметрін беріңіз немесе CASEBOOK_VAULT айнымалысын орнатыңыз.
cli-error-read-file = Оқу мүмкін емес: { $path }: { $detail }
cli-error-bad-json = { $path } — жарамды іс файлы емес: { $detail }
cli-error-passphrase-mismatch = Екі құпия фраза бірдей емес.
cli-error-no-secret = Құпия фраза берілмеді: CASEBOOK_PASSPHRASE айнымалысын орнатыңыз немесе терминалда іске қосыңыз.
cli-error-erase-needs-yes = Жою қойманы біржола құртады; --yes параметрімен қайталаңыз.
cli-error-output = Нәтижені жазу мүмкін емес: { $detail }
cli-error-encode = Нәтижені кодтау мүмкін болмады. Бұл туралы хабарлаңыз.

## casebook due
cli-due-none = Мерзімі жеткен ештеңе жоқ.
cli-due-overdue = мерзімі өтті
cli-due-today = бүгін
cli-due-later = мерзімі
cli-due-follow-up = Кейінгі қадам
cli-due-complaint-deadline = Шағым мерзімі
cli-due-forensic-window = Сот-медициналық сараптама (жарақаттар әлі көрінеді)
cli-forensic-window = Физикалық зорлық-зомбылық болған оқиғадан кейін сот-медициналық сараптама { $days ->
        [one] { $days } күн
       *[other] { $days } күн
    } ішінде жасалуы керек.

# Outreach mode
cli-outreach-ready = { $centre } орталығына арналған аутрич ноутбугі. Алғашқы іске дейін осы алты сөзді орталықпен салыстырыңыз: { $fingerprint }
    Аяқталған іс бірден орталыққа мөрленеді; бұл құпия фраза тек аяқталмаған жобаларды ашады.
cli-outreach-sealed = Орталыққа мөрленді; түбіртек коды { $receipt }. Бұл ноутбук енді істі оқи алмайды.
cli-outbox-confirmed = расталды { $at }
cli-outbox-waiting = орталықтың түбіртегін күтуде
cli-outbox-total = Мөрленгені: { $count }
cli-outbox-exported = Шығыс пакеті жазылды: { $path } (мөрленген істер: { $count })
cli-outbox-confirmed-now = Орталық растады: { $count }; олардың мөрленген көшірмелері жойылды.
cli-outbox-receipt-written = Түбіртек жазылды: { $path } (істер: { $count })
cli-error-outreach-no-cases = Бұл аутрич қоймасы: онда оқылатын іс жоқ. Аяқталған істер орталыққа мөрленген; «outbox list» қараңыз.
