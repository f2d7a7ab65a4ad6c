//! Making a bundle: choose cases, apply the recipients' consent rules, write
//! manifest + signature + histories + attachments through tar into age, to a
//! temporary file that is renamed into place only when complete.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::iter;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, SyncSender};

use age::secrecy::{ExposeSecret, SecretString};
use casebook_core::CaseRecord;
use casebook_store::{
    writeback, CaseHistory, CaseQuery, ContactRole, StoredHistory, Vault, MAX_PAGE,
};
use serde::Serialize;

use crate::format::sha_hex;
use crate::format::{self, Manifest, ManifestCase, ManifestEntry, Sender};
use crate::keys::DeviceKeys;
use crate::passphrase::PassphraseRecipient;
use crate::policy::{decide_all, history_scrubber, pseudonymise, Redaction, RefusalReason};
use crate::{BundleError, CardProblem, Phase, Progress};

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ExportedCase {
    pub case_id: String,
    pub code: String,
    pub redaction: Redaction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct RefusedCase {
    pub case_id: String,
    pub code: String,
    #[serde(flatten)]
    pub reason: RefusalReason,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ExportReport {
    /// Where the bundle is; `None` when no case was allowed to go (nothing written).
    pub path: Option<PathBuf>,
    pub cases: Vec<ExportedCase>,
    pub refused: Vec<RefusedCase>,
    #[ts(type = "number")]
    pub attachments: u64,
    /// Size of the encrypted file.
    #[ts(type = "number")]
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
    /// The entry itself, kept from the first pass while within [`JSON_KEPT`].
    json: Option<Vec<u8>>,
}

/// Histories read and not yet planned, at most (bounded memory).
const PLAN_AHEAD: usize = 32;

/// One case after the first pass: refused with a reason, or its entry.
struct FirstPass {
    case_id: String,
    local_head: String,
    code: String,
    outcome: Result<PlannedEntry, RefusalReason>,
}

struct PlannedEntry {
    redaction: Redaction,
    head: String,
    revisions: u64,
    json: Vec<u8>,
    sha256: String,
    /// Attachments the entry cites (only when they go with it).
    attachment_hashes: Vec<String>,
}

/// Everything about a case's first pass that needs no vault: may it go, and redacted
/// how; its entry's bytes and hash; the attachments it cites.
fn plan_case(
    history: StoredHistory,
    roles: &[ContactRole],
    include_attachments: bool,
) -> Result<FirstPass, BundleError> {
    let record = history
        .head_content()
        .and_then(|c| serde_json::from_str::<CaseRecord>(c).ok());
    let code = record.as_ref().map(|r| r.code.clone()).unwrap_or_default();
    let decision = match &record {
        Some(r) => decide_all(roles, r),
        None => Err(RefusalReason::Unreadable),
    };
    let outcome = match decision {
        Err(reason) => Err(reason),
        Ok(redaction) => {
            let mut json = vec![];
            let (head, revisions) = case_entry(&history, redaction, &mut json)?;
            let attachment_hashes = if include_attachments && redaction == Redaction::Full {
                history.attachment_hashes().into_iter().collect()
            } else {
                vec![]
            };
            Ok(PlannedEntry {
                redaction,
                head,
                revisions,
                sha256: sha_hex(&json),
                json,
                attachment_hashes,
            })
        }
    };
    Ok(FirstPass {
        case_id: history.case_id.clone(),
        local_head: history.head.clone(),
        code,
        outcome,
    })
}

/// How much case JSON the first pass keeps for the second, bytes; the rest is
/// serialised again. Bounded, so memory stays flat however many cases go.
const JSON_KEPT: usize = 16 * 1024 * 1024;

/// The history as it goes into the bundle: pseudonymised histories have every
/// revision's content, author and reason scrubbed with one scrubber built from the
/// whole history, and get new revision ids (recomputed over the redacted content and
/// the mapped parents), the same on every export, so that later exports fast-forward
/// at the recipient.
pub fn bundle_history(h: &CaseHistory, redaction: Redaction) -> CaseHistory {
    if redaction == Redaction::Full {
        return h.clone();
    }
    let scrub = history_scrubber(h.revisions.iter().filter_map(|r| r.content.as_ref()));
    let mut map: HashMap<String, String> = HashMap::new();
    let mut revisions = Vec::with_capacity(h.revisions.len());
    for r in &h.revisions {
        let content = r.content.as_ref().map(|c| pseudonymise(c, &scrub));
        let mut info = r.info.clone();
        // Reasons quote what was changed ("phone corrected to …"), authors may be
        // anyone: both go through the same scrubber as the content.
        info.author = scrub.text(&info.author);
        info.reason = info.reason.as_deref().map(|t| scrub.text(t));
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

/// Writes a case's entry (its history as JSON) into `out`, which is cleared first;
/// returns the head and the number of revisions as they go into the bundle. A full
/// history is written from the stored text as it is; a pseudonymised one is decoded,
/// redacted and re-identified ([`bundle_history`]).
fn case_entry(
    stored: &StoredHistory,
    redaction: Redaction,
    out: &mut Vec<u8>,
) -> Result<(String, u64), BundleError> {
    out.clear();
    if redaction == Redaction::Full {
        stored.write_json(out);
        return Ok((stored.head.clone(), stored.revisions.len() as u64));
    }
    let bh = bundle_history(&stored.decode(), redaction);
    serde_json::to_writer(&mut *out, &bh).map_err(|e| BundleError::Write(io::Error::other(e)))?;
    Ok((bh.head, bh.revisions.len() as u64))
}

pub(crate) fn candidates(
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
            // An export must take every match, not the newest the list shows.
            q.all_matches = true;
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
/// at a time (twice: once to hash them for the manifest, once to write them; both
/// straight from the stored text) and attachments stream from the vault in chunks.
/// Encryption and writing run on a second thread, fed a few MiB at a time.
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
    let mut passphrase_recipient = None;
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
                    problem: CardProblem::AgeKey,
                })?);
            }
        }
        Recipients::Passphrase { passphrase, role } => {
            // The vault's rule: a bundle on a USB stick is as open to offline guessing.
            if !casebook_core::passphrase::accepted(passphrase.expose_secret()) {
                return Err(BundleError::PassphraseTooShort {
                    min: casebook_core::passphrase::MIN_CHARS,
                    words: casebook_core::passphrase::MIN_WORDS,
                });
            }
            roles.push(*role);
            // Derived now, while this process holds little else (see PassphraseRecipient).
            passphrase_recipient = Some(PassphraseRecipient::new(passphrase, opts.scrypt_log_n));
        }
    }

    // Every page is read once or twice and then not again: a small page cache keeps
    // memory flat however big the bundle (the usual size is back when this drops).
    let cache = vault.bulk_cache()?;
    progress(Progress::new(Phase::Selecting, 0, 0));
    let ids = candidates(vault, &opts.selection, &contact_ids)?;
    let total_candidates = ids.len() as u64;
    let mut planned: Vec<Planned> = vec![];
    let mut refused = vec![];
    let mut attachments: BTreeMap<String, u64> = BTreeMap::new();
    let mut report_cases = vec![];
    let mut kept = 0;
    let mut accept = |first: FirstPass, vault: &Vault| -> Result<(), BundleError> {
        let FirstPass {
            case_id,
            local_head,
            code,
            outcome,
        } = first;
        let entry = match outcome {
            Err(reason) => {
                refused.push(RefusedCase {
                    case_id,
                    code,
                    reason,
                });
                return Ok(());
            }
            Ok(entry) => entry,
        };
        for h in entry.attachment_hashes {
            if vault.has_blob(&h)? {
                let size = vault.attachment_size(&h)?;
                attachments.insert(h, size);
            }
        }
        let keep = kept + entry.json.len() <= JSON_KEPT;
        if keep {
            kept += entry.json.len();
        }
        report_cases.push(ExportedCase {
            case_id: case_id.clone(),
            code,
            redaction: entry.redaction,
        });
        planned.push(Planned {
            entry: ManifestEntry {
                path: format::case_path(&case_id),
                size: entry.json.len() as u64,
                sha256: entry.sha256,
            },
            case_id,
            local_head,
            redaction: entry.redaction,
            head: entry.head,
            revisions: entry.revisions,
            // Exactly its length: a grown buffer kept would hold up to twice that.
            json: keep.then(|| {
                let mut json = entry.json;
                json.shrink_to_fit();
                json
            }),
        });
        Ok(())
    };
    // The first pass on two threads: this one reads the histories (the connection
    // stays here), the other decides, serialises and hashes them; results come back
    // in order.
    let include_attachments = opts.include_attachments;
    std::thread::scope(|scope| -> Result<(), BundleError> {
        let (to_planner, histories) = mpsc::sync_channel::<StoredHistory>(PLAN_AHEAD);
        let (to_reader, results) = mpsc::channel();
        let roles = &roles;
        scope.spawn(move || {
            for history in histories {
                let first = plan_case(history, roles, include_attachments);
                if to_reader.send(first).is_err() {
                    break;
                }
            }
        });
        for (i, id) in ids.iter().enumerate() {
            let history = vault.stored_history(id)?;
            // The planner only stops when this side hangs up.
            to_planner.send(history).map_err(|_| BundleError::Damaged)?;
            while let Ok(first) = results.try_recv() {
                accept(first?, vault)?;
            }
            progress(Progress::new(
                Phase::Selecting,
                i as u64 + 1,
                total_candidates,
            ));
        }
        drop(to_planner);
        for first in results {
            accept(first?, vault)?;
        }
        Ok(())
    })?;
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
        kind: format::BundleKind::Cases,
        snapshots: vec![],
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
        Recipients::Passphrase { .. } => {
            let r = passphrase_recipient
                .as_ref()
                .ok_or(BundleError::NoRecipients)?;
            age::Encryptor::with_recipients(iter::once(r as &dyn age::Recipient))
                .map_err(|_| BundleError::NoRecipients)?
        }
    };

    let tmp = casebook_store::file_out::OutputFile::create(out).map_err(BundleError::write)?;
    std::thread::scope(|scope| -> Result<(), BundleError> {
        let (to_writer, from_pipe) = mpsc::sync_channel::<(Vec<u8>, usize)>(PIPE_DEPTH);
        let (recycle, recycled) = mpsc::channel::<Vec<u8>>();
        let file = tmp.file();
        let writer = scope.spawn(move || encrypt_to(encryptor, file, from_pipe, recycle));
        let mut pipe = Pipe {
            buf: vec![0; PIPE_BUF],
            filled: 0,
            to_writer: Some(to_writer),
            recycled,
            done: 0,
            last: 0,
            total: total_bytes,
            progress: &mut *progress,
        };
        let produced = write_tar(
            vault,
            &mut pipe,
            &manifest_bytes,
            &signature,
            &mut planned,
            &attachments,
        )
        .and_then(|()| pipe.close().map_err(BundleError::write));
        drop(pipe);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the bundle writer stopped")));
        // A failed write (disk full) is what also broke the pipe: report it first.
        written.map_err(BundleError::write)?;
        produced
    })?;
    let bytes = tmp.file().metadata().map(|m| m.len()).unwrap_or(0);
    tmp.commit().map_err(BundleError::write)?;

    drop(cache);
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

