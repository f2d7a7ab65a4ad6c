//! The advocacy brief: what a network takes to a ministry, a police chief or a UN
//! body. A title page with the key figures, charts, a map of regions, the tables and
//! the method note, in en/ru/uk.
//!
//! Every number in it comes from a [`StatsTable`], whose small cells are already
//! hidden: the brief never sees a case, only the de-identified facts it hands to
//! [`casebook_stats::count`], so no code, pseudonym, narrative or place below the
//! region can reach the page. A figure worked out from two table numbers (cases with
//! a complaint) is itself held to the same floor.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use casebook_core::facts::CaseFacts;
use casebook_core::PartialDate;
use casebook_i18n::Localizer;
use casebook_stats::{
    count, label, Dimension, Scope, Shown, StatsFilter, StatsQuery, StatsTable, DEFAULT_MIN_CELL,
    UNKNOWN,
};
use casebook_store::Vault;
use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::document::{finish, Frame};
use crate::fonts::{Fonts, Weight};
use crate::format::Fmt;
use crate::layout::{
    Composer, Draw, Style, CONTENT_TOP, CONTENT_W, MARGIN_L, MUTED, PAGE_W, SMALL, TEXT,
};
use crate::map::{self, Projection, Shape};
use crate::PdfError;

#[derive(Debug, Clone)]
pub struct BriefOptions {
    /// `en`, `ru` or `uk`.
    pub lang: String,
    /// Which cases count (period, countries...), as for `casebook stats`.
    pub filter: StatsFilter,
    /// Numbers under this are shown as "<k" (3 to 10).
    pub min_cell: u32,
    /// Shown on the title page ("Prepared by: ...").
    pub organisation: Option<String>,
    /// The date printed on the title page; today when unset.
    pub generated: Option<NaiveDate>,
    /// This vault's cases, or at a hub the network's.
    pub scope: Scope,
}

impl Default for BriefOptions {
    fn default() -> Self {
        BriefOptions {
            lang: "en".into(),
            filter: StatsFilter::default(),
            min_cell: DEFAULT_MIN_CELL,
            organisation: None,
            generated: None,
            scope: Scope::Cases,
        }
    }
}

/// A brief on disk, as [`write_brief`] left it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BriefWritten {
    pub path: PathBuf,
    pub pages: usize,
    pub bytes: u64,
    /// SHA-256 of the file, also in the `statistics-exported` audit entry.
    pub sha256: String,
}

/// Every table the brief shows, counted once.
struct Tables {
    act_group: StatsTable,
    act: StatsTable,
    agency: StatsTable,
    location: StatsTable,
    country: StatsTable,
    region: StatsTable,
    quarter: StatsTable,
    complaint_body: StatsTable,
    complaint_outcome: StatsTable,
}

impl Tables {
    /// The brief's tables, in [`Tables::from_counts`]'s order.
    const DIMENSIONS: [Dimension; 9] = [
        Dimension::ActGroup,
        Dimension::Act,
        Dimension::Agency,
        Dimension::LocationType,
        Dimension::Country,
        Dimension::Region,
        Dimension::Quarter,
        Dimension::ComplaintBody,
        Dimension::ComplaintOutcome,
    ];

    fn queries(opts: &BriefOptions) -> Vec<StatsQuery> {
        Self::DIMENSIONS
            .iter()
            .map(|d| StatsQuery {
                by: vec![*d],
                filter: opts.filter.clone(),
                min_cell: opts.min_cell,
            })
            .collect()
    }

    fn from_counts(tables: Vec<StatsTable>) -> Result<Self, PdfError> {
        let mut t = tables.into_iter();
        let mut next = || {
            t.next()
                .ok_or(PdfError::Stats(casebook_stats::StatsError::BadDimensions))
        };
        Ok(Tables {
            act_group: next()?,
            act: next()?,
            agency: next()?,
            location: next()?,
            country: next()?,
            region: next()?,
            quarter: next()?,
            complaint_body: next()?,
            complaint_outcome: next()?,
        })
    }

    fn count(facts: &[CaseFacts], opts: &BriefOptions) -> Result<Self, PdfError> {
        let tables = Self::queries(opts)
            .iter()
            .map(|q| count(facts, q))
            .collect::<Result<Vec<_>, _>>()
            .map_err(PdfError::Stats)?;
        Self::from_counts(tables)
    }

    /// Every table from one reading of the vault's facts (a hub's million records
    /// are read once, a snapshot at a time).
    fn count_in(vault: &Vault, opts: &BriefOptions) -> Result<Self, PdfError> {
        let tables = opts
            .scope
            .count_all(vault, &Self::queries(opts))
            .map_err(PdfError::Stats)?;
        Self::from_counts(tables)
    }

    /// In the order the tables section prints them.
    fn all(&self) -> [&StatsTable; 9] {
        [
            &self.act_group,
            &self.act,
            &self.agency,
            &self.location,
            &self.country,
            &self.region,
            &self.quarter,
            &self.complaint_body,
            &self.complaint_outcome,
        ]
    }
}

