//! What statistics may know about one case: the values of the counting dimensions and
//! nothing else.
//!
//! No id, code, pseudonym, identity, narrative, settlement, day of the month,
//! perpetrator detail or free text: only vocabulary codes, ISO place codes, the
//! incident's year and month, and the state of the network-statistics consent. The
//! statistics screen counts these; the network's aggregate bundle carries exactly
//! these. Anything that is not a known code is dropped here, so no free text typed
//! into a code field can ride along.

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::model::{CaseRecord, ConsentState};
use crate::vocab;

/// The consent destination statistics answer to.
pub const STATS_DESTINATION: &str = "organisation-network-stats";

/// Why a case does or does not count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatsConsent {
    Given,
    #[default]
    NeverAsked,
    Refused,
    Revoked,
}

impl StatsConsent {
    pub fn of(record: &CaseRecord) -> Self {
        match record.consent_for(STATS_DESTINATION) {
            ConsentState::Given { .. } => StatsConsent::Given,
            ConsentState::Missing => StatsConsent::NeverAsked,
            ConsentState::Refused => StatsConsent::Refused,
            ConsentState::Revoked => StatsConsent::Revoked,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            StatsConsent::Given => "given",
            StatsConsent::NeverAsked => "never-asked",
            StatsConsent::Refused => "refused",
            StatsConsent::Revoked => "revoked",
        }
    }
}

/// When the (first) incident happened, no finer than its month. A range counts in
/// the month it started; a date known only to the year has no month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FactDate {
    pub year: i32,
    /// 1–12, or `None` when only the year is known.
    pub month: Option<u32>,
}

impl FactDate {
    pub fn of(date: &PartialDate) -> Self {
        use chrono::Datelike;
        match *date {
            PartialDate::Exact(d) | PartialDate::Range { start: d, .. } => FactDate {
                year: d.year(),
                month: Some(d.month()),
            },
            PartialDate::Month { year, month } => FactDate {
                year,
                month: Some(month),
            },
            PartialDate::Year(year) => FactDate { year, month: None },
        }
    }

    /// 1–4, when the month is known.
    pub fn quarter(&self) -> Option<u32> {
        self.month.map(|m| m.div_ceil(3))
    }

    /// `2026` or `2026-03`.
    pub fn to_iso(&self) -> String {
        match self.month {
            Some(m) => format!("{:04}-{m:02}", self.year),
            None => format!("{:04}", self.year),
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        let (y, m) = match text.split_once('-') {
            Some((y, m)) => (y, Some(m)),
            None => (text, None),
        };
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year = y.parse().ok()?;
        let month = match m {
            None => None,
            Some(m) if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
                let m: u32 = m.parse().ok()?;
                (1..=12).contains(&m).then_some(m)?.into()
            }
            Some(_) => return None,
        };
        Some(FactDate { year, month })
    }
}

impl Serialize for FactDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for FactDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        FactDate::parse(&text).ok_or_else(|| serde::de::Error::custom("not a year or year-month"))
    }
}

/// The de-identified facts of one case. Lists hold each code once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
// Unknown fields refused: a snapshot from a hub must hold these and nothing else.
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct CaseFacts {
    pub consent: StatsConsent,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<FactDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub acts: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agencies: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub location_types: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_band: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hiv_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex_work: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub substances: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub medical_attention: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub complaint_bodies: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub complaint_responses: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub complaint_outcomes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intake_channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// At a hub, the centre whose snapshot holds the record (the name the hub
    /// shows for it). Never written anywhere: a record's centre is its snapshot's.
    #[serde(skip)]
    pub centre: Option<std::sync::Arc<str>>,
}

/// A code of `list`, trimmed; anything else is dropped (see the module note).
fn code_of(list: &vocab::Vocabulary, value: Option<&str>) -> Option<String> {
    let v = value?.trim();
    list.contains(v).then(|| v.to_owned())
}

fn codes_of<'a>(list: &vocab::Vocabulary, values: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for v in values {
        if let Some(c) = code_of(list, Some(v)) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// `UA`: two capital letters, as ISO 3166-1 alpha-2.
fn is_country(v: &str) -> bool {
    v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase())
}

fn country_code(value: Option<&str>) -> Option<String> {
    let v = value?.trim();
    is_country(v).then(|| v.to_owned())
}

