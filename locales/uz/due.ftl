## Barcha ishlar boʻyicha muddatlar

due-button = Muddatlar
due-header-overdue = { $count ->
    [one] 1 ta muddati oʻtgan
   *[other] { $count } ta muddati oʻtgan
}
due-title = Muddatlar
due-back = Ishlarga qaytish
due-intro = Barcha ishlardagi hali ochiq keyingi qadamlar, shikoyat muddatlari va sud-tibbiy ekspertizalar; muddati oʻtganlari birinchi. Jismoniy zoʻravonlik boʻlgan hodisadan keyin, agar ekspertiza qayd etilmagan boʻlsa, 14 kun ichida sud-tibbiy ekspertiza oʻtkazilishi kerak.
due-empty = Muddati kelgan ish yoʻq.
due-panel-title = { $count ->
    [one] Muddati oʻtgan yoki shu hafta tugaydigan 1 ta muddat
   *[other] Muddati oʻtgan yoki shu hafta tugaydigan { $count } ta muddat
}
due-dismiss = Keyingi ochilishgacha yashirish
due-all = Barcha muddatlar
due-all-more = Barcha muddatlar (yana { $count } ta)
due-done = Bugun bajarildi
due-state-overdue = Muddati oʻtgan
due-state-today = Bugun
due-state-later = Muddat
due-state-done = Bajarildi
due-kind-follow-up = Keyingi qadam
due-kind-complaint-deadline = Shikoyat muddati
due-kind-forensic-window = Jarohatlar koʻrinib turganda sud-tibbiy ekspertiza
due-window-label = Hodisadan keyin sud-tibbiy ekspertiza oʻtkazilishi kerak boʻlgan kunlar soni
due-window-save = Saqlash
due-window-saved = Saqlandi. Barcha ishlarning muddatlari yangi muddatga moslashtirildi.
