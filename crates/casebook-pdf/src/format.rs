//! Dates, times, sizes and vocabulary words in the language of the file. Every word
//! comes from `pdf.ftl` / `vocab.ftl`; this module only picks the message and fills in
//! numbers.

use casebook_core::{vocab, PartialDate};
use casebook_i18n::Localizer;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

#[derive(Debug)]
pub struct Fmt<'l> {
    pub l: &'l Localizer,
}

impl<'l> Fmt<'l> {
    pub fn msg(&self, id: &str) -> String {
        self.l.msg(id, &[])
    }

    pub fn msg_args(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.l.msg(id, args)
    }

    /// The word for a vocabulary code; `other` shows the free-text note beside it.
    pub fn word(&self, list: &str, code: Option<&str>, other: Option<&str>) -> String {
        let Some(code) = code.filter(|c| !c.is_empty()) else {
            return String::new();
        };
        if !vocab::is_known(list, code) {
            // An unknown code is shown as it is rather than hidden.
            return code.to_owned();
        }
        let w = self.l.msg(&vocab::message_id(list, code), &[]);
        match other.filter(|o| !o.trim().is_empty()) {
            Some(o) if code == vocab::OTHER => format!("{w}: {o}"),
            _ => w,
        }
    }

    pub fn words(&self, list: &str, codes: &[String]) -> String {
        codes
            .iter()
            .map(|c| self.word(list, Some(c), None))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn yes_no(&self, b: Option<bool>) -> String {
        match b {
            Some(true) => self.msg("pdf-yes"),
            Some(false) => self.msg("pdf-no"),
            None => String::new(),
        }
    }

    fn month(&self, month: u32, genitive: bool) -> String {
        let kind = if genitive { "gen" } else { "nom" };
        self.msg(&format!("pdf-month-{kind}-{month}"))
    }

    fn day_month_year(&self, d: NaiveDate) -> String {
        self.msg_args(
            "pdf-date-exact",
            &[
                ("day", &d.day().to_string()),
                ("month", &self.month(d.month(), true)),
                ("year", &d.year().to_string()),
            ],
        )
    }

    /// An incident date at its precision: "10\u{a0}March 2026", "March 2026", "2026",
    /// "around 10–12\u{a0}March 2026".
    pub fn partial_date(&self, d: &PartialDate) -> String {
        match *d {
            PartialDate::Exact(d) => self.day_month_year(d),
            PartialDate::Month { year, month } => self.msg_args(
                "pdf-date-month",
                &[
                    ("month", &self.month(month, false)),
                    ("year", &year.to_string()),
                ],
            ),
            PartialDate::Year(y) => self.msg_args("pdf-date-year", &[("year", &y.to_string())]),
            PartialDate::Range { start, end } => {
                if start.year() == end.year() && start.month() == end.month() {
                    self.msg_args(
                        "pdf-date-range-same-month",
                        &[
                            ("start", &start.day().to_string()),
                            ("end", &self.day_month_year(end)),
                        ],
                    )
                } else {
                    self.msg_args(
                        "pdf-date-range",
                        &[
                            ("start", &self.day_month_year(start)),
                            ("end", &self.day_month_year(end)),
                        ],
                    )
                }
            }
        }
    }

    /// An ISO date, or an RFC 3339 timestamp, or text we cannot read (shown as is).
    pub fn date_text(&self, s: Option<&str>) -> String {
        let Some(s) = s.map(str::trim).filter(|s| !s.is_empty()) else {
            return String::new();
        };
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            return self.timestamp(&t);
        }
        match PartialDate::parse_iso(s) {
            Ok(d) => self.partial_date(&d),
            Err(_) => s.to_owned(),
        }
    }

    /// "14 March 2026, 15:42 (UTC+05:00)".
    pub fn timestamp(&self, t: &DateTime<FixedOffset>) -> String {
        let secs = t.offset().local_minus_utc();
        let zone = if secs == 0 {
            "UTC".to_owned()
        } else {
            let sign = if secs < 0 { '−' } else { '+' };
            let m = secs.unsigned_abs() / 60;
            format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
        };
        self.msg_args(
            "pdf-timestamp",
            &[
                ("date", &self.day_month_year(t.date_naive())),
                ("time", &format!("{:02}:{:02}", t.hour(), t.minute())),
                ("zone", &zone),
            ],
        )
    }

    /// "1.2 MB" / "1,2 МБ".
    pub fn size(&self, bytes: u64) -> String {
        let sep = self.msg("pdf-decimal-separator");
        let one = |v: f64| {
            let s = format!("{v:.1}");
            s.replace('.', &sep)
        };
        if bytes < 1024 {
            self.msg_args("pdf-size-bytes", &[("n", &bytes.to_string())])
        } else if bytes < 1024 * 1024 {
            self.msg_args("pdf-size-kb", &[("n", &one(bytes as f64 / 1024.0))])
        } else {
            self.msg_args(
                "pdf-size-mb",
                &[("n", &one(bytes as f64 / (1024.0 * 1024.0)))],
            )
        }
    }

    /// A provision as "ECHR art. 3" / "ЕКПЧ ст. 3".
    pub fn right(&self, r: &casebook_core::rights::Right) -> String {
        use casebook_core::rights::ProvisionUnit;
        let id = match r.instrument.unit() {
            ProvisionUnit::Article => "pdf-right-article",
            ProvisionUnit::Rule => "pdf-right-rule",
            ProvisionUnit::Paragraph => "pdf-right-paragraph",
        };
        self.msg_args(
            id,
            &[
                (
                    "instrument",
                    &self.msg(&format!("pdf-instrument-{}", r.instrument.code())),
                ),
                ("article", r.article),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_at_their_precision() {
        let en = Localizer::new("en").unwrap();
        let ru = Localizer::new("ru").unwrap();
        let uk = Localizer::new("uk").unwrap();
        let (en, ru, uk) = (Fmt { l: &en }, Fmt { l: &ru }, Fmt { l: &uk });
        let d = |s: &str| PartialDate::parse_iso(s).unwrap();
        assert_eq!(en.partial_date(&d("2026-03")), "March 2026");
        assert_eq!(en.partial_date(&d("2026-03-10")), "10\u{a0}March 2026");
        assert_eq!(
            en.partial_date(&d("2026-03-10/2026-03-12")),
            "around 10–12\u{a0}March 2026"
        );
        assert_eq!(
            ru.partial_date(&d("2026-03-10")),
            "10\u{a0}марта 2026\u{a0}г."
        );
        assert_eq!(ru.partial_date(&d("2026-03")), "март 2026\u{a0}г.");
        assert_eq!(
            ru.partial_date(&d("2026-02-27/2026-03-02")),
            "около 27\u{a0}февраля 2026\u{a0}г. – 2\u{a0}марта 2026\u{a0}г."
        );
        assert_eq!(
            uk.partial_date(&d("2026-03-10")),
            "10\u{a0}березня 2026\u{a0}р."
        );
        assert_eq!(ru.size(1_300_000), "1,2 МБ");
        assert_eq!(en.size(1_300_000), "1.2 MB");
        let t = DateTime::parse_from_rfc3339("2026-03-14T10:15:00Z").unwrap();
        assert_eq!(en.timestamp(&t), "14\u{a0}March 2026, 10:15 UTC");
    }
}
