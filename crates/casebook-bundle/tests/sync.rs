//! Two and three vaults exchanging bundles: round trip, idempotence, merges,
//! conflicts, edit vs delete, consent rules.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use casebook_bundle::{
    add_contact, export, import_file, DeviceKeys, ExportOptions, ImportOptions, ImportSummary,
    Recipients, RefusalReason, Selection,
};
use std::collections::BTreeSet;
use std::path::Path;

use casebook_core::Coded;
use casebook_store::{AttachmentMeta, CaseAction, ContactRole, Resolution, Vault};
use common::*;
use serde_json::json;

#[test]
fn round_trip_with_attachments_and_idempotent_reimport() {
    let mut net = Net::new(2);
    let a = net.vaults[0]
        .add_case(record("KZ-1", json!({"status": "open"})), "aigul")
        .unwrap();
    net.vaults[0]
        .add_case(record("KZ-2", json!({})), "aigul")
        .unwrap();
    let photo: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let att = net.vaults[0]
        .attach_reader(
            &a.id,
            &photo[..],
            AttachmentMeta {
                file_name: "photo.jpg".into(),
                ..Default::default()
            },
            "aigul",
        )
        .unwrap();
    net.vaults[0].delete_case("KZ-2", "aigul", None).unwrap();

    let (p, report) = net.export(0, &[1], Selection::All, "all.cbk");
    assert_eq!(report.cases.len(), 2);
    assert!(report.refused.is_empty());
    assert_eq!(report.attachments, 1);
    let s = net.import(1, &p).unwrap();
    assert_eq!(
        (s.added, s.updated, s.conflicts, s.skipped),
        (2, 0, 0, 0),
        "{s:?}"
    );
    assert_eq!(s.attachments_added, 1);
    assert_eq!(s.signer.contact.as_deref(), Some("v0"));
    assert_eq!(graph(&net.vaults[0]), graph(&net.vaults[1]));
    let got = net.vaults[1].get_case("KZ-1").unwrap();
    assert_eq!(got.record, net.vaults[0].get_case("KZ-1").unwrap().record);
    assert!(net.vaults[1].get_case("KZ-2").unwrap().deleted);
    let mut back = vec![];
    net.vaults[1]
        .read_case_attachment("KZ-1", att.sha256.as_deref().unwrap(), &mut back)
        .unwrap();
    assert_eq!(back, photo);
    assert_eq!(net.vaults[1].case_count().unwrap(), 1);
    assert!(net.vaults[1].verify().unwrap().is_ok());

    // Importing the same bundle again changes no case.
    let before = graph(&net.vaults[1]);
    let again = net.import(1, &p).unwrap();
    assert_eq!((again.added, again.updated, again.skipped), (0, 0, 2));
    assert_eq!(again.revisions_added, 0);
    assert_eq!(again.attachments_added, 0);
    assert_eq!(graph(&net.vaults[1]), before);
    // The audit log has both imports and the export.
    let log: Vec<String> = net.vaults[1]
        .audit_entries(0, 1000)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert_eq!(log.iter().filter(|e| *e == "bundle-imported").count(), 2);
    let log0: Vec<String> = net.vaults[0]
        .audit_entries(0, 1000)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(log0.contains(&"bundle-exported".to_owned()));
}

#[test]
fn older_bundles_never_roll_back_and_newer_fast_forward() {
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-1", json!({"status": "open"})), "a")
        .unwrap();
    let (old, _) = net.export(0, &[1], Selection::All, "old.cbk");
    net.vaults[0]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "closed"})),
            "a",
            None,
        )
        .unwrap();
    let (new, _) = net.export(0, &[1], Selection::All, "new.cbk");
    let s = net.import(1, &new).unwrap();
    assert_eq!(s.added, 1);
    let s = net.import(1, &old).unwrap();
    assert_eq!(s.skipped, 1);
    assert_eq!(
        net.vaults[1]
            .get_case("KZ-1")
            .unwrap()
            .record
            .status
            .as_deref(),
        Some("closed")
    );
    // Fast-forward: an older state first, then the newer one.
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-1", json!({"status": "open"})), "a")
        .unwrap();
    let (old, _) = net.export(0, &[1], Selection::All, "old.cbk");
    net.import(1, &old).unwrap();
    net.vaults[0]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "closed"})),
            "a",
            None,
        )
        .unwrap();
    let (new, _) = net.export(0, &[1], Selection::All, "new.cbk");
    let s = net.import(1, &new).unwrap();
    assert_eq!(s.cases[0].action, CaseAction::FastForward);
    assert_eq!(graph(&net.vaults[0]), graph(&net.vaults[1]));
}

