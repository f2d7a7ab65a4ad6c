//! The revision graph of one case and the deterministic merge of two heads.

use std::collections::{BTreeSet, HashMap, HashSet};

use casebook_core::merge::{merge_values, MergedValue};
use casebook_core::path::{JsonPath, PathError};
use rusqlite::{params, Connection};
use serde_json::Value;

use crate::StoreError;

/// Author and device recorded on automatic merge revisions. They are the same on
/// every device so that the same two heads always merge into the same revision.
pub const MERGE_AUTHOR: &str = "casebook-merge";
pub const MERGE_DEVICE: &str = "merge";

/// Parent links of every revision of one case.
pub(crate) struct Graph {
    parents: HashMap<String, Vec<String>>,
}

impl Graph {
    pub(crate) fn load(conn: &Connection, case_id: &str) -> Result<Graph, StoreError> {
        let mut stmt =
            conn.prepare_cached("SELECT id, parents FROM revisions WHERE case_id = ?1")?;
        let rows = stmt.query_map(params![case_id], |r| {
            let id: String = r.get(0)?;
            let parents: String = r.get(1)?;
            Ok((id, parents))
        })?;
        let mut parents = HashMap::new();
        for row in rows {
            let (id, p) = row?;
            let p: Vec<String> =
                serde_json::from_str(&p).map_err(|_| StoreError::DatabaseDamaged)?;
            parents.insert(id, p);
        }
        Ok(Graph { parents })
    }

    /// `start` and everything it descends from.
    pub(crate) fn ancestors(&self, start: &[&str]) -> HashSet<String> {
        let mut seen = HashSet::new();
        let mut todo: Vec<String> = start.iter().map(|s| (*s).to_owned()).collect();
        while let Some(id) = todo.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            if let Some(ps) = self.parents.get(&id) {
                todo.extend(ps.iter().filter(|p| !seen.contains(*p)).cloned());
            }
        }
        seen
    }

    /// True when `a` is `b` or one of its ancestors.
    pub(crate) fn is_ancestor(&self, a: &str, b: &str) -> bool {
        self.ancestors(&[b]).contains(a)
    }

    /// The best common ancestor: among the common ancestors that no other common
    /// ancestor descends from, the one with the smallest id (deterministic in
    /// criss-cross histories).
    pub(crate) fn common_ancestor(&self, a: &str, b: &str) -> Option<String> {
        let aa = self.ancestors(&[a]);
        let bb = self.ancestors(&[b]);
        let common: BTreeSet<&String> = aa.intersection(&bb).collect();
        let parents_of_common: Vec<&str> = common
            .iter()
            .flat_map(|c| self.parents.get(*c).into_iter().flatten())
            .map(String::as_str)
            .collect();
        let below = self.ancestors(&parents_of_common);
        // Bound first: the iterator borrows sets that end with this block.
        #[allow(clippy::let_and_return)]
        let best = common.into_iter().find(|c| !below.contains(*c)).cloned();
        best
    }
}

/// Attachments carry no `ref`; for merging they are matched by their SHA-256, so two
/// devices adding different files keep both.
fn key_attachments(v: &Value) -> Option<Value> {
    let list = match v.pointer("/evidence/attachments") {
        None | Some(Value::Null) => return Some(v.clone()),
        Some(Value::Array(list)) => list,
        Some(_) => return None,
    };
    let mut seen = BTreeSet::new();
    let mut keyed = Vec::with_capacity(list.len());
    for a in list {
        let obj = a.as_object()?;
        if obj.contains_key("ref") {
            return None;
        }
        let sha = obj.get("sha256")?.as_str()?;
        if !seen.insert(sha) {
            return None;
        }
        let mut o = obj.clone();
        o.insert("ref".to_owned(), Value::String(sha.to_owned()));
        keyed.push(Value::Object(o));
    }
    let mut out = v.clone();
    if let Some(slot) = out.pointer_mut("/evidence/attachments") {
        *slot = Value::Array(keyed);
    }
    Some(out)
}

