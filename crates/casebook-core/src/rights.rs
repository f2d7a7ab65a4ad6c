//! Which rights each act type engages, for the legal summary of the PDF case file and
//! for UN submissions. One table, as data: lawyers review and amend it here, never in
//! templates.
//!
//! "Engages" means the act falls within the provision's scope and should be argued
//! under it; whether it amounts to a violation is for the lawyer and the body seized.
//! Articles are bare references (`14(3)(d)`); [`Instrument::unit`] tells a renderer
//! whether to print "art.", "rule" or "para." in the reader's language.

/// A treaty, general recommendation or standard cited in legal summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Instrument {
    /// UN Convention against Torture.
    Cat,
    /// International Covenant on Civil and Political Rights.
    Iccpr,
    /// International Covenant on Economic, Social and Cultural Rights (art. 12: health).
    Icescr,
    /// European Convention on Human Rights.
    Echr,
    /// Protocol No. 1 to the ECHR (art. 1: property).
    EchrProtocol1,
    /// CEDAW Committee General Recommendation No. 35 on gender-based violence against women.
    CedawGr35,
    /// UN Rules for the Treatment of Women Prisoners (Bangkok Rules).
    BangkokRules,
    /// Convention on the Rights of the Child.
    Crc,
}

/// How an instrument's provisions are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProvisionUnit {
    Article,
    Rule,
    Paragraph,
}

impl Instrument {
    pub const ALL: &'static [Instrument] = &[
        Instrument::Cat,
        Instrument::Iccpr,
        Instrument::Icescr,
        Instrument::Echr,
        Instrument::EchrProtocol1,
        Instrument::CedawGr35,
        Instrument::BangkokRules,
        Instrument::Crc,
    ];

    /// Stable code, for Fluent ids (`rights-instrument-<code>`) and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Instrument::Cat => "cat",
            Instrument::Iccpr => "iccpr",
            Instrument::Icescr => "icescr",
            Instrument::Echr => "echr",
            Instrument::EchrProtocol1 => "echr-protocol-1",
            Instrument::CedawGr35 => "cedaw-gr-35",
            Instrument::BangkokRules => "bangkok-rules",
            Instrument::Crc => "crc",
        }
    }

    /// The English abbreviation used in UN and Council of Europe practice.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Instrument::Cat => "CAT",
            Instrument::Iccpr => "ICCPR",
            Instrument::Icescr => "ICESCR",
            Instrument::Echr => "ECHR",
            Instrument::EchrProtocol1 => "ECHR Protocol 1",
            Instrument::CedawGr35 => "CEDAW GR 35",
            Instrument::BangkokRules => "Bangkok Rules",
            Instrument::Crc => "CRC",
        }
    }

    pub fn unit(self) -> ProvisionUnit {
        match self {
            Instrument::BangkokRules => ProvisionUnit::Rule,
            Instrument::CedawGr35 => ProvisionUnit::Paragraph,
            _ => ProvisionUnit::Article,
        }
    }
}

/// One provision of one instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Right {
    pub instrument: Instrument,
    /// Bare provision number, e.g. `7`, `14(3)(d)`, `16`.
    pub article: &'static str,
}

impl std::fmt::Display for Right {
    /// English short form, e.g. `ICCPR art. 14(3)(d)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.instrument.unit() {
            ProvisionUnit::Article => "art.",
            ProvisionUnit::Rule => "rule",
            ProvisionUnit::Paragraph => "para.",
        };
        write!(
            f,
            "{} {unit} {}",
            self.instrument.abbreviation(),
            self.article
        )
    }
}

const fn r(instrument: Instrument, article: &'static str) -> Right {
    Right {
        instrument,
        article,
    }
}

use Instrument::{
    BangkokRules as BR, Cat, CedawGr35 as GR35, Crc, Echr, EchrProtocol1 as P1, Iccpr, Icescr,
};