/// `UA-43`, `KZ-75`: the country's code, a hyphen and one to three capitals or
/// digits, as ISO 3166-2; it must belong to `country`.
fn is_region(v: &str, country: Option<&str>) -> bool {
    let Some((cc, sub)) = v.split_once('-') else {
        return false;
    };
    Some(cc) == country
        && (1..=3).contains(&sub.len())
        && sub
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn region_code(value: Option<&str>, country: Option<&str>) -> Option<String> {
    let v = value?.trim();
    is_region(v, country).then(|| v.to_owned())
}

/// The age band she was given, else the band her exact age falls in.
fn age_band(record: &CaseRecord) -> Option<String> {
    if let Some(band) = code_of(&vocab::AGE_BAND, record.survivor.age_band.as_deref()) {
        return Some(band);
    }
    let band = match record.survivor.age? {
        a if a < 0 => return None,
        0..=17 => "under-18",
        18..=24 => "18-24",
        25..=34 => "25-34",
        35..=44 => "35-44",
        45..=54 => "45-54",
        _ => "55+",
    };
    Some(band.to_owned())
}

impl CaseFacts {
    pub fn of(record: &CaseRecord) -> Self {
        let country = country_code(record.country());
        let region = region_code(record.region(), country.as_deref());
        let acts = record.incidents.iter().flat_map(|i| &i.acts);
        let complaints = record
            .responses
            .iter()
            .flat_map(|r| &r.complaints)
            .collect::<Vec<_>>();
        CaseFacts {
            consent: StatsConsent::of(record),
            when: record.first_incident_date().map(|d| FactDate::of(&d)),
            country,
            region,
            acts: codes_of(
                &vocab::ACT_TYPE,
                acts.clone().filter_map(|a| a.act_type.as_deref()),
            ),
            agencies: codes_of(
                &vocab::AGENCY,
                record
                    .perpetrators
                    .iter()
                    .filter_map(|p| p.agency.as_deref()),
            ),
            location_types: codes_of(
                &vocab::LOCATION_TYPE,
                record
                    .incidents
                    .iter()
                    .filter_map(|i| i.location_type.as_deref()),
            ),
            age_band: age_band(record),
            hiv_status: code_of(&vocab::HIV_STATUS, record.survivor.hiv_status.as_deref()),
            sex_work: record.survivor.sex_work,
            substances: codes_of(
                &vocab::SUBSTANCE,
                record.survivor.substances.iter().map(String::as_str),
            ),
            medical_attention: codes_of(
                &vocab::MEDICAL_ATTENTION,
                acts.filter_map(|a| a.medical_attention.as_deref()),
            ),
            complaint_bodies: codes_of(
                &vocab::COMPLAINT_BODY,
                complaints.iter().filter_map(|c| c.body.as_deref()),
            ),
            complaint_responses: codes_of(
                &vocab::COMPLAINT_RESPONSE,
                complaints.iter().filter_map(|c| c.response.as_deref()),
            ),
            complaint_outcomes: codes_of(
                &vocab::COMPLAINT_OUTCOME,
                complaints.iter().filter_map(|c| c.outcome.as_deref()),
            ),
            intake_channel: code_of(
                &vocab::INTAKE_CHANNEL,
                record.intake.as_ref().and_then(|i| i.channel.as_deref()),
            ),
            status: code_of(&vocab::STATUS, record.status.as_deref()),
            centre: None,
        }
    }

    /// Act groups of the acts, each once.
    pub fn act_groups(&self) -> Vec<&'static str> {
        let mut out = vec![];
        for g in self.acts.iter().filter_map(|a| vocab::act_group(a)) {
            if !out.contains(&g) {
                out.push(g);
            }
        }
        out
    }
}

/// The vocabularies of the list fields, in the order the compact form writes them.
const LISTS: [&vocab::Vocabulary; 8] = [
    &vocab::ACT_TYPE,
    &vocab::AGENCY,
    &vocab::LOCATION_TYPE,
    &vocab::SUBSTANCE,
    &vocab::MEDICAL_ATTENTION,
    &vocab::COMPLAINT_BODY,
    &vocab::COMPLAINT_RESPONSE,
    &vocab::COMPLAINT_OUTCOME,
];
/// The vocabularies of the single-code fields, in order.
const ONES: [&vocab::Vocabulary; 4] = [
    &vocab::AGE_BAND,
    &vocab::HIV_STATUS,
    &vocab::INTAKE_CHANNEL,
    &vocab::STATUS,
];

