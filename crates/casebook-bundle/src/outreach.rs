//! Outreach mode, the bundle side: a field laptop seals each finished case to its
//! centre, carries the sealed cases to the centre in one outbox bundle, and takes
//! back a receipt signed by the centre.
//!
//! - **Sealing** ([`seal_case`]) is an ordinary case bundle of that one case,
//!   encrypted to the centre's key only and signed by the laptop, which
//!   [`Vault::seal_case`] keeps in the outbox while removing every readable trace of
//!   the case. Its receipt code is taken from the sealed bytes' hash
//!   ([`receipt_code`]), so the centre, which sees the same bytes, derives the same
//!   code, and a laptop cannot claim a code for bytes it did not send.
//! - **The outbox bundle** ([`export_outbox`]) is the usual container (age to the
//!   centre, `manifest.json` signed by the laptop) of kind `outbox`, whose entries
//!   `sealed/<receipt>.cbk` are the sealed bundles themselves. The laptop cannot
//!   open it, nor the entries inside.
//! - **At the centre** ([`take_in`], called by import) every sealed bundle is
//!   imported as a case bundle that must be signed by the same laptop, with the rights
//!   of its role (`outreach`: add new cases only), and its receipt noted.
//! - **The receipt** ([`write_receipt`], [`confirm_receipt`]) lists the codes the
//!   centre took in from that laptop, signed by the centre and encrypted to the
//!   laptop; the laptop checks the signature against the centre it was set up with
//!   and only then drops its sealed copies. Until then they stay (a lost USB stick
//!   loses nothing) and go again in the next outbox bundle.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use casebook_store::{ContactRole, OutreachCentre, Vault};
use data_encoding::BASE32_NOPAD;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::format::{self, BundleKind, EntryKind, Manifest, ManifestEntry};
use crate::import::{ImportOptions, ImportSummary, SignerInfo};
use crate::keys::{add_contact, verify, ContactCard, DeviceKeys};
use crate::{
    export, BundleError, CardProblem, ExportOptions, ManifestProblem, Recipients, Selection,
};

/// The receipt code of a sealed bundle: the first 40 bits of its SHA-256 in base32,
/// `XXXX-XXXX`. Random to anyone without the bytes (age's keys are fresh each time).
pub fn receipt_code(sealed: &[u8]) -> String {
    let h = Sha256::digest(sealed);
    let text = BASE32_NOPAD.encode(&h[..5]);
    format!("{}-{}", &text[..4], &text[4..8])
}

/// Makes a new, empty vault an outreach vault for the centre on `card`: the centre
/// becomes its only contact (as its hub) and the key every case is sealed to.
pub fn set_up(vault: &mut Vault, card: &ContactCard) -> Result<OutreachCentre, BundleError> {
    let centre = OutreachCentre {
        name: card.name.clone(),
        age_recipient: card.age_recipient.clone(),
        sign_key: card.sign_key.clone(),
    };
    // Checked first: a vault with cases must not get the contact either.
    if vault.is_outreach()? {
        return Err(casebook_store::StoreError::OutreachAlready.into());
    }
    if vault.case_count()? > 0 {
        return Err(casebook_store::StoreError::OutreachHasCases.into());
    }
    add_contact(
        vault,
        card,
        None,
        ContactRole::CentreHub,
        Some(&card.fingerprint),
    )?;
    vault.make_outreach(&centre)?;
    Ok(centre)
}

/// Creates a new outreach vault for the centre on `card`, as the desktop's "Set up
/// for outreach" does: the six words the person typed (read out by the centre) are
/// checked before anything is written, and a vault that could not be made an
/// outreach vault is erased again rather than left as an ordinary one.
pub fn create(
    dir: &Path,
    passphrase: &casebook_store::Secret,
    options: &casebook_store::VaultOptions,
    card: &ContactCard,
    typed_words: &str,
) -> Result<(Vault, casebook_store::RecoveryKey, OutreachCentre), BundleError> {
    if !casebook_store::same_fingerprint(typed_words, &card.fingerprint) {
        return Err(casebook_store::SyncError::FingerprintMismatch {
            role: ContactRole::CentreHub.code().to_owned(),
        }
        .into());
    }
    let (mut vault, key) = Vault::create(dir, passphrase, options)?;
    match set_up(&mut vault, card) {
        Ok(centre) => Ok((vault, key, centre)),
        Err(e) => {
            drop(vault);
            let _ = casebook_store::erase(dir);
            Err(e)
        }
    }
}

