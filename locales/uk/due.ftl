## Deadlines across cases

due-button = Строки
due-header-overdue = Прострочено: { $count }
due-title = Строки
due-back = До списку випадків
due-intro = Подальші дії, строки за скаргами та судово-медичні експертизи, ще не виконані в усіх справах; прострочені — першими. Експертиза потрібна протягом 14 днів після інциденту з фізичним насильством, якщо її ще не записано.
due-empty = Строків немає.
due-panel-title = { $count ->
    [one] { $count } строк прострочено або настає цього тижня
    [few] { $count } строки прострочено або настають цього тижня
    [many] { $count } строків прострочено або настають цього тижня
   *[other] { $count } строку прострочено або настає цього тижня
}
due-dismiss = Сховати до наступного відкриття
due-all = Усі строки
due-all-more = Усі строки (ще { $count })
due-done = Виконано сьогодні
due-state-overdue = Прострочено
due-state-today = Сьогодні
due-state-later = Строк
due-state-done = Виконано
due-kind-follow-up = Подальша дія
due-kind-complaint-deadline = Строк за скаргою
due-kind-forensic-window = Судово-медична експертиза, поки видно травми
