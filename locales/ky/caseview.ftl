# Иштин көрүнүшү (ui/src/screens/CaseView.svelte), тиркемелер, долбоорлордун тизмеси жана
# формаларга жалпы сөздөр (cw-…).

cv-new-case = Жаңы иш
cv-intake-title = Кабыл алуу
cv-drafts = { $count ->
    [one] Улантыла турган бир маек
   *[other] Улантыла турган { $count } маек
}
cv-draft-unnamed = (азырынча псевдоним жок)
cv-draft-stopped = «{ $step }» кадамында токтогон, { $time }

cv-back = Тизмеге кайтуу
cv-updated = Акыркы өзгөртүү: { $time }, { $author }
cv-sealed-notice = Бул ишке далил катары мөөр басылган. Ар бир өзгөртүү үчүн себеп керек, ал иштин тарыхында сакталат.
cv-status-title = Абалы
cv-change-status = Абалын өзгөртүү
cv-seal = Мөөр басуу
cv-unseal = Мөөрдү алып, өзгөртүү
cv-seal-reason = Эмне үчүн мөөр басылды
cv-unseal-reason = Эмне үчүн мөөр алынды
cv-reason-required = Адегенде себебин жазыңыз.
cv-saved = Жаңы редакция катары сакталды.
cv-views = Иштин көрүнүштөрү
cv-tab-case = Иш
cv-tab-history = Тарых ({ $count })
cv-edit = Өзгөртүү
cv-editing = Өзгөртүлүүдө: { $section }
cv-reason = Өзгөртүүнүн себеби (милдеттүү эмес)
cv-reason-sealed = Мөөр басылган ишти өзгөртүүнүн себеби
cv-save = Сактоо
cv-cancel = Жокко чыгаруу
cv-edit-kept-at = Бүтө элек өзгөртүү сактагычта { $time } калтырылды
cv-edit-not-kept-yet = Азырынча эч нерсе өзгөргөн жок
cv-resume-title = Сакталбаган өзгөртүү калтырылган
cv-resume-text = «{ $section }» бөлүмүндөгү { $time } башталган өзгөртүү редакция катары сакталган эмес. Аны текшерип сактоо үчүн улантыңыз же жокко чыгарыңыз.
cv-resume-changed = Бул өзгөртүү башталгандан кийин иш кайра сакталган. Өзгөртүүнү сактасаңыз, ошол өзгөрүүлөр калган бардык бөлүмдөрдө сакталат; бул бөлүм өзгөртүүдөгүдөй болуп сакталат.
cv-resume-yes = Өзгөртүүнү улантуу
cv-resume-discard = Өзгөртүүнү жокко чыгаруу
cv-resume-discarded = Сакталбаган өзгөртүү жокко чыгарылды.
cv-nothing-recorded = Эч нерсе жазылган жок.
cv-identity-recorded = жазылган (бул жерде көрсөтүлбөйт)
cv-revoked = { $date } кайтарылып алынган
cv-deadline = мөөнөтү { $date }
cv-due = аткаруу мөөнөтү { $date }
cv-overdue = мөөнөтү өтүп кеткен
cv-done = { $date } аткарылды
cv-done-short = аткарылды
cv-due-title = Кийинки кадамдар жана мөөнөттөр
cv-complaint-deadline = Даттануунун мөөнөтү: { $body }

cv-kind-create = Түзүлдү
cv-kind-edit = Өзгөртүлдү
cv-kind-delete = Өчүрүлдү
cv-kind-merge = Бириктирилди
cv-by = автору: { $author }
cv-reason-was = Себеби: { $reason }
cv-changes = Өзгөргөн талаалар
cv-field = Талаа
cv-before = Мурун
cv-after = Кийин
cv-created-with = { $count ->
    [one] Бир талаа менен түзүлдү.
   *[other] { $count } талаа менен түзүлдү.
}

cv-attachments = Тиркемелер
cv-attachments-empty = Азырынча бир да файл тиркелген жок.
cv-attach-choose = Файл кошуу…
cv-attach-drop = же файлдарды ушул терезеге сүйрөп таштаңыз.
cv-attaching = Файл сактагычка кошулууда…
cv-attachment-added = «{ $name }» кошулду.
cv-sha256 = SHA-256
cv-received = Алынган
cv-captured = Тартылган
cv-description = Сүрөттөмө
cv-view = Көрсөтүү
cv-close = Жабуу
cv-export = Көчүрмөсүн экспорттоо…
cv-exported = Көчүрмө сакталды. Ал шифрленген эмес: аны коопсуз жерде сактаңыз.
cv-image-of = Тиркелген сүрөт: { $name }

cw-yes = Ооба
cw-no = Жок
cw-not-recorded = — жазылган эмес —
cw-other-note = Эмне экенин жазыңыз
cw-remove = Алып салуу
cw-country = Өлкө
cw-region = Аймак
cw-settlement = Шаар же айыл
cw-place = Жер
cw-eeca = Чыгыш Европа жана Борбордук Азия
cw-other-countries = Башка өлкөлөр
cw-date-precision = Тактыгы
cw-date-value = Дата
cw-date-from = Баштап
cw-date-to = Чейин
cw-date-shape-exact = ЖЖЖЖ-АА-КК
cw-date-shape-month = ЖЖЖЖ-АА
cw-date-shape-year = ЖЖЖЖ
cw-date-hint = { $shape } түрүндө жазыңыз.
cw-bytes = { $n } байт
cw-kib = { $n } КБ
cw-mib = { $n } МБ