/// The compact form could not be read: written by something else, or altered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("statistics facts are not in their stored form")]
pub struct BadFacts;

impl CaseFacts {
    fn lists(&self) -> [&Vec<String>; 8] {
        [
            &self.acts,
            &self.agencies,
            &self.location_types,
            &self.substances,
            &self.medical_attention,
            &self.complaint_bodies,
            &self.complaint_responses,
            &self.complaint_outcomes,
        ]
    }

    fn lists_mut(&mut self) -> [&mut Vec<String>; 8] {
        [
            &mut self.acts,
            &mut self.agencies,
            &mut self.location_types,
            &mut self.substances,
            &mut self.medical_attention,
            &mut self.complaint_bodies,
            &mut self.complaint_responses,
            &mut self.complaint_outcomes,
        ]
    }

    fn ones_mut(&mut self) -> [&mut Option<String>; 4] {
        [
            &mut self.age_band,
            &mut self.hiv_status,
            &mut self.intake_channel,
            &mut self.status,
        ]
    }

    fn ones(&self) -> [&Option<String>; 4] {
        [
            &self.age_band,
            &self.hiv_status,
            &self.intake_channel,
            &self.status,
        ]
    }

    /// The form the vault stores beside each case: fields in a fixed order split by
    /// `;`, codes as their place in their vocabulary. A tenth of the JSON's size and
    /// read ten times faster, which is what a 100k-case vault pays after each write.
    pub fn to_compact(&self) -> String {
        let index = |v: &vocab::Vocabulary, code: &str| {
            v.codes
                .iter()
                .position(|c| *c == code)
                .map(|i| i.to_string())
                .unwrap_or_default()
        };
        let mut fields: Vec<String> = vec![
            self.consent.code().to_owned(),
            self.when.map(|w| w.to_iso()).unwrap_or_default(),
            self.country.clone().unwrap_or_default(),
            self.region.clone().unwrap_or_default(),
            match self.sex_work {
                Some(true) => "y".to_owned(),
                Some(false) => "n".to_owned(),
                None => String::new(),
            },
        ];
        for (v, one) in ONES.iter().zip(self.ones()) {
            fields.push(one.as_deref().map(|c| index(v, c)).unwrap_or_default());
        }
        for (v, list) in LISTS.iter().zip(self.lists()) {
            fields.push(
                list.iter()
                    .map(|c| index(v, c))
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        fields.join(";")
    }

    pub fn from_compact(text: &str) -> Result<Self, BadFacts> {
        let mut f = CaseFacts::default();
        f.read_compact(text)?;
        Ok(f)
    }

    /// Reads the compact form into `self`, reusing its strings: a hub reads a
    /// million records into one value without allocating for each. On error `self`
    /// holds a mix of old and new values and must not be used. `centre` is left as
    /// it was (the compact form does not hold it).
    pub fn read_compact(&mut self, text: &str) -> Result<(), BadFacts> {
        let mut fields = text.split(';');
        let mut next = || fields.next().ok_or(BadFacts);
        self.consent = match next()? {
            "given" => StatsConsent::Given,
            "never-asked" => StatsConsent::NeverAsked,
            "refused" => StatsConsent::Refused,
            "revoked" => StatsConsent::Revoked,
            _ => return Err(BadFacts),
        };
        self.when = match next()? {
            "" => None,
            w => Some(FactDate::parse(w).ok_or(BadFacts)?),
        };
        let country = next()?;
        let region = next()?;
        let country = (!country.is_empty()).then_some(country);
        let region = (!region.is_empty()).then_some(region);
        if !country.is_none_or(is_country) || !region.is_none_or(|r| is_region(r, country)) {
            return Err(BadFacts);
        }
        set_one(&mut self.country, country);
        set_one(&mut self.region, region);
        self.sex_work = match next()? {
            "" => None,
            "y" => Some(true),
            "n" => Some(false),
            _ => return Err(BadFacts),
        };
        let code = |v: &vocab::Vocabulary, i: &str| -> Result<&'static str, BadFacts> {
            let i: usize = i.parse().map_err(|_| BadFacts)?;
            v.codes.get(i).copied().ok_or(BadFacts)
        };
        // In the order of ONES: age band, HIV status, intake channel, status.
        for (v, slot) in ONES.iter().zip(self.ones_mut()) {
            match next()? {
                "" => *slot = None,
                i => set_one(slot, Some(code(v, i)?)),
            }
        }
        for (v, list) in LISTS.iter().zip(self.lists_mut()) {
            let field = next()?;
            set_codes(
                list,
                field
                    .split(',')
                    .filter(|i| !i.is_empty())
                    .map(|i| code(v, i)),
            )?;
        }
        if fields.next().is_some() {
            return Err(BadFacts);
        }
        Ok(())
    }
}

/// A record as a hub keeps it: the compact facts in a small binary layout (about
/// 30 bytes against 65 of text), read back without parsing text, so that a hub of a
/// million records counts them in a fraction of a second.
///
/// Layout: consent (u8: 0 given, 1 never asked, 2 refused, 3 revoked); year (u16
/// LE, 0 none); month (u8, 0 unknown); country (2 ASCII bytes, zero none); region's
/// subdivision part (3 bytes, zero padded, zero none); sex work (u8: 0 unknown, 1
/// yes, 2 no); the single codes of [`ONES`] (u8 each: vocabulary index + 1, 0
/// none); then the lists of [`LISTS`], each a count (u8) and that many vocabulary
/// indices, in their order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PackedFacts {
    pub consent: StatsConsent,
    /// 0: no date.
    pub year: u16,
    /// 0: only the year is known.
    pub month: u8,
    /// Zero: none.
    pub country: [u8; 2],
    /// The part after `CC-`, zero padded; zero: none.
    pub region: [u8; 3],
    /// 0 unknown, 1 yes, 2 no.
    pub sex_work: u8,
    /// Age band, HIV status, intake channel, status: vocabulary index + 1, 0 none.
    pub ones: [u8; 4],
    /// Acts, agencies, location types, substances, medical attention, complaint
    /// bodies, responses, outcomes: bit i is code i of the list's vocabulary.
    pub lists: [u64; 8],
}

