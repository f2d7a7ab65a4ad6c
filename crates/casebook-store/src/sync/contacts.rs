//! The people and devices bundles are exchanged with. The role decides what a bundle
//! for them may carry (see `casebook-bundle`).

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::SyncError;
use crate::audit::{self, AuditEvent};
use crate::Vault;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "kebab-case")]
pub enum ContactRole {
    /// Another device of the same organisation or person: full records.
    OwnDevice,
    /// The centre's hub: full records.
    CentreHub,
    /// A lawyer: only cases with `lawyer` consent.
    Lawyer,
    /// The national network: no case records at all (consent
    /// `organisation-network-stats` is for aggregate statistics only).
    Network,
    /// A peer outreach worker's field laptop: receives nothing; its bundles may add
    /// new cases and change nothing that is already here (a seized laptop must not
    /// become a way to rewrite or erase the centre's cases).
    Outreach,
}

impl ContactRole {
    pub const ALL: [ContactRole; 5] = [
        ContactRole::OwnDevice,
        ContactRole::CentreHub,
        ContactRole::Lawyer,
        ContactRole::Outreach,
        ContactRole::Network,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContactRole::OwnDevice => "own-device",
            ContactRole::CentreHub => "centre-hub",
            ContactRole::Lawyer => "lawyer",
            ContactRole::Network => "network",
            ContactRole::Outreach => "outreach",
        }
    }

    /// Where every new contact starts unless the person chooses otherwise: it
    /// receives no case records and may change none.
    pub const LEAST_PRIVILEGED: ContactRole = ContactRole::Network;

    /// Roles that receive full records without any consent check. A tampered card or
    /// bundle must not get there by a click: the person types the six fingerprint
    /// words they compared with the contact, and they are checked.
    /// An outreach device adds cases here: a forged card must not be able to
    /// fill the centre's vault with invented ones.
    pub fn needs_typed_fingerprint(self) -> bool {
        matches!(
            self,
            ContactRole::OwnDevice | ContactRole::CentreHub | ContactRole::Outreach
        )
    }

    /// What a bundle signed by a contact with this role may change here.
    pub fn import_rights(self) -> ImportRights {
        match self {
            ContactRole::OwnDevice => ImportRights {
                add_cases: true,
                delete: true,
                fields: FieldRights::All,
            },
            // The hub passes on other devices' work, but deleting a case is for the
            // devices of the people who hold it.
            ContactRole::CentreHub => ImportRights {
                add_cases: true,
                delete: false,
                fields: FieldRights::All,
            },
            // A lawyer reports what came of complaints and adds notes; a consent or
            // an identity is never hers to change.
            ContactRole::Lawyer => ImportRights {
                add_cases: false,
                delete: false,
                fields: FieldRights::Only(&["responses", "notes"]),
            },
            ContactRole::Network => ImportRights {
                add_cases: false,
                delete: false,
                fields: FieldRights::None,
            },
            // New cases only: a re-sent case it already gave is taken as it is
            // (nothing changes), any change to a case here is refused.
            ContactRole::Outreach => ImportRights {
                add_cases: true,
                delete: false,
                fields: FieldRights::None,
            },
        }
    }

    pub fn from_code(s: &str) -> Result<Self, SyncError> {
        ContactRole::ALL
            .into_iter()
            .find(|r| r.code() == s)
            .ok_or_else(|| SyncError::InvalidRole { role: s.to_owned() })
    }
}

/// What an import may do to this vault's cases, decided by the signer's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportRights {
    /// Add cases this vault does not have.
    pub add_cases: bool,
    /// Delete a case (a tombstone revision as the new head).
    pub delete: bool,
    pub fields: FieldRights,
}

/// Which top-level fields of a case an import may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldRights {
    All,
    Only(&'static [&'static str]),
    None,
}

impl FieldRights {
    /// Whether a change at `path` (text form, `responses.complaints[0].body`) is
    /// allowed.
    pub fn allows(self, path: &str) -> bool {
        match self {
            FieldRights::All => true,
            FieldRights::None => false,
            FieldRights::Only(tops) => {
                let top = path.split(['.', '[']).next().unwrap_or(path);
                !top.is_empty() && tops.contains(&top)
            }
        }
    }
}

/// Fingerprints compare without regard to case, hyphens or spacing.
pub fn same_fingerprint(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c == '-' || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let a = norm(a);
    !a.is_empty() && a == norm(b)
}

/// A contact as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Contact {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub role: ContactRole,
    /// `age1…` X25519 recipient.
    pub age_recipient: String,
    /// Ed25519 public key, lowercase hex.
    pub sign_key: String,
    /// Words two people compare by phone.
    pub fingerprint: String,
    pub added_at: String,
}

/// What is needed to add a contact; `casebook-bundle` checks the keys first.
#[derive(Debug, Clone)]
pub struct NewContact {
    pub name: String,
    pub role: ContactRole,
    pub age_recipient: String,
    pub sign_key: String,
    pub fingerprint: String,
    /// The fingerprint words as the person typed them; needed for the roles that
    /// receive full records ([`ContactRole::needs_typed_fingerprint`]).
    pub typed_fingerprint: Option<String>,
}