#[test]
fn concurrent_edits_merge_silently_when_fields_differ() {
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-1", json!({"status": "open"})), "a")
        .unwrap();
    net.send(0, 1);
    net.vaults[0]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "referred"})),
            "a",
            None,
        )
        .unwrap();
    net.vaults[1]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "open", "notes": "звонила"})),
            "b",
            None,
        )
        .unwrap();
    let s = net.send(0, 1);
    assert_eq!(s.cases[0].action, CaseAction::Merged { conflicts: 0 });
    assert_eq!((s.updated, s.conflicts), (1, 0));
    let merged = net.vaults[1].get_case("KZ-1").unwrap();
    assert_eq!(merged.record.status.as_deref(), Some("referred"));
    assert_eq!(merged.record.notes.as_deref(), Some("звонила"));
    assert_eq!(merged.head.parents.len(), 2);
    // The other side converges to the very same merge revision.
    let s = net.send(1, 0);
    assert_eq!(s.cases[0].action, CaseAction::FastForward);
    assert_eq!(graph(&net.vaults[0]), graph(&net.vaults[1]));
}

#[test]
fn colliding_edits_become_conflicts_and_resolve() {
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(
            record(
                "KZ-1",
                json!({"status": "open", "survivor": {"pseudonym": "A", "age": 30}}),
            ),
            "a",
        )
        .unwrap();
    net.send(0, 1);
    net.vaults[0]
        .edit_case(
            "KZ-1",
            record(
                "KZ-1",
                json!({"status": "open", "survivor": {"pseudonym": "A", "age": 31}}),
            ),
            "aigul",
            None,
        )
        .unwrap();
    net.vaults[1]
        .edit_case(
            "KZ-1",
            record(
                "KZ-1",
                json!({"status": "closed", "survivor": {"pseudonym": "A", "age": 32}}),
            ),
            "dana",
            None,
        )
        .unwrap();
    let s = net.send(0, 1);
    assert_eq!(s.cases[0].action, CaseAction::Merged { conflicts: 1 });
    assert_eq!(s.conflicts, 1);
    let open = net.vaults[1].open_conflicts(None).unwrap();
    assert_eq!(open.len(), 1);
    let c = &open[0];
    assert_eq!(c.path, "survivor.age");
    assert_eq!(c.ours, Some(json!(32)));
    assert_eq!(c.ours_author, "dana");
    assert_eq!(c.theirs, Some(json!(31)));
    assert_eq!(c.theirs_author, "aigul");
    assert_eq!(c.base, Some(json!(30)));
    // The one-sided change merged anyway.
    assert_eq!(
        net.vaults[1]
            .get_case("KZ-1")
            .unwrap()
            .record
            .status
            .as_deref(),
        Some("closed")
    );
    // Resolving adds a revision on top of the merge (which has both parents).
    let head_before = net.vaults[1].get_case("KZ-1").unwrap().head;
    assert_eq!(head_before.parents.len(), 2);
    // Which side the merge kept until resolution depends on the heads' ids; even when
    // it already holds "theirs", resolving adds a revision (the decision travels).
    let rev = net.vaults[1]
        .resolve_conflict("KZ-1", "survivor.age", Resolution::Theirs, "dana")
        .unwrap()
        .expect("a resolution is always recorded");
    assert_eq!(rev.parents, vec![head_before.id.clone()]);
    assert_eq!(
        net.vaults[1].get_case("KZ-1").unwrap().record.survivor.age,
        Some(31)
    );
    assert!(net.vaults[1].open_conflicts(None).unwrap().is_empty());
    assert!(net.vaults[1]
        .resolve_conflict("KZ-1", "survivor.age", Resolution::Ours, "d")
        .is_err());
    // The resolution travels back as a fast-forward.
    let s = net.send(1, 0);
    assert_eq!(s.cases[0].action, CaseAction::FastForward);
    assert_eq!(
        net.vaults[0].get_case("KZ-1").unwrap().record.survivor.age,
        Some(31)
    );
    // A chosen value.
    net.vaults[0]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "closed", "tags": ["a"]})),
            "a",
            None,
        )
        .unwrap();
    net.vaults[1]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "closed", "tags": ["b"]})),
            "b",
            None,
        )
        .unwrap();
    net.send(0, 1);
    net.vaults[1]
        .resolve_conflict("KZ-1", "tags", Resolution::Value(json!(["a", "b"])), "b")
        .unwrap();
    assert_eq!(
        net.vaults[1].get_case("KZ-1").unwrap().record.tags,
        vec!["a", "b"]
    );
}

