## Tahliliy maʼlumotnoma: umumlashtirilgan statistika PDF koʻrinishida (casebook-pdf, brief)

brief-title = Hujjatlashtirilgan zoʻravonlik va huquqbuzarlik holatlari
brief-subtitle = Tahliliy maʼlumotnoma: hujjatlashtirilgan ishlar statistikasi
brief-running-head = Tahliliy maʼlumotnoma
brief-footer = Faqat umumlashtirilgan statistika: alohida ishlar haqida maʼlumot yoʻq
brief-period = Hodisalar davri: { $from } — { $to }
brief-period-all = Hodisalar davri: qayd etilgan barcha sanalar
brief-period-open = cheklanmagan
brief-countries = Mamlakatlar: { $countries }
brief-organisation = Tayyorladi: { $organisation }
brief-generated = Yaratilgan sana: { $date }
brief-title-note = Faqat jabrlanuvchi tarmoq statistikasiga rozilik bergan ishlar hisobga olingan. { $k } dan kichik sonlar «<{ $k }» koʻrinishida berilgan. Bu maʼlumotnomada ismlar, ish kodlari, bayonlar va hududdan kichik joy nomlari yoʻq.

brief-key-figures = Asosiy koʻrsatkichlar
brief-fig-counted = Hisobga olingan ishlar
brief-fig-excluded = Hisobga olinmagan: statistikaga rozilik yoʻq
brief-fig-excluded-detail = soʻralmagan: { $never }, rad etgan: { $refused }, qaytarib olgan: { $revoked }
brief-fig-physical = Jismoniy zoʻravonlik boʻlgan ishlar
brief-fig-sexual = Jinsiy zoʻravonlik boʻlgan ishlar
brief-fig-complaint = Shikoyat berilgan ishlar
brief-fig-agency = Eng koʻp tilga olingan idora
brief-fig-share = { $count } ({ $percent }%)
brief-fig-not-shown = koʻrsatilmagan (kichik sonlar)
brief-fig-of-cases = hisobga olingan { $total } ta ishdan

brief-charts = Diagrammalar
brief-chart-act-group = Ishlar harakatlar guruhi boʻyicha
brief-chart-agency = Ishlar huquqbuzarlar idorasi boʻyicha
brief-chart-time = Ishlar hodisa choragi boʻyicha
brief-chart-multi = Bitta ish bir nechta ustunda hisoblanishi mumkin, shuning uchun ustunlar yigʻindisi hisobga olingan ishlar soniga teng emas.
brief-chart-hidden = «<{ $k }»: { $k } tadan kam ish yoki kichik sonni hisoblab chiqib boʻlmasligi uchun yashirilgan.
brief-chart-time-hidden = Kulrang ustunlar: { $k } tadan kam ish yoki yashirilgan; { $k } balandligida chizilgan.
brief-chart-time-unknown = Choragi nomaʼlum ishlar diagrammada emas, jadvalda berilgan.
brief-chart-empty = Koʻrsatish uchun ish yoʻq.

brief-map = Ishlar hududlar boʻyicha
brief-map-legend = Ishlar
brief-map-hidden = { $k } tadan kam yoki yashirilgan
brief-map-rolled = Ish yoʻq yoki mamlakatning boshqa hududlari bilan birga hisoblangan
brief-map-note = { $k } tadan kam ishi bor hududlar nomi koʻrsatilmaydi: ular oʻz mamlakatining «boshqa hududlari» sifatida birga hisoblanadi (hududlar boʻyicha jadvalga qarang). Chegaralar ISO 3166-2 va BMT Bosh Assambleyasi pozitsiyalariga muvofiq. Shakllar: Natural Earth (jamoat mulki).
brief-map-missing = Xaritani chizib boʻlmadi; mamlakatlar va hududlar boʻyicha jadvallar quyida berilgan.

brief-tables = Jadvallar
brief-method = Uslubiyat
brief-method-unit = Hisob birligi: ish. Har bir jadval rozilik berilgan ishlarni bitta oʻlcham boʻyicha sanaydi; bitta guruhdan ikkita harakat boʻlgan ish shu guruhda bir marta hisoblanadi.
