//! The one scrubber every pseudonymised output uses (case-file PDF, bundle, UN draft).
//!
//! Removing the identity block is not enough: a narrative says "Оксану забрали",
//! a revision reason quotes her phone as `067 123 45 67`, a file is called after her.
//! [`Scrubber::for_record`] collects what identifies her and the people around her
//! (identity block, witnesses' pseudonyms and contacts, perpetrators' names,
//! attachment file names) and [`Scrubber::text`] replaces, in any free text:
//!
//! - every word that is a part of one of those names, in any letter case and in the
//!   inflected forms Russian and Ukrainian give names (`Квітчаста` → `Квітчастої`,
//!   `Айгуль` → `Айгули`): a word matches a name part when it is equal to it, or when
//!   it starts with the part's stem (the part without a final vowel, soft sign, `й` or
//!   adjectival ending, at least 3 letters long) followed by at most 3 more letters;
//! - every run of digits whose digits contain the phone's last 7 digits (whatever the
//!   grouping, separators or country/trunk prefix) or an ID number's digits (≥ 5);
//! - the birth date in the usual numeric and written forms (`14.03.1990`,
//!   `1990-03-14`, `14 марта 1990`, `14 березня 1990`, `March 14, 1990`);
//! - the identifying strings themselves (address, contacts, file names), ignoring
//!   letter case.
//!
//! Comparison is on Unicode NFC, lowercased, with `ё` read as `е` and apostrophes
//! inside words (`Мар'яна`, `Марʼяна`) ignored. Over-redaction is accepted where the
//! alternative is a leak: a word that merely starts like her surname goes too.
//!
//! What it cannot do is know the names of *other* people (a sister, a neighbour)
//! written into free text: [`free_text_fields`] lists the fields a person should read
//! before sharing.

use serde_json::Value;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfc, UnicodeNormalization};

use crate::CaseRecord;

/// What a removed piece of text is replaced with.
pub const REDACTED: &str = "[…]";

/// Longest ending an inflected name may add to its stem (`-ого`, `-ою`, `-ими`).
const MAX_ENDING: usize = 3;
/// Shortest stem that may match by prefix: shorter ones would eat ordinary words.
const MIN_STEM: usize = 3;
/// Phone numbers match on their last digits, which survive every way of writing the
/// country and trunk prefix (`+7 701…`, `8 701…`, `701…`).
const PHONE_TAIL: usize = 7;
/// ID numbers shorter than this are too likely to be some other number.
const MIN_ID_DIGITS: usize = 5;
/// Whole strings shorter than this (a pseudonym `A`) are not searched for.
const MIN_PHRASE: usize = 3;

/// Single final letters a name loses when it is declined.
const FINAL_LETTERS: &[char] = &[
    'а', 'я', 'о', 'е', 'и', 'ы', 'і', 'ї', 'у', 'ю', 'ь', 'й', 'є', 'a', 'e', 'o', 'i', 'u', 'y',
];
/// Adjectival endings of surnames (`-ая`, `-ий`, `-ой`), removed before single letters.
const ADJECTIVAL_ENDINGS: &[&str] = &["ая", "яя", "ой", "ий", "ый", "ій", "ое", "ее"];
/// Case endings a three-letter name (`Ира`, `Оля`, `Ким`) takes on its short stem; an
/// open ending there would match half the dictionary (`Лев` → `левый`).
const SHORT_NAME_ENDINGS: &[&str] = &[
    "а", "я", "у", "ю", "ы", "и", "і", "ї", "е", "є", "ой", "ей", "ою", "ею", "ом", "ем", "ым",
    "им", "ові", "еві",
];

/// Month names as they are written in dates, by month (1–12): English, Russian and
/// Ukrainian, nominative and genitive. Matching data, not UI text.
const MONTHS: [&[&str]; 12] = [
    &["january", "январь", "января", "січень", "січня"],
    &["february", "февраль", "февраля", "лютий", "лютого"],
    &["march", "март", "марта", "березень", "березня"],
    &["april", "апрель", "апреля", "квітень", "квітня"],
    &["may", "май", "мая", "травень", "травня"],
    &["june", "июнь", "июня", "червень", "червня"],
    &["july", "июль", "июля", "липень", "липня"],
    &["august", "август", "августа", "серпень", "серпня"],
    &["september", "сентябрь", "сентября", "вересень", "вересня"],
    &["october", "октябрь", "октября", "жовтень", "жовтня"],
    &["november", "ноябрь", "ноября", "листопад", "листопада"],
    &["december", "декабрь", "декабря", "грудень", "грудня"],
];
/// What may follow a day number: `14th`, `14-го`.
const DAY_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "го", "е"];

