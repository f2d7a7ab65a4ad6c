//! From a vault to the files a coordinator hands out: what is counted, what is
//! hidden, and that no file carries anything of a case but counts.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use casebook_core::facts::{CaseFacts, StatsConsent};
use casebook_core::CaseRecord;
use casebook_i18n::Localizer;
use casebook_stats::{count, export, Dimension, StatsFilter, StatsQuery, StatsTable};
use casebook_store::{KdfParams, Secret, Vault, VaultOptions};

const SENTINEL: &str = "SENTINEL-Zq81";

fn vault(dir: &std::path::Path) -> Vault {
    Vault::create(
        dir,
        &Secret::from("long passphrase"),
        &VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..Default::default()
        },
    )
    .unwrap()
    .0
}

/// A case in `region` of Ukraine with `acts`, its free text all sentinels.
fn case(i: usize, region: &str, acts: &[&str], consent: Option<bool>) -> CaseRecord {
    let mut consents = vec![serde_json::json!({"destination": "documentation", "given": true})];
    if let Some(given) = consent {
        consents
            .push(serde_json::json!({"destination": "organisation-network-stats", "given": given}));
    }
    CaseRecord::from_json_value(serde_json::json!({
        "code": format!("{SENTINEL}-{i}"),
        "status": "open",
        "survivor": {"pseudonym": format!("{SENTINEL} pseudonym {i}"), "settlement": SENTINEL,
                     "identity": {"legal_name": SENTINEL}},
        "perpetrators": [{"ref": "p1", "agency": "patrol-police", "name": SENTINEL}],
        "incidents": [{
            "date": "2026-02-14", "country": "UA", "region": region, "settlement": SENTINEL,
            "narrative": SENTINEL,
            "acts": acts.iter().map(|a| serde_json::json!({"act_type": a, "perpetrators": ["p1"]}))
                .collect::<Vec<_>>()
        }],
        "consents": consents,
        "notes": SENTINEL
    }))
    .unwrap()
}

fn filled() -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(dir.path());
    let mut i = 0;
    let mut add = |v: &mut Vault, n: usize, region: &str, acts: &[&str], consent: Option<bool>| {
        for _ in 0..n {
            v.add_case(case(i, region, acts, consent), "t").unwrap();
            i += 1;
        }
    };
    add(
        &mut v,
        12,
        "UA-32",
        &["beating", "extortion-bribe"],
        Some(true),
    );
    add(&mut v, 7, "UA-46", &["beating"], Some(true));
    add(&mut v, 2, "UA-43", &["rape"], Some(true));
    add(&mut v, 3, "UA-32", &["rape"], None);
    add(&mut v, 1, "UA-32", &["rape"], Some(false));
    // A deleted case never counts, whatever its consent.
    add(&mut v, 1, "UA-32", &["rape"], Some(true));
    let last = v.list_cases(&Default::default()).unwrap().items[0]
        .id
        .clone();
    v.delete_case(&last, "t", None).unwrap();
    (dir, v)
}

fn table(v: &Vault, by: &[Dimension]) -> StatsTable {
    count(
        &v.case_facts().unwrap(),
        &StatsQuery {
            by: by.to_vec(),
            filter: StatsFilter::default(),
            min_cell: 5,
        },
    )
    .unwrap()
}

#[test]
fn a_vault_counts_consented_live_cases_and_says_who_was_left_out() {
    let (_d, v) = filled();
    let t = table(&v, &[Dimension::Act]);
    assert_eq!(t.total, Some(21));
    assert_eq!(t.excluded.never_asked, 3);
    assert_eq!(t.excluded.refused, 1);
    let json = export::to_json(&t);
    assert_eq!(json["unit"], "cases");
    assert_eq!(json["by"], serde_json::json!(["act"]));
    assert_eq!(json["min_cell"], 5);
    assert_eq!(json["total"], 21);
    assert_eq!(json["excluded_no_consent"], 4);
    assert_eq!(json["excluded"]["never-asked"], 3);
    let rows = json["rows"].as_array().unwrap();
    let get = |act: &str| rows.iter().find(|r| r["act"] == act).unwrap()["count"].clone();
    assert_eq!(get("beating"), 19);
    assert_eq!(get("extortion-bribe"), 12);
    // Two cases of rape: hidden, and null, never 2.
    assert_eq!(get("rape"), serde_json::Value::Null);
}

