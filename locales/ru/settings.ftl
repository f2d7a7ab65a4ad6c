# Настройки и безопасность.

settings-button = Настройки
settings-title = Настройки
settings-back = Назад к делам
settings-saved = Сохранено.
settings-language-title = Язык
settings-safety-title = Безопасность
settings-idle-label = Блокировать хранилище после бездействия в течение
settings-idle-minutes = { $count ->
    [one] { $count } минуты
   *[other] { $count } минут
}
settings-idle-seconds = { $count ->
    [one] { $count } секунды
   *[other] { $count } секунд
}
settings-idle-hint = Когда время истечёт, хранилище заблокируется и все дела исчезнут с экрана.
settings-show-name-label = Показывать название «Casebook» в заголовке окна
settings-show-name-hint = По умолчанию выключено: окно называется «Notes», и взгляд на экран не выдаёт, что в нём хранится.
settings-quick-exit-title = Быстрый выход
settings-quick-exit-text = Дважды быстро нажмите Esc (в пределах секунды): окно сразу исчезнет, хранилище заблокируется, и программа завершится. Чтобы продолжить, снова запустите программу и разблокируйте хранилище.
settings-passphrase-count = { $count ->
    [one] Хранилище открывается { $count } парольной фразой и ключом восстановления.
   *[other] Хранилище открывается { $count } парольными фразами и ключом восстановления.
}
settings-passphrases-title = Парольные фразы и ключ восстановления
settings-current-hint = Каждое изменение снова требует текущую парольную фразу, поэтому оставленного без присмотра разблокированного компьютера для этого недостаточно.
settings-change = Сменить мою парольную фразу
settings-add = Добавить ещё одну парольную фразу
settings-remove = Удалить парольную фразу
settings-recovery = Создать новый ключ восстановления
settings-current-label = Текущая парольная фраза
settings-new-label = Новая парольная фраза
settings-remove-label = Какую парольную фразу удалить
settings-cancel = Отмена
settings-confirm = Подтвердить
settings-busy = Выполняется…
settings-done-change = Парольная фраза изменена. Теперь используйте новую.
settings-done-add = Новая парольная фраза добавлена. Теперь хранилище открывают обе.
settings-done-remove = Парольная фраза удалена. Она больше не открывает хранилище.
settings-done-recovery = Новый ключ восстановления создан. Старый больше не открывает хранилище.
settings-recovery-written = Я записал(а) новый ключ
settings-erase-title = Экстренное удаление
settings-erase-text = Сразу и навсегда уничтожает ключи и файлы этого хранилища на этом компьютере. После этого дела не восстановить никому, даже с парольной фразой или ключом восстановления. Дела, которые уже переданы коллегам, останутся у них.
settings-erase-word = УДАЛИТЬ
settings-erase-label = Для подтверждения введите { $word }
settings-erase-word-wrong = Введите { $word }, чтобы подтвердить удаление.
settings-erase-button = Удалить хранилище сейчас
settings-erased = Хранилище удалено. Ниже можно создать новое, пустое хранилище.
settings-unlock-with-recovery = Открыть ключом восстановления
settings-unlock-with-passphrase = Открыть парольной фразой
settings-unlock-recovery-hint = Введите ключ так, как он записан на бумаге; пробелы и дефисы не важны.
settings-error-bad-setting = Эта настройка не может принять такое значение.
