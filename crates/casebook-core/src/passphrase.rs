//! What a passphrase must be to be accepted (vault and bundle alike), and how strong
//! it looks while it is typed.
//!
//! A laptop may be seized and its vault file or a bundle on a USB stick attacked
//! offline for as long as the attacker likes, so the floor is set where guessing
//! stops being cheap even for a person-chosen phrase, and the rating nudges towards
//! more.
//!
//! **Accepted** ([`accepted`]): at least [`MIN_CHARS`] characters (Unicode scalar
//! values, as typed, spaces included), or a phrase of at least [`MIN_WORDS`] words.
//! A word is a piece between whitespace or hyphens/dashes that holds at least
//! [`MIN_WORD_LETTERS`] letters of any alphabet (so "a b c d" has none, and
//! "ночь-улица фонарь аптека" has four). Four such words always make 15 characters
//! or more, so the phrase branch accepts nothing the length branch refuses; it is
//! kept so that the rule reads the way it is explained to people ("12 characters,
//! or four words") and stays right if either number changes.
//!
//! **Strength** ([`strength`]): a display hint only, from [`estimate_bits`]. It does
//! not decide acceptance, except that a refused passphrase is always [`Strength::Weak`].

use serde::Serialize;

/// Fewest characters a passphrase may have (unless it is a phrase of words).
pub const MIN_CHARS: usize = 12;
/// Fewest words of a phrase accepted whatever its length.
pub const MIN_WORDS: usize = 4;
/// Fewest letters a piece must hold to count as a word.
pub const MIN_WORD_LETTERS: usize = 3;

/// Bits credited per word: one word drawn from a list of 2048 (the phrases the program
/// suggests). A word a person picks is treated the same, which flatters random strings
/// of letters less than it flatters nothing: the hint errs on the weak side.
pub const BITS_PER_WORD: f64 = 11.0;
/// From here a passphrase is rated fair.
pub const FAIR_BITS: f64 = 40.0;
/// From here a passphrase is rated strong: five words from a list of 2048, i.e. what
/// the program suggests.
pub const STRONG_BITS: f64 = 55.0;

/// How a passphrase looks while it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    Weak,
    Fair,
    Strong,
}

impl Strength {
    pub fn code(self) -> &'static str {
        match self {
            Strength::Weak => "weak",
            Strength::Fair => "fair",
            Strength::Strong => "strong",
        }
    }
}

fn is_separator(c: char) -> bool {
    // Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en and em dash.
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2014}')
}

/// Pieces between separators that hold at least [`MIN_WORD_LETTERS`] letters.
pub fn word_count(passphrase: &str) -> usize {
    passphrase
        .split(is_separator)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= MIN_WORD_LETTERS)
        .count()
}

/// The one acceptance rule for vault and bundle passphrases (see the module docs).
pub fn accepted(passphrase: &str) -> bool {
    passphrase.chars().count() >= MIN_CHARS || word_count(passphrase) >= MIN_WORDS
}

/// A rough, deliberately low estimate of the guessing work, in bits.
///
/// The passphrase is read as runs of letters and single other characters:
/// - a run of [`MIN_WORD_LETTERS`] letters or more counts as a word,
///   [`BITS_PER_WORD`] for every started 8 letters (longer runs are taken as joined
///   words); a word seen before (ignoring case) counts 1 bit;
/// - a shorter run counts each letter as one of 26, or of 52 where the passphrase
///   mixes upper and lower case;
/// - a digit counts log2 10, any other symbol log2 33, and a character equal to the
///   one before 1 bit;
/// - whitespace and hyphens count nothing.
pub fn estimate_bits(passphrase: &str) -> f64 {
    let mixed_case =
        passphrase.chars().any(char::is_uppercase) && passphrase.chars().any(char::is_lowercase);
    let letter_bits = if mixed_case { 52f64 } else { 26f64 }.log2();
    let mut seen_words: Vec<String> = Vec::new();
    let mut bits = 0.0;
    let mut run = String::new();
    let mut previous: Option<char> = None;

    let mut end_run = |run: &mut String, bits: &mut f64| {
        let letters = run.chars().count();
        if letters >= MIN_WORD_LETTERS {
            let word = run.to_lowercase();
            if seen_words.contains(&word) {
                *bits += 1.0;
            } else {
                *bits += BITS_PER_WORD * letters.div_ceil(8) as f64;
                seen_words.push(word);
            }
        } else {
            *bits += letter_bits * letters as f64;
        }
        run.clear();
    };

    for c in passphrase.chars() {
        if c.is_alphabetic() {
            run.push(c);
        } else {
            end_run(&mut run, &mut bits);
            if is_separator(c) {
                // nothing: separators are the predictable part of a phrase
            } else if previous == Some(c) {
                bits += 1.0;
            } else if c.is_numeric() {
                bits += 10f64.log2();
            } else {
                bits += 33f64.log2();
            }
        }
        previous = Some(c);
    }
    end_run(&mut run, &mut bits);
    bits
}

