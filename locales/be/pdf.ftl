# Дасье для юрыста (casebook-pdf). Ідэнтыфікатары: pdf-<што>.

## Памылкі
pdf-error-consent = { $state ->
    [refused] Пацярпелая адмовілася даць згоду «Перадача юрысту» ({ $consent }); дасье стварыць нельга.
    [revoked] Пацярпелая адклікала згоду «Перадача юрысту» ({ $consent }); дасье стварыць нельга.
   *[missing] У справе няма згоды «Перадача юрысту» ({ $consent }); запішыце яе, перш чым ствараць дасье.
}
pdf-error-consent-anonymised-only = Пацярпелая пагадзілася перадаць справу юрысту ({ $consent }) толькі ананімна: стварыце псеўданімізаванае дасье.
pdf-error-unknown-language = Дасье нельга стварыць на мове «{ $lang }»; выберыце адну з моў у меню.
pdf-error-unknown-profile = Невядомы профіль абязлічвання «{ $profile }»: выкарыстоўвайце full або pseudonymised.
pdf-error-font = Убудаваны шрыфт { $font } немагчыма прачытаць; праграма пашкоджаная.
pdf-error-encode = Не ўдалося падрыхтаваць даныя справы для дасье.
pdf-error-write = Не ўдалося запісаць файл: { $detail }
pdf-error-read = Не ўдалося прачытаць файл: { $detail }
pdf-error-not-a-case-file = Гэта не дасье Casebook, або з яго выдалены даныя для праверкі цэласнасці.
pdf-error-newer-format = Гэтае дасье створана ў фармаце даных { $format }, якога гэтая версія Casebook не ведае. Праверце яго навейшай версіяй.
pdf-error-not-in-vault = У гэтым сховішчы няма рэдакцыі, з якой створана дасье ({ $revision }).
pdf-error-unknown-revision-tag = Ні ў адной рэдакцыі гэтай справы ў гэтым сховішчы няма пазнакі рэдакцыі з дасье ({ $tag }). Псеўданімізаванае дасье можна праверыць толькі ў тым сховішчы, дзе яго стварылі, — або пазнаку змянілі.
pdf-error-bad-audit-seq = Даныя для праверкі цэласнасці дасье пашкоджаныя: у іх названы запіс журнала аўдыту { $seq }, якога не можа быць ні ў адным сховішчы. Файл змянілі, або ён створаны не ў Casebook.

## Калантытулы
pdf-confidential = КАНФІДЭНЦЫЙНА — ЮРЫДЫЧНАЕ ДАСЬЕ
pdf-confidential-long = Канфідэнцыйна — юрыдычнае дасье. Змяшчае адчувальныя асабістыя даныя пацярпелай ад гвалту. Не капіюйце, не перасылайце і не раскрывайце яго па-за юрыдычнай камандай без яе згоды.
pdf-page-n-of-m = Старонка { $n } з { $m }
pdf-footer-left = Casebook · рэдакцыя { $revision }
pdf-footer-left-tag = Casebook · пазнака рэдакцыі { $revision }

## Вокладка
pdf-cover-title = Юрыдычнае дасье па справе
pdf-field-generated = Створана
pdf-field-language = Мова
pdf-field-profile = Профіль абязлічвання
pdf-field-organisation = Арганізацыя
pdf-field-documenter = Хто дакументаваў
pdf-field-revision = Рэдакцыя
pdf-field-revision-tag = Пазнака рэдакцыі
pdf-cover-note-full = Дасье змяшчае асабістыя даныя пацярпелай. Яно прызначана толькі для яе ўласнага юрыста.
pdf-cover-note-pseudonymised = Дасье псеўданімізаванае: яе асабістыя даныя і кантакты, імёны і кантакты сведак, імёны віноўнікаў і назвы далучаных файлаў выдалены, а яе імя (у любой форме), нумары тэлефона і дакументаў і дата нараджэння заменены на […] усюды, дзе яны былі напісаны. Імёны іншых людзей у вольным тэксце (апісаннях, нататках, высновах) немагчыма распазнаць аўтаматычна, і яны не правяраліся.
pdf-cover-verify = Ці не зменены гэты файл і ці адпавядае ён запісу, з якога створаны, можна праверыць камандай «casebook verify-pdf» у тым сховішчы, дзе яго стварылі (гл. апошнюю старонку).