/// Opens a vault; in an outreach vault, first seals any finished case a crash left
/// unsealed (between finishing and sealing), so that no unlock ever shows one.
pub fn open(dir: &Path, secret: &casebook_store::UnlockSecret) -> Result<Vault, BundleError> {
    let mut vault = Vault::open(dir, secret)?;
    seal_leftovers(&mut vault)?;
    Ok(vault)
}

/// Seals every case an outreach vault still holds (there is none but after a crash);
/// returns their receipt codes. Does nothing in an ordinary vault.
pub fn seal_leftovers(vault: &mut Vault) -> Result<Vec<String>, BundleError> {
    if !vault.is_outreach()? {
        return Ok(vec![]);
    }
    let mut codes = vec![];
    for id in vault.all_case_ids()? {
        codes.push(seal_case(vault, &id)?);
    }
    Ok(codes)
}

/// Finishes an intake draft in an outreach vault: it becomes a case (refused, as
/// everywhere, without documentation consent) and is sealed at once; returns the
/// receipt code. The draft goes only with the sealing transaction, so a crash
/// between the two leaves the draft (and the case made of it), which the next
/// [`open`] seals before anything can show it.
pub fn finish_draft(vault: &mut Vault, draft: &str, author: &str) -> Result<String, BundleError> {
    if !vault.is_outreach()? {
        return Err(BundleError::NotOutreach);
    }
    let stored = vault.finish_draft_to_seal(draft, author)?;
    seal_case(vault, &stored.id)
}

/// What an outreach laptop shows on its home screen: never a case, only the centre,
/// the outbox and how many unfinished drafts wait too long.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct OutreachStatus {
    pub centre: String,
    /// The centre's six words, to compare again with the centre.
    pub fingerprint: String,
    pub outbox: Vec<casebook_store::OutboxItem>,
    /// Drafts untouched for longer than [`STALE_DRAFT_HOURS`]: a reminder to finish
    /// and send them, since a draft is what a coerced passphrase opens.
    pub stale_drafts: usize,
}

/// After this long, an unfinished draft is worth a reminder.
pub const STALE_DRAFT_HOURS: i64 = 24;

