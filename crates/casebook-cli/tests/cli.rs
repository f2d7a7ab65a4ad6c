//! The `casebook` binary driven as a person or a script would drive it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "correct horse battery";
const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../casebook-core/tests/fixtures/example-case.json"
);

fn casebook(vault: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casebook"));
    c.arg("--vault").arg(vault).args(args);
    c.env_remove("CASEBOOK_PASSPHRASE")
        .env_remove("CASEBOOK_VAULT")
        .env("LANG", "en_US.UTF-8");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn ok(vault: &Path, args: &[&str]) -> String {
    let o = casebook(vault, args, &[("CASEBOOK_PASSPHRASE", PASS)]);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// A refusal: a non-zero exit and `[code]` on stderr, so that a failure of another
/// kind (a crash, a wrong argument) does not pass for the expected one. Returns stderr.
fn refused(o: &Output, code: &str) -> String {
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(
        !o.status.success() && err.contains(&format!("[{code}]")),
        "expected a refusal with [{code}]: {:?} {err}",
        o.status
    );
    err
}

fn init(vault: &Path) -> String {
    let out = ok(vault, &["init"]);
    let key = out.lines().last().unwrap().trim().to_owned();
    assert_eq!(
        key.split('-').count(),
        8,
        "recovery key printed last: {out}"
    );
    key
}

#[test]
fn a_case_goes_in_and_comes_out_as_the_same_json() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path();
    init(v);
    let id = ok(v, &["case", "add", EXAMPLE]).trim().to_owned();
    assert_eq!(id.len(), 36);
    let shown: serde_json::Value =
        serde_json::from_str(&ok(v, &["case", "show", "KZ-ALM-2026-0007", "--json"])).unwrap();
    assert_eq!(shown["id"], id.as_str());
    assert!(shown["revision"].as_str().unwrap().len() == 64);
    let mut stripped = shown.clone();
    stripped.as_object_mut().unwrap().remove("id");
    stripped.as_object_mut().unwrap().remove("revision");
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap();
    assert_eq!(
        casebook_core::canonical::strip_nulls(&stripped),
        casebook_core::canonical::strip_nulls(&original)
    );

    let list = ok(v, &["case", "list"]);
    assert!(
        list.contains("KZ-ALM-2026-0007") && list.contains("Айгуль"),
        "{list}"
    );
    let list: serde_json::Value =
        serde_json::from_str(&ok(v, &["case", "list", "--json"])).unwrap();
    assert_eq!(list["total"], 1);

    let search: serde_json::Value =
        serde_json::from_str(&ok(v, &["search", "задерж", "--json"])).unwrap();
    assert_eq!(search["items"][0]["code"], "KZ-ALM-2026-0007");
    let search: serde_json::Value =
        serde_json::from_str(&ok(v, &["search", "прокуратур", "--json"])).unwrap();
    assert_eq!(search["total"], 1, "follow-up notes are searchable");

    // Edit: a second revision with the reason.
    let mut edited = original.clone();
    edited["status"] = "referred".into();
    let f = dir.path().join("edited.json");
    std::fs::write(&f, serde_json::to_vec(&edited).unwrap()).unwrap();
    ok(
        v,
        &[
            "case",
            "edit",
            &id,
            f.to_str().unwrap(),
            "--reason",
            "referred to lawyer",
        ],
    );
    let hist: serde_json::Value =
        serde_json::from_str(&ok(v, &["case", "history", &id, "--json"])).unwrap();
    assert_eq!(hist.as_array().unwrap().len(), 2);
    assert_eq!(hist[1]["reason"], "referred to lawyer");

    ok(v, &["case", "delete", "KZ-ALM-2026-0007"]);
    assert!(ok(v, &["case", "list"]).contains("No cases"));
    assert!(ok(v, &["verify"]).contains("Vault verified"));
}

/// `--author` is recorded by the rule the desktop program uses: trimmed, and "—"
/// when nothing is left.
#[test]
fn the_author_is_trimmed_and_nothing_is_a_dash() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path();
    init(v);
    let id = ok(v, &["--author", "  Centre ", "case", "add", EXAMPLE])
        .trim()
        .to_owned();
    ok(
        v,
        &["--author", " \t", "case", "delete", &id, "--reason", "test"],
    );
    let hist: serde_json::Value =
        serde_json::from_str(&ok(v, &["case", "history", &id, "--json"])).unwrap();
    let authors: Vec<_> = hist
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["author"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(authors, ["Centre", "—"]);
}

#[test]
fn attachments_round_trip_through_files() {
    let dir = tempfile::tempdir().unwrap();
    let v = &dir.path().join("vault");
    init(v);
    ok(v, &["case", "add", EXAMPLE]);
    let photo = dir.path().join("photo.jpg");
    let bytes: Vec<u8> = (0..2_000_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(&photo, &bytes).unwrap();
    let sha = ok(
        v,
        &[
            "attach",
            "KZ-ALM-2026-0007",
            photo.to_str().unwrap(),
            "--description",
            "синяки",
        ],
    )
    .trim()
    .to_owned();
    assert_eq!(sha, casebook_core::canonical::sha256_hex(&bytes));
    let out = dir.path().join("copy.jpg");
    ok(
        v,
        &[
            "attachment",
            "get",
            "KZ-ALM-2026-0007",
            &sha,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    let o = casebook(
        v,
        &[
            "attachment",
            "get",
            "KZ-ALM-2026-0007",
            &"0".repeat(64),
            "--out",
            "x",
        ],
        &[("CASEBOOK_PASSPHRASE", PASS)],
    );
    refused(&o, "attachment-not-found");
}

#[test]
fn secrets_errors_and_languages() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path();
    let recovery = init(v);

    let o = casebook(
        v,
        &["unlock-check"],
        &[("CASEBOOK_PASSPHRASE", "not the passphrase")],
    );
    let err = refused(&o, "wrong-secret");
    assert!(err.contains("not right"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");

    let o = casebook(
        v,
        &["unlock-check"],
        &[
            ("CASEBOOK_PASSPHRASE", "not the passphrase"),
            ("LANG", "ru_RU.UTF-8"),
        ],
    );
    assert!(refused(&o, "wrong-secret").contains("Неверная парольная фраза"));
    let o = casebook(
        v,
        &["--lang", "uk", "unlock-check"],
        &[
            ("CASEBOOK_PASSPHRASE", "not the passphrase"),
            ("LANG", "ru_RU.UTF-8"),
        ],
    );
    assert!(refused(&o, "wrong-secret").contains("Неправильна парольна фраза"));
    // Every shipped language, from --lang.
    for lang in casebook_i18n::SHIPPED {
        let o = casebook(
            v,
            &["--lang", lang, "unlock-check"],
            &[("CASEBOOK_PASSPHRASE", "not the passphrase")],
        );
        let want = casebook_i18n::Localizer::new(lang)
            .unwrap()
            .msg("error-wrong-secret", &[]);
        assert!(refused(&o, "wrong-secret").contains(&want), "{lang}");
    }

    // No passphrase and no terminal: a clear error, never a hang.
    let o = casebook(v, &["case", "list"], &[]);
    assert!(refused(&o, "no-secret").contains("CASEBOOK_PASSPHRASE"));

    // Four words is enough whatever the length; eleven characters are not.
    let o = casebook(
        v,
        &["passphrase", "change"],
        &[
            ("CASEBOOK_PASSPHRASE", PASS),
            ("CASEBOOK_NEW_PASSPHRASE", "abcdefghijk"),
        ],
    );
    assert!(!o.status.success());
    assert!(String::from_utf8(o.stderr)
        .unwrap()
        .contains("[passphrase-too-short]"));

    let o = casebook(
        v,
        &["passphrase", "change"],
        &[
            ("CASEBOOK_PASSPHRASE", PASS),
            ("CASEBOOK_NEW_PASSPHRASE", "a new passphrase"),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    refused(
        &casebook(v, &["unlock-check"], &[("CASEBOOK_PASSPHRASE", PASS)]),
        "wrong-secret",
    );
    assert!(casebook(
        v,
        &["unlock-check"],
        &[("CASEBOOK_PASSPHRASE", "a new passphrase")]
    )
    .status
    .success());
    assert!(casebook(
        v,
        &["unlock-check", "--recovery-key"],
        &[("CASEBOOK_RECOVERY_KEY", &recovery)]
    )
    .status
    .success());
    refused(
        &casebook(
            v,
            &["unlock-check", "--recovery-key"],
            &[("CASEBOOK_RECOVERY_KEY", "AAAA-BBBB")],
        ),
        "wrong-secret",
    );

    refused(&casebook(v, &["erase"], &[]), "erase-needs-yes");
    assert!(v.join("vault.keys").exists());
    assert!(casebook(v, &["erase", "--yes"], &[]).status.success());
    refused(
        &casebook(
            v,
            &["unlock-check"],
            &[("CASEBOOK_PASSPHRASE", "a new passphrase")],
        ),
        "no-vault",
    );
    refused(
        &casebook(
            v,
            &["unlock-check", "--recovery-key"],
            &[("CASEBOOK_RECOVERY_KEY", &recovery)],
        ),
        "no-vault",
    );
}

/// `rekey` prints a new recovery key last, as `init`; the old one and an old copy of
/// the key file stop opening the vault. `passphrase remove --rekey` keeps the other.
#[test]
fn rekey_prints_a_new_recovery_key_and_old_key_files_open_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path();
    let old_recovery = init(v);
    ok(v, &["case", "add", EXAMPLE]);
    let old_keys = std::fs::read(v.join("vault.keys")).unwrap();
    let out = ok(v, &["rekey"]);
    assert!(out.contains("new key"), "{out}");
    let recovery = out.lines().last().unwrap().trim().to_owned();
    assert_eq!(recovery.split('-').count(), 8, "{out}");
    let check = |env: &[(&str, &str)], args: &[&str]| casebook(v, args, env).status.success();
    let wrong = |env: &[(&str, &str)], args: &[&str]| {
        refused(&casebook(v, args, env), "wrong-secret");
    };
    let rk = ["unlock-check", "--recovery-key"];
    assert!(check(&[("CASEBOOK_RECOVERY_KEY", &recovery)], &rk));
    wrong(&[("CASEBOOK_RECOVERY_KEY", &old_recovery)], &rk);
    assert!(ok(v, &["verify"]).contains("Vault verified"));
    ok(v, &["case", "show", "KZ-ALM-2026-0007"]);

    // The key file as it was: its slots unwrap the old key, which reads nothing now.
    let new_keys = std::fs::read(v.join("vault.keys")).unwrap();
    std::fs::write(v.join("vault.keys"), &old_keys).unwrap();
    refused(
        &casebook(v, &["case", "list"], &[("CASEBOOK_PASSPHRASE", PASS)]),
        "database-damaged",
    );
    std::fs::write(v.join("vault.keys"), &new_keys).unwrap();

    let o = casebook(
        v,
        &["passphrase", "add"],
        &[
            ("CASEBOOK_PASSPHRASE", PASS),
            ("CASEBOOK_NEW_PASSPHRASE", "second paralegal"),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = casebook(
        v,
        &["passphrase", "remove", "--rekey"],
        &[
            ("CASEBOOK_PASSPHRASE", "second paralegal"),
            ("CASEBOOK_KEEP_PASSPHRASE", PASS),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    let last = out.lines().last().unwrap().trim().to_owned();
    assert!(last != recovery && last.split('-').count() == 8, "{out}");
    wrong(
        &[("CASEBOOK_PASSPHRASE", "second paralegal")],
        &["unlock-check"],
    );
    assert!(check(&[("CASEBOOK_PASSPHRASE", PASS)], &["unlock-check"]));
}

#[test]
fn bad_case_files_are_refused_with_the_field_named() {
    let dir = tempfile::tempdir().unwrap();
    let v = &dir.path().join("vault");
    init(v);
    let f = dir.path().join("bad.json");
    std::fs::write(&f, "{ not json").unwrap();
    let o = casebook(
        v,
        &["case", "add", f.to_str().unwrap()],
        &[("CASEBOOK_PASSPHRASE", PASS)],
    );
    refused(&o, "bad-json");

    let mut bad: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap();
    bad["incidents"][0]["acts"][0]["act_type"] = "kicking".into();
    std::fs::write(&f, serde_json::to_vec(&bad).unwrap()).unwrap();
    let o = casebook(
        v,
        &["case", "add", f.to_str().unwrap()],
        &[("CASEBOOK_PASSPHRASE", PASS)],
    );
    let err = refused(&o, "invalid-case");
    assert!(err.contains("incidents[0].acts[0].act_type"), "{err}");
    assert!(ok(v, &["case", "list"]).contains("No cases"));
}

#[test]
fn demo_data_fills_a_vault() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path();
    init(v);
    ok(v, &["demo-data", "--cases", "200"]);
    let list: serde_json::Value =
        serde_json::from_str(&ok(v, &["case", "list", "--json", "--limit", "5"])).unwrap();
    assert_eq!(list["total"], 200);
    assert_eq!(list["items"].as_array().unwrap().len(), 5);
    assert!(ok(v, &["verify"]).contains("Vault verified"));
}

/// The running binary, caught while it waits on a case file that is a named pipe:
/// core dumps are off and files it makes are private, whatever limit and umask it
/// was started with.
#[cfg(target_os = "linux")]
#[test]
#[allow(clippy::panic)]
fn the_running_program_has_core_dumps_off_a_private_umask_and_no_network() {
    use std::io::Write as _;
    use std::time::{Duration, Instant};

    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("case.json");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    // Start from the most permissive core limit allowed and a common umask, so a
    // change is visible.
    let child = Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -S -c "$(ulimit -H -c)"; umask 022; exec "$@""#)
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_casebook"))
        .arg("--vault")
        .arg(dir.path().join("v"))
        .args(["case", "add"])
        .arg(&fifo)
        .env("LANG", "en_US.UTF-8")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // A writer can open the pipe without waiting only once the program has opened it
    // for reading, which it does after `harden`.
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut writer = loop {
        match rustix::fs::open(
            &fifo,
            rustix::fs::OFlags::WRONLY | rustix::fs::OFlags::NONBLOCK,
            rustix::fs::Mode::empty(),
        ) {
            Ok(fd) => break std::fs::File::from(fd),
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("the program never opened the case file: {e}"),
        }
    };
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap();
    let proc_status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    writer.write_all(b"not json").unwrap();
    drop(writer);
    refused(&child.wait_with_output().unwrap(), "bad-json");
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(
        core.split_whitespace().collect::<Vec<_>>()[4..6],
        ["0", "0"],
        "{core}"
    );
    assert!(
        proc_status.lines().any(|l| l == "Umask:\t0077"),
        "{proc_status}"
    );
    // And off the network: under a seccomp filter of its own, on top of whatever
    // this test runs under.
    let filters = |status: &str| -> u32 {
        status
            .lines()
            .find_map(|l| l.strip_prefix("Seccomp_filters:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
    };
    let own = std::fs::read_to_string("/proc/self/status").unwrap();
    assert!(
        proc_status.lines().any(|l| l == "Seccomp:\t2"),
        "{proc_status}"
    );
    assert!(filters(&proc_status) > filters(&own), "{proc_status}");
}

#[test]
fn passphrase_suggest_prints_five_words_without_a_vault() {
    let dir = tempfile::tempdir().unwrap();
    let v = &dir.path().join("none");
    let o = casebook(v, &["passphrase", "suggest"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    let words: Vec<&str> = text.trim().split(' ').collect();
    assert_eq!(words.len(), 5, "{text:?}");
    assert!(words
        .iter()
        .all(|w| casebook_store::suggestion_words().contains(w)));
    assert!(!v.exists());
}

/// clap's help is English only; it says so, and says how to get other languages.
#[test]
fn help_says_messages_follow_lang_and_help_is_english() {
    let dir = tempfile::tempdir().unwrap();
    let o = casebook(&dir.path().join("v"), &["--help"], &[]);
    assert!(o.status.success());
    let help = String::from_utf8(o.stdout).unwrap();
    // Which languages it names: the unit test beside HELP_LANGUAGE.
    assert!(help.contains("Messages follow --lang"), "{help}");
    assert!(help.contains("--help text itself is in English"), "{help}");
}

/// The package's man page and completions come from the parser's own definition.
#[test]
fn generate_docs_writes_the_man_page_and_completions() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("docs");
    let o = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("generate-docs")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // roff writes a hyphen as `\-`.
    let man = std::fs::read_to_string(out.join("casebook.1"))
        .unwrap()
        .replace("\\-", "-");
    assert!(
        man.starts_with(".ie") || man.contains(".TH casebook 1"),
        "{man}"
    );
    for sub in ["recovery", "due", "forensic-window", "unlock-check"] {
        assert!(man.contains(sub), "{sub} missing from the man page");
    }
    let bash = std::fs::read_to_string(out.join("casebook.bash")).unwrap();
    assert!(bash.contains("--shares"));
    assert!(out.join("_casebook").is_file() && out.join("casebook.fish").is_file());
}
