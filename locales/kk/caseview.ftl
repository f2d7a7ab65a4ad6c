# Істі қарау (ui/src/screens/CaseView.svelte), тіркемелер, жобалар тізімі және
# пішіндерге ортақ сөздер (cw-…).

cv-new-case = Жаңа іс
cv-intake-title = Қабылдау
cv-drafts = { $count ->
    [one] Жалғастыруды күтіп тұрған бір сұхбат
   *[other] Жалғастыруды күтіп тұрған { $count } сұхбат
}
cv-draft-unnamed = (бүркеншік ат әлі жоқ)
cv-draft-stopped = «{ $step }» қадамында тоқтатылды, { $time }

cv-back = Тізімге оралу
cv-updated = Соңғы өзгеріс: { $time }, өзгерткен: { $author }
cv-sealed-notice = Бұл іс дәлел ретінде мөрленген. Әр өзгеріске себеп көрсету керек, ол іс тарихында сақталады.
cv-status-title = Мәртебесі
cv-change-status = Мәртебені өзгерту
cv-seal = Мөрлеу
cv-unseal = Мөрді алып, өзгерту
cv-seal-reason = Неліктен мөрленеді
cv-unseal-reason = Неліктен мөр алынады
cv-reason-required = Алдымен себебін көрсетіңіз.
cv-saved = Жаңа редакция ретінде сақталды.
cv-views = Істі көрсету түрлері
cv-tab-case = Іс
cv-tab-history = Тарих ({ $count })
cv-edit = Өңдеу
cv-editing = Өңделуде: { $section }
cv-reason = Өзгерту себебі (міндетті емес)
cv-reason-sealed = Мөрленген істі өзгерту себебі
cv-save = Сақтау
cv-cancel = Болдырмау
cv-edit-kept-at = Сақталмаған түзету қоймада сақтаулы: { $time }
cv-edit-not-kept-yet = Әзірге ештеңе өзгермеді
cv-resume-title = Сақталмаған түзету бар
cv-resume-text = «{ $section }» бөлімін түзету ({ $time }) редакция ретінде сақталмаған. Тексеріп, сақтау үшін оны жалғастырыңыз немесе одан бас тартыңыз.
cv-resume-changed = Бұл түзету басталғаннан кейін іс қайта сақталған. Түзетуді сақтағанда басқа бөлімдердегі сол өзгерістер сақталып қалады; ал бұл бөлім түзетудегі күйінде сақталады.
cv-resume-yes = Түзетуді жалғастыру
cv-resume-discard = Түзетуден бас тарту
cv-resume-discarded = Сақталмаған түзету жойылды.
cv-nothing-recorded = Ештеңе жазылмаған.
cv-identity-recorded = жазылған (мұнда көрсетілмейді)
cv-revoked = кері қайтарылды: { $date }
cv-deadline = мерзімі: { $date }
cv-due = орындау мерзімі: { $date }
cv-overdue = мерзімі өтті
cv-done = орындалды: { $date }
cv-done-short = орындалды
cv-due-title = Кейінгі қадамдар мен мерзімдер
cv-complaint-deadline = Шағым мерзімі: { $body }

cv-kind-create = Жасалды
cv-kind-edit = Өзгертілді
cv-kind-delete = Жойылды
cv-kind-merge = Біріктірілді
cv-by = авторы: { $author }
cv-reason-was = Себебі: { $reason }
cv-changes = Өзгертілген өрістер
cv-field = Өріс
cv-before = Бұрын
cv-after = Кейін
cv-created-with = { $count ->
    [one] Бір өріспен жасалды.
   *[other] { $count } өріспен жасалды.
}

cv-attachments = Тіркемелер
cv-attachments-empty = Әзірге файл тіркелмеген.
cv-attach-choose = Файл қосу…
cv-attach-drop = немесе файлдарды осы терезеге сүйреп әкеліңіз.
cv-attaching = Файл қоймаға қосылуда…
cv-attachment-added = «{ $name }» қосылды.
cv-sha256 = SHA-256
cv-received = Алынған
cv-captured = Түсірілген
cv-description = Сипаттама
cv-view = Көрсету
cv-close = Жабу
cv-export = Көшірмесін экспорттау…
cv-exported = Көшірме сақталды. Ол шифрланбаған: оны қауіпсіз жерде сақтаңыз.
cv-image-of = Тіркелген сурет: { $name }

cw-yes = Иә
cw-no = Жоқ
cw-not-recorded = — жазылмаған —
cw-other-note = Нақтылаңыз
cw-remove = Алып тастау
cw-country = Ел
cw-region = Өңір
cw-settlement = Қала немесе ауыл
cw-place = Орын
cw-eeca = Шығыс Еуропа және Орталық Азия
cw-other-countries = Басқа елдер
cw-date-precision = Дәлдігі
cw-date-value = Күні
cw-date-from = Басы
cw-date-to = Соңы
cw-date-shape-exact = ЖЖЖЖ-АА-КК
cw-date-shape-month = ЖЖЖЖ-АА
cw-date-shape-year = ЖЖЖЖ
cw-date-hint = Былай жазыңыз: { $shape }.
cw-bytes = { $n } байт
cw-kib = { $n } КБ
cw-mib = { $n } МБ
