## Пакеттер: компьютерлердин ортосунда кол менен шайкештирүү, байланыштар, карама-каршылыктар.

# Сактагычтын шайкештирүү бөлүгүнүн каталары.
sync-error-revision-id-mismatch = { $revision } редакциясы өз мазмунуна дал келбейт. Пакет өзгөртүлгөн же бузулган; эч нерсе импорттолгон жок.
sync-error-revision-case-mismatch = { $revision } редакциясы башка ишке таандык. Эч нерсе импорттолгон жок.
sync-error-missing-parent = { $revision } редакциясына мурунку редакция ({ $parent }) керек, бирок ал пакетте да, бул сактагычта да жок. Эч нерсе импорттолгон жок.
sync-error-malformed-revision = { $revision } редакциясы туура эмес түзүлгөн. Эч нерсе импорттолгон жок.
sync-error-unknown-head = { $case } ишинин акыркы версиясы ({ $revision }) пакетте жок. Эч нерсе импорттолгон жок.
sync-error-blob-hash-mismatch = { $sha256 } тиркемеси өз санариптик изине дал келбейт. Эч нерсе импорттолгон жок.
sync-error-blob-size-mismatch = { $sha256 } тиркемесинин көлөмү { $declared } байт болушу керек эле, бирок { $actual } байт. Эч нерсе импорттолгон жок.
sync-error-contact-exists = «{ $name }» деген же ошол эле ачкычтары бар байланыш мурунтан эле бар.
sync-error-contact-name-empty = Байланыштын аты болушу керек.
sync-error-contact-not-found = «{ $name }» деген байланыш жок.
sync-error-invalid-role = «{ $role }» роль эмес. own-device, centre-hub, lawyer же network колдонуңуз.
sync-error-conflict-not-found = { $case } ишинде «{ $path }» талаасында ачык карама-каршылык жок.
sync-error-bad-content = { $case } ишинин мазмунун окуу мүмкүн эмес.
sync-error-fingerprint-needed = Өз түзмөктөр жана борбор толук жазууларды алышат. Бул ролду берүү үчүн байланышыңыз сизге окуп берген санариптик изинин алты сөзүн териңиз.
sync-error-fingerprint-mismatch = Сиз терген сөздөр бул байланыштын санариптик изи эмес. Аларды байланышыңыз менен телефон аркылуу же жүзмө-жүз кайра салыштырыңыз.
sync-error-not-permitted = { $case } иши: бул ролдогу жөнөтүүчү { $change ->
    [role-may-not-add] иш коша албайт
    [role-may-not-delete] иштерди өчүрө албайт
   *[other] бул талааларды өзгөртө албайт
  }.

# Пакеттердин каталары.
bundle-error-not-for-us = Бул пакет башка бирөө үчүн түзүлгөн. Аны бул түзмөктүн ачкычы менен ачууга болбойт.
bundle-error-wrong-passphrase = Сырсөз бул пакетти ачпайт. Эч нерсе импорттолгон жок.
bundle-error-passphrase-needed = Бул пакет сырсөз менен корголгон. Импорттоо үчүн аны киргизиңиз.
bundle-error-work-factor-too-high = Бул пакетти ачуу үчүн өтө көп эсептөө талап кылынат (2^{ $required }; эң көп дегенде 2^{ $max } кабыл алынат). Ал ачып көрүлбөстөн четке кагылды.
bundle-error-not-a-bundle = Бул файл Casebook пакети эмес.
bundle-error-damaged = Пакет бузулган же толук эмес (көчүрүү үзгүлтүккө учураган болушу мүмкүн). Эч нерсе импорттолгон жок; аны кайра көчүрүңүз.
bundle-error-unsupported-version = Бул пакет { $version } формат версиясын колдонот, аны бул программа билбейт. Программаны жаңылаңыз.
bundle-error-bad-signature = Пакеттин колтамгасы анын мазмунуна дал келбейт. Ал бирөө тарабынан өзгөртүлгөн болушу мүмкүн; эч нерсе импорттолгон жок.
bundle-error-unknown-signer = Пакетке сиз кошпогон түзмөк кол койгон: «{ $name }», санариптик изи { $fingerprint }. Импорттоодон мурун санариптик изин жөнөтүүчү менен (телефон аркылуу) салыштырыңыз.
bundle-error-unsafe-path = Пакетте кооптуу же күтүлбөгөн файл аты бар: { $path }. Эч нерсе импорттолгон жок.
bundle-error-unlisted-entry = Пакетте { $path } бар, бирок кол коюлган тизмеде ал айтылган эмес. Эч нерсе импорттолгон жок.
bundle-error-missing-entry = Пакетте { $path } жок, бирок кол коюлган тизмеде ал айтылган. Эч нерсе импорттолгон жок.
bundle-error-size-mismatch = { $path } көлөмү көрсөтүлгөн { $declared } байттын ордуна { $actual } байт. Эч нерсе импорттолгон жок.
bundle-error-hash-mismatch = { $path } кол коюлган тизмедеги өз санариптик изине дал келбейт. Эч нерсе импорттолгон жок.
bundle-error-uncited-attachment = { $path } — пакеттеги бир да иш шилтеме кылбаган тиркеме. Эч нерсе импорттолгон жок.
bundle-error-too-large = { $path } уруксат берилгенден чоң ({ $limit } байт). Эч нерсе импорттолгон жок.
bundle-error-bad-case-file = Пакеттеги { $path } файлын иш катары окуу мүмкүн эмес. Эч нерсе импорттолгон жок.
bundle-error-bad-manifest = Пакеттин мазмун тизмеси туура эмес түзүлгөн: { $problem ->
    [not-json] аны окуу мүмкүн эмес.
    [attachment-hash] тиркеменин аты анын мазмунуна дал келбейт.
    [entry-twice] бир файл тизмеде эки жолу көрсөтүлгөн.
    [case-without-entry] иш өз файлысыз тизмеге кирген.
    [entry-without-case] иш файлы иштердин тизмесинде жок.
    [case-differs] иш файлы тизмеде ал тууралуу айтылганга дал келбейт.
    [snapshot-differs] статистика файлы тизмеде ал жөнүндө айтылганга дал келбейт.
    [mixed-kind] анда башка түрдөгү пакеттин файлдары бар.
   *[other] аны колдонууга болбойт.
}
bundle-error-bad-card = Байланыш карточкасын окуу мүмкүн эмес: { $problem ->
    [header] карточканын биринчи сабы жок.
    [age-key] анын шифрлөө ачкычы жок же бузулган.
    [sign-key] анын кол коюу ачкычы жок же бузулган.
    [file] файлды ачуу мүмкүн эмес.
    [too-large] файл байланыш карточкасы болуу үчүн өтө чоң.
    [not-text] файл текст эмес.
   *[other] ал бузулган.
}
bundle-error-card-fingerprint-mismatch = Байланыш карточкасынын санариптик изи анын ачкычтарына дал келбейт. Бул карточканы колдонбоңуз; аны кайра сураңыз.
bundle-error-no-recipients = Кеминде бир байланышты же сырсөздү тандаңыз.
bundle-error-since-last-needs-contact = «Акыркы экспорттон бери өзгөргөндөр» байланыштарга экспорттогондо гана иштейт.
bundle-error-nothing-to-export = Бул пакетке бир да иш кире албайт.
bundle-error-passphrase-too-short = Пакеттин сырсөзүндө { $min ->
        [one] кеминде { $min } белги
       *[other] кеминде { $min } белги
    } же үч жана андан көп тамгадан турган кеминде { $words } сөз болушу керек.