/// A one-way table's count for `key`: zero when no case has it.
fn cell(t: &StatsTable, key: &str) -> Shown {
    match t.keys[0].iter().position(|k| k == key) {
        Some(i) => t.cells.get(i).copied().flatten(),
        None => Some(0),
    }
}

/// Renders the brief from de-identified facts (tests, benchmarks, the desktop's
/// preview); [`write_brief`] is what writes one out of the vault.
pub fn render_brief(facts: &[CaseFacts], opts: &BriefOptions) -> Result<Vec<u8>, PdfError> {
    render(facts, opts).map(|(bytes, _, _)| bytes)
}

/// Renders the brief and writes it to `dest` through the statistics' one audited
/// write path (atomic; a `statistics-exported` entry with `output=brief`).
pub fn write_brief(
    vault: &Vault,
    opts: &BriefOptions,
    dest: &Path,
) -> Result<BriefWritten, PdfError> {
    let tables = Tables::count_in(vault, opts)?;
    let (bytes, pages, tables) = render_tables(tables, opts)?;
    // The audit entry names the period, filters and k; the country table carries
    // exactly those.
    let sha256 = casebook_stats::write_output(vault, &tables.country, "brief", &bytes, dest)
        .map_err(PdfError::Stats)?;
    Ok(BriefWritten {
        path: dest.to_path_buf(),
        pages,
        bytes: bytes.len() as u64,
        sha256,
    })
}

fn render(facts: &[CaseFacts], opts: &BriefOptions) -> Result<(Vec<u8>, usize, Tables), PdfError> {
    render_tables(Tables::count(facts, opts)?, opts)
}

fn render_tables(
    tables: Tables,
    opts: &BriefOptions,
) -> Result<(Vec<u8>, usize, Tables), PdfError> {
    let l = Localizer::new(&opts.lang).map_err(|_| PdfError::UnknownLanguage(opts.lang.clone()))?;
    let fonts = Fonts::load()?;
    let generated = opts
        .generated
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let b = Brief {
        l: &l,
        fmt: Fmt { l: &l },
        t: &tables,
        k: opts.min_cell,
    };
    let mut c = Composer::new(&fonts);
    b.title_page(&mut c, opts, generated);
    b.key_figures(&mut c);
    c.new_page();
    c.heading(&l.msg("brief-charts", &[]), 1);
    b.bar_chart(&mut c, "brief-chart-act-group", &tables.act_group);
    b.bar_chart(&mut c, "brief-chart-agency", &tables.agency);
    b.time_chart(&mut c);
    b.map(&mut c);
    c.new_page();
    c.heading(&l.msg("brief-tables", &[]), 1);
    for t in tables.all() {
        b.table(&mut c, t);
    }
    b.method(&mut c);
    let bytes = b.write(&fonts, c, &generated)?;
    let pages = bytes.1;
    Ok((bytes.0, pages, tables))
}

struct Brief<'a> {
    l: &'a Localizer,
    fmt: Fmt<'a>,
    t: &'a Tables,
    k: u32,
}

const INK: (f32, f32, f32) = (0.1, 0.15, 0.3);
const BAR: (f32, f32, f32) = (0.2, 0.33, 0.55);
const HIDDEN_FILL: (f32, f32, f32) = (0.78, 0.78, 0.8);
const GRID: f32 = 0.85;

