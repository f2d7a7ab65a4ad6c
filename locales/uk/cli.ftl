## Командний рядок `casebook`.

cli-prompt-passphrase = Парольна фраза
cli-prompt-new-passphrase = Нова парольна фраза
cli-prompt-repeat-passphrase = Повторіть нову парольну фразу
cli-prompt-recovery-key = Ключ відновлення
cli-init-done = Сховище створено в { $path }.
cli-recovery-key-intro = Ключ відновлення (показується лише зараз; запишіть його на папері й зберігайте окремо від комп'ютера):
cli-passphrase-done = Парольні фрази оновлено.
cli-prompt-keep-passphrase = Парольна фраза, що залишиться
cli-rekey-done = Сховище має новий ключ. Старі копії файлу ключів — з будь-якими парольними фразами й ключами відновлення в них — тепер нічого не відкривають.
cli-rekey-dropped = { $count ->
        [one] Ще { $count } парольна фраза перестала діяти; за потреби додайте її знову командою `passphrase add`.
        [few] Ще { $count } парольні фрази перестали діяти; за потреби додайте їх знову командою `passphrase add`.
       *[other] Ще { $count } парольних фраз перестали діяти; за потреби додайте їх знову командою `passphrase add`.
    }
cli-unlock-ok = Цей секрет відкриває сховище.
cli-erased = Сховище знищено. Відкрити його більше неможливо.
cli-demo-done = Додано синтетичних справ: { $count }.
cli-verify-ok = Сховище перевірено: записів журналу — { $audit }, версій — { $revisions }; цілісність бази в порядку.
cli-verify-audit-broken = Журнал аудиту порушено на записі { $seq }.
cli-verify-bad-revision = Версія { $revision } не відповідає своєму вмісту.
cli-verify-integrity = Перевірка бази: { $detail }
cli-case-header = Справа { $code } ({ $id }), версія { $revision }
cli-case-deleted = Цю справу видалено.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = Збігів понад { $cap }: пошук ішов лише серед { $cap } останніх записаних. Додайте слова, щоб звузити пошук.
cli-list-empty = Справ немає.
cli-list-total = { $shown } з { $total } { $total ->
        [one] справи
       *[other] справ
    }
cli-error-no-vault-dir = Не вказано теку сховища: задайте --vault DIR або CASEBOOK_VAULT.
cli-error-read-file = Не вдається прочитати { $path }: { $detail }
cli-error-bad-json = { $path } — неправильний файл справи: { $detail }
cli-error-passphrase-mismatch = Парольні фрази не збігаються.
cli-error-no-secret = Парольну фразу не задано: вкажіть CASEBOOK_PASSPHRASE або запустіть у терміналі.
cli-error-erase-needs-yes = Знищення видаляє сховище назавжди; повторіть з --yes.
cli-error-output = Не вдається записати результат: { $detail }
cli-error-encode = Не вдалося закодувати вивід. Будь ласка, повідомте про цю помилку.

## casebook due
cli-due-none = Строків немає.
cli-due-overdue = прострочено
cli-due-today = сьогодні
cli-due-later = строк
cli-due-follow-up = Подальша дія
cli-due-complaint-deadline = Строк за скаргою
cli-due-forensic-window = Судово-медична експертиза (поки видно травми)
cli-forensic-window = Судово-медична експертиза потрібна протягом { $days } { $days ->
        [one] дня
       *[other] днів
    } після інциденту з фізичним насильством.

# Outreach mode
cli-outreach-ready = Ноутбук аутріч-роботи для центру { $centre }. Перед першою справою звірте з центром ці шість слів: { $fingerprint }
    Завершену справу одразу запечатано для центру; цей пароль відкриває лише незавершені чернетки.
cli-outreach-sealed = Запечатано для центру; код квитанції { $receipt }. Цей ноутбук більше не може прочитати справу.
cli-outbox-confirmed = підтверджено { $at }
cli-outbox-waiting = чекає на квитанцію центру
cli-outbox-total = Запечатано: { $count }
cli-outbox-exported = Пакет вихідних записано: { $path } (запечатаних справ: { $count })
cli-outbox-confirmed-now = Підтверджено центром: { $count }; їхні запечатані копії видалено.
cli-outbox-receipt-written = Квитанцію записано: { $path } (справ: { $count })
cli-error-outreach-no-cases = Це сховище аутріч-роботи: у ньому немає справ, які можна прочитати. Завершені справи запечатано для центру; див. «outbox list».