/// `None` in an ordinary vault.
pub fn status(
    vault: &Vault,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<OutreachStatus>, BundleError> {
    let Some(centre) = vault.outreach_centre()? else {
        return Ok(None);
    };
    let limit = now - chrono::Duration::hours(STALE_DRAFT_HOURS);
    let stale_drafts = vault
        .list_drafts()?
        .iter()
        .filter(|d| {
            chrono::DateTime::parse_from_rfc3339(&d.updated_at)
                .is_ok_and(|t| t.with_timezone(&chrono::Utc) < limit)
        })
        .count();
    Ok(Some(OutreachStatus {
        fingerprint: crate::keys::fingerprint(&centre.age_recipient, &centre.sign_key),
        centre: centre.name,
        outbox: vault.outbox()?,
        stale_drafts,
    }))
}

/// The contact name the centre has in this outreach vault.
fn centre_contact(vault: &Vault) -> Result<(OutreachCentre, String), BundleError> {
    let centre = vault.outreach_centre()?.ok_or(BundleError::NotOutreach)?;
    let contact = vault
        .contact_by_sign_key(&centre.sign_key)?
        .ok_or(BundleError::NotOutreach)?;
    Ok((centre, contact.name))
}

/// Seals one finished case to the centre and removes it from this vault; returns
/// the receipt code. The bundle is written to a temporary file beside the vault
/// (it is already ciphertext no key here opens) and read back.
pub fn seal_case(vault: &mut Vault, case: &str) -> Result<String, BundleError> {
    let (_, name) = centre_contact(vault)?;
    let id = vault.resolve_case(case)?;
    let tmp: PathBuf = vault
        .dir()
        .join(format!(".sealing-{:016x}", rand::random::<u64>()));
    let report = export(
        vault,
        &tmp,
        &ExportOptions::new(
            Selection::Cases(vec![id.clone()]),
            Recipients::Contacts(vec![name]),
        ),
        &mut |_| {},
    );
    let sealed = report.and_then(|r| {
        if r.cases.len() != 1 {
            return Err(BundleError::NothingToExport);
        }
        std::fs::read(&tmp).map_err(BundleError::write)
    });
    let _ = std::fs::remove_file(&tmp);
    let sealed = sealed?;
    let receipt = receipt_code(&sealed);
    vault.seal_case(&id, &receipt, &sealed)?;
    Ok(receipt)
}

/// What [`export_outbox`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct OutboxExport {
    pub path: PathBuf,
    pub receipts: Vec<String>,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// Writes every sealed case not yet confirmed into one bundle for the centre.
pub fn export_outbox(vault: &mut Vault, out: &Path) -> Result<OutboxExport, BundleError> {
    let (centre, _) = centre_contact(vault)?;
    let keys = DeviceKeys::of(vault)?;
    let pending = vault.outbox_pending()?;
    if pending.is_empty() {
        return Err(BundleError::NothingToExport);
    }
    let entries: Vec<ManifestEntry> = pending
        .iter()
        .map(|(r, b)| ManifestEntry {
            path: format::sealed_path(r),
            size: b.len() as u64,
            sha256: format::sha_hex(b),
        })
        .collect();
    let made_at = chrono::Utc::now();
    let manifest = Manifest {
        format: format::FORMAT.to_owned(),
        version: format::VERSION,
        kind: BundleKind::Outbox,
        created_at: made_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        sender: format::Sender {
            // The laptop's name is not kept on it; the centre knows its contact.
            name: String::new(),
            device_id: vault.device_id().to_owned(),
            age_recipient: keys.age_recipient(),
            sign_key: keys.sign_key(),
            fingerprint: keys.fingerprint(),
        },
        attachments_included: false,
        cases: vec![],
        snapshots: vec![],
        entries,
    };
    let recipient: age::x25519::Recipient =
        centre
            .age_recipient
            .parse()
            .map_err(|_| BundleError::BadCard {
                problem: CardProblem::AgeKey,
            })?;
    let bytes = write_signed(out, &recipient, &keys, &manifest, |i| {
        pending.get(i).map(|(_, b)| b.as_slice())
    })?;
    Ok(OutboxExport {
        path: out.to_path_buf(),
        receipts: pending.into_iter().map(|(r, _)| r).collect(),
        bytes,
    })
}

/// Writes a signed bundle: the manifest, its signature, then `entry(i)` for each of
/// the manifest's entries, age-encrypted to `recipient`, atomically at `out`.
fn write_signed<'a>(
    out: &Path,
    recipient: &age::x25519::Recipient,
    keys: &DeviceKeys,
    manifest: &Manifest,
    entry: impl Fn(usize) -> Option<&'a [u8]>,
) -> Result<u64, BundleError> {
    let manifest_bytes =
        serde_json::to_vec_pretty(manifest).map_err(|e| BundleError::Write(io::Error::other(e)))?;
    let signature = hex::encode(keys.sign(&manifest_bytes).to_bytes());
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
            .map_err(|_| BundleError::NoRecipients)?;
    let tmp = casebook_store::file_out::OutputFile::create(out).map_err(BundleError::write)?;
    {
        let sink = BufWriter::with_capacity(256 * 1024, tmp.file());
        let mut age_out = encryptor.wrap_output(sink).map_err(BundleError::write)?;
        {
            let mut tar = tar::Builder::new(&mut age_out);
            let mut append = |path: &str, data: &[u8]| -> Result<(), BundleError> {
                let mut h = tar::Header::new_ustar();
                h.set_path(path).map_err(BundleError::write)?;
                h.set_size(data.len() as u64);
                h.set_mode(0o600);
                h.set_mtime(0);
                h.set_entry_type(tar::EntryType::Regular);
                h.set_cksum();
                tar.append(&h, data).map_err(BundleError::write)
            };
            append(format::MANIFEST, &manifest_bytes)?;
            append(format::SIGNATURE, signature.as_bytes())?;
            for (i, e) in manifest.entries.iter().enumerate() {
                let data = entry(i).ok_or(BundleError::Damaged)?;
                append(&e.path, data)?;
            }
            tar.finish().map_err(BundleError::write)?;
        }
        let mut sink = age_out.finish().map_err(BundleError::write)?;
        sink.flush().map_err(BundleError::write)?;
    }
    let bytes = tmp.file().metadata().map(|m| m.len()).unwrap_or(0);
    tmp.commit().map_err(BundleError::write)?;
    Ok(bytes)
}