/// The tar stream: manifest, signature, case histories, attachments. Written as
/// `tar::Builder::append` writes it (ustar header, data, zeros to a 512-byte
/// boundary; two zero blocks at the end), but with attachment bytes read from the
/// vault straight into the pipe's buffer.
fn write_tar(
    vault: &Vault,
    pipe: &mut Pipe<'_>,
    manifest_bytes: &[u8],
    signature: &str,
    planned: &mut [Planned],
    attachments: &BTreeMap<String, u64>,
) -> Result<(), BundleError> {
    let mtime = chrono::Utc::now().timestamp().max(0) as u64;
    let entry = |pipe: &mut Pipe<'_>, path: &str, data: &[u8]| -> Result<(), BundleError> {
        pipe.write_all(header(path, data.len() as u64, mtime)?.as_bytes())
            .and_then(|()| pipe.write_all(data))
            .and_then(|()| pad(pipe, data.len() as u64))
            .map_err(BundleError::write)
    };
    entry(pipe, format::MANIFEST, manifest_bytes)?;
    entry(pipe, format::SIGNATURE, signature.as_bytes())?;
    // Attachments are spread among the case files in proportion to their bytes, so
    // that an importer stores attachment bytes on one thread while it checks and
    // stages cases on another (all attachments after all cases kept one of them idle
    // at a time). Importers accept entries in any order after the first two.
    let total_cases = planned.len() as u128;
    let total_bytes: u128 = attachments.values().map(|s| u128::from(*s)).sum();
    let mut attachments = attachments.iter();
    let mut bytes_written: u128 = 0;
    let write_attachment = |pipe: &mut Pipe<'_>, h: &str, size: u64| {
        let mut reader = vault.blob_reader(h)?;
        pipe.write_all(header(&format::attachment_path(h), size, mtime)?.as_bytes())
            .and_then(|()| pipe.fill_from(&mut reader, size))
            .and_then(|()| pad(pipe, size))
            .map_err(BundleError::write)
    };
    let mut json = vec![];
    for (i, p) in planned.iter_mut().enumerate() {
        if let Some(kept) = p.json.take() {
            entry(pipe, &p.entry.path, &kept)?;
        } else {
            let history = vault.stored_history(&p.case_id)?;
            case_entry(&history, p.redaction, &mut json)?;
            if json.len() as u64 != p.entry.size || sha_hex(&json) != p.entry.sha256 {
                // The vault changed between the two passes; never write a lie.
                return Err(BundleError::Damaged);
            }
            entry(pipe, &p.entry.path, &json)?;
        }
        let cases_written = i as u128 + 1;
        while bytes_written * total_cases < cases_written * total_bytes {
            let Some((h, size)) = attachments.next() else {
                break;
            };
            write_attachment(pipe, h, *size)?;
            bytes_written += u128::from(*size);
        }
    }
    for (h, size) in attachments {
        write_attachment(pipe, h, *size)?;
    }
    pipe.write_all(&[0u8; 1024]).map_err(BundleError::write)
}

