# Қабылдау шебері (ui/src/screens/Intake.svelte және ui/src/components/casework/).
# Кез келген сұрақты өткізіп жіберуге болады; тек бүркеншік ат пен құжаттауға келісім қажет.

in-title = Жаңа қабылдау
in-steps = Сұхбат қадамдары
in-saved-at = Қоймада сақталды: { $time }
in-not-saved-yet = Әзірге ештеңе жазылмаған
in-step-problems = { $count ->
    [one] Бұл қадамда { $count } мәселе бар
   *[other] Бұл қадамда { $count } мәселе бар
}

in-step-consent = Келісім
in-step-survivor = Зардап шеккен әйел
in-step-incidents = Оқиғалар
in-step-acts = Не істелді
in-step-perpetrators = Құқық бұзушылар
in-step-evidence = Дәлелдер
in-step-responses = Көмек пен шаралар
in-step-review = Тексеру

in-hint-consent = Алдымен мұның жазылуына жалпы келісе ме, соны сұраңыз. Бұл келісімсіз ештеңе сақталмайды. Содан кейін әр басқа пайдалану туралы сұраңыз.
in-hint-survivor = Тек бүркеншік ат қажет. Қалған сұрақтардың бәрін өткізіп жіберуге болады.
in-hint-incidents = Әр оқиғаға бір блок. Күні нақты, тек ай, тек жыл немесе аралық түрінде болуы мүмкін.
in-hint-acts = Әр оқиғада не істелгенін белгілеңіз; толық мәліметтерді бос қалдыруға болады.
in-hint-perpetrators = Мұны кім істегенін ол білгенінше немесе айтқысы келгенінше сипаттаңыз.
in-hint-evidence = Фотолар, сканерленген құжаттар, жазбалар және медициналық қорытындылар. Файлдар қоймада шифрланып сақталады.
in-hint-responses = Оған қандай көмек көрсетілді және әрі қарай не істеу керек.
in-hint-review = Жазылғанды тексеріңіз. Кейін де кез келген нәрсені өзгертуге болады.

in-next = Келесі
in-back = Артқа
in-skip = Бұл қадамды өткізіп жіберу
in-to-review = Тексеруге өту
in-finish = Істі сақтау
in-finishing = Сақталуда…
in-stop = Осында тоқтату (кейін жалғастыру)
in-discard = Бұл жобаны жою
in-discard-confirm = Бұл жобада жазылғанның бәрін жою керек пе?
in-discard-yes = Иә, жою
in-discard-no = Жоқ, қалдыру

in-about-interview = Бұл сұхбат туралы
in-intake-date = Сұхбат күні
in-documenter = Құжаттаушы (сіздің бүркеншік атыңыз)
in-organisation = Ұйым

in-consent-title = Келісім
in-consent-intro = Әр пайдалану түріне бір жауап жазыңыз. Жауапсыз сұрақ «сұралмаған» дегенді білдіреді; ол кейін шешімін өзгерте алады.
in-consent-required = істі сақтау үшін қажет
in-consent-not-asked = Әлі сұралмаған
in-consent-yes = Келіседі
in-consent-no = Келіспейді
in-consent-date = Келісім күні
in-consent-obtained-by = Сұраған
in-consent-gate = Алдымен құжаттауға келісім туралы сұраңыз; ол келіскенде басқа қадамдар ашылады.
in-consent-refused = Ол мұның құжатталуына келіспейді. Ештеңе сақтауға болмайды: жобаны жойыңыз.

