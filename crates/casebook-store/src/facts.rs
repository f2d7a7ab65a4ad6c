//! The statistics facts of every live case, read from `cases.facts` (kept by the
//! index on every write) and kept in memory until the next write, so that picking
//! another dimension on the statistics screen reads nothing again.

use std::sync::Arc;

use casebook_core::facts::CaseFacts;

use crate::{StoreError, Vault};

impl Vault {
    /// The facts of every live case; deleted cases are not among them.
    pub fn case_facts(&self) -> Result<Arc<Vec<CaseFacts>>, StoreError> {
        if let Some(f) = self.list_cache().and_then(|c| c.facts.clone()) {
            return Ok(f);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT facts FROM cases WHERE deleted = 0")?;
        let mut rows = stmt.query([])?;
        let mut all = vec![];
        while let Some(r) = rows.next()? {
            let text: Option<String> = r.get(0)?;
            // Written by this program from a record on every write; anything else
            // was changed behind its back.
            let facts = text
                .as_deref()
                .and_then(|t| CaseFacts::from_compact(t).ok())
                .ok_or(StoreError::DatabaseDamaged)?;
            all.push(facts);
        }
        let all = Arc::new(all);
        if let Some(mut cache) = self.list_cache() {
            cache.facts = Some(all.clone());
        }
        Ok(all)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use casebook_core::facts::StatsConsent;

    use crate::vault::testing;

    #[test]
    fn facts_follow_edits_and_deletions_and_are_refilled_by_the_migration() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        let mut r = testing::case("A", "a");
        r.status = Some("open".into());
        let id = v.add_case(r.clone(), "t").unwrap().id;
        v.add_case(testing::case("B", "b"), "t").unwrap();
        let facts = v.case_facts().unwrap();
        assert_eq!(facts.len(), 2);
        assert!(facts.iter().all(|f| f.consent == StatsConsent::NeverAsked));

        r.status = Some("closed".into());
        v.edit_case(&id, r, "t", None).unwrap();
        let statuses: Vec<_> = v
            .case_facts()
            .unwrap()
            .iter()
            .filter_map(|f| f.status.clone())
            .collect();
        assert_eq!(statuses, vec!["closed"]);

        v.delete_case(&id, "t", None).unwrap();
        assert_eq!(v.case_facts().unwrap().len(), 1);

        // As a vault from before schema 10 left it.
        v.conn.execute("UPDATE cases SET facts = NULL", []).unwrap();
        v.conn.pragma_update(None, "user_version", 9).unwrap();
        drop(v);
        let v = testing::reopen(dir.path());
        assert_eq!(v.case_facts().unwrap().len(), 1);
    }

    #[test]
    fn altered_facts_are_damage() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        v.add_case(testing::case("A", "a"), "t").unwrap();
        v.conn
            .execute("UPDATE cases SET facts = 'not json'", [])
            .unwrap();
        assert!(matches!(
            v.case_facts(),
            Err(crate::StoreError::DatabaseDamaged)
        ));
    }
}
