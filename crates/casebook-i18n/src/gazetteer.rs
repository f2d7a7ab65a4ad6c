//! Country and region names in a reader's language, from the same
//! `assets/gazetteer/gazetteer.json` the intake forms offer (built by
//! `scripts/gazetteer.py` from Debian's iso-codes). Records keep ISO codes; case
//! files and statistics show names. A code the gazetteer does not know is shown as
//! it is.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

const SOURCE: &[u8] = include_bytes!("../../../assets/gazetteer/gazetteer.json");

#[derive(Debug, Deserialize)]
struct Place {
    code: String,
    en: String,
    ru: Option<String>,
    uk: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Source {
    countries: Vec<Place>,
    regions: HashMap<String, Vec<Place>>,
}

/// Countries and regions by code; regions are keyed by their full ISO 3166-2 code.
#[derive(Debug, Default)]
struct Gazetteer {
    countries: HashMap<String, Place>,
    regions: HashMap<String, Place>,
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
        }
    })
}

fn name_in<'g>(p: &'g Place, lang: &str) -> &'g str {
    let translated = match lang {
        "ru" => p.ru.as_deref(),
        "uk" => p.uk.as_deref(),
        _ => None,
    };
    translated.filter(|n| !n.is_empty()).unwrap_or(&p.en)
}

/// The country's name in `lang` (English where iso-codes has no translation), or
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
        // A language the gazetteer has no column for reads English.
        assert_eq!(country("GE", "ka"), "Georgia");
    }
}
