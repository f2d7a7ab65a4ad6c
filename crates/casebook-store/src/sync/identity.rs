//! The device's bundle keys: two random 32-byte seeds (the X25519 secret of its age
//! identity and its Ed25519 signing seed), created with the vault and kept only
//! inside the encrypted database.

use rand::RngCore;
use rusqlite::{params, Connection, OptionalExtension};
use zeroize::Zeroizing;

use crate::{StoreError, Vault};

/// The secret seeds; `casebook-bundle` turns them into keys. Zeroed when dropped.
pub struct DeviceSeeds {
    pub x25519: Zeroizing<[u8; 32]>,
    pub ed25519: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for DeviceSeeds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeviceSeeds(..)")
    }
}

fn seed(v: Vec<u8>) -> Result<Zeroizing<[u8; 32]>, StoreError> {
    let v = Zeroizing::new(v);
    let mut out = Zeroizing::new([0u8; 32]);
    if v.len() != 32 {
        return Err(StoreError::DatabaseDamaged);
    }
    out.copy_from_slice(&v);
    Ok(out)
}

fn load(conn: &Connection) -> Result<Option<DeviceSeeds>, StoreError> {
    let row: Option<(Vec<u8>, Vec<u8>)> = conn
        .query_row(
            "SELECT x25519_seed, ed25519_seed FROM device_identity WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    row.map(|(x, e)| {
        Ok(DeviceSeeds {
            x25519: seed(x)?,
            ed25519: seed(e)?,
        })
    })
    .transpose()
}

/// Creates the identity unless there is one. Runs inside the caller's transaction.
pub(crate) fn ensure(conn: &Connection) -> Result<(), StoreError> {
    if load(conn)?.is_some() {
        return Ok(());
    }
    let mut x = Zeroizing::new([0u8; 32]);
    let mut e = Zeroizing::new([0u8; 32]);
    rand::rngs::OsRng.fill_bytes(x.as_mut());
    rand::rngs::OsRng.fill_bytes(e.as_mut());
    conn.execute(
        "INSERT INTO device_identity (id, x25519_seed, ed25519_seed, created_at) VALUES (1, ?1, ?2, ?3)",
        params![&x[..], &e[..], crate::now()],
    )?;
    Ok(())
}

impl Vault {
    /// This device's bundle key seeds, created on first use for vaults made before
    /// bundles existed.
    pub fn device_seeds(&self) -> Result<DeviceSeeds, StoreError> {
        if let Some(s) = load(&self.conn)? {
            return Ok(s);
        }
        let tx = self.conn.unchecked_transaction()?;
        ensure(&tx)?;
        tx.commit()?;
        load(&self.conn)?.ok_or(StoreError::DatabaseDamaged)
    }
}
