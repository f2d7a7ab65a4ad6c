# Словы для кантраляваных слоўнікаў запісу справы (crates/casebook-core/src/vocab.rs).
# Ідэнтыфікатары: vocab-<спіс>-<код>; назвы спісаў: vocab-list-<спіс>. Коды не мяняюцца ніколі; мяняюцца толькі гэтыя словы.


## status

vocab-list-status = Статус справы
vocab-status-draft = Чарнавік
vocab-status-open = Адкрыта
vocab-status-referred = Накіравана далей
vocab-status-closed = Закрыта
vocab-status-sealed = Апячатана (заблакавана як доказ)

## intake-channel

vocab-list-intake-channel = Канал звароту
vocab-intake-channel-drop-in = Дроп-ін цэнтр
vocab-intake-channel-outreach = Аўтрыч (вулічная праца)
vocab-intake-channel-hotline = Гарачая лінія
vocab-intake-channel-lawyer = Праз юрыста
vocab-intake-channel-peer-report = Паведаміла роўная кансультантка
vocab-intake-channel-self-report = Звярнулася сама
vocab-intake-channel-other = Іншае

## source-reliability

vocab-list-source-reliability = Крыніца інфармацыі
vocab-source-reliability-first-hand = З першых вуснаў (пацярпелая)
vocab-source-reliability-witness = Сведка
vocab-source-reliability-second-hand = З чужых слоў
vocab-source-reliability-unknown = Невядома
vocab-source-reliability-other = Іншае

## age-band

vocab-list-age-band = Узроставая група
vocab-age-band-under-18 = Да 18
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 і старэй

## gender

vocab-list-gender = Гендар
vocab-gender-woman = Жанчына
vocab-gender-trans-woman = Трансгендарная жанчына
vocab-gender-non-binary = Небінарная асоба
vocab-gender-other = Іншае

## hiv-status

vocab-list-hiv-status = ВІЧ-статус
vocab-hiv-status-positive = ВІЧ-пазітыўная
vocab-hiv-status-negative = ВІЧ-негатыўная
vocab-hiv-status-unknown = Невядомы
vocab-hiv-status-not-disclosed = Не паведаміла

## substance

vocab-list-substance = Рэчывы, якія ўжываюцца
vocab-substance-opioids = Апіоіды
vocab-substance-stimulants = Стымулятары
vocab-substance-methadone-buprenorphine-ost = Метадон / бупрэнарфін (ЗТ)
vocab-substance-new-psychoactive-substances = Новыя псіхаактыўныя рэчывы
vocab-substance-alcohol = Алкаголь
vocab-substance-other = Іншае

## child-custody-status

vocab-list-child-custody-status = Дзе дзеці
vocab-child-custody-status-with-survivor = З ёй
vocab-child-custody-status-with-relatives = У сваякоў
vocab-child-custody-status-state-care = У дзяржаўнай установе
vocab-child-custody-status-removed = Адабраныя органамі ўлады
vocab-child-custody-status-not-applicable = Не датычыцца
vocab-child-custody-status-other = Іншае

## location-type

vocab-list-location-type = Месца інцыдэнту
vocab-location-type-street = Вуліца
vocab-location-type-home = Дома
vocab-location-type-police-vehicle = Службовы аўтамабіль міліцыі
vocab-location-type-police-station = Аддзел міліцыі
vocab-location-type-temporary-detention = Ізалятар часовага ўтрымання (ІЧУ)
vocab-location-type-pre-trial-detention = Следчы ізалятар (СІЗА)
vocab-location-type-harm-reduction-site = Пункт зніжэння шкоды
vocab-location-type-ost-site = Пункт ЗТ
vocab-location-type-pharmacy = Аптэка
vocab-location-type-hospital = Бальніца
vocab-location-type-court = Суд
vocab-location-type-other = Іншае

## time-of-day

vocab-list-time-of-day = Час сутак
vocab-time-of-day-morning = Раніца
vocab-time-of-day-day = Дзень
vocab-time-of-day-evening = Вечар
vocab-time-of-day-night = Ноч

