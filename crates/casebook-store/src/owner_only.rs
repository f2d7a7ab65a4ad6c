//! The vault's directory and files are its owner's alone (0700 and 0600), whatever
//! the umask of the program that uses this library: everything in them is encrypted,
//! but who can read the files (and copy them off for an offline passphrase guess)
//! is still the owner's business only.
//!
//! SQLite gives its journal, write-ahead log and shared-memory files the mode of the
//! database file they belong to, so a database file created here at 0600 keeps its
//! companions at 0600 too.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt as _, OpenOptionsExt as _, PermissionsExt as _};

pub(crate) const DIR_MODE: u32 = 0o700;
pub(crate) const FILE_MODE: u32 = 0o600;

/// Makes `opts` create files readable and writable by their owner only.
pub(crate) fn file_options(opts: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    opts.mode(FILE_MODE);
    opts
}

/// Creates `dir` and any missing parent, each owner-only.
pub(crate) fn create_dir(dir: &Path) -> io::Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    b.mode(DIR_MODE);
    b.create(dir)
}

/// Creates an empty owner-only file for SQLite to start a database in (SQLite treats
/// an empty file as a new database); an existing file is left as it is.
pub(crate) fn create_empty(path: &Path) -> io::Result<()> {
    match file_options(OpenOptions::new().write(true).create_new(true)).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Narrows the directory and the named files in it to owner-only where they are
/// wider: vaults made before, a directory that existed before the vault, or files
/// copied in from elsewhere. Best effort: a file system without Unix modes (a FAT
/// stick) refuses `chmod`, and the vault still opens there.
pub(crate) fn narrow<'a>(dir: &Path, files: impl IntoIterator<Item = &'a str>) {
    #[cfg(unix)]
    {
        let narrow_one = |path: &Path, m: fs::Metadata, mode: u32| {
            if m.permissions().mode() & 0o777 & !mode != 0 {
                let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode));
            }
        };
        if let Ok(m) = fs::metadata(dir) {
            narrow_one(dir, m, DIR_MODE);
        }
        for name in files {
            let path = dir.join(name);
            // A link is not the vault's file; its target is left alone.
            if let Some(m) = fs::symlink_metadata(&path).ok().filter(|m| m.is_file()) {
                narrow_one(&path, m, FILE_MODE);
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (dir, files);
    }
}