/// One part of a name, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
struct NamePart {
    word: String,
    /// Matches `stem` + up to [`MAX_ENDING`] letters.
    stem: Option<String>,
    /// A three-letter name's stem, matched with [`SHORT_NAME_ENDINGS`] only.
    short_stem: Option<String>,
    /// Two-letter parts (`Ли`) only match when written with a capital: lowercase they
    /// are ordinary words (`ли`).
    needs_capital: bool,
}

impl NamePart {
    fn new(folded: &str) -> Option<NamePart> {
        let len = folded.chars().count();
        if len < 2 {
            return None;
        }
        let (stem, short_stem) = if len == 3 {
            let s = folded
                .strip_suffix(|c| FINAL_LETTERS.contains(&c))
                .unwrap_or(folded);
            (None, Some(s.to_owned()))
        } else {
            (stem_of(folded), None)
        };
        Some(NamePart {
            word: folded.to_owned(),
            stem,
            short_stem,
            needs_capital: len == 2,
        })
    }

    fn matches(&self, word: &str, capital: bool) -> bool {
        if word == self.word {
            return capital || !self.needs_capital;
        }
        if let Some(rest) = self.stem.as_deref().and_then(|s| word.strip_prefix(s)) {
            return rest.chars().count() <= MAX_ENDING;
        }
        if let Some(rest) = self
            .short_stem
            .as_deref()
            .and_then(|s| word.strip_prefix(s))
        {
            return SHORT_NAME_ENDINGS.contains(&rest);
        }
        false
    }
}