## Раздзелы
pdf-section-summary = 1. Кароткі выклад
pdf-section-chronology = 2. Храналогія інцыдэнтаў
pdf-section-acts = 3. Дзеянні і іх прававая кваліфікацыя
pdf-section-perpetrators = 4. Віноўнікі
pdf-section-evidence = 5. Доказы
pdf-section-responses = 6. Прынятыя меры
pdf-section-consent = 7. Згода
pdf-section-integrity = 8. Цэласнасць дасье

## Кароткі выклад
pdf-summary-who = Пацярпелая
pdf-summary-case = Справа
pdf-summary-deadlines = Адкрытыя тэрміны
pdf-field-pseudonym = Псеўданім
pdf-field-legal-name = Прозвішча, імя, імя па бацьку
pdf-field-date-of-birth = Дата нараджэння
pdf-field-phone = Тэлефон
pdf-field-address = Адрас
pdf-field-id-document = Нумар дакумента, які сведчыць асобу
pdf-field-age = Узрост
pdf-field-gender = Гендар
pdf-field-residence = Месца жыхарства
pdf-field-citizenship = Грамадзянства
pdf-stateless = Асоба без грамадзянства
pdf-field-pregnant = Цяжарнасць на момант інцыдэнту
pdf-field-children = Мае дзяцей
pdf-field-custody = Дзе дзеці
pdf-field-hiv = ВІЧ-статус
pdf-field-on-art = Атрымлівае АРТ
pdf-field-substances = Рэчывы, якія ўжывае
pdf-field-ost-client = Кліентка ЗТ
pdf-field-harm-reduction = Кліентка праграмы зніжэння шкоды
pdf-field-sex-work = Сэкс-праца
pdf-field-disability = Інваліднасць
pdf-field-homeless = Без жылля
pdf-field-previous-incidents = Папярэднія інцыдэнты
pdf-field-when = Калі
pdf-field-where = Дзе
pdf-field-what = Што было зроблена
pdf-field-by-whom = Кім
pdf-field-status = Цяперашні статус
pdf-field-intake-date = Дата звароту
pdf-field-intake-channel = Як паступіла справа
pdf-field-source = Крыніца інфармацыі
pdf-field-tags = Пазнакі
pdf-field-notes = Нататкі
pdf-deadline-complaint = Тэрмін адказу на скаргу (адрасат: { $body })
pdf-col-due = Тэрмін
pdf-col-what = Што
pdf-none = Нічога не запісана.
pdf-yes = Так
pdf-no = Не
pdf-withheld = схавана (псеўданімізаванае дасье)

## Храналогія
pdf-incident-title = Інцыдэнт { $n }: { $date }
pdf-field-date = Дата
pdf-field-date-precision = Дакладнасць даты
pdf-field-time-of-day = Час сутак
pdf-field-place = Месца
pdf-field-location-type = Тып месца
pdf-field-detained = Затрыманне
pdf-field-detention-hours = Працягласць утрымання
pdf-hours = { $n ->
    [one] { $n } гадзіна
    [few] { $n } гадзіны
    [many] { $n } гадзін
   *[other] { $n } гадзіны
}
pdf-field-protocol = Складзены пратакол затрымання
pdf-field-released-how = Як яе вызвалілі
pdf-narrative-original = Яе расповед яе ўласнымі словамі (на мове арыгінала)
pdf-narrative-translation = Пераклад яе расповеду
pdf-witnesses = Сведкі
pdf-col-pseudonym = Псеўданім
pdf-col-contact = Кантакт
pdf-col-willing = Гатовасць даць паказанні