bundle-error-write = Пакетти жазуу мүмкүн болгон жок: { $detail }. Эч кандай файл калган жок.

# Иш эмне үчүн пакетке кирбей калды.
bundle-refused-consent = { $role } ролу үчүн «{ $destination }» макулдугу керек (азыркы абалы: { $state })
bundle-refused-role = { $role } ролу иштердин жазууларын албайт, инсандыгы аныкталбаган статистиканы гана алат
bundle-refused-unreadable = ишти окуу мүмкүн эмес

# Буйрук сабы.
sync-cli-prompt-bundle-passphrase = Пакеттин сырсөзү
sync-cli-contact-added = { $name } ({ $role }) кошулду. Санариптик изи: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Азырынча байланыштар жок.
sync-cli-export-done = Пакет жазылды: { $path }; иштер: { $cases }, тиркемелер: { $attachments }.
sync-cli-export-nothing = Бул алуучуларга бир да иш жөнөтүлө албайт; эч кандай файл жазылган жок.
sync-cli-export-plan = { $cases } иш жана { $attachments } тиркеме экспорттолмок; { $refused } иш жөнөтүлө албайт. Эч нерсе жазылган жок.
sync-cli-export-refused = { $code }: экспорттолгон жок, { $reason }.
sync-cli-import-summary = Жөнөтүүчү: { $signer } ({ $fingerprint }, { $role } ролунун укуктары менен): кошулду { $added }, жаңыланды { $updated }, карама-каршылыктар { $conflicts }, өткөрүлүп жиберилди { $skipped }, четке кагылды { $rejected }.
sync-cli-import-rejected = { $case }: четке кагылды ({ $reason }).
sync-cli-trust-hint = Эгер бул санариптик из жөнөтүүчү сизге окуп бергенге дал келсе, --trust "{ $fingerprint }" жана --role менен кайра импорттоңуз (демейки боюнча network: ал жөнөткөн эч нерсе ишти өзгөртпөйт).
sync-cli-conflicts-none = Ачык карама-каршылыктар жок.
sync-cli-conflict-line = { $code } { $path }: биздеги { $ours } ({ $ours_author }, { $ours_at }); алардыкы { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = { $code } ишиндеги «{ $path }» чечилди.
sync-cli-deleted-value = (өчүрүлгөн)
sync-cli-export-stats-done = Статистика пакети жазылды: { $path } (борборлор: { $centres }, жазуулар: { $records }).
sync-cli-import-snapshot = { $centre }, № { $seq } кесинди, жазуулар: { $records }: { $standing ->
    [new] жаңы борбор, эсепке алынды.
    [replaced] анын эски кесиндисин алмаштырат.
    [older] бар кесиндиден эски; эч нерсе өзгөргөн жок.
   *[same] мурдатан бар; эч нерсе өзгөргөн жок.
}
sync-cli-import-stats-summary = { $signer } жиберген статистика ({ $fingerprint }), кесиндилер: { $centres }. Бир да иш өзгөртүлгөн жок.
bundle-error-not-outreach = Бул сактагыч аутрич ишине ылайыкталган эмес: анда чыгуучу куту жок.
bundle-error-not-a-receipt = Бул файл ушул ноутбуктун борборунан келген дүмүрчөк эмес же өзгөртүлгөн. Эч нерсе ырасталган жок.