/// The part of a name (4 letters or more) its inflected forms start with, if that is
/// long enough to be matched by prefix.
fn stem_of(folded: &str) -> Option<String> {
    let long_enough = |s: &str| s.chars().count() >= MIN_STEM;
    for e in ADJECTIVAL_ENDINGS {
        if let Some(s) = folded.strip_suffix(e).filter(|s| long_enough(s)) {
            return Some(s.to_owned());
        }
    }
    let stem = folded
        .strip_suffix(|c| FINAL_LETTERS.contains(&c))
        .unwrap_or(folded);
    long_enough(stem).then(|| stem.to_owned())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`')
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// Lowercase with `ё` read as `е`; one input char may give several.
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    for l in c.to_lowercase() {
        out(if l == 'ё' { 'е' } else { l });
    }
}

/// The folded form of a string (NFC, lowercase, `ё` → `е`, apostrophes dropped).
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfc() {
        if !is_apostrophe(c) {
            fold_char(c, &mut |l| out.push(l));
        }
    }
    out
}

/// Words of `s` (letters, with apostrophes inside them), each with whether it starts
/// with a capital.
fn words(s: &str) -> Vec<(String, bool)> {
    let chars: Vec<char> = s.nfc().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (is_word_char(chars[i]) || inner_apostrophe(&chars, i)) {
            i += 1;
        }
        let w: String = chars[start..i].iter().collect();
        out.push((fold(&w), chars[start].is_uppercase()));
    }
    out
}

fn inner_apostrophe(chars: &[char], i: usize) -> bool {
    is_apostrophe(chars[i])
        && i > 0
        && chars[i - 1].is_alphabetic()
        && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// A date of birth, from the stored ISO form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ymd {
    y: u32,
    m: u32,
    d: u32,
}

fn parse_iso(s: &str) -> Option<Ymd> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.get(..2)?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Ymd { y, m, d })
}

/// Removes what identifies the people of one case from free text. Build it with
/// [`Scrubber::for_record`]; an empty scrubber (`Default`) changes nothing.
#[derive(Debug, Clone, Default)]
pub struct Scrubber {
    names: Vec<NamePart>,
    /// Folded whole strings, matched at word edges.
    phrases: Vec<String>,
    /// Digit sequences a run of digits must contain to be removed.
    digit_keys: Vec<String>,
    birth: Vec<Ymd>,
    /// Folded words of places the record names on purpose (settlements): an address
    /// shares them without them being identifying.
    places: Vec<String>,
}

impl Scrubber {
    /// The scrubber for one record: see the module documentation for what it
    /// collects.
    pub fn for_record(record: &CaseRecord) -> Scrubber {
        let mut s = Scrubber::default();
        s.add_record(record);
        s
    }

    /// Adds what identifies people in `record` (for a history, add every revision:
    /// a phone number removed later was still written into older revisions).
    pub fn add_record(&mut self, record: &CaseRecord) {
        let places = std::iter::once(&record.survivor.settlement)
            .chain(record.incidents.iter().map(|i| &i.settlement))
            .flatten()
            .flat_map(|p| words(p))
            .map(|(w, _)| w);
        self.places.extend(places);
        if let Some(id) = &record.survivor.identity {
            if let Some(n) = &id.legal_name {
                self.add_name(n);
            }
            if let Some(d) = &id.date_of_birth {
                self.add_birth_date(d);
            }
            if let Some(p) = &id.phone {
                self.add_phone(p);
            }
            if let Some(a) = &id.address {
                self.add_contact(a);
            }
            if let Some(d) = &id.id_document {
                self.add_id_number(d);
            }
        }
        for w in record.incidents.iter().flat_map(|i| &i.witnesses) {
            if let Some(p) = &w.pseudonym {
                self.add_name(p);
            }
            if let Some(c) = &w.contact {
                self.add_contact(c);
            }
        }
        for n in record.perpetrators.iter().filter_map(|p| p.name.as_ref()) {
            self.add_name(n);
        }
        let files = record.evidence.iter().flat_map(|e| &e.attachments);
        for f in files.filter_map(|a| a.file_name.as_ref()) {
            self.add_phrase(f);
            if let Some((stem, _)) = f.rsplit_once('.') {
                self.add_phrase(stem);
            }
        }
        self.names.sort_by(|a, b| a.word.cmp(&b.word));
        self.names.dedup();
        self.phrases.sort();
        self.phrases.dedup();
        self.digit_keys.sort();
        self.digit_keys.dedup();
        self.places.sort();
        self.places.dedup();
    }

    /// Also removes, for outputs that must not place her below the region (an
    /// anonymised UN draft): the settlements the record names, in their inflected
    /// forms too (`Алматы`, `Шымкента`), and the pseudonym the centre gave her.
    pub fn add_places_and_pseudonym(&mut self, record: &CaseRecord) {
        let places = std::iter::once(&record.survivor.settlement)
            .chain(record.incidents.iter().map(|i| &i.settlement))
            .flatten();
        for p in places {
            self.add_name(p);
        }
        self.add_name(&record.survivor.pseudonym);
        self.places.clear();
        self.names.sort_by(|a, b| a.word.cmp(&b.word));
        self.names.dedup();
        self.phrases.sort();
        self.phrases.dedup();
    }

    /// A person's name: every part of it, and the whole.
    fn add_name(&mut self, name: &str) {
        self.add_phrase(name);
        for (w, _) in words(name) {
            if let Some(p) = NamePart::new(&w) {
                self.names.push(p);
            }
        }
    }

    /// An address or contact: the whole string, any phone number in it, and its
    /// capitalised words (street, person) except the places the record keeps.
    fn add_contact(&mut self, s: &str) {
        self.add_phrase(s);
        self.add_phone(s);
        for (w, capital) in words(s) {
            if capital && w.chars().count() >= MIN_STEM && !self.places.contains(&w) {
                if let Some(p) = NamePart::new(&w) {
                    self.names.push(p);
                }
            }
        }
    }

    fn add_phone(&mut self, s: &str) {
        self.add_phrase(s);
        let d = digits(s);
        let n = d.len();
        if n >= PHONE_TAIL {
            self.digit_keys.push(d[n - PHONE_TAIL..].to_owned());
        } else if n >= MIN_ID_DIGITS {
            self.digit_keys.push(d);
        }
    }

    fn add_id_number(&mut self, s: &str) {
        self.add_phrase(s);
        // Without spaces too: `N 01234567` is also written `N01234567`.
        self.add_phrase(&s.chars().filter(|c| !c.is_whitespace()).collect::<String>());
        let d = digits(s);
        if d.len() >= MIN_ID_DIGITS {
            self.digit_keys.push(d);
        }
    }

    fn add_birth_date(&mut self, s: &str) {
        self.add_phrase(s);
        if let Some(d) = parse_iso(s) {
            self.birth.push(d);
        }
    }

    fn add_phrase(&mut self, s: &str) {
        let f = fold(s.trim());
        let f = f.split_whitespace().collect::<Vec<_>>().join(" ");
        if f.chars().count() >= MIN_PHRASE {
            self.phrases.push(f);
        }
    }

    /// True when it has nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
            && self.phrases.is_empty()
            && self.digit_keys.is_empty()
            && self.birth.is_empty()
    }

    /// `text` with everything identifying replaced by [`REDACTED`]; unchanged (byte
    /// for byte) when nothing matched.
    pub fn text(&self, text: &str) -> String {
        if self.is_empty() {
            return text.to_owned();
        }
        let nfc: String;
        let src = if is_nfc(text) {
            text
        } else {
            nfc = text.nfc().collect();
            &nfc
        };
        let folded = Folded::new(src);
        let mut hits: Vec<(usize, usize)> = Vec::new();
        self.name_hits(&folded, &mut hits);
        self.digit_hits(&folded, &mut hits);
        self.date_hits(&folded, &mut hits);
        self.phrase_hits(&folded, &mut hits);
        if hits.is_empty() {
            return text.to_owned();
        }
        folded.replace(src, hits)
    }

    /// Scrubs every string in a JSON value (object keys are left alone).
    pub fn value(&self, v: &mut Value) {
        match v {
            Value::String(s) => {
                let t = self.text(s);
                if t != *s {
                    *s = t;
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| self.value(x)),
            Value::Object(m) => m.values_mut().for_each(|x| self.value(x)),
            _ => {}
        }
    }

    fn name_hits(&self, f: &Folded, hits: &mut Vec<(usize, usize)>) {
        if self.names.is_empty() {
            return;
        }
        let mut i = 0;
        let n = f.chars.len();
        while i < n {
            if !f.chars[i].is_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            let mut word = String::new();
            while i < n && (is_word_char(f.chars[i]) || inner_apostrophe(&f.chars, i)) {
                if !is_apostrophe(f.chars[i]) {
                    word.push(f.chars[i]);
                }
                i += 1;
            }
            let capital = f.capital[start];
            if self.names.iter().any(|p| p.matches(&word, capital)) {
                hits.push((start, i));
            }
        }
    }

    fn digit_hits(&self, f: &Folded, hits: &mut Vec<(usize, usize)>) {
        if self.digit_keys.is_empty() {
            return;
        }
        for (start, end) in digit_runs(&f.chars) {
            let d: String = f.chars[start..end]
                .iter()
                .filter(|c| c.is_ascii_digit())
                .collect();
            if self
                .digit_keys
                .iter()
                .any(|k| d.len() >= k.len() && d.contains(k.as_str()))
            {
                hits.push((start, end));
            }
        }
    }

    fn date_hits(&self, f: &Folded, hits: &mut Vec<(usize, usize)>) {
        if self.birth.is_empty() {
            return;
        }
        let toks = tokens(&f.chars);
        for i in 0..toks.len() {
            for b in &self.birth {
                if let Some(end) = date_at(&toks, i, *b) {
                    hits.push((toks[i].start, toks[end].end));
                }
            }
        }
    }

    fn phrase_hits(&self, f: &Folded, hits: &mut Vec<(usize, usize)>) {
        for p in &self.phrases {
            let p: Vec<char> = p.chars().collect();
            let Some(&first) = p.first() else { continue };
            for start in 0..f.chars.len() {
                if f.chars[start] != first {
                    continue;
                }
                if let Some(end) = match_phrase(&f.chars, start, &p) {
                    let edge = |a: Option<&char>, b: Option<&char>| {
                        !(a.is_some_and(|c| c.is_alphanumeric())
                            && b.is_some_and(|c| c.is_alphanumeric()))
                    };
                    let before = start.checked_sub(1).and_then(|k| f.chars.get(k));
                    if edge(before, p.first()) && edge(f.chars.get(end), p.last()) {
                        hits.push((start, end));
                    }
                }
            }
        }
    }
}

/// `p` at `start` in `text`, a space in `p` standing for any run of whitespace;
/// the end of the match.
fn match_phrase(text: &[char], start: usize, p: &[char]) -> Option<usize> {
    let mut t = start;
    for &c in p {
        if c == ' ' {
            if !text.get(t)?.is_whitespace() {
                return None;
            }
            while text.get(t).is_some_and(|c| c.is_whitespace()) {
                t += 1;
            }
        } else {
            if *text.get(t)? != c {
                return None;
            }
            t += 1;
        }
    }
    Some(t)
}

fn is_digit_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '.' | '/' | '(' | ')')
}

/// Runs of digits that may be one number written in groups: digits joined by at
/// most 3 separator characters (`+7 (701) 234-56-78`), with a leading `+` or `(`.
fn digit_runs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut start = i;
        while start > 0 && matches!(chars[start - 1], '+' | '(') {
            start -= 1;
        }
        let mut end = i;
        loop {
            while end < chars.len() && chars[end].is_ascii_digit() {
                end += 1;
            }
            let mut gap = end;
            while gap < chars.len() && gap - end < 3 && is_digit_separator(chars[gap]) {
                gap += 1;
            }
            if gap > end && chars.get(gap).is_some_and(char::is_ascii_digit) {
                end = gap;
            } else {
                break;
            }
        }
        out.push((start, end));
        i = end;
    }
    out
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Num(String),
    Word(String),
    Space,
    Punct(char),
}

#[derive(Debug)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn tokens(chars: &[char]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let c = chars[i];
        let tok = if c.is_ascii_digit() {
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            Tok::Num(chars[start..i].iter().collect())
        } else if c.is_alphabetic() {
            while i < chars.len() && is_word_char(chars[i]) {
                i += 1;
            }
            Tok::Word(chars[start..i].iter().collect())
        } else if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            Tok::Space
        } else {
            i += 1;
            Tok::Punct(c)
        };
        out.push(Token { tok, start, end: i });
    }
    out
}

fn month_of(word: &str) -> Option<u32> {
    let mut found = None;
    for (m, forms) in MONTHS.iter().enumerate() {
        let hit = forms
            .iter()
            .any(|f| *f == word || (word.chars().count() >= 3 && f.starts_with(word)));
        if hit {
            if found.is_some() {
                return None;
            }
            found = Some(m as u32 + 1);
        }
    }
    found
}

fn num(t: Option<&Token>) -> Option<(u32, usize)> {
    match &t?.tok {
        Tok::Num(s) if s.len() <= 4 => Some((s.parse().ok()?, s.len())),
        _ => None,
    }
}

fn year_is(v: u32, len: usize, b: Ymd, allow_short: bool) -> bool {
    (len == 4 && v == b.y) || (allow_short && len == 2 && v == b.y % 100)
}

/// The index of the last token of the birth date `b` written from token `i` on.
fn date_at(toks: &[Token], i: usize, b: Ymd) -> Option<usize> {
    // Numeric: three numbers with the same separator.
    if let (Some((x, xl)), Some(Tok::Punct(s1))) =
        (num(toks.get(i)), toks.get(i + 1).map(|t| &t.tok))
    {
        if matches!(s1, '.' | '/' | '-') {
            if let (Some((y, _)), Some(Tok::Punct(s2)), Some((z, zl))) = (
                num(toks.get(i + 2)),
                toks.get(i + 3).map(|t| &t.tok),
                num(toks.get(i + 4)),
            ) {
                if s1 == s2 {
                    let dmy = x == b.d && y == b.m && year_is(z, zl, b, true);
                    let mdy = x == b.m && y == b.d && year_is(z, zl, b, true);
                    let ymd = year_is(x, xl, b, false) && y == b.m && z == b.d;
                    if dmy || mdy || ymd {
                        return Some(i + 4);
                    }
                }
            }
        }
    }
    let word = |k: usize| match toks.get(k).map(|t| &t.tok) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let space = |k: usize| matches!(toks.get(k).map(|t| &t.tok), Some(Tok::Space));
    // Skips an optional `.` or `,` and the spaces after it.
    let skip = |mut k: usize| {
        if matches!(toks.get(k).map(|t| &t.tok), Some(Tok::Punct('.' | ','))) {
            k += 1;
        }
        if space(k) {
            k += 1;
        }
        k
    };
    // Written: `14 марта 1990`, `14th March 1990`, `14-го марта 1990`.
    if num(toks.get(i)).is_some_and(|(d, l)| d == b.d && l <= 2) {
        let mut k = i + 1;
        if matches!(toks.get(k).map(|t| &t.tok), Some(Tok::Punct('-'))) {
            k += 1;
        }
        if word(k).is_some_and(|w| DAY_SUFFIXES.contains(&w)) {
            k += 1;
        }
        if space(k) && word(k + 1).and_then(month_of) == Some(b.m) {
            let k = skip(k + 2);
            if num(toks.get(k)).is_some_and(|(y, l)| year_is(y, l, b, false)) {
                return Some(k);
            }
        }
    }
    // Written: `March 14, 1990`.
    if word(i).and_then(month_of) == Some(b.m) {
        let k = skip(i + 1);
        if num(toks.get(k)).is_some_and(|(d, l)| d == b.d && l <= 2) {
            let mut k = k + 1;
            if word(k).is_some_and(|w| DAY_SUFFIXES.contains(&w)) {
                k += 1;
            }
            let k = skip(k);
            if num(toks.get(k)).is_some_and(|(y, l)| year_is(y, l, b, false)) {
                return Some(k);
            }
        }
    }
    None
}

/// A text folded char by char, remembering where each folded char came from.
struct Folded {
    chars: Vec<char>,
    /// Byte range in the source of each folded char.
    spans: Vec<(usize, usize)>,
    /// Whether the source char of each folded char is uppercase.
    capital: Vec<bool>,
}

impl Folded {
    fn new(src: &str) -> Folded {
        let mut f = Folded {
            chars: Vec::with_capacity(src.len()),
            spans: Vec::with_capacity(src.len()),
            capital: Vec::with_capacity(src.len()),
        };
        for (at, c) in src.char_indices() {
            let span = (at, at + c.len_utf8());
            let upper = c.is_uppercase();
            fold_char(c, &mut |l| {
                f.chars.push(l);
                f.spans.push(span);
                f.capital.push(upper);
            });
        }
        f
    }

    /// `src` with the folded-char ranges `hits` replaced; ranges that overlap, touch
    /// or are separated by whitespace only become one [`REDACTED`] (two names side by
    /// side are not counted out as two).
    fn replace(&self, src: &str, mut hits: Vec<(usize, usize)>) -> String {
        hits.retain(|(a, b)| a < b);
        hits.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in hits {
            if let Some(last) = merged.last_mut() {
                if a <= last.1 || self.chars[last.1..a].iter().all(|c| c.is_whitespace()) {
                    last.1 = last.1.max(b);
                    continue;
                }
            }
            merged.push((a, b));
        }
        let mut out = String::with_capacity(src.len());
        let mut at = 0;
        for (a, b) in merged {
            let (start, end) = (self.spans[a].0, self.spans[b - 1].1);
            if start < at {
                continue;
            }
            out.push_str(&src[at..start]);
            out.push_str(REDACTED);
            at = end;
        }
        out.push_str(&src[at..]);
        out
    }
}

/// Paths (`incidents[0].narrative`) of the free-text fields of `record` that hold
/// text. The scrubber removes her name, numbers and birth date from them, and the
/// names it was given; it cannot recognise anyone else named there (a relative, a
/// neighbour), so a person must read these before a pseudonymised file goes out.
pub fn free_text_fields(record: &CaseRecord) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |path: String, v: &Option<String>| {
        if v.as_deref().is_some_and(|t| !t.trim().is_empty()) {
            out.push(path);
        }
    };
    add("notes".into(), &record.notes);
    for (i, inc) in record.incidents.iter().enumerate() {
        add(format!("incidents[{i}].narrative"), &inc.narrative);
        add(
            format!("incidents[{i}].narrative_translation"),
            &inc.narrative_translation,
        );
        if let Some(d) = &inc.detention {
            add(
                format!("incidents[{i}].detention.released_how"),
                &d.released_how,
            );
        }
        for (j, a) in inc.acts.iter().enumerate() {
            add(
                format!("incidents[{i}].acts[{j}].physical_consequences"),
                &a.physical_consequences,
            );
            add(
                format!("incidents[{i}].acts[{j}].psychological_consequences"),
                &a.psychological_consequences,
            );
        }
    }
    if let Some(e) = &record.evidence {
        for (k, m) in e.medical_documentation.iter().enumerate() {
            add(
                format!("evidence.medical_documentation[{k}].findings"),
                &m.findings,
            );
            for (l, b) in m.body_marks.iter().enumerate() {
                add(
                    format!("evidence.medical_documentation[{k}].body_marks[{l}].description"),
                    &b.description,
                );
            }
        }
        for (k, a) in e.attachments.iter().enumerate() {
            add(
                format!("evidence.attachments[{k}].description"),
                &a.description,
            );
        }
    }
    if let Some(r) = &record.responses {
        for (k, x) in r.referrals.iter().enumerate() {
            add(format!("responses.referrals[{k}].outcome"), &x.outcome);
        }
        for (k, x) in r.follow_ups.iter().enumerate() {
            add(format!("responses.follow_ups[{k}].note"), &x.note);
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Attachment, Evidence, Identity, Incident, Perpetrator, Witness};

    fn with_identity(id: Identity) -> CaseRecord {
        let mut r = CaseRecord::default();
        r.survivor.pseudonym = "P".into();
        r.survivor.identity = Some(id);
        r
    }

    fn named(name: &str) -> Scrubber {
        Scrubber::for_record(&with_identity(Identity {
            legal_name: Some(name.into()),
            ..Default::default()
        }))
    }

    fn phone(p: &str) -> Scrubber {
        Scrubber::for_record(&with_identity(Identity {
            phone: Some(p.into()),
            ..Default::default()
        }))
    }

    fn born(d: &str) -> Scrubber {
        Scrubber::for_record(&with_identity(Identity {
            date_of_birth: Some(d.into()),
            ..Default::default()
        }))
    }

    #[test]
    fn name_parts_in_any_case_and_letter_case() {
        let s = named("Оксана Квітчаста");
        assert_eq!(s.text("Оксана прийшла"), "[…] прийшла");
        assert_eq!(s.text("бачили Оксану"), "бачили […]");
        assert_eq!(s.text("від Квітчастої"), "від […]");
        assert_eq!(s.text("з Квітчастою"), "з […]");
        assert_eq!(s.text("КВІТЧАСТА"), "[…]");
        assert_eq!(s.text("оксаною"), "[…]");
        // Both parts side by side become one mark.
        assert_eq!(s.text("Оксану Квітчасту забрали"), "[…] забрали");
    }

    #[test]
    fn russian_declensions_and_soft_sign() {
        let s = named("Айгуль Сериковна Н.");
        assert_eq!(s.text("у Айгули"), "у […]");
        assert_eq!(s.text("с Айгулью"), "с […]");
        assert_eq!(s.text("Сериковной"), "[…]");
        // The initial alone is not a name part.
        assert_eq!(s.text("Н. сказала"), "Н. сказала");
    }

    #[test]
    fn adjectival_surnames() {
        let s = named("Анна Вишневская");
        assert_eq!(s.text("Вишневской"), "[…]");
        assert_eq!(s.text("Вишневскую"), "[…]");
        let s = named("Петро Ковальський");
        assert_eq!(s.text("Ковальського"), "[…]");
        assert_eq!(s.text("Ковальському"), "[…]");
        let s = named("Лев Толстой");
        assert_eq!(s.text("Толстым"), "[…]");
    }

    #[test]
    fn yo_and_apostrophes_are_ignored() {
        let s = named("Мар'яна Семёнова");
        assert_eq!(s.text("Марʼяну"), "[…]");
        assert_eq!(s.text("Марьяна"), "Марьяна");
        assert_eq!(s.text("Семеновой"), "[…]");
    }

    #[test]
    fn nfd_text_is_matched_and_nfc_returned() {
        let s = named("Андрій Йосипенко");
        let nfd: String = "Йосипенка бачили".nfd().collect();
        assert_eq!(s.text(&nfd), "[…] бачили");
    }

    #[test]
    fn short_names_do_not_eat_ordinary_words() {
        let s = named("Ан Ли");
        assert_eq!(
            s.text("Антон пришёл ли, Анна? Ан ответил. Ли"),
            "Антон пришёл ли, Анна? […] ответил. […]"
        );
        let s = named("Ира");
        assert_eq!(s.text("Иру и Ирой"), "[…] и […]");
        assert_eq!(s.text("ирис и ирландец"), "ирис и ирландец");
        let s = named("Лев");
        assert_eq!(s.text("Лева, левый, Левом"), "[…], левый, […]");
        let s = named("Анна");
        assert_eq!(s.text("Анну, Анны"), "[…], […]");
        assert_eq!(s.text("Антон и Андрей"), "Антон и Андрей");
        // Long endings are not inflections.
        let s = named("Олег");
        assert_eq!(s.text("Олегович"), "Олегович");
        assert_eq!(s.text("Олега"), "[…]");
    }

    #[test]
    fn latin_names() {
        let s = named("Olena Kovalenko");
        // The possessive is part of the word.
        assert_eq!(s.text("OLENA's phone, Kovalenko"), "[…] phone, […]");
        assert_eq!(s.text("Olenas"), "[…]");
        assert_eq!(s.text("Ole and Olga"), "Ole and Olga");
    }

    #[test]
    fn phones_in_any_grouping() {
        let s = phone("+7 701 234 56 78");
        for t in [
            "+7 701 234 56 78",
            "87012345678",
            "701-234-56-78",
            "+7 (701) 234-56-78",
            "234-56-78",
            "8.701.234.56.78",
        ] {
            assert_eq!(
                s.text(&format!("тел. {t}, звоните")),
                "тел. […], звоните",
                "{t}"
            );
        }
        assert_eq!(s.text("в 2026 году 20 часов"), "в 2026 году 20 часов");
        assert_eq!(s.text("234-56-79"), "234-56-79");
        let s = phone("0671234567");
        assert_eq!(
            s.text("зателефонуйте 067 123 45 67 або +380671234567"),
            "зателефонуйте […] або […]"
        );
    }

    #[test]
    fn id_numbers() {
        let s = Scrubber::for_record(&with_identity(Identity {
            id_document: Some("N 01234567".into()),
            ..Default::default()
        }));
        assert_eq!(s.text("паспорт N01234567"), "паспорт […]");
        assert_eq!(s.text("паспорт n 01234567"), "паспорт […]");
        assert_eq!(s.text("номер 0123 4567"), "номер […]");
        assert_eq!(s.text("номер 0123"), "номер 0123");
        // Fewer than 5 digits: only the string itself.
        let s = Scrubber::for_record(&with_identity(Identity {
            id_document: Some("AB 123".into()),
            ..Default::default()
        }));
        assert_eq!(s.text("AB 123 и 123"), "[…] и 123");
    }

    #[test]
    fn birth_date_in_common_forms() {
        let s = born("1990-03-14");
        for t in [
            "1990-03-14",
            "14.03.1990",
            "14.3.1990",
            "14/03/1990",
            "14-03-1990",
            "14.03.90",
            "03/14/1990",
            "14 March 1990",
            "14th March 1990",
            "March 14, 1990",
            "14 марта 1990",
            "14-го марта 1990",
            "14 мар. 1990",
            "14 березня 1990",
            "14 Березень 1990",
        ] {
            assert_eq!(
                s.text(&format!("родилась {t} г.")),
                "родилась […] г.",
                "{t}"
            );
        }
        for t in [
            "14.03.2026",
            "15 марта 1990",
            "14 апреля 1990",
            "1990",
            "14.03",
        ] {
            assert_eq!(s.text(t), t);
        }
    }

    #[test]
    fn places_and_the_pseudonym_can_go_too() {
        let mut r = CaseRecord::default();
        r.survivor.pseudonym = "Ромашка".into();
        r.survivor.settlement = Some("Шымкент".into());
        let mut s = Scrubber::for_record(&r);
        let text = "Ромашку задержали в Шымкенте, в Алматы.";
        assert_eq!(s.text(text), text);
        s.add_places_and_pseudonym(&r);
        assert_eq!(s.text(text), "[…] задержали в […], в Алматы.");
    }

    #[test]
    fn address_contacts_and_places() {
        let mut r = with_identity(Identity {
            address: Some("г. Алматы, мкр. Аксай-4, дом 12".into()),
            ..Default::default()
        });
        r.survivor.settlement = Some("Алматы".into());
        r.incidents.push(Incident {
            witnesses: vec![Witness {
                pseudonym: Some("Соседка".into()),
                contact: Some("сестра Марина, 8 777 111 22 33".into()),
                ..Default::default()
            }],
            ..Default::default()
        });
        r.perpetrators.push(Perpetrator {
            name: Some("Иванов".into()),
            ..Default::default()
        });
        let s = Scrubber::for_record(&r);
        assert_eq!(s.text("Г. АЛМАТЫ, МКР. АКСАЙ-4, ДОМ 12"), "[…]");
        assert_eq!(s.text("живёт в Аксае"), "живёт в […]");
        assert_eq!(s.text("в Алматы"), "в Алматы");
        assert_eq!(s.text("позвонила Марине"), "позвонила […]");
        assert_eq!(s.text("+77771112233"), "[…]");
        assert_eq!(s.text("соседку и сестру"), "[…] и сестру");
        assert_eq!(s.text("капитан Иванова"), "капитан […]");
    }

    #[test]
    fn attachment_file_names() {
        let mut r = with_identity(Identity::default());
        r.evidence = Some(Evidence {
            attachments: vec![Attachment {
                file_name: Some("Oksana_bruises.JPG".into()),
                ..Default::default()
            }],
            ..Default::default()
        });
        let s = Scrubber::for_record(&r);
        assert_eq!(s.text("see oksana_bruises.jpg"), "see […]");
        assert_eq!(s.text("see Oksana_bruises"), "see […]");
    }

    #[test]
    fn json_values_and_empty_scrubber() {
        let s = named("Оксана");
        let mut v = serde_json::json!({"a": ["Оксану", 5, {"b": "Оксано!"}], "Оксана": null});
        s.value(&mut v);
        assert_eq!(
            v,
            serde_json::json!({"a": ["[…]", 5, {"b": "[…]!"}], "Оксана": null})
        );
        let e = Scrubber::default();
        assert!(e.is_empty());
        assert_eq!(e.text("Оксана"), "Оксана");
        // Unchanged text keeps its exact bytes, NFD included.
        let nfd: String = "йод".nfd().collect();
        assert_eq!(s.text(&nfd), nfd);
    }

    #[test]
    fn history_scrubber_is_the_union() {
        let mut s = named("Оксана");
        s.add_record(&with_identity(Identity {
            phone: Some("0671234567".into()),
            ..Default::default()
        }));
        assert_eq!(s.text("Оксана 067 123 45 67"), "[…]");
    }

    /// Golden vectors: a whole paragraph in, the exact paragraph out.
    #[test]
    fn golden_vectors() {
        let mut r = with_identity(Identity {
            legal_name: Some("Оксана Квітчаста".into()),
            date_of_birth: Some("1990-03-14".into()),
            phone: Some("+380 67 123 45 67".into()),
            address: Some("Київ, вул. Січових Стрільців 12".into()),
            id_document: Some("КВ 123456".into()),
        });
        r.survivor.settlement = Some("Київ".into());
        let s = Scrubber::for_record(&r);
        let cases = [
            (
                "Квітчастої не було вдома. Оксану затримали біля аптеки; зателефонуйте 067 123 45 67. \
                 Вона народилася 14.03.1990, паспорт КВ123456.",
                "[…] не було вдома. […] затримали біля аптеки; зателефонуйте […]. \
                 Вона народилася […], паспорт […].",
            ),
            (
                "Оксана Квітчаста (народилася 14 березня 1990 р.) живе на вулиці Січових Стрільців у Києві.",
                "[…] (народилася […] р.) живе на вулиці […] у Києві.",
            ),
            (
                "Aigul said: call +380671234567 or 0671234567.",
                "Aigul said: call […] or […].",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(s.text(input), want);
        }
    }

    #[test]
    fn free_text_fields_lists_what_is_filled() {
        let mut r = CaseRecord {
            notes: Some("x".into()),
            ..Default::default()
        };
        r.incidents.push(Incident {
            narrative: Some("y".into()),
            narrative_translation: Some("  ".into()),
            ..Default::default()
        });
        assert_eq!(
            free_text_fields(&r),
            vec!["notes", "incidents[0].narrative"]
        );
    }
}
