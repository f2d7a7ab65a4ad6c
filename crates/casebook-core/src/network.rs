//! A network's picture: what a centre sends a hub (one de-identified record per
//! consented case, and nothing else), and how a hub keeps the newest snapshot of
//! every centre so that each case counts once, however the snapshots travel.
//!
//! A record is a case's [`CaseFacts`] under a random id: no case id, code,
//! pseudonym, identity, narrative, settlement, day or free text, since `CaseFacts`
//! cannot hold them. Ids are drawn anew for every export, so two exports cannot be
//! linked record by record. A snapshot is a centre's complete set at one moment,
//! numbered: the hub replaces the centre's previous one, never with an older one.
//! Hubs chain: what a hub sends on is the newest snapshot of each centre it holds,
//! each still under its origin centre's signing key, so a regional hub that
//! hears of a centre both directly and through a national hub counts it once.

use std::collections::BTreeMap;

use crate::facts::{CaseFacts, StatsConsent};
use serde::{Deserialize, Serialize};

/// One consented case, de-identified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AggregateRecord {
    /// 32 hex digits, random per export.
    pub id: String,
    pub facts: CaseFacts,
}

/// A centre's complete set of consented cases at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreSnapshot {
    /// The signing key of the centre whose cases these are: its device's Ed25519
    /// public key as hex, as a bundle's `sender.sign_key` names it (the six-word
    /// fingerprint people compare is derived from it and its age recipient).
    pub centre: String,
    /// The centre's name as it calls itself (its bundles' sender name, possibly
    /// empty), shown when the hub has no contact of its own for it (a centre heard
    /// of through a hub).
    pub name: String,
    /// Grows by one with each snapshot the centre makes.
    pub seq: u64,
    /// When the centre made it (RFC 3339, UTC), shown to the coordinator.
    pub made_at: String,
    pub records: Vec<AggregateRecord>,
}

/// Why a snapshot was refused: it is not what Casebook writes, so it was made or
/// changed by something else. Nothing of it is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotProblem {
    #[error("the centre's key is not an Ed25519 public key in hex")]
    Centre,
    #[error("the centre's name is too long or holds control characters")]
    Name,
    #[error("the time it was made is not a time")]
    MadeAt,
    #[error("a record id is not 32 hex digits, or appears twice")]
    RecordId,
    /// A value that is not a code of its list, a list naming a code twice, or a
    /// case without given consent: what only a changed file can hold.
    #[error("a record holds more than statistics may")]
    Facts,
}

impl SnapshotProblem {
    pub fn code(self) -> &'static str {
        match self {
            SnapshotProblem::Centre => "centre",
            SnapshotProblem::Name => "name",
            SnapshotProblem::MadeAt => "made-at",
            SnapshotProblem::RecordId => "record-id",
            SnapshotProblem::Facts => "facts",
        }
    }
}

/// Facts as only Casebook writes them: every value a code of its list (the compact
/// form keeps codes and nothing else, so a round trip through it changes nothing),
/// no code twice in a list, consent given.
fn clean(f: &CaseFacts) -> bool {
    let lists = [
        &f.acts,
        &f.agencies,
        &f.location_types,
        &f.substances,
        &f.medical_attention,
        &f.complaint_bodies,
        &f.complaint_responses,
        &f.complaint_outcomes,
    ];
    let once = lists
        .iter()
        .all(|l| l.iter().enumerate().all(|(i, c)| !l[..i].contains(c)));
    f.consent == StatsConsent::Given
        && once
        && CaseFacts::from_compact(&f.to_compact()).as_ref() == Ok(f)
}

/// What a contact's name may be: a line of text a person typed.
pub const MAX_NAME_CHARS: usize = 200;

fn name_ok(name: &str) -> bool {
    name.chars().count() <= MAX_NAME_CHARS && !name.chars().any(char::is_control)
}

fn hex_of(len: usize, s: &str) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

impl CentreSnapshot {
    /// The snapshot a centre sends: one record per case whose network-statistics
    /// consent is given, under ids from `random`.
    pub fn of_centre(
        centre: &str,
        name: &str,
        seq: u64,
        made_at: chrono::DateTime<chrono::Utc>,
        facts: &[CaseFacts],
        mut random: impl FnMut() -> u128,
    ) -> CentreSnapshot {
        let records = facts
            .iter()
            .filter(|f| f.consent == StatsConsent::Given)
            .map(|f| AggregateRecord {
                id: format!("{:032x}", random()),
                facts: f.clone(),
            })
            .collect();
        CentreSnapshot {
            centre: centre.to_owned(),
            name: name.trim().to_owned(),
            seq,
            made_at: made_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            records,
        }
    }

