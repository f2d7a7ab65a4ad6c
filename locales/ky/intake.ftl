# Кабыл алуу устасы (ui/src/screens/Intake.svelte жана ui/src/components/casework/).
# Ар бир суроону өткөрүп жиберсе болот; псевдоним жана документтештирүүгө макулдук гана керек.

in-title = Жаңы кабыл алуу
in-steps = Маектин кадамдары
in-saved-at = Сактагычка { $time } сакталды
in-not-saved-yet = Азырынча эч нерсе жазылган жок
in-step-problems = { $count ->
    [one] Бул кадамда { $count } көйгөй бар
   *[other] Бул кадамда { $count } көйгөй бар
}

in-step-consent = Макулдук
in-step-survivor = Жапа чеккен аял
in-step-incidents = Окуялар
in-step-acts = Эмне жасалды
in-step-perpetrators = Күнөөлүүлөр
in-step-evidence = Далилдер
in-step-responses = Көрүлгөн чаралар
in-step-review = Текшерүү

in-hint-consent = Адегенде мунун жазылышына жалпысынан макулбу, ошону сураңыз. Бул макулдуксуз эч нерсе сакталбайт. Андан кийин ар бир башка колдонуу жөнүндө сураңыз.
in-hint-survivor = Псевдоним гана керек. Калган суроолордун баарын өткөрүп жиберсе болот.
in-hint-incidents = Ар бир окуяга бир блок. Дата так, ай, жыл же аралык болушу мүмкүн.
in-hint-acts = Ар бир окуяда эмне жасалганын белгилеңиз; чоо-жайын бош калтырса болот.
in-hint-perpetrators = Муну ким жасаганын ал билгенче же айткысы келгенче сүрөттөңүз.
in-hint-evidence = Сүрөттөр, скандар, жазуулар жана медициналык корутундулар. Файлдар сактагычта шифрленген түрдө сакталат.
in-hint-responses = Ал үчүн эмне жасалды жана мындан ары эмне болушу керек.
in-hint-review = Эмне жазылганын текшериңиз. Баарын кийин да өзгөртсө болот.

in-next = Кийинки
in-back = Артка
in-skip = Бул кадамды өткөрүп жиберүү
in-to-review = Текшерүүгө өтүү
in-finish = Ишти сактоо
in-finishing = Сакталууда…
in-stop = Ушул жерден токтотуу (кийин улантуу)
in-discard = Бул долбоорду жок кылуу
in-discard-confirm = Бул долбоорго жазылгандардын баарын өчүрөсүзбү?
in-discard-yes = Ооба, өчүрүү
in-discard-no = Жок, калтыруу

in-about-interview = Бул маек жөнүндө
in-intake-date = Маектин күнү
in-documenter = Документтештирген (сиздин псевдонимиңиз)
in-organisation = Уюм

in-consent-title = Макулдук
in-consent-intro = Ар бир колдонуу үчүн бир жооп жазыңыз. Жооп берилбеген суроо «суралган жок» дегенди билдирет; ал кийин оюн өзгөртө алат.
in-consent-required = ишти сактоо үчүн керек
in-consent-not-asked = Азырынча суралган жок
in-consent-yes = Макул
in-consent-no = Макул эмес
in-consent-date = Макулдук берилген күн
in-consent-obtained-by = Ким сураган
in-consent-gate = Адегенде документтештирүүгө макулдук жөнүндө сураңыз; ал макул болгондо калган кадамдар ачылат.
in-consent-refused = Ал мунун документтештирилишине макул эмес. Эч нерсе сакталбашы керек: долбоорду жок кылыңыз.

