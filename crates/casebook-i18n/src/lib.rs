//! Every word a person reads comes from `locales/<lang>/*.ftl`; this crate is the one
//! way Rust code reaches them. The desktop UI reads the very same files.

pub mod gazetteer;

use std::collections::BTreeMap;
use std::fmt;

use casebook_core::Coded;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Languages shipped with this build, in the order menus list them.
pub const SHIPPED: &[&str] = &[
    "en", "ru", "uk", "az", "be", "hy", "ka", "kk", "ky", "ro", "tg", "uz",
];

/// Shipped languages written in the Latin alphabet (the others: Cyrillic, Georgian,
/// Armenian), for checks that no English crept into a sentence.
pub const LATIN_SCRIPT: &[&str] = &["en", "ro", "az", "uz"];

/// Whether no native speaker has reviewed `lang`'s translation yet
/// (`locales/STATUS.md`).
pub fn awaits_review(lang: &str) -> bool {
    AWAITING_REVIEW.contains(&lang)
}
pub const FALLBACK: &str = "en";

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("unknown language {0}")]
    UnknownLanguage(String),
    #[error("message file {file} for {lang} does not parse")]
    BadResource { lang: String, file: String },
}

impl Coded for I18nError {
    fn code(&self) -> &'static str {
        match self {
            I18nError::UnknownLanguage(_) => "unknown-language",
            I18nError::BadResource { .. } => "bad-message-file",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            I18nError::UnknownLanguage(_) => "error-unknown-language",
            I18nError::BadResource { .. } => "error-bad-message-file",
        }
    }
    fn args(&self) -> BTreeMap<String, String> {
        match self {
            I18nError::UnknownLanguage(l) => BTreeMap::from([("lang".into(), l.clone())]),
            I18nError::BadResource { lang, file } => {
                BTreeMap::from([("lang".into(), lang.clone()), ("file".into(), file.clone())])
            }
        }
    }
}

/// The raw `.ftl` sources of one language, for the UI which runs its own Fluent.
pub fn sources(lang: &str) -> Option<Vec<(&'static str, &'static str)>> {
    EMBEDDED
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, files)| files.to_vec())
}

/// Picks a shipped language from a POSIX locale string such as `ru_RU.UTF-8`.
pub fn negotiate(requested: &str) -> &'static str {
    let base = requested
        .split(['_', '.', '-', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    SHIPPED
        .iter()
        .copied()
        .find(|l| *l == base)
        .unwrap_or(FALLBACK)
}

/// Messages of one language, falling back to English for an id the language lacks
/// (the completeness test makes sure that never happens in a shipped build).
pub struct Localizer {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Localizer>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    pub fn new(lang: &str) -> Result<Self, I18nError> {
        let lang: &'static str = SHIPPED
            .iter()
            .copied()
            .find(|l| *l == lang)
            .ok_or_else(|| I18nError::UnknownLanguage(lang.to_owned()))?;
        let langid: LanguageIdentifier = lang
            .parse()
            .map_err(|_| I18nError::UnknownLanguage(lang.to_owned()))?;
        let mut bundle = FluentBundle::new(vec![langid]);
        // Without builtins NUMBER() silently takes the default plural variant.
        bundle
            .add_builtins()
            .map_err(|_| I18nError::UnknownLanguage(lang.to_owned()))?;
        bundle.set_use_isolating(false);
        for (file, text) in sources(lang).unwrap_or_default() {
            let res =
                FluentResource::try_new(text.to_owned()).map_err(|_| I18nError::BadResource {
                    lang: lang.to_owned(),
                    file: file.to_owned(),
                })?;
            bundle
                .add_resource(res)
                .map_err(|_| I18nError::BadResource {
                    lang: lang.to_owned(),
                    file: file.to_owned(),
                })?;
        }
        let fallback = if lang == FALLBACK {
            None
        } else {
            Some(Box::new(Localizer::new(FALLBACK)?))
        };
        Ok(Localizer {
            lang,
            bundle,
            fallback,
        })
    }

    /// Falls back to English when the language is not shipped, so a stray `LANG`
    /// never stops the program from speaking.
    pub fn for_locale(requested: &str) -> Self {
        match Localizer::new(negotiate(requested)) {
            Ok(l) => l,
            Err(_) => Localizer::english(),
        }
    }

    fn english() -> Self {
        match Localizer::new(FALLBACK) {
            Ok(l) => l,
            // The English files are compiled in; if they do not parse the tests fail
            // long before a build ships, so an empty bundle is only a last resort.
            Err(_) => Localizer {
                lang: FALLBACK,
                bundle: FluentBundle::new(vec![unic_langid::langid!("en")]),
                fallback: None,
            },
        }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats message `id`; an unknown id comes back as the id itself so that a
    /// gap is visible rather than silent.
    pub fn msg(&self, id: &str, args: &[(&str, &str)]) -> String {
        let map: BTreeMap<String, String> = args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        self.msg_map(id, &map)
    }

    pub fn msg_map(&self, id: &str, args: &BTreeMap<String, String>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match &self.fallback {
                Some(f) => f.msg_map(id, args),
                None => id.to_owned(),
            };
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            // Numbers must reach Fluent as numbers for plural rules (1 файл, 5 файлов).
            match v.parse::<f64>() {
                Ok(n) if !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()) => {
                    fargs.set(k.as_str(), FluentValue::from(n))
                }
                _ => fargs.set(k.as_str(), FluentValue::from(v.as_str())),
            }
        }
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// The localised one-line text of a coded library error.
    pub fn error(&self, err: &dyn Coded) -> String {
        self.msg_map(err.message_id(), &err.args())
    }

    /// What is wrong with message `id` in this language itself (not the fallback):
    /// that it is missing, or what formatting it with `args` reports (a variable the
    /// message uses but `args` do not give). Empty when the message is whole.
    pub fn problems(&self, id: &str, args: &BTreeMap<String, String>) -> Vec<String> {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return vec![format!("{}: no message {id}", self.lang)];
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(k.as_str(), FluentValue::from(v.as_str()));
        }
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        errors
            .into_iter()
            .map(|e| format!("{}/{id}: {e}", self.lang))
            .collect()
    }

    /// Every message id of this language (not the fallback's).
    pub fn message_ids(lang: &str) -> Vec<String> {
        let mut ids = vec![];
        for (_, text) in sources(lang).unwrap_or_default() {
            if let Ok(res) = FluentResource::try_new(text.to_owned()) {
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_owned());
                    }
                }
            }
        }
        ids.sort();
        ids
    }
}

/// What is wrong with the messages of `errors` in any shipped language: each must
/// exist and format with exactly the arguments its error gives. For the tests of every
/// error enum, over one example of each of its variants.
pub fn error_message_problems<'a>(errors: impl IntoIterator<Item = &'a dyn Coded>) -> Vec<String> {
    let errors: Vec<&dyn Coded> = errors.into_iter().collect();
    let mut problems = vec![];
    for lang in SHIPPED {
        let Ok(l) = Localizer::new(lang) else {
            problems.push(format!("{lang} does not load"));
            continue;
        };
        for e in &errors {
            problems.extend(l.problems(e.message_id(), &e.args()));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_posix_locales() {
        assert_eq!(negotiate("ru_RU.UTF-8"), "ru");
        assert_eq!(negotiate("uk_UA"), "uk");
        assert_eq!(negotiate("de_DE.UTF-8"), "en");
        assert_eq!(negotiate(""), "en");
    }

    #[test]
    fn unknown_language_is_an_error() {
        assert!(matches!(
            Localizer::new("xx"),
            Err(I18nError::UnknownLanguage(_))
        ));
    }
}
