//! Making a bundle: choose cases, apply the recipients' consent rules, write
//! manifest + signature + histories + attachments through tar into age, to a
//! temporary file that is renamed into place only when complete.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, BufWriter, Read, Write};
use std::iter;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use casebook_core::CaseRecord;
use casebook_store::{CaseHistory, CaseQuery, ContactRole, Vault, MAX_PAGE, MIN_PASSPHRASE_CHARS};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::format::{self, Manifest, ManifestCase, ManifestEntry, Sender};
use crate::keys::{secret_len, DeviceKeys};
use crate::policy::{decide_all, pseudonymise, Redaction, RefusalReason};
use crate::{BundleError, Phase, Progress};

/// scrypt work factor (N = 2^18, 256 MiB, about a second) written into passphrase
/// bundles. Fixed, so a bundle made on a fast machine opens on an old laptop.
pub const SCRYPT_LOG_N: u8 = 18;

/// Which cases to consider.
#[derive(Debug, Clone)]
pub enum Selection {
    All,
    /// Ids or codes.
    Cases(Vec<String>),
    /// The list filter (paging fields are ignored: every match is taken).
    Filter(Box<CaseQuery>),
    /// Cases whose head differs from what was last sent to any of the recipients.
    SinceLastExport,
}

/// Who can open the bundle.
#[derive(Debug, Clone)]
pub enum Recipients {
    /// Contact names; their roles decide what may go.
    Contacts(Vec<String>),
    /// A passphrase, for someone whose card you do not have. `role` decides what may
    /// go (whoever learns the passphrase gets it).
    Passphrase {
        passphrase: SecretString,
        role: ContactRole,
    },
}

#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub selection: Selection,
    pub recipients: Recipients,
    pub include_attachments: bool,
    /// Name shown to the recipient as the sender.
    pub sender_name: String,
    /// scrypt work factor for passphrase bundles.
    pub scrypt_log_n: u8,
}