#[test]
fn regions_under_the_floor_roll_up_and_are_never_named() {
    let (_d, v) = filled();
    let t = table(&v, &[Dimension::Region]);
    assert!(t.keys[0].contains(&"UA-32".to_owned()));
    assert!(t.keys[0].contains(&"UA-other".to_owned()));
    assert!(!t.keys[0].contains(&"UA-43".to_owned()), "{:?}", t.keys);
    let csv =
        String::from_utf8(export::to_csv(&t, &Localizer::new("en").unwrap()).unwrap()).unwrap();
    assert!(!csv.contains("Crimea"), "{csv}");
    assert!(csv.contains("Other regions of Ukraine"), "{csv}");
}

fn no_sentinel(bytes: &[u8], what: &str) {
    let text = String::from_utf8_lossy(bytes);
    assert!(!text.contains(SENTINEL), "{what} carries case text");
}

#[test]
fn csv_round_trips_with_labels_codes_and_hidden_cells() {
    let (_d, v) = filled();
    let t = table(&v, &[Dimension::Act, Dimension::Region]);
    let ru = Localizer::new("ru").unwrap();
    let bytes = export::to_csv(&t, &ru).unwrap();
    no_sentinel(&bytes, "CSV");
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][0], "Действие");
    assert_eq!(
        rows[1].iter().collect::<Vec<_>>(),
        vec!["act-label", "act", "region-label", "region", "count"]
    );
    let find = |act: &str, region: &str| {
        rows.iter()
            .find(|r| r.get(1) == Some(act) && r.get(3) == Some(region))
            .map(|r| r[4].to_owned())
    };
    assert_eq!(find("beating", "UA-32").as_deref(), Some("12"));
    assert_eq!(find("extortion-bribe", "UA-46").as_deref(), Some("0"));
    // Rape in the rolled-up regions: 2 cases, hidden.
    assert_eq!(find("rape", "UA-other").as_deref(), Some("<5"));
    assert!(rows.iter().any(|r| r[0].contains("Методика")));
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("<5"));
    assert!(!text.contains(",2\n") && !text.contains(",2\r\n"), "{text}");
}

#[test]
fn xlsx_reads_back_with_a_method_sheet() {
    let (_d, v) = filled();
    let t = table(&v, &[Dimension::Act, Dimension::Region]);
    let en = Localizer::new("en").unwrap();
    let bytes = export::to_xlsx(&t, &en).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), vec!["Table", "Data", "Method"]);
    let grid = book.worksheet_range("Table").unwrap();
    let header: Vec<String> = grid
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert!(header.iter().any(|h| h == "Total"), "{header:?}");
    let beating = grid
        .rows()
        .find(|r| r[0].to_string() == en.msg("vocab-act-type-beating", &[]))
        .unwrap();
    assert!(beating.contains(&Data::Float(12.0)), "{beating:?}");
    let data = book.worksheet_range("Data").unwrap();
    let hidden = data
        .rows()
        .find(|r| r[0] == "rape" && r[1] == "UA-other")
        .unwrap();
    assert_eq!(hidden[2], Data::String("<5".into()));
    let method = book.worksheet_range("Method").unwrap();
    let note: String = method
        .rows()
        .map(|r| r[0].to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(note.contains("not revoked"), "{note}");
    assert!(note.contains("<5"), "{note}");
    assert!(note.contains("do not add up"), "{note}");
    for sheet in ["Table", "Data", "Method"] {
        let range = book.worksheet_range(sheet).unwrap();
        for c in range.used_cells() {
            assert!(!c.2.to_string().contains(SENTINEL), "{sheet}");
        }
    }
}

