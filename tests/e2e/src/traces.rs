//! Looking for what a session left behind: sentinel strings, searched by file name
//! and by content (UTF-8 and UTF-16LE, which WebKit's stores use), in directories,
//! single files and the system journal.

use std::io::Read;
use std::path::PathBuf;

/// Random enough that no file on the machine holds it by chance.
pub fn sentinel(kind: &str) -> String {
    let mut random = [0u8; 6];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut random));
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    if read.is_err() {
        random[..4].copy_from_slice(&(nanos ^ std::process::id()).to_le_bytes());
    }
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("Snt{kind}{hex}")
}

fn forms(needles: &[String]) -> Vec<(String, Vec<u8>)> {
    needles
        .iter()
        .flat_map(|n| {
            let utf16: Vec<u8> = n.encode_utf16().flat_map(u16::to_le_bytes).collect();
            [
                (n.clone(), n.as_bytes().to_vec()),
                (format!("{n} (UTF-16)"), utf16),
            ]
        })
        .collect()
}

/// Every file under `roots` (a root may be a single file), but not under
/// `allowed`, holding a needle in its name or its bytes, with the needle found.
pub fn sentinel_hits(
    roots: &[PathBuf],
    allowed: &[PathBuf],
    needles: &[String],
) -> Vec<(PathBuf, String)> {
    let forms = forms(needles);
    let mut out = vec![];
    // A root inside another (the program's home is under /tmp here) is read once.
    let mut stack: Vec<PathBuf> = roots
        .iter()
        .filter(|r| !roots.iter().any(|o| o != *r && r.starts_with(o)))
        .cloned()
        .collect();
    while let Some(p) = stack.pop() {
        if allowed.iter().any(|a| p.starts_with(a)) {
            continue;
        }
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&p) {
                stack.extend(entries.flatten().map(|e| e.path()));
            }
            continue;
        }
        let name = p.to_string_lossy().into_owned();
        for n in needles.iter().filter(|n| name.contains(n.as_str())) {
            out.push((p.clone(), format!("{n} in the name")));
        }
        if !meta.is_file() || meta.len() > 256 * 1024 * 1024 {
            continue;
        }
        let Ok(bytes) = std::fs::read(&p) else {
            continue;
        };
        for (label, form) in &forms {
            if memchr::memmem::find(&bytes, form).is_some() {
                out.push((p.clone(), label.clone()));
            }
        }
    }
    out
}

/// Needles found in the system journal (every boot, every unit), when the machine
/// keeps one; `journalctl` missing or without journal files reads as empty.
pub fn journal_hits(needles: &[String]) -> Vec<String> {
    let Ok(out) = std::process::Command::new("journalctl")
        .args(["--no-pager", "-q", "-o", "export"])
        .output()
    else {
        return vec![];
    };
    forms(needles)
        .into_iter()
        .filter(|(_, form)| memchr::memmem::find(&out.stdout, form).is_some())
        .map(|(label, _)| format!("journal: {label}"))
        .collect()
}