fn header(path: &str, size: u64, mtime: u64) -> Result<tar::Header, BundleError> {
    let mut h = tar::Header::new_ustar();
    h.set_path(path).map_err(BundleError::write)?;
    h.set_size(size);
    h.set_mode(0o600);
    h.set_mtime(mtime);
    h.set_entry_type(tar::EntryType::Regular);
    h.set_cksum();
    Ok(h)
}

/// Zeros up to the next 512-byte boundary after `size` bytes of data.
fn pad(pipe: &mut Pipe<'_>, size: u64) -> io::Result<()> {
    let rest = (512 - size % 512) % 512;
    pipe.write_all(&[0u8; 512][..rest as usize])
}

/// Plaintext handed to the writer thread in buffers of this size,
const PIPE_BUF: usize = 1024 * 1024;
/// at most this many waiting at a time.
const PIPE_DEPTH: usize = 4;

/// The writer thread: age-encrypts the plaintext buffers as they come and writes them
/// to the file. Ends when the pipe closes; the caller syncs the file.
fn encrypt_to(
    encryptor: age::Encryptor,
    file: &File,
    buffers: Receiver<(Vec<u8>, usize)>,
    recycle: mpsc::Sender<Vec<u8>>,
) -> io::Result<()> {
    let mut age_out = encryptor.wrap_output(BufWriter::with_capacity(256 * 1024, file))?;
    let mut unwritten = 0;
    for (buf, filled) in buffers {
        age_out.write_all(&buf[..filled])?;
        unwritten += filled as u64;
        // The disk works while the bundle is being made, not all at the end: the
        // final sync before the rename then has little left to do. (A sync here
        // instead stopped this thread for 2.3 s of a 1 GB export.)
        if unwritten >= writeback::WRITEBACK_EVERY {
            unwritten = 0;
            writeback::start(file);
        }
        // The producer may have gone already; then the buffer is simply freed.
        let _ = recycle.send(buf);
    }
    age_out.finish()?.flush()
}