/// The table: every `act-type` code and the provisions it engages.
pub const RIGHTS: &[(&str, &[Right])] = &[
    // physical
    (
        "beating",
        &[r(Cat, "1"), r(Cat, "16"), r(Iccpr, "7"), r(Echr, "3")],
    ),
    ("asphyxiation", &[r(Cat, "1"), r(Iccpr, "7"), r(Echr, "3")]),
    (
        "electric-shock",
        &[r(Cat, "1"), r(Iccpr, "7"), r(Echr, "3")],
    ),
    (
        "stress-positions",
        &[r(Cat, "1"), r(Cat, "16"), r(Iccpr, "7"), r(Echr, "3")],
    ),
    ("burns", &[r(Cat, "1"), r(Iccpr, "7"), r(Echr, "3")]),
    (
        "use-of-weapon",
        &[r(Cat, "16"), r(Iccpr, "7"), r(Echr, "3")],
    ),
    (
        "other-physical",
        &[r(Cat, "16"), r(Iccpr, "7"), r(Echr, "3")],
    ),
    // sexual
    (
        "rape",
        &[r(Cat, "1"), r(Iccpr, "7"), r(Echr, "3"), r(GR35, "16")],
    ),
    (
        "sexual-assault",
        &[
            r(Cat, "1"),
            r(Cat, "16"),
            r(Iccpr, "7"),
            r(Echr, "3"),
            r(GR35, "16"),
        ],
    ),
    (
        "sex-for-release",
        &[
            r(Cat, "1"),
            r(Iccpr, "7"),
            r(Iccpr, "9"),
            r(Echr, "3"),
            r(GR35, "16"),
        ],
    ),
    (
        "forced-undressing",
        &[
            r(Cat, "16"),
            r(Iccpr, "7"),
            r(Echr, "3"),
            r(Echr, "8"),
            r(BR, "19"),
            r(GR35, "16"),
        ],
    ),
    (
        "search-by-male-officers",
        &[
            r(Iccpr, "7"),
            r(Iccpr, "17"),
            r(Echr, "3"),
            r(Echr, "8"),
            r(BR, "19"),
            r(BR, "20"),
        ],
    ),
    (
        "sexual-harassment",
        &[r(Cat, "16"), r(Iccpr, "17"), r(Echr, "8"), r(GR35, "20")],
    ),
    // psychological
    ("threats", &[r(Cat, "16"), r(Iccpr, "7"), r(Echr, "3")]),
    (
        "humiliation",
        &[r(Cat, "16"), r(Iccpr, "7"), r(Iccpr, "10"), r(Echr, "3")],
    ),
    (
        "threat-child-custody",
        &[
            r(Cat, "1"),
            r(Iccpr, "7"),
            r(Iccpr, "23"),
            r(Echr, "3"),
            r(Echr, "8"),
        ],
    ),
    (
        "threat-disclose-hiv-status",
        &[
            r(Cat, "16"),
            r(Iccpr, "7"),
            r(Iccpr, "17"),
            r(Echr, "8"),
            r(Icescr, "12"),
        ],
    ),
    (
        "threat-disclose-drug-use",
        &[r(Cat, "16"), r(Iccpr, "7"), r(Iccpr, "17"), r(Echr, "8")],
    ),
    ("insults", &[r(Iccpr, "10"), r(Echr, "8"), r(GR35, "20")]),
    // liberty
    ("detention-without-protocol", &[r(Iccpr, "9"), r(Echr, "5")]),
    (
        "detention-beyond-limit",
        &[r(Iccpr, "9(3)"), r(Echr, "5(1)"), r(Echr, "5(3)")],
    ),
    (
        "arrest-for-syringes",
        &[r(Iccpr, "9"), r(Echr, "5"), r(Icescr, "12")],
    ),
    (
        "planted-drugs",
        &[r(Iccpr, "9"), r(Iccpr, "14"), r(Echr, "5"), r(Echr, "6")],
    ),
    (
        "fabricated-charges",
        &[r(Iccpr, "9"), r(Iccpr, "14"), r(Echr, "5"), r(Echr, "6")],
    ),
    // coercion
    (
        "forced-confession",
        &[
            r(Cat, "1"),
            r(Cat, "15"),
            r(Iccpr, "7"),
            r(Iccpr, "14(3)(g)"),
            r(Echr, "3"),
            r(Echr, "6"),
        ],
    ),
    (
        "forced-testimony",
        &[
            r(Cat, "1"),
            r(Cat, "15"),
            r(Iccpr, "7"),
            r(Iccpr, "14(3)(g)"),
            r(Echr, "6"),
        ],
    ),
    (
        "informant-recruitment",
        &[r(Cat, "16"), r(Iccpr, "7"), r(Iccpr, "17"), r(Echr, "8")],
    ),
    (
        "pressure-against-partner",
        &[r(Cat, "16"), r(Iccpr, "7"), r(Iccpr, "17"), r(Echr, "8")],
    ),
    // economic
    ("extortion-bribe", &[r(Cat, "16"), r(P1, "1")]),
    ("confiscation-money", &[r(P1, "1")]),
    (
        "confiscation-phone",
        &[r(P1, "1"), r(Iccpr, "17"), r(Echr, "8")],
    ),
    ("confiscation-syringes", &[r(Icescr, "12"), r(P1, "1")]),
    (
        "confiscation-naloxone",
        &[r(Icescr, "12"), r(Iccpr, "6"), r(Echr, "2")],
    ),
    (
        "confiscation-ost-medicine",
        &[r(Icescr, "12"), r(Iccpr, "7"), r(Echr, "3")],
    ),
    // health
    (
        "ost-denied-in-custody",
        &[
            r(Icescr, "12"),
            r(Cat, "16"),
            r(Iccpr, "7"),
            r(Iccpr, "10"),
            r(Echr, "3"),
            r(BR, "15"),
        ],
    ),
    (
        "withdrawal-as-coercion",
        &[r(Cat, "1"), r(Iccpr, "7"), r(Echr, "3"), r(Icescr, "12")],
    ),
    (
        "medical-care-refused",
        &[
            r(Icescr, "12"),
            r(Cat, "16"),
            r(Iccpr, "10"),
            r(Echr, "3"),
            r(BR, "6"),
        ],
    ),
    (
        "forced-drug-test",
        &[r(Iccpr, "17"), r(Echr, "8"), r(Icescr, "12")],
    ),
    (
        "forced-hiv-test",
        &[r(Iccpr, "17"), r(Echr, "8"), r(Icescr, "12"), r(GR35, "18")],
    ),
    (
        "forced-narcological-registration",
        &[r(Iccpr, "17"), r(Echr, "8"), r(Icescr, "12")],
    ),
    (
        "hiv-status-disclosed",
        &[r(Iccpr, "17"), r(Echr, "8"), r(Icescr, "12"), r(BR, "8")],
    ),
    // procedure
    (
        "lawyer-refused",
        &[r(Iccpr, "14(3)(d)"), r(Echr, "6(3)(c)"), r(Cat, "2")],
    ),
    (
        "rights-not-read",
        &[r(Iccpr, "9(2)"), r(Iccpr, "14(3)(a)"), r(Echr, "5(2)")],
    ),
    (
        "relatives-not-notified",
        &[r(Cat, "2"), r(Iccpr, "9"), r(BR, "2")],
    ),
    (
        "forced-signature",
        &[r(Cat, "15"), r(Iccpr, "14(3)(g)"), r(Echr, "6")],
    ),
    (
        "signed-without-understanding",
        &[
            r(Iccpr, "14(3)(a)"),
            r(Iccpr, "14(3)(f)"),
            r(Echr, "6(3)(a)"),
        ],
    ),
    (
        "interpreter-refused",
        &[r(Iccpr, "14(3)(f)"), r(Echr, "5(2)"), r(Echr, "6(3)(e)")],
    ),
    // custody
    (
        "child-removed",
        &[r(Iccpr, "23"), r(Iccpr, "24"), r(Echr, "8"), r(Crc, "9")],
    ),
    (
        "child-removal-threatened",
        &[
            r(Cat, "16"),
            r(Iccpr, "7"),
            r(Echr, "3"),
            r(Echr, "8"),
            r(Crc, "9"),
        ],
    ),
    // death in custody: the right to life and the duty to investigate.
    (
        "death-in-custody",
        &[r(Iccpr, "6"), r(Echr, "2"), r(Cat, "12")],
    ),
    // An act the list does not name still engages the State's responsibility for its
    // agents and the right to a remedy.
    ("other", &[r(GR35, "22"), r(Iccpr, "2(3)")]),
];

