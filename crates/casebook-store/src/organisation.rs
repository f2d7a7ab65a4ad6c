//! Who submits: the centre's name and a contact address, for the UN drafts. Kept in
//! the vault (not in the desktop's plain settings file): a seized laptop must not
//! say which organisation documents the police.

use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::{StoreError, Vault};

const KEY: &str = "organisation";

/// The submitting organisation as the drafts name it. Empty fields are "not set".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct Organisation {
    pub name: String,
    /// E-mail or postal address the mechanism may use.
    pub contact: String,
}

impl Vault {
    pub fn organisation(&self) -> Result<Organisation, StoreError> {
        match crate::vault::meta(&self.conn, KEY)? {
            None => Ok(Organisation::default()),
            Some(t) => serde_json::from_str(&t).map_err(|_| StoreError::DatabaseDamaged),
        }
    }

    pub fn set_organisation(&self, org: &Organisation) -> Result<(), StoreError> {
        let org = Organisation {
            name: org.name.trim().to_owned(),
            contact: org.contact.trim().to_owned(),
        };
        let text = serde_json::to_string(&org).map_err(|_| StoreError::DatabaseDamaged)?;
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![KEY, text],
        )?;
        Ok(())
    }
}
