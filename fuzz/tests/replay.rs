//! Every seed and every input that once made a target fail, replayed through the
//! targets' own entry points on the stable toolchain: the README's test command
//! runs this, so an old crash that comes back, or a target that no longer builds,
//! fails the tests. New crash inputs go to `regressions/<target>/`.

use std::path::Path;

type Target = fn(&[u8]);

const TARGETS: &[(&str, Target)] = &[
    ("contact_card", casebook_fuzz::contact_card),
    ("key_file", casebook_fuzz::key_file),
    ("case_json", casebook_fuzz::case_json),
    ("recovery_share", casebook_fuzz::recovery_share),
    ("pdf_verifier", casebook_fuzz::pdf_verifier),
];

fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    out
}

#[test]
fn seeds_and_saved_crashes_run_through_every_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, target) in TARGETS {
        let mut n = 0;
        for kind in ["seeds", "regressions"] {
            for file in inputs(&root.join(kind).join(name)) {
                let bytes = std::fs::read(&file).expect("readable input");
                target(&bytes);
                // Cut short and bit-flipped, as a fuzzer's first steps would.
                target(&bytes[..bytes.len() / 2]);
                let mut flipped = bytes.clone();
                if let Some(b) = flipped.get_mut(bytes.len() / 3) {
                    *b ^= 0x55;
                }
                target(&flipped);
                n += 1;
            }
        }
        assert!(n > 0, "{name} has no seed");
    }
}
