## Камандны радок `casebook`.

cli-prompt-passphrase = Парольная фраза
cli-prompt-new-passphrase = Новая парольная фраза
cli-prompt-repeat-passphrase = Паўтарыце новую парольную фразу
cli-prompt-recovery-key = Ключ аднаўлення
cli-init-done = Сховішча створана ў { $path }.
cli-recovery-key-intro = Ключ аднаўлення (паказваецца толькі цяпер; запішыце яго на паперы і захоўвайце асобна ад гэтага кампʼютара):
cli-passphrase-done = Парольныя фразы абноўлены.
cli-prompt-keep-passphrase = Парольная фраза, якая застаецца
cli-rekey-done = У сховішча новы ключ. Старыя копіі файла ключоў разам з парольнымі фразамі і ключом аднаўлення, якія ў іх ёсць, цяпер нічога не адкрываюць.
cli-rekey-dropped = { $count ->
        [one] { $count } іншая парольная фраза перастала дзейнічаць; калі яна патрэбная, дадайце яе зноў праз `passphrase add`.
        [few] { $count } іншыя парольныя фразы перасталі дзейнічаць; калі яны патрэбныя, дадайце іх зноў праз `passphrase add`.
        [many] { $count } іншых парольных фраз перасталі дзейнічаць; калі яны патрэбныя, дадайце іх зноў праз `passphrase add`.
       *[other] { $count } іншай парольнай фразы перасталі дзейнічаць; калі яны патрэбныя, дадайце іх зноў праз `passphrase add`.
    }
cli-unlock-ok = Гэты сакрэт адкрывае сховішча.
cli-erased = Сховішча сцёрта. Яго больш немагчыма адкрыць.
cli-demo-done = Дададзена сінтэтычных спраў: { $count }.
cli-verify-ok = Сховішча праверана: запісаў журнала аўдыту — { $audit }, рэдакцый — { $revisions }, усё сыходзіцца; цэласнасць базы даных у парадку.
cli-verify-audit-broken = Журнал аўдыту парушаны на запісе { $seq }.
cli-verify-bad-revision = Рэдакцыя { $revision } не адпавядае свайму зместу.
cli-verify-integrity = Праверка базы даных: { $detail }
cli-case-header = Справа { $code } ({ $id }), рэдакцыя { $revision }
cli-case-deleted = Гэтая справа выдалена.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = Пошуку адпавядае больш спраў, чым { $cap }: прагледжаны толькі апошнія запісаныя ({ $cap }). Дадайце словы, каб звузіць пошук.
cli-list-empty = Спраў няма.
cli-list-total = { $shown } з { $total } { $total ->
        [one] справы
        [few] спраў
        [many] спраў
       *[other] справы
    }
cli-error-no-vault-dir = Не зададзена папка сховішча: укажыце --vault ПАПКА або зменную CASEBOOK_VAULT.
cli-error-read-file = Немагчыма прачытаць { $path }: { $detail }
cli-error-bad-json = { $path } не зʼяўляецца правільным файлам справы: { $detail }
cli-error-passphrase-mismatch = Дзве парольныя фразы не супадаюць.
cli-error-no-secret = Парольная фраза не ўведзена: задайце CASEBOOK_PASSPHRASE або запусціце праграму ў тэрмінале.
cli-error-erase-needs-yes = Сціранне знішчае сховішча назаўсёды; паўтарыце з --yes.
cli-error-output = Немагчыма запісаць вынік: { $detail }
cli-error-encode = Вынік не ўдалося закадаваць. Калі ласка, паведаміце пра гэта.

## casebook due
cli-due-none = Тэрмінаў няма.
cli-due-overdue = пратэрмінавана
cli-due-today = сёння
cli-due-later = тэрмін
cli-due-follow-up = Далейшы крок
cli-due-complaint-deadline = Тэрмін па скарзе
cli-due-forensic-window = Судова-медыцынская экспертыза (пакуль бачныя пашкоджанні)
cli-forensic-window = Судова-медыцынскую экспертызу трэба правесці на працягу { $days ->
        [one] { $days } дня
        [few] { $days } дзён
        [many] { $days } дзён
       *[other] { $days } дня
    } пасля інцыдэнту з фізічным гвалтам.

# Outreach mode
cli-outreach-ready = Ноўтбук аўтрыч-працы для цэнтра { $centre }. Перад першай справай звярыце з цэнтрам гэтыя шэсць слоў: { $fingerprint }
    Скончаная справа адразу запячатваецца для цэнтра; гэты пароль адчыняе толькі нескончаныя чарнавікі.
cli-outreach-sealed = Запячатана для цэнтра; код квітанцыі { $receipt }. Гэты ноўтбук больш не можа прачытаць справу.
cli-outbox-confirmed = пацверджана { $at }
cli-outbox-waiting = чакае квітанцыі цэнтра
cli-outbox-total = Запячатана: { $count }
cli-outbox-exported = Пакет зыходных запісаны: { $path } (запячатаных спраў: { $count })
cli-outbox-confirmed-now = Пацверджана цэнтрам: { $count }; іх запячатаныя копіі выдалены.
cli-outbox-receipt-written = Квітанцыя запісана: { $path } (спраў: { $count })
cli-error-outreach-no-cases = Гэта сховішча аўтрыч-працы: у ім няма спраў, якія можна прачытаць. Скончаныя справы запячатаны для цэнтра; гл. «outbox list».
