//! Whose cases a table counts: this vault's own, or, at a hub, the network's (the
//! newest snapshot of every centre, never the hub's own cases).

use std::collections::HashMap;
use std::sync::Arc;

use casebook_core::facts::{CaseFacts, PackedFacts};
use casebook_store::{StoreError, Vault};
use serde::{Deserialize, Serialize};

use crate::packed::PackedCounter;
use crate::{Counter, StatsError, StatsQuery, StatsTable};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    #[default]
    Cases,
    Network,
}

impl Scope {
    /// Hands every case's facts to `each`; at the network scope with its centre's
    /// name set, one snapshot read at a time.
    pub fn each(self, vault: &Vault, each: &mut dyn FnMut(&CaseFacts)) -> Result<(), StatsError> {
        match self {
            Scope::Cases => {
                for f in vault.case_facts()?.iter() {
                    each(f);
                }
            }
            Scope::Network => {
                let names = centre_names(vault)?;
                // One value read into again and again: no allocation per record.
                let mut f = CaseFacts::default();
                vault.each_network_body(|centre, _, mut body| {
                    f.centre = names.get(centre).cloned();
                    while !body.is_empty() {
                        f.read_packed(&mut body)
                            .map_err(|_| casebook_store::StoreError::DatabaseDamaged)?;
                        each(&f);
                    }
                    Ok::<_, StatsError>(())
                })?;
            }
        }
        Ok(())
    }

    /// The facts, gathered: for what needs them all at once (small vaults).
    pub fn facts(self, vault: &Vault) -> Result<Vec<CaseFacts>, StatsError> {
        let mut all = vec![];
        self.each(vault, &mut |f| all.push(f.clone()))?;
        Ok(all)
    }

    pub fn count(self, vault: &Vault, query: &StatsQuery) -> Result<StatsTable, StatsError> {
        let mut tables = self.count_all(vault, std::slice::from_ref(query))?;
        tables.pop().ok_or(StatsError::BadDimensions)
    }

    /// Several tables from one reading of the facts (the brief's nine).
    pub fn count_all(
        self,
        vault: &Vault,
        queries: &[StatsQuery],
    ) -> Result<Vec<StatsTable>, StatsError> {
        self.check(queries)?;
        if self == Scope::Network {
            return count_network(vault, queries);
        }
        let mut counters = queries
            .iter()
            .map(Counter::new)
            .collect::<Result<Vec<_>, _>>()?;
        self.each(vault, &mut |f| {
            for c in &mut counters {
                c.add(f);
            }
        })?;
        Ok(counters.into_iter().map(Counter::finish).collect())
    }

    /// Refuses a dimension that means nothing here (by centre, of one centre's
    /// own cases).
    pub fn check(self, queries: &[StatsQuery]) -> Result<(), StatsError> {
        let network_only = queries
            .iter()
            .any(|q| q.by.iter().any(|d| d.is_network_only()));
        if self == Scope::Cases && network_only {
            return Err(StatsError::NetworkOnly);
        }
        Ok(())
    }
}

/// A hub's records counted from their packed form, a snapshot at a time (see
/// [`crate::packed`]).
fn count_network(vault: &Vault, queries: &[StatsQuery]) -> Result<Vec<StatsTable>, StatsError> {
    let names = centre_names(vault)?;
    let mut counters = queries
        .iter()
        .map(PackedCounter::new)
        .collect::<Result<Vec<_>, _>>()?;
    let mut centres: Vec<Option<Arc<str>>> = vec![];
    vault.each_network_body(|centre, _, mut body| {
        let number = u32::try_from(centres.len()).map_err(|_| StoreError::DatabaseDamaged)?;
        centres.push(names.get(centre).cloned());
        while !body.is_empty() {
            let p = PackedFacts::read(&mut body).map_err(|_| StoreError::DatabaseDamaged)?;
            for c in &mut counters {
                c.add(&p, number);
            }
        }
        Ok::<_, StatsError>(())
    })?;
    Ok(counters.into_iter().map(|c| c.finish(&centres)).collect())
}

/// The name shown for each centre, by signing key: the hub's contact's name for
/// it, else the name it gives itself; names that clash get the start of their key,
/// so two centres never add up in one cell.
pub fn centre_names(vault: &Vault) -> Result<HashMap<String, Arc<str>>, StatsError> {
    let centres = vault.network_centres()?;
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for c in &centres {
        *seen.entry(c.shown_name()).or_default() += 1;
    }
    Ok(centres
        .iter()
        .map(|c| {
            let name = c.shown_name();
            let shown = if seen.get(name).copied().unwrap_or(0) > 1 {
                format!("{name} ({})", c.centre.get(..8).unwrap_or(&c.centre))
            } else {
                name.to_owned()
            };
            (c.centre.clone(), Arc::from(shown))
        })
        .collect())
}