    /// Refuses what Casebook does not write (see [`SnapshotProblem`]).
    pub fn check(&self) -> Result<(), SnapshotProblem> {
        // 32 bytes of Ed25519 public key, as lower-case hex.
        if !hex_of(64, &self.centre) {
            return Err(SnapshotProblem::Centre);
        }
        if !name_ok(&self.name) {
            return Err(SnapshotProblem::Name);
        }
        if chrono::DateTime::parse_from_rfc3339(&self.made_at).is_err() {
            return Err(SnapshotProblem::MadeAt);
        }
        let mut ids = std::collections::HashSet::with_capacity(self.records.len());
        for r in &self.records {
            if !hex_of(32, &r.id) || !ids.insert(r.id.as_str()) {
                return Err(SnapshotProblem::RecordId);
            }
            if !clean(&r.facts) {
                return Err(SnapshotProblem::Facts);
            }
        }
        Ok(())
    }

    /// How this snapshot stands against the one held for its centre (its number
    /// and time made): the higher number wins, then the later time (a centre
    /// restored from an old copy may repeat a number); the same number and time is
    /// the same snapshot, whatever a changed copy says.
    pub fn standing(&self, held: Option<(u64, &str)>) -> Accepted {
        let Some((seq, made_at)) = held else {
            return Accepted::New;
        };
        // Compared as times, whatever offset each was written with.
        let key = |seq: u64, at: &str| (seq, chrono::DateTime::parse_from_rfc3339(at).ok());
        match key(self.seq, &self.made_at).cmp(&key(seq, made_at)) {
            std::cmp::Ordering::Greater => Accepted::Replaced { previous: seq },
            std::cmp::Ordering::Equal => Accepted::Same,
            std::cmp::Ordering::Less => Accepted::Older { held: seq },
        }
    }
}

/// What became of a snapshot at the hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepted {
    /// The first from this centre.
    New,
    /// It replaced the centre's snapshot `previous`.
    Replaced { previous: u64 },
    /// The hub holds a newer one; nothing changed.
    Older { held: u64 },
    /// The hub holds this very one; nothing changed.
    Same,
}

/// A centre as the coordinator sees it: who has reported, when, how much.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CentreSummary {
    pub centre: String,
    /// The name the centre gives itself.
    pub name: String,
    /// The hub's own contact for it, when it has one (a centre heard of through
    /// another hub has none).
    pub contact: Option<String>,
    pub seq: u64,
    pub made_at: String,
    pub records: usize,
}

/// The newest snapshot of every centre a hub has heard of.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hub {
    centres: BTreeMap<String, CentreSnapshot>,
}

impl CentreSummary {
    /// What a coordinator calls it: her contact's name, else its own, else (a
    /// centre that gave none) the start of its key.
    pub fn shown_name(&self) -> &str {
        match self.contact.as_deref() {
            Some(c) => c,
            None if !self.name.trim().is_empty() => &self.name,
            None => self.centre.get(..12).unwrap_or(&self.centre),
        }
    }
}

impl Hub {
    /// Takes a checked snapshot: a newer one replaces the centre's, an older one
    /// or the same one again changes nothing.
    pub fn accept(&mut self, snapshot: CentreSnapshot) -> Result<Accepted, SnapshotProblem> {
        snapshot.check()?;
        let held = self.centres.get(&snapshot.centre);
        let standing = snapshot.standing(held.map(|h| (h.seq, h.made_at.as_str())));
        if matches!(standing, Accepted::New | Accepted::Replaced { .. }) {
            self.centres.insert(snapshot.centre.clone(), snapshot);
        }
        Ok(standing)
    }

    /// The facts the network counts: every record of every centre's newest snapshot.
    pub fn facts(&self) -> Vec<CaseFacts> {
        self.centres
            .values()
            .flat_map(|s| s.records.iter().map(|r| r.facts.clone()))
            .collect()
    }

    pub fn centres(&self) -> Vec<CentreSummary> {
        self.centres
            .values()
            .map(|s| CentreSummary {
                centre: s.centre.clone(),
                name: s.name.clone(),
                contact: None,
                seq: s.seq,
                made_at: s.made_at.clone(),
                records: s.records.len(),
            })
            .collect()
    }

