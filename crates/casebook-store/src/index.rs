//! The columns and search text the list needs, derived from the record by the core
//! crate's summary helpers, so that listing never decodes whole records.

use casebook_core::due::DueRule;
use casebook_core::facts::CaseFacts;
use casebook_core::CaseRecord;
use rusqlite::{params, Connection};

use crate::StoreError;

#[derive(Debug, Default, Clone)]
pub(crate) struct CaseIndex {
    pub code: String,
    pub status: Option<String>,
    pub pseudonym: String,
    pub incident_date: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub act_types: Vec<String>,
    pub agencies: Vec<String>,
    pub consents: Vec<String>,
    pub next_due: Option<String>,
    /// [`casebook_core::facts::CaseFacts`] in its compact form.
    pub facts: String,
    pub body: String,
}

pub(crate) fn index_of(record: &CaseRecord, rule: DueRule) -> CaseIndex {
    let owned = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
    let mut body = String::new();
    // Code and pseudonym have their own columns in the FTS table.
    for part in record
        .search_text()
        .into_iter()
        .filter(|p| p.name != "code" && p.name != "pseudonym")
    {
        body.push_str(part.text);
        body.push('\n');
    }
    CaseIndex {
        code: record.code.clone(),
        status: record.status.clone(),
        pseudonym: record.survivor.pseudonym.clone(),
        // ISO text at its precision sorts and compares correctly as a string.
        incident_date: record.first_incident_date().map(|d| d.to_string()),
        country: record.country().map(str::to_owned),
        region: record.region().map(str::to_owned),
        act_types: owned(record.act_types()),
        agencies: owned(record.agencies()),
        consents: owned(record.consented_destinations()),
        // Follow-ups and complaint deadlines alike (casebook_core::due), so that a
        // case the case view shows overdue is in the list's overdue filter.
        next_due: casebook_core::due::next_due(record, rule).map(casebook_core::date::iso),
        facts: facts_text(record),
        body,
    }
}

fn facts_text(record: &CaseRecord) -> String {
    CaseFacts::of(record).to_compact()
}

/// A column derived from the head record whose rule changed in a schema step.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Derived {
    NextDue,
    Facts,
}

/// Sets one derived column of every live case from its head record again: once, when
/// the rule behind it changed (schema 9 added complaint deadlines to `next_due`,
/// schema 10 added `facts`), or the vault's forensic window was set.
pub(crate) fn recompute_derived(conn: &Connection, what: Derived) -> Result<(), StoreError> {
    let mut read = conn.prepare(
        "SELECT c.num, r.content FROM cases c JOIN revisions r ON r.id = c.head
         WHERE c.deleted = 0 AND r.content IS NOT NULL",
    )?;
    let rows = read.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let rule = crate::due::rule(conn)?;
    let mut write = conn.prepare(match what {
        Derived::NextDue => "UPDATE cases SET next_due = ?1 WHERE num = ?2",
        Derived::Facts => "UPDATE cases SET facts = ?1 WHERE num = ?2",
    })?;
    for row in rows {
        let (num, content) = row?;
        let record = crate::cases::from_text(&content)?;
        let value = match what {
            Derived::NextDue => {
                casebook_core::due::next_due(&record, rule).map(casebook_core::date::iso)
            }
            Derived::Facts => Some(facts_text(&record)),
        };
        write.execute(params![value, num])?;
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use crate::vault::testing;
    use crate::{CaseQuery, Vault};

    fn with_complaint(code: &str, complaint: serde_json::Value) -> casebook_core::CaseRecord {
        let mut r = testing::case(code, "a");
        r.responses =
            Some(serde_json::from_value(serde_json::json!({ "complaints": [complaint] })).unwrap());
        r
    }

    fn overdue(v: &Vault) -> Vec<(String, Option<String>)> {
        // What the list's "overdue" filter asks: due on or before yesterday.
        let q = CaseQuery {
            due_before: Some("2026-03-09".into()),
            ..Default::default()
        };
        let mut found: Vec<_> = v
            .list_cases(&q)
            .unwrap()
            .items
            .into_iter()
            .map(|c| (c.code, c.next_due))
            .collect();
        found.sort();
        found
    }

    /// A case whose only open item is a complaint deadline gone by is in the
    /// overdue filter (the case view marks it overdue); one with a response is not.
    /// A vault indexed before the rule counted deadlines gets them on opening.
    #[test]
    fn an_open_complaint_deadline_is_due_and_a_vault_from_before_is_reindexed() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        v.add_case(
            with_complaint("OPEN", serde_json::json!({"deadline": "2026-03-01"})),
            "t",
        )
        .unwrap();
        v.add_case(
            with_complaint(
                "PENDING",
                serde_json::json!({"deadline": "2026-03-02", "response": "pending"}),
            ),
            "t",
        )
        .unwrap();
        v.add_case(
            with_complaint(
                "ANSWERED",
                serde_json::json!({"deadline": "2026-03-01", "response": "rejected"}),
            ),
            "t",
        )
        .unwrap();
        let expected = vec![
            ("OPEN".to_owned(), Some("2026-03-01".to_owned())),
            ("PENDING".to_owned(), Some("2026-03-02".to_owned())),
        ];
        assert_eq!(overdue(&v), expected);

        // As an earlier version left it: deadlines not counted, schema 8.
        v.conn
            .execute("UPDATE cases SET next_due = NULL", [])
            .unwrap();
        v.conn.pragma_update(None, "user_version", 8).unwrap();
        assert!(overdue(&v).is_empty());
        drop(v);
        let v = testing::reopen(dir.path());
        assert_eq!(overdue(&v), expected);
    }
}
