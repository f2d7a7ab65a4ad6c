//! Every file the programs write for a person (case file, bundle, contact card, a copy
//! of an attachment) goes through here, so that a file under the chosen name is always
//! complete and nothing else in that folder is ever touched.
//!
//! The bytes go to a temporary file with a unique name in the target's own folder (a
//! rename only works within one file system, and plaintext must not land anywhere the
//! person did not choose), which is synced, renamed over the target and followed by a
//! sync of the folder so that the rename survives a power cut. Dropping an
//! [`OutputFile`] without [`OutputFile::commit`] removes the temporary file.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// A file being written for `dest`; it appears there only on [`OutputFile::commit`].
#[derive(Debug)]
pub struct OutputFile {
    tmp: NamedTempFile,
    dest: PathBuf,
}

impl OutputFile {
    pub fn create(dest: &Path) -> io::Result<Self> {
        // A leftover after a crash (on a stick, say) names no program: the neutral
        // name the window shows.
        let tmp = tempfile::Builder::new()
            .prefix(".notes-")
            .suffix(".part")
            .tempfile_in(folder_of(dest))?;
        Ok(OutputFile {
            tmp,
            dest: dest.to_path_buf(),
        })
    }

    /// The open temporary file, e.g. for a writer thread (`&File` is `Write`).
    pub fn file(&self) -> &File {
        self.tmp.as_file()
    }

    /// Puts the complete file in place under the chosen name, replacing what was there.
    pub fn commit(self) -> io::Result<()> {
        self.tmp.as_file().sync_all()?;
        let dest = self.dest;
        self.tmp.persist(&dest).map_err(|e| e.error)?;
        // Not every platform can open or sync a folder; the file itself is synced.
        if let Ok(d) = File::open(folder_of(&dest)) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.tmp.as_file_mut().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.tmp.as_file_mut().flush()
    }
}

/// Writes `dest` from what `fill` writes; on any error (of `fill` or of the disk)
/// nothing is left behind and an older file under that name stays as it was.
pub fn write_atomically<E: From<io::Error>>(
    dest: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    let mut out = OutputFile::create(dest)?;
    fill(&mut out)?;
    out.commit()?;
    Ok(())
}

fn folder_of(dest: &Path) -> &Path {
    dest.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_file_beside_the_target_survives_and_nothing_else_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("report.pdf");
        // What a `with_extension("part")` temporary would have overwritten.
        std::fs::write(dir.path().join("report.part"), b"someone else's").unwrap();
        write_atomically::<io::Error>(&dest, |w| w.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"new");
        assert_eq!(
            std::fs::read(dir.path().join("report.part")).unwrap(),
            b"someone else's"
        );
        assert_eq!(names(dir.path()), ["report.part", "report.pdf"]);
    }

    #[test]
    fn a_failed_write_leaves_nothing_and_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("card.txt");
        let r = write_atomically(&dest, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("stopped"))
        });
        assert!(r.is_err());
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));

        std::fs::write(&dest, b"old").unwrap();
        let r = write_atomically(&dest, |_| Err(io::Error::other("stopped")));
        assert!(r.is_err());
        assert_eq!(std::fs::read(&dest).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["card.txt"]);
    }

    #[test]
    fn a_dropped_output_file_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut out = OutputFile::create(&dir.path().join("x.cbk")).unwrap();
        out.write_all(b"partial").unwrap();
        assert_eq!(names(dir.path()).len(), 1);
        drop(out);
        assert!(names(dir.path()).is_empty());
    }

    #[test]
    fn a_committed_output_file_replaces_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("x.cbk");
        std::fs::write(&dest, b"old").unwrap();
        let mut out = OutputFile::create(&dest).unwrap();
        out.write_all(b"new").unwrap();
        out.commit().unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"new");
        assert_eq!(names(dir.path()), ["x.cbk"]);
    }
}