#[test]
fn attachments_added_on_both_sides_merge_by_hash() {
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-1", json!({})), "a")
        .unwrap();
    net.send(0, 1);
    let meta = |n: &str| AttachmentMeta {
        file_name: n.into(),
        ..Default::default()
    };
    net.vaults[0]
        .attach_reader("KZ-1", &b"first"[..], meta("a.txt"), "a")
        .unwrap();
    net.vaults[1]
        .attach_reader("KZ-1", &b"second"[..], meta("b.txt"), "b")
        .unwrap();
    let s = net.send(0, 1);
    assert_eq!(s.conflicts, 0, "{s:?}");
    let r = net.vaults[1].get_case("KZ-1").unwrap().record;
    assert_eq!(r.evidence.unwrap().attachments.len(), 2);
    net.send(1, 0);
    assert_eq!(graph(&net.vaults[0]), graph(&net.vaults[1]));
    let mut out = vec![];
    let sha = casebook_core::sha256_hex(b"second");
    net.vaults[0]
        .read_case_attachment("KZ-1", &sha, &mut out)
        .unwrap();
    assert_eq!(out, b"second");
}

/// Vault 0 deletes a case that vault 1 edited meanwhile; vault 1 receives the
/// delete, keeps its edit and flags it.
fn edit_against_delete(net: &mut Net) {
    net.vaults[0]
        .add_case(record("KZ-1", json!({"status": "open"})), "a")
        .unwrap();
    net.send(0, 1);
    net.vaults[0].delete_case("KZ-1", "a", None).unwrap();
    net.vaults[1]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "referred"})),
            "b",
            None,
        )
        .unwrap();
    let s = net.send(0, 1);
    assert_eq!(s.cases[0].action, CaseAction::EditKeptOverDelete);
}

#[test]
fn edit_against_delete_keeps_the_edit_and_flags_it() {
    let mut net = Net::new(2);
    edit_against_delete(&mut net);
    let c = net.vaults[1].get_case("KZ-1").unwrap();
    assert!(!c.deleted);
    assert_eq!(c.record.status.as_deref(), Some("referred"));
    let open = net.vaults[1].open_conflicts(None).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].path, "");
    assert_eq!(open[0].theirs, None);
    // The other direction too.
    let s = net.send(1, 0);
    assert_eq!(s.cases[0].action, CaseAction::FastForward);
    assert!(!net.vaults[0].get_case("KZ-1").unwrap().deleted);
    // Choosing the deletion deletes.
    net.vaults[1]
        .resolve_conflict("KZ-1", "", Resolution::Theirs, "b")
        .unwrap();
    assert!(net.vaults[1].get_case("KZ-1").unwrap().deleted);
    // A deletion of an unchanged case simply stands.
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-2", json!({})), "a")
        .unwrap();
    net.vaults[0]
        .add_case(record("KZ-3", json!({})), "a")
        .unwrap();
    net.send(0, 1);
    net.vaults[0].delete_case("KZ-2", "a", None).unwrap();
    net.vaults[1]
        .edit_case("KZ-3", record("KZ-3", json!({"notes": "x"})), "b", None)
        .unwrap();
    net.send(0, 1);
    assert!(net.vaults[1].get_case("KZ-2").unwrap().deleted);
    assert!(net.vaults[1].open_conflicts(None).unwrap().is_empty());
}

#[test]
fn same_code_on_two_devices_keeps_both_cases() {
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-1", json!({"notes": "a"})), "a")
        .unwrap();
    net.vaults[1]
        .add_case(record("KZ-1", json!({"notes": "b"})), "b")
        .unwrap();
    let s = net.send(0, 1);
    assert_eq!(s.added, 1);
    assert_eq!(net.vaults[1].case_count().unwrap(), 2);
    assert!(s.cases[0].code.starts_with("KZ-1~"));
    // Search finds it by the code the list shows, not only by its record's code.
    let q = casebook_store::CaseQuery {
        text: Some(s.cases[0].code.clone()),
        ..Default::default()
    };
    let found = net.vaults[1].list_cases(&q).unwrap();
    assert_eq!(found.total, 1);
    assert_eq!(found.items[0].code, s.cases[0].code);
}

#[test]
fn since_last_export_sends_only_changes() {
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-1", json!({})), "a")
        .unwrap();
    net.vaults[0]
        .add_case(record("KZ-2", json!({})), "a")
        .unwrap();
    let (_, r) = net.export(0, &[1], Selection::SinceLastExport, "1.cbk");
    assert_eq!(r.cases.len(), 2);
    let (_, r) = net.export(0, &[1], Selection::SinceLastExport, "2.cbk");
    assert!(r.cases.is_empty() && r.path.is_none());
    net.vaults[0]
        .edit_case("KZ-2", record("KZ-2", json!({"notes": "n"})), "a", None)
        .unwrap();
    let (p, r) = net.export(0, &[1], Selection::SinceLastExport, "3.cbk");
    assert_eq!(
        r.cases.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
        vec!["KZ-2"]
    );
    assert!(p.exists());
    // Selected cases and a filter.
    let (_, r) = net.export(0, &[1], Selection::Cases(vec!["KZ-1".into()]), "4.cbk");
    assert_eq!(r.cases.len(), 1);
    let q = casebook_store::CaseQuery {
        text: Some("KZ-2".into()),
        ..Default::default()
    };
    let (_, r) = net.export(0, &[1], Selection::Filter(Box::new(q)), "5.cbk");
    assert_eq!(
        r.cases.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
        vec!["KZ-2"]
    );
}

