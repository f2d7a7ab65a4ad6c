//! Synthetic but realistic cases, for demos, screenshots, load tests and fuzz seeds.
//! No real person is described: names, places-of-residence, numbers and stories are
//! assembled from fragments.
//!
//! Deterministic: the same `(seed, n)` gives the same cases on every machine and every
//! version, because the generator carries its own small PRNG (SplitMix64) instead of
//! `rand`'s `StdRng`, whose algorithm may change between releases. Over a run every
//! code of every vocabulary a record uses appears (codes are cycled by case index, so
//! a few dozen cases already cover each list), and every case validates.

use chrono::{Datelike, Days, NaiveDate};

use casebook_core::date::iso;
use casebook_core::model::*;
use casebook_core::validate::age_band_bounds;
use casebook_core::vocab;

/// `n` cases generated from `seed`.
pub fn generate(seed: u64, n: usize) -> impl Iterator<Item = CaseRecord> {
    (0..n).map(move |i| case(seed, i))
}

/// Case number `index` of the run started with `seed`; `generate(seed, n)` yields
/// `case(seed, 0..n)`.
pub fn case(seed: u64, index: usize) -> CaseRecord {
    let mut g = Generator {
        rng: Rng::new(seed ^ (index as u64).wrapping_mul(0xA076_1D64_78BD_642F)),
        i: index,
    };
    g.case()
}