/// The most codes a list's vocabulary may have in the packed form.
pub const PACKED_LIST_MAX: usize = 64;

impl PackedFacts {
    /// Reads one record off the front of `bytes`, checked as [`CaseFacts::read_compact`]
    /// checks the text form.
    pub fn read(bytes: &mut &[u8]) -> Result<Self, BadFacts> {
        let b = *bytes;
        if b.len() < 14 {
            return Err(BadFacts);
        }
        let consent = match b[0] {
            0 => StatsConsent::Given,
            1 => StatsConsent::NeverAsked,
            2 => StatsConsent::Refused,
            3 => StatsConsent::Revoked,
            _ => return Err(BadFacts),
        };
        let year = u16::from_le_bytes([b[1], b[2]]);
        let month = b[3];
        if month > 12 || (year == 0 && month != 0) || year > 9999 {
            return Err(BadFacts);
        }
        let country = [b[4], b[5]];
        let region = [b[6], b[7], b[8]];
        let no_country = country == [0, 0];
        if !no_country && !country.iter().all(u8::is_ascii_uppercase) {
            return Err(BadFacts);
        }
        let sub = region.iter().take_while(|c| **c != 0).count();
        let region_ok = region[..sub]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && region[sub..].iter().all(|c| *c == 0)
            && (sub == 0 || !no_country);
        if !region_ok || b[9] > 2 {
            return Err(BadFacts);
        }
        let mut ones = [0u8; 4];
        for (k, v) in ONES.iter().enumerate() {
            let x = b[10 + k];
            if usize::from(x) > v.codes.len() {
                return Err(BadFacts);
            }
            ones[k] = x;
        }
        let mut at = 14;
        let mut lists = [0u64; 8];
        for (k, v) in LISTS.iter().enumerate() {
            let n = usize::from(*b.get(at).ok_or(BadFacts)?);
            let idx = b.get(at + 1..at + 1 + n).ok_or(BadFacts)?;
            for &i in idx {
                let i = usize::from(i);
                let bit = 1u64 << (i % PACKED_LIST_MAX);
                if i >= v.codes.len() || i >= PACKED_LIST_MAX || lists[k] & bit != 0 {
                    return Err(BadFacts);
                }
                lists[k] |= bit;
            }
            at += 1 + n;
        }
        *bytes = &b[at..];
        Ok(PackedFacts {
            consent,
            year,
            month,
            country,
            region,
            sex_work: b[9],
            ones,
            lists,
        })
    }
}

