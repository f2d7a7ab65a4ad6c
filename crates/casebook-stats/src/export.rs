//! The files a table leaves the vault in. Every one carries only what the table
//! shows (hidden cells as "<k" or null) and the method note; none knows a case.

use casebook_i18n::Localizer;
use rust_xlsxwriter::{Format, Workbook};
use serde_json::{json, Map, Value};

use crate::label;
use crate::table::{Shown, StatsTable};
use crate::StatsError;

/// A row of the long form: the key of each dimension and the count. A two-way
/// table's totals are rows whose other key is `total`.
struct LongRow<'a> {
    keys: Vec<&'a str>,
    count: Shown,
}

pub const TOTAL_KEY: &str = "total";

fn long_rows(t: &StatsTable) -> Vec<LongRow<'_>> {
    let mut rows = vec![];
    if !t.is_two_way() {
        for (k, c) in t.keys[0].iter().zip(&t.cells) {
            rows.push(LongRow {
                keys: vec![k],
                count: *c,
            });
        }
        return rows;
    }
    for (i, a) in t.keys[0].iter().enumerate() {
        for (j, b) in t.keys[1].iter().enumerate() {
            rows.push(LongRow {
                keys: vec![a, b],
                count: t.cell(i, j),
            });
        }
    }
    for (i, a) in t.keys[0].iter().enumerate() {
        rows.push(LongRow {
            keys: vec![a, TOTAL_KEY],
            count: t.margins[0][i],
        });
    }
    for (j, b) in t.keys[1].iter().enumerate() {
        rows.push(LongRow {
            keys: vec![TOTAL_KEY, b],
            count: t.margins[1][j],
        });
    }
    rows
}

/// The CLI's `--format json`: one object, each row with one key per dimension (the
/// stable code) and `count`, `null` when hidden.
pub fn to_json(t: &StatsTable) -> Value {
    let by: Vec<&str> = t.by.iter().map(|d| d.code()).collect();
    let rows: Vec<Value> = long_rows(t)
        .into_iter()
        .map(|r| {
            let mut o = Map::new();
            for (d, k) in by.iter().zip(&r.keys) {
                o.insert((*d).to_owned(), Value::from(*k));
            }
            o.insert("count".into(), r.count.map_or(Value::Null, Value::from));
            Value::Object(o)
        })
        .collect();
    json!({
        "unit": "cases",
        "by": by,
        "min_cell": t.min_cell,
        "from": t.filter.from.map(|m| m.to_iso()),
        "to": t.filter.to.map(|m| m.to_iso()),
        "countries": t.filter.countries,
        "total": t.total,
        "multi_valued": t.is_multi_valued(),
        "excluded_no_consent": t.excluded.total(),
        "excluded": {
            "never-asked": t.excluded.never_asked,
            "refused": t.excluded.refused,
            "revoked": t.excluded.revoked,
        },
        "rows": rows,
    })
}

fn total_label(l: &Localizer) -> String {
    l.msg("stats-total", &[])
}

/// CSV (UTF-8, RFC 4180): a header row of the reader's words, a row of stable
/// codes, then for each row the label and code of each key and the count ("<k" when
/// hidden); after an empty row, the method note, one line per row.
pub fn to_csv(t: &StatsTable, l: &Localizer) -> Result<Vec<u8>, StatsError> {
    let mut w = csv::WriterBuilder::new()
        .flexible(false)
        .from_writer(Vec::new());
    let width = t.by.len() * 2 + 1;
    let mut header = vec![];
    let mut codes = vec![];
    for d in &t.by {
        let name = label::dimension(l, *d);
        header.push(name.clone());
        header.push(l.msg("stats-code-of", &[("dimension", &name)]));
        codes.push(format!("{}-label", d.code()));
        codes.push(d.code().to_owned());
    }
    header.push(l.msg("stats-cases", &[]));
    codes.push("count".to_owned());
    w.write_record(&header).map_err(|_| StatsError::Csv)?;
    w.write_record(&codes).map_err(|_| StatsError::Csv)?;
    for r in long_rows(t) {
        let mut rec = vec![];
        for (d, k) in t.by.iter().zip(&r.keys) {
            if *k == TOTAL_KEY {
                rec.push(total_label(l));
            } else {
                rec.push(label::key(l, *d, k));
            }
            rec.push((*k).to_owned());
        }
        rec.push(label::count(r.count, t.min_cell));
        w.write_record(&rec).map_err(|_| StatsError::Csv)?;
    }
    let mut total = vec![String::new(); width];
    total[0] = total_label(l);
    total[1] = TOTAL_KEY.to_owned();
    total[width - 1] = label::count(t.total, t.min_cell);
    w.write_record(&total).map_err(|_| StatsError::Csv)?;
    w.write_record(vec![String::new(); width])
        .map_err(|_| StatsError::Csv)?;
    for line in std::iter::once(l.msg("stats-method", &[])).chain(label::method_note(l, t)) {
        let mut rec = vec![String::new(); width];
        rec[0] = line;
        w.write_record(&rec).map_err(|_| StatsError::Csv)?;
    }
    w.into_inner().map_err(|_| StatsError::Csv)
}

