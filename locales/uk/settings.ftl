# Налаштування та безпека.

settings-button = Налаштування
settings-title = Налаштування
settings-back = Назад до справ
settings-saved = Збережено.
settings-language-title = Мова
settings-safety-title = Безпека
settings-idle-label = Блокувати сховище після бездіяльності протягом
settings-idle-minutes = { $count ->
    [one] { $count } хвилини
   *[other] { $count } хвилин
}
settings-idle-seconds = { $count ->
    [one] { $count } секунди
   *[other] { $count } секунд
}
settings-idle-hint = Коли час мине, сховище заблокується і всі справи зникнуть з екрана.
settings-show-name-label = Показувати назву «Casebook» у заголовку вікна
settings-show-name-hint = Типово вимкнено: вікно називається «Notes», тож погляд на екран не видає, що в ньому зберігається.
settings-quick-exit-title = Швидкий вихід
settings-quick-exit-text = Двічі швидко натисніть Esc (протягом секунди): вікно одразу зникне, сховище заблокується, і програма завершиться. Щоб продовжити, знову запустіть програму й розблокуйте сховище.
settings-passphrases-title = Парольні фрази та ключ відновлення
settings-passphrase-count = { $count ->
    [one] Сховище відкривається { $count } парольною фразою та ключем відновлення.
   *[other] Сховище відкривається { $count } парольними фразами та ключем відновлення.
}
settings-current-hint = Кожна зміна знову вимагає поточну парольну фразу, тож залишеного без нагляду розблокованого комп’ютера для цього недостатньо.
settings-change = Змінити мою парольну фразу
settings-add = Додати ще одну парольну фразу
settings-remove = Видалити парольну фразу
settings-recovery = Створити новий ключ відновлення
settings-current-label = Поточна парольна фраза
settings-new-label = Нова парольна фраза
settings-remove-label = Яку парольну фразу видалити
settings-cancel = Скасувати
settings-confirm = Підтвердити
settings-busy = Виконується…
settings-done-change = Парольну фразу змінено. Відтепер використовуйте нову.
settings-done-add = Нову парольну фразу додано. Тепер сховище відкривають обидві.
settings-done-remove = Парольну фразу видалено. Вона більше не відкриває сховище.
settings-done-recovery = Новий ключ відновлення створено. Старий більше не відкриває сховище.
settings-recovery-written = Я записав(ла) новий ключ
settings-erase-title = Екстрене видалення
settings-erase-text = Одразу й назавжди знищує ключі та файли цього сховища на цьому комп’ютері. Після цього справи не відновить ніхто, навіть з парольною фразою чи ключем відновлення. Справи, які вже передано колегам, залишаться в них.
settings-erase-word = ВИДАЛИТИ
settings-erase-label = Для підтвердження введіть { $word }
settings-erase-word-wrong = Введіть { $word }, щоб підтвердити видалення.
settings-erase-button = Видалити сховище зараз
settings-erased = Сховище видалено. Нижче можна створити нове, порожнє сховище.
settings-unlock-with-recovery = Відкрити ключем відновлення
settings-unlock-with-passphrase = Відкрити парольною фразою
settings-unlock-recovery-hint = Введіть ключ так, як його записано на папері; пробіли та дефіси не важливі.
settings-error-bad-setting = Це налаштування не може набути такого значення.
