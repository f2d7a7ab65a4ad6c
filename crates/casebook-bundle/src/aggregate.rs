//! Statistics bundles: what a centre sends its network's hub, and what a hub sends
//! on to a regional one. The container is the case bundle's (age to contacts, a tar
//! with a signed manifest first); the entries are centres' snapshots
//! (`casebook_core::network`), one de-identified record per consented case, and
//! nothing else. See `docs/bundle-format.md`.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use casebook_core::facts::CaseFacts;
use casebook_core::network::{Accepted, CentreSnapshot, CentreSummary};
use casebook_store::{SnapshotImport, Vault};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::format::sha_hex;
use crate::format::{self, BundleKind, EntryKind, Manifest, ManifestEntry, ManifestSnapshot};
use crate::import::ImportOptions;
use crate::keys::DeviceKeys;
use crate::{BundleError, CardProblem, ManifestProblem};

#[derive(Debug, Clone, Default)]
pub struct AggregateOptions {
    /// Contact names to encrypt to (the hub).
    pub to: Vec<String>,
    /// Send on the newest snapshot of every centre this vault holds as a hub,
    /// instead of a snapshot of its own cases.
    pub network: bool,
    /// The centre's name as the hub will see it (also the bundle's sender name).
    pub sender_name: String,
}

/// One snapshot a statistics bundle carried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SnapshotSent {
    pub centre: String,
    pub name: String,
    #[ts(type = "number")]
    pub seq: u64,
    #[ts(type = "number")]
    pub records: u64,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AggregateReport {
    pub path: PathBuf,
    pub snapshots: Vec<SnapshotSent>,
    /// Records in all (one per consented case).
    #[ts(type = "number")]
    pub records: u64,
    /// Size of the encrypted file.
    #[ts(type = "number")]
    pub bytes: u64,
}

/// What became of one snapshot at the hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SnapshotStanding {
    /// The first from this centre.
    New,
    /// It replaced the centre's older snapshot.
    Replaced,
    /// The hub holds a newer one: nothing changed.
    Older,
    /// The hub holds this very one: nothing changed.
    Same,
}