/// A round step for an axis up to `max` with about four lines.
fn nice_step(max: u64) -> u64 {
    let raw = (max.max(1) as f64 / 4.0).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    step.round().max(1.0) as u64
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> Vec<(f32, f32)> {
    vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
}

/// Diagonal lines over a box, for drawing inside a clip.
fn hatch(c: &mut Composer, x0: f32, y0: f32, x1: f32, y1: f32, gray: f32) {
    let mut d = -(y1 - y0);
    while d < x1 - x0 {
        c.draw(Draw::Line {
            x1: x0 + d,
            y1,
            x2: x0 + d + (y1 - y0),
            y2: y0,
            width: 0.4,
            gray,
        });
        d += 3.0;
    }
}

impl Brief<'_> {
    fn msg(&self, id: &str) -> String {
        self.l.msg(id, &[])
    }

    fn k_text(&self) -> String {
        self.k.to_string()
    }

    fn shown(&self, n: Shown) -> String {
        label::count(n, self.k)
    }

    fn month(&self, m: Option<casebook_stats::Month>) -> Option<String> {
        let m = m?;
        Some(self.fmt.partial_date(&PartialDate::Month {
            year: m.year,
            month: m.month,
        }))
    }

    fn title_page(&self, c: &mut Composer, opts: &BriefOptions, generated: NaiveDate) {
        let title = Style::new(Weight::Bold, 22.0).color(INK.0, INK.1, INK.2);
        let sub = Style::new(Weight::Regular, 13.0).color(0.3, 0.3, 0.38);
        let line = Style::new(Weight::Regular, 10.5);
        c.fill(0.0, 0.0, PAGE_W, 12.0, INK);
        c.set_y(CONTENT_TOP + 20.0);
        c.paragraph(&self.msg("brief-title"), title, 0.0);
        c.gap(6.0);
        c.paragraph(&self.msg("brief-subtitle"), sub, 0.0);
        c.gap(14.0);
        let f = &opts.filter;
        let period = if f.has_period() {
            let open = self.msg("brief-period-open");
            self.l.msg(
                "brief-period",
                &[
                    ("from", &self.month(f.from).unwrap_or_else(|| open.clone())),
                    ("to", &self.month(f.to).unwrap_or(open)),
                ],
            )
        } else {
            self.msg("brief-period-all")
        };
        c.paragraph(&period, line, 0.0);
        if !f.countries.is_empty() {
            let names: Vec<String> = f
                .countries
                .iter()
                .map(|cc| label::key(self.l, Dimension::Country, cc))
                .collect();
            c.paragraph(
                &self
                    .l
                    .msg("brief-countries", &[("countries", &names.join(", "))]),
                line,
                0.0,
            );
        }
        if let Some(org) = opts.organisation.as_deref().map(str::trim) {
            if !org.is_empty() {
                c.paragraph(
                    &self.l.msg("brief-organisation", &[("organisation", org)]),
                    line,
                    0.0,
                );
            }
        }
        let date = self.fmt.partial_date(&PartialDate::Exact(generated));
        c.paragraph(
            &self.l.msg("brief-generated", &[("date", &date)]),
            line,
            0.0,
        );
        c.gap(10.0);
        c.paragraph(
            &self.l.msg("brief-title-note", &[("k", &self.k_text())]),
            MUTED,
            0.0,
        );
        c.gap(10.0);
    }

    /// `count (percent%)` of the cases counted, or "<k" when hidden.
    fn share(&self, n: Shown) -> String {
        match (n, self.t.act_group.total) {
            (Some(n), Some(total)) if total > 0 => {
                let pct = ((n as f64) * 100.0 / total as f64).round() as u64;
                self.l.msg(
                    "brief-fig-share",
                    &[("count", &n.to_string()), ("percent", &pct.to_string())],
                )
            }
            (n, _) => self.shown(n),
        }
    }

    /// Cases with a complaint to any body: all cases counted less those without one.
    /// Shown only when both numbers are shown, and held to the floor itself.
    fn complaint_cases(&self) -> Option<Shown> {
        let t = &self.t.complaint_body;
        let total = t.total?;
        let none = cell(t, UNKNOWN)?;
        let filed = total.saturating_sub(none);
        Some((filed == 0 || filed >= u64::from(self.k)).then_some(filed))
    }

    fn key_figures(&self, c: &mut Composer) {
        c.heading(&self.msg("brief-key-figures"), 1);
        let t = self.t;
        let ex = t.act_group.excluded;
        let not_shown = self.msg("brief-fig-not-shown");
        let top_agency = t.agency.keys[0]
            .iter()
            .zip(&t.agency.cells)
            .filter(|(k, _)| k.as_str() != UNKNOWN)
            .filter_map(|(k, n)| n.map(|n| (k, n)))
            .filter(|(_, n)| *n > 0)
            // The first of equals in the vocabulary's order.
            .fold(None::<(&String, u64)>, |best, (k, n)| match best {
                Some((_, b)) if b >= n => best,
                _ => Some((k, n)),
            });
        let of_total = self.l.msg(
            "brief-fig-of-cases",
            &[("total", &self.shown(t.act_group.total))],
        );
        let figures: Vec<(String, String, String)> = vec![
            (
                self.shown(t.act_group.total),
                self.msg("brief-fig-counted"),
                String::new(),
            ),
            (
                ex.total().to_string(),
                self.msg("brief-fig-excluded"),
                self.l.msg(
                    "brief-fig-excluded-detail",
                    &[
                        ("never", &ex.never_asked.to_string()),
                        ("refused", &ex.refused.to_string()),
                        ("revoked", &ex.revoked.to_string()),
                    ],
                ),
            ),
            (
                self.share(cell(&t.act_group, "physical")),
                self.msg("brief-fig-physical"),
                of_total.clone(),
            ),
            (
                self.share(cell(&t.act_group, "sexual")),
                self.msg("brief-fig-sexual"),
                of_total.clone(),
            ),
            (
                self.complaint_cases()
                    .map_or_else(|| not_shown.clone(), |n| self.share(n)),
                self.msg("brief-fig-complaint"),
                of_total.clone(),
            ),
            match top_agency {
                Some((k, n)) => (
                    self.share(Some(n)),
                    self.msg("brief-fig-agency"),
                    label::key(self.l, Dimension::Agency, k),
                ),
                None => (not_shown, self.msg("brief-fig-agency"), String::new()),
            },
        ];
        let big = Style::new(Weight::Bold, 17.0).color(INK.0, INK.1, INK.2);
        let name = Style::new(Weight::Bold, 9.5).color(0.2, 0.2, 0.25);
        let gap = 10.0;
        let w = (CONTENT_W - gap) / 2.0;
        let pad = 8.0;
        for pair in figures.chunks(2) {
            let heights: Vec<f32> = pair
                .iter()
                .map(|(_, label, detail)| {
                    let lines = c
                        .fonts
                        .wrap(label, name.weight, name.size, w - 2.0 * pad)
                        .len() as f32
                        * name.line_height()
                        + if detail.is_empty() {
                            0.0
                        } else {
                            c.fonts
                                .wrap(detail, MUTED.weight, MUTED.size, w - 2.0 * pad)
                                .len() as f32
                                * MUTED.line_height()
                        };
                    big.line_height() + lines + 2.0 * pad
                })
                .collect();
            let h = heights.iter().copied().fold(0.0, f32::max);
            c.need(h + gap);
            let top = c.y();
            for (i, (value, label, detail)) in pair.iter().enumerate() {
                let x = MARGIN_L + i as f32 * (w + gap);
                c.fill(x, top, w, h, (0.95, 0.95, 0.97));
                c.fill(x, top, 3.0, h, INK);
                let mut y = top + pad + big.size;
                c.text_at(x + pad + 3.0, y, value, big);
                y += big.line_height() - big.size;
                for line in c.fonts.wrap(label, name.weight, name.size, w - 2.0 * pad) {
                    y += name.line_height();
                    c.text_at(x + pad + 3.0, y - 2.0, &line, name);
                }
                if !detail.is_empty() {
                    for line in c
                        .fonts
                        .wrap(detail, MUTED.weight, MUTED.size, w - 2.0 * pad)
                    {
                        y += MUTED.line_height();
                        c.text_at(x + pad + 3.0, y - 2.0, &line, MUTED);
                    }
                }
            }
            c.set_y(top + h + gap);
        }
    }

    /// Notes under a chart, in small type.
    fn notes(&self, c: &mut Composer, notes: &[String]) {
        for n in notes {
            c.paragraph(n, MUTED, 0.0);
        }
        c.gap(10.0);
    }

    /// Horizontal bars: long localised labels stay readable. Largest first, hidden
    /// numbers after (as "<k", no bar), "not recorded" last.
    fn bar_chart(&self, c: &mut Composer, title_id: &str, t: &StatsTable) {
        let dim = t.by[0];
        let mut rows: Vec<(String, Shown, bool)> = t.keys[0]
            .iter()
            .zip(&t.cells)
            .filter(|(_, n)| **n != Some(0))
            .map(|(k, n)| (label::key(self.l, dim, k), *n, k == UNKNOWN))
            .collect();
        rows.sort_by_key(|(_, n, unknown)| {
            (*unknown, n.is_none(), std::cmp::Reverse(n.unwrap_or(0)))
        });
        let label_style = Style::new(Weight::Regular, SMALL + 0.5);
        let value_style = Style::new(Weight::Bold, SMALL).color(0.2, 0.2, 0.25);
        let label_w = rows
            .iter()
            .map(|(s, _, _)| c.fonts.width(s, label_style.weight, label_style.size))
            .fold(40.0f32, f32::max)
            .min(CONTENT_W * 0.4);
        let wrapped: Vec<Vec<String>> = rows
            .iter()
            .map(|(s, _, _)| {
                c.fonts
                    .wrap(s, label_style.weight, label_style.size, label_w)
            })
            .collect();
        let lh = label_style.line_height();
        let row_h: Vec<f32> = wrapped
            .iter()
            .map(|w| (w.len() as f32 * lh).max(13.0) + 3.0)
            .collect();
        let axis_h = 14.0;
        let body: f32 = row_h.iter().sum();
        // The heading stays with its chart.
        c.need(30.0 + body + axis_h + 2.0 * MUTED.line_height());
        c.heading(&self.msg(title_id), 2);
        if rows.is_empty() {
            self.notes(c, &[self.msg("brief-chart-empty")]);
            return;
        }
        let x0 = MARGIN_L + label_w + 8.0;
        let bar_w = CONTENT_W - label_w - 8.0 - 34.0;
        let max = rows.iter().filter_map(|r| r.1).max().unwrap_or(1).max(1);
        let step = nice_step(max);
        let top = c.y();
        let scale = |v: u64| v as f32 / (max.div_ceil(step) * step) as f32 * bar_w;
        let mut v = 0;
        while v <= max.div_ceil(step) * step {
            let x = x0 + scale(v);
            c.draw(Draw::Line {
                x1: x,
                y1: top,
                x2: x,
                y2: top + body,
                width: 0.4,
                gray: GRID,
            });
            let s = v.to_string();
            let sw = c.fonts.width(&s, MUTED.weight, MUTED.size);
            c.text_at(x - sw / 2.0, top + body + 10.0, &s, MUTED);
            v += step;
        }
        let mut y = top;
        for ((lines, (_, n, _)), h) in wrapped.iter().zip(&rows).zip(&row_h) {
            let text_h = lines.len() as f32 * lh;
            let mut ly = y + (h - text_h) / 2.0;
            for line in lines {
                ly += lh;
                let lw = c.fonts.width(line, label_style.weight, label_style.size);
                c.text_at(x0 - 8.0 - lw, ly - lh * 0.28, line, label_style);
            }
            let bar_h = 9.0f32.min(h - 3.0);
            let by = y + (h - bar_h) / 2.0;
            match n {
                Some(v) => {
                    let w = scale(*v).max(0.5);
                    c.fill(x0, by, w, bar_h, BAR);
                    c.text_at(x0 + w + 3.0, by + bar_h - 1.5, &v.to_string(), value_style);
                }
                None => {
                    c.text_at(x0 + 2.0, by + bar_h - 1.5, &self.shown(None), value_style);
                }
            }
            y += h;
        }
        c.draw(Draw::Line {
            x1: x0,
            y1: top,
            x2: x0,
            y2: top + body,
            width: 0.6,
            gray: 0.4,
        });
        c.set_y(top + body + axis_h);
        let mut notes = vec![];
        if t.is_multi_valued() {
            notes.push(self.msg("brief-chart-multi"));
        }
        if rows.iter().any(|r| r.1.is_none()) {
            notes.push(self.l.msg("brief-chart-hidden", &[("k", &self.k_text())]));
        }
        self.notes(c, &notes);
    }

    /// Cases by quarter as columns; hidden quarters as grey columns at the height of
    /// k, quarters whose date is not known left to the table.
    fn time_chart(&self, c: &mut Composer) {
        let t = &self.t.quarter;
        let series: Vec<(&str, Shown)> = t.keys[0]
            .iter()
            .zip(&t.cells)
            .filter(|(k, _)| k.len() == 7 && k.as_bytes().get(5) == Some(&b'Q'))
            .map(|(k, n)| (k.as_str(), *n))
            .collect();
        let plot_h = 130.0;
        let axis_h = 24.0;
        c.need(30.0 + plot_h + axis_h + 3.0 * MUTED.line_height());
        c.heading(&self.msg("brief-chart-time"), 2);
        if series.is_empty() {
            self.notes(c, &[self.msg("brief-chart-empty")]);
            return;
        }
        let top = c.y() + 6.0;
        let y_label_w = 28.0;
        let x0 = MARGIN_L + y_label_w;
        let plot_w = CONTENT_W - y_label_w;
        let k = u64::from(self.k);
        let max = series
            .iter()
            .map(|(_, n)| n.unwrap_or(k))
            .max()
            .unwrap_or(1)
            .max(1);
        let step = nice_step(max);
        let top_v = max.div_ceil(step) * step;
        let base = top + plot_h;
        let yv = |v: u64| base - v as f32 / top_v as f32 * plot_h;
        let mut v = 0;
        while v <= top_v {
            let y = yv(v);
            c.draw(Draw::Line {
                x1: x0,
                y1: y,
                x2: x0 + plot_w,
                y2: y,
                width: if v == 0 { 0.7 } else { 0.4 },
                gray: if v == 0 { 0.4 } else { GRID },
            });
            let s = v.to_string();
            let sw = c.fonts.width(&s, MUTED.weight, MUTED.size);
            c.text_at(x0 - 4.0 - sw, y + 2.5, &s, MUTED);
            v += step;
        }
        let slot = plot_w / series.len() as f32;
        let years: Vec<&str> = series.iter().map(|(k, _)| &k[..4]).collect();
        let first_year = years.first().copied().unwrap_or_default();
        let year_count = {
            let mut y = years.clone();
            y.dedup();
            y.len()
        };
        // Every year's name fits under its four quarters unless the series is long.
        let label_every = (year_count / 10).max(1);
        for (i, (key, n)) in series.iter().enumerate() {
            let x = x0 + i as f32 * slot;
            let bw = (slot * 0.72).max(0.8);
            let bx = x + (slot - bw) / 2.0;
            match n {
                Some(v) if *v > 0 => c.fill(bx, yv(*v), bw, base - yv(*v), BAR),
                Some(_) => {}
                None => c.fill(bx, yv(k), bw, base - yv(k), HIDDEN_FILL),
            }
            if key.ends_with("Q1") || i == 0 {
                let year = &key[..4];
                c.draw(Draw::Line {
                    x1: x,
                    y1: base,
                    x2: x,
                    y2: base + 4.0,
                    width: 0.5,
                    gray: 0.4,
                });
                let index =
                    year.parse::<usize>().unwrap_or(0) - first_year.parse::<usize>().unwrap_or(0);
                // A year that starts mid-series has only its remaining quarters.
                let quarters_left = key[6..].parse::<f32>().map_or(1.0, |q| 5.0 - q);
                let room = slot * quarters_left * label_every as f32;
                let yw = c.fonts.width(year, MUTED.weight, MUTED.size);
                if index % label_every == 0 && yw + 10.0 <= room {
                    c.text_at(x + 2.0, base + 12.0, year, MUTED);
                }
            }
        }
        c.set_y(base + axis_h);
        let mut notes = vec![];
        if series.iter().any(|(_, n)| n.is_none()) {
            notes.push(
                self.l
                    .msg("brief-chart-time-hidden", &[("k", &self.k_text())]),
            );
        }
        if t.keys[0].len() > series.len() {
            notes.push(self.msg("brief-chart-time-unknown"));
        }
        self.notes(c, &notes);
    }

    /// The choropleth of regions: shaded by count in a few classes; a region whose
    /// number is hidden is hatched and labelled "<k"; regions not named (no cases,
    /// or rolled up into "other regions") plain grey.
    fn map(&self, c: &mut Composer) {
        // The heading stays with the map (at most 330 points high, and its legend).
        c.need(30.0 + 330.0 + 4.0 * 13.0 + 4.0 * MUTED.line_height());
        c.heading(&self.msg("brief-map"), 2);
        let Some(shapes) = map::shapes() else {
            self.notes(c, &[self.msg("brief-map-missing")]);
            return;
        };
        let t = &self.t.region;
        let named: HashMap<&str, Shown> = t.keys[0]
            .iter()
            .zip(&t.cells)
            .map(|(k, n)| (k.as_str(), *n))
            .collect();
        let in_scope: Vec<&str> = self.t.country.keys[0]
            .iter()
            .filter(|k| k.as_str() != UNKNOWN)
            .map(String::as_str)
            .collect();
        // What the map is fitted to: each country with cases whole, except one
        // spanning more than 60 degrees of longitude (Russia), which is fitted to its
        // named regions, so that the Caucasus is not a speck beside Chukotka.
        let focus: Vec<&Shape> = shapes
            .countries
            .iter()
            .filter(|s| in_scope.contains(&s.id.as_str()))
            .flat_map(|country| -> Vec<&Shape> {
                if lon_span(country) <= 60.0 {
                    return vec![country];
                }
                shapes
                    .regions
                    .iter()
                    .filter(|r| r.country == country.id && named.contains_key(r.id.as_str()))
                    .collect()
            })
            .collect();
        let Some(proj) = Projection::for_shapes(focus.iter().copied()) else {
            self.notes(c, &[self.msg("brief-chart-empty")]);
            return;
        };
        let mut bbox = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (lon, lat) in focus
            .iter()
            .flat_map(|s| &s.polygons)
            .flat_map(|p| p.first())
            .flatten()
        {
            let (x, y) = proj.project(*lon, *lat);
            bbox = (bbox.0.min(x), bbox.1.min(y), bbox.2.max(x), bbox.3.max(y));
        }
        let pad = ((bbox.2 - bbox.0).max(bbox.3 - bbox.1) * 0.06).max(0.01);
        bbox = (bbox.0 - pad, bbox.1 - pad, bbox.2 + pad, bbox.3 + pad);
        let (dx, dy) = (bbox.2 - bbox.0, bbox.3 - bbox.1);
        let frame_w = CONTENT_W;
        let frame_h = ((dy / dx) as f32 * frame_w).clamp(180.0, 330.0);
        let legend_h = 4.0 * 13.0;
        c.need(frame_h + legend_h + 4.0 * MUTED.line_height());
        let fx = MARGIN_L;
        let fy = c.y() + 4.0;
        let scale = (f64::from(frame_w) / dx).min(f64::from(frame_h) / dy);
        let (cx, cy) = ((bbox.0 + bbox.2) / 2.0, (bbox.1 + bbox.3) / 2.0);
        let to_page = |lon: f64, lat: f64| -> (f32, f32) {
            let (x, y) = proj.project(lon, lat);
            (
                fx + frame_w / 2.0 + ((x - cx) * scale) as f32,
                fy + frame_h / 2.0 - ((y - cy) * scale) as f32,
            )
        };
        // Rings in page points, points closer than half a point dropped; shapes
        // wholly outside the frame left out.
        let rings_of = |s: &Shape| -> Option<Vec<Vec<(f32, f32)>>> {
            let mut rings = vec![];
            let (mut minx, mut miny, mut maxx, mut maxy) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
            for ring in s.polygons.iter().flatten() {
                let mut out: Vec<(f32, f32)> = Vec::with_capacity(ring.len());
                for (lon, lat) in ring {
                    let p = to_page(*lon, *lat);
                    if out
                        .last()
                        .is_none_or(|q| (p.0 - q.0).abs() + (p.1 - q.1).abs() >= 0.5)
                    {
                        out.push(p);
                    }
                    minx = minx.min(p.0);
                    miny = miny.min(p.1);
                    maxx = maxx.max(p.0);
                    maxy = maxy.max(p.1);
                }
                if out.len() >= 3 {
                    rings.push(out);
                }
            }
            let visible = maxx >= fx && minx <= fx + frame_w && maxy >= fy && miny <= fy + frame_h;
            (visible && !rings.is_empty()).then_some(rings)
        };
        // Classes: up to five, from the shown regions' counts.
        let mut values: Vec<u64> = named
            .iter()
            .filter(|(k, _)| shapes.regions.iter().any(|s| s.id == **k))
            .filter_map(|(_, n)| *n)
            .filter(|n| *n > 0)
            .collect();
        values.sort_unstable();
        let least = values.first().copied().unwrap_or(0);
        let mut breaks: Vec<u64> = (1..5)
            .filter_map(|q| values.get(values.len() * q / 5).copied())
            .filter(|b| *b > least)
            .collect();
        breaks.dedup();
        let classes = breaks.len() + 1;
        let class_of = |n: u64| breaks.iter().filter(|b| n >= **b).count();
        let colour = |i: usize| -> (f32, f32, f32) {
            let t = if classes <= 1 {
                0.6
            } else {
                i as f32 / (classes - 1) as f32
            };
            let (a, b) = ((0.99, 0.87, 0.78), (0.55, 0.05, 0.12));
            (
                a.0 + (b.0 - a.0) * t,
                a.1 + (b.1 - a.1) * t,
                a.2 + (b.2 - a.2) * t,
            )
        };
        c.draw(Draw::ClipStart {
            rings: vec![rect(fx, fy, frame_w, frame_h)],
        });
        c.fill(fx, fy, frame_w, frame_h, (0.93, 0.95, 0.98));
        for s in &shapes.countries {
            if let Some(rings) = rings_of(s) {
                c.draw(Draw::Path {
                    rings,
                    fill: Some((0.97, 0.97, 0.96)),
                    stroke: Some((0.7, 0.4)),
                });
            }
        }
        let mut hidden_labels = vec![];
        for s in shapes
            .regions
            .iter()
            .filter(|s| in_scope.contains(&s.country.as_str()))
        {
            let Some(rings) = rings_of(s) else { continue };
            match named.get(s.id.as_str()) {
                Some(Some(n)) if *n > 0 => c.draw(Draw::Path {
                    rings,
                    fill: Some(colour(class_of(*n))),
                    stroke: Some((1.0, 0.3)),
                }),
                Some(None) => {
                    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
                    for (x, y) in rings.iter().flatten() {
                        x0 = x0.min(*x);
                        y0 = y0.min(*y);
                        x1 = x1.max(*x);
                        y1 = y1.max(*y);
                    }
                    c.draw(Draw::Path {
                        rings: rings.clone(),
                        fill: Some((0.92, 0.92, 0.93)),
                        stroke: Some((1.0, 0.3)),
                    });
                    c.draw(Draw::ClipStart { rings });
                    hatch(c, x0, y0, x1, y1, 0.45);
                    c.draw(Draw::ClipEnd);
                    hidden_labels.push(((x0 + x1) / 2.0, (y0 + y1) / 2.0));
                }
                _ => c.draw(Draw::Path {
                    rings,
                    fill: Some((0.88, 0.88, 0.89)),
                    stroke: Some((1.0, 0.3)),
                }),
            }
        }
        for s in shapes
            .countries
            .iter()
            .filter(|s| in_scope.contains(&s.id.as_str()))
        {
            if let Some(rings) = rings_of(s) {
                c.draw(Draw::Path {
                    rings,
                    fill: None,
                    stroke: Some((0.3, 0.7)),
                });
            }
        }
        let tag = Style::new(Weight::Bold, 7.0).color(0.1, 0.1, 0.1);
        let hidden_text = self.shown(None);
        let tw = c.fonts.width(&hidden_text, tag.weight, tag.size);
        let hidden_labels_drawn = hidden_labels.clone();
        for (x, y) in hidden_labels {
            c.fill(x - tw / 2.0 - 1.5, y - 6.0, tw + 3.0, 8.5, (1.0, 1.0, 1.0));
            c.text_at(x - tw / 2.0, y + 0.5, &hidden_text, tag);
        }
        c.draw(Draw::ClipEnd);
        c.draw(Draw::Path {
            rings: vec![rect(fx, fy, frame_w, frame_h)],
            fill: None,
            stroke: Some((0.6, 0.5)),
        });
        // Legend: the classes, then hatched (hidden) and grey (not named).
        let mut y = fy + frame_h + 8.0;
        let sw = 16.0;
        let mut x = MARGIN_L;
        let legend = Style::new(Weight::Regular, SMALL);
        c.text_at(x, y + 8.0, &self.msg("brief-map-legend"), LABEL_SMALL);
        x += c.fonts.width(
            &self.msg("brief-map-legend"),
            LABEL_SMALL.weight,
            LABEL_SMALL.size,
        ) + 8.0;
        let lo = |i: usize| {
            if i == 0 {
                values.first().copied().unwrap_or(0)
            } else {
                breaks.get(i - 1).copied().unwrap_or(0)
            }
        };
        for i in 0..classes {
            if values.is_empty() {
                break;
            }
            let from = lo(i);
            let next = breaks.get(i).filter(|_| i + 1 < classes);
            let to = if let Some(b) = next {
                b.saturating_sub(1)
            } else {
                values.last().copied().unwrap_or(from)
            };
            let text = if from >= to {
                from.to_string()
            } else {
                format!("{from}–{to}")
            };
            c.fill(x, y, sw, 10.0, colour(i));
            c.text_at(x + sw + 3.0, y + 8.0, &text, legend);
            x += sw + 3.0 + c.fonts.width(&text, legend.weight, legend.size) + 10.0;
        }
        y += 15.0;
        let any_hidden = !hidden_labels_drawn.is_empty();
        for (text, hatched, fill) in [
            (
                self.l.msg("brief-map-hidden", &[("k", &self.k_text())]),
                true,
                (0.92, 0.92, 0.93),
            ),
            (self.msg("brief-map-rolled"), false, (0.88, 0.88, 0.89)),
        ] {
            if hatched && !any_hidden {
                continue;
            }
            c.fill(MARGIN_L, y, sw, 10.0, fill);
            if hatched {
                c.draw(Draw::ClipStart {
                    rings: vec![rect(MARGIN_L, y, sw, 10.0)],
                });
                hatch(c, MARGIN_L, y, MARGIN_L + sw, y + 10.0, 0.45);
                c.draw(Draw::ClipEnd);
            }
            c.text_at(MARGIN_L + sw + 4.0, y + 8.0, &text, legend);
            y += 14.0;
        }
        c.set_y(y + 2.0);
        self.notes(c, &[self.l.msg("brief-map-note", &[("k", &self.k_text())])]);
    }

    /// One table: the dimension's values and their counts, then the cases counted.
    fn table(&self, c: &mut Composer, t: &StatsTable) {
        let dim = t.by[0];
        c.heading(&label::dimension(self.l, dim), 2);
        let header = [label::dimension(self.l, dim), self.msg("stats-cases")];
        let mut rows: Vec<Vec<String>> = t.keys[0]
            .iter()
            .zip(&t.cells)
            .map(|(k, n)| vec![label::key(self.l, dim, k), self.shown(*n)])
            .collect();
        rows.push(vec![self.msg("stats-total"), self.shown(t.total)]);
        let cols = [
            crate::layout::Col {
                width: 0.78,
                style: TEXT,
            },
            crate::layout::Col {
                width: 0.22,
                style: TEXT,
            },
        ];
        c.table(Some(&header), &cols, &rows);
        if t.is_multi_valued() {
            c.paragraph(&self.msg("stats-method-multi-valued"), MUTED, 0.0);
        }
        c.gap(4.0);
    }

    fn method(&self, c: &mut Composer) {
        c.heading(&self.msg("brief-method"), 1);
        let k = self.k_text();
        let suppression = self.l.msg("stats-method-suppression", &[("k", &k)]);
        let mut lines = vec![self.msg("brief-method-unit")];
        for line in label::method_note(self.l, &self.t.act_group)
            .into_iter()
            .skip(1)
        {
            let after = line == suppression;
            lines.push(line);
            if after {
                lines.push(self.l.msg("stats-method-regions", &[("k", &k)]));
            }
        }
        for line in lines {
            c.paragraph(&line, TEXT, 0.0);
            c.gap(4.0);
        }
    }

    /// The pages as a PDF, framed as every document of this crate is.
    fn write(
        &self,
        fonts: &Fonts,
        mut c: Composer,
        generated: &NaiveDate,
    ) -> Result<(Vec<u8>, usize), PdfError> {
        let total = c.page_count();
        let pages = std::mem::take(&mut c.pages);
        // A file ID from the tables shown, so the same numbers give the same bytes.
        let mut h = Sha256::new();
        for t in self.t.all() {
            h.update(serde_json::to_vec(t).map_err(|_| PdfError::Encode)?);
        }
        h.update(self.l.lang().as_bytes());
        let fid = h.finalize();
        let frame = Frame {
            title: &self.msg("brief-title"),
            running: &self.msg("brief-running-head"),
            footer: &self.msg("brief-footer"),
            date: &self.fmt.partial_date(&PartialDate::Exact(*generated)),
            page_label: &|n, m| {
                self.fmt.msg_args(
                    "pdf-page-n-of-m",
                    &[("n", &n.to_string()), ("m", &m.to_string())],
                )
            },
            file_id: &fid[..16],
        };
        Ok((finish(fonts, pages, &frame)?, total))
    }
}

