//! Every shipped language against English, file by file, through the real Fluent
//! parser: the same files, messages and attributes; no variable English does not
//! give; no message left in English; plural variants that are the language's own
//! CLDR categories (the ones fluent-bundle's plural rules choose from), all of them
//! where the language has more than one/other. `scripts/l10n_check.py` is a quick
//! version of the same for translators.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};

use casebook_i18n::{sources, SHIPPED};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

/// Messages that may read the same as English: language names (written in their
/// own language everywhere), the name of a hash, and the year's format where the
/// language's word for year starts with Y too (Uzbek "yil").
const SAME_EVERYWHERE: &[&str] = &["language-", "cv-sha256", "cw-date-shape-year"];

#[derive(Debug, Default)]
struct Message {
    attrs: BTreeSet<String>,
    vars: BTreeSet<String>,
    /// Variant keys of each select on a variable, by the variable.
    selects: Vec<(String, BTreeSet<String>)>,
    text: String,
}

fn inline(e: &ast::InlineExpression<&str>, m: &mut Message) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            m.vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, m);
            }
            for a in &arguments.named {
                inline(&a.value, m);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr(expression, m),
        ast::InlineExpression::StringLiteral { value } => m.text.push_str(value),
        _ => {}
    }
}

fn expr(e: &ast::Expression<&str>, m: &mut Message) {
    match e {
        ast::Expression::Inline(i) => inline(i, m),
        ast::Expression::Select { selector, variants } => {
            inline(selector, m);
            let on = match selector {
                ast::InlineExpression::VariableReference { id } => id.name.to_owned(),
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    match arguments.positional.first() {
                        Some(ast::InlineExpression::VariableReference { id }) => id.name.to_owned(),
                        _ => String::new(),
                    }
                }
                _ => String::new(),
            };
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => format!("#{value}"),
                })
                .collect();
            m.selects.push((on, keys));
            for v in variants {
                pattern(&v.value, m);
            }
        }
    }
}

fn pattern(p: &ast::Pattern<&str>, m: &mut Message) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => m.text.push_str(value),
            ast::PatternElement::Placeable { expression } => expr(expression, m),
        }
    }
}

/// file → message id → what it holds; parse errors listed apart.
type Catalogue = BTreeMap<String, BTreeMap<String, Message>>;

fn catalogue(lang: &str) -> (Catalogue, Vec<String>) {
    let mut out = Catalogue::new();
    let mut errors = vec![];
    for (file, text) in sources(lang).unwrap_or_default() {
        let res = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, errs)) => {
                errors.push(format!(
                    "{lang}/{file}: {} parse errors: {errs:?}",
                    errs.len()
                ));
                r
            }
        };
        let messages = out.entry(file.to_owned()).or_default();
        for entry in &res.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(msg) => {
                    (msg.id.name.to_owned(), msg.value.as_ref(), &msg.attributes)
                }
                ast::Entry::Term(term) => (
                    format!("-{}", term.id.name),
                    Some(&term.value),
                    &term.attributes,
                ),
                _ => continue,
            };
            let mut m = Message::default();
            if let Some(v) = value {
                pattern(v, &mut m);
            }
            for a in attributes {
                m.attrs.insert(a.id.name.to_owned());
                pattern(&a.value, &mut m);
            }
            messages.insert(id, m);
        }
    }
    (out, errors)
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

fn plural_categories(lang: &str) -> BTreeSet<String> {
    let name = |c: PluralCategory| format!("{c:?}").to_lowercase();
    match PluralRules::create(
        lang.parse::<unic_langid::LanguageIdentifier>().unwrap(),
        PluralRuleType::CARDINAL,
    ) {
        // The categories the rules choose for whole numbers and fractions.
        Ok(rules) => (0..=1000)
            .map(f64::from)
            .chain([0.5, 1.5, 2.5, 5.5, 21.5])
            .filter_map(|n| rules.select(n).ok())
            .map(name)
            .collect(),
        // No plural data for the language: every number takes `other`.
        Err(_) => BTreeSet::from(["other".to_owned()]),
    }
}

#[test]
fn every_language_matches_english_file_by_file() {
    let (en, en_errors) = catalogue("en");
    assert!(en_errors.is_empty(), "{en_errors:?}");
    let en_plurals = plural_categories("en");
    let mut problems = vec![];
    for lang in SHIPPED.iter().filter(|l| **l != "en") {
        let (tr, errors) = catalogue(lang);
        problems.extend(errors);
        let categories = plural_categories(lang);
        // Where the forms after 2 and after 5 coincide (Russian "с 2 полями", "с 5
        // полями") a message may use one/other only; but a language with more
        // categories uses them somewhere, or its plurals were never written.
        let mut uses_more_than_one_other = false;
        for (file, messages) in &en {
            let Some(theirs) = tr.get(file) else {
                problems.push(format!("{lang}/{file} is missing"));
                continue;
            };
            for extra in theirs.keys().filter(|id| !messages.contains_key(*id)) {
                problems.push(format!("{lang}/{file}: {extra} is not in English"));
            }
            for (id, e) in messages {
                let Some(t) = theirs.get(id) else {
                    problems.push(format!("{lang}/{file}: {id} is missing"));
                    continue;
                };
                if t.attrs != e.attrs {
                    problems.push(format!(
                        "{lang}/{file}: {id} attributes {:?}, English {:?}",
                        t.attrs, e.attrs
                    ));
                }
                let unknown: Vec<_> = t.vars.difference(&e.vars).collect();
                if !unknown.is_empty() {
                    problems.push(format!(
                        "{lang}/{file}: {id} uses {unknown:?}, English does not"
                    ));
                }
                let same_everywhere = SAME_EVERYWHERE.iter().any(|p| id.starts_with(p));
                if !same_everywhere && letters(&e.text) > 0 && t.text == e.text {
                    problems.push(format!("{lang}/{file}: {id} is English: {:?}", e.text));
                }
                // A select English makes on plural categories is one in this language
                // too: only its categories (or exact numbers), and all of them.
                for (var, keys) in &t.selects {
                    let english_plural = e.selects.iter().any(|(v, k)| {
                        v == var && k.iter().any(|k| k != "other" && en_plurals.contains(k))
                    });
                    if !english_plural {
                        continue;
                    }
                    let words: BTreeSet<String> = keys
                        .iter()
                        .filter(|k| !k.starts_with('#'))
                        .cloned()
                        .collect();
                    let wrong: Vec<_> = words.difference(&categories).collect();
                    if !wrong.is_empty() {
                        problems.push(format!("{lang}/{file}: {id} selects on ${var} with {wrong:?}, not a plural category of {lang} {categories:?}"));
                    }
                    uses_more_than_one_other |= words.iter().any(|w| w != "one" && w != "other");
                }
            }
        }
        if categories.len() > 2 && !uses_more_than_one_other {
            problems.push(format!(
                "{lang} never uses its plural forms beyond one/other {categories:?}"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn plural_categories_are_the_ones_fluent_chooses_from() {
    assert_eq!(
        plural_categories("ru"),
        BTreeSet::from(["few", "many", "one", "other"].map(String::from))
    );
    assert_eq!(
        plural_categories("en"),
        BTreeSet::from(["one", "other"].map(String::from))
    );
}