impl From<Accepted> for SnapshotStanding {
    fn from(a: Accepted) -> Self {
        match a {
            Accepted::New => SnapshotStanding::New,
            Accepted::Replaced { .. } => SnapshotStanding::Replaced,
            Accepted::Older { .. } => SnapshotStanding::Older,
            Accepted::Same => SnapshotStanding::Same,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SnapshotOutcome {
    pub centre: String,
    pub name: String,
    #[ts(type = "number")]
    pub seq: u64,
    #[ts(type = "number")]
    pub records: u64,
    pub standing: SnapshotStanding,
}

/// Where a bundle's snapshots come from.
enum Source {
    /// This centre's own consented cases.
    Own {
        seq: u64,
        facts: Arc<Vec<CaseFacts>>,
    },
    /// A centre this hub holds a snapshot of.
    Held(CentreSummary),
}

/// Record ids drawn from one secret per export: unlinkable to any other export,
/// yet the same when a snapshot is made a second time to be written (so no
/// snapshot is held whole in memory between hashing and writing).
struct Ids {
    seed: [u8; 32],
}

impl Ids {
    fn for_centre<'a>(&'a self, centre: &'a str) -> impl FnMut() -> u128 + 'a {
        let mut i: u64 = 0;
        move || {
            i += 1;
            let mut h = Sha256::new();
            h.update(self.seed);
            h.update(centre.as_bytes());
            h.update(i.to_le_bytes());
            let d = h.finalize();
            let mut b = [0u8; 16];
            b.copy_from_slice(&d[..16]);
            u128::from_le_bytes(b)
        }
    }
}

fn snapshot(
    vault: &Vault,
    source: &Source,
    keys: &DeviceKeys,
    name: &str,
    made_at: chrono::DateTime<chrono::Utc>,
    ids: &Ids,
) -> Result<CentreSnapshot, BundleError> {
    Ok(match source {
        Source::Own { seq, facts } => {
            let centre = keys.sign_key();
            CentreSnapshot::of_centre(&centre, name, *seq, made_at, facts, ids.for_centre(&centre))
        }
        Source::Held(c) => vault.network_snapshot(c, ids.for_centre(&c.centre))?,
    })
}

fn json(s: &CentreSnapshot) -> Result<Vec<u8>, BundleError> {
    serde_json::to_vec(s).map_err(|e| BundleError::Write(io::Error::other(e)))
}

/// Writes a statistics bundle to `out` (atomically) and records it: the audit
/// entry names the recipients and the snapshots, and this centre's snapshot number
/// moves on so the hub takes the next one as newer.
pub fn export_aggregate(
    vault: &mut Vault,
    out: &Path,
    opts: &AggregateOptions,
) -> Result<AggregateReport, BundleError> {
    let keys = DeviceKeys::of(vault)?;
    if opts.to.is_empty() {
        return Err(BundleError::NoRecipients);
    }
    let mut recipients: Vec<age::x25519::Recipient> = vec![];
    for n in &opts.to {
        let c = vault.contact(n)?;
        recipients.push(c.age_recipient.parse().map_err(|_| BundleError::BadCard {
            problem: CardProblem::AgeKey,
        })?);
    }
    let name = opts.sender_name.trim().to_owned();
    let sources: Vec<Source> = if opts.network {
        vault
            .network_centres()?
            .into_iter()
            .map(Source::Held)
            .collect()
    } else {
        vec![Source::Own {
            seq: vault.next_snapshot_seq()?,
            facts: vault.case_facts()?,
        }]
    };
    let made_at = chrono::Utc::now();
    let ids = Ids {
        seed: rand::random(),
    };

    // First pass: each snapshot's size and hash, for the signed manifest.
    let mut entries = vec![];
    let mut listed = vec![];
    let mut sent = vec![];
    for source in &sources {
        let s = snapshot(vault, source, &keys, &name, made_at, &ids)?;
        s.check().map_err(casebook_store::StoreError::BadSnapshot)?;
        let bytes = json(&s)?;
        entries.push(ManifestEntry {
            path: format::snapshot_path(&s.centre),
            size: bytes.len() as u64,
            sha256: sha_hex(&bytes),
        });
        listed.push(ManifestSnapshot {
            centre: s.centre.clone(),
            seq: s.seq,
            records: s.records.len() as u64,
        });
        sent.push(SnapshotSent {
            centre: s.centre.clone(),
            name: s.name.clone(),
            seq: s.seq,
            records: s.records.len() as u64,
        });
    }
    let manifest = Manifest {
        format: format::FORMAT.to_owned(),
        version: format::VERSION,
        kind: BundleKind::Statistics,
        created_at: made_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        sender: format::Sender {
            name: name.clone(),
            device_id: vault.device_id().to_owned(),
            age_recipient: keys.age_recipient(),
            sign_key: keys.sign_key(),
            fingerprint: keys.fingerprint(),
        },
        attachments_included: false,
        cases: vec![],
        snapshots: listed,
        entries,
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| BundleError::Write(io::Error::other(e)))?;
    let signature = hex::encode(keys.sign(&manifest_bytes).to_bytes());

    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|_| BundleError::NoRecipients)?;
    let tmp = casebook_store::file_out::OutputFile::create(out).map_err(BundleError::write)?;
    {
        let sink = BufWriter::with_capacity(256 * 1024, tmp.file());
        let mut age_out = encryptor.wrap_output(sink).map_err(BundleError::write)?;
        {
            let mut tar = tar::Builder::new(&mut age_out);
            let mtime = made_at.timestamp().max(0) as u64;
            let mut append = |path: &str, data: &[u8]| -> Result<(), BundleError> {
                let mut h = tar::Header::new_ustar();
                h.set_path(path).map_err(BundleError::write)?;
                h.set_size(data.len() as u64);
                h.set_mode(0o600);
                h.set_mtime(mtime);
                h.set_entry_type(tar::EntryType::Regular);
                h.set_cksum();
                tar.append(&h, data).map_err(BundleError::write)
            };
            append(format::MANIFEST, &manifest_bytes)?;
            append(format::SIGNATURE, signature.as_bytes())?;
            for (source, entry) in sources.iter().zip(&manifest.entries) {
                let bytes = json(&snapshot(vault, source, &keys, &name, made_at, &ids)?)?;
                if sha_hex(&bytes) != entry.sha256 {
                    // The vault changed between the two passes; never write a lie.
                    return Err(BundleError::Damaged);
                }
                append(&entry.path, &bytes)?;
            }
            tar.finish().map_err(BundleError::write)?;
        }
        let mut sink = age_out.finish().map_err(BundleError::write)?;
        sink.flush().map_err(BundleError::write)?;
    }
    let bytes = tmp.file().metadata().map(|m| m.len()).unwrap_or(0);
    tmp.commit().map_err(BundleError::write)?;

    let records: u64 = sent.iter().map(|s| s.records).sum();
    let own_seq = sources.iter().find_map(|s| match s {
        Source::Own { seq, .. } => Some(*seq),
        Source::Held(_) => None,
    });
    vault.record_snapshot_sent(
        own_seq,
        &format!(
            "to {}: {} snapshots, {records} records{}",
            opts.to.join(", "),
            sent.len(),
            own_seq
                .map(|s| format!(", own seq={s}"))
                .unwrap_or_default()
        ),
    )?;
    Ok(AggregateReport {
        path: out.to_path_buf(),
        snapshots: sent,
        records,
        bytes,
    })
}

/// The entries a statistics manifest lists, by path, after checking it holds
/// snapshots and nothing else, each listed once with its file.
pub(crate) fn check_manifest(
    m: &Manifest,
    opts: &ImportOptions,
) -> Result<BTreeMap<String, (ManifestEntry, ManifestSnapshot)>, BundleError> {
    let bad = |problem| BundleError::BadManifest { problem };
    if !m.cases.is_empty() || m.attachments_included {
        return Err(bad(ManifestProblem::MixedKind));
    }
    let mut by_path: BTreeMap<String, ManifestEntry> = BTreeMap::new();
    for e in &m.entries {
        match format::classify(e.path.as_bytes()) {
            Some(EntryKind::Snapshot(_)) => {
                if e.size > opts.max_case_file {
                    return Err(BundleError::TooLarge {
                        path: e.path.clone(),
                        limit: opts.max_case_file,
                    });
                }
            }
            Some(EntryKind::Case(_) | EntryKind::Attachment(_) | EntryKind::Sealed(_)) => {
                return Err(bad(ManifestProblem::MixedKind))
            }
            _ => {
                return Err(BundleError::UnsafePath {
                    path: e.path.clone(),
                })
            }
        }
        if by_path.insert(e.path.clone(), e.clone()).is_some() {
            return Err(bad(ManifestProblem::EntryTwice));
        }
    }
    let mut out = BTreeMap::new();
    for s in &m.snapshots {
        let path = format::snapshot_path(&s.centre);
        let entry = by_path
            .remove(&path)
            .ok_or(bad(ManifestProblem::SnapshotDiffers))?;
        out.insert(path, (entry, s.clone()));
    }
    if !by_path.is_empty() {
        return Err(bad(ManifestProblem::SnapshotDiffers));
    }
    Ok(out)
}

/// Reads, checks and stages every snapshot entry after the manifest and its
/// signature, in the bundle's order. Nothing is kept unless the caller commits.
pub(crate) fn stage<R: Read>(
    staging: &mut SnapshotImport<'_>,
    listed: &BTreeMap<String, (ManifestEntry, ManifestSnapshot)>,
    entries: tar::Entries<'_, R>,
    opts: &ImportOptions,
) -> Result<Vec<SnapshotOutcome>, BundleError> {
    let differs = || BundleError::BadManifest {
        problem: ManifestProblem::SnapshotDiffers,
    };
    let mut outcomes = vec![];
    format::read_listed(
        entries,
        listed,
        |(e, _)| e,
        |k| matches!(k, EntryKind::Snapshot(_)),
        opts.max_case_file,
        |_, _, (_, snap), bytes| {
            let s: CentreSnapshot = serde_json::from_slice(&bytes).map_err(|_| differs())?;
            drop(bytes);
            if s.centre != snap.centre
                || s.seq != snap.seq
                || s.records.len() as u64 != snap.records
            {
                return Err(differs());
            }
            let standing = staging.accept(&s)?;
            outcomes.push(SnapshotOutcome {
                centre: s.centre,
                name: s.name,
                seq: s.seq,
                records: snap.records,
                standing: standing.into(),
            });
            Ok(())
        },
    )?;
    Ok(outcomes)
}
