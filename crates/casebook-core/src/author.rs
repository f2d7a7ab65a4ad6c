//! Who a change is recorded under. The desktop program (the documenter named in the
//! record, or the name typed on the exchange screen) and the command line
//! (`--author`) all record authors by this one rule, so that the same person with a
//! stray space, or nobody at all, reads the same in every history.

/// What is recorded when no name was given.
pub const NO_AUTHOR: &str = "—";

/// The name as recorded: trimmed, and [`NO_AUTHOR`] when nothing is left.
pub fn author_or_placeholder(name: Option<&str>) -> String {
    name.map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(NO_AUTHOR)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_nothing_is_a_dash() {
        assert_eq!(author_or_placeholder(Some(" Centre ")), "Centre");
        assert_eq!(author_or_placeholder(Some("Айгуль")), "Айгуль");
        assert_eq!(author_or_placeholder(Some(" \t\n")), NO_AUTHOR);
        assert_eq!(author_or_placeholder(Some("")), NO_AUTHOR);
        assert_eq!(author_or_placeholder(None), NO_AUTHOR);
    }
}