impl CaseFacts {
    /// Appends the packed form (see [`PackedFacts`]). Facts that are not codes of
    /// their lists (which [`CaseFacts::of`] never makes) are written as absent.
    pub fn write_packed(&self, out: &mut Vec<u8>) {
        out.push(match self.consent {
            StatsConsent::Given => 0,
            StatsConsent::NeverAsked => 1,
            StatsConsent::Refused => 2,
            StatsConsent::Revoked => 3,
        });
        let (year, month) = match self.when {
            Some(w) => (
                u16::try_from(w.year).unwrap_or(0),
                w.month.and_then(|m| u8::try_from(m).ok()).unwrap_or(0),
            ),
            None => (0, 0),
        };
        out.extend_from_slice(&year.to_le_bytes());
        out.push(month);
        let mut country = [0u8; 2];
        if let Some(c) = self.country.as_deref().filter(|c| is_country(c)) {
            country.copy_from_slice(c.as_bytes());
        }
        out.extend_from_slice(&country);
        let mut region = [0u8; 3];
        if let Some((_, sub)) = self
            .region
            .as_deref()
            .filter(|r| is_region(r, self.country.as_deref()))
            .and_then(|r| r.split_once('-'))
        {
            region[..sub.len()].copy_from_slice(sub.as_bytes());
        }
        out.extend_from_slice(&region);
        out.push(match self.sex_work {
            None => 0,
            Some(true) => 1,
            Some(false) => 2,
        });
        for (v, one) in ONES.iter().zip(self.ones()) {
            let i = one
                .as_deref()
                .and_then(|c| v.codes.iter().position(|x| *x == c))
                .and_then(|i| u8::try_from(i + 1).ok())
                .unwrap_or(0);
            out.push(i);
        }
        for (v, list) in LISTS.iter().zip(self.lists()) {
            let idx: Vec<u8> = list
                .iter()
                .filter_map(|c| v.codes.iter().position(|x| x == c))
                .filter_map(|i| u8::try_from(i).ok())
                .collect();
            out.push(u8::try_from(idx.len()).unwrap_or(0));
            out.extend_from_slice(&idx[..usize::from(u8::try_from(idx.len()).unwrap_or(0))]);
        }
    }

    /// Reads one packed record off the front of `bytes` into `self`, reusing its
    /// strings, lists in the order they were written (as [`CaseFacts::read_compact`]).
    pub fn read_packed(&mut self, bytes: &mut &[u8]) -> Result<(), BadFacts> {
        let start = *bytes;
        let p = PackedFacts::read(bytes)?;
        self.consent = p.consent;
        self.when = (p.year != 0).then(|| FactDate {
            year: i32::from(p.year),
            month: (p.month != 0).then_some(u32::from(p.month)),
        });
        let country = (p.country != [0, 0]).then(|| {
            // Checked ASCII capitals by `read`.
            [char::from(p.country[0]), char::from(p.country[1])]
        });
        match country {
            Some([a, b]) => {
                let s = self.country.get_or_insert_with(String::new);
                s.clear();
                s.push(a);
                s.push(b);
            }
            None => self.country = None,
        }
        let sub = p.region.iter().take_while(|c| **c != 0).count();
        match (&country, sub) {
            (Some([a, b]), 1..) => {
                let s = self.region.get_or_insert_with(String::new);
                s.clear();
                s.push(*a);
                s.push(*b);
                s.push('-');
                s.extend(p.region[..sub].iter().map(|c| char::from(*c)));
            }
            _ => self.region = None,
        }
        self.sex_work = match p.sex_work {
            1 => Some(true),
            2 => Some(false),
            _ => None,
        };
        for ((v, slot), i) in ONES.iter().zip(self.ones_mut()).zip(p.ones) {
            let code = usize::from(i)
                .checked_sub(1)
                .and_then(|i| v.codes.get(i).copied());
            set_one(slot, code);
        }
        // The lists again, in their written order (`read` checked them).
        let mut at = 14;
        for (v, list) in LISTS.iter().zip(self.lists_mut()) {
            let n = usize::from(start[at]);
            set_codes(
                list,
                start[at + 1..at + 1 + n]
                    .iter()
                    .map(|&i| Ok(v.codes[usize::from(i)])),
            )?;
            at += 1 + n;
        }
        Ok(())
    }
}

/// The vocabulary of each packed list, in [`PackedFacts::lists`] order.
pub fn packed_list_vocabularies() -> [&'static vocab::Vocabulary; 8] {
    LISTS
}

/// The vocabulary of each packed single code, in [`PackedFacts::ones`] order.
pub fn packed_one_vocabularies() -> [&'static vocab::Vocabulary; 4] {
    ONES
}

