//! Entries other crates add through the vault: a case file issued (`pdf-generated`).

#![allow(clippy::unwrap_used)]

mod common;

use casebook_store::AuditEvent;
use common::{example, minimal, new_vault};

#[test]
fn a_recorded_case_file_joins_the_chain_and_is_found_by_case() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(&dir.path().join("v"));
    let a = v.add_case(example(), "t").unwrap();
    let b = v.add_case(minimal("B-1", "Б"), "t").unwrap();
    let before = v.audit_head().unwrap().unwrap();

    let first = v.record_pdf_generated(&a.id, r#"{"n":1}"#).unwrap();
    v.record_pdf_generated(&b.id, r#"{"n":2}"#).unwrap();
    let third = v.record_pdf_generated(&a.id, r#"{"n":3}"#).unwrap();

    assert_eq!(first.seq, before.seq + 1);
    assert_eq!(first.prev, before.hash);
    assert_eq!(first.event, "pdf-generated");
    assert_eq!(first.case_id.as_deref(), Some(a.id.as_str()));
    assert_eq!(v.audit_head().unwrap().unwrap().hash, third.hash);

    let of_a = v
        .audit_entries_for_case(&a.id, AuditEvent::PdfGenerated)
        .unwrap();
    let details: Vec<&str> = of_a.iter().map(|e| e.detail.as_str()).collect();
    assert_eq!(details, [r#"{"n":1}"#, r#"{"n":3}"#]);
    // Other kinds of entry about the same case are not mixed in.
    let created = v
        .audit_entries_for_case(&a.id, AuditEvent::CaseCreated)
        .unwrap();
    assert_eq!(created.len(), 1);
    assert!(v.verify().unwrap().is_ok());
}