#[test]
fn roles_decide_what_goes_and_refusals_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut me = vault(&dir.path().join("me"));
    let mut lawyer = vault(&dir.path().join("lawyer"));
    let mut network = vault(&dir.path().join("net"));
    introduce(&mut me, &lawyer, "lawyer", ContactRole::Lawyer);
    introduce(&mut me, &network, "network", ContactRole::Network);
    introduce(&mut lawyer, &me, "me", ContactRole::CentreHub);
    introduce(&mut network, &me, "me", ContactRole::CentreHub);
    let identity =
        json!({"pseudonym": "A", "identity": {"legal_name": "Real Name", "phone": "+7 701"}});
    me.add_case(record("C-NONE", json!({"survivor": identity})), "a")
        .unwrap();
    me.add_case(record("C-LAWYER", json!({"survivor": identity, "consents": [{"destination": "lawyer", "given": true, "named_or_anonymised": "named"}]})), "a").unwrap();
    let stats = me.add_case(record("C-STATS", json!({"survivor": identity, "notes": "secret", "consents": [{"destination": "organisation-network-stats", "given": true}]})), "a").unwrap();
    me.attach_reader(
        &stats.id,
        &b"face photo"[..],
        AttachmentMeta {
            file_name: "f.jpg".into(),
            ..Default::default()
        },
        "a",
    )
    .unwrap();

    let out = dir.path().join("l.cbk");
    let r = export(
        &mut me,
        &out,
        &ExportOptions::new(Selection::All, Recipients::Contacts(vec!["lawyer".into()])),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(
        r.cases.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
        vec!["C-LAWYER"]
    );
    assert_eq!(r.refused.len(), 2);
    assert!(
        matches!(&r.refused[0].reason, RefusalReason::ConsentMissing { destination, state, .. } if destination == "lawyer" && state == "missing")
    );
    import_file(
        &mut lawyer,
        &out,
        &ImportOptions::default(),
        "l",
        &mut |_| {},
    )
    .unwrap();
    let got = lawyer.get_case("C-LAWYER").unwrap().record;
    assert_eq!(
        got.survivor.identity.unwrap().legal_name.as_deref(),
        Some("Real Name")
    );

    // A network receives no case records at all, whatever she consented to: the
    // stats consent is for aggregate numbers only.
    let out = dir.path().join("n.cbk");
    let r = export(
        &mut me,
        &out,
        &ExportOptions::new(Selection::All, Recipients::Contacts(vec!["network".into()])),
        &mut |_| {},
    )
    .unwrap();
    assert!(r.cases.is_empty() && r.path.is_none(), "{r:?}");
    assert_eq!(r.refused.len(), 3);
    assert!(r.refused.iter().all(
        |c| matches!(&c.reason, RefusalReason::RoleGetsNoRecords { role } if role == "network")
    ));
    assert!(!out.exists());
    drop(network);
    // Both recipients at once: only what both may have, which is nothing.
    let r = export(
        &mut me,
        &out,
        &ExportOptions::new(
            Selection::All,
            Recipients::Contacts(vec!["lawyer".into(), "network".into()]),
        ),
        &mut |_| {},
    )
    .unwrap();
    assert!(r.cases.is_empty() && r.refused.len() == 3);
    let _ = stats;
}

/// Sends everything `from` has for its contact `to_name` and imports it into `to`.
fn send(from: &mut Vault, to: &mut Vault, to_name: &str, path: &Path) -> ImportSummary {
    let r = export(
        from,
        path,
        &ExportOptions::new(Selection::All, Recipients::Contacts(vec![to_name.into()])),
        &mut |_| {},
    )
    .unwrap();
    assert!(r.path.is_some(), "{r:?}");
    import_file(to, path, &ImportOptions::default(), "t", &mut |_| {}).unwrap()
}

