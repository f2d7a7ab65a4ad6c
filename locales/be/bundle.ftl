## Пакеты: сінхранізацыя ўручную паміж кампʼютарамі, кантакты, канфлікты.

# Памылкі сінхранізацыі ў сховішчы.
sync-error-revision-id-mismatch = Рэдакцыя { $revision } не адпавядае свайму зместу. Пакет быў зменены або пашкоджаны; нічога не імпартавана.
sync-error-revision-case-mismatch = Рэдакцыя { $revision } належыць іншай справе. Нічога не імпартавана.
sync-error-missing-parent = Рэдакцыі { $revision } патрэбна папярэдняя рэдакцыя ({ $parent }), якой няма ні ў пакеце, ні ў гэтым сховішчы. Нічога не імпартавана.
sync-error-malformed-revision = Рэдакцыя { $revision } мае няправільную структуру. Нічога не імпартавана.
sync-error-unknown-head = У пакеце няма апошняй версіі справы { $case } ({ $revision }). Нічога не імпартавана.
sync-error-blob-hash-mismatch = Далучэнне { $sha256 } не адпавядае свайму адбітку. Нічога не імпартавана.
sync-error-blob-size-mismatch = Памер далучэння { $sha256 } — { $actual } Б замест заяўленых { $declared } Б. Нічога не імпартавана.
sync-error-contact-exists = Кантакт з імем «{ $name }» або з такімі самымі ключамі ўжо ёсць.
sync-error-contact-name-empty = Кантакту патрэбна імя.
sync-error-contact-not-found = Няма кантакту з імем «{ $name }».
sync-error-invalid-role = «{ $role }» — гэта не роля. Выкарыстоўвайце own-device, centre-hub, lawyer або network.
sync-error-conflict-not-found = У справе { $case } няма адкрытага канфлікту ў полі «{ $path }».
sync-error-bad-content = Змест справы { $case } немагчыма прачытаць.
sync-error-fingerprint-needed = Уласныя прылады і цэнтр атрымліваюць поўныя запісы. Каб даць гэтую ролю, увядзіце шэсць слоў адбітка, якія вам зачытае ваш кантакт.
sync-error-fingerprint-mismatch = Уведзеныя словы не супадаюць з адбіткам гэтага кантакту. Звярыце іх з кантактам яшчэ раз — па тэлефоне або асабіста.
sync-error-not-permitted = Справа { $case }: адпраўнік з такой роляй не можа { $change ->
    [role-may-not-add] дадаваць справы
    [role-may-not-delete] выдаляць справы
   *[other] змяняць гэтыя палі
  }.

# Памылкі пакетаў.
bundle-error-not-for-us = Гэты пакет зроблены для кагосьці іншага. Яго немагчыма адкрыць ключом гэтай прылады.
bundle-error-wrong-passphrase = Гэтая парольная фраза не адкрывае пакет. Нічога не імпартавана.
bundle-error-passphrase-needed = Пакет абаронены парольнай фразай. Увядзіце яе, каб імпартаваць.
bundle-error-work-factor-too-high = Каб адкрыць гэты пакет, патрэбна занадта шмат вылічэнняў (2^{ $required }; дапушчальна не больш за 2^{ $max }). Пакет адхілены без спробы адкрыць.
bundle-error-not-a-bundle = Гэты файл не зʼяўляецца пакетам Casebook.
bundle-error-damaged = Пакет пашкоджаны або няпоўны (магчыма, капіяванне перарвалася). Нічога не імпартавана; скапіюйце яго яшчэ раз.
bundle-error-unsupported-version = Пакет мае версію фармату { $version }, невядомую гэтай праграме. Абнавіце праграму.
bundle-error-bad-signature = Подпіс пакета не адпавядае яго зместу. Магчыма, пакет падрабілі; нічога не імпартавана.
bundle-error-unknown-signer = Пакет падпісаны прыладай, якую вы не дадавалі: «{ $name }», адбітак { $fingerprint }. Перад імпартам звярыце адбітак з адпраўніком (па тэлефоне).
bundle-error-unsafe-path = У пакеце ёсць небяспечная або нечаканая назва файла: { $path }. Нічога не імпартавана.
bundle-error-unlisted-entry = У пакеце ёсць файл { $path }, якога няма ў яго падпісаным спісе. Нічога не імпартавана.
bundle-error-missing-entry = У пакеце няма файла { $path }, які названы ў яго падпісаным спісе. Нічога не імпартавана.
bundle-error-size-mismatch = Памер файла { $path } — { $actual } Б замест заяўленых { $declared } Б. Нічога не імпартавана.
bundle-error-hash-mismatch = Файл { $path } не адпавядае свайму адбітку ў падпісаным спісе. Нічога не імпартавана.
bundle-error-uncited-attachment = Файл { $path } — далучэнне, на якое не спасылаецца ніводная справа ў пакеце. Нічога не імпартавана.
bundle-error-too-large = Файл { $path } большы за дапушчальны памер ({ $limit } Б). Нічога не імпартавана.
bundle-error-bad-case-file = Файл { $path } з пакета немагчыма прачытаць як справу. Нічога не імпартавана.
bundle-error-bad-manifest = Спіс змесціва пакета няправільны: { $problem ->
    [not-json] яго немагчыма прачытаць.
    [attachment-hash] назва далучэння не адпавядае яго змесціву.
    [entry-twice] адзін файл пералічаны двойчы.
    [case-without-entry] справа пералічана без свайго файла.
    [entry-without-case] файла справы няма ў спісе спраў.
    [case-differs] файл справы не адпавядае таму, што пра яго сказана ў спісе.
    [snapshot-differs] файл статыстыкі не адпавядае таму, што пра яго сказана ў спісе.
    [mixed-kind] у ім ёсць файлы пакета іншага віду.
   *[other] ім немагчыма карыстацца.
}
bundle-error-bad-card = Картку кантакту немагчыма прачытаць: { $problem ->
    [header] няма першага радка карткі.
    [age-key] ключ шыфравання адсутнічае або пашкоджаны.
    [sign-key] ключ подпісу адсутнічае або пашкоджаны.
    [file] файл не адкрываецца.
    [too-large] файл занадта вялікі для карткі кантакту.
    [not-text] файл не тэкставы.
   *[other] картка пашкоджаная.
}
bundle-error-card-fingerprint-mismatch = Адбітак карткі кантакту не адпавядае яе ключам. Не карыстайцеся гэтай карткай; папрасіце яе яшчэ раз.
bundle-error-no-recipients = Выберыце хаця б адзін кантакт або парольную фразу.
bundle-error-since-last-needs-contact = «Змененыя пасля апошняга экспарту» працуе толькі пры экспарце для кантактаў.
bundle-error-nothing-to-export = Ніводная справа не можа трапіць у гэты пакет.
bundle-error-passphrase-too-short = Парольная фраза пакета павінна мець { $min ->
        [one] не менш за { $min } сімвал
        [few] не менш за { $min } сімвалы
        [many] не менш за { $min } сімвалаў
       *[other] не менш за { $min } сімвала
    } або не менш за { $words ->
        [one] { $words } слова
        [few] { $words } словы
        [many] { $words } слоў
       *[other] { $words } слова
    } з трох і больш літар.
