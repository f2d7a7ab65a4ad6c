## Deadlines across cases

due-button = Сроки
due-header-overdue = Просрочено: { $count }
due-title = Сроки
due-back = К списку случаев
due-intro = Последующие действия, сроки по жалобам и судебно-медицинские экспертизы, ещё не выполненные по всем делам; просроченные — первыми. Экспертиза нужна в течение 14 дней после инцидента с физическим насилием, если она ещё не записана.
due-empty = Сроков нет.
due-panel-title = { $count ->
    [one] { $count } срок просрочен или наступает на этой неделе
    [few] { $count } срока просрочены или наступают на этой неделе
    [many] { $count } сроков просрочены или наступают на этой неделе
   *[other] { $count } срока просрочены или наступают на этой неделе
}
due-dismiss = Скрыть до следующего открытия
due-all = Все сроки
due-all-more = Все сроки (ещё { $count })
due-done = Выполнено сегодня
due-state-overdue = Просрочено
due-state-today = Сегодня
due-state-later = Срок
due-state-done = Выполнено
due-kind-follow-up = Последующее действие
due-kind-complaint-deadline = Срок по жалобе
due-kind-forensic-window = Судебно-медицинская экспертиза, пока видны травмы