/// Weak, fair or strong, for display while typing. A passphrase [`accepted`] refuses
/// is weak whatever its estimate.
pub fn strength(passphrase: &str) -> Strength {
    if !accepted(passphrase) {
        return Strength::Weak;
    }
    let bits = estimate_bits(passphrase);
    if bits >= STRONG_BITS {
        Strength::Strong
    } else if bits >= FAIR_BITS {
        Strength::Fair
    } else {
        Strength::Weak
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_characters_are_refused_twelve_accepted() {
        assert!(!accepted("abcdefghijk"));
        assert!(accepted("abcdefghijkl"));
        // Characters, not bytes: eleven Cyrillic letters are 22 bytes and still refused.
        assert!(!accepted("абвгдеёжзий"));
        assert!(accepted("абвгдеёжзийк"));
        // The old floor of 8 no longer passes.
        assert!(!accepted("8charsok"));
    }

    #[test]
    fn four_words_are_accepted_single_letters_are_not() {
        assert!(accepted("correct horse battery staple"));
        assert_eq!(word_count("correct horse battery staple"), 4);
        assert_eq!(word_count("correct-horse-battery–staple"), 4);
        assert_eq!(word_count("ночь улица фонарь аптека"), 4);
        assert!(!accepted("a b c d"));
        assert_eq!(word_count("a b c d"), 0);
        assert_eq!(word_count("ab cd ef gh"), 0);
        assert_eq!(word_count("  cat   dog  "), 2);
        assert!(!accepted(""));
    }

    #[test]
    fn suggested_length_phrases_rate_strong_and_common_ones_weak() {
        // Five words from a list of 2048, as suggested: 55 bits.
        let five = "abandon ability able about above";
        assert!((estimate_bits(five) - 55.0).abs() < 1e-9);
        assert_eq!(strength(five), Strength::Strong);
        assert_eq!(strength("correct horse battery staple"), Strength::Fair);
        assert_eq!(strength("password1234"), Strength::Weak);
        assert_eq!(strength("aaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(strength("cat cat cat cat cat cat"), Strength::Weak);
        assert_eq!(strength("111111111111"), Strength::Weak);
        assert_eq!(strength("k8#Qz!m2Pw9$aB7&"), Strength::Strong);
    }

    #[test]
    fn refused_passphrases_are_always_weak() {
        // Random-looking, many bits per character, but only 10 characters.
        assert!(estimate_bits("k8#Qz!m2P%") > FAIR_BITS);
        assert_eq!(strength("k8#Qz!m2P%"), Strength::Weak);
        assert_eq!(strength(""), Strength::Weak);
    }

    #[test]
    fn more_words_never_rate_lower() {
        let mut phrase = String::from("amber");
        let mut last = strength(&phrase);
        for w in ["copper", "meadow", "violin", "harbour", "tundra"] {
            phrase.push(' ');
            phrase.push_str(w);
            let now = strength(&phrase);
            assert!(now >= last, "{phrase}");
            last = now;
        }
        assert_eq!(last, Strength::Strong);
    }

    #[test]
    fn strength_serialises_as_its_code() {
        assert_eq!(serde_json::to_string(&Strength::Fair).unwrap(), "\"fair\"");
        assert_eq!(Strength::Strong.code(), "strong");
    }
}
