## Компьютердик программанын алмашуу экраны: байланыштар, экспорт, импорт, карама-каршылыктар.

sync-button = Алмашуу
sync-title = Иштерди алмашуу
sync-back = Иштерге кайтуу
sync-intro = Иштер компьютерлердин ортосунда шифрленген пакет файлдары түрүндө, флешка аркылуу же мессенджердеги тиркеме катары жөнөтүлөт. Аларды сиз тандаган адамдар гана ача алат.
sync-tab-import = Импорт
sync-tab-export = Экспорт
sync-tab-contacts = Байланыштар
sync-tab-conflicts = Карама-каршылыктар
sync-list-conflict = карама-каршылык

# Жүрүшү
sync-phase-starting = Башталууда…
sync-phase-selecting = Иштер текшерилүүдө…
sync-phase-writing = Пакет жазылууда…
sync-phase-reading = Пакет шифрден чыгарылып, текшерилүүдө…
sync-phase-applying = Бул сактагыч менен бириктирилүүдө…
sync-phase-done = Аякталууда…
sync-size-b = { $n } байт
sync-size-kb = { $n } КБ
sync-size-mb = { $n } МБ
sync-size-gb = { $n } ГБ

# Ролдор
sync-role-own-device = Өз түзмөгү
sync-role-centre-hub = Борбор
sync-role-lawyer = Юрист
sync-role-outreach = Аутрич кызматкеринин ноутбугу
sync-role-network = Тармак
sync-role-own-device-hint = Сиздин же командаңыздын башка компьютери: толук жазууларды алат жана каалаган ишти өзгөртүп же өчүрө алат. Бул ролду берүү үчүн анын санариптик изинин алты сөзүн тересиз.
sync-role-centre-hub-hint = Иштерди чогулткан борбор: толук жазууларды алат жана иштерди кошуп, өзгөртө алат. Бул ролду берүү үчүн анын санариптик изинин алты сөзүн тересиз.
sync-role-lawyer-hint = Жапа чеккен аял юристке берүүгө макул болгон иштерди гана алат; аты менен берүүгө анын макулдугу жок болсо, инсандыгын аныктаган маалыматтарсыз алат. Жоопторду жана эскертмелерди гана кайра жөнөтө алат, башка эч нерсени эмес.
sync-role-outreach-hint = Аутрич кызматкеринин талаа ноутбугу: иштердин жазууларын албайт; анын пакеттери жаңы иштерди гана кошо алат, бар иштердин эч нерсесин өзгөртпөйт. Бул ролду берүү үчүн анын манжа изинин алты сөзүн териңиз.
sync-role-network-hint = Иштердин жазууларын албайт, инсандыгы аныкталбаган статистиканы гана алат; ал жөнөткөн эч нерсе ишти өзгөртпөйт. Ар бир жаңы байланыш ушул ролдон баштайт.

# Байланыштар: менин карточкам
sync-my-card-title = Сиздин байланыш карточкаңыз
sync-my-card-intro = Бул карточканы сизге пакет жөнөтө турган адамдарга бериңиз. Алар аны байланыш катары кошушат; андан кийин алар сиз үчүн түзгөн пакеттер ушул компьютерде гана ачылат.
sync-my-name-label = Башкалар көрө турган сиздин же борборуңуздун аты
sync-my-name-hint = Сиздин карточкаңызда, пакеттериңизде жана сиз чечкен карама-каршылыктарда көрсөтүлөт. Бул компьютерде сакталбайт.
sync-fingerprint-label = Санариптик из (бул сөздөрдү телефон аркылуу салыштырыңыз)
sync-my-card-text-label = Карточканын тексти
sync-card-copy = Текстти көчүрүү
sync-card-save = Файл катары сактоо…
sync-card-copied = Карточканын тексти көчүрүлдү.
sync-card-saved = Карточка сакталды.

