# Саҳифаи парванда (ui/src/screens/CaseView.svelte), замимаҳо, рӯйхати сиёҳнависҳо ва
# калимаҳои умумии шаклҳо (cw-…).

cv-new-case = Парвандаи нав
cv-intake-title = Қабул
cv-drafts = { $count ->
    [1] Як суҳбат интизори давом аст
   *[other] { $count } суҳбат интизори давом аст
}
cv-draft-unnamed = (ҳанӯз тахаллус нест)
cv-draft-stopped = дар қадами «{ $step }» қатъ шуд, { $time }

cv-back = Бозгашт ба рӯйхат
cv-updated = Охирин тағйир: { $time }, муаллиф: { $author }
cv-sealed-notice = Ин парванда ҳамчун далел мӯҳр зада шудааст. Ҳар тағйир сабабро талаб мекунад, ки дар таърихи парванда нигоҳ дошта мешавад.
cv-status-title = Вазъ
cv-change-status = Тағйир додани вазъ
cv-seal = Мӯҳр задан
cv-unseal = Мӯҳрро бардоштан ва тағйир додан
cv-seal-reason = Чаро мӯҳр зада мешавад
cv-unseal-reason = Чаро мӯҳр бардошта мешавад
cv-reason-required = Аввал сабабро нависед.
cv-saved = Ҳамчун таҳрири нав нигоҳ дошта шуд.
cv-views = Қисмҳои парванда
cv-tab-case = Парванда
cv-tab-history = Таърих ({ $count })
cv-edit = Тағйир додан
cv-editing = Тағйирдиҳӣ: { $section }
cv-reason = Сабаби тағйир (ихтиёрӣ)
cv-reason-sealed = Сабаби тағйир додани парвандаи мӯҳршуда
cv-save = Нигоҳ доштан
cv-cancel = Бекор кардан
cv-edit-kept-at = Тағйири нигоҳ доштанашуда соати { $time } дар махзан сабт шуд
cv-edit-not-kept-yet = Ҳанӯз ҳеҷ чиз тағйир наёфтааст
cv-resume-title = Тағйири нигоҳ доштанашуда боқӣ мондааст
cv-resume-text = Тағйири қисми «{ $section }» аз { $time } ҳамчун таҳрир нигоҳ дошта нашудааст. Барои тафтиш ва нигоҳ доштан онро давом диҳед ё аз он даст кашед.
cv-resume-changed = Пас аз оғози ин тағйир парванда боз нигоҳ дошта шуд. Агар тағйирро нигоҳ доред, он тағйирот дар ҳамаи қисмҳои дигар мемонанд; ин қисм ҳамон тавре нигоҳ дошта мешавад, ки дар тағйир аст.
cv-resume-yes = Давом додани тағйир
cv-resume-discard = Даст кашидан аз тағйир
cv-resume-discarded = Тағйири нигоҳ доштанашуда нест карда шуд.
cv-nothing-recorded = Ҳеҷ чиз сабт нашудааст.
cv-identity-recorded = сабт шудааст (дар ин ҷо нишон дода намешавад)
cv-revoked = { $date } бозпас гирифта шуд
cv-deadline = мӯҳлат { $date }
cv-due = то { $date }
cv-overdue = мӯҳлаташ гузашт
cv-done = { $date } иҷро шуд
cv-done-short = иҷро шуд
cv-due-title = Қадамҳои минбаъда ва мӯҳлатҳо
cv-complaint-deadline = Мӯҳлати шикоят: { $body }

cv-kind-create = Сохта шуд
cv-kind-edit = Тағйир ёфт
cv-kind-delete = Нест карда шуд
cv-kind-merge = Муттаҳид карда шуд
cv-by = муаллиф: { $author }
cv-reason-was = Сабаб: { $reason }
cv-changes = Майдонҳои тағйирёфта
cv-field = Майдон
cv-before = Пеш аз он
cv-after = Баъд аз он
cv-created-with = { $count ->
    [1] Бо як майдон сохта шуд.
   *[other] Бо { $count } майдон сохта шуд.
}

cv-attachments = Замимаҳо
cv-attachments-empty = Ҳанӯз ягон файл замима нашудааст.
cv-attach-choose = Илова кардани файл…
cv-attach-drop = ё файлҳоро ба ин равзана кашида оред.
cv-attaching = Файл ба махзан илова мешавад…
cv-attachment-added = «{ $name }» илова шуд.
cv-sha256 = SHA-256
cv-received = Қабул шуд
cv-captured = Гирифта шуд
cv-description = Тавсиф
cv-view = Нишон додан
cv-close = Пӯшидан
cv-export = Нигоҳ доштани нусха…
cv-exported = Нусха нигоҳ дошта шуд. Он рамзгузорӣ нашудааст: онро дар ҷои бехатар нигоҳ доред.
cv-image-of = Тасвири замимашуда { $name }

cw-yes = Ҳа
cw-no = Не
cw-not-recorded = — нишон дода нашудааст —
cw-other-note = Маҳз чӣ
cw-remove = Нест кардан
cw-country = Кишвар
cw-region = Минтақа
cw-settlement = Шаҳр ё деҳа
cw-place = Ҷой
cw-eeca = Аврупои Шарқӣ ва Осиёи Марказӣ
cw-other-countries = Кишварҳои дигар
cw-date-precision = Дақиқӣ
cw-date-value = Сана
cw-date-from = Аз
cw-date-to = То
cw-date-shape-exact = СССС-ММ-РР
cw-date-shape-month = СССС-ММ
cw-date-shape-year = СССС
cw-date-hint = Дар шакли { $shape } нависед.
cw-bytes = { $n } байт
cw-kib = { $n } КБ
cw-mib = { $n } МБ