## date-precision

vocab-list-date-precision = Дакладнасць даты
vocab-date-precision-exact = Дакладная дата
vocab-date-precision-month = Толькі месяц
vocab-date-precision-year = Толькі год
vocab-date-precision-range = Паміж дзвюма датамі

## tri-state

vocab-list-tri-state = Так / не / невядома
vocab-tri-state-yes = Так
vocab-tri-state-no = Не
vocab-tri-state-unknown = Невядома

## act-type

vocab-list-act-type = Від дзеяння
vocab-act-type-beating = Збіццё
vocab-act-type-asphyxiation = Удушэнне (пакет, процівагаз, сцісканне горла)
vocab-act-type-electric-shock = Удары электрычным токам
vocab-act-type-stress-positions = Стрэсавыя позы
vocab-act-type-burns = Апёкі
vocab-act-type-use-of-weapon = Прымяненне зброі
vocab-act-type-other-physical = Іншы фізічны гвалт
vocab-act-type-rape = Згвалтаванне
vocab-act-type-sexual-assault = Гвалтоўныя дзеянні сэксуальнага характару
vocab-act-type-sex-for-release = Патрабаванне сэксу ў абмен на вызваленне
vocab-act-type-forced-undressing = Прымус да распранання
vocab-act-type-search-by-male-officers = Асабісты дагляд супрацоўнікамі-мужчынамі
vocab-act-type-sexual-harassment = Сэксуальныя дамаганні
vocab-act-type-threats = Пагрозы
vocab-act-type-humiliation = Прыніжэнне
vocab-act-type-threat-child-custody = Пагроза забраць у яе дзяцей
vocab-act-type-threat-disclose-hiv-status = Пагроза раскрыць ВІЧ-статус
vocab-act-type-threat-disclose-drug-use = Пагроза расказаць пра ўжыванне наркотыкаў
vocab-act-type-insults = Абразы
vocab-act-type-detention-without-protocol = Затрыманне без пратакола
vocab-act-type-detention-beyond-limit = Затрыманне даўжэй за ўстаноўлены законам тэрмін
vocab-act-type-arrest-for-syringes = Затрыманне за наяўнасць шпрыцоў
vocab-act-type-planted-drugs = Падкінутыя наркотыкі
vocab-act-type-fabricated-charges = Сфабрыкаванае абвінавачанне
vocab-act-type-forced-confession = Прымус да прызнання
vocab-act-type-forced-testimony = Прымус да паказанняў супраць іншых
vocab-act-type-informant-recruitment = Ціск з мэтай завербаваць у інфарматары
vocab-act-type-pressure-against-partner = Ціск з мэтай атрымаць паказанні супраць партнёра
vocab-act-type-extortion-bribe = Вымагальніцтва / патрабаванне хабару
vocab-act-type-confiscation-money = Адабранне грошай
vocab-act-type-confiscation-phone = Адабранне тэлефона
vocab-act-type-confiscation-syringes = Адабранне шпрыцоў
vocab-act-type-confiscation-naloxone = Адабранне налаксону
vocab-act-type-confiscation-ost-medicine = Адабранне прэпаратаў ЗТ
vocab-act-type-ost-denied-in-custody = Адмова ў ЗТ пад вартай
vocab-act-type-withdrawal-as-coercion = Выкарыстанне абстыненцыі для ціску
vocab-act-type-medical-care-refused = Адмова ў медыцынскай дапамозе
vocab-act-type-forced-drug-test = Прымусовы тэст на наркотыкі
vocab-act-type-forced-hiv-test = Прымусовы тэст на ВІЧ
vocab-act-type-forced-narcological-registration = Прымусовая пастаноўка на нарколагічны ўлік
vocab-act-type-hiv-status-disclosed = Разгалошванне ВІЧ-статусу
vocab-act-type-lawyer-refused = Адмова ў адвакаце
vocab-act-type-rights-not-read = Правы не растлумачылі
vocab-act-type-relatives-not-notified = Сваякоў не паведамілі
vocab-act-type-forced-signature = Прымус падпісаць дакументы
vocab-act-type-signed-without-understanding = Падпісала, не разумеючы зместу
vocab-act-type-interpreter-refused = Адмова ў перакладчыку
vocab-act-type-child-removed = Дзіця адабралі
vocab-act-type-child-removal-threatened = Пагроза адабраць дзіця
vocab-act-type-death-in-custody = Смерць пад вартай
vocab-act-type-other = Іншае

