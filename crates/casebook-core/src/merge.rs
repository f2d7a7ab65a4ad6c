//! Three-way merge of two versions of a case against their common ancestor.
//!
//! Field by field: a field changed on one side only takes that change; the same change
//! on both sides is taken once; different changes on both sides become a [`Conflict`]
//! for a person to resolve. Last-writer-wins is never used: in a human-rights record a
//! silently lost edit can be a lost piece of evidence.
//!
//! Objects merge key by key. Arrays whose entries are objects carrying a unique `ref`
//! (perpetrators, incidents) merge entry by entry matched on `ref`, so two devices
//! that each add a perpetrator keep both. Every other array is one value.
//!
//! While a conflict is open the merged value holds our side, or theirs when ours
//! deleted the field, so nothing disappears before the person decides;
//! [`resolve`] then writes the chosen value.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::canonical::JsonError;
use crate::model::CaseRecord;
use crate::path::{ref_of, JsonPath, PathError};

/// A field both sides changed differently. `None` means absent on that side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    /// Path in the merged value, with `[ref=…]` for entries matched by `ref`.
    pub path: String,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

/// A merged JSON value and what is left to decide.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedValue {
    pub value: Value,
    pub conflicts: Vec<Conflict>,
}

/// A merged record and what is left to decide.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedRecord {
    pub record: CaseRecord,
    pub conflicts: Vec<Conflict>,
}

impl MergedRecord {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Merges two records that descend from `base`.
pub fn merge(
    base: &CaseRecord,
    ours: &CaseRecord,
    theirs: &CaseRecord,
) -> Result<MergedRecord, JsonError> {
    let merged = merge_values(
        &base.to_json_value()?,
        &ours.to_json_value()?,
        &theirs.to_json_value()?,
    );
    Ok(MergedRecord {
        record: CaseRecord::from_json_value(merged.value)?,
        conflicts: merged.conflicts,
    })
}

/// [`merge`] over JSON values: fields this version does not know merge too.
pub fn merge_values(base: &Value, ours: &Value, theirs: &Value) -> MergedValue {
    let mut conflicts = Vec::new();
    let value = merge3(
        &JsonPath::root(),
        present(Some(base)),
        present(Some(ours)),
        present(Some(theirs)),
        &mut conflicts,
    )
    .unwrap_or(Value::Null);
    MergedValue { value, conflicts }
}

/// Applies a person's decision on a conflict to the merged value (`None` removes).
pub fn resolve(
    merged: &mut Value,
    conflict_path: &str,
    choice: Option<Value>,
) -> Result<(), PathError> {
    JsonPath::parse(conflict_path)?.set(merged, choice)
}

fn present(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| !v.is_null())
}

fn merge3(
    path: &JsonPath,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    if ours == theirs {
        return ours.cloned();
    }
    if ours == base {
        return theirs.cloned();
    }
    if theirs == base {
        return ours.cloned();
    }
    match (ours, theirs) {
        (Some(Value::Object(o)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            let mut out = Map::new();
            for k in o.keys().chain(t.keys().filter(|k| !o.contains_key(*k))) {
                let bk = b.and_then(|b| present(b.get(k)));
                if let Some(v) = merge3(
                    &path.key(k),
                    bk,
                    present(o.get(k)),
                    present(t.get(k)),
                    conflicts,
                ) {
                    out.insert(k.clone(), v);
                }
            }
            Some(Value::Object(out))
        }
        (Some(Value::Array(o)), Some(Value::Array(t)))
            if ref_keyed(o)
                && ref_keyed(t)
                && base.is_none_or(|b| b.as_array().is_some_and(|b| ref_keyed(b))) =>
        {
            let b: &[Value] = base
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            Some(Value::Array(merge_by_ref(path, b, o, t, conflicts)))
        }
        _ => {
            conflicts.push(Conflict {
                path: path.to_string(),
                base: base.cloned(),
                ours: ours.cloned(),
                theirs: theirs.cloned(),
            });
            ours.or(theirs).cloned()
        }
    }
}

/// Every entry an object with a string `ref`, no `ref` twice.
fn ref_keyed(items: &[Value]) -> bool {
    let mut seen = BTreeSet::new();
    items
        .iter()
        .all(|v| ref_of(v).is_some_and(|r| seen.insert(r)))
}

fn find<'a>(items: &'a [Value], r: &str) -> Option<&'a Value> {
    items.iter().find(|v| ref_of(v).is_some_and(|x| x == r))
}