fn check_typed(role: ContactRole, fingerprint: &str, typed: Option<&str>) -> Result<(), SyncError> {
    if !role.needs_typed_fingerprint() {
        return Ok(());
    }
    match typed {
        Some(t) if same_fingerprint(t, fingerprint) => Ok(()),
        Some(_) => Err(SyncError::FingerprintMismatch {
            role: role.code().to_owned(),
        }),
        None => Err(SyncError::FingerprintNeeded {
            role: role.code().to_owned(),
        }),
    }
}

const COLS: &str = "id, name, role, age_recipient, sign_key, fingerprint, added_at";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Contact> {
    let role: String = r.get(2)?;
    Ok(Contact {
        id: r.get(0)?,
        name: r.get(1)?,
        role: ContactRole::from_code(&role).unwrap_or(ContactRole::Network),
        age_recipient: r.get(3)?,
        sign_key: r.get(4)?,
        fingerprint: r.get(5)?,
        added_at: r.get(6)?,
    })
}

impl Vault {
    pub fn add_contact(&mut self, c: &NewContact) -> Result<Contact, SyncError> {
        check_typed(c.role, &c.fingerprint, c.typed_fingerprint.as_deref())?;
        let name = c.name.trim();
        if name.is_empty() {
            return Err(SyncError::ContactNameEmpty);
        }
        let tx = self.conn.transaction()?;
        let clash: Option<i64> = tx
            .query_row(
                "SELECT id FROM contacts WHERE name = ?1 OR age_recipient = ?2 OR sign_key = ?3",
                params![name, c.age_recipient, c.sign_key],
                |r| r.get(0),
            )
            .optional()?;
        if clash.is_some() {
            return Err(SyncError::ContactExists {
                name: name.to_owned(),
            });
        }
        tx.execute(
            "INSERT INTO contacts (name, role, age_recipient, sign_key, fingerprint, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![name, c.role.code(), c.age_recipient, c.sign_key, c.fingerprint, crate::now()],
        )?;
        let id = tx.last_insert_rowid();
        audit::append(
            &tx,
            AuditEvent::ContactAdded,
            None,
            &format!("{} {} {}", c.role.code(), c.fingerprint, name),
        )?;
        tx.commit()?;
        self.contact_by_id(id)
    }

    fn contact_by_id(&self, id: i64) -> Result<Contact, SyncError> {
        Ok(self.conn.query_row(
            &format!("SELECT {COLS} FROM contacts WHERE id = ?1"),
            params![id],
            row,
        )?)
    }

    pub fn contacts(&self) -> Result<Vec<Contact>, SyncError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLS} FROM contacts ORDER BY name"))?;
        let rows = stmt.query_map([], row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn contact(&self, name: &str) -> Result<Contact, SyncError> {
        self.conn
            .query_row(
                &format!("SELECT {COLS} FROM contacts WHERE name = ?1"),
                params![name.trim()],
                row,
            )
            .optional()?
            .ok_or_else(|| SyncError::ContactNotFound {
                name: name.to_owned(),
            })
    }

    /// The contact whose Ed25519 key (hex) signed a bundle, if known.
    pub fn contact_by_sign_key(&self, sign_key: &str) -> Result<Option<Contact>, SyncError> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLS} FROM contacts WHERE sign_key = ?1"),
                params![sign_key],
                row,
            )
            .optional()?)
    }

    pub fn rename_contact(&mut self, name: &str, new_name: &str) -> Result<Contact, SyncError> {
        let c = self.contact(name)?;
        let new_name = new_name.trim();
        if new_name.is_empty() {
            return Err(SyncError::ContactNameEmpty);
        }
        if self.contact(new_name).is_ok() {
            return Err(SyncError::ContactExists {
                name: new_name.to_owned(),
            });
        }
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE contacts SET name = ?2 WHERE id = ?1",
            params![c.id, new_name],
        )?;
        audit::append(
            &tx,
            AuditEvent::ContactChanged,
            None,
            &format!("{} {} -> {}", c.fingerprint, c.name, new_name),
        )?;
        tx.commit()?;
        self.contact_by_id(c.id)
    }

    /// Changes a contact's role; the roles that receive full records need the
    /// fingerprint words typed again.
    pub fn set_contact_role(
        &mut self,
        name: &str,
        role: ContactRole,
        typed_fingerprint: Option<&str>,
    ) -> Result<Contact, SyncError> {
        let c = self.contact(name)?;
        check_typed(role, &c.fingerprint, typed_fingerprint)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE contacts SET role = ?2 WHERE id = ?1",
            params![c.id, role.code()],
        )?;
        audit::append(
            &tx,
            AuditEvent::ContactChanged,
            None,
            &format!("{} {} role {}", c.fingerprint, c.name, role.code()),
        )?;
        tx.commit()?;
        self.contact_by_id(c.id)
    }

    pub fn remove_contact(&mut self, name: &str) -> Result<(), SyncError> {
        let c = self.contact(name)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM sent_heads WHERE contact_id = ?1",
            params![c.id],
        )?;
        tx.execute("DELETE FROM contacts WHERE id = ?1", params![c.id])?;
        audit::append(
            &tx,
            AuditEvent::ContactRemoved,
            None,
            &format!("{} {}", c.fingerprint, c.name),
        )?;
        tx.commit()?;
        Ok(())
    }
}