/// The producer's end of the pipe to the writer thread: fills fixed-size buffers
/// (recycled, so memory stays at a few MiB), counts plaintext bytes and reports
/// progress every 4 MiB.
struct Pipe<'a> {
    buf: Vec<u8>,
    filled: usize,
    to_writer: Option<SyncSender<(Vec<u8>, usize)>>,
    recycled: Receiver<Vec<u8>>,
    done: u64,
    total: u64,
    last: u64,
    progress: &'a mut dyn FnMut(Progress),
}

impl Pipe<'_> {
    fn send(&mut self) -> io::Result<()> {
        if self.filled == 0 {
            return Ok(());
        }
        let next = self
            .recycled
            .try_recv()
            .unwrap_or_else(|_| vec![0; PIPE_BUF]);
        let full = std::mem::replace(&mut self.buf, next);
        let filled = std::mem::take(&mut self.filled);
        let sender = self.to_writer.as_ref().ok_or(io::ErrorKind::BrokenPipe)?;
        // The writer only hangs up after an error of its own, which is reported.
        sender
            .send((full, filled))
            .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
    }

    fn advance(&mut self, n: usize) -> io::Result<()> {
        self.filled += n;
        if self.filled == self.buf.len() {
            self.send()?;
        }
        self.done += n as u64;
        if self.done - self.last >= 4 * 1024 * 1024 {
            self.last = self.done;
            (self.progress)(Progress::new(
                Phase::Writing,
                self.done.min(self.total),
                self.total,
            ));
        }
        Ok(())
    }

    /// Reads exactly `size` bytes from `r` straight into the buffers.
    fn fill_from(&mut self, r: &mut impl Read, mut size: u64) -> io::Result<()> {
        while size > 0 {
            let room = (self.buf.len() - self.filled) as u64;
            let want = room.min(size) as usize;
            let n = match r.read(&mut self.buf[self.filled..self.filled + want]) {
                Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            size -= n as u64;
            self.advance(n)?;
        }
        Ok(())
    }

    /// Hands over what is left and closes the pipe.
    fn close(&mut self) -> io::Result<()> {
        self.send()?;
        self.to_writer = None;
        Ok(())
    }
}

impl Write for Pipe<'_> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let n = data.len().min(self.buf.len() - self.filled);
        self.buf[self.filled..self.filled + n].copy_from_slice(&data[..n]);
        self.advance(n)?;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