/// The entries an outbox manifest lists, after checking it holds sealed cases and
/// nothing else, each once.
pub(crate) fn check_manifest(
    m: &Manifest,
    opts: &ImportOptions,
) -> Result<BTreeMap<String, ManifestEntry>, BundleError> {
    let bad = |problem| BundleError::BadManifest { problem };
    if !m.cases.is_empty() || !m.snapshots.is_empty() || m.attachments_included {
        return Err(bad(ManifestProblem::MixedKind));
    }
    let mut by_path = BTreeMap::new();
    for e in &m.entries {
        match format::classify(e.path.as_bytes()) {
            Some(EntryKind::Sealed(_)) => {}
            Some(_) => return Err(bad(ManifestProblem::MixedKind)),
            None => {
                return Err(BundleError::UnsafePath {
                    path: e.path.clone(),
                })
            }
        }
        if e.size > opts.max_sealed {
            return Err(BundleError::TooLarge {
                path: e.path.clone(),
                limit: opts.max_sealed,
            });
        }
        if by_path.insert(e.path.clone(), e.clone()).is_some() {
            return Err(bad(ManifestProblem::EntryTwice));
        }
    }
    Ok(by_path)
}

/// Reads every sealed entry after the manifest and its signature, each checked
/// against the manifest (listed once, size, hash, and the receipt code its bytes
/// give). Nothing is imported here.
pub(crate) fn read_sealed<R: Read>(
    listed: &BTreeMap<String, ManifestEntry>,
    entries: tar::Entries<'_, R>,
    limit: u64,
) -> Result<Vec<(String, Vec<u8>)>, BundleError> {
    let mut out = vec![];
    format::read_listed(
        entries,
        listed,
        |e| e,
        |k| matches!(k, EntryKind::Sealed(_)),
        limit,
        |path, kind, _, bytes| {
            let EntryKind::Sealed(receipt) = kind else {
                return Err(BundleError::UnlistedEntry { path });
            };
            if receipt_code(&bytes) != receipt {
                return Err(BundleError::HashMismatch { path });
            }
            out.push((receipt, bytes));
            Ok(())
        },
    )?;
    Ok(out)
}

/// At the centre: imports each sealed case as a case bundle that the same laptop
/// must have signed, with that laptop's rights, and notes its receipt. One sealed
/// case refused (a change an outreach laptop may not make) does not stop the others.
pub(crate) fn take_in(
    vault: &mut Vault,
    signer: SignerInfo,
    sealed: Vec<(String, Vec<u8>)>,
    opts: &ImportOptions,
    author: &str,
) -> Result<ImportSummary, BundleError> {
    let inner = ImportOptions {
        only_signer: Some(signer.sign_key.clone()),
        trust_fingerprint: None,
        ..opts.clone()
    };
    let contact = vault.contact_by_sign_key(&signer.sign_key)?;
    let mut total = ImportSummary::empty(signer, BundleKind::Outbox);
    for (receipt, bytes) in sealed {
        let s = crate::import::import(vault, &bytes[..], &inner, author, &mut |_| {})?;
        total.add(s);
        if let Some(c) = &contact {
            vault.record_outreach_receipt(c.id, &receipt)?;
        }
        total.receipts.push(receipt);
    }
    Ok(total)
}

/// The signed part of a receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReceiptBody {
    format: String,
    /// The centre's signing key.
    centre: String,
    /// The laptop's signing key: a receipt is for one laptop.
    device: String,
    made_at: String,
    receipts: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReceiptFile {
    body: String,
    signature: String,
}