#[test]
fn what_a_sender_may_change_depends_on_the_role_given_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("b.cbk");
    let mut centre = vault(&dir.path().join("centre"));
    let mut lawyer = vault(&dir.path().join("lawyer"));
    introduce(&mut centre, &lawyer, "lawyer", ContactRole::Lawyer);
    introduce(&mut lawyer, &centre, "centre", ContactRole::OwnDevice);
    let consent = json!([{"destination": "lawyer", "given": true, "named_or_anonymised": "named"}]);
    centre
        .add_case(record("C-1", json!({"consents": consent})), "a")
        .unwrap();
    send(&mut centre, &mut lawyer, "lawyer", &p);

    // A lawyer reports what came of a complaint: taken in.
    let with_response = record(
        "C-1",
        json!({"consents": consent, "responses": {"complaints": [{"body": "prosecutor", "response": "rejected"}]}, "notes": "appeal filed"}),
    );
    lawyer
        .edit_case("C-1", with_response, "lawyer", None)
        .unwrap();
    let s = send(&mut lawyer, &mut centre, "centre", &p);
    assert_eq!((s.updated, s.rejected.len()), (1, 0), "{s:?}");
    assert_eq!(s.signer.role, ContactRole::Lawyer);
    let here = centre.get_case("C-1").unwrap().record;
    assert_eq!(here.notes.as_deref(), Some("appeal filed"));

    // Her consent is not the lawyer's to change, nor is who she is. (The import
    // itself is logged; the cases are what must not change.)
    let cases = |v: &Vault| state(v).lines().skip(1).collect::<Vec<_>>().join("\n");
    let before = cases(&centre);
    for changed in [
        json!({"consents": [{"destination": "lawyer", "given": true, "named_or_anonymised": "named"}, {"destination": "documentation", "given": false}]}),
        json!({"consents": consent, "survivor": {"pseudonym": "Другая"}}),
    ] {
        let mut v = lawyer
            .get_case("C-1")
            .unwrap()
            .record
            .to_json_value()
            .unwrap();
        for (k, x) in changed.as_object().unwrap() {
            v[k] = x.clone();
        }
        let r = casebook_core::CaseRecord::from_json_value(v).unwrap();
        lawyer.edit_case("C-1", r, "lawyer", None).unwrap();
        let s = send(&mut lawyer, &mut centre, "centre", &p);
        assert_eq!(s.rejected.len(), 1, "{s:?}");
        assert_eq!(s.rejected[0].reason, "role-may-not-change");
        assert_eq!(cases(&centre), before, "a refused change left traces");
    }

    // Nor may a lawyer add cases (with their attachments) or delete one.
    let new = lawyer
        .add_case(record("C-NEW", json!({})), "lawyer")
        .unwrap();
    lawyer
        .attach_reader(
            &new.id,
            &b"lawyer's photo"[..],
            AttachmentMeta {
                file_name: "p.jpg".into(),
                ..Default::default()
            },
            "lawyer",
        )
        .unwrap();
    lawyer.delete_case("C-1", "lawyer", None).unwrap();
    let s = send(&mut lawyer, &mut centre, "centre", &p);
    let mut reasons: Vec<&str> = s.rejected.iter().map(|r| r.reason.as_str()).collect();
    reasons.sort();
    assert_eq!(
        reasons,
        ["role-may-not-add", "role-may-not-delete"],
        "{s:?}"
    );
    assert_eq!(s.attachments_added, 0);
    assert!(!centre
        .has_blob(&casebook_core::sha256_hex(b"lawyer's photo"))
        .unwrap());
    assert!(centre.get_case("C-NEW").is_err());
    assert!(!centre.get_case("C-1").unwrap().deleted);
    assert!(centre.verify().unwrap().is_ok());

    // Given the role of an own device (after typing the words), the same sender may.
    centre
        .set_contact_role(
            "lawyer",
            ContactRole::OwnDevice,
            Some(&DeviceKeys::of(&lawyer).unwrap().fingerprint()),
        )
        .unwrap();
    let s = send(&mut lawyer, &mut centre, "centre", &p);
    assert_eq!(s.rejected.len(), 0, "{s:?}");
    assert!(centre.get_case("C-1").unwrap().deleted);
    assert_eq!(s.attachments_added, 1);
}

