//! Field-level differences between two versions of a case, for history views.
//!
//! Objects are compared key by key and arrays of objects entry by entry (by position:
//! a history view shows what the record looked like, not how a merge would match
//! entries). Arrays of plain values (`tags`, `substances`) and whole added or removed
//! sub-objects are reported as one change each. `null` and absent are the same.

use serde::Serialize;
use serde_json::Value;

use crate::canonical::JsonError;
use crate::model::CaseRecord;
use crate::path::JsonPath;

/// One changed field. `old: None` means the field was added, `new: None` removed.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Change {
    pub path: String,
    #[ts(type = "Json | null")]
    pub old: Option<Value>,
    #[ts(type = "Json | null")]
    pub new: Option<Value>,
}

/// What changed from `old` to `new`, in document order.
pub fn diff(old: &CaseRecord, new: &CaseRecord) -> Result<Vec<Change>, JsonError> {
    Ok(diff_values(&old.to_json_value()?, &new.to_json_value()?))
}

/// [`diff`] over any two JSON values.
pub fn diff_values(old: &Value, new: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    walk(
        &JsonPath::root(),
        present(Some(old)),
        present(Some(new)),
        &mut out,
    );
    out
}

fn present(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| !v.is_null())
}

fn is_object_array(items: &[Value]) -> bool {
    items.iter().any(Value::is_object)
}

fn walk(path: &JsonPath, old: Option<&Value>, new: Option<&Value>, out: &mut Vec<Change>) {
    if old == new {
        return;
    }
    match (old, new) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
            for k in keys {
                walk(&path.key(k), present(a.get(k)), present(b.get(k)), out);
            }
        }
        (Some(Value::Array(a)), Some(Value::Array(b)))
            if is_object_array(a) || is_object_array(b) =>
        {
            for i in 0..a.len().max(b.len()) {
                walk(&path.index(i), present(a.get(i)), present(b.get(i)), out);
            }
        }
        _ => out.push(Change {
            path: path.to_string(),
            old: old.cloned(),
            new: new.cloned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reports_leaf_changes_with_paths() {
        let a = json!({"code": "K-1", "tags": ["a"], "survivor": {"pseudonym": "A", "age": 30},
                       "incidents": [{"ref": "i1", "acts": [{"act_type": "beating"}, {"act_type": "threats"}]}]});
        let b = json!({"code": "K-1", "tags": ["a", "b"], "survivor": {"pseudonym": "A", "age": null, "gender": "woman"},
                       "incidents": [{"ref": "i1", "acts": [{"act_type": "beating"}, {"act_type": "insults"}, {"act_type": "rape"}]}]});
        let changes = diff_values(&a, &b);
        let got: Vec<_> = changes
            .iter()
            .map(|c| (c.path.as_str(), c.old.clone(), c.new.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "incidents[0].acts[1].act_type",
                    Some(json!("threats")),
                    Some(json!("insults"))
                ),
                (
                    "incidents[0].acts[2]",
                    None,
                    Some(json!({"act_type": "rape"}))
                ),
                ("survivor.age", Some(json!(30)), None),
                ("survivor.gender", None, Some(json!("woman"))),
                ("tags", Some(json!(["a"])), Some(json!(["a", "b"]))),
            ]
        );
    }

    #[test]
    fn identical_records_have_no_diff() {
        let r = CaseRecord {
            code: "X".into(),
            ..Default::default()
        };
        assert!(diff(&r, &r.clone()).unwrap().is_empty());
        let mut r2 = r.clone();
        r2.notes = Some("n".into());
        assert_eq!(
            diff(&r, &r2).unwrap(),
            vec![Change {
                path: "notes".into(),
                old: None,
                new: Some(json!("n"))
            }]
        );
    }
}
