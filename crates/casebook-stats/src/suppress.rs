//! Small-cell suppression: primary (every cell from 1 to k-1 cases is hidden) and
//! complementary (no hidden cell may be the only unknown of a line whose other
//! numbers and total are shown, or it could be worked out by subtraction).
//!
//! The table is a list of numbers and the additive relations among them
//! (`sum = part + part + ...`): a row of a single-valued dimension adds up to the
//! row's total, the totals add up to the grand total, and so on. This is the
//! primary/secondary scheme of sdcMicro's tables, with the usual greedy choice of
//! the complement: the smallest visible non-zero number of the line, else its total.

/// One additive relation: `values[sum] == Σ values[parts]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub sum: usize,
    pub parts: Vec<usize>,
}

/// Which numbers to hide. Zeros are never hidden (nor chosen as complements): a
/// zero is shown as zero.
pub fn suppress(values: &[u64], relations: &[Relation], k: u64) -> Vec<bool> {
    suppress_with(values, relations, k, &vec![false; values.len()])
}

/// [`suppress`] where some numbers are `published` elsewhere (a country's total in
/// the country table, for the line of its regions): never hidden, never a complement.
pub fn suppress_with(
    values: &[u64],
    relations: &[Relation],
    k: u64,
    published: &[bool],
) -> Vec<bool> {
    let fixed = |i: usize| published.get(i).copied().unwrap_or(false);
    let mut hidden: Vec<bool> = values
        .iter()
        .enumerate()
        .map(|(i, &v)| v > 0 && v < k && !fixed(i))
        .collect();
    loop {
        let mut changed = false;
        for rel in relations {
            let unknown = std::iter::once(rel.sum)
                .chain(rel.parts.iter().copied())
                .filter(|&i| hidden[i])
                .count();
            if unknown != 1 {
                continue;
            }
            let complement = rel
                .parts
                .iter()
                .copied()
                .filter(|&i| !hidden[i] && values[i] > 0 && !fixed(i))
                .min_by_key(|&i| (values[i], i))
                .or_else(|| {
                    (!hidden[rel.sum] && values[rel.sum] > 0 && !fixed(rel.sum)).then_some(rel.sum)
                });
            if let Some(i) = complement {
                hidden[i] = true;
                changed = true;
            }
        }
        if !changed {
            return hidden;
        }
    }
}

/// Whether some hidden number is the only unknown of a relation (and so could be
/// recovered): what [`suppress`] must never leave.
pub fn recoverable(hidden: &[bool], relations: &[Relation]) -> Option<usize> {
    relations.iter().find_map(|rel| {
        let unknown: Vec<usize> = std::iter::once(rel.sum)
            .chain(rel.parts.iter().copied())
            .filter(|&i| hidden[i])
            .collect();
        (unknown.len() == 1).then(|| unknown[0])
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A one-way table: cells then the total.
    fn one_way(cells: &[u64]) -> (Vec<u64>, Vec<Relation>) {
        let mut v = cells.to_vec();
        v.push(cells.iter().sum());
        let rel = Relation {
            sum: cells.len(),
            parts: (0..cells.len()).collect(),
        };
        (v, vec![rel])
    }

    /// A two-way table laid out as the statistics table lays it out: cells row by
    /// row, row totals, column totals, grand total. Relations only along the
    /// single-valued dimensions.
    fn two_way(
        cells: &[Vec<u64>],
        rows_single: bool,
        cols_single: bool,
    ) -> (Vec<u64>, Vec<Relation>) {
        let r = cells.len();
        let c = cells[0].len();
        let mut v: Vec<u64> = cells.iter().flatten().copied().collect();
        let n = r * c;
        for row in cells {
            v.push(row.iter().sum());
        }
        for j in 0..c {
            v.push(cells.iter().map(|row| row[j]).sum());
        }
        v.push(cells.iter().flatten().sum());
        let mut rels = vec![];
        if cols_single {
            for i in 0..r {
                rels.push(Relation {
                    sum: n + i,
                    parts: (0..c).map(|j| i * c + j).collect(),
                });
            }
            rels.push(Relation {
                sum: n + r + c,
                parts: (0..c).map(|j| n + r + j).collect(),
            });
        }
        if rows_single {
            for j in 0..c {
                rels.push(Relation {
                    sum: n + r + j,
                    parts: (0..r).map(|i| i * c + j).collect(),
                });
            }
            rels.push(Relation {
                sum: n + r + c,
                parts: (0..r).map(|i| n + i).collect(),
            });
        }
        (v, rels)
    }

    #[test]
    fn one_hidden_cell_takes_the_next_smallest_with_it() {
        let (v, rels) = one_way(&[20, 3, 9, 12]);
        let hidden = suppress(&v, &rels, 5);
        assert_eq!(hidden, vec![false, true, true, false, false]);
    }

    #[test]
    fn a_line_with_nothing_else_to_hide_hides_its_total() {
        let (v, rels) = one_way(&[0, 3, 0]);
        let hidden = suppress(&v, &rels, 5);
        assert_eq!(hidden, vec![false, true, false, true]);
    }

    #[test]
    fn nothing_under_the_floor_hides_nothing() {
        let (v, rels) = one_way(&[5, 0, 7]);
        assert!(suppress(&v, &rels, 5).iter().all(|h| !h));
    }

    #[test]
    fn two_way_cascades_until_no_line_has_one_unknown() {
        let (v, rels) = two_way(
            &[vec![10, 2, 8], vec![7, 9, 11], vec![6, 12, 13]],
            true,
            true,
        );
        let hidden = suppress(&v, &rels, 5);
        assert!(hidden[1]);
        assert_eq!(recoverable(&hidden, &rels), None);
        assert!(hidden.iter().filter(|h| **h).count() >= 4, "{hidden:?}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// For random tables, every number from 1 to k-1 is hidden, and no hidden
        /// number is determined by one relation of visible numbers.
        #[test]
        fn no_hidden_number_is_one_subtraction_away(
            rows in 1usize..6,
            cols in 1usize..6,
            seed in proptest::collection::vec(0u64..30, 36),
            rows_single in any::<bool>(),
            cols_single in any::<bool>(),
            k in 3u64..11,
        ) {
            let cells: Vec<Vec<u64>> = (0..rows)
                .map(|i| (0..cols).map(|j| seed[i * 6 + j] % (k * 3)).collect())
                .collect();
            let (v, rels) = two_way(&cells, rows_single, cols_single);
            let hidden = suppress(&v, &rels, k);
            for (i, &x) in v.iter().enumerate() {
                if x > 0 && x < k {
                    prop_assert!(hidden[i]);
                }
                if x == 0 {
                    prop_assert!(!hidden[i]);
                }
            }
            prop_assert_eq!(recoverable(&hidden, &rels), None);

            let (v, rels) = one_way(&cells[0]);
            let hidden = suppress(&v, &rels, k);
            prop_assert_eq!(recoverable(&hidden, &rels), None);
        }
    }
}
