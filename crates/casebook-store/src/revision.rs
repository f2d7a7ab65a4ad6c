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

impl RevisionInfo {
    /// The id this revision must have: SHA-256 of its metadata (all but `id`) and
    /// `content`, the record's canonical JSON value, or `None` for a tombstone.
    pub fn compute_id(&self, content: Option<&Value>) -> String {
        let mut parents = self.parents.clone();
        parents.sort();
        let doc = json!({
            "v": 1,
            "case_id": self.case_id,
            "parents": parents,
            "author": self.author,
            "device": self.device,
            "created_at": self.created_at,
            "reason": self.reason,
            "kind": self.kind.code(),
            "content": content,
        });
        casebook_core::canonical::sha256_hex(&casebook_core::canonical::canonical_value_bytes(&doc))
    }
}
