//! Any vault can be a hub: the newest statistics snapshot of each centre is kept in
//! `network_snapshots`, apart from cases (never in the list, search, PDFs or case
//! bundles). Which snapshot wins is `casebook_core::network`'s rule; this stores it.

use casebook_core::facts::CaseFacts;
use casebook_core::network::{
    Accepted, AggregateRecord, CentreSnapshot, CentreSummary, SnapshotProblem,
};
use rusqlite::{params, OptionalExtension};

use crate::audit::{self, AuditEvent};
use crate::{StoreError, Vault};

impl Vault {
    /// Takes a centre's snapshot: checked first (a changed one is refused and
    /// changes nothing), then kept if it is the centre's newest. Audited when kept.
    pub fn accept_snapshot(&mut self, snapshot: &CentreSnapshot) -> Result<Accepted, StoreError> {
        snapshot.check().map_err(StoreError::BadSnapshot)?;
        let tx = self.conn.unchecked_transaction()?;
        let held: Option<(i64, String)> = tx
            .query_row(
                "SELECT seq, made_at FROM network_snapshots WHERE centre = ?1",
                [&snapshot.centre],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let held = match held {
            Some((seq, at)) => Some((
                u64::try_from(seq).map_err(|_| StoreError::DatabaseDamaged)?,
                at,
            )),
            None => None,
        };
        let standing = snapshot.standing(held.as_ref().map(|(s, a)| (*s, a.as_str())));
        if !matches!(standing, Accepted::New | Accepted::Replaced { .. }) {
            return Ok(standing);
        }
        let body = snapshot
            .records
            .iter()
            .map(|r| r.facts.to_compact())
            .collect::<Vec<_>>()
            .join("\n");
        let seq = i64::try_from(snapshot.seq)
            .map_err(|_| StoreError::BadSnapshot(SnapshotProblem::Facts))?;
        tx.execute(
            "INSERT INTO network_snapshots (centre, seq, made_at, records, body)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(centre) DO UPDATE SET seq = excluded.seq,
                 made_at = excluded.made_at, records = excluded.records, body = excluded.body",
            params![
                snapshot.centre,
                seq,
                snapshot.made_at,
                snapshot.records.len() as i64,
                body
            ],
        )?;
        audit::append(
            &tx,
            AuditEvent::SnapshotImported,
            None,
            &format!(
                "centre={} seq={} records={}",
                snapshot.centre,
                snapshot.seq,
                snapshot.records.len()
            ),
        )?;
        tx.commit()?;
        Ok(standing)
    }

    /// Every centre this hub holds a snapshot of, by its signing key.
    pub fn network_centres(&self) -> Result<Vec<CentreSummary>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT centre, seq, made_at, records FROM network_snapshots ORDER BY centre",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        let mut out = vec![];
        for row in rows {
            let (centre, seq, made_at, records) = row?;
            out.push(CentreSummary {
                centre,
                seq: u64::try_from(seq).map_err(|_| StoreError::DatabaseDamaged)?,
                made_at,
                records: usize::try_from(records).map_err(|_| StoreError::DatabaseDamaged)?,
            });
        }
        Ok(out)
    }

    /// The newest snapshot of each centre, as this hub sends them on (under fresh
    /// record ids from `random`); its facts are what the network counts.
    pub fn network_snapshots(
        &self,
        mut random: impl FnMut() -> u128,
    ) -> Result<Vec<CentreSnapshot>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT body FROM network_snapshots WHERE centre = ?1")?;
        let mut out = vec![];
        for c in self.network_centres()? {
            let body: String = stmt.query_row([&c.centre], |r| r.get(0))?;
            let records = body_facts(&body)?
                .into_iter()
                .map(|facts| AggregateRecord {
                    id: format!("{:032x}", random()),
                    facts,
                })
                .collect();
            out.push(CentreSnapshot {
                centre: c.centre,
                seq: c.seq,
                made_at: c.made_at,
                records,
            });
        }
        Ok(out)
    }

    /// The facts of every record of every centre's newest snapshot.
    pub fn network_facts(&self) -> Result<Vec<CaseFacts>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT body FROM network_snapshots")?;
        let mut rows = stmt.query([])?;
        let mut all = vec![];
        while let Some(r) = rows.next()? {
            all.extend(body_facts(&r.get::<_, String>(0)?)?);
        }
        Ok(all)
    }
}

