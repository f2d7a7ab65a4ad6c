//! Embeds every `locales/<lang>/*.ftl` into the binary, so the program needs no
//! files beside it and a new message file is picked up without code changes.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = env::var("CARGO_MANIFEST_DIR")?;
    let locales = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut langs: Vec<_> = fs::read_dir(&locales)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    let mut out = String::from("pub(crate) static EMBEDDED: &[(&str, &[(&str, &str)])] = &[\n");
    for lang in langs {
        let name = lang.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path())?
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        writeln!(out, "    ({name:?}, &[")?;
        for f in files {
            let path = fs::canonicalize(f.path())?;
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(
                out,
                "        ({:?}, include_str!({:?})),",
                f.file_name().to_string_lossy(),
                path.display().to_string()
            )?;
        }
        writeln!(out, "    ]),")?;
    }
    out.push_str("];\n");
    // locales/STATUS.md is the one home of which translations await review by a
    // native speaker; Settings shows a note beside those.
    let status = locales.join("STATUS.md");
    println!("cargo:rerun-if-changed={}", status.display());
    let table = fs::read_to_string(&status)?;
    out.push_str("/// Languages whose translation no native speaker has reviewed yet.\n");
    out.push_str("pub const AWAITING_REVIEW: &[&str] = &[");
    for row in table.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        if let [_, code, _, _, state, ..] = cells.as_slice() {
            if state.starts_with("awaiting review") {
                write!(out, "{code:?}, ")?;
            }
        }
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR")?).join("embedded.rs"), out)?;
    Ok(())
}