## Дзеянні
pdf-acts-intro = Для кожнага дзеяння пазначаны нормы, якія яно закранае, з табліцы правоў Casebook. «Закранае» азначае, што дзеянне трапляе ў сферу дзеяння нормы; ці зʼяўляецца яно парушэннем, вырашаюць юрыст і орган, які разглядае справу.
pdf-acts-of-incident = Інцыдэнт { $n } ({ $date })
pdf-act-title = Дзеянне { $n }: { $act }
pdf-field-act-group = Від дзеяння
pdf-field-intent = Верагодная мэта
pdf-field-physical = Фізічныя наступствы
pdf-field-psychological = Псіхалагічныя наступствы
pdf-field-medical-attention = Медыцынская дапамога
pdf-field-perpetrators = Датычныя віноўнікі
pdf-field-rights = Правы, якія закранаюцца
pdf-rights-summary = Правы, якія закранаюцца ў гэтай справе
pdf-col-instrument = Дакумент
pdf-col-provisions = Нормы
pdf-col-acts = Дзеянні
pdf-right-article = { $instrument }, арт. { $article }
pdf-right-rule = { $instrument }, правіла { $article }
pdf-right-paragraph = { $instrument }, п. { $article }
pdf-instrument-cat = КСК
pdf-instrument-iccpr = МПГПП
pdf-instrument-icescr = МПЭСКП
pdf-instrument-echr = ЕКПЧ
pdf-instrument-echr-protocol-1 = Пратакол № 1 да ЕКПЧ
pdf-instrument-cedaw-gr-35 = АР № 35 CEDAW
pdf-instrument-bangkok-rules = Бангкокскія правілы
pdf-instrument-crc = КПД
pdf-instrument-name-cat = Канвенцыя супраць катаванняў (КСК)
pdf-instrument-name-iccpr = Міжнародны пакт аб грамадзянскіх і палітычных правах (МПГПП)
pdf-instrument-name-icescr = Міжнародны пакт аб эканамічных, сацыяльных і культурных правах (МПЭСКП)
pdf-instrument-name-echr = Еўрапейская канвенцыя аб абароне правоў чалавека (ЕКПЧ)
pdf-instrument-name-echr-protocol-1 = Пратакол № 1 да ЕКПЧ
pdf-instrument-name-cedaw-gr-35 = Агульная рэкамендацыя № 35 Камітэта CEDAW
pdf-instrument-name-bangkok-rules = Правілы ААН, што тычацца абыходжання з жанчынамі-зняволенымі (Бангкокскія правілы)
pdf-instrument-name-crc = Канвенцыя аб правах дзіцяці (КПД)

## Віноўнікі
pdf-perpetrator-title = Віноўнік { $n }
pdf-perpetrator-title-ref = Віноўнік { $n } ({ $ref })
pdf-field-agency = Ведамства
pdf-field-unit = Падраздзяленне
pdf-field-rank = Званне
pdf-field-name = Імя
pdf-field-badge = Нумар жэтона
pdf-field-uniformed = У форме
pdf-field-vehicle = Нумарны знак аўтамабіля
pdf-field-count = Колькасць асоб
pdf-field-identifiable = Яна зможа пазнаць іх зноў
pdf-field-involvement = Роля ў падзеях

## Доказы
pdf-medical = Медыцынская дакументацыя
pdf-field-exam-date = Дата агляду
pdf-field-examiner = Хто аглядаў
pdf-field-institution = Установа
pdf-field-findings = Вынікі агляду
pdf-field-consistency = Адпаведнасць (Стамбульскі пратакол)
pdf-col-body-region = Частка цела
pdf-col-description = Апісанне
pdf-attachments = Далучэнні
pdf-col-file = Файл
pdf-col-type-size = Тып, памер
pdf-col-times = Знята / атрымана
pdf-col-received-by = Хто атрымаў
pdf-captured = знята { $time }
pdf-received = атрымана { $time }
pdf-photos = Фотаздымкі
pdf-photo-caption = Далучэнне { $n }: { $file }
pdf-photo-missing = (файла няма ў гэтым сховішчы)
pdf-photo-too-large = (занадта вялікі, каб убудаваць; гл. арыгінал)
pdf-photo-unreadable = (гэты фармат выявы немагчыма паказаць тут; гл. арыгінал)

## Прынятыя меры
pdf-field-services = Аказаныя паслугі
pdf-referrals = Накіраванні
pdf-complaints = Скаргі
pdf-follow-ups = Далейшыя крокі
pdf-col-to = Куды
pdf-col-date = Дата
pdf-col-consent = Згода
pdf-col-outcome = Вынік
pdf-col-body = Орган
pdf-col-filed = Пададзена
pdf-col-reference = Нумар
pdf-col-deadline = Тэрмін
pdf-col-response = Адказ
pdf-col-done = Выканана
pdf-col-note = Нататка