impl ExportOptions {
    pub fn new(selection: Selection, recipients: Recipients) -> Self {
        ExportOptions {
            selection,
            recipients,
            include_attachments: true,
            sender_name: String::new(),
            scrypt_log_n: SCRYPT_LOG_N,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedCase {
    pub case_id: String,
    pub code: String,
    pub redaction: Redaction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefusedCase {
    pub case_id: String,
    pub code: String,
    #[serde(flatten)]
    pub reason: RefusalReason,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportReport {
    /// Where the bundle is; `None` when no case was allowed to go (nothing written).
    pub path: Option<PathBuf>,
    pub cases: Vec<ExportedCase>,
    pub refused: Vec<RefusedCase>,
    pub attachments: u64,
    /// Size of the encrypted file.
    pub bytes: u64,
}

struct Planned {
    case_id: String,
    local_head: String,
    redaction: Redaction,
    /// Hash and size of the JSON entry, from the first pass.
    entry: ManifestEntry,
    head: String,
    revisions: u64,
}

/// The history as it goes into the bundle: pseudonymised histories get new revision
/// ids (recomputed over the redacted content and the mapped parents), the same on
/// every export, so that later exports fast-forward at the recipient.
pub fn bundle_history(h: &CaseHistory, redaction: Redaction) -> CaseHistory {
    if redaction == Redaction::Full {
        return h.clone();
    }
    let mut map: HashMap<String, String> = HashMap::new();
    let mut revisions = Vec::with_capacity(h.revisions.len());
    for r in &h.revisions {
        let content = r.content.as_ref().map(pseudonymise);
        let mut info = r.info.clone();
        info.parents = info
            .parents
            .iter()
            .map(|p| map.get(p).cloned().unwrap_or_else(|| p.clone()))
            .collect();
        info.id = info.compute_id(content.as_ref());
        map.insert(r.info.id.clone(), info.id.clone());
        revisions.push(casebook_store::HistoryRevision { info, content });
    }
    CaseHistory {
        case_id: h.case_id.clone(),
        head: map.get(&h.head).cloned().unwrap_or_else(|| h.head.clone()),
        revisions,
    }
}

fn case_json(h: &CaseHistory) -> Result<Vec<u8>, BundleError> {
    serde_json::to_vec(h).map_err(|e| BundleError::Write(io::Error::other(e)))
}

fn sha_hex(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

fn candidates(
    vault: &Vault,
    selection: &Selection,
    contacts: &[i64],
) -> Result<Vec<String>, BundleError> {
    Ok(match selection {
        Selection::All => vault.all_case_ids()?,
        Selection::Cases(list) => {
            let mut seen = BTreeSet::new();
            let mut out = vec![];
            for c in list {
                let id = vault.resolve_case(c)?;
                if seen.insert(id.clone()) {
                    out.push(id);
                }
            }
            out
        }
        Selection::Filter(q) => {
            let mut q = (**q).clone();
            q.limit = MAX_PAGE;
            q.offset = 0;
            let mut out = vec![];
            loop {
                let page = vault.list_cases(&q)?;
                let n = page.items.len() as u64;
                out.extend(page.items.into_iter().map(|s| s.id));
                if n == 0 || q.offset + n >= page.total {
                    break;
                }
                q.offset += n;
            }
            out
        }
        Selection::SinceLastExport => {
            if contacts.is_empty() {
                return Err(BundleError::SinceLastNeedsContact);
            }
            let mut out = vec![];
            for id in vault.all_case_ids()? {
                let (head, _) = vault.case_head(&id)?;
                for c in contacts {
                    if vault.sent_head(*c, &id)?.as_deref() != Some(head.as_str()) {
                        out.push(id.clone());
                        break;
                    }
                }
            }
            out
        }
    })
}

/// Writes a bundle to `out`. Memory stays bounded: histories are serialised one case
/// at a time (twice: once to hash them for the manifest, once to write them) and
/// attachments stream from the vault in chunks.
pub fn export(
    vault: &mut Vault,
    out: &Path,
    opts: &ExportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ExportReport, BundleError> {
    let keys = DeviceKeys::of(vault)?;
    // Recipients and their roles.
    let mut roles = vec![];
    let mut contact_ids = vec![];
    let mut age_recipients: Vec<age::x25519::Recipient> = vec![];
    match &opts.recipients {
        Recipients::Contacts(names) => {
            if names.is_empty() {
                return Err(BundleError::NoRecipients);
            }
            for n in names {
                let c = vault.contact(n)?;
                roles.push(c.role);
                contact_ids.push(c.id);
                age_recipients.push(c.age_recipient.parse().map_err(|_| BundleError::BadCard {
                    detail: "age".into(),
                })?);
            }
        }
        Recipients::Passphrase { passphrase, role } => {
            if secret_len(passphrase) < MIN_PASSPHRASE_CHARS {
                return Err(BundleError::PassphraseTooShort {
                    min: MIN_PASSPHRASE_CHARS,
                });
            }
            roles.push(*role);
        }
    }

    progress(Progress::new(Phase::Selecting, 0, 0));
    let ids = candidates(vault, &opts.selection, &contact_ids)?;
    let total_candidates = ids.len() as u64;
    let mut planned: Vec<Planned> = vec![];
    let mut refused = vec![];
    let mut attachments: BTreeMap<String, u64> = BTreeMap::new();
    let mut report_cases = vec![];
    for (i, id) in ids.iter().enumerate() {
        let history = vault.case_history(id)?;
        let record = history
            .head_content()
            .and_then(|c| CaseRecord::from_json_value(c.clone()).ok());
        let code = record.as_ref().map(|r| r.code.clone()).unwrap_or_default();
        let decision = match &record {
            Some(r) => decide_all(&roles, r),
            None => Err(RefusalReason::Unreadable),
        };
        match decision {
            Err(reason) => refused.push(RefusedCase {
                case_id: id.clone(),
                code,
                reason,
            }),
            Ok(redaction) => {
                let bh = bundle_history(&history, redaction);
                let json = case_json(&bh)?;
                if opts.include_attachments && redaction == Redaction::Full {
                    for h in history.attachment_hashes() {
                        if vault.has_blob(&h)? {
                            let size = vault.attachment_size(&h)?;
                            attachments.insert(h, size);
                        }
                    }
                }
                planned.push(Planned {
                    case_id: id.clone(),
                    local_head: history.head.clone(),
                    redaction,
                    entry: ManifestEntry {
                        path: format::case_path(id),
                        size: json.len() as u64,
                        sha256: sha_hex(&json),
                    },
                    head: bh.head.clone(),
                    revisions: bh.revisions.len() as u64,
                });
                report_cases.push(ExportedCase {
                    case_id: id.clone(),
                    code,
                    redaction,
                });
            }
        }
        progress(Progress::new(
            Phase::Selecting,
            i as u64 + 1,
            total_candidates,
        ));
    }
    if planned.is_empty() {
        return Ok(ExportReport {
            path: None,
            cases: report_cases,
            refused,
            attachments: 0,
            bytes: 0,
        });
    }

    let mut entries: Vec<ManifestEntry> = planned.iter().map(|p| p.entry.clone()).collect();
    entries.extend(attachments.iter().map(|(h, size)| ManifestEntry {
        path: format::attachment_path(h),
        size: *size,
        sha256: h.clone(),
    }));
    let manifest = Manifest {
        format: format::FORMAT.to_owned(),
        version: format::VERSION,
        created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        sender: Sender {
            name: opts.sender_name.clone(),
            device_id: vault.device_id().to_owned(),
            age_recipient: keys.age_recipient(),
            sign_key: keys.sign_key(),
            fingerprint: keys.fingerprint(),
        },
        cases: planned
            .iter()
            .map(|p| ManifestCase {
                case_id: p.case_id.clone(),
                head: p.head.clone(),
                revisions: p.revisions,
                redaction: p.redaction.code().to_owned(),
            })
            .collect(),
        attachments_included: opts.include_attachments,
        entries,
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| BundleError::Write(io::Error::other(e)))?;
    let signature = hex::encode(keys.sign(&manifest_bytes).to_bytes());
    let total_bytes: u64 =
        manifest.entries.iter().map(|e| e.size).sum::<u64>() + manifest_bytes.len() as u64;

    // Encryptor.
    let encryptor = match &opts.recipients {
        Recipients::Contacts(_) => {
            age::Encryptor::with_recipients(age_recipients.iter().map(|r| r as &dyn age::Recipient))
                .map_err(|_| BundleError::NoRecipients)?
        }
        Recipients::Passphrase { passphrase, .. } => {
            let mut r = age::scrypt::Recipient::new(passphrase.clone());
            r.set_work_factor(opts.scrypt_log_n.clamp(1, 40));
            age::Encryptor::with_recipients(iter::once(&r as &dyn age::Recipient))
                .map_err(|_| BundleError::NoRecipients)?
        }
    };

    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new()
        .prefix(".casebook-export-")
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(BundleError::write)?;
    {
        let file = BufWriter::with_capacity(256 * 1024, tmp.as_file());
        let mut meter = Meter {
            inner: file,
            done: 0,
            total: total_bytes,
            last: 0,
            progress: &mut *progress,
        };
        let mut age_out = encryptor
            .wrap_output(&mut meter)
            .map_err(BundleError::write)?;
        {
            let mut tar = tar::Builder::new(&mut age_out);
            let mtime = chrono::Utc::now().timestamp().max(0) as u64;
            append(
                &mut tar,
                format::MANIFEST,
                &manifest_bytes[..],
                manifest_bytes.len() as u64,
                mtime,
            )?;
            append(
                &mut tar,
                format::SIGNATURE,
                signature.as_bytes(),
                signature.len() as u64,
                mtime,
            )?;
            for p in &planned {
                let history = vault.case_history(&p.case_id)?;
                let json = case_json(&bundle_history(&history, p.redaction))?;
                if json.len() as u64 != p.entry.size || sha_hex(&json) != p.entry.sha256 {
                    // The vault changed between the two passes; never write a lie.
                    return Err(BundleError::Damaged);
                }
                append(&mut tar, &p.entry.path, &json[..], p.entry.size, mtime)?;
            }
            for (h, size) in &attachments {
                let reader = vault.blob_reader(h)?;
                append(&mut tar, &format::attachment_path(h), reader, *size, mtime)?;
            }
            tar.finish().map_err(BundleError::write)?;
        }
        age_out.finish().map_err(BundleError::write)?;
        meter.inner.flush().map_err(BundleError::write)?;
    }
    tmp.as_file().sync_all().map_err(BundleError::write)?;
    let bytes = tmp.as_file().metadata().map(|m| m.len()).unwrap_or(0);
    tmp.persist(out).map_err(|e| BundleError::write(e.error))?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }

    let sent: Vec<(String, String)> = planned
        .iter()
        .map(|p| (p.case_id.clone(), p.local_head.clone()))
        .collect();
    let to = match &opts.recipients {
        Recipients::Contacts(n) => format!("to {}", n.join(", ")),
        Recipients::Passphrase { role, .. } => format!("passphrase ({})", role.code()),
    };
    vault.record_export(
        &contact_ids,
        &sent,
        &format!(
            "{to}: {} cases, {} attachments, {} refused",
            planned.len(),
            attachments.len(),
            refused.len()
        ),
    )?;
    progress(Progress::new(Phase::Done, total_bytes, total_bytes));
    Ok(ExportReport {
        path: Some(out.to_path_buf()),
        cases: report_cases,
        refused,
        attachments: attachments.len() as u64,
        bytes,
    })
}

fn append<W: Write>(
    tar: &mut tar::Builder<W>,
    path: &str,
    data: impl Read,
    size: u64,
    mtime: u64,
) -> Result<(), BundleError> {
    let mut h = tar::Header::new_ustar();
    h.set_path(path).map_err(BundleError::write)?;
    h.set_size(size);
    h.set_mode(0o600);
    h.set_mtime(mtime);
    h.set_entry_type(tar::EntryType::Regular);
    h.set_cksum();
    tar.append(&h, data).map_err(BundleError::write)
}

/// Counts bytes on their way to the file and reports progress every 4 MiB.
struct Meter<'a, W: Write> {
    inner: W,
    done: u64,
    total: u64,
    last: u64,
    progress: &'a mut dyn FnMut(Progress),
}

impl<W: Write> Write for Meter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.done += n as u64;
        if self.done - self.last >= 4 * 1024 * 1024 {
            self.last = self.done;
            (self.progress)(Progress::new(Phase::Writing, self.done, self.total));
        }
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
