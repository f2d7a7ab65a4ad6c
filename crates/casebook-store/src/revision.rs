//! Revision identity: a revision's id is the SHA-256 of its canonical content and
//! metadata, so any copy of it, on any device, can be checked.

use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum RevisionKind {
    Create,
    Edit,
    Delete,
    Merge,
}

impl RevisionKind {
    pub fn code(self) -> &'static str {
        match self {
            RevisionKind::Create => "create",
            RevisionKind::Edit => "edit",
            RevisionKind::Delete => "delete",
            RevisionKind::Merge => "merge",
        }
    }
    pub fn from_code(s: &str) -> Option<Self> {
        Some(match s {
            "create" => RevisionKind::Create,
            "edit" => RevisionKind::Edit,
            "delete" => RevisionKind::Delete,
            "merge" => RevisionKind::Merge,
            _ => return None,
        })
    }
}

/// Everything about a revision except its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct RevisionInfo {
    pub id: String,
    pub case_id: String,
    pub parents: Vec<String>,
    pub author: String,
    pub device: String,
    pub created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub kind: RevisionKind,
}

impl RevisionInfo {
    /// The id this revision must have: SHA-256 of its metadata (all but `id`) and
    /// `content`, the record's canonical JSON value, or `None` for a tombstone.
    pub fn compute_id(&self, content: Option<&Value>) -> String {
        let canonical = content.map(casebook_core::canonical::canonical_value_bytes);
        self.compute_id_canonical(canonical.as_deref())
    }

    /// [`compute_id`](Self::compute_id) for content already in canonical JSON form
    /// (as stored), so that it is not canonicalised twice. Writes the canonical form
    /// of `{"v":1, case_id, parents (sorted), author, device, created_at, reason,
    /// kind, content}` directly: keys in byte order, `null` entries left out.
    pub fn compute_id_canonical(&self, content: Option<&[u8]>) -> String {
        use casebook_core::canonical::write_json_str;
        let mut parents: Vec<&str> = self.parents.iter().map(String::as_str).collect();
        parents.sort_unstable();
        let mut doc = Vec::with_capacity(256 + content.map_or(0, <[u8]>::len));
        doc.extend_from_slice(b"{\"author\":");
        write_json_str(&self.author, &mut doc);
        doc.extend_from_slice(b",\"case_id\":");
        write_json_str(&self.case_id, &mut doc);
        // A `null` content is left out like any other null entry.
        if let Some(c) = content.filter(|c| *c != b"null") {
            doc.extend_from_slice(b",\"content\":");
            doc.extend_from_slice(c);
        }
        doc.extend_from_slice(b",\"created_at\":");
        write_json_str(&self.created_at, &mut doc);
        doc.extend_from_slice(b",\"device\":");
        write_json_str(&self.device, &mut doc);
        doc.extend_from_slice(b",\"kind\":");
        write_json_str(self.kind.code(), &mut doc);
        doc.extend_from_slice(b",\"parents\":[");
        for (i, p) in parents.iter().enumerate() {
            if i > 0 {
                doc.push(b',');
            }
            write_json_str(p, &mut doc);
        }
        doc.push(b']');
        if let Some(r) = &self.reason {
            doc.extend_from_slice(b",\"reason\":");
            write_json_str(r, &mut doc);
        }
        doc.extend_from_slice(b",\"v\":1}");
        casebook_core::canonical::sha256_hex(&doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The definition: the canonical form of the document built as a JSON value.
    fn reference_id(info: &RevisionInfo, content: Option<&Value>) -> String {
        let mut parents = info.parents.clone();
        parents.sort();
        let doc = json!({
            "v": 1,
            "case_id": info.case_id,
            "parents": parents,
            "author": info.author,
            "device": info.device,
            "created_at": info.created_at,
            "reason": info.reason,
            "kind": info.kind.code(),
            "content": content,
        });
        casebook_core::canonical::sha256_hex(&casebook_core::canonical::canonical_value_bytes(&doc))
    }

    #[test]
    fn direct_id_matches_the_definition() {
        let content = json!({"code": "KZ-1", "survivor": {"pseudonym": "Айгуль \"А\"", "age": 31},
            "notes": null, "tags": ["b", "a"], "x": 1.5});
        for (parents, reason, kind, content) in [
            (vec![], None, RevisionKind::Create, Some(&content)),
            (
                vec!["ff".to_owned(), "0a".to_owned()],
                Some("resolve survivor.age".to_owned()),
                RevisionKind::Merge,
                Some(&content),
            ),
            (
                vec!["01".to_owned()],
                Some(String::new()),
                RevisionKind::Delete,
                None,
            ),
            (
                vec!["01".to_owned()],
                None,
                RevisionKind::Edit,
                Some(&Value::Null),
            ),
        ] {
            let info = RevisionInfo {
                id: String::new(),
                case_id: "0190f5d2-7a3c-7cc1-8f00-000000000001".into(),
                parents,
                author: "aigul\n\u{0007}".into(),
                device: "d".into(),
                created_at: "2026-03-10T09:00:00.000Z".into(),
                reason,
                kind,
            };
            assert_eq!(info.compute_id(content), reference_id(&info, content));
        }
    }
}