#[test]
fn an_outreach_laptop_may_add_cases_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("b.cbk");
    let mut centre = vault(&dir.path().join("centre"));
    let mut field = vault(&dir.path().join("field"));
    introduce(&mut centre, &field, "field", ContactRole::Outreach);
    introduce(&mut field, &centre, "centre", ContactRole::CentreHub);

    // A new case with its photo: taken in, whole.
    let new = field
        .add_case(
            record("F-1", json!({"notes": "written in the field"})),
            "peer",
        )
        .unwrap();
    field
        .attach_reader(
            &new.id,
            &b"photo of the bruise"[..],
            AttachmentMeta {
                file_name: "p.jpg".into(),
                ..Default::default()
            },
            "peer",
        )
        .unwrap();
    let s = send(&mut field, &mut centre, "centre", &p);
    assert_eq!((s.added, s.rejected.len()), (1, 0), "{s:?}");
    assert_eq!(s.signer.role, ContactRole::Outreach);
    assert_eq!(s.attachments_added, 1);
    // Sent again (no receipt came back yet): nothing changes, nothing is refused.
    let cases = |v: &Vault| state(v).lines().skip(1).collect::<Vec<_>>().join("\n");
    let before = cases(&centre);
    let s = send(&mut field, &mut centre, "centre", &p);
    assert_eq!((s.added, s.updated, s.rejected.len()), (0, 0, 0), "{s:?}");
    assert_eq!(cases(&centre), before);

    // The centre works on the case; the laptop may change none of it, not even
    // its own case, and may not delete it.
    let mut v = centre.get_case("F-1").unwrap().record;
    v.status = Some("closed".into());
    centre.edit_case("F-1", v, "paralegal", None).unwrap();
    let mut theirs = field.get_case("F-1").unwrap().record;
    theirs.notes = Some("changed on the laptop".into());
    field.edit_case("F-1", theirs, "peer", None).unwrap();
    let before = cases(&centre);
    let s = send(&mut field, &mut centre, "centre", &p);
    assert_eq!(s.rejected.len(), 1, "{s:?}");
    assert_eq!(s.rejected[0].reason, "role-may-not-change");
    assert_eq!(cases(&centre), before, "a refused change left traces");
    field.delete_case("F-1", "peer", None).unwrap();
    let s = send(&mut field, &mut centre, "centre", &p);
    assert_eq!(s.rejected[0].reason, "role-may-not-delete", "{s:?}");
    assert!(!centre.get_case("F-1").unwrap().deleted);
    assert_eq!(
        centre.get_case("F-1").unwrap().record.notes.as_deref(),
        Some("written in the field")
    );

    // And it receives nothing: the centre cannot send it a case.
    let r = export(
        &mut centre,
        &p,
        &ExportOptions::new(Selection::All, Recipients::Contacts(vec!["field".into()])),
        &mut |_| {},
    )
    .unwrap();
    assert!(r.cases.is_empty() && r.refused.len() == 1, "{r:?}");
    assert!(ContactRole::Outreach.needs_typed_fingerprint());
}

#[test]
fn full_record_roles_need_the_fingerprint_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir.path().join("a"));
    let b = vault(&dir.path().join("b"));
    let card = DeviceKeys::of(&b).unwrap().card("b");
    for role in [ContactRole::OwnDevice, ContactRole::CentreHub] {
        let e = add_contact(&mut a, &card, None, role, None).unwrap_err();
        assert_eq!(e.code(), "fingerprint-needed");
        let e = add_contact(
            &mut a,
            &card,
            None,
            role,
            Some("abandon abandon abandon abandon abandon abandon"),
        )
        .unwrap_err();
        assert_eq!(e.code(), "fingerprint-mismatch");
    }
    assert!(a.contacts().unwrap().is_empty());
    // The least privileged roles need no words; raising one later does.
    add_contact(&mut a, &card, None, ContactRole::Network, None).unwrap();
    let e = a
        .set_contact_role("b", ContactRole::CentreHub, None)
        .unwrap_err();
    assert_eq!(e.code(), "fingerprint-needed");
    let typed = card.fingerprint.to_uppercase().replace(' ', "-");
    let c = a
        .set_contact_role("b", ContactRole::CentreHub, Some(&typed))
        .unwrap();
    assert_eq!(c.role, ContactRole::CentreHub);
}

/// Opens conflicts as (merge revision, path) pairs, to compare vaults.
fn open_set(v: &casebook_store::Vault) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = v
        .open_conflicts(None)
        .unwrap()
        .into_iter()
        .map(|c| (c.merge_revision, c.path))
        .collect();
    out.sort();
    out
}