## act-group

vocab-list-act-group = Група дзеянняў
vocab-act-group-physical = Фізічны гвалт
vocab-act-group-sexual = Сэксуальны гвалт
vocab-act-group-psychological = Псіхалагічны гвалт
vocab-act-group-liberty = Пазбаўленне волі
vocab-act-group-coercion = Прымус
vocab-act-group-economic = Эканамічны гвалт
vocab-act-group-health = Здароўе
vocab-act-group-procedure = Працэсуальныя парушэнні
vocab-act-group-custody = Дзеці і апека
vocab-act-group-death-in-custody = Смерць пад вартай
vocab-act-group-other = Іншае

## intent

vocab-list-intent = Верагодная мэта
vocab-intent-information = Атрымаць інфармацыю
vocab-intent-confession = Атрымаць прызнанне
vocab-intent-intimidation = Запалохванне
vocab-intent-punishment = Пакаранне
vocab-intent-extortion = Вымагальніцтва
vocab-intent-sexual-gratification = Сэксуальнае задавальненне
vocab-intent-unknown = Невядома
vocab-intent-other = Іншае

## medical-attention

vocab-list-medical-attention = Медыцынская дапамога
vocab-medical-attention-none = Не атрымлівала
vocab-medical-attention-refused = Было адмоўлена
vocab-medical-attention-first-aid = Першая дапамога
vocab-medical-attention-hospital = Бальніца
vocab-medical-attention-forensic-exam = Судова-медыцынская экспертыза
vocab-medical-attention-other = Іншае

## agency

vocab-list-agency = Ведамства
vocab-agency-patrol-police = Патрульна-паставая служба міліцыі
vocab-agency-criminal-investigation = Крымінальны вышук
vocab-agency-drug-control-unit = Падраздзяленне па наркакантролі
vocab-agency-traffic-police = Дзяржаўтаінспекцыя (ДАІ)
vocab-agency-special-forces = Спецпадраздзяленне
vocab-agency-pre-trial-detention-staff = Супрацоўнікі СІЗА / ІЧУ
vocab-agency-prison-staff = Супрацоўнікі папраўчай установы
vocab-agency-prosecutor = Пракуратура
vocab-agency-narcology-staff = Супрацоўнікі нарколагічнай службы
vocab-agency-medical-staff = Медыцынскі персанал
vocab-agency-other = Іншае

## involvement

vocab-list-involvement = Роля ў падзеях
vocab-involvement-perpetrated = Учыніў(-ла) дзеянне
vocab-involvement-ordered = Загадаў(-ла)
vocab-involvement-present = Прысутнічаў(-ла)
vocab-involvement-failed-to-intervene = Не ўмяшаўся(-лася)
vocab-involvement-other = Іншае

## consistency

vocab-list-consistency = Адпаведнасць вынікаў агляду (Стамбульскі пратакол)
vocab-consistency-not-consistent = Не адпавядае
vocab-consistency-consistent = Адпавядае
vocab-consistency-highly-consistent = У значнай ступені адпавядае
vocab-consistency-typical = Тыповыя для апісанага
vocab-consistency-diagnostic = Дыягнастычныя для апісанага

## body-region