/// SplitMix64: tiny, fast, and its output is fixed forever by its definition.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform-enough in `0..n` (`0` when `n == 0`).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1).max(1) as usize) as i64
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick(&mut self, items: &[&'static str]) -> &'static str {
        let i = self.below(items.len());
        items.get(i).copied().unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Ru,
    Uk,
    En,
}

/// One phrase in the three narrative languages.
type Tr = [&'static str; 3];

fn tr(lang: Lang, t: &Tr) -> &'static str {
    match lang {
        Lang::Ru => t[0],
        Lang::Uk => t[1],
        Lang::En => t[2],
    }
}

struct Place {
    country: &'static str,
    region: &'static str,
    city: &'static str,
    settlement: &'static str,
    organisation: &'static str,
}

const fn place(
    country: &'static str,
    region: &'static str,
    city: &'static str,
    settlement: &'static str,
    organisation: &'static str,
) -> Place {
    Place {
        country,
        region,
        city,
        settlement,
        organisation,
    }
}

/// Real ISO 3166-2 admin-1 codes of EECA cities where harm reduction services work.
const PLACES: &[Place] = &[
    place("KZ", "KZ-75", "ALM", "Алматы", "Drop-in centre, Almaty"),
    place(
        "KG",
        "KG-GB",
        "BIS",
        "Бишкек",
        "Harm reduction NGO, Bishkek",
    ),
    place("UA", "UA-30", "KYI", "Київ", "Community centre, Kyiv"),
    place(
        "GE",
        "GE-TB",
        "TBS",
        "Тбилиси",
        "Harm reduction network, Tbilisi",
    ),
    place(
        "MD",
        "MD-CU",
        "CHI",
        "Кишинёв",
        "Peer support NGO, Chișinău",
    ),
    place("RU", "RU-MOW", "MOW", "Москва", "Women's drop-in, Moscow"),
    place("BY", "BY-HM", "MSQ", "Минск", "Outreach project, Minsk"),
    place(
        "TJ",
        "TJ-DU",
        "DYU",
        "Душанбе",
        "Harm reduction NGO, Dushanbe",
    ),
    place("UZ", "UZ-TK", "TAS", "Ташкент", "Trust point, Tashkent"),
    place("AM", "AM-ER", "EVN", "Ереван", "Community centre, Yerevan"),
    place("AZ", "AZ-BA", "BAK", "Баку", "Harm reduction NGO, Baku"),
    place("KZ", "KZ-71", "AST", "Астана", "Drop-in centre, Astana"),
    place(
        "KZ",
        "KZ-35",
        "KAR",
        "Караганда",
        "Outreach team, Karaganda",
    ),
    place("KG", "KG-GO", "OSH", "Ош", "Harm reduction NGO, Osh"),
    place("UA", "UA-51", "ODE", "Одеса", "Community centre, Odesa"),
    place("UA", "UA-12", "DNI", "Дніпро", "Women's project, Dnipro"),
    place("UA", "UA-46", "LVI", "Львів", "Harm reduction NGO, Lviv"),
    place("UA", "UA-63", "KHA", "Харків", "Outreach team, Kharkiv"),
    place(
        "GE",
        "GE-AJ",
        "BAT",
        "Батуми",
        "Harm reduction network, Batumi",
    ),
    place("GE", "GE-IM", "KUT", "Кутаиси", "Community centre, Kutaisi"),
    place("MD", "MD-BA", "BAL", "Бельцы", "Peer support NGO, Bălți"),
    place(
        "RU",
        "RU-SPE",
        "SPE",
        "Санкт-Петербург",
        "Women's project, St Petersburg",
    ),
    place(
        "RU",
        "RU-SVE",
        "EKB",
        "Екатеринбург",
        "Outreach team, Yekaterinburg",
    ),
    place(
        "RU",
        "RU-IRK",
        "IRK",
        "Иркутск",
        "Harm reduction NGO, Irkutsk",
    ),
    place("BY", "BY-HO", "GOM", "Гомель", "Outreach project, Gomel"),
    place("BY", "BY-BR", "BRE", "Брест", "Peer support NGO, Brest"),
    place(
        "TJ",
        "TJ-SU",
        "KHU",
        "Худжанд",
        "Harm reduction NGO, Khujand",
    ),
    place("UZ", "UZ-SA", "SKD", "Самарканд", "Trust point, Samarkand"),
    place("UZ", "UZ-BU", "BHK", "Бухара", "Trust point, Bukhara"),
    place("AM", "AM-SH", "GYU", "Гюмри", "Community centre, Gyumri"),
    place("AZ", "AZ-GA", "GNJ", "Гянджа", "Harm reduction NGO, Ganja"),
];

const PSEUDONYMS: &[&str] = &[
    "Айгуль",
    "Динара",
    "Гульнара",
    "Марина",
    "Наталья",
    "Оксана",
    "Олена",
    "Тетяна",
    "Юлія",
    "Нино",
    "Лиана",
    "Зарина",
    "Мадина",
    "Ирина",
    "Светлана",
    "Анна",
    "Мария",
    "Кристина",
    "Лейла",
    "Сона",
    "Ануш",
    "Камила",
    "Малика",
    "Ольга",
    "Viktoria",
    "Katerina",
];

const SURNAME_INITIALS: &[&str] = &["Н.", "К.", "С.", "Т.", "Б.", "М.", "А.", "Р."];

const DOCUMENTERS: &[&str] = &[
    "Параюрист Д.",
    "Параюрист А.",
    "Консультантка О.",
    "Аутрич-работница Г.",
    "Paralegal M.",
];

const RANKS: &[&str] = &[
    "сержант",
    "старший сержант",
    "лейтенант",
    "старший лейтенант",
    "капитан",
    "майор",
    "прапорщик",
];

const UNITS: &[&str] = &[
    "ОВД района",
    "УП г.",
    "отдел по борьбе с наркотиками",
    "патрульная полиция",
    "ИВС",
    "уголовный розыск",
];

const TAGS: &[&str] = &[
    "ost",
    "detention",
    "hiv",
    "sex-work",
    "urgent",
    "appeal",
    "children",
    "repeat-victim",
];

const OTHER_NOTES: &[&str] = &[
    "со слов родственницы",
    "уточнить при следующей встрече",
    "не подходит ни под одну категорию",
    "див. нотатки",
    "see notes",
];

fn location_phrase(code: &str) -> Tr {
    match code {
        "street" => [
            "на улице возле остановки",
            "на вулиці біля зупинки",
            "in the street near a bus stop",
        ],
        "home" => ["у неё дома", "у неї вдома", "at her home"],
        "police-vehicle" => [
            "и посадили в служебную машину",
            "і посадили у службову машину",
            "and put her in a police car",
        ],
        "police-station" => [
            "и доставили в отделение полиции",
            "і доставили до відділку поліції",
            "and taken to the police station",
        ],
        "temporary-detention" => [
            "и поместили в изолятор временного содержания",
            "і помістили до ізолятора тимчасового тримання",
            "and placed in the temporary detention facility",
        ],
        "pre-trial-detention" => [
            "и перевели в СИЗО",
            "і перевели до СІЗО",
            "and transferred to pre-trial detention",
        ],
        "harm-reduction-site" => [
            "у пункта снижения вреда",
            "біля пункту зменшення шкоди",
            "near the harm reduction site",
        ],
        "ost-site" => [
            "у пункта выдачи метадона",
            "біля пункту видачі метадону",
            "near the methadone dispensing site",
        ],
        "pharmacy" => ["у аптеки", "біля аптеки", "outside a pharmacy"],
        "hospital" => ["в больнице", "у лікарні", "at the hospital"],
        "court" => [
            "у здания суда",
            "біля будівлі суду",
            "outside the court building",
        ],
        _ => [
            "в подъезде жилого дома",
            "у під'їзді житлового будинку",
            "in the stairwell of an apartment block",
        ],
    }
}

/// "When" for a `time-of-day` code or an exact `HH:MM`.
fn time_phrase(lang: Lang, time: &str) -> String {
    let t: Tr = match time {
        "morning" => ["утром", "вранці", "in the morning"],
        "day" => ["днём", "вдень", "during the day"],
        "evening" => ["вечером", "увечері", "in the evening"],
        "night" => ["ночью", "вночі", "at night"],
        exact => return format!("{} {exact}", tr(lang, &["около", "близько", "at about"])),
    };
    tr(lang, &t).to_owned()
}

fn opening(lang: Lang, location: &str, time: &str) -> String {
    format!(
        "{} {} {}.",
        tr(lang, &["Её задержали", "Її затримали", "She was stopped"]),
        tr(lang, &location_phrase(location)),
        time_phrase(lang, time)
    )
}

/// Two sentences per act group; the narrative draws from the groups of its acts.
fn act_sentences(group: &str) -> [Tr; 2] {
    match group {
        "physical" => [
            [
                "В отделении избили, били по почкам и по голове.",
                "У відділку побили, били по нирках і по голові.",
                "At the station they beat her, hitting her kidneys and head.",
            ],
            [
                "Били дубинкой по ногам, на теле остались синяки.",
                "Били кийком по ногах, на тілі залишилися синці.",
                "They hit her legs with a baton, leaving bruises.",
            ],
        ],
        "sexual" => [
            [
                "Заставили раздеться при мужчинах-сотрудниках.",
                "Змусили роздягнутися при чоловіках-співробітниках.",
                "She was made to undress in front of male officers.",
            ],
            [
                "Сотрудник сказал, что отпустит, если она «договорится» с ним.",
                "Співробітник сказав, що відпустить, якщо вона «домовиться» з ним.",
                "An officer said he would let her go if she 'came to an arrangement' with him.",
            ],
        ],
        "psychological" => [
            [
                "Угрожали, что лишат родительских прав и всем расскажут о её ВИЧ-статусе.",
                "Погрожували, що позбавлять батьківських прав і всім розкажуть про її ВІЛ-статус.",
                "They threatened to take her children away and to tell everyone her HIV status.",
            ],
            [
                "Оскорбляли, называли «наркоманкой», смеялись.",
                "Ображали, називали «наркоманкою», сміялися.",
                "They insulted her, called her a 'junkie' and laughed.",
            ],
        ],
        "liberty" => [
            [
                "Задержали без протокола и держали в отделении всю ночь.",
                "Затримали без протоколу і тримали у відділку всю ніч.",
                "She was held all night at the station without any record being drawn up.",
            ],
            [
                "Подкинули пакетик и сказали, что заведут дело за хранение.",
                "Підкинули пакетик і сказали, що відкриють справу за зберігання.",
                "They planted a small bag on her and said they would open a possession case.",
            ],
        ],
        "coercion" => [
            [
                "Требовали признаться и дать показания на знакомых.",
                "Вимагали зізнатися і дати свідчення на знайомих.",
                "They demanded that she confess and testify against acquaintances.",
            ],
            [
                "Предлагали «сотрудничать» и сообщать о тех, кто употребляет.",
                "Пропонували «співпрацювати» і доносити на тих, хто вживає.",
                "They pressed her to 'cooperate' and inform on people who use drugs.",
            ],
        ],
        "economic" => [
            [
                "Вымогали деньги за то, чтобы отпустить, забрали телефон.",
                "Вимагали гроші за те, щоб відпустити, забрали телефон.",
                "They demanded money to release her and took her phone.",
            ],
            [
                "Забрали шприцы и налоксон, сказали, что это улика.",
                "Забрали шприци і налоксон, сказали, що це доказ.",
                "They took her syringes and naloxone, saying they were evidence.",
            ],
        ],
        "health" => [
            [
                "Метадон не давали, ломка началась через несколько часов, врача не вызвали.",
                "Метадон не давали, ломка почалася за кілька годин, лікаря не викликали.",
                "She was given no methadone; withdrawal began within hours and no doctor was called.",
            ],
            [
                "Заставили сдать тест на наркотики и на ВИЧ без её согласия.",
                "Змусили здати тест на наркотики і на ВІЛ без її згоди.",
                "She was made to take a drug test and an HIV test without her consent.",
            ],
        ],
        "procedure" => [
            [
                "Адвоката не дали, права не разъяснили.",
                "Адвоката не надали, права не роз'яснили.",
                "She was refused a lawyer and not told her rights.",
            ],
            [
                "Заставили подписать протокол, не дав его прочитать.",
                "Змусили підписати протокол, не давши його прочитати.",
                "She was made to sign a report without being allowed to read it.",
            ],
        ],
        "custody" => [
            [
                "Сказали, что сообщат в опеку и ребёнка заберут.",
                "Сказали, що повідомлять службу у справах дітей і дитину заберуть.",
                "They said they would call child services and her child would be taken.",
            ],
            [
                "Пока она была в отделении, ребёнка забрали в приют.",
                "Поки вона була у відділку, дитину забрали до притулку.",
                "While she was at the station, her child was taken to a shelter.",
            ],
        ],
        "death-in-custody" => [
            [
                "По словам свидетелей, после задержания она умерла в изоляторе; родственникам сообщили только через два дня.",
                "За словами свідків, після затримання вона померла в ізоляторі; родичам повідомили лише через два дні.",
                "According to witnesses, she died in custody after the arrest; relatives were told only two days later.",
            ],
            [
                "Подруга видела, как её выводили из машины без сознания.",
                "Подруга бачила, як її виводили з машини непритомною.",
                "A friend saw her being carried out of the car unconscious.",
            ],
        ],
        _ => [
            [
                "Были и другие нарушения, о которых она рассказала консультанту.",
                "Були й інші порушення, про які вона розповіла консультантці.",
                "There were other abuses that she described to the counsellor.",
            ],
            [
                "Часть событий она помнит плохо.",
                "Частину подій вона пам'ятає погано.",
                "She remembers parts of what happened only vaguely.",
            ],
        ],
    }
}

const CLOSINGS: &[Tr] = &[
    [
        "Отпустили без обвинения.",
        "Відпустили без обвинувачення.",
        "She was released without charge.",
    ],
    [
        "Отпустили утром, составив протокол об административном правонарушении.",
        "Відпустили вранці, склавши протокол про адміністративне правопорушення.",
        "She was released in the morning with an administrative offence report.",
    ],
    [
        "Отпустили после того, как подруга привезла деньги.",
        "Відпустили після того, як подруга привезла гроші.",
        "She was let go after a friend brought money.",
    ],
];

const CONSEQUENCES: &[&str] = &[
    "гематомы в области поясницы",
    "ушибы рёбер",
    "синці на руках",
    "bruising to the thighs",
    "головные боли",
];

const PSY_CONSEQUENCES: &[&str] = &[
    "страх, бессонница",
    "тривога, панічні атаки",
    "избегает полиции и пунктов выдачи",
    "fear of leaving home",
];

const FINDINGS: &[&str] = &[
    "ушибы мягких тканей поясничной области",
    "кровоподтёки на бёдрах",
    "садна на зап'ястях від наручників",
    "abrasions on both wrists consistent with handcuffs",
];

const BODY_MARK_DESCRIPTIONS: &[&str] = &[
    "гематома 3×4 см",
    "ссадина 2 см",
    "синець 5×6 см",
    "bruise 4 cm",
];

const MEDIA: &[(&str, &str)] = &[
    ("image/jpeg", "photo.jpg"),
    ("image/tiff", "scan.tiff"),
    ("audio/ogg", "voice-note.ogg"),
    ("video/mp4", "video.mp4"),
    ("application/pdf", "medical-report.pdf"),
    ("application/octet-stream", "file.bin"),
];

const REFERRAL_TO: &[&str] = &[
    "юрист сети",
    "центр СПИД",
    "кризисный центр",
    "психолог",
    "lawyer of the network",
];
const REFERRAL_OUTCOMES: &[&str] = &["accepted", "pending", "declined by survivor", "принято"];

const FOLLOW_UP_NOTES: &[&str] = &[
    "проверить ответ прокуратуры",
    "судмедэкспертиза, пока видны следы",
    "срок обжалования",
    "перевірити відповідь омбудсмена",
    "call back about the lawyer",
];

struct Generator {
    rng: Rng,
    i: usize,
}

impl Generator {
    /// The code of `list` for this case, cycled by case index so that every code of a
    /// list of length L appears within any L consecutive cases; `salt` decorrelates lists.
    fn cycle(&self, list: &vocab::Vocabulary, salt: usize) -> &'static str {
        let len = list.codes.len().max(1);
        list.codes
            .get(self.i.wrapping_add(salt) % len)
            .copied()
            .unwrap_or_default()
    }

    fn other_note(&mut self, code: &str) -> Option<String> {
        (code == vocab::OTHER).then(|| self.rng.pick(OTHER_NOTES).to_owned())
    }

    fn date_between(&mut self, from: NaiveDate, max_days: u64) -> NaiveDate {
        let d = self.rng.below(max_days as usize + 1) as u64;
        from.checked_add_days(Days::new(d)).unwrap_or(from)
    }

    fn case(&mut self) -> CaseRecord {
        let place = &PLACES[self.i % PLACES.len()];
        let lang = match (place.country, self.rng.below(100)) {
            (_, 0..=14) => Lang::En,
            ("UA", _) => Lang::Uk,
            _ => Lang::Ru,
        };

        let year = 2023 + self.rng.range(0, 3) as i32;
        let month = self.rng.range(1, 12) as u32;
        let day = self.rng.range(1, 28) as u32;
        let incident_day = NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN);
        let intake_day = self.date_between(incident_day, 20);

        let perpetrators = self.perpetrators();
        let refs: Vec<String> = perpetrators
            .iter()
            .filter_map(|p| p.reference.clone())
            .collect();
        let n_incidents = if self.rng.chance(20) { 2 } else { 1 };
        let incidents: Vec<Incident> = (0..n_incidents)
            .map(|k| {
                // A second incident is an earlier one she mentions at intake.
                let day = if k == 0 {
                    incident_day
                } else {
                    let back = 1 + self.rng.below(90) as u64;
                    incident_day
                        .checked_sub_days(Days::new(back))
                        .unwrap_or(incident_day)
                };
                self.incident(k, day, place, lang, &refs)
            })
            .collect();
        let dies = incidents
            .iter()
            .flat_map(|i| &i.acts)
            .any(|a| a.act_type.as_deref() == Some("death-in-custody"));

        let source_reliability = if dies {
            "witness"
        } else {
            self.cycle(&vocab::SOURCE_RELIABILITY, 3)
        };
        let channel = self.cycle(&vocab::INTAKE_CHANNEL, 1);
        let mut tags: Vec<String> = Vec::new();
        for _ in 0..self.rng.below(3) {
            let t = self.rng.pick(TAGS).to_owned();
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        let documenter = self.rng.pick(DOCUMENTERS);

        CaseRecord {
            code: format!(
                "{}-{}-{}-{:04}",
                place.country,
                place.city,
                year,
                self.i + 1
            ),
            status: Some(self.cycle(&vocab::STATUS, 0).to_owned()),
            intake: Some(Intake {
                date: Some(iso(intake_day)),
                channel: Some(channel.to_owned()),
                channel_other: self.other_note(channel),
                documenter: Some(documenter.to_owned()),
                organisation: Some(place.organisation.to_owned()),
            }),
            source_reliability: Some(source_reliability.to_owned()),
            source_reliability_other: self.other_note(source_reliability),
            tags,
            survivor: self.survivor(place, incident_day),
            perpetrators,
            incidents,
            evidence: self.evidence(incident_day, documenter),
            responses: Some(self.responses(intake_day)),
            consents: self.consents(intake_day, documenter),
            notes: self.rng.chance(30).then(|| {
                tr(
                    lang,
                    &[
                        "Повторный случай, та же группа сотрудников.",
                        "Повторний випадок, та сама група співробітників.",
                        "Repeat case, same group of officers.",
                    ],
                )
                .to_owned()
            }),
        }
    }

    fn survivor(&mut self, place: &Place, incident_day: NaiveDate) -> Survivor {
        let band = self.cycle(&vocab::AGE_BAND, 2);
        let (lo, hi) = age_band_bounds(band).unwrap_or((25, 34));
        let (lo, hi) = (lo.max(15), hi.min(68));
        let age = self.rng.range(lo, hi);
        let exact_age = self.rng.chance(40);
        let pseudonym = self.rng.pick(PSEUDONYMS);
        let identity = self.rng.chance(60).then(|| {
            let birth_year = incident_day.year() - age as i32 - 1;
            Identity {
                legal_name: Some(format!("{pseudonym} {}", self.rng.pick(SURNAME_INITIALS))),
                date_of_birth: Some(format!(
                    "{birth_year:04}-{:02}-{:02}",
                    self.rng.range(incident_day.month() as i64, 12),
                    self.rng.range(1, 28)
                )),
                phone: Some(format!(
                    "+000 {:03} {:04}",
                    self.rng.below(1000),
                    self.rng.below(10_000)
                )),
                address: self.rng.chance(50).then(|| {
                    format!(
                        "{}, ул. Примерная, {}",
                        place.settlement,
                        self.rng.range(1, 120)
                    )
                }),
                id_document: self
                    .rng
                    .chance(50)
                    .then(|| format!("N {:08}", self.rng.below(100_000_000))),
            }
        });
        let gender = self.cycle(&vocab::GENDER, 4);
        let has_children = self.rng.chance(60) || self.i % 6 == 0;
        let custody = has_children.then(|| self.cycle(&vocab::CHILD_CUSTODY_STATUS, 5));
        let hiv = self.cycle(&vocab::HIV_STATUS, 6);
        let mut substances = vec![self.cycle(&vocab::SUBSTANCE, 7).to_owned()];
        if self.rng.chance(50) {
            let s = self.rng.pick(vocab::SUBSTANCE.codes).to_owned();
            if !substances.contains(&s) {
                substances.push(s);
            }
        }
        let substances_other = substances
            .iter()
            .any(|s| s == vocab::OTHER)
            .then(|| "прегабалин".to_owned());
        let ost = substances
            .iter()
            .any(|s| s == "methadone-buprenorphine-ost");
        let stateless = self.rng.chance(3);
        Survivor {
            pseudonym: pseudonym.to_owned(),
            identity,
            age_band: Some(band.to_owned()),
            age: exact_age.then_some(age),
            gender: Some(gender.to_owned()),
            gender_other: self.other_note(gender),
            country: Some(place.country.to_owned()),
            region: Some(place.region.to_owned()),
            settlement: Some(place.settlement.to_owned()),
            citizenship: (!stateless).then(|| {
                if self.rng.chance(85) {
                    place.country
                } else {
                    self.rng.pick(&["UZ", "TJ", "KG", "UA"])
                }
                .to_owned()
            }),
            stateless: Some(stateless),
            pregnant_at_incident: Some(self.rng.chance(8)),
            has_children: Some(has_children),
            child_custody_status: custody.map(str::to_owned),
            child_custody_status_other: custody.and_then(|c| self.other_note(c)),
            hiv_status: Some(hiv.to_owned()),
            on_art: (hiv == "positive").then(|| self.rng.chance(70)),
            substances,
            substances_other,
            ost_client: Some(ost),
            harm_reduction_client: Some(self.rng.chance(80)),
            sex_work: Some(self.rng.chance(30)),
            disability: Some(self.rng.chance(10)),
            homeless: Some(self.rng.chance(15)),
            previous_incidents_count: self.rng.chance(70).then(|| self.rng.range(0, 6)),
        }
    }

    fn perpetrators(&mut self) -> Vec<Perpetrator> {
        let n = 1 + self.rng.below(3);
        (0..n)
            .map(|k| {
                let agency = if k == 0 {
                    self.cycle(&vocab::AGENCY, 8)
                } else {
                    self.rng.pick(vocab::AGENCY.codes)
                };
                let involvement = if k == 0 {
                    self.cycle(&vocab::INVOLVEMENT, 9)
                } else {
                    "perpetrated"
                };
                Perpetrator {
                    reference: Some(format!("p{}", k + 1)),
                    agency: Some(agency.to_owned()),
                    agency_other: (agency == vocab::OTHER).then(|| "военная полиция".to_owned()),
                    unit: self.rng.chance(60).then(|| self.rng.pick(UNITS).to_owned()),
                    rank: self.rng.chance(50).then(|| self.rng.pick(RANKS).to_owned()),
                    name: self.rng.chance(10).then(|| "Иванов".to_owned()),
                    badge_number: self
                        .rng
                        .chance(30)
                        .then(|| format!("{:04}", self.rng.below(10_000))),
                    uniformed: Some(self.cycle(&vocab::TRI_STATE, 10 + k).to_owned()),
                    vehicle_plate: self.rng.chance(20).then(|| {
                        format!(
                            "{:03} ABC {:02}",
                            self.rng.below(1000),
                            self.rng.range(1, 20)
                        )
                    }),
                    count: Some(self.rng.range(1, 4)),
                    identifiable_again: Some(self.rng.chance(60)),
                    involvement: Some(involvement.to_owned()),
                    involvement_other: self.other_note(involvement),
                }
            })
            .collect()
    }

    fn incident(
        &mut self,
        k: usize,
        day: NaiveDate,
        place: &Place,
        lang: Lang,
        refs: &[String],
    ) -> Incident {
        let precision = if k == 0 {
            self.cycle(&vocab::DATE_PRECISION, 11)
        } else {
            "exact"
        };
        let (date, date_end) = match precision {
            "month" => (format!("{:04}-{:02}", day.year(), day.month()), None),
            "year" => (format!("{:04}", day.year()), None),
            "range" => (iso(day), Some(iso(self.date_between(day, 4)))),
            _ => (iso(day), None),
        };
        let time_of_day = if self.rng.chance(20) {
            format!("{:02}:{:02}", self.rng.range(0, 23), self.rng.range(0, 59))
        } else {
            self.cycle(&vocab::TIME_OF_DAY, 12).to_owned()
        };
        let location = self.cycle(&vocab::LOCATION_TYPE, 13 + k);

        let n_acts = 2 + self.rng.below(5);
        let acts: Vec<Act> = (0..n_acts).map(|j| self.act(k, j, refs)).collect();

        let mut text: Vec<&str> = Vec::new();
        let mut groups: Vec<&str> = Vec::new();
        for a in &acts {
            if let Some(g) = a.act_type.as_deref().and_then(vocab::act_group) {
                if !groups.contains(&g) {
                    groups.push(g);
                }
            }
        }
        for g in &groups {
            let variants = act_sentences(g);
            let v = &variants[self.rng.below(2)];
            text.push(tr(lang, v));
        }
        let closing = CLOSINGS[self.rng.below(CLOSINGS.len()) % CLOSINGS.len()];
        let detained = self.rng.chance(75);
        let hours = self.rng.range(1, 72);
        let detention_text = detained.then(|| detention_sentence(lang, hours));

        let narrative = compose(
            &opening(lang, location, &time_of_day),
            &text,
            detention_text.as_deref(),
            tr(lang, &closing),
        );
        let narrative_translation = (lang != Lang::En && self.rng.chance(60)).then(|| {
            let en_opening = opening(Lang::En, location, &time_of_day);
            let en: Vec<&str> = text.iter().map(|t| english_of(t)).collect();
            compose(
                &en_opening,
                &en,
                detained
                    .then(|| detention_sentence(Lang::En, hours))
                    .as_deref(),
                closing[2],
            )
        });

        let witnesses = (0..self.rng.below(3))
            .map(|w| Witness {
                pseudonym: Some(format!(
                    "{} {}",
                    tr(lang, &["Свидетель", "Свідок", "Witness"]),
                    w + 1
                )),
                contact: self.rng.chance(50).then(|| {
                    tr(lang, &["через центр", "через центр", "via the centre"]).to_owned()
                }),
                willing_to_testify: Some(self.rng.chance(40)),
            })
            .collect();

        Incident {
            reference: Some(format!("i{}", k + 1)),
            date: Some(date),
            date_precision: Some(precision.to_owned()),
            date_end,
            time_of_day: Some(time_of_day),
            country: Some(place.country.to_owned()),
            region: Some(place.region.to_owned()),
            settlement: Some(place.settlement.to_owned()),
            location_type: Some(location.to_owned()),
            location_type_other: (location == vocab::OTHER)
                .then(|| tr(lang, &["подъезд", "під'їзд", "stairwell"]).to_owned()),
            narrative: Some(narrative),
            narrative_translation,
            witnesses,
            detention: detained.then(|| {
                let protocol = self.cycle(&vocab::TRI_STATE, 14);
                Detention {
                    detained: Some(true),
                    duration_hours: Some(hours),
                    protocol_drawn_up: Some(protocol.to_owned()),
                    released_how: Some(tr(lang, &closing).to_owned()),
                }
            }),
            acts,
        }
    }

    fn act(&mut self, incident: usize, j: usize, refs: &[String]) -> Act {
        let act_type = if incident == 0 && j == 0 {
            self.cycle(&vocab::ACT_TYPE, 15)
        } else {
            self.rng.pick(vocab::ACT_TYPE.codes)
        };
        let mut perpetrators: Vec<String> = Vec::new();
        for r in refs {
            if perpetrators.is_empty() || self.rng.chance(40) {
                perpetrators.push(r.clone());
            }
        }
        let intent = if j == 0 {
            self.cycle(&vocab::INTENT, 16 + incident)
        } else {
            self.rng.pick(vocab::INTENT.codes)
        };
        let medical = if j == 0 {
            self.cycle(&vocab::MEDICAL_ATTENTION, 17 + incident)
        } else {
            self.rng.pick(vocab::MEDICAL_ATTENTION.codes)
        };
        let physical = matches!(vocab::act_group(act_type), Some("physical" | "sexual"));
        Act {
            act_type: Some(act_type.to_owned()),
            act_type_other: self.other_note(act_type),
            perpetrators,
            intent: Some(intent.to_owned()),
            intent_other: self.other_note(intent),
            physical_consequences: (physical && self.rng.chance(70))
                .then(|| self.rng.pick(CONSEQUENCES).to_owned()),
            psychological_consequences: self
                .rng
                .chance(40)
                .then(|| self.rng.pick(PSY_CONSEQUENCES).to_owned()),
            medical_attention: Some(medical.to_owned()),
            medical_attention_other: self.other_note(medical),
        }
    }

    fn evidence(&mut self, incident_day: NaiveDate, documenter: &str) -> Option<Evidence> {
        if !self.rng.chance(60) && self.i % 5 != 0 {
            return None;
        }
        let attachments = (0..self.rng.below(4))
            .map(|k| {
                let (media_type, name) = MEDIA[(self.i + k) % MEDIA.len()];
                let captured = self.date_between(incident_day, 3);
                Attachment {
                    sha256: Some(
                        (0..4)
                            .map(|_| format!("{:016x}", self.rng.next()))
                            .collect(),
                    ),
                    size: Some(1_000 + self.rng.next() % 20_000_000),
                    media_type: Some(media_type.to_owned()),
                    file_name: Some(format!("{}-{name}", iso(captured))),
                    captured_at: self.rng.chance(60).then(|| iso(captured)),
                    received_at: Some(format!(
                        "{}T{:02}:{:02}:00+05:00",
                        iso(self.date_between(captured, 10)),
                        self.rng.range(9, 18),
                        self.rng.range(0, 59)
                    )),
                    received_by: Some(documenter.to_owned()),
                    description: self.rng.chance(50).then(|| "фото гематом".to_owned()),
                }
            })
            .collect();
        let medical_documentation = (0..1 + self.rng.below(2))
            .map(|k| MedicalDocumentation {
                examiner: Some(
                    self.rng
                        .pick(&[
                            "травмпункт №4",
                            "судмедэксперт",
                            "сімейний лікар",
                            "forensic doctor",
                        ])
                        .to_owned(),
                ),
                date: Some(iso(self.date_between(incident_day, 5))),
                institution: Some(
                    self.rng
                        .pick(&["Городская поликлиника", "Бюро СМЭ", "Міська лікарня №2"])
                        .to_owned(),
                ),
                findings: Some(self.rng.pick(FINDINGS).to_owned()),
                body_marks: (0..1 + self.rng.below(3))
                    .map(|m| {
                        let region = if k == 0 && m == 0 {
                            self.cycle(&vocab::BODY_REGION, 18)
                        } else {
                            self.rng.pick(vocab::BODY_REGION.codes)
                        };
                        BodyMark {
                            region: Some(region.to_owned()),
                            region_other: self.other_note(region),
                            description: Some(self.rng.pick(BODY_MARK_DESCRIPTIONS).to_owned()),
                        }
                    })
                    .collect(),
                consistency: Some(
                    if k == 0 {
                        self.cycle(&vocab::CONSISTENCY, 19)
                    } else {
                        self.rng.pick(vocab::CONSISTENCY.codes)
                    }
                    .to_owned(),
                ),
            })
            .collect();
        Some(Evidence {
            attachments,
            medical_documentation,
        })
    }

    fn responses(&mut self, intake_day: NaiveDate) -> Responses {
        let mut services = vec![self.cycle(&vocab::SERVICE, 20).to_owned()];
        for _ in 0..self.rng.below(3) {
            let s = self.rng.pick(vocab::SERVICE.codes).to_owned();
            if !services.contains(&s) {
                services.push(s);
            }
        }
        let services_other = services
            .iter()
            .any(|s| s == vocab::OTHER)
            .then(|| "помощь с документами".to_owned());
        let referrals = (0..self.rng.below(3))
            .map(|_| Referral {
                to: Some(self.rng.pick(REFERRAL_TO).to_owned()),
                date: Some(iso(self.date_between(intake_day, 7))),
                consent_given: Some(self.rng.chance(90)),
                outcome: self
                    .rng
                    .chance(70)
                    .then(|| self.rng.pick(REFERRAL_OUTCOMES).to_owned()),
            })
            .collect();
        let n_complaints = if self.i % 3 == 0 {
            1
        } else {
            self.rng.below(2)
        };
        let complaints = (0..n_complaints)
            .map(|k| {
                let filed = self.date_between(intake_day, 14);
                let body = if k == 0 {
                    self.cycle(&vocab::COMPLAINT_BODY, 21)
                } else {
                    self.rng.pick(vocab::COMPLAINT_BODY.codes)
                };
                let response = self.cycle(&vocab::COMPLAINT_RESPONSE, 22);
                let outcome =
                    (response != "pending").then(|| self.cycle(&vocab::COMPLAINT_OUTCOME, 23));
                Complaint {
                    body: Some(body.to_owned()),
                    body_other: self.other_note(body),
                    date_filed: Some(iso(filed)),
                    reference_number: self
                        .rng
                        .chance(50)
                        .then(|| format!("{}/{}", self.rng.range(100, 9999), filed.year())),
                    deadline: Some(iso(filed.checked_add_days(Days::new(30)).unwrap_or(filed))),
                    response: Some(response.to_owned()),
                    response_other: self.other_note(response),
                    outcome: outcome.map(str::to_owned),
                    outcome_other: outcome.and_then(|o| self.other_note(o)),
                }
            })
            .collect();
        let follow_ups = (0..1 + self.rng.below(3))
            .map(|_| {
                let due = self.date_between(intake_day, 45);
                let done = self.rng.chance(40);
                FollowUp {
                    date: done.then(|| iso(self.date_between(due, 3))),
                    due: Some(iso(due)),
                    note: Some(self.rng.pick(FOLLOW_UP_NOTES).to_owned()),
                }
            })
            .collect();
        Responses {
            services,
            services_other,
            referrals,
            complaints,
            follow_ups,
        }
    }

    fn consents(&mut self, intake_day: NaiveDate, documenter: &str) -> Vec<Consent> {
        let mut out = Vec::new();
        for (k, dest) in vocab::CONSENT_DESTINATION.codes.iter().enumerate() {
            // Documentation consent is what allows the case to exist at all.
            let asked = k == 0 || (self.i + k) % 3 == 0 || self.rng.chance(40);
            if !asked {
                continue;
            }
            let given = k == 0 || self.rng.chance(70);
            let named =
                if *dest == "media-advocacy-anonymised" || *dest == "organisation-network-stats" {
                    "anonymised"
                } else {
                    self.cycle(&vocab::NAMED_OR_ANONYMISED, 24 + k)
                };
            out.push(Consent {
                destination: Some((*dest).to_owned()),
                given: Some(given),
                named_or_anonymised: Some(named.to_owned()),
                date: Some(iso(intake_day)),
                obtained_by: Some(documenter.to_owned()),
                revoked_at: (k > 0 && given && self.rng.chance(8))
                    .then(|| iso(self.date_between(intake_day, 90))),
            });
        }
        out
    }
}

fn compose(opening: &str, middle: &[&str], detention: Option<&str>, closing: &str) -> String {
    let mut parts: Vec<&str> = vec![opening];
    parts.extend_from_slice(middle);
    if let Some(d) = detention {
        parts.push(d);
    }
    parts.push(closing);
    parts.join(" ")
}

/// The English sentence paired with a Russian or Ukrainian one.
fn english_of(sentence: &str) -> &'static str {
    for g in vocab::ACT_GROUP.codes {
        for v in act_sentences(g) {
            if v[0] == sentence || v[1] == sentence || v[2] == sentence {
                return v[2];
            }
        }
    }
    ""
}