in-survivor-title = Зардап шеккен әйел
in-pseudonym = Бүркеншік ат немесе код
in-pseudonym-hint = Оның шын аты емес. Шын жеке басы туралы деректер, қажет болса ғана, төмендегі қорғалған блокқа жазылады.
in-age = Нақты жасы
in-citizenship = Азаматтығы (ел коды)
in-stateless = Азаматтығы жоқ
in-situation-title = Оның жағдайы
in-skip-hint = Ол жауап беруге ыңғайлы сезінетін сұрақтарды ғана қойыңыз.
in-pregnant = Оқиға кезінде жүкті болған
in-has-children = Балалары бар
in-on-art = Антиретровирустық ем қабылдайды
in-ost-client = Опиоидты алмастыру терапиясының (ОАТ) клиенті
in-harm-reduction-client = Зиянды азайту бағдарламасының клиенті
in-sex-work = Секс-жұмыс
in-disability = Мүгедектік
in-homeless = Баспанасыз
in-previous-incidents = Бұрынғы оқиғалар (саны)
in-identity-title = Шын жеке басы (қорғалған)
in-identity-hint = Бөлісілетін немесе деректері жасырылатын ешбір құжатқа кірмейді. Тек ол қаласа және заңгерге қажет болса ғана толтырыңыз.
in-legal-name = Құжат бойынша аты-жөні
in-date-of-birth = Туған күні
in-phone = Телефон
in-address = Мекенжай
in-id-document = Жеке куәлік нөмірі

in-incidents-empty = Әзірге бірде-бір оқиға жазылмаған.
in-incident-n = { $n }-оқиға
in-incident-date = Қашан болды
in-narrative = Не болды, өз сөзімен
in-narrative-hint = Ол сөйлейтін тілде; аудармасын төменде қосуға болады.
in-narrative-translation = Аудармасы
in-detention = Ұстау
in-detained = Ол ұсталды ма
in-duration-hours = Қанша уақыт (сағат)
in-protocol = Ұстау хаттамасы жасалды ма
in-released-how = Ол қалай босатылды
in-witnesses = Куәлар
in-witness-pseudonym = Куә (бүркеншік ат)
in-witness-contact = Онымен қалай байланысуға болады
in-witness-willing = Куәлік беруге дайын
in-add-witness = Куә қосу
in-add-incident = Оқиға қосу
in-remove-incident = Бұл оқиғаны алып тастау

in-acts-no-incident = Алдымен оқиғаны жазыңыз; оның әрекеттері осында белгіленеді.
in-act-perpetrators = Кім істеді
in-new-perpetrator = Жаңа құқық бұзушы
in-physical-consequences = Физикалық салдары
in-psychological-consequences = Психологиялық салдары

in-perpetrators-empty = Әзірге бірде-бір құқық бұзушы жазылмаған.
in-perpetrator-n = Құқық бұзушы { $ref }
in-unit = Бөлімше
in-rank = Атағы
in-badge = Жетон нөмірі
in-perp-name = Аты-жөні (қорғалған)
in-vehicle = Көліктің мемлекеттік нөмірі
in-uniformed = Формада болды
in-count = Неше адам
in-identifiable = Ол оларды қайта тани алады
in-add-perpetrator = Құқық бұзушы қосу
in-remove-perpetrator = Бұл құқық бұзушыны алып тастау

in-medical = Медициналық құжаттар
in-examiner = Тексерген маман
in-institution = Мекеме
in-date = Күні
in-findings = Қорытынды
in-body-regions = Дене аймақтары бойынша жарақаттар
in-mark-description = Онда не көрінеді
in-add-medical = Медициналық тексеру қосу

in-services-given = Оған көрсетілген қызметтер
in-referrals = Жолдамалар
in-referral-to = Қайда жолданды
in-referral-consent = Ол жолдамаға келісті
in-outcome = Нәтижесі
in-add-referral = Жолдама қосу
in-complaints = Шағымдар
in-date-filed = Берілген күні
in-reference-number = Тіркеу нөмірі
in-deadline = Мерзімі
in-add-complaint = Шағым қосу
in-follow-ups = Кейінгі қадамдар
in-follow-ups-hint = Мысалы, жарақаттар әлі көрініп тұрғанда сот-медициналық сараптама немесе шағымдану мерзімі.
in-due = Орындау мерзімі
in-note = Не істеу керек
in-done-on = Орындалған күні
in-add-follow-up = Кейінгі қадам қосу

in-review-problems = { $count ->
    [one] Істі сақтамас бұрын бір жауапты қайта қарау керек:
   *[other] Істі сақтамас бұрын { $count } жауапты қайта қарау керек:
}
