//! Low-level access to bundle internals, for tests, the fuzzer and the format
//! document: open a bundle into its raw tar entries, change them, sign and seal
//! again. Not part of the supported API.

use std::io::{self, Read, Write};
use std::iter;

use age::secrecy::SecretString;

use crate::keys::DeviceKeys;
use crate::passphrase::PassphraseRecipient;
use crate::BundleError;

/// One tar entry as bytes: any path, any type, any declared size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEntry {
    pub path: Vec<u8>,
    pub data: Vec<u8>,
    /// Tar type flag (`b'0'` regular, `b'2'` symlink, `b'1'` hard link, `b'5'` dir).
    pub kind: u8,
    /// Size written in the header when it should lie about the data.
    pub header_size: Option<u64>,
    pub link: Vec<u8>,
}

impl RawEntry {
    pub fn file(path: &str, data: Vec<u8>) -> Self {
        RawEntry {
            path: path.as_bytes().to_vec(),
            data,
            kind: b'0',
            header_size: None,
            link: vec![],
        }
    }
}

/// Decrypts a bundle with the device's key and lists its tar entries.
pub fn open(bundle: &[u8], keys: &DeviceKeys) -> Result<Vec<RawEntry>, BundleError> {
    let d = age::Decryptor::new_buffered(bundle).map_err(|_| BundleError::NotABundle)?;
    let plain = d
        .decrypt(iter::once(&keys.age as &dyn age::Identity))
        .map_err(|_| BundleError::NotForUs)?;
    read_tar(plain)
}

/// Reads every entry of a plain tar stream.
pub fn read_tar(r: impl Read) -> Result<Vec<RawEntry>, BundleError> {
    let mut a = tar::Archive::new(r);
    let mut out = vec![];
    for e in a.entries().map_err(|_| BundleError::Damaged)? {
        let mut e = e.map_err(|_| BundleError::Damaged)?;
        let mut data = vec![];
        e.read_to_end(&mut data).map_err(|_| BundleError::Damaged)?;
        out.push(RawEntry {
            path: e.path_bytes().into_owned(),
            kind: e.header().entry_type().as_byte(),
            header_size: None,
            link: e
                .link_name_bytes()
                .map(|l| l.into_owned())
                .unwrap_or_default(),
            data,
        });
    }
    Ok(out)
}

/// Writes entries as a tar stream, exactly as given.
pub fn write_tar(entries: &[RawEntry], out: &mut impl Write) -> io::Result<()> {
    for e in entries {
        let mut h = tar::Header::new_ustar();
        {
            let old = h.as_old_mut();
            let n = e.path.len().min(old.name.len());
            old.name[..n].copy_from_slice(&e.path[..n]);
            let l = e.link.len().min(old.linkname.len());
            old.linkname[..l].copy_from_slice(&e.link[..l]);
        }
        h.set_size(e.header_size.unwrap_or(e.data.len() as u64));
        h.set_mode(0o600);
        h.set_entry_type(tar::EntryType::new(e.kind));
        h.set_cksum();
        out.write_all(h.as_bytes())?;
        out.write_all(&e.data)?;
        let pad = (512 - e.data.len() % 512) % 512;
        out.write_all(&vec![0u8; pad])?;
    }
    out.write_all(&[0u8; 1024])
}

/// Signs the first entry (the manifest) with `keys` into the second (the signature).
pub fn resign(entries: &mut [RawEntry], keys: &DeviceKeys) {
    if entries.len() >= 2 {
        let sig = keys.sign(&entries[0].data);
        entries[1].data = hex::encode(sig.to_bytes()).into_bytes();
    }
}

/// Encrypts entries to an `age1…` recipient.
pub fn seal(entries: &[RawEntry], recipient: &str) -> Result<Vec<u8>, BundleError> {
    let r: age::x25519::Recipient = recipient.parse().map_err(|_| BundleError::NoRecipients)?;
    let enc = age::Encryptor::with_recipients(iter::once(&r as &dyn age::Recipient))
        .map_err(|_| BundleError::NoRecipients)?;
    finish(enc, entries)
}

/// Encrypts arbitrary plaintext (not necessarily a tar) to an `age1…` recipient.
pub fn seal_bytes(plain: &[u8], recipient: &str) -> Result<Vec<u8>, BundleError> {
    let r: age::x25519::Recipient = recipient.parse().map_err(|_| BundleError::NoRecipients)?;
    let enc = age::Encryptor::with_recipients(iter::once(&r as &dyn age::Recipient))
        .map_err(|_| BundleError::NoRecipients)?;
    let mut out = vec![];
    let mut w = enc.wrap_output(&mut out).map_err(BundleError::Write)?;
    w.write_all(plain).map_err(BundleError::Write)?;
    w.finish().map_err(BundleError::Write)?;
    Ok(out)
}

/// Encrypts entries to a passphrase with a chosen scrypt work factor.
pub fn seal_passphrase(
    entries: &[RawEntry],
    passphrase: &str,
    log_n: u8,
) -> Result<Vec<u8>, BundleError> {
    let r = PassphraseRecipient::new(&SecretString::from(passphrase.to_owned()), log_n);
    let enc = age::Encryptor::with_recipients(iter::once(&r as &dyn age::Recipient))
        .map_err(|_| BundleError::NoRecipients)?;
    finish(enc, entries)
}

fn finish(enc: age::Encryptor, entries: &[RawEntry]) -> Result<Vec<u8>, BundleError> {
    let mut out = vec![];
    let mut w = enc.wrap_output(&mut out).map_err(BundleError::Write)?;
    write_tar(entries, &mut w).map_err(BundleError::Write)?;
    w.finish().map_err(BundleError::Write)?;
    Ok(out)
}
