#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use casebook_bundle::{
    add_contact, export, import_file, BundleError, DeviceKeys, ExportOptions, ExportReport,
    ImportOptions, ImportSummary, Recipients, Selection,
};
use casebook_core::CaseRecord;
use casebook_store::{ContactRole, KdfParams, Secret, Vault, VaultOptions};

pub const PASS: &str = "long passphrase";

pub fn vault(dir: &Path) -> Vault {
    Vault::create(
        dir,
        &Secret::from(PASS),
        &VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..Default::default()
        },
    )
    .unwrap()
    .0
}

pub fn record(code: &str, extra: serde_json::Value) -> CaseRecord {
    let mut v = serde_json::json!({"code": code, "survivor": {"pseudonym": "Айгуль"}});
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        for (k, x) in e {
            o.insert(k.clone(), x.clone());
        }
    }
    CaseRecord::from_json_value(v).unwrap()
}

/// Makes `b` a contact of `a` under `name` with `role`.
pub fn introduce(a: &mut Vault, b: &Vault, name: &str, role: ContactRole) {
    let card = DeviceKeys::of(b).unwrap().card(name);
    let parsed = casebook_bundle::ContactCard::parse(&card.to_text()).unwrap();
    // The words as the person would have typed them after comparing by phone.
    add_contact(a, &parsed, None, role, Some(&card.fingerprint)).unwrap();
}

/// Several vaults that all know each other as own devices: v0 knows "v1", "v2", ...
pub struct Net {
    pub dir: tempfile::TempDir,
    pub vaults: Vec<Vault>,
}

impl Net {
    pub fn new(n: usize) -> Net {
        let dir = tempfile::tempdir().unwrap();
        let mut vaults: Vec<Vault> = (0..n)
            .map(|i| vault(&dir.path().join(format!("v{i}"))))
            .collect();
        for i in 0..n {
            for j in 0..n {
                if i != j {
                    let card = DeviceKeys::of(&vaults[j]).unwrap().card(&format!("v{j}"));
                    add_contact(
                        &mut vaults[i],
                        &card,
                        None,
                        ContactRole::OwnDevice,
                        Some(&card.fingerprint),
                    )
                    .unwrap();
                }
            }
        }
        Net { dir, vaults }
    }

    pub fn bundle_path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Exports everything from `from` to `to` and imports it there.
    pub fn send(&mut self, from: usize, to: usize) -> ImportSummary {
        let p = self.bundle_path(&format!("b-{from}-{to}.cbk"));
        let opts = ExportOptions::new(Selection::All, Recipients::Contacts(vec![format!("v{to}")]));
        let r = export(&mut self.vaults[from], &p, &opts, &mut |_| {}).unwrap();
        assert!(r.path.is_some(), "{r:?}");
        import_file(
            &mut self.vaults[to],
            &p,
            &ImportOptions::default(),
            "tester",
            &mut |_| {},
        )
        .unwrap()
    }

    pub fn export(
        &mut self,
        from: usize,
        to: &[usize],
        sel: Selection,
        name: &str,
    ) -> (PathBuf, ExportReport) {
        let p = self.bundle_path(name);
        let opts = ExportOptions::new(
            sel,
            Recipients::Contacts(to.iter().map(|t| format!("v{t}")).collect()),
        );
        let r = export(&mut self.vaults[from], &p, &opts, &mut |_| {}).unwrap();
        (p, r)
    }

    pub fn import(&mut self, to: usize, p: &Path) -> Result<ImportSummary, BundleError> {
        import_file(
            &mut self.vaults[to],
            p,
            &ImportOptions::default(),
            "tester",
            &mut |_| {},
        )
    }
}

/// Everything about a vault's cases and log, to show that a failed import changed
/// nothing.
pub fn state(v: &Vault) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "audit {:?}\n",
        v.audit_head().unwrap().map(|a| (a.seq, a.hash))
    ));
    for id in v.all_case_ids().unwrap() {
        let h = v.case_history(&id).unwrap();
        let c = v.get_case(&id).unwrap();
        out.push_str(&format!("{id} {} {} {}\n", h.head, c.code, c.deleted));
        for r in &h.revisions {
            out.push_str(&format!("  {}\n", r.info.id));
        }
    }
    out.push_str(&format!(
        "conflicts {}\n",
        v.open_conflicts(None).unwrap().len()
    ));
    out.push_str(&format!("list {}\n", v.case_count().unwrap()));
    out
}

/// Heads and revision sets only (for comparing vaults with each other).
pub fn graph(v: &Vault) -> Vec<(String, String, bool, Vec<String>)> {
    let mut out = vec![];
    for id in v.all_case_ids().unwrap() {
        let h = v.case_history(&id).unwrap();
        let mut revs: Vec<String> = h.revisions.iter().map(|r| r.info.id.clone()).collect();
        revs.sort();
        let (head, deleted) = v.case_head(&id).unwrap();
        out.push((id, head, deleted, revs));
    }
    out.sort();
    out
}
