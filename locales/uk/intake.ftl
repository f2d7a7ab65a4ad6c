# Майстер прийому (ui/src/screens/Intake.svelte та ui/src/components/casework/).
# На будь-яке питання можна не відповідати; потрібні лише псевдонім і згода на документування.

in-title = Новий прийом
in-steps = Кроки розмови
in-saved-at = Збережено у сховищі о { $time }
in-not-saved-yet = Поки нічого не записано
in-step-problems = { $count ->
    [one] { $count } зауваження на цьому кроці
    [few] { $count } зауваження на цьому кроці
   *[other] { $count } зауважень на цьому кроці
}

in-step-consent = Згода
in-step-survivor = Постраждала
in-step-incidents = Випадки
in-step-acts = Що було зроблено
in-step-perpetrators = Винні
in-step-evidence = Докази
in-step-responses = Допомога і заходи
in-step-review = Перевірка

in-hint-consent = Спершу запитайте, чи згодна вона, щоб це взагалі записували. Без цієї згоди нічого не можна зберегти. Потім запитайте про кожне інше використання.
in-hint-survivor = Потрібен лише псевдонім. На всі інші питання можна не відповідати.
in-hint-incidents = Один блок на кожен випадок. Дата може бути точною, місяцем, роком або проміжком.
in-hint-acts = Позначте, що було зроблено в кожному випадку; подробиці можна залишити порожніми.
in-hint-perpetrators = Опишіть, хто це зробив, наскільки вона знає і хоче розповісти.
in-hint-evidence = Фото, скани, записи й медичні висновки. Файли зберігаються у сховищі в зашифрованому вигляді.
in-hint-responses = Що для неї зроблено і що має статися далі.
in-hint-review = Перевірте, що записано. Усе можна змінити й пізніше.

in-next = Далі
in-back = Назад
in-skip = Пропустити крок
in-to-review = До перевірки
in-finish = Зберегти справу
in-finishing = Збереження…
in-stop = Зупинитися (продовжити пізніше)
in-discard = Видалити чернетку
in-discard-confirm = Видалити все, що записано в цій чернетці?
in-discard-yes = Так, видалити
in-discard-no = Ні, залишити

in-about-interview = Про розмову
in-intake-date = Дата розмови
in-documenter = Документує (ваш псевдонім)
in-organisation = Організація

in-consent-title = Згода
in-consent-intro = Запишіть відповідь для кожного використання. Питання без відповіді означає «не питали»; вона може передумати пізніше.
in-consent-required = потрібна, щоб зберегти справу
in-consent-not-asked = Ще не питали
in-consent-yes = Згодна
in-consent-no = Не згодна
in-consent-date = Дата згоди
in-consent-obtained-by = Хто питав
in-consent-gate = Спершу запитайте про згоду на документування; решта кроків відкриється, коли вона погодиться.
in-consent-refused = Вона не згодна, щоб це документували. Нічого не можна зберігати: видаліть чернетку.

in-survivor-title = Постраждала
in-pseudonym = Псевдонім або кодове ім'я
in-pseudonym-hint = Не справжнє ім'я. Справжні дані, якщо взагалі потрібні, — у захищеному блоці нижче.
in-age = Точний вік
in-citizenship = Громадянство (код країни)
in-stateless = Без громадянства
in-situation-title = Її становище
in-skip-hint = Питайте лише про те, про що їй комфортно говорити.
in-pregnant = Вагітна на момент випадку
in-has-children = Має дітей
in-on-art = Отримує АРВ-терапію
in-ost-client = Клієнтка замісної терапії (ЗПТ)
in-harm-reduction-client = Клієнтка програми зменшення шкоди
in-sex-work = Секс-робота
in-disability = Інвалідність
in-homeless = Без житла
in-previous-incidents = Попередні випадки (кількість)
in-identity-title = Справжні дані (захищено)
in-identity-hint = Не потрапляють у жодні передані чи знеособлені документи. Заповнюйте, лише якщо вона хоче і це потрібно юристу.
in-legal-name = Ім'я за документами
in-date-of-birth = Дата народження
in-phone = Телефон
in-address = Адреса
in-id-document = Номер документа

in-incidents-empty = Випадки ще не записано.
in-incident-n = Випадок { $n }
in-incident-date = Коли це сталося
in-narrative = Що сталося, її словами
in-narrative-hint = Тією мовою, якою вона говорить; переклад можна додати нижче.
in-narrative-translation = Переклад
in-detention = Затримання
in-detained = Чи була затримана
in-duration-hours = Як довго (годин)
in-protocol = Чи складали протокол затримання
in-released-how = Як її відпустили
in-witnesses = Свідки
in-witness-pseudonym = Свідок (псевдонім)
in-witness-contact = Як зв'язатися
in-witness-willing = Готовий(а) дати свідчення
in-add-witness = Додати свідка
in-add-incident = Додати випадок
in-remove-incident = Видалити цей випадок

in-acts-no-incident = Спершу запишіть випадок; його дії позначаються тут.
in-act-perpetrators = Хто це зробив
in-new-perpetrator = Новий винний
in-physical-consequences = Фізичні наслідки
in-psychological-consequences = Психологічні наслідки

in-perpetrators-empty = Винних ще не записано.
in-perpetrator-n = Винний { $ref }
in-unit = Підрозділ
in-rank = Звання
in-badge = Номер жетона
in-perp-name = Ім'я (захищено)
in-vehicle = Номер автомобіля
in-uniformed = У формі
in-count = Скільки осіб
in-identifiable = Вона змогла б їх упізнати
in-add-perpetrator = Додати винного
in-remove-perpetrator = Видалити цього винного

in-medical = Медична документація
in-examiner = Хто оглядав
in-institution = Заклад
in-date = Дата
in-findings = Висновок
in-body-regions = Ушкодження за частинами тіла
in-mark-description = Що там видно
in-add-medical = Додати медичний огляд

in-services-given = Яку допомогу вона отримала
in-referrals = Переспрямування
in-referral-to = Куди спрямовано
in-referral-consent = Вона погодилася на переспрямування
in-outcome = Результат
in-add-referral = Додати переспрямування
in-complaints = Скарги
in-date-filed = Дата подання
in-reference-number = Вхідний номер
in-deadline = Строк
in-add-complaint = Додати скаргу
in-follow-ups = Подальші кроки
in-follow-ups-hint = Наприклад, судмедекспертиза, поки сліди ще видно, або строк оскарження.
in-due = Строк
in-note = Що зробити
in-done-on = Зроблено
in-add-follow-up = Додати крок

in-review-problems = { $count ->
    [one] { $count } відповідь треба перевірити, перш ніж зберегти справу:
    [few] { $count } відповіді треба перевірити, перш ніж зберегти справу:
   *[other] { $count } відповідей треба перевірити, перш ніж зберегти справу:
}
