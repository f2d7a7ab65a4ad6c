//! A passphrase the program offers: words drawn at random, to be written down.

use rand::rngs::OsRng;
use rand::seq::SliceRandom;
use zeroize::Zeroizing;

use crate::Secret;

/// Words in a suggested passphrase: 5 × log2 2048 = 55 bits, what
/// [`casebook_core::passphrase`] rates strong, and still short enough to write down
/// and type.
pub const SUGGESTED_WORDS: usize = 5;

/// The list words are drawn from: BIP-39's English list, 2048 short, common words
/// chosen to be told apart by their first four letters.
pub fn suggestion_words() -> &'static [&'static str; 2048] {
    bip39::Language::English.word_list()
}

/// [`SUGGESTED_WORDS`] different words drawn uniformly from [`suggestion_words`] by
/// the operating system's generator, separated by spaces. No word twice: a repeat
/// would look like a mistake to the person writing it down, and costs under 0.01 bit.
pub fn suggest_passphrase() -> Secret {
    let mut phrase = Zeroizing::new(String::with_capacity(SUGGESTED_WORDS * 9));
    for (i, w) in suggestion_words()
        .choose_multiple(&mut OsRng, SUGGESTED_WORDS)
        .enumerate()
    {
        if i > 0 {
            phrase.push(' ');
        }
        phrase.push_str(w);
    }
    Secret::new(std::mem::take(&mut *phrase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use casebook_core::passphrase::{accepted, strength, Strength};

    #[test]
    fn five_words_all_from_the_list() {
        let list = suggestion_words();
        for _ in 0..50 {
            let p = suggest_passphrase();
            let words: Vec<&str> = p.expose().split(' ').collect();
            assert_eq!(words.len(), SUGGESTED_WORDS);
            let distinct: std::collections::HashSet<_> = words.iter().collect();
            assert_eq!(distinct.len(), SUGGESTED_WORDS);
            assert!(words.iter().all(|w| list.contains(w)), "{words:?}");
            assert!(accepted(p.expose()));
            assert_eq!(strength(p.expose()), Strength::Strong, "{words:?}");
        }
    }

    #[test]
    fn two_suggestions_differ() {
        // 2^-55 chance of a false failure.
        assert_ne!(suggest_passphrase().expose(), suggest_passphrase().expose());
    }
}