#[test]
fn conflicts_travel_with_fast_forwards_and_so_do_resolutions() {
    // v0 and v1 collide on a field; v1 merges (and holds the conflict); v2, which had
    // the case before, and v3, which never had it, receive v1's merge.
    let mut net = Net::new(4);
    net.vaults[0]
        .add_case(
            record("KZ-1", json!({"survivor": {"pseudonym": "A", "age": 30}})),
            "a",
        )
        .unwrap();
    net.send(0, 1);
    net.send(0, 2);
    let edit = |age: u8| record("KZ-1", json!({"survivor": {"pseudonym": "A", "age": age}}));
    net.vaults[0]
        .edit_case("KZ-1", edit(31), "aigul", None)
        .unwrap();
    net.vaults[1]
        .edit_case("KZ-1", edit(32), "dana", None)
        .unwrap();
    let s = net.send(0, 1);
    assert_eq!(s.cases[0].action, CaseAction::Merged { conflicts: 1 });
    let made = net.vaults[1].open_conflicts(None).unwrap();
    assert_eq!(made.len(), 1);

    // Fast-forward onto the merge: the conflict comes along, whole.
    let s = net.send(1, 2);
    assert_eq!(s.cases[0].action, CaseAction::FastForward);
    let got = net.vaults[2].open_conflicts(None).unwrap();
    assert_eq!(got.len(), 1, "{got:?}");
    let (c, m) = (&got[0], &made[0]);
    assert_eq!(
        (&c.path, c.kind, &c.base, &c.merge_revision),
        (&m.path, m.kind, &m.base, &m.merge_revision)
    );
    let mut values = vec![c.ours.clone(), c.theirs.clone()];
    values.sort_by_key(|v| v.as_ref().map(|v| v.to_string()));
    assert_eq!(values, vec![Some(json!(31)), Some(json!(32))]);
    let authors: BTreeSet<&str> = [c.ours_author.as_str(), c.theirs_author.as_str()].into();
    assert_eq!(authors, BTreeSet::from(["aigul", "dana"]));
    // v0's own edit is one side of the merge: there it is "ours".
    let s = net.send(1, 0);
    assert_eq!(s.cases[0].action, CaseAction::FastForward);
    let at0 = net.vaults[0].open_conflicts(None).unwrap();
    assert_eq!(at0.len(), 1);
    assert_eq!(
        (at0[0].ours.clone(), at0[0].ours_author.as_str()),
        (Some(json!(31)), "aigul")
    );
    assert_eq!(at0[0].theirs, Some(json!(32)));
    // A vault that never had the case gets it with its open conflict.
    let s = net.send(1, 3);
    assert_eq!(s.cases[0].action, CaseAction::Added);
    assert_eq!(open_set(&net.vaults[3]), open_set(&net.vaults[1]));
    // Importing again adds nothing twice.
    net.send(1, 2);
    assert_eq!(net.vaults[2].open_conflicts(None).unwrap().len(), 1);

    // Resolved on v2 with the value the merge already holds: the decision is still a
    // revision, so it travels and settles the conflict everywhere.
    let held = net.vaults[2].get_case("KZ-1").unwrap().record.survivor.age;
    let c2 = net.vaults[2].open_conflicts(None).unwrap().remove(0);
    let take = if c2.ours == held.map(|a| json!(a)) {
        Resolution::Ours
    } else {
        Resolution::Theirs
    };
    let rev = net.vaults[2]
        .resolve_conflict("KZ-1", "survivor.age", take, "lawyer")
        .unwrap()
        .expect("a resolution is always recorded");
    assert_eq!(
        net.vaults[2].get_case("KZ-1").unwrap().record.survivor.age,
        held
    );
    assert_eq!(rev.reason.as_deref(), Some("resolve survivor.age"));
    for to in [1, 0, 3] {
        let s = net.send(2, to);
        assert_eq!(s.cases[0].action, CaseAction::FastForward, "to v{to}");
        assert!(
            open_set(&net.vaults[to]).is_empty(),
            "v{to} still shows it open"
        );
    }
    assert_eq!(graph(&net.vaults[0]), graph(&net.vaults[2]));
}

#[test]
fn a_received_conflict_arrives_already_resolved_when_the_resolution_came_too() {
    let mut net = Net::new(3);
    edit_against_delete(&mut net);
    net.vaults[1]
        .resolve_conflict("KZ-1", "", Resolution::Ours, "b")
        .unwrap();
    assert!(net.vaults[1].open_conflicts(None).unwrap().is_empty());
    // v2 gets merge and resolution in one bundle: nothing left open.
    let s = net.send(1, 2);
    assert_eq!(s.cases[0].action, CaseAction::Added);
    assert!(net.vaults[2].open_conflicts(None).unwrap().is_empty());
    assert_eq!(
        net.vaults[2]
            .get_case("KZ-1")
            .unwrap()
            .record
            .status
            .as_deref(),
        Some("referred")
    );
}

#[test]
fn case_entries_are_the_histories_as_serde_writes_them() {
    // The writer copies stored canonical text instead of decoding and re-encoding;
    // the bytes must be what serde_json gives for the decoded history.
    let mut net = Net::new(2);
    let c = net.vaults[0]
        .add_case(
            record(
                "KZ-1",
                json!({"status": "open", "notes": "кавычки \" и \\ и\nперенос \u{1}", "tags": ["b", "a"], "survivor": {"pseudonym": "A", "age": 30}}),
            ),
            "a",
        )
        .unwrap();
    net.vaults[0]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "sealed"})),
            "a",
            None,
        )
        .unwrap();
    net.vaults[0]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"status": "closed"})),
            "a",
            Some("причина: суд"),
        )
        .unwrap();
    net.vaults[0]
        .add_case(record("KZ-2", json!({})), "a")
        .unwrap();
    net.vaults[0].delete_case("KZ-2", "a", None).unwrap();
    let (p, _) = net.export(0, &[1], Selection::All, "bytes.cbk");
    let keys = casebook_bundle::DeviceKeys::of(&net.vaults[1]).unwrap();
    let entries = casebook_bundle::raw::open(&std::fs::read(&p).unwrap(), &keys).unwrap();
    let mut checked = 0;
    for e in &entries {
        let path = String::from_utf8(e.path.clone()).unwrap();
        if let Some(id) = path
            .strip_prefix("cases/")
            .and_then(|r| r.strip_suffix(".json"))
        {
            let expected = serde_json::to_vec(&net.vaults[0].case_history(id).unwrap()).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&e.data),
                String::from_utf8_lossy(&expected)
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 2);
    assert!(entries
        .iter()
        .any(|e| e.path.ends_with(format!("{}.json", c.id).as_bytes())));
}