/// How many degrees of longitude a shape spans (west of Greenwich read as east of
/// 180, as the projection does).
fn lon_span(s: &Shape) -> f64 {
    let (lo, hi) = s
        .polygons
        .iter()
        .flat_map(|p| p.first())
        .flatten()
        .map(|(lon, _)| if *lon < 0.0 { lon + 360.0 } else { *lon })
        .fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    hi - lo
}

const LABEL_SMALL: Style = Style::new(Weight::Bold, SMALL).color(0.25, 0.25, 0.3);

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn axis_steps_are_round() {
        assert_eq!(nice_step(0), 1);
        assert_eq!(nice_step(7), 2);
        assert_eq!(nice_step(40), 10);
        assert_eq!(nice_step(1234), 500);
    }

    #[test]
    fn every_brief_message_exists_in_every_language() {
        for lang in casebook_i18n::SHIPPED {
            let l = Localizer::new(lang).unwrap();
            for id in [
                "brief-title",
                "brief-chart-time-hidden",
                "brief-map-note",
                "brief-method-unit",
                "pdf-page-n-of-m",
            ] {
                assert!(l.has(id), "{lang} lacks {id}");
            }
        }
    }

    #[test]
    fn an_empty_vault_still_makes_a_brief() {
        let pdf = render_brief(&[], &BriefOptions::default()).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
    }
}