# Байланыштар: кошуу
sync-add-title = Байланыш кошуу
sync-add-intro = Бирөөнүн байланыш карточкасынын текстин чаптаңыз же ал сизге берген карточка файлын тандаңыз.
sync-add-paste-label = Байланыш карточкасынын тексти
sync-add-choose-file = Карточка файлын тандоо…
sync-card-unreadable = Бул толук байланыш карточкасы эмес. Карточканы толугу менен, «casebook contact card v1» сабынан санариптик из сабына чейин көчүрүңүз.
sync-card-file-unreadable = Бул файл байланыш карточкасы эмес.
sync-add-compare = Бул сөздөрдү бири-бириңизге телефон аркылуу окуп бериңиз. Алар дал келсе гана байланышты кошуңуз.
sync-contact-name-label = Аты
sync-contact-role-label = Ролу
sync-add-submit = Байланышты кошуу
sync-contact-added = «{ $name }» байланыштарга кошулду.
sync-contact-added-role = «{ $name }» байланыштарга «{ $role }» ролу менен кошулду.
sync-typed-words-label = Байланышыңыз сизге окуп берген санариптик изинин алты сөзү
sync-typed-words-hint = Аларды өзүңүз териңиз; бул экрандан көчүрбөңүз. Бул роль толук жазууларды алат, ошондуктан сөздөр адамдын өзүнөн, телефон аркылуу же жүзмө-жүз алынышы керек.
sync-summary-role = Жөнөтүүчүдө «{ $role }» ролунун укуктары бар эле.

# Байланыштар: тизме
sync-contacts-title = Байланыштар
sync-contacts-empty = Азырынча байланыштар жок. Иштерди алмашкан борбордун, юристтин же кесиптешиңиздин карточкасын кошуңуз.
sync-contact-added-at = кошулган: { $when }
sync-rename = Атын өзгөртүү
sync-rename-label = Атын өзгөртүү: { $name }
sync-rename-submit = Атты сактоо
sync-contact-renamed = Байланыш эми «{ $name }» деп аталат.
sync-remove = Алып салуу
sync-remove-label = Алып салуу: { $name }
sync-remove-question = «{ $name }» байланышын алып саласызбы? Сиз аны үчүн мындан ары пакет түзө албайсыз, ал эми анын пакеттери кайра тастыктоону талап кылат.
sync-remove-keep = Калтыруу
sync-remove-confirm = Байланышты алып салуу
sync-contact-removed = «{ $name }» байланыштардан алынып салынды.

