# Майстар прыёму (ui/src/screens/Intake.svelte і ui/src/components/casework/).
# Любое пытанне можна прапусціць; абавязковыя толькі псеўданім і згода на дакументаванне.

in-title = Новы прыём
in-steps = Крокі размовы
in-saved-at = Захавана ў сховішчы: { $time }
in-not-saved-yet = Пакуль нічога не запісана
in-step-problems = { $count ->
    [one] { $count } праблема на гэтым кроку
    [few] { $count } праблемы на гэтым кроку
    [many] { $count } праблем на гэтым кроку
   *[other] { $count } праблемы на гэтым кроку
}

in-step-consent = Згода
in-step-survivor = Пацярпелая
in-step-incidents = Інцыдэнты
in-step-acts = Што было зроблена
in-step-perpetrators = Віноўнікі
in-step-evidence = Доказы
in-step-responses = Дапамога і меры
in-step-review = Праверка

in-hint-consent = Спачатку спытайце, ці згодная яна ўвогуле, каб гэта запісвалі. Без гэтай згоды нічога захоўваць нельга. Потым спытайце пра кожнае іншае выкарыстанне.
in-hint-survivor = Патрэбны толькі псеўданім. Любое іншае пытанне можна прапусціць.
in-hint-incidents = Адзін блок на кожны інцыдэнт. Дата можа быць дакладнай, толькі месяцам, толькі годам або прамежкам.
in-hint-acts = Адзначце, што было зроблена падчас кожнага інцыдэнту; падрабязнасці можна не запаўняць.
in-hint-perpetrators = Апішыце, хто гэта зрабіў, наколькі яна ведае і хоча расказаць.
in-hint-evidence = Фота, сканы, запісы і медыцынскія заключэнні. Файлы захоўваюцца ў сховішчы ў зашыфраваным выглядзе.
in-hint-responses = Што было зроблена для яе і што павінна адбыцца далей.
in-hint-review = Праверце, што запісана. Усё можна змяніць і пазней.

in-next = Далей
in-back = Назад
in-skip = Прапусціць гэты крок
in-to-review = Да праверкі
in-finish = Захаваць справу
in-finishing = Захаванне…
in-stop = Спыніцца тут (працягнуць пазней)
in-discard = Адкінуць гэты чарнавік
in-discard-confirm = Выдаліць усё, што запісана ў гэтым чарнавіку?
in-discard-yes = Так, выдаліць
in-discard-no = Не, пакінуць

in-about-interview = Пра размову
in-intake-date = Дата размовы
in-documenter = Хто дакументуе (ваш псеўданім)
in-organisation = Арганізацыя

in-consent-title = Згода
in-consent-intro = Запішыце адзін адказ для кожнага выкарыстання. Пытанне без адказу азначае «не пыталі»; пазней яна можа перадумаць.
in-consent-required = патрэбна, каб захаваць справу
in-consent-not-asked = Яшчэ не пыталі
in-consent-yes = Яна згодная
in-consent-no = Яна не згодная
in-consent-date = Дата згоды
in-consent-obtained-by = Хто пытаў
in-consent-gate = Спачатку спытайце пра згоду на дакументаванне; астатнія крокі адкрыюцца, калі яна пагодзіцца.
in-consent-refused = Яна не згодная, каб гэта дакументавалі. Нічога захоўваць нельга: адкіньце чарнавік.

in-survivor-title = Пацярпелая
in-pseudonym = Псеўданім або кодавае імя
in-pseudonym-hint = Не яе сапраўднае імя. Сапраўдныя асабістыя даныя, калі яны ўвогуле патрэбныя, запісваюцца ў абаронены блок ніжэй.
in-age = Дакладны ўзрост
in-citizenship = Грамадзянства (код краіны)
in-stateless = Асоба без грамадзянства
in-situation-title = Яе становішча
in-skip-hint = Пытайцеся толькі пра тое, на што ёй камфортна адказваць.
in-pregnant = Цяжарная на момант інцыдэнту
in-has-children = Мае дзяцей
in-on-art = Атрымлівае антырэтравірусную тэрапію (АРТ)
in-ost-client = Кліентка замяшчальнай тэрапіі (ЗТ)
in-harm-reduction-client = Кліентка праграмы зніжэння шкоды
in-sex-work = Сэкс-праца
in-disability = Інваліднасць
in-homeless = Без жылля
in-previous-incidents = Ранейшыя інцыдэнты (колькасць)
in-identity-title = Сапраўдныя асабістыя даныя (абароненыя)
in-identity-hint = Не трапляюць ні ў адзін файл, якім дзеляцца, і ні ў адзін абязлічаны. Запаўняйце, толькі калі яна гэтага хоча і гэта патрэбна юрысту.
in-legal-name = Прозвішча, імя, імя па бацьку
in-date-of-birth = Дата нараджэння
in-phone = Тэлефон
in-address = Адрас
in-id-document = Нумар дакумента, які сведчыць асобу