vocab-list-body-region = Частка цела
vocab-body-region-head = Галава
vocab-body-region-face = Твар
vocab-body-region-neck = Шыя
vocab-body-region-chest = Грудзі
vocab-body-region-abdomen = Жывот
vocab-body-region-upper-back = Верхняя частка спіны
vocab-body-region-lower-back = Паясніца
vocab-body-region-left-arm = Левая рука
vocab-body-region-right-arm = Правая рука
vocab-body-region-left-hand = Левая кісць
vocab-body-region-right-hand = Правая кісць
vocab-body-region-genitals = Палавыя органы
vocab-body-region-buttocks = Ягадзіцы
vocab-body-region-left-leg = Левая нага
vocab-body-region-right-leg = Правая нага
vocab-body-region-feet = Ступні
vocab-body-region-other = Іншае

## service

vocab-list-service = Аказаныя паслугі
vocab-service-legal-consultation = Юрыдычная кансультацыя
vocab-service-legal-representation = Юрыдычнае прадстаўніцтва
vocab-service-medical = Медыцынская дапамога
vocab-service-psychosocial = Псіхасацыяльная падтрымка
vocab-service-shelter = Прытулак
vocab-service-ost-continuity = Працяг ЗТ
vocab-service-harm-reduction-supplies = Матэрыялы для зніжэння шкоды
vocab-service-peer-support = Падтрымка «роўны — роўнаму»
vocab-service-other = Іншае

## complaint-body

vocab-list-complaint-body = Куды пададзена скарга
vocab-complaint-body-police-internal-affairs = Служба ўласнай бяспекі міліцыі
vocab-complaint-body-prosecutor = Пракуратура
vocab-complaint-body-ombudsman = Амбудсмен
vocab-complaint-body-court = Суд
vocab-complaint-body-un-special-procedure = Спецыяльная працэдура ААН
vocab-complaint-body-un-treaty-body = Дагаворны орган ААН
vocab-complaint-body-other = Іншае

## complaint-response

vocab-list-complaint-response = Адказ на скаргу
vocab-complaint-response-favourable = Станоўчы
vocab-complaint-response-rejected = Адмова
vocab-complaint-response-no-response = Адказу няма
vocab-complaint-response-pending = Чакаецца
vocab-complaint-response-other = Іншае

## complaint-outcome

vocab-list-complaint-outcome = Вынік скаргі
vocab-complaint-outcome-criminal-case-opened = Узбуджана крымінальная справа
vocab-complaint-outcome-refused-to-open = Адмоўлена ва ўзбуджэнні крымінальнай справы
vocab-complaint-outcome-disciplinary-action = Дысцыплінарнае спагнанне
vocab-complaint-outcome-compensation = Кампенсацыя
vocab-complaint-outcome-none = Без выніку
vocab-complaint-outcome-other = Іншае

## consent-destination

vocab-list-consent-destination = Згода на
vocab-consent-destination-documentation = Дакументаванне (захоўванне запісу)
vocab-consent-destination-lawyer = Перадача юрысту
vocab-consent-destination-organisation-network-stats = Статыстыка сеткі (толькі ў абагульненым выглядзе)
vocab-consent-destination-national-bodies = Нацыянальныя органы
vocab-consent-destination-un-special-procedures = Спецыяльныя працэдуры ААН
vocab-consent-destination-un-treaty-bodies = Дагаворныя органы ААН
vocab-consent-destination-media-advocacy-anonymised = СМІ і адвакацыя (ананімна)

## named-or-anonymised

vocab-list-named-or-anonymised = З імем або ананімна
vocab-named-or-anonymised-named = З імем
vocab-named-or-anonymised-anonymised = Ананімна

## redaction-profile

vocab-list-redaction-profile = Профіль абязлічвання
vocab-redaction-profile-full = Поўны (усё, для яе юрыста)
vocab-redaction-profile-pseudonymised = Псеўданімізаваны
vocab-redaction-profile-aggregate = Толькі абагульненая статыстыка

## media-kind

vocab-list-media-kind = Тып файла
vocab-media-kind-photo = Фота
vocab-media-kind-scan = Скан
vocab-media-kind-audio = Аўдыя
vocab-media-kind-video = Відэа
vocab-media-kind-document = Дакумент
vocab-media-kind-other = Іншае