## Згода
pdf-consent-intro = На што пагадзілася пацярпелая — па кожным адрасаце, як запісана ў справе.
pdf-col-destination = Адрасат
pdf-col-given = Дадзена
pdf-col-named = З імем або ананімна
pdf-col-obtained-by = Хто пытаў
pdf-col-revoked = Адклікана

## Цэласнасць
pdf-integrity-intro = Гэтае дасье створана з адной рэдакцыі справы ў зашыфраваным сховішчы Casebook. Ідэнтыфікатар рэдакцыі — хэш SHA-256 яе зместу і гісторыі; хэш даных ніжэй — хэш SHA-256 менавіта таго, што паказвае дасье, разам з яго мовай, профілем і рэдакцыяй.
pdf-integrity-intro-tagged = Гэтае дасье створана з адной рэдакцыі справы ў зашыфраваным сховішчы Casebook. Паколькі яно псеўданімізаванае, рэдакцыі пазначаны пазнакамі: HMAC-SHA256 ідэнтыфікатара рэдакцыі з сакрэтам, які захоўваецца толькі ў тым сховішчы, — каб ніхто без сховішча не мог праверыць па іх угаданае імя. Хэш даных ніжэй — хэш SHA-256 менавіта таго, што паказвае дасье, разам з яго мовай, профілем і пазнакай рэдакцыі.
pdf-field-case-id = Ідэнтыфікатар справы
pdf-field-audit-head = Апошні запіс ланцужка аўдыту
pdf-field-data-hash = Хэш даных (SHA-256)
pdf-history = Гісторыя рэдакцый
pdf-col-time = Час
pdf-col-author = Аўтар
pdf-col-kind = Змена
pdf-col-reason = Прычына
pdf-col-revision = Ідэнтыфікатар рэдакцыі
pdf-col-revision-tag = Пазнака рэдакцыі
pdf-revision-kind-create = створана
pdf-revision-kind-edit = зменена
pdf-revision-kind-delete = выдалена
pdf-revision-kind-merge = абʼяднана
pdf-integrity-how = Файл таксама змяшчае хэш SHA-256 усіх сваіх байтаў. Праверка ў Casebook («Праверыць дасье…» або каманда «casebook verify-pdf ФАЙЛ») у тым сховішчы, дзе яго стварылі, пераразлічвае абодва хэшы, пацвярджае запіс ланцужка аўдыту і наноў будуе дасье з рэдакцыі; любая змена файла пасля стварэння будзе выяўлена.

## Даты і лікі
pdf-date-exact = { $day } { $month } { $year } г.
pdf-date-month = { $month } { $year } г.
pdf-date-year = { $year } г.
pdf-date-range = прыблізна { $start } – { $end }
pdf-date-range-same-month = прыблізна { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = ,
pdf-size-bytes = { $n } Б
pdf-size-kb = { $n } КБ
pdf-size-mb = { $n } МБ
pdf-month-gen-1 = студзеня
pdf-month-gen-2 = лютага
pdf-month-gen-3 = сакавіка
pdf-month-gen-4 = красавіка
pdf-month-gen-5 = мая
pdf-month-gen-6 = чэрвеня
pdf-month-gen-7 = ліпеня
pdf-month-gen-8 = жніўня
pdf-month-gen-9 = верасня
pdf-month-gen-10 = кастрычніка
pdf-month-gen-11 = лістапада
pdf-month-gen-12 = снежня
pdf-month-nom-1 = студзень
pdf-month-nom-2 = люты
pdf-month-nom-3 = сакавік
pdf-month-nom-4 = красавік
pdf-month-nom-5 = май
pdf-month-nom-6 = чэрвень
pdf-month-nom-7 = ліпень
pdf-month-nom-8 = жнівень
pdf-month-nom-9 = верасень
pdf-month-nom-10 = кастрычнік
pdf-month-nom-11 = лістапад
pdf-month-nom-12 = снежань
