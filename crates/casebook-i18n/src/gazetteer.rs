//! Country and region names in a reader's language, from the same
//! `assets/gazetteer/gazetteer.json` the intake forms offer (built by
//! `scripts/gazetteer.py` from Debian's iso-codes). Records keep ISO codes; case
//! files and statistics show names. Where iso-codes has no name in a language, the
//! file's `fallback` says which language to use instead (Russian for the
//! Cyrillic-script languages), then English; a code the gazetteer does not know at
//! all is shown as it is.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

const SOURCE: &[u8] = include_bytes!("../../../assets/gazetteer/gazetteer.json");

#[derive(Debug, Deserialize)]
struct Place {
    code: String,
    en: String,
    /// Names by language, only where iso-codes translates this one.
    #[serde(flatten)]
    names: HashMap<String, String>,
}

#[derive(Debug, Deserialize)]
struct Source {
    countries: Vec<Place>,
    regions: HashMap<String, Vec<Place>>,
    #[serde(default)]
    fallback: HashMap<String, String>,
}

/// Countries and regions by code; regions are keyed by their full ISO 3166-2 code.
#[derive(Debug, Default)]
struct Gazetteer {
    countries: HashMap<String, Place>,
    regions: HashMap<String, Place>,
    fallback: HashMap<String, String>,
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        // The file is embedded at build time and checked by the tests below; should it
        // ever fail to parse, the file shows codes rather than refusing to be made.
        let Ok(src) = serde_json::from_slice::<Source>(SOURCE) else {
            return Gazetteer::default();
        };
        Gazetteer {
            countries: src
                .countries
                .into_iter()
                .map(|p| (p.code.clone(), p))
                .collect(),
            regions: src
                .regions
                .into_values()
                .flatten()
                .map(|p| (p.code.clone(), p))
                .collect(),
            fallback: src.fallback,
        }
    })
}

fn name_in<'g>(p: &'g Place, lang: &str) -> &'g str {
    let named = |l: &str| p.names.get(l).filter(|n| !n.is_empty());
    named(lang)
        .or_else(|| gazetteer().fallback.get(lang).and_then(|f| named(f)))
        .map_or(&p.en, String::as_str)
}

/// The country's name in `lang` (else in its fallback language, else English), or
/// the code itself when it is not an ISO 3166-1 code.
pub fn country(code: &str, lang: &str) -> String {
    gazetteer()
        .countries
        .get(code.trim())
        .map_or_else(|| code.to_owned(), |p| name_in(p, lang).to_owned())
}

/// The first-level subdivision's name in `lang`, or the code when unknown.
pub fn region(code: &str, lang: &str) -> String {
    gazetteer()
        .regions
        .get(code.trim())
        .map_or_else(|| code.to_owned(), |p| name_in(p, lang).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_gazetteer_parses_and_knows_the_region() {
        assert!(serde_json::from_slice::<Source>(SOURCE).is_ok());
        assert!(gazetteer().countries.len() > 200);
        assert!(gazetteer().regions.len() > 1000);
    }

    #[test]
    fn names_follow_the_language_and_unknown_codes_stay() {
        assert_eq!(country("UA", "en"), "Ukraine");
        assert_eq!(country("UA", "ru"), "Украина");
        assert_eq!(country("UA", "uk"), "Україна");
        assert_eq!(region("UA-32", "uk"), "Київська область");
        assert_eq!(region("KZ-75", "ru"), "Алма-Ата");
        assert_eq!(country("XX", "ru"), "XX");
        assert_eq!(region("UA-99", "en"), "UA-99");
        assert_eq!(country("GE", "ka"), "საქართველო");
        assert_eq!(region("KZ-75", "ka"), "ალმათი");
        // No Kazakh name for the region in iso-codes: Russian, which Kazakh readers
        // know; no Azerbaijani one: English. Never the code.
        assert_eq!(region("KZ-75", "kk"), "Алма-Ата");
        assert_eq!(region("KZ-75", "tg"), "Алма-Ата");
        assert_eq!(region("KZ-75", "az"), "Almaty");
        assert_eq!(region("KZ-75", "uz"), "Almaty");
        // A language the gazetteer does not know at all reads English.
        assert_eq!(country("GE", "xx"), "Georgia");
    }
}