const RECEIPT_FORMAT: &str = "casebook-receipt/1";
/// A receipt names at most this many codes (a laptop's year of cases, and then some).
const MAX_RECEIPTS: usize = 100_000;
const MAX_RECEIPT_FILE: u64 = 4 << 20;

/// What [`write_receipt`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ReceiptWritten {
    pub path: PathBuf,
    pub receipts: usize,
}

/// At the centre: the receipt for the outreach contact `name`, listing every sealed
/// case taken in from it, signed here and encrypted to that laptop.
pub fn write_receipt(vault: &Vault, name: &str, out: &Path) -> Result<ReceiptWritten, BundleError> {
    let keys = DeviceKeys::of(vault)?;
    let contact = vault.contact(name)?;
    let receipts = vault.outreach_receipts(contact.id)?;
    let count = receipts.len();
    let body = ReceiptBody {
        format: RECEIPT_FORMAT.to_owned(),
        centre: keys.sign_key(),
        device: contact.sign_key.clone(),
        made_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        receipts,
    };
    let body = serde_json::to_string(&body).map_err(|e| BundleError::Write(io::Error::other(e)))?;
    let file = ReceiptFile {
        signature: hex::encode(keys.sign(body.as_bytes()).to_bytes()),
        body,
    };
    let plain = serde_json::to_vec(&file).map_err(|e| BundleError::Write(io::Error::other(e)))?;
    let recipient: age::x25519::Recipient =
        contact
            .age_recipient
            .parse()
            .map_err(|_| BundleError::BadCard {
                problem: CardProblem::AgeKey,
            })?;
    let enc = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .map_err(|_| BundleError::NoRecipients)?;
    let mut sealed = vec![];
    let mut w = enc.wrap_output(&mut sealed).map_err(BundleError::write)?;
    w.write_all(&plain).map_err(BundleError::write)?;
    w.finish().map_err(BundleError::write)?;
    let mut f = casebook_store::file_out::OutputFile::create(out).map_err(BundleError::write)?;
    f.write_all(&sealed).map_err(BundleError::write)?;
    f.commit().map_err(BundleError::write)?;
    Ok(ReceiptWritten {
        path: out.to_path_buf(),
        receipts: count,
    })
}

/// On the laptop: checks a receipt (for this laptop, signed by its centre) and drops
/// the sealed copies it confirms. Returns how many were newly confirmed.
pub fn confirm_receipt(vault: &mut Vault, path: &Path) -> Result<usize, BundleError> {
    let (centre, _) = centre_contact(vault)?;
    let keys = DeviceKeys::of(vault)?;
    let f = std::fs::File::open(path).map_err(BundleError::write)?;
    let mut ciphertext = vec![];
    f.take(MAX_RECEIPT_FILE + 1)
        .read_to_end(&mut ciphertext)
        .map_err(BundleError::write)?;
    if ciphertext.len() as u64 > MAX_RECEIPT_FILE {
        return Err(BundleError::NotAReceipt);
    }
    let d = age::Decryptor::new_buffered(&ciphertext[..]).map_err(|_| BundleError::NotAReceipt)?;
    let mut plain = vec![];
    d.decrypt(std::iter::once(&keys.age as &dyn age::Identity))
        .map_err(|_| BundleError::NotForUs)?
        .take(MAX_RECEIPT_FILE)
        .read_to_end(&mut plain)
        .map_err(|_| BundleError::Damaged)?;
    let file: ReceiptFile = serde_json::from_slice(&plain).map_err(|_| BundleError::NotAReceipt)?;
    let sig = hex::decode(file.signature.trim()).map_err(|_| BundleError::BadSignature)?;
    // Signed by the centre this laptop was set up with, and no one else.
    verify(&centre.sign_key, file.body.as_bytes(), &sig)?;
    let body: ReceiptBody =
        serde_json::from_str(&file.body).map_err(|_| BundleError::NotAReceipt)?;
    if body.format != RECEIPT_FORMAT
        || body.centre != centre.sign_key
        || body.device != keys.sign_key()
        || body.receipts.len() > MAX_RECEIPTS
        || !body.receipts.iter().all(|r| format::is_receipt(r))
    {
        return Err(BundleError::NotAReceipt);
    }
    Ok(vault.confirm_receipts(&body.receipts)?)
}
