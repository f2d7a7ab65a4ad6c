//! Settling a merge conflict the way a person says it: take ours, take theirs, or a
//! value typed as text. Shared by the desktop program and `casebook resolve`, so that
//! the same typed text always becomes the same value.

use serde_json::Value;

use super::{ConflictInfo, Resolution, SyncError};
use crate::{RevisionInfo, Vault};

/// A person's choice for one conflicting field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Take {
    Ours,
    Theirs,
    /// Text typed by the person.
    Typed(String),
}

/// The value typed text stands for. Where either side holds text the typed text
/// stays text (so a phone number or "12" typed into a text field is not turned into a
/// number); otherwise JSON is read as JSON (numbers, true/false, lists) and anything
/// else is text.
pub fn typed_value(text: &str, conflict: Option<&ConflictInfo>) -> Value {
    let sides_are_text = conflict.is_some_and(|c| {
        [&c.ours, &c.theirs, &c.base]
            .iter()
            .any(|v| matches!(v, Some(Value::String(_))))
    });
    if sides_are_text {
        return Value::String(text.to_owned());
    }
    serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned()))
}

/// Settles the open conflict of `case` at `path` (empty: the whole case) and adds the
/// revision that records the decision (also when the case already holds the chosen
/// value, so that the decision travels to other devices); always `Some`.
pub fn resolve(
    vault: &mut Vault,
    case: &str,
    path: &str,
    take: Take,
    author: &str,
) -> Result<Option<RevisionInfo>, SyncError> {
    let choice = match take {
        Take::Ours => Resolution::Ours,
        Take::Theirs => Resolution::Theirs,
        Take::Typed(text) => {
            let open = vault.open_conflicts(Some(case))?;
            let conflict = open.iter().rev().find(|c| c.path == path);
            Resolution::Value(typed_value(&text, conflict))
        }
    };
    vault.resolve_conflict(case, path, choice, author)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::ConflictKind;
    use serde_json::json;

    fn conflict(ours: Value, theirs: Value) -> ConflictInfo {
        ConflictInfo {
            id: 1,
            case_id: "c".into(),
            code: "K-1".into(),
            path: "survivor.age".into(),
            kind: ConflictKind::Field,
            base: None,
            ours: Some(ours),
            ours_author: "a".into(),
            ours_at: "2026-01-01T00:00:00Z".into(),
            ours_revision: "r1".into(),
            theirs: Some(theirs),
            theirs_author: "b".into(),
            theirs_at: "2026-01-02T00:00:00Z".into(),
            theirs_revision: "r2".into(),
            merge_revision: "m".into(),
            created_at: "2026-01-03T00:00:00Z".into(),
        }
    }

    #[test]
    fn typed_text_keeps_the_kind_of_the_field() {
        let numbers = conflict(json!(30), json!(31));
        assert_eq!(typed_value("32", Some(&numbers)), json!(32));
        assert_eq!(typed_value("thirty", Some(&numbers)), json!("thirty"));
        let texts = conflict(json!("Almaty"), json!("Astana"));
        assert_eq!(typed_value("12", Some(&texts)), json!("12"));
        assert_eq!(typed_value("true", None), json!(true));
        assert_eq!(typed_value("Шымкент", None), json!("Шымкент"));
    }
}