    /// What this hub sends on to a regional hub: each centre's newest snapshot,
    /// under its own key and number, with fresh record ids (so the regional
    /// hub cannot link them to an earlier sending).
    pub fn onward(&self, mut random: impl FnMut() -> u128) -> Vec<CentreSnapshot> {
        self.centres
            .values()
            .map(|s| CentreSnapshot {
                records: s
                    .records
                    .iter()
                    .map(|r| AggregateRecord {
                        id: format!("{:032x}", random()),
                        facts: r.facts.clone(),
                    })
                    .collect(),
                ..s.clone()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(act: &str, consent: StatsConsent) -> CaseFacts {
        CaseFacts {
            consent,
            country: Some("KZ".into()),
            region: Some("KZ-75".into()),
            acts: vec![act.into()],
            ..Default::default()
        }
    }

    fn counter() -> impl FnMut() -> u128 {
        let mut n = 0u128;
        move || {
            n += 1;
            n.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835)
        }
    }

    fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
        chrono::DateTime::parse_from_rfc3339(s)
            .map(|d| d.with_timezone(&chrono::Utc))
            .unwrap_or_default()
    }

    const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const B: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    fn snap(centre: &str, seq: u64, n: usize) -> CentreSnapshot {
        let all: Vec<CaseFacts> = (0..n)
            .map(|_| facts("beating", StatsConsent::Given))
            .collect();
        CentreSnapshot::of_centre(
            centre,
            "Centre",
            seq,
            at("2026-12-01T10:00:00Z"),
            &all,
            counter(),
        )
    }

    #[test]
    fn only_given_consent_travels_and_ids_are_fresh_each_time() {
        let all = vec![
            facts("beating", StatsConsent::Given),
            facts("extortion", StatsConsent::Refused),
            facts("threats", StatsConsent::Revoked),
            facts("beating", StatsConsent::NeverAsked),
        ];
        let mut rng = counter();
        let one =
            CentreSnapshot::of_centre(A, "Centre A", 1, at("2026-12-01T10:00:00Z"), &all, &mut rng);
        let two =
            CentreSnapshot::of_centre(A, "Centre A", 2, at("2026-12-02T10:00:00Z"), &all, &mut rng);
        assert_eq!(one.records.len(), 1);
        assert_eq!(one.records[0].facts.acts, vec!["beating".to_owned()]);
        assert_ne!(one.records[0].id, two.records[0].id);
        assert_eq!(one.check(), Ok(()));
    }

    #[test]
    fn a_newer_snapshot_replaces_an_older_one_never_the_reverse() {
        let mut hub = Hub::default();
        assert_eq!(hub.accept(snap(A, 2, 3)), Ok(Accepted::New));
        assert_eq!(hub.accept(snap(A, 1, 7)), Ok(Accepted::Older { held: 2 }));
        assert_eq!(hub.facts().len(), 3);
        assert_eq!(hub.accept(snap(A, 2, 3)), Ok(Accepted::Same));
        assert_eq!(
            hub.accept(snap(A, 3, 1)),
            Ok(Accepted::Replaced { previous: 2 })
        );
        assert_eq!(hub.facts().len(), 1);
        assert_eq!(hub.accept(snap(B, 1, 4)), Ok(Accepted::New));
        assert_eq!(hub.facts().len(), 5);
        let centres = hub.centres();
        assert_eq!(centres.len(), 2);
        assert_eq!((centres[0].seq, centres[0].records), (3, 1));
    }

    #[test]
    fn a_repeated_number_is_settled_by_the_time_whatever_its_offset() {
        let mut hub = Hub::default();
        hub.accept(snap(A, 2, 3)).unwrap();
        // 12:00 in Almaty is 07:00 UTC: earlier than the held 10:00 UTC.
        let earlier = CentreSnapshot {
            made_at: "2026-12-01T12:00:00+05:00".into(),
            ..snap(A, 2, 9)
        };
        assert_eq!(hub.accept(earlier), Ok(Accepted::Older { held: 2 }));
        let later = CentreSnapshot {
            made_at: "2026-12-01T16:00:00+05:00".into(),
            ..snap(A, 2, 9)
        };
        assert_eq!(hub.accept(later), Ok(Accepted::Replaced { previous: 2 }));
        assert_eq!(hub.facts().len(), 9);
    }

    #[test]
    fn a_hub_of_hubs_counts_each_centre_once() {
        let mut national = Hub::default();
        national.accept(snap(A, 4, 10)).unwrap();
        national.accept(snap(B, 1, 5)).unwrap();
        let mut regional = Hub::default();
        // Centre A also reports to the regional hub directly, an older snapshot.
        regional.accept(snap(A, 3, 8)).unwrap();
        for part in national.onward(counter()) {
            regional.accept(part).unwrap();
        }
        assert_eq!(regional.facts().len(), 15);
        // Sending on again (fresh ids) changes nothing but the ids.
        let mut again = regional.clone();
        let mut n = 1000u128;
        for part in national.onward(move || {
            n += 1;
            n
        }) {
            again.accept(part).unwrap();
        }
        assert_eq!(again.facts().len(), 15);
    }

    #[test]
    fn what_casebook_does_not_write_is_refused_and_changes_nothing() {
        let mut hub = Hub::default();
        hub.accept(snap(A, 1, 2)).unwrap();
        let before = hub.clone();
        let cases: Vec<(CentreSnapshot, SnapshotProblem)> = vec![
            (
                CentreSnapshot {
                    centre: "not a key".into(),
                    ..snap(A, 2, 1)
                },
                SnapshotProblem::Centre,
            ),
            (
                CentreSnapshot {
                    made_at: "yesterday".into(),
                    ..snap(A, 2, 1)
                },
                SnapshotProblem::MadeAt,
            ),
            (
                CentreSnapshot {
                    name: "Centre\u{1b}[2J".into(),
                    ..snap(A, 2, 1)
                },
                SnapshotProblem::Name,
            ),
            (
                CentreSnapshot {
                    name: "x".repeat(MAX_NAME_CHARS + 1),
                    ..snap(A, 2, 1)
                },
                SnapshotProblem::Name,
            ),
            {
                let mut s = snap(A, 2, 2);
                s.records[1].id = s.records[0].id.clone();
                (s, SnapshotProblem::RecordId)
            },
            {
                // A name typed into a code field: not a code, refused.
                let mut s = snap(A, 2, 1);
                s.records[0].facts.acts.push("Aigul Serikovna".into());
                (s, SnapshotProblem::Facts)
            },
            {
                let mut s = snap(A, 2, 1);
                s.records[0].facts.acts.push("beating".into());
                (s, SnapshotProblem::Facts)
            },
            {
                let mut s = snap(A, 2, 1);
                s.records[0].facts.region = Some("KZ-Almaty city, Abay street 5".into());
                (s, SnapshotProblem::Facts)
            },
            {
                let mut s = snap(A, 2, 1);
                s.records[0].facts.consent = StatsConsent::Revoked;
                (s, SnapshotProblem::Facts)
            },
        ];
        for (s, problem) in cases {
            assert_eq!(hub.accept(s), Err(problem));
            assert_eq!(hub, before);
        }
    }

    #[test]
    fn unknown_fields_are_refused_when_read() {
        let mut v = serde_json::to_value(snap(A, 1, 1)).unwrap_or_default();
        v["records"][0]["pseudonym"] = "Aigul".into();
        assert!(serde_json::from_value::<CentreSnapshot>(v).is_err());
    }

    mod order {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Any order of any snapshots of three centres leaves the newest of
            /// each, and the counts of those alone.
            #[test]
            fn any_order_of_imports_counts_the_newest_snapshot_per_centre(
                parts in proptest::collection::vec((0usize..3, 1u64..6, 0usize..6), 1..20),
                seed in any::<u64>(),
            ) {
                let centres = [A, B, "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"];
                // The size of a centre's snapshot follows from its number, as a real
                // centre's would: the same number is the same snapshot.
                let snaps: Vec<CentreSnapshot> = parts
                    .iter()
                    .map(|(c, seq, _)| snap(centres[*c], *seq, (*seq as usize * 3 + *c) % 7))
                    .collect();
                let mut order: Vec<usize> = (0..snaps.len()).collect();
                let mut s = seed;
                for i in (1..order.len()).rev() {
                    s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    order.swap(i, (s >> 33) as usize % (i + 1));
                }
                let mut hub = Hub::default();
                for i in order {
                    hub.accept(snaps[i].clone()).unwrap();
                }
                let mut want = 0;
                for (c, _) in centres.iter().enumerate() {
                    if let Some(newest) = parts.iter().filter(|p| p.0 == c).map(|p| p.1).max() {
                        want += (newest as usize * 3 + c) % 7;
                    }
                }
                prop_assert_eq!(hub.facts().len(), want);
            }
        }
    }
}
