//! The case list's two ways of answering (ordered case numbers with filter sets, and
//! plain SQL) must agree on every filter, sort and page, and its caches must never
//! show a list from before a write.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use casebook_store::{CaseQuery, SortKey, Vault, SEARCH_CAP};
use common::*;

fn codes(vault: &Vault, q: &CaseQuery) -> (u64, Vec<String>) {
    let page = vault.list_cases(q).unwrap();
    (page.total, page.items.into_iter().map(|c| c.code).collect())
}

fn filters() -> Vec<CaseQuery> {
    let f = |g: &dyn Fn(&mut CaseQuery)| {
        let mut q = CaseQuery::default();
        g(&mut q);
        q
    };
    vec![
        CaseQuery::default(),
        f(&|q| q.status = Some("open".into())),
        f(&|q| q.country = Some("KZ".into())),
        f(&|q| q.act_type = Some("beating".into())),
        f(&|q| q.consent = Some("lawyer".into())),
        f(&|q| q.agency = Some("police".into())),
        f(&|q| q.date_from = Some("2025-06".into())),
        f(&|q| q.date_to = Some("2025-06".into())),
        f(&|q| q.due_before = Some("2026-06-30".into())),
        f(&|q| {
            q.status = Some("open".into());
            q.act_type = Some("beating".into());
            q.date_from = Some("2024".into());
        }),
        f(&|q| {
            q.country = Some("UA".into());
            q.consent = Some("lawyer".into());
        }),
        f(&|q| q.text = Some("задерж".into())),
        f(&|q| q.text = Some("police".into())),
        f(&|q| {
            q.text = Some("аптек".into());
            q.status = Some("open".into());
        }),
    ]
}

#[test]
fn ordered_lists_agree_with_sql_for_every_filter_sort_and_page() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    vault
        .add_cases(casebook_demo::generate(11, 400), "t")
        .unwrap();
    let mut nonempty = 0;
    for base in filters() {
        for sort in SortKey::ALL {
            for (offset, limit) in [(0, 50), (37, 25), (390, 50)] {
                let q = CaseQuery {
                    sort,
                    offset,
                    limit,
                    ..base.clone()
                };
                // Including deleted cases takes the SQL path; with none deleted the
                // answers must be the same.
                let by_sql = CaseQuery {
                    include_deleted: true,
                    ..q.clone()
                };
                let (total, got) = codes(&vault, &q);
                let (sql_total, want) = codes(&vault, &by_sql);
                assert_eq!(total, sql_total, "{q:?}");
                // Ties in a non-unique sort key may come in any order: compare the
                // set of the page and the sort key's order.
                assert_eq!(got.len(), want.len(), "{q:?}");
                if matches!(sort, SortKey::CodeAsc | SortKey::CodeDesc) {
                    assert_eq!(got, want, "{q:?}");
                }
                nonempty += usize::from(!got.is_empty());
            }
        }
    }
    assert!(nonempty > 100, "the filters must select something");
}

#[test]
fn a_write_is_seen_by_the_next_list_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    for i in 0..20 {
        let mut r = minimal(&format!("UA-KYI-2026-{i:04}"), "X");
        r.status = Some("open".into());
        vault.add_case(r, "t").unwrap();
    }
    let open = CaseQuery {
        status: Some("open".into()),
        ..Default::default()
    };
    assert_eq!(vault.list_cases(&open).unwrap().total, 20);
    let oldest_first = CaseQuery {
        sort: SortKey::UpdatedAsc,
        ..Default::default()
    };
    assert_eq!(
        codes(&vault, &oldest_first).1[0],
        "UA-KYI-2026-0000",
        "filled the caches"
    );

    let mut r = vault.get_case("UA-KYI-2026-0000").unwrap().record;
    r.status = Some("closed".into());
    vault.edit_case("UA-KYI-2026-0000", r, "t", None).unwrap();
    assert_eq!(vault.list_cases(&open).unwrap().total, 19);
    let newest = codes(&vault, &CaseQuery::default()).1;
    assert_eq!(
        newest[0], "UA-KYI-2026-0000",
        "the edit moved it to the top"
    );
    assert_eq!(codes(&vault, &oldest_first).1[0], "UA-KYI-2026-0001");

    vault.delete_case("UA-KYI-2026-0005", "t", None).unwrap();
    assert_eq!(vault.list_cases(&CaseQuery::default()).unwrap().total, 19);
    assert!(!codes(&vault, &open)
        .1
        .contains(&"UA-KYI-2026-0005".to_owned()));
}

#[test]
fn a_search_matching_more_than_the_cap_says_so_and_lists_the_newest() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let n = SEARCH_CAP as usize + 20;
    vault
        .add_cases(
            (0..n).map(|i| {
                let mut r = minimal(&format!("UA-KYI-2026-{i:04}"), "Оксана");
                r.notes = Some(format!("задержали у аптеки, запись {i}"));
                r
            }),
            "t",
        )
        .unwrap();
    let q = |text: &str, all: bool| {
        vault
            .list_cases(&CaseQuery {
                text: Some(text.into()),
                all_matches: all,
                sort: SortKey::CodeDesc,
                limit: 5,
                ..Default::default()
            })
            .unwrap()
    };
    let capped = q("задерж", false);
    assert_eq!(capped.capped, Some(SEARCH_CAP));
    assert_eq!(capped.total, SEARCH_CAP);
    assert_eq!(capped.items[0].code, format!("UA-KYI-2026-{:04}", n - 1));

    let all = q("задерж", true);
    assert_eq!(all.capped, None);
    assert_eq!(all.total, n as u64);

    let one = q("запись 1019", false);
    assert_eq!(one.capped, None, "a narrow search is not capped");
    assert_eq!(one.total, 1);
}

#[test]
fn an_edit_moves_a_case_between_act_agency_and_consent_filters() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let mut r = example();
    r.code = "UA-KYI-2026-0001".into();
    vault.add_case(r, "t").unwrap();
    let by = |g: &dyn Fn(&mut CaseQuery)| {
        let mut q = CaseQuery::default();
        g(&mut q);
        q
    };
    let beating = by(&|q| q.act_type = Some("beating".into()));
    let lawyer = by(&|q| q.consent = Some("lawyer".into()));
    let forced = by(&|q| q.act_type = Some("forced-signature".into()));
    assert_eq!(codes(&vault, &beating).0, 1);
    assert_eq!(codes(&vault, &lawyer).0, 1);
    assert_eq!(codes(&vault, &forced).0, 1);

    let mut r = vault.get_case("UA-KYI-2026-0001").unwrap().record;
    for inc in &mut r.incidents {
        inc.acts
            .retain(|a| a.act_type.as_deref() != Some("beating"));
    }
    r.consents
        .retain(|c| c.destination.as_deref() != Some("lawyer"));
    vault.edit_case("UA-KYI-2026-0001", r, "t", None).unwrap();
    assert_eq!(codes(&vault, &beating).0, 0, "act type removed");
    assert_eq!(codes(&vault, &lawyer).0, 0, "consent removed");
    assert_eq!(codes(&vault, &forced).0, 1, "the other acts stay");

    let mut r = vault.get_case("UA-KYI-2026-0001").unwrap().record;
    r.notes = Some("only the narrative changed".into());
    vault.edit_case("UA-KYI-2026-0001", r, "t", None).unwrap();
    assert_eq!(codes(&vault, &forced).0, 1);
    // The SQL way reads the side tables directly.
    let mut with_deleted = forced.clone();
    with_deleted.include_deleted = true;
    assert_eq!(codes(&vault, &with_deleted).0, 1);
}