/// XLSX: the table as people lay it out (a two-way table as rows × columns with
/// totals), the same numbers in long form with codes, and the method note, one
/// sheet each.
pub fn to_xlsx(t: &StatsTable, l: &Localizer) -> Result<Vec<u8>, StatsError> {
    build_xlsx(t, l).map_err(|_| StatsError::Spreadsheet)
}

fn put(
    ws: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    col: u16,
    shown: Shown,
    min_cell: u32,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    match shown {
        // Counts stay numbers, so a spreadsheet can chart them; hidden ones are text.
        Some(n) => ws.write_number(row, col, n as f64).map(|_| ()),
        None => ws
            .write_string(row, col, label::count(None, min_cell))
            .map(|_| ()),
    }
}

fn sheet_name(l: &Localizer, id: &str) -> String {
    // Excel allows 31 characters and none of []:*?/\ in a sheet name.
    l.msg(id, &[])
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
}

fn build_xlsx(t: &StatsTable, l: &Localizer) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let k = t.min_cell;

    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(l, "stats-sheet-table"))?;
    ws.set_column_width(0, 36)?;
    if t.is_two_way() {
        ws.write_string_with_format(
            0,
            0,
            format!(
                "{} \\ {}",
                label::dimension(l, t.by[0]),
                label::dimension(l, t.by[1])
            ),
            &bold,
        )?;
        let cols = t.keys[1].len();
        for (j, b) in t.keys[1].iter().enumerate() {
            let col = u16::try_from(j + 1).unwrap_or(u16::MAX);
            ws.write_string_with_format(0, col, label::key(l, t.by[1], b), &bold)?;
        }
        let total_col = u16::try_from(cols + 1).unwrap_or(u16::MAX);
        ws.write_string_with_format(0, total_col, total_label(l), &bold)?;
        for (i, a) in t.keys[0].iter().enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            ws.write_string(row, 0, label::key(l, t.by[0], a))?;
            for j in 0..cols {
                put(
                    ws,
                    row,
                    u16::try_from(j + 1).unwrap_or(u16::MAX),
                    t.cell(i, j),
                    k,
                )?;
            }
            put(ws, row, total_col, t.margins[0][i], k)?;
        }
        let row = u32::try_from(t.keys[0].len() + 1).unwrap_or(u32::MAX);
        ws.write_string_with_format(row, 0, total_label(l), &bold)?;
        for j in 0..cols {
            put(
                ws,
                row,
                u16::try_from(j + 1).unwrap_or(u16::MAX),
                t.margins[1][j],
                k,
            )?;
        }
        put(ws, row, total_col, t.total, k)?;
    } else {
        ws.write_string_with_format(0, 0, label::dimension(l, t.by[0]), &bold)?;
        ws.write_string_with_format(0, 1, l.msg("stats-cases", &[]), &bold)?;
        for (i, (key, c)) in t.keys[0].iter().zip(&t.cells).enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            ws.write_string(row, 0, label::key(l, t.by[0], key))?;
            put(ws, row, 1, *c, k)?;
        }
        let row = u32::try_from(t.keys[0].len() + 1).unwrap_or(u32::MAX);
        ws.write_string_with_format(row, 0, total_label(l), &bold)?;
        put(ws, row, 1, t.total, k)?;
    }

    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(l, "stats-sheet-data"))?;
    let mut col = 0u16;
    for d in &t.by {
        ws.write_string_with_format(0, col, d.code(), &bold)?;
        col += 1;
    }
    ws.write_string_with_format(0, col, "count", &bold)?;
    for (i, r) in long_rows(t).into_iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (c, key) in r.keys.iter().enumerate() {
            ws.write_string(row, u16::try_from(c).unwrap_or(u16::MAX), *key)?;
        }
        put(ws, row, col, r.count, k)?;
    }

    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(l, "stats-sheet-method"))?;
    ws.set_column_width(0, 120)?;
    for (i, line) in label::method_note(l, t).into_iter().enumerate() {
        ws.write_string(u32::try_from(i).unwrap_or(u32::MAX), 0, line)?;
    }
    wb.save_to_buffer()
}

/// The table as aligned text for a terminal, in the reader's words.
pub fn to_text(t: &StatsTable, l: &Localizer) -> String {
    let mut lines: Vec<(String, String)> = vec![];
    let head =
        t.by.iter()
            .map(|d| label::dimension(l, *d))
            .collect::<Vec<_>>()
            .join(" / ");
    lines.push((head, l.msg("stats-cases", &[])));
    for r in long_rows(t) {
        let name =
            t.by.iter()
                .zip(&r.keys)
                .map(|(d, k)| {
                    if *k == TOTAL_KEY {
                        total_label(l)
                    } else {
                        label::key(l, *d, k)
                    }
                })
                .collect::<Vec<_>>()
                .join(" / ");
        lines.push((name, label::count(r.count, t.min_cell)));
    }
    lines.push((total_label(l), label::count(t.total, t.min_cell)));
    let width = lines
        .iter()
        .map(|(a, _)| a.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (a, b) in lines {
        let pad = width - a.chars().count();
        out.push_str(&a);
        out.push_str(&" ".repeat(pad + 2));
        out.push_str(&b);
        out.push('\n');
    }
    out.push('\n');
    for line in label::method_note(l, t) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}
