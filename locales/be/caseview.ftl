# Прагляд справы (ui/src/screens/CaseView.svelte), далучэнні, спіс чарнавікоў і словы,
# агульныя для формаў (cw-…).

cv-new-case = Новая справа
cv-intake-title = Прыём
cv-drafts = { $count ->
    [one] { $count } незавершаная размова
    [few] { $count } незавершаныя размовы
    [many] { $count } незавершаных размоў
   *[other] { $count } незавершанай размовы
}
cv-draft-unnamed = (псеўданіма пакуль няма)
cv-draft-stopped = спынена на кроку «{ $step }», { $time }

cv-back = Да спісу спраў
cv-updated = Апошняя змена: { $time }, аўтар: { $author }
cv-sealed-notice = Гэтая справа апячатаная як доказ. Кожная змена патрабуе прычыны, якая захоўваецца ў яе гісторыі.
cv-status-title = Статус
cv-change-status = Змяніць статус
cv-seal = Апячатаць
cv-unseal = Зняць пячатку і змяніць
cv-seal-reason = Чаму справа апячатваецца
cv-unseal-reason = Чаму пячатка здымаецца
cv-reason-required = Спачатку ўкажыце прычыну.
cv-saved = Захавана як новая рэдакцыя.
cv-views = Прагляд справы
cv-tab-case = Справа
cv-tab-history = Гісторыя ({ $count })
cv-edit = Рэдагаваць
cv-editing = Рэдагаванне: { $section }
cv-reason = Прычына змены (неабавязкова)
cv-reason-sealed = Прычына змены апячатанай справы
cv-save = Захаваць
cv-cancel = Скасаваць
cv-edit-kept-at = Незавершаная праўка зберагаецца ў сховішчы: { $time }
cv-edit-not-kept-yet = Пакуль нічога не зменена
cv-resume-title = Ёсць незахаваная праўка
cv-resume-text = Праўка раздзела «{ $section }» ад { $time } не была захавана як рэдакцыя. Працягніце яе, каб праверыць і захаваць, або адкіньце.
cv-resume-changed = Пасля пачатку гэтай праўкі справу захоўвалі яшчэ раз. Калі захаваць праўку, тыя змены ва ўсіх іншых раздзелах застануцца; гэты раздзел будзе захаваны такім, які ён у праўцы.
cv-resume-yes = Працягнуць праўку
cv-resume-discard = Адкінуць праўку
cv-resume-discarded = Незахаваная праўка адкінута.
cv-nothing-recorded = Нічога не запісана.
cv-identity-recorded = запісана (тут не паказваецца)
cv-revoked = адклікана { $date }
cv-deadline = тэрмін { $date }
cv-due = да { $date }
cv-overdue = пратэрмінавана
cv-done = выканана { $date }
cv-done-short = выканана
cv-due-title = Далейшыя крокі і тэрміны
cv-complaint-deadline = Тэрмін па скарзе: { $body }

cv-kind-create = Створана
cv-kind-edit = Зменена
cv-kind-delete = Выдалена
cv-kind-merge = Абʼяднана
cv-by = аўтар: { $author }
cv-reason-was = Прычына: { $reason }
cv-changes = Змененыя палі
cv-field = Поле
cv-before = Было
cv-after = Стала
cv-created-with = { $count ->
    [one] Створана з { $count } полем.
    [few] Створана з { $count } палямі.
    [many] Створана з { $count } палямі.
   *[other] Створана з { $count } палямі.
}

cv-attachments = Далучэнні
cv-attachments-empty = Далучаных файлаў пакуль няма.
cv-attach-choose = Дадаць файл…
cv-attach-drop = або перацягніце файлы ў гэтае акно.
cv-attaching = Файл дадаецца ў сховішча…
cv-attachment-added = «{ $name }» дададзены.
cv-sha256 = SHA-256
cv-received = Атрымана
cv-captured = Знята
cv-description = Апісанне
cv-view = Паказаць
cv-close = Закрыць
cv-export = Экспартаваць копію…
cv-exported = Копія захавана. Яна не зашыфраваная: захоўвайце яе ў бяспечным месцы.
cv-image-of = Далучаная выява { $name }

cw-yes = Так
cw-no = Не
cw-not-recorded = — не запісана —
cw-other-note = Што менавіта
cw-remove = Выдаліць
cw-country = Краіна
cw-region = Рэгіён
cw-settlement = Горад або вёска
cw-place = Месца
cw-eeca = Усходняя Еўропа і Цэнтральная Азія
cw-other-countries = Іншыя краіны
cw-date-precision = Дакладнасць
cw-date-value = Дата
cw-date-from = З
cw-date-to = Па
cw-date-shape-exact = ГГГГ-ММ-ДД
cw-date-shape-month = ГГГГ-ММ
cw-date-shape-year = ГГГГ
cw-date-hint = Пішыце ў фармаце { $shape }.
cw-bytes = { $n } Б
cw-kib = { $n } КБ
cw-mib = { $n } МБ