/// A stored snapshot's records. Written by this program; a line that does not
/// decode was changed behind its back.
fn body_facts(body: &str) -> Result<Vec<CaseFacts>, StoreError> {
    body.lines()
        .map(|line| CaseFacts::from_compact(line).map_err(|_| StoreError::DatabaseDamaged))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use casebook_core::facts::{CaseFacts, StatsConsent};
    use casebook_core::network::{Accepted, CentreSnapshot, SnapshotProblem};

    use crate::vault::testing;
    use crate::StoreError;

    const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    fn snap(seq: u64, n: usize, at: &str) -> CentreSnapshot {
        let facts: Vec<CaseFacts> = (0..n)
            .map(|i| CaseFacts {
                consent: StatsConsent::Given,
                country: Some("KZ".into()),
                acts: vec![if i % 2 == 0 {
                    "beating"
                } else {
                    "extortion-bribe"
                }
                .into()],
                ..Default::default()
            })
            .collect();
        let mut k = 0u128;
        let at = chrono::DateTime::parse_from_rfc3339(at)
            .unwrap()
            .with_timezone(&chrono::Utc);
        CentreSnapshot::of_centre(A, seq, at, &facts, || {
            k += 1;
            k
        })
    }

    #[test]
    fn a_hub_keeps_the_newest_snapshot_of_a_centre_apart_from_cases() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        v.add_case(testing::case("A", "a"), "t").unwrap();
        assert_eq!(
            v.accept_snapshot(&snap(2, 5, "2026-12-01T10:00:00Z"))
                .unwrap(),
            Accepted::New
        );
        assert_eq!(
            v.accept_snapshot(&snap(1, 9, "2026-11-01T10:00:00Z"))
                .unwrap(),
            Accepted::Older { held: 2 }
        );
        assert_eq!(
            v.accept_snapshot(&snap(2, 5, "2026-12-01T10:00:00Z"))
                .unwrap(),
            Accepted::Same
        );
        assert_eq!(v.network_facts().unwrap().len(), 5);
        assert_eq!(
            v.accept_snapshot(&snap(3, 4, "2026-12-02T10:00:00Z"))
                .unwrap(),
            Accepted::Replaced { previous: 2 }
        );
        let facts = v.network_facts().unwrap();
        assert_eq!(facts.len(), 4);
        assert_eq!(facts.iter().filter(|f| f.acts == ["beating"]).count(), 2);
        let centres = v.network_centres().unwrap();
        assert_eq!((centres[0].seq, centres[0].records), (3, 4));
        // Sent on under fresh ids, the same facts.
        let onward = v.network_snapshots(|| 99).unwrap();
        assert_eq!(onward[0].records.len(), 4);
        // Never among the cases.
        assert_eq!(v.case_facts().unwrap().len(), 1);
        let audit = v.audit_entries(0, 1000).unwrap();
        assert_eq!(
            audit
                .iter()
                .filter(|e| e.event == "snapshot-imported")
                .count(),
            2,
            "one entry per kept snapshot"
        );
        assert!(audit
            .iter()
            .filter(|e| e.event == "snapshot-imported")
            .all(|e| !e.detail.contains("beating")));
    }

    #[test]
    fn a_changed_snapshot_is_refused_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        v.accept_snapshot(&snap(1, 3, "2026-12-01T10:00:00Z"))
            .unwrap();
        let mut bad = snap(2, 3, "2026-12-02T10:00:00Z");
        bad.records[0].facts.agencies.push("Sgt. Ivanov".into());
        assert!(matches!(
            v.accept_snapshot(&bad),
            Err(StoreError::BadSnapshot(SnapshotProblem::Facts))
        ));
        assert_eq!(v.network_centres().unwrap()[0].seq, 1);
        assert_eq!(v.network_facts().unwrap().len(), 3);
    }
}