# Экспорт
sync-export-title = Иштерди пакетке экспорттоо
sync-export-intro = Пакетти ким ача аларын жана кайсы иштер кирерин тандаңыз. Аларга жөнөтүлө албаган иштер эч нерсе жазылганга чейин себеби менен көрсөтүлөт.
sync-export-to = Пакетти ким ача алат
sync-export-to-contacts = Байланыштар
sync-export-no-contacts = Азырынча байланыштар жок: «Байланыштар» өтмөгүндө байланыш кошуңуз же сырсөз колдонуңуз.
sync-export-to-passphrase = Сырсөздү билген ар бир адам
sync-export-passphrase-hint = Сырсөздү алуучуга пакеттин өзүнөн башка жол менен айтыңыз (жүзмө-жүз же телефон аркылуу).
sync-export-passphrase-label = Пакеттин сырсөзү
sync-export-pass-role-label = Кайсы ролдун эрежелери колдонулат
sync-export-which = Кайсы иштер
sync-export-all = Бардык иштер
sync-export-since-last = Бул байланыштарга акыркы экспорттон бери өзгөргөндөр
sync-export-since-last-hint = Ар бир тандалган байланышка акыркы жолу пакет жөнөткөндөн бери жаңы же өзгөргөн иштер гана.
sync-export-since-last-needs-contacts = Пакет байланыштар үчүн болгондо гана мүмкүн.
sync-export-chosen = Мен тандаган иштер
sync-export-search-label = Иштерди табуу (код, псевдоним, каалаган сөз)
sync-export-chosen-count = { $count ->
    [0] Азырынча бир да иш тандалган жок.
    [one] { $count } иш тандалды.
   *[other] { $count } иш тандалды.
}
sync-export-search-none = Дал келген иш жок.
sync-export-search-more = { $total } иштин алгачкы { $shown } көрсөтүлдү; тактоо үчүн издеңиз.
sync-export-attachments = Тиркемелерди кошуу (сүрөттөр, документтер)
sync-export-attachments-hint = Аларсыз пакет бир топ кичине болот; псевдонимдештирилген иштер эч качан тиркеме менен жөнөтүлбөйт.
sync-sender-name-hint = Алуучулар бул атты жөнөтүүчүнүн аты катары көрүшөт.
sync-export-need-recipient = Кеминде бир байланышты же сырсөздү тандаңыз.
sync-export-need-cases = Кеминде бир ишти тандаңыз.
sync-plan-title = Эмне жөнөтүлөт
sync-plan-checking = Иштер текшерилүүдө…
sync-plan-cases = { $count ->
    [0] Бир да иш жөнөтүлө албайт.
    [one] { $count } иш жөнөтүлө алат.
   *[other] { $count } иш жөнөтүлө алат.
}
sync-plan-pseudonymised = { $count ->
    [one] Алардын { $count } иши псевдонимдештирилген түрдө гана жөнөтүлөт (инсандыгын аныктаган маалыматтарсыз).
   *[other] Алардын { $count } иши псевдонимдештирилген түрдө гана жөнөтүлөт (инсандыгын аныктаган маалыматтарсыз).
}
sync-plan-attachments = { $count ->
    [one] { $count } тиркеме менен ({ $size }).
   *[other] { $count } тиркеме менен ({ $size }).
}
sync-plan-refused-title = { $count ->
    [one] { $count } иш жөнөтүлө албайт:
   *[other] { $count } иш жөнөтүлө албайт:
}
sync-plan-refused-more = …жана дагы { $count }
sync-plan-refused-show-all = Бардык иштерди көрсөтүү
sync-refused-consent = «{ $role }» ролу үчүн «{ $destination }» макулдугу керек, ал эми анын абалы: { $state }
sync-refused-role = «{ $role }» ролу иштердин жазууларын албайт, инсандыгы аныкталбаган статистиканы гана алат
sync-refused-unreadable = ишти окуу мүмкүн эмес
sync-consent-state-given = берилген
sync-consent-state-refused = баш тартылган
sync-consent-state-revoked = кайтарылып алынган
sync-consent-state-missing = жазылган эмес
sync-plan-nothing = Бул алуучуларга бир да иш жөнөтүлө албайт, ошондуктан жаза турган эч нерсе жок.
sync-export-write = Пакетти сактоо…
sync-export-writing = Жазылууда…
sync-export-done = Пакет сакталды: { $cases ->
    [one] { $cases } иш
   *[other] { $cases } иш
}, { $attachments ->
    [one] { $attachments } тиркеме
   *[other] { $attachments } тиркеме
}, { $size }.
sync-export-done-refused = { $count ->
    [one] Жогоруда көрсөтүлгөндөй, { $count } иш кирбей калды.
   *[other] Жогоруда көрсөтүлгөндөй, { $count } иш кирбей калды.
}

