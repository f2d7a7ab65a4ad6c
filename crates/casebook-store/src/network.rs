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

/// The `meta` key of the number of this centre's last snapshot sent.
const SENT_SEQ_KEY: &str = "network_snapshot_seq";

/// Snapshots taken in one transaction (one statistics bundle): all of them, or,
/// dropped before [`SnapshotImport::commit`], none.
#[derive(Debug)]
pub struct SnapshotImport<'v> {
    tx: rusqlite::Transaction<'v>,
    kept: usize,
}

impl SnapshotImport<'_> {
    /// Takes a centre's snapshot: checked first (a changed one is refused), then
    /// kept if it is the centre's newest. Audited when kept.
    pub fn accept(&mut self, snapshot: &CentreSnapshot) -> Result<Accepted, StoreError> {
        snapshot.check().map_err(StoreError::BadSnapshot)?;
        let tx = &self.tx;
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
        let mut body = Vec::with_capacity(snapshot.records.len() * 32);
        for r in &snapshot.records {
            r.facts.write_packed(&mut body);
        }
        let seq = i64::try_from(snapshot.seq)
            .map_err(|_| StoreError::BadSnapshot(SnapshotProblem::Facts))?;
        tx.execute(
            "INSERT INTO network_snapshots (centre, name, seq, made_at, records, body)
             VALUES (?1, ?6, ?2, ?3, ?4, ?5)
             ON CONFLICT(centre) DO UPDATE SET seq = excluded.seq, name = excluded.name,
                 made_at = excluded.made_at, records = excluded.records, body = excluded.body",
            params![
                snapshot.centre,
                seq,
                snapshot.made_at,
                snapshot.records.len() as i64,
                body,
                snapshot.name
            ],
        )?;
        audit::append(
            tx,
            AuditEvent::SnapshotImported,
            None,
            &format!(
                "centre={} seq={} records={}",
                snapshot.centre,
                snapshot.seq,
                snapshot.records.len()
            ),
        )?;
        self.kept += 1;
        Ok(standing)
    }

    /// Snapshots kept so far.
    pub fn kept(&self) -> usize {
        self.kept
    }

    pub fn commit(self) -> Result<(), StoreError> {
        self.tx.commit()?;
        Ok(())
    }
}

