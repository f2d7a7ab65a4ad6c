//! A pseudonymised bundle, opened and read byte by byte: nothing of her identity in
//! any revision's content, reason or author, nor in file names.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use casebook_bundle::raw;
use casebook_bundle::{
    export, import_file, DeviceKeys, ExportOptions, ImportOptions, Recipients, Selection,
};
use casebook_store::{AttachmentMeta, ContactRole};
use common::*;
use serde_json::json;

#[test]
fn a_lawyer_without_named_consent_gets_nothing_that_names_her() {
    let dir = tempfile::tempdir().unwrap();
    let mut me = vault(&dir.path().join("me"));
    let mut lawyer = vault(&dir.path().join("lawyer"));
    introduce(&mut me, &lawyer, "lawyer", ContactRole::Lawyer);
    introduce(&mut lawyer, &me, "me", ContactRole::CentreHub);

    let survivor = json!({
        "pseudonym": "Квітка",
        "settlement": "Київ",
        "identity": {
            "legal_name": "Оксана Квітчаста",
            "date_of_birth": "1990-03-14",
            "phone": "+380 67 123 45 67",
            "address": "Київ, вул. Січових Стрільців 12",
            "id_document": "КВ 123456"
        }
    });
    let consents =
        json!([{"destination": "lawyer", "given": true, "named_or_anonymised": "anonymised"}]);
    let case = me
        .add_case(
            record(
                "UA-1",
                json!({
                    "survivor": survivor,
                    "consents": consents,
                    "notes": "Оксана просила не дзвонити",
                    "incidents": [{
                        "ref": "i1",
                        "narrative": "Квітчастої не було вдома, тому Оксану затримали біля аптеки. Зателефонуйте 067 123 45 67. Народилася 14.03.1990, паспорт КВ123456, живе на Січових Стрільців.",
                        "witnesses": [{"pseudonym": "Марина Гончар", "contact": "067 765 43 21"}]
                    }],
                    "perpetrators": [{"ref": "p1", "name": "Петренко", "rank": "капітан"}],
                    "evidence": {"medical_documentation": [{"findings": "у Оксани синці; бачили Марина й брат Гончара"}]}
                }),
            ),
            "Оксана Квітчаста",
        )
        .unwrap();
    me.attach_reader(
        &case.id,
        &b"photo bytes"[..],
        AttachmentMeta {
            file_name: "Оксана_Квітчаста_синці.jpg".into(),
            ..Default::default()
        },
        "paralegal",
    )
    .unwrap();
    let mut edited = me.get_case(&case.id).unwrap().record;
    edited.status = Some("closed".into());
    me.edit_case(
        &case.id,
        edited,
        "paralegal",
        Some("Квітчаста просила закрити; тел. 0671234567, д.н. 14 березня 1990"),
    )
    .unwrap();

    let out = dir.path().join("l.cbk");
    let report = export(
        &mut me,
        &out,
        &ExportOptions::new(Selection::All, Recipients::Contacts(vec!["lawyer".into()])),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(report.cases.len(), 1);
    assert_eq!(report.attachments, 0);

    let entries = raw::open(
        &std::fs::read(&out).unwrap(),
        &DeviceKeys::of(&lawyer).unwrap(),
    )
    .unwrap();
    let mut all = String::new();
    for e in &entries {
        all.push_str(&String::from_utf8_lossy(&e.path));
        all.push('\n');
        all.push_str(&String::from_utf8_lossy(&e.data));
        all.push('\n');
    }
    let lower = all.to_lowercase();
    for s in [
        "оксан",
        "квітчаст",
        "123 45 67",
        "1234567",
        "765 43 21",
        "7654321",
        "14.03.1990",
        "1990-03-14",
        "14 березня 1990",
        "123456",
        "січових",
        "марин",
        "гончар",
        "петренк",
        "синці.jpg",
    ] {
        assert!(!lower.contains(s), "bundle leaks {s:?}:\n{all}");
    }
    // What is not about who anyone is stays, in every revision.
    for s in [
        "не було вдома",
        "затримали біля аптеки",
        "просила закрити",
        "капітан",
        "paralegal",
    ] {
        assert!(all.contains(s), "bundle lost {s:?}");
    }

    // The lawyer imports it as any bundle, and it reads the same there.
    import_file(
        &mut lawyer,
        &out,
        &ImportOptions::default(),
        "l",
        &mut |_| {},
    )
    .unwrap();
    let got = lawyer.get_case("UA-1").unwrap().record;
    assert!(got.survivor.identity.is_none() && got.evidence.is_some());
    assert_eq!(
        got.incidents[0].narrative.as_deref(),
        Some(
            "[…] не було вдома, тому […] затримали біля аптеки. Зателефонуйте […]. \
             Народилася […], паспорт […], живе на […]."
        )
    );
    let history = lawyer.history("UA-1").unwrap();
    assert!(history.iter().all(|r| !r.author.contains("Оксан")));
    assert!(lawyer.verify().unwrap().is_ok());
}
