## Командная строка `casebook`.

cli-prompt-passphrase = Парольная фраза
cli-prompt-new-passphrase = Новая парольная фраза
cli-prompt-repeat-passphrase = Повторите новую парольную фразу
cli-prompt-recovery-key = Ключ восстановления
cli-init-done = Хранилище создано в { $path }.
cli-recovery-key-intro = Ключ восстановления (показывается только сейчас; запишите его на бумаге и храните отдельно от компьютера):
cli-passphrase-done = Парольные фразы обновлены.
cli-prompt-keep-passphrase = Парольная фраза, которая останется
cli-rekey-done = У хранилища новый ключ. Старые копии файла ключей — с любыми парольными фразами и ключами восстановления в них — теперь ничего не открывают.
cli-rekey-dropped = { $count ->
        [one] Ещё { $count } парольная фраза перестала действовать; при необходимости добавьте её снова командой `passphrase add`.
        [few] Ещё { $count } парольные фразы перестали действовать; при необходимости добавьте их снова командой `passphrase add`.
       *[other] Ещё { $count } парольных фраз перестали действовать; при необходимости добавьте их снова командой `passphrase add`.
    }
cli-unlock-ok = Этот секрет открывает хранилище.
cli-erased = Хранилище уничтожено. Открыть его больше нельзя.
cli-demo-done = Добавлено синтетических дел: { $count }.
cli-verify-ok = Хранилище проверено: записей журнала — { $audit }, версий — { $revisions }; целостность базы в порядке.
cli-verify-audit-broken = Журнал аудита нарушен на записи { $seq }.
cli-verify-bad-revision = Версия { $revision } не соответствует своему содержимому.
cli-verify-integrity = Проверка базы: { $detail }
cli-case-header = Дело { $code } ({ $id }), версия { $revision }
cli-case-deleted = Это дело удалено.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = Совпадений больше { $cap }: поиск шёл только по { $cap } последним записанным. Добавьте слова, чтобы сузить поиск.
cli-list-empty = Дел нет.
cli-list-total = { $shown } из { $total } { $total ->
        [one] дела
       *[other] дел
    }
cli-error-no-vault-dir = Не указана папка хранилища: задайте --vault DIR или CASEBOOK_VAULT.
cli-error-read-file = Не удаётся прочитать { $path }: { $detail }
cli-error-bad-json = { $path } — неверный файл дела: { $detail }
cli-error-passphrase-mismatch = Парольные фразы не совпадают.
cli-error-no-secret = Парольная фраза не задана: укажите CASEBOOK_PASSPHRASE или запустите в терминале.
cli-error-erase-needs-yes = Уничтожение удаляет хранилище навсегда; повторите с --yes.
cli-error-output = Не удаётся записать результат: { $detail }
cli-error-encode = Не удалось закодировать вывод. Пожалуйста, сообщите об этой ошибке.

## casebook due
cli-due-none = Сроков нет.
cli-due-overdue = просрочено
cli-due-today = сегодня
cli-due-later = срок
cli-due-follow-up = Последующее действие
cli-due-complaint-deadline = Срок по жалобе
cli-due-forensic-window = Судебно-медицинская экспертиза (пока видны травмы)
cli-forensic-window = Судебно-медицинская экспертиза нужна в течение { $days } { $days ->
        [one] дня
       *[other] дней
    } после инцидента с физическим насилием.

# Outreach mode
cli-outreach-ready = Ноутбук аутрич-работы для центра { $centre }. Перед первым делом сверьте с центром эти шесть слов: { $fingerprint }
    Законченное дело сразу запечатывается для центра; этот пароль открывает только незаконченные черновики.
cli-outreach-sealed = Запечатано для центра; код квитанции { $receipt }. Этот ноутбук больше не может прочитать дело.
cli-outbox-confirmed = подтверждено { $at }
cli-outbox-waiting = ждёт квитанции центра
cli-outbox-total = Запечатано: { $count }
cli-outbox-exported = Пакет исходящих записан: { $path } (запечатанных дел: { $count })
cli-outbox-confirmed-now = Подтверждено центром: { $count }; их запечатанные копии удалены.
cli-outbox-receipt-written = Квитанция записана: { $path } (дел: { $count })
cli-error-outreach-no-cases = Это хранилище аутрич-работы: в нём нет дел, которые можно прочитать. Законченные дела запечатаны для центра; см. «outbox list».