#[test]
fn attachments_travel_spread_among_the_case_files_and_arrive_whole() {
    let mut net = Net::new(2);
    let mut first = None;
    for i in 1..=8 {
        let c = net.vaults[0]
            .add_case(record(&format!("KZ-{i}"), json!({})), "aigul")
            .unwrap();
        first.get_or_insert(c.id);
    }
    let first = first.unwrap();
    let meta = |n: &str| AttachmentMeta {
        file_name: n.into(),
        ..Default::default()
    };
    // Four files of one size, all on the first case.
    let files: Vec<Vec<u8>> = (0..4u8).map(|k| vec![k; 300_000]).collect();
    for (k, bytes) in files.iter().enumerate() {
        net.vaults[0]
            .attach_reader(&first, &bytes[..], meta(&format!("{k}.jpg")), "aigul")
            .unwrap();
    }
    let (p, report) = net.export(0, &[1], Selection::All, "spread.cbk");
    assert_eq!((report.cases.len(), report.attachments), (8, 4));
    let keys = casebook_bundle::DeviceKeys::of(&net.vaults[1]).unwrap();
    let entries = casebook_bundle::raw::open(&std::fs::read(&p).unwrap(), &keys).unwrap();
    let kinds: String = entries[2..]
        .iter()
        .map(|e| {
            if e.path.starts_with(b"cases/") {
                'C'
            } else {
                'A'
            }
        })
        .collect();
    // In proportion to their bytes: one attachment after every second case file.
    assert_eq!(kinds, "CACCACCACCAC");

    let s = net.import(1, &p).unwrap();
    assert_eq!((s.added, s.attachments_added), (8, 4), "{s:?}");
    for bytes in &files {
        let sha = casebook_core::sha256_hex(bytes);
        let mut back = vec![];
        net.vaults[1]
            .read_case_attachment("KZ-1", &sha, &mut back)
            .unwrap();
        assert_eq!(&back, bytes);
    }
}

#[test]
fn imported_cases_are_indexed_for_search_later_and_found_at_once() {
    let found = |v: &casebook_store::Vault, text: &str| -> Vec<String> {
        let q = casebook_store::CaseQuery {
            text: Some(text.into()),
            ..Default::default()
        };
        let page = v.list_cases(&q).unwrap();
        page.items.into_iter().map(|c| c.code).collect()
    };
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-1", json!({"notes": "изъяли телефон"})), "a")
        .unwrap();
    net.vaults[0]
        .add_case(record("KZ-2", json!({"notes": "избили в отделе"})), "a")
        .unwrap();
    net.send(0, 1);
    // The import queued both cases for the search index instead of indexing them.
    assert_eq!(net.vaults[1].index_search_backlog().unwrap(), 2);
    assert_eq!(found(&net.vaults[1], "телефон"), ["KZ-1"]);

    net.vaults[0]
        .edit_case(
            "KZ-1",
            record("KZ-1", json!({"notes": "отказали в адвокате"})),
            "a",
            None,
        )
        .unwrap();
    net.vaults[0].delete_case("KZ-2", "a", None).unwrap();
    net.send(0, 1);
    // Searched straight after the import: the new text, not the old, and not the
    // deleted case.
    assert_eq!(found(&net.vaults[1], "адвокат"), ["KZ-1"]);
    assert!(found(&net.vaults[1], "телефон").is_empty());
    assert!(found(&net.vaults[1], "отдел").is_empty());
}

#[test]
fn an_empty_contact_name_is_its_own_error_not_a_clash() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir.path().join("a"));
    let b = vault(&dir.path().join("b"));
    let card = DeviceKeys::of(&b).unwrap().card("b");
    let e = add_contact(&mut a, &card, Some("  "), ContactRole::Network, None).unwrap_err();
    assert_eq!(e.code(), "contact-name-empty");
    add_contact(&mut a, &card, None, ContactRole::Network, None).unwrap();
    let e = a.rename_contact("b", " ").unwrap_err();
    assert_eq!(e.code(), "contact-name-empty");
    assert_eq!(a.contacts().unwrap()[0].name, "b");
}