fn merge_by_ref(
    path: &JsonPath,
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    // Our order first, then entries only they have, in their order.
    let mut refs: Vec<&String> = ours.iter().filter_map(ref_of).collect();
    refs.extend(
        theirs
            .iter()
            .filter_map(ref_of)
            .filter(|r| find(ours, r).is_none()),
    );
    // Entries both sides deleted still need no decision; entries in base only vanish.
    refs.into_iter()
        .filter_map(|r| {
            merge3(
                &path.by_ref(r),
                find(base, r),
                find(ours, r),
                find(theirs, r),
                conflicts,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn base() -> Value {
        json!({
            "code": "KZ-ALM-2026-0007",
            "status": "open",
            "tags": ["ost"],
            "survivor": {"pseudonym": "Айгуль", "age": 38},
            "perpetrators": [{"ref": "p1", "rank": "капитан"}],
            "notes": "n"
        })
    }

    #[test]
    fn one_sided_changes_merge_silently() {
        let mut ours = base();
        ours["status"] = json!("referred");
        ours["survivor"]["gender"] = json!("woman");
        let mut theirs = base();
        theirs["survivor"]["age"] = json!(39);
        theirs["tags"] = json!(["ost", "detention"]);
        theirs.as_object_mut().unwrap().remove("notes");
        let m = merge_values(&base(), &ours, &theirs);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.value["status"], json!("referred"));
        assert_eq!(
            m.value["survivor"],
            json!({"pseudonym": "Айгуль", "age": 39, "gender": "woman"})
        );
        assert_eq!(m.value["tags"], json!(["ost", "detention"]));
        assert!(m.value.get("notes").is_none());
    }

    #[test]
    fn same_change_on_both_sides_is_no_conflict() {
        let mut ours = base();
        ours["status"] = json!("closed");
        let theirs = ours.clone();
        let m = merge_values(&base(), &ours, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(m.value["status"], json!("closed"));
    }

    #[test]
    fn different_changes_conflict_and_can_be_resolved() {
        let mut ours = base();
        ours["survivor"]["age"] = json!(40);
        let mut theirs = base();
        theirs["survivor"]["age"] = json!(41);
        let mut m = merge_values(&base(), &ours, &theirs);
        assert_eq!(
            m.conflicts,
            vec![Conflict {
                path: "survivor.age".into(),
                base: Some(json!(38)),
                ours: Some(json!(40)),
                theirs: Some(json!(41)),
            }]
        );
        assert_eq!(m.value["survivor"]["age"], json!(40));
        resolve(&mut m.value, &m.conflicts[0].path, Some(json!(41))).unwrap();
        assert_eq!(m.value["survivor"]["age"], json!(41));
    }

    #[test]
    fn ref_arrays_merge_by_ref() {
        let mut ours = base();
        ours["perpetrators"] =
            json!([{"ref": "p1", "rank": "майор"}, {"ref": "p2", "agency": "patrol-police"}]);
        let mut theirs = base();
        theirs["perpetrators"] =
            json!([{"ref": "p1", "rank": "капитан", "badge_number": "0457"}, {"ref": "p3"}]);
        let m = merge_values(&base(), &ours, &theirs);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(
            m.value["perpetrators"],
            json!([
                {"ref": "p1", "rank": "майор", "badge_number": "0457"},
                {"ref": "p2", "agency": "patrol-police"},
                {"ref": "p3"}
            ])
        );
    }

    #[test]
    fn delete_against_edit_conflicts_and_keeps_the_entry() {
        let mut ours = base();
        ours["perpetrators"] = json!([]);
        let mut theirs = base();
        theirs["perpetrators"] = json!([{"ref": "p1", "rank": "майор"}]);
        let m = merge_values(&base(), &ours, &theirs);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].path, "perpetrators[ref=p1]");
        assert_eq!(m.conflicts[0].ours, None);
        assert_eq!(
            m.value["perpetrators"],
            json!([{"ref": "p1", "rank": "майор"}])
        );
    }

    #[test]
    fn plain_arrays_are_one_value() {
        let mut ours = base();
        ours["tags"] = json!(["ost", "a"]);
        let mut theirs = base();
        theirs["tags"] = json!(["ost", "b"]);
        let m = merge_values(&base(), &ours, &theirs);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].path, "tags");
    }

    #[test]
    fn records_merge() {
        let b = CaseRecord::from_json_value(base()).unwrap();
        let mut o = b.clone();
        o.status = Some("closed".into());
        let mut t = b.clone();
        t.notes = Some("новая заметка".into());
        let m = merge(&b, &o, &t).unwrap();
        assert!(m.is_clean());
        assert_eq!(m.record.status.as_deref(), Some("closed"));
        assert_eq!(m.record.notes.as_deref(), Some("новая заметка"));
    }
}