impl Vault {
    /// Starts taking the snapshots of one statistics bundle.
    pub fn begin_snapshots(&mut self) -> Result<SnapshotImport<'_>, StoreError> {
        Ok(SnapshotImport {
            tx: self.conn.transaction()?,
            kept: 0,
        })
    }

    /// Takes one snapshot in a transaction of its own.
    pub fn accept_snapshot(&mut self, snapshot: &CentreSnapshot) -> Result<Accepted, StoreError> {
        let mut import = self.begin_snapshots()?;
        let standing = import.accept(snapshot)?;
        import.commit()?;
        Ok(standing)
    }

    /// The number the next snapshot of this centre's own cases takes: one more
    /// than the last one sent.
    pub fn next_snapshot_seq(&self) -> Result<u64, StoreError> {
        let last = match crate::vault::meta(&self.conn, SENT_SEQ_KEY)? {
            None => 0,
            Some(t) => t.parse::<u64>().map_err(|_| StoreError::DatabaseDamaged)?,
        };
        Ok(last + 1)
    }

    /// Records that a statistics bundle was written: its own snapshot's number (so
    /// the next one is higher) and an audit entry saying what went to whom.
    pub fn record_snapshot_sent(
        &mut self,
        own_seq: Option<u64>,
        detail: &str,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        if let Some(seq) = own_seq {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![SENT_SEQ_KEY, seq.to_string()],
            )?;
        }
        audit::append(&tx, AuditEvent::StatisticsSent, None, detail)?;
        tx.commit()?;
        Ok(())
    }

    /// Every centre this hub holds a snapshot of, by its signing key.
    pub fn network_centres(&self) -> Result<Vec<CentreSummary>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT n.centre, n.seq, n.made_at, n.records, n.name, c.name
             FROM network_snapshots n LEFT JOIN contacts c ON c.sign_key = n.centre
             ORDER BY n.centre",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        let mut out = vec![];
        for row in rows {
            let (centre, seq, made_at, records, name, contact) = row?;
            out.push(CentreSummary {
                centre,
                name,
                contact,
                seq: u64::try_from(seq).map_err(|_| StoreError::DatabaseDamaged)?,
                made_at,
                records: usize::try_from(records).map_err(|_| StoreError::DatabaseDamaged)?,
            });
        }
        Ok(out)
    }

    /// The newest snapshot of one centre as this hub sends it on: its own key,
    /// name, number and time, under fresh record ids from `random`.
    pub fn network_snapshot(
        &self,
        centre: &CentreSummary,
        mut random: impl FnMut() -> u128,
    ) -> Result<CentreSnapshot, StoreError> {
        let body: Vec<u8> = self
            .conn
            .prepare_cached("SELECT body FROM network_snapshots WHERE centre = ?1")?
            .query_row([&centre.centre], |r| r.get(0))?;
        let records = body_facts(&body)?
            .into_iter()
            .map(|facts| AggregateRecord {
                id: format!("{:032x}", random()),
                facts,
            })
            .collect();
        Ok(CentreSnapshot {
            centre: centre.centre.clone(),
            name: centre.name.clone(),
            seq: centre.seq,
            made_at: centre.made_at.clone(),
            records,
        })
    }

    /// Every centre's newest snapshot (see [`Vault::network_snapshot`]).
    pub fn network_snapshots(
        &self,
        mut random: impl FnMut() -> u128,
    ) -> Result<Vec<CentreSnapshot>, StoreError> {
        self.network_centres()?
            .iter()
            .map(|c| self.network_snapshot(c, &mut random))
            .collect()
    }

    /// Every centre's newest snapshot as stored: its signing key, its number of
    /// records and their packed form ([`casebook_core::facts::PackedFacts`]), one
    /// snapshot at a time: a hub of a million records never holds them all at once.
    /// What `each` returns stops it.
    pub fn each_network_body<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(&str, usize, &[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT centre, records, body FROM network_snapshots ORDER BY centre")
            .map_err(StoreError::from)?;
        let mut rows = stmt.query([]).map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let centre = r
                .get_ref(0)
                .map_err(StoreError::from)?
                .as_str()
                .map_err(|_| StoreError::DatabaseDamaged)?;
            let records = usize::try_from(r.get::<_, i64>(1).map_err(StoreError::from)?)
                .map_err(|_| StoreError::DatabaseDamaged)?;
            let body = r
                .get_ref(2)
                .map_err(StoreError::from)?
                .as_blob()
                .map_err(|_| StoreError::DatabaseDamaged)?;
            each(centre, records, body)?;
        }
        Ok(())
    }

    /// The facts of every record, decoded, with the centre's signing key.
    pub fn each_network_fact(
        &self,
        mut each: impl FnMut(&str, CaseFacts),
    ) -> Result<(), StoreError> {
        self.each_network_body(|centre, _, body| {
            for facts in body_facts(body)? {
                each(centre, facts);
            }
            Ok::<_, StoreError>(())
        })
    }

    /// Every record's facts, gathered (tests and small hubs).
    pub fn network_facts(&self) -> Result<Vec<CaseFacts>, StoreError> {
        let mut all = vec![];
        self.each_network_fact(|_, f| all.push(f))?;
        Ok(all)
    }
}

/// A stored snapshot's records. Written by this program; bytes that do not
/// decode were changed behind its back.
fn body_facts(mut body: &[u8]) -> Result<Vec<CaseFacts>, StoreError> {
    let mut out = vec![];
    while !body.is_empty() {
        let mut f = CaseFacts::default();
        f.read_packed(&mut body)
            .map_err(|_| StoreError::DatabaseDamaged)?;
        out.push(f);
    }
    Ok(out)
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
        CentreSnapshot::of_centre(A, "Centre A", seq, at, &facts, || {
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