fn unkey_attachments(v: &mut Value) {
    if let Some(Value::Array(list)) = v.pointer_mut("/evidence/attachments") {
        for a in list {
            if let Some(o) = a.as_object_mut() {
                o.remove("ref");
            }
        }
    }
}

/// Three-way merge of two contents (`a` wins provisionally where they conflict).
pub(crate) fn merge_contents(base: Option<&Value>, a: &Value, b: &Value) -> MergedValue {
    let null = Value::Null;
    let base = base.unwrap_or(&null);
    match (
        key_attachments(base),
        key_attachments(a),
        key_attachments(b),
    ) {
        (Some(kb), Some(ka), Some(kt)) => {
            let mut m = merge_values(&kb, &ka, &kt);
            unkey_attachments(&mut m.value);
            for c in &mut m.conflicts {
                for v in [&mut c.base, &mut c.ours, &mut c.theirs]
                    .into_iter()
                    .flatten()
                {
                    if let Some(o) = v.as_object_mut() {
                        if c.path.starts_with("evidence.attachments[ref=") {
                            o.remove("ref");
                        }
                    }
                    unkey_attachments(v);
                }
            }
            m
        }
        _ => merge_values(base, a, b),
    }
}

/// Puts a person's choice at a conflict path (which may pick attachments by hash).
pub(crate) fn apply_choice(
    content: &Value,
    path: &str,
    choice: Option<Value>,
) -> Result<Value, PathError> {
    let parsed = JsonPath::parse(path)?;
    if path.starts_with("evidence.attachments[ref=") {
        if let Some(mut keyed) = key_attachments(content) {
            let choice = choice.map(|mut c| {
                if let (Some(o), Some(sha)) = (
                    c.as_object_mut(),
                    path.strip_prefix("evidence.attachments[ref=")
                        .and_then(|r| r.split(']').next()),
                ) {
                    if path.ends_with(']') {
                        o.insert("ref".to_owned(), Value::String(sha.to_owned()));
                    }
                }
                c
            });
            parsed.set(&mut keyed, choice)?;
            unkey_attachments(&mut keyed);
            return Ok(keyed);
        }
    }
    let mut out = content.clone();
    parsed.set(&mut out, choice)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn attachments_merge_by_hash() {
        let base = json!({"code": "K", "evidence": {"attachments": [{"sha256": "aa", "size": 1}]}});
        let mut a = base.clone();
        a["evidence"]["attachments"]
            .as_array_mut()
            .unwrap()
            .push(json!({"sha256": "bb"}));
        let mut b = base.clone();
        b["evidence"]["attachments"]
            .as_array_mut()
            .unwrap()
            .push(json!({"sha256": "cc"}));
        b["evidence"]["attachments"][0]["description"] = json!("d");
        let m = merge_contents(Some(&base), &a, &b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(
            m.value["evidence"]["attachments"],
            json!([{"sha256": "aa", "size": 1, "description": "d"}, {"sha256": "bb"}, {"sha256": "cc"}])
        );
    }

    #[test]
    fn attachment_conflicts_resolve_by_hash() {
        let base = json!({"code": "K", "evidence": {"attachments": [{"sha256": "aa"}]}});
        let mut a = base.clone();
        a["evidence"]["attachments"][0]["description"] = json!("x");
        let mut b = base.clone();
        b["evidence"]["attachments"][0]["description"] = json!("y");
        let m = merge_contents(Some(&base), &a, &b);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(
            m.conflicts[0].path,
            "evidence.attachments[ref=aa].description"
        );
        let v = apply_choice(&m.value, &m.conflicts[0].path, Some(json!("y"))).unwrap();
        assert_eq!(
            v["evidence"]["attachments"],
            json!([{"sha256": "aa", "description": "y"}])
        );
    }
}