/// Sets a list of codes, reusing the strings already there; stops at the first
/// code that could not be read.
fn set_codes<'a>(
    list: &mut Vec<String>,
    codes: impl IntoIterator<Item = Result<&'a str, BadFacts>>,
) -> Result<(), BadFacts> {
    let mut n = 0;
    for c in codes {
        let c = c?;
        match list.get_mut(n) {
            Some(s) => {
                s.clear();
                s.push_str(c);
            }
            None => list.push(c.to_owned()),
        }
        n += 1;
    }
    list.truncate(n);
    Ok(())
}

/// Sets an optional code, reusing the string already there.
fn set_one(slot: &mut Option<String>, value: Option<&str>) {
    match (slot.as_mut(), value) {
        (Some(s), Some(v)) => {
            s.clear();
            s.push_str(v);
        }
        (None, Some(v)) => *slot = Some(v.to_owned()),
        (_, None) => *slot = None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {

    #[test]
    fn the_packed_form_gives_back_what_it_was_given() {
        let example: crate::CaseRecord =
            crate::CaseRecord::from_json_str(include_str!("../tests/fixtures/example-case.json"))
                .unwrap();
        let mut all = vec![CaseFacts::of(&example), CaseFacts::default()];
        let mut two = CaseFacts::of(&example);
        two.when = Some(FactDate {
            year: 2025,
            month: None,
        });
        two.region = None;
        two.sex_work = Some(true);
        two.acts.reverse();
        two.consent = StatsConsent::Revoked;
        all.push(two);
        let mut bytes = vec![];
        for f in &all {
            f.write_packed(&mut bytes);
        }
        assert!(bytes.len() < 40 * all.len(), "{} bytes", bytes.len());
        // Read into one value, over and over: nothing of an earlier record stays.
        let mut read = CaseFacts::default();
        let mut rest = bytes.as_slice();
        for f in &all {
            read.read_packed(&mut rest).unwrap();
            assert_eq!(&read, f);
        }
        assert!(rest.is_empty());
        // Every list vocabulary fits the packed bitsets.
        for v in LISTS {
            assert!(v.codes.len() <= PACKED_LIST_MAX, "{}", v.name);
        }
        // Damage is refused, never read as something else.
        for bad in [
            vec![9u8; 14],
            bytes[..10].to_vec(),
            {
                let mut b = bytes.clone();
                b[3] = 13;
                b
            },
            {
                let mut b = bytes.clone();
                b[4] = b'k';
                b
            },
        ] {
            assert!(PackedFacts::read(&mut bad.as_slice()).is_err());
        }
    }
    use super::*;

    const SENTINEL: &str = "SENTINEL-7Q";

    fn record(v: serde_json::Value) -> CaseRecord {
        CaseRecord::from_json_value(v).unwrap()
    }

    #[test]
    fn facts_hold_codes_and_never_free_text() {
        let r = record(serde_json::json!({
            "code": format!("{SENTINEL}-code"),
            "status": "open",
            "intake": {"channel": "outreach", "documenter": SENTINEL, "organisation": SENTINEL},
            "survivor": {
                "pseudonym": SENTINEL, "age": 29, "hiv_status": "positive", "sex_work": true,
                "substances": ["opioids", SENTINEL, "opioids"], "settlement": SENTINEL,
                "identity": {"legal_name": SENTINEL, "phone": SENTINEL}
            },
            "perpetrators": [{"ref": "p1", "agency": "patrol-police", "name": SENTINEL,
                              "unit": SENTINEL, "badge_number": SENTINEL},
                             {"ref": "p2", "agency": SENTINEL}],
            "incidents": [{
                "date": "2026-03-10", "country": "UA", "region": "UA-43",
                "settlement": SENTINEL, "location_type": "street",
                "narrative": SENTINEL, "narrative_translation": SENTINEL,
                "acts": [{"act_type": "beating", "medical_attention": "first-aid",
                          "physical_consequences": SENTINEL},
                         {"act_type": "beating"}, {"act_type": SENTINEL,
                          "act_type_other": SENTINEL}]
            }],
            "responses": {"complaints": [{"body": "prosecutor", "reference_number": SENTINEL,
                                          "response": "rejected", "outcome": "refused-to-open"}]},
            "consents": [{"destination": "organisation-network-stats", "given": true}],
            "notes": SENTINEL, "tags": [SENTINEL]
        }));
        let f = CaseFacts::of(&r);
        let json = serde_json::to_string(&f).unwrap();
        assert!(!json.contains(SENTINEL), "{json}");
        assert!(!json.contains("-10"), "no day of the month: {json}");
        assert_eq!(f.consent, StatsConsent::Given);
        assert_eq!(
            f.when,
            Some(FactDate {
                year: 2026,
                month: Some(3)
            })
        );
        assert_eq!(f.acts, vec!["beating"]);
        assert_eq!(f.agencies, vec!["patrol-police"]);
        assert_eq!(f.substances, vec!["opioids"]);
        assert_eq!(f.age_band.as_deref(), Some("25-34"));
        assert_eq!(f.region.as_deref(), Some("UA-43"));
        assert_eq!(f.act_groups(), vec!["physical"]);
        assert_eq!(serde_json::from_str::<CaseFacts>(&json).unwrap(), f);
        let compact = f.to_compact();
        assert!(!compact.contains(SENTINEL));
        assert_eq!(CaseFacts::from_compact(&compact).unwrap(), f);
        assert_eq!(
            CaseFacts::from_compact(&CaseFacts::default().to_compact()).unwrap(),
            CaseFacts::default()
        );
    }

    #[test]
    fn an_altered_compact_form_is_refused() {
        let good = CaseFacts {
            consent: StatsConsent::Given,
            country: Some("UA".into()),
            acts: vec!["rape".into()],
            ..Default::default()
        }
        .to_compact();
        assert!(CaseFacts::from_compact(&good).is_ok());
        for bad in [
            good.replacen("given", "maybe", 1),
            good.replacen("UA", "Kyiv", 1),
            good.replace(";7;", ";999;"),
            format!("{good};"),
            "not facts".to_owned(),
            String::new(),
        ] {
            assert_eq!(CaseFacts::from_compact(&bad), Err(BadFacts), "{bad}");
        }
    }

    #[test]
    fn partial_dates_keep_their_precision_and_ranges_their_start() {
        let when = |inc: serde_json::Value| {
            CaseFacts::of(&record(serde_json::json!({
                "code": "C", "survivor": {"pseudonym": "a"}, "incidents": [inc]
            })))
            .when
        };
        assert_eq!(
            when(serde_json::json!({"date": "2026"})),
            Some(FactDate {
                year: 2026,
                month: None
            })
        );
        assert_eq!(
            when(serde_json::json!({"date": "2025-11"})),
            Some(FactDate {
                year: 2025,
                month: Some(11)
            })
        );
        assert_eq!(
            when(
                serde_json::json!({"date": "2025-12-28", "date_precision": "range",
                                    "date_end": "2026-01-03"})
            ),
            Some(FactDate {
                year: 2025,
                month: Some(12)
            })
        );
        assert_eq!(when(serde_json::json!({"narrative": "x"})), None);
        assert_eq!(FactDate::parse("2026").unwrap().quarter(), None);
        assert_eq!(FactDate::parse("2026-12").unwrap().quarter(), Some(4));
        assert_eq!(FactDate::parse("2026-13"), None);
        assert_eq!(FactDate::parse("26-01"), None);
    }

    #[test]
    fn consent_states_and_odd_places() {
        let facts = |consents: serde_json::Value, region: &str| {
            CaseFacts::of(&record(serde_json::json!({
                "code": "C", "survivor": {"pseudonym": "a", "country": "KZ", "region": region},
                "consents": consents
            })))
        };
        let stats = "organisation-network-stats";
        assert_eq!(
            facts(serde_json::json!([]), "KZ-75").consent,
            StatsConsent::NeverAsked
        );
        assert_eq!(
            facts(
                serde_json::json!([{"destination": stats, "given": false}]),
                "KZ-75"
            )
            .consent,
            StatsConsent::Refused
        );
        assert_eq!(
            facts(
                serde_json::json!([{"destination": stats, "given": true, "revoked_at": "2026-01-02"}]),
                "KZ-75"
            )
            .consent,
            StatsConsent::Revoked
        );
        assert_eq!(
            facts(serde_json::json!([]), "KZ-75").region.as_deref(),
            Some("KZ-75")
        );
        // A region of another country, or text typed where a code belongs, is dropped.
        assert_eq!(facts(serde_json::json!([]), "UA-43").region, None);
        assert_eq!(facts(serde_json::json!([]), "near the bazaar").region, None);
    }
}
