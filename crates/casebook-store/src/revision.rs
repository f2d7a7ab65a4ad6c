//! Revision identity: a revision's id is the SHA-256 of its canonical content and
//! metadata, so any copy of it, on any device, can be checked.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// `content` is the canonical JSON value of the record, or `None` for a tombstone.
pub fn revision_id(
    case_id: &str,
    parents: &[String],
    author: &str,
    device: &str,
    created_at: &str,
    reason: Option<&str>,
    kind: RevisionKind,
    content: Option<&Value>,
) -> String {
    let mut sorted = parents.to_vec();
    sorted.sort();
    let doc = json!({
        "v": 1,
        "case_id": case_id,
        "parents": sorted,
        "author": author,
        "device": device,
        "created_at": created_at,
        "reason": reason,
        "kind": kind.code(),
        "content": content,
    });
    casebook_core::canonical::sha256_hex(&casebook_core::canonical::canonical_value_bytes(&doc))
}