fn detention_sentence(lang: Lang, hours: i64) -> String {
    match lang {
        Lang::Ru => format!(
            "Продержали {hours} {}.",
            plural_slavic(hours, ["час", "часа", "часов"])
        ),
        Lang::Uk => format!(
            "Протримали {hours} {}.",
            plural_slavic(hours, ["годину", "години", "годин"])
        ),
        Lang::En if hours == 1 => "She was held for 1 hour.".to_owned(),
        Lang::En => format!("She was held for {hours} hours."),
    }
}

/// East Slavic plural: 1, 21 → one; 2–4, 22–24 → few; 5–20, 25–30 → many.
fn plural_slavic(n: i64, [one, few, many]: [&'static str; 3]) -> &'static str {
    let (m10, m100) = (n % 10, n % 100);
    if m10 == 1 && m100 != 11 {
        one
    } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
        few
    } else {
        many
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slavic_plurals() {
        let f = |n| plural_slavic(n, ["час", "часа", "часов"]);
        assert_eq!(
            [f(1), f(2), f(5), f(11), f(21), f(22), f(12)],
            ["час", "часа", "часов", "часов", "час", "часа", "часов"]
        );
    }

    #[test]
    fn deterministic_and_distinct() {
        let a: Vec<_> = generate(7, 20).collect();
        let b: Vec<_> = generate(7, 20).collect();
        assert_eq!(a, b);
        let c: Vec<_> = generate(8, 20).collect();
        assert_ne!(a, c);
        assert_eq!(case(7, 3), a[3]);
    }

    #[test]
    fn narratives_are_multilingual() {
        let narratives: Vec<String> = generate(1, 200)
            .flat_map(|c| c.incidents.into_iter().filter_map(|i| i.narrative))
            .collect();
        assert!(narratives.iter().any(|n| n.contains("Её задержали")));
        assert!(narratives.iter().any(|n| n.contains("Її затримали")));
        assert!(narratives.iter().any(|n| n.starts_with("She was stopped")));
        assert!(narratives
            .iter()
            .any(|n| n.contains("избили") || n.contains("Продержали")));
    }
}