in-incidents-empty = Пакуль не запісана ніводнага інцыдэнту.
in-incident-n = Інцыдэнт { $n }
in-incident-date = Калі гэта адбылося
in-narrative = Што адбылося, яе словамі
in-narrative-hint = На той мове, на якой яна размаўляе; пераклад можна дадаць ніжэй.
in-narrative-translation = Пераклад
in-detention = Затрыманне
in-detained = Ці была яна затрыманая
in-duration-hours = Як доўга (у гадзінах)
in-protocol = Ці складаўся пратакол затрымання
in-released-how = Як яе вызвалілі
in-witnesses = Сведкі
in-witness-pseudonym = Сведка (псеўданім)
in-witness-contact = Як звязацца са сведкам
in-witness-willing = Гатовасць даць паказанні
in-add-witness = Дадаць сведку
in-add-incident = Дадаць інцыдэнт
in-remove-incident = Выдаліць гэты інцыдэнт

in-acts-no-incident = Спачатку запішыце інцыдэнт; дзеянні ў ім адзначаюцца тут.
in-act-perpetrators = Хто гэта зрабіў
in-new-perpetrator = Новы віноўнік
in-physical-consequences = Фізічныя наступствы
in-psychological-consequences = Псіхалагічныя наступствы

in-perpetrators-empty = Пакуль не запісана ніводнага віноўніка.
in-perpetrator-n = Віноўнік { $ref }
in-unit = Падраздзяленне
in-rank = Званне
in-badge = Нумар жэтона
in-perp-name = Імя (абароненае)
in-vehicle = Нумарны знак аўтамабіля
in-uniformed = У форме
in-count = Колькі чалавек
in-identifiable = Яна зможа пазнаць іх зноў
in-add-perpetrator = Дадаць віноўніка
in-remove-perpetrator = Выдаліць гэтага віноўніка

in-medical = Медыцынская дакументацыя
in-examiner = Хто аглядаў
in-institution = Установа
in-date = Дата
in-findings = Вынікі агляду
in-body-regions = Пашкоджанні па частках цела
in-mark-description = Што там бачна
in-add-medical = Дадаць медыцынскі агляд

in-services-given = Паслугі, якія яна атрымала
in-referrals = Накіраванні
in-referral-to = Куды накіравана
in-referral-consent = Яна пагадзілася на накіраванне
in-outcome = Вынік
in-add-referral = Дадаць накіраванне
in-complaints = Скаргі
in-date-filed = Дата падачы
in-reference-number = Рэгістрацыйны нумар
in-deadline = Тэрмін
in-add-complaint = Дадаць скаргу
in-follow-ups = Далейшыя крокі
in-follow-ups-hint = Напрыклад, судова-медыцынская экспертыза, пакуль пашкоджанні яшчэ бачныя, або тэрмін абскарджання.
in-due = Тэрмін
in-note = Што зрабіць
in-done-on = Выканана
in-add-follow-up = Дадаць далейшы крок

in-review-problems = { $count ->
    [one] { $count } адказ трэба праверыць яшчэ раз, перш чым захаваць справу:
    [few] { $count } адказы трэба праверыць яшчэ раз, перш чым захаваць справу:
    [many] { $count } адказаў трэба праверыць яшчэ раз, перш чым захаваць справу:
   *[other] { $count } адказу трэба праверыць яшчэ раз, перш чым захаваць справу:
}