# Импорт
sync-import-title = Пакетти импорттоо
sync-import-intro = Сиз алган пакет файлын тандаңыз. Эч нерсе өзгөрөрдөн мурун ал толугу менен текшерилет; бузулган же өзгөртүлгөн пакет эч нерсени өзгөртпөйт.
sync-import-choose = Пакет файлын тандоо…
sync-import-file = Файл: { $name }
sync-import-passphrase-title = Бул пакет сырсөз менен корголгон
sync-import-passphrase-text = Жөнөтүүчү сизге айткан сырсөздү киргизиңиз.
sync-import-open = Ачуу жана импорттоо
sync-import-unchanged = Бул сактагычта эч нерсе өзгөргөн жок.
sync-signer-title = Белгисиз жөнөтүүчү
sync-signer-text = Бул пакет сиз байланыш катары кошпогон компьютерде түзүлгөн: «{ $name }». Жөнөтүүчүдөн санариптик изин телефон аркылуу же жүзмө-жүз окуп берүүнү сурап, аны бул сөздөр менен салыштырыңыз:
sync-signer-no-name = аты жок
sync-signer-warning = Эгер сөздөр айырмаланса, импорттобоңуз: пакет сиз ойлогон адамдан келбеши мүмкүн.
sync-signer-add = Жөнөтүүчүнү байланыштарыма да кошуу
sync-signer-reject = Импорттобоо
sync-signer-accept = Сөздөр дал келет: импорттоо
sync-summary-title = Импорт аяктады
sync-summary-from = Жөнөтүүчү: «{ $name }», санариптик изи
sync-summary-from-self = Ушул компьютердин өзүнөн, санариптик изи
sync-summary-added = Кошулду
sync-summary-updated = Жаңыланды
sync-summary-conflicts = Карама-каршылыктар
sync-summary-skipped = Мурунтан эле бар
sync-summary-rejected = Четке кагылды
sync-summary-attachments = { $count ->
    [one] { $count } жаңы тиркеме.
   *[other] { $count } жаңы тиркеме.
}
sync-summary-rejected-title = Четке кагылган иштер
sync-rejected-unreadable-record = иштин мазмунун бул программа окуй албайт
sync-rejected-role-may-not-add = жөнөтүүчүнүн ролу бул сактагычка иш кошо албайт
sync-rejected-role-may-not-delete = жөнөтүүчүнүн ролу иштерди өчүрө албайт
sync-rejected-role-may-not-change = жөнөтүүчүнүн ролу бул талааларды өзгөртө албайт (юрист жоопторду жана эскертмелерди гана өзгөртө алат)
sync-summary-cases-title = Бул пакеттеги бардык иштер ({ $count })
sync-summary-cases-more = …жана дагы { $count }.
sync-summary-attention-title = Текшерүү керек болгон иштер
sync-outcome-added = кошулду
sync-outcome-fast-forward = жаңыланды
sync-outcome-merged = бул жерде киргизилген өзгөрүүлөр менен бириктирилди
sync-outcome-merged-conflicts = { $count ->
    [one] бириктирилди; эки тарапта тең өзгөргөн { $count } талаа боюнча сиздин чечимиңиз керек
   *[other] бириктирилди; эки тарапта тең өзгөргөн { $count } талаа боюнча сиздин чечимиңиз керек
}
sync-outcome-edit-kept-over-delete = бир тарапта өчүрүлгөн, экинчи тарапта өзгөртүлгөн: өзгөртүлгөн иш сакталды; текшерип көрүңүз
sync-outcome-skipped = жаңы эч нерсе жок
sync-summary-conflicts-text = { $count ->
    [one] { $count } талаа бул жерде жана жөнөтүүчүдө ар башкача өзгөртүлгөн. Эч нерсе жоголгон жок: сиз чечкенге чейин эки маани тең сакталат.
   *[other] { $count } талаа бул жерде жана жөнөтүүчүдө ар башкача өзгөртүлгөн. Эч нерсе жоголгон жок: сиз чечкенге чейин эки маани тең сакталат.
}
sync-summary-resolve = Карама-каршылыктарды чечүү

# Карама-каршылыктар
sync-conflicts-title = Чечиле турган карама-каршылыктар
sync-conflicts-intro = Бир талаа эки компьютерде ар башкача өзгөртүлгөн. Иште кайсы маани каларын тандаңыз же туура маанини териңиз. Сиздин тандооңуз жаңы редакция катары кошулат; эки эски маани тең тарыхта калат.
sync-conflicts-empty = Карама-каршылыктар жок. Баары көйгөйсүз бириктирилди.
sync-conflict-whole-case = бүт иш
sync-conflict-edit-vs-delete = Бир тарап бул ишти өчүргөн, экинчиси өзгөрткөн. Сиз чечкенге чейин өзгөртүлгөн иш сакталат.
sync-conflict-choose = Маани: { $field }
sync-conflict-ours = Бул жердеги маанини калтыруу
sync-conflict-theirs = Жөнөтүүчүнүн маанисин алуу
sync-conflict-typed = Башка маани терүү
sync-conflict-typed-label = Жаңы маани: { $field }
sync-conflict-by = автору: { $author }, { $when }
sync-conflict-deleted = (иш өчүрүлгөн)
sync-conflict-edited = (өзгөртүлгөн иш)
sync-conflict-empty = (бош)
sync-conflict-yes = ооба
sync-conflict-no = жок
sync-conflict-resolve = Чечүү
sync-conflict-resolved = { $code } ишиндеги «{ $field }» чечилди.
sync-summary-stats = Статистика пакети. Кесиндилер: { $count }. Бул сактагычтагы бир да иш өзгөртүлгөн жок.
sync-summary-snapshot = { $centre } — жазуулар: { $records } — { $standing ->
    [new] жаңы борбор, эсепке алынды
    [replaced] анын эски кесиндисин алмаштырат
    [older] бар кесиндиден эски, эч нерсе өзгөргөн жок
   *[same] мурдатан бар, эч нерсе өзгөргөн жок
}