/// The provisions an act type engages; empty for an unknown code.
pub fn rights_for(act_type: &str) -> &'static [Right] {
    RIGHTS
        .iter()
        .find(|(code, _)| *code == act_type)
        .map(|(_, rights)| *rights)
        .unwrap_or(&[])
}

/// The union of the provisions several act types engage, without repeats, ordered
/// by instrument then by first appearance.
pub fn rights_for_all<'a>(act_types: impl IntoIterator<Item = &'a str>) -> Vec<Right> {
    let mut out: Vec<Right> = Vec::new();
    for act in act_types {
        for right in rights_for(act) {
            if !out.contains(right) {
                out.push(*right);
            }
        }
    }
    out.sort_by_key(|r| r.instrument);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab;

    #[test]
    fn every_act_type_has_rights_and_the_table_has_no_strays() {
        for act in vocab::ACT_TYPE.codes {
            assert!(!rights_for(act).is_empty(), "{act} has no rights");
        }
        for (code, _) in RIGHTS {
            assert!(vocab::ACT_TYPE.contains(code), "{code} is not an act type");
        }
        assert_eq!(RIGHTS.len(), vocab::ACT_TYPE.codes.len());
    }

    #[test]
    fn examples_from_the_data_model() {
        let s = |a: &str| {
            rights_for(a)
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        let beating = s("beating");
        for want in ["CAT art. 1", "CAT art. 16", "ICCPR art. 7", "ECHR art. 3"] {
            assert!(beating.contains(&want.to_owned()), "{want}");
        }
        assert!(s("lawyer-refused").contains(&"ICCPR art. 14(3)(d)".to_owned()));
        assert!(s("lawyer-refused").contains(&"ECHR art. 6(3)(c)".to_owned()));
        assert!(s("detention-without-protocol").contains(&"ECHR art. 5".to_owned()));
        assert!(s("hiv-status-disclosed").contains(&"ICCPR art. 17".to_owned()));
        assert!(s("rape").contains(&"CEDAW GR 35 para. 16".to_owned()));
        assert!(s("ost-denied-in-custody").contains(&"ICESCR art. 12".to_owned()));
        assert!(rights_for("no-such-act").is_empty());
    }

    #[test]
    fn health_acts_engage_the_right_to_health() {
        for act in vocab::act_types_in("health") {
            assert!(
                rights_for(act)
                    .iter()
                    .any(|r| r.instrument == Instrument::Icescr),
                "{act}"
            );
        }
    }

    #[test]
    fn union_is_deduplicated() {
        let all = rights_for_all(["beating", "burns"]);
        assert_eq!(
            all.iter().filter(|r| r.to_string() == "CAT art. 1").count(),
            1
        );
        assert_eq!(all[0].instrument, Instrument::Cat);
    }
}