in-survivor-title = Жапа чеккен аял
in-pseudonym = Псевдоним же шарттуу ат
in-pseudonym-hint = Анын чыныгы аты эмес. Чыныгы инсандык маалыматтар, эгер керек болсо, төмөндөгү корголгон блокко жазылат.
in-age = Так жашы
in-citizenship = Жарандыгы (өлкөнүн коду)
in-stateless = Жарандыгы жок
in-situation-title = Анын абалы
in-skip-hint = Ал жооп берүүгө ыңгайлуу сезген нерселерди гана сураңыз.
in-pregnant = Окуя учурунда кош бойлуу болгон
in-has-children = Балдары бар
in-on-art = Антиретровирустук терапия алат
in-ost-client = Опиоиддик алмаштыруучу терапиянын (ОАТ) кардары
in-harm-reduction-client = Зыянды азайтуу программасынын кардары
in-sex-work = Секс-кызмат
in-disability = Майыптуулук
in-homeless = Туруктуу турак жайы жок
in-previous-incidents = Мурунку окуялар (саны)
in-identity-title = Чыныгы инсандыгы (корголгон)
in-identity-hint = Бөлүшүлгөн же маалыматы жашырылган эч бир документке кирбейт. Ал кааласа жана юристке керек болсо гана толтуруңуз.
in-legal-name = Документ боюнча аты-жөнү
in-date-of-birth = Туулган күнү
in-phone = Телефону
in-address = Дареги
in-id-document = Инсандыгын тастыктаган документтин номери

in-incidents-empty = Азырынча бир да окуя жазылган жок.
in-incident-n = { $n }-окуя
in-incident-date = Качан болду
in-narrative = Эмне болду, анын өз сөзү менен
in-narrative-hint = Ал сүйлөгөн тилде жазыңыз; котормону төмөндө кошсо болот.
in-narrative-translation = Котормо
in-detention = Кармоо
in-detained = Ал кармалдыбы
in-duration-hours = Канча убакыт (саат)
in-protocol = Кармоо протоколу түзүлдүбү
in-released-how = Ал кантип бошотулду
in-witnesses = Күбөлөр
in-witness-pseudonym = Күбө (псевдоним)
in-witness-contact = Аны менен кантип байланышса болот
in-witness-willing = Көрсөтмө берүүгө даяр
in-add-witness = Күбө кошуу
in-add-incident = Окуя кошуу
in-remove-incident = Бул окуяны алып салуу

in-acts-no-incident = Адегенде окуяны жазыңыз; анын аракеттери ушул жерде белгиленет.
in-act-perpetrators = Ким жасады
in-new-perpetrator = Жаңы күнөөлүү адам
in-physical-consequences = Физикалык кесепеттер
in-psychological-consequences = Психологиялык кесепеттер

in-perpetrators-empty = Азырынча бир да күнөөлүү адам жазылган жок.
in-perpetrator-n = Күнөөлүү адам { $ref }
in-unit = Бөлүмү
in-rank = Наамы
in-badge = Төш белгисинин номери
in-perp-name = Аты (корголгон)
in-vehicle = Унаанын мамлекеттик номери
in-uniformed = Формада болгон
in-count = Канча адам
in-identifiable = Аларды кайра тааный алат
in-add-perpetrator = Күнөөлүү адамды кошуу
in-remove-perpetrator = Бул күнөөлүү адамды алып салуу

in-medical = Медициналык документтер
in-examiner = Текшерген адис
in-institution = Мекеме
in-date = Дата
in-findings = Корутундулар
in-body-regions = Дененин бөлүктөрү боюнча жаракаттар
in-mark-description = Ал жерде эмне көрүнөт
in-add-medical = Медициналык текшерүү кошуу

in-services-given = Ал алган кызматтар
in-referrals = Жолдомолор
in-referral-to = Кайда жөнөтүлдү
in-referral-consent = Ал жолдомого макул болду
in-outcome = Жыйынтык
in-add-referral = Жолдомо кошуу
in-complaints = Даттануулар
in-date-filed = Берилген күнү
in-reference-number = Каттоо номери
in-deadline = Мөөнөтү
in-add-complaint = Даттануу кошуу
in-follow-ups = Кийинки кадамдар
in-follow-ups-hint = Мисалы, жаракаттар али көрүнүп турганда соттук-медициналык экспертиза, же апелляциялык даттануу берүүнүн мөөнөтү.
in-due = Мөөнөтү
in-note = Эмне кылуу керек
in-done-on = Аткарылган күнү
in-add-follow-up = Кийинки кадам кошуу

in-review-problems = { $count ->
    [one] Ишти сактоодон мурун бир жоопту дагы бир жолу карап чыгуу керек:
   *[other] Ишти сактоодон мурун { $count } жоопту дагы бир жолу карап чыгуу керек:
}