bundle-error-write = Не ўдалося запісаць пакет: { $detail }. Ніякага файла не засталося.

# Чаму справа не трапіла ў пакет.
bundle-refused-consent = для ролі { $role } патрэбна згода «{ $destination }» (стан: { $state })
bundle-refused-role = роля { $role } не атрымлівае запісаў спраў, толькі абязлічаную статыстыку
bundle-refused-unreadable = справу немагчыма прачытаць

# Камандны радок.
sync-cli-prompt-bundle-passphrase = Парольная фраза пакета
sync-cli-contact-added = Дададзены кантакт { $name } ({ $role }). Адбітак: { $fingerprint }
sync-cli-contact-line = { $name } · { $role } · { $fingerprint }
sync-cli-contacts-none = Кантактаў пакуль няма.
sync-cli-export-done = Пакет запісаны ў { $path }: спраў — { $cases }, далучэнняў — { $attachments }.
sync-cli-export-nothing = Ніводная справа не можа быць адпраўлена гэтым атрымальнікам; файл не запісаны.
sync-cli-export-plan = Было б экспартавана: спраў — { $cases }, далучэнняў — { $attachments }; не могуць быць адпраўлены: { $refused }. Нічога не запісана.
sync-cli-export-refused = { $code }: не экспартавана, { $reason }.
sync-cli-import-summary = Ад { $signer } ({ $fingerprint }, з правамі ролі { $role }): дададзена — { $added }, абноўлена — { $updated }, канфліктаў — { $conflicts }, прапушчана — { $skipped }, адхілена — { $rejected }.
sync-cli-import-rejected = { $case }: адхілена ({ $reason }).
sync-cli-trust-hint = Калі гэты адбітак супадае з тым, што вам зачытаў адпраўнік, імпартуйце яшчэ раз з --trust "{ $fingerprint }" і --role (па змаўчанні network: нішто з дасланага гэтым кантактам не змяняе справы).
sync-cli-conflicts-none = Адкрытых канфліктаў няма.
sync-cli-conflict-line = { $code } { $path }: нашае { $ours } ({ $ours_author }, { $ours_at }); іхняе { $theirs } ({ $theirs_author }, { $theirs_at })
sync-cli-resolved = Канфлікт «{ $path }» у { $code } вырашаны.
sync-cli-deleted-value = (выдалена)
sync-cli-export-stats-done = Пакет статыстыкі запісаны: { $path } (цэнтраў: { $centres }, запісаў: { $records }).
sync-cli-import-snapshot = { $centre }, зрэз № { $seq }, запісаў: { $records }: { $standing ->
    [new] новы цэнтр, улічаны.
    [replaced] замяняе яго старэйшы зрэз.
    [older] старэйшы за наяўны; нічога не змянілася.
   *[same] ужо ёсць; нічога не змянілася.
}
sync-cli-import-stats-summary = Статыстыка ад { $signer } ({ $fingerprint }), зрэзаў: { $centres }. Ніводная справа не закранута.
bundle-error-not-outreach = Гэтае сховішча не наладжана для аўтрыч-працы: у яго няма зыходных.
bundle-error-not-a-receipt = Гэты файл — не квітанцыя ад цэнтра гэтага ноўтбука, або яго змянілі. Нічога не пацверджана.
