## «casebook» buyruq satri.

cli-prompt-passphrase = Maxfiy ibora
cli-prompt-new-passphrase = Yangi maxfiy ibora
cli-prompt-repeat-passphrase = Yangi maxfiy iborani takrorlang
cli-prompt-recovery-key = Tiklash kaliti
cli-init-done = Seyf yaratildi: { $path }.
cli-recovery-key-intro = Tiklash kaliti (faqat hozir koʻrsatiladi; uni qogʻozga yozing va bu kompyuterdan alohida saqlang):
cli-passphrase-done = Maxfiy iboralar yangilandi.
cli-prompt-keep-passphrase = Qoladigan maxfiy ibora
cli-rekey-done = Seyfga yangi kalit berildi. Kalit faylining eski nusxalari, ulardagi har qanday maxfiy ibora yoki tiklash kaliti bilan birga, endi hech narsani ochmaydi.
cli-rekey-dropped = { $count ->
        [one] Boshqa bitta maxfiy ibora endi ishlamaydi; kerak boʻlsa, uni «passphrase add» bilan qaytadan qoʻshing.
       *[other] Boshqa { $count } ta maxfiy ibora endi ishlamaydi; kerak boʻlsa, ularni «passphrase add» bilan qaytadan qoʻshing.
    }
cli-unlock-ok = Bu maxfiy maʼlumot seyfni ochadi.
cli-erased = Seyf oʻchirib yuborildi. Uni endi ochib boʻlmaydi.
cli-demo-done = { $count } ta sinov (toʻqima) ishi qoʻshildi.
cli-verify-ok = Seyf tekshirildi: audit jurnalining { $audit } ta yozuvi va { $revisions } ta versiya toʻgʻri; maʼlumotlar bazasi butun.
cli-verify-audit-broken = Audit jurnali { $seq }-yozuvda buzilgan.
cli-verify-bad-revision = { $revision } versiyasi oʻz mazmuniga mos kelmaydi.
cli-verify-integrity = Maʼlumotlar bazasini tekshirish: { $detail }
cli-case-header = Ish { $code } ({ $id }), versiya { $revision }
cli-case-deleted = Bu ish oʻchirilgan.
cli-history-line = { $time }  { $kind }  { $author }  { $revision }  { $reason }
cli-search-capped = { $cap } tadan ortiq ish mos keladi: faqat eng oxirgi qayd etilgan { $cap } ta ish ichidan qidirildi. Qidiruvni toraytirish uchun soʻz qoʻshing.
cli-list-empty = Ishlar yoʻq.
cli-list-total = { $total } { $total ->
        [one] ishdan
       *[other] ishdan
    } { $shown } tasi
cli-error-no-vault-dir = Seyf jildi koʻrsatilmagan: --vault DIR parametrini bering yoki CASEBOOK_VAULT oʻzgaruvchisini oʻrnating.
cli-error-read-file = Faylni oʻqib boʻlmaydi ({ $path }): { $detail }
cli-error-bad-json = { $path } yaroqli ish fayli emas: { $detail }
cli-error-passphrase-mismatch = Ikki maxfiy ibora bir xil emas.
cli-error-no-secret = Maxfiy ibora berilmagan: CASEBOOK_PASSPHRASE oʻzgaruvchisini oʻrnating yoki dasturni terminalda ishga tushiring.
cli-error-erase-needs-yes = Oʻchirish seyfni butunlay yoʻq qiladi; --yes bilan takrorlang.
cli-error-output = Natijani yozib boʻlmaydi: { $detail }
cli-error-encode = Natijani kodlab boʻlmadi. Iltimos, bu haqda xabar bering.

## casebook due
cli-due-none = Muddati kelgan ish yoʻq.
cli-due-overdue = muddati oʻtgan
cli-due-today = bugun
cli-due-later = muddat
cli-due-follow-up = Keyingi qadam
cli-due-complaint-deadline = Shikoyat muddati
cli-due-forensic-window = Sud-tibbiy ekspertiza (jarohatlar hali koʻrinadi)
cli-forensic-window = Jismoniy zoʻravonlik boʻlgan hodisadan keyin sud-tibbiy ekspertiza { $days ->
        [one] { $days } kun
       *[other] { $days } kun
    } ichida oʻtkazilishi kerak.

# Outreach mode
cli-outreach-ready = { $centre } markazi uchun autrich noutbuki. Birinchi ishdan oldin bu olti soʻzni markaz bilan solishtiring: { $fingerprint }
    Tugallangan ish darhol markaz uchun muhrlanadi; bu maxfiy ibora faqat tugallanmagan qoralamalarni ochadi.
cli-outreach-sealed = Markaz uchun muhrlandi; tilxat kodi { $receipt }. Bu noutbuk endi ishni oʻqiy olmaydi.
cli-outbox-confirmed = tasdiqlandi { $at }
cli-outbox-waiting = markaz tilxatini kutmoqda
cli-outbox-total = Muhrlangan: { $count }
cli-outbox-exported = Chiquvchi paket yozildi: { $path } (muhrlangan ishlar: { $count })
cli-outbox-confirmed-now = Markaz tasdiqladi: { $count }; ularning muhrlangan nusxalari oʻchirildi.
cli-outbox-receipt-written = Tilxat yozildi: { $path } (ishlar: { $count })
cli-error-outreach-no-cases = Bu autrich ombori: unda oʻqiladigan ish yoʻq. Tugallangan ishlar markaz uchun muhrlangan; “outbox list”ni koʻring.
