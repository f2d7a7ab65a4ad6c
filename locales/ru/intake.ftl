# Мастер приёма (ui/src/screens/Intake.svelte и ui/src/components/casework/).
# На любой вопрос можно не отвечать; нужны только псевдоним и согласие на документирование.

in-title = Новый приём
in-steps = Шаги беседы
in-saved-at = Сохранено в хранилище в { $time }
in-not-saved-yet = Пока ничего не записано
in-step-problems = { $count ->
    [one] { $count } замечание на этом шаге
    [few] { $count } замечания на этом шаге
   *[other] { $count } замечаний на этом шаге
}

in-step-consent = Согласие
in-step-survivor = Пострадавшая
in-step-incidents = Случаи
in-step-acts = Что было сделано
in-step-perpetrators = Виновные
in-step-evidence = Доказательства
in-step-responses = Помощь и меры
in-step-review = Проверка

in-hint-consent = Сначала спросите, согласна ли она, чтобы это вообще записывали. Без этого согласия ничего нельзя сохранить. Затем спросите о каждом другом использовании.
in-hint-survivor = Нужен только псевдоним. На все остальные вопросы можно не отвечать.
in-hint-incidents = Один блок на каждый случай. Дата может быть точной, месяцем, годом или промежутком.
in-hint-acts = Отметьте, что было сделано в каждом случае; подробности можно оставить пустыми.
in-hint-perpetrators = Опишите, кто это сделал, насколько она знает и хочет рассказать.
in-hint-evidence = Фото, сканы, записи и медицинские заключения. Файлы хранятся в хранилище в зашифрованном виде.
in-hint-responses = Что для неё сделано и что должно произойти дальше.
in-hint-review = Проверьте, что записано. Всё можно изменить и позже.

in-next = Далее
in-back = Назад
in-skip = Пропустить шаг
in-to-review = К проверке
in-finish = Сохранить дело
in-finishing = Сохранение…
in-stop = Остановиться (продолжить позже)
in-discard = Удалить черновик
in-discard-confirm = Удалить всё, что записано в этом черновике?
in-discard-yes = Да, удалить
in-discard-no = Нет, оставить

in-about-interview = О беседе
in-intake-date = Дата беседы
in-documenter = Документирует (ваш псевдоним)
in-organisation = Организация

in-consent-title = Согласие
in-consent-intro = Запишите ответ для каждого использования. Вопрос без ответа означает «не спрашивали»; она может передумать позже.
in-consent-required = нужно, чтобы сохранить дело
in-consent-not-asked = Ещё не спрашивали
in-consent-yes = Согласна
in-consent-no = Не согласна
in-consent-date = Дата согласия
in-consent-obtained-by = Кто спрашивал
in-consent-gate = Сначала спросите о согласии на документирование; остальные шаги откроются, когда она согласится.
in-consent-refused = Она не согласна, чтобы это документировали. Ничего нельзя сохранять: удалите черновик.

in-survivor-title = Пострадавшая
in-pseudonym = Псевдоним или кодовое имя
in-pseudonym-hint = Не настоящее имя. Настоящие данные, если вообще нужны, — в защищённом блоке ниже.
in-age = Точный возраст
in-citizenship = Гражданство (код страны)
in-stateless = Без гражданства
in-situation-title = Её положение
in-skip-hint = Спрашивайте только о том, о чём ей комфортно говорить.
in-pregnant = Беременна на момент случая
in-has-children = Есть дети
in-on-art = Получает АРВ-терапию
in-ost-client = Клиентка заместительной терапии (ОЗТ)
in-harm-reduction-client = Клиентка программы снижения вреда
in-sex-work = Секс-работа
in-disability = Инвалидность
in-homeless = Без жилья
in-previous-incidents = Прежние случаи (число)
in-identity-title = Настоящие данные (защищено)
in-identity-hint = Не попадают ни в какие передаваемые или обезличенные документы. Заполняйте, только если она хочет и это нужно юристу.
in-legal-name = Имя по документам
in-date-of-birth = Дата рождения
in-phone = Телефон
in-address = Адрес
in-id-document = Номер документа

in-incidents-empty = Случаи ещё не записаны.
in-incident-n = Случай { $n }
in-incident-date = Когда это произошло
in-narrative = Что произошло, её словами
in-narrative-hint = На том языке, на котором она говорит; перевод можно добавить ниже.
in-narrative-translation = Перевод
in-detention = Задержание
in-detained = Была ли задержана
in-duration-hours = Как долго (часов)
in-protocol = Составлялся ли протокол задержания
in-released-how = Как её отпустили
in-witnesses = Свидетели
in-witness-pseudonym = Свидетель (псевдоним)
in-witness-contact = Как связаться
in-witness-willing = Готов(а) дать показания
in-add-witness = Добавить свидетеля
in-add-incident = Добавить случай
in-remove-incident = Удалить этот случай

in-acts-no-incident = Сначала запишите случай; его действия отмечаются здесь.
in-act-perpetrators = Кто это сделал
in-new-perpetrator = Новый виновный
in-physical-consequences = Физические последствия
in-psychological-consequences = Психологические последствия

in-perpetrators-empty = Виновные ещё не записаны.
in-perpetrator-n = Виновный { $ref }
in-unit = Подразделение
in-rank = Звание
in-badge = Номер жетона
in-perp-name = Имя (защищено)
in-vehicle = Номер машины
in-uniformed = В форме
in-count = Сколько человек
in-identifiable = Она смогла бы их узнать
in-add-perpetrator = Добавить виновного
in-remove-perpetrator = Удалить этого виновного

in-medical = Медицинская документация
in-examiner = Кто осматривал
in-institution = Учреждение
in-date = Дата
in-findings = Заключение
in-body-regions = Повреждения по частям тела
in-mark-description = Что там видно
in-add-medical = Добавить медицинский осмотр

in-services-given = Какую помощь она получила
in-referrals = Перенаправления
in-referral-to = Куда направлена
in-referral-consent = Она согласилась на перенаправление
in-outcome = Результат
in-add-referral = Добавить перенаправление
in-complaints = Жалобы
in-date-filed = Дата подачи
in-reference-number = Входящий номер
in-deadline = Срок
in-add-complaint = Добавить жалобу
in-follow-ups = Дальнейшие шаги
in-follow-ups-hint = Например, судмедэкспертиза, пока следы ещё видны, или срок обжалования.
in-due = Срок
in-note = Что сделать
in-done-on = Сделано
in-add-follow-up = Добавить шаг

in-review-problems = { $count ->
    [one] { $count } ответ нужно проверить, прежде чем сохранить дело:
    [few] { $count } ответа нужно проверить, прежде чем сохранить дело:
   *[other] { $count } ответов нужно проверить, прежде чем сохранить дело:
}