#[test]
fn text_and_json_carry_no_case_text() {
    let (_d, v) = filled();
    for by in [
        vec![Dimension::Act],
        vec![Dimension::Region, Dimension::Agency],
        vec![Dimension::Month, Dimension::Status],
    ] {
        let t = table(&v, &by);
        no_sentinel(export::to_json(&t).to_string().as_bytes(), "JSON");
        no_sentinel(
            export::to_text(&t, &Localizer::new("uk").unwrap()).as_bytes(),
            "text",
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(120))]
    /// Random vaults' facts: every number shown is the true count, nothing from 1 to
    /// k-1 is shown, and no hidden number of a single-valued line is the only one
    /// missing from a sum that is shown.
    #[test]
    fn shown_numbers_are_true_and_small_ones_never_shown(
        picks in proptest::collection::vec((0usize..4, 0usize..3, 0usize..4, 0u8..4), 0..120),
        k in 3u32..11,
    ) {
        let countries = ["UA", "KZ", "GE", "MD"];
        let acts = ["beating", "rape", "threats"];
        let facts: Vec<CaseFacts> = picks.iter().map(|(c, a, s, consent)| CaseFacts {
            consent: match consent { 0 => StatsConsent::Refused, _ => StatsConsent::Given },
            country: Some(countries[*c].to_owned()),
            acts: acts.iter().take(a + 1).map(|x| (*x).to_owned()).collect(),
            status: ["open", "closed", "referred", "draft"].get(*s).map(|x| (*x).to_owned()),
            ..Default::default()
        }).collect();
        let given: Vec<&CaseFacts> = facts.iter().filter(|f| f.consent == StatsConsent::Given).collect();
        let q = StatsQuery { by: vec![Dimension::Country, Dimension::Status], filter: StatsFilter::default(), min_cell: k };
        let t = count(&facts, &q).unwrap();
        let k = u64::from(k);
        for (i, c) in t.keys[0].iter().enumerate() {
            for (j, s) in t.keys[1].iter().enumerate() {
                let truth = given.iter().filter(|f| f.country.as_deref() == Some(c) && f.status.as_deref() == Some(s)).count() as u64;
                match t.cell(i, j) {
                    Some(n) => { proptest::prop_assert_eq!(n, truth); proptest::prop_assert!(n == 0 || n >= k); }
                    None => proptest::prop_assert!(truth > 0),
                }
            }
            // Row: shown total and exactly one hidden cell would give it away.
            let hidden = (0..t.keys[1].len()).filter(|j| t.cell(i, *j).is_none()).count();
            if t.margins[0][i].is_some() {
                proptest::prop_assert!(hidden != 1);
            }
        }
        let q = StatsQuery { by: vec![Dimension::Act], filter: StatsFilter::default(), min_cell: k as u32 };
        let t = count(&facts, &q).unwrap();
        for (key, c) in t.keys[0].iter().zip(&t.cells) {
            let truth = given.iter().filter(|f| f.acts.contains(key)).count() as u64;
            if let Some(n) = c { proptest::prop_assert_eq!(*n, truth); proptest::prop_assert!(*n >= k); }
        }
    }
}

#[test]
fn a_written_table_is_audited_without_a_case_and_a_bad_place_writes_nothing() {
    let (dir, v) = filled();
    let t = table(&v, &[Dimension::Region, Dimension::Act]);
    let en = Localizer::new("en").unwrap();
    let dest = dir.path().join("table.xlsx");
    let sha =
        casebook_stats::write_table(&v, &t, casebook_stats::FileFormat::Xlsx, &en, &dest).unwrap();
    let head = v.audit_head().unwrap().unwrap();
    assert_eq!(head.event, "statistics-exported");
    assert_eq!(head.case_id, None);
    assert!(
        head.detail.contains("by=region,act") && head.detail.contains("k=5"),
        "{}",
        head.detail
    );
    assert!(head.detail.contains(&sha));
    assert!(!head.detail.contains(SENTINEL));

    let nowhere = dir.path().join("no such folder").join("t.csv");
    let before = v.audit_head().unwrap().unwrap().seq;
    let e = casebook_stats::write_table(&v, &t, casebook_stats::FileFormat::Csv, &en, &nowhere);
    assert!(matches!(e, Err(casebook_stats::StatsError::Write(_))));
    assert_eq!(
        v.audit_head().unwrap().unwrap().seq,
        before,
        "no entry for a file not written"
    );
    assert!(!nowhere.exists());
}
