//! The same [`Document`] the PDF prints, as a Word file a lawyer edits: real
//! headings (so Word's navigation pane and styles work), tables for label/value
//! rows, and every "[to be completed: …]" marker highlighted so none is missed.
//!
//! The file carries no author, no dates and no template path: only what the draft
//! shows.

use std::io::Cursor;

use casebook_pdf::{Block, Document};
use docx_rs::{
    AlignmentType, BreakType, Docx, Paragraph, Run, RunFonts, Style, StyleType, Table, TableCell,
    TableRow, WidthType,
};

use crate::SubmissionError;

/// A font with Latin and Cyrillic that every Word and LibreOffice has.
const FONT: &str = "Times New Roman";
/// Half-points.
const BODY: usize = 24;
const NOTE: usize = 20;
/// Table width in twentieths of a point (A4 minus 2.5 cm margins).
const TABLE_W: usize = 9_000;

/// Where the markers are: the text before and after `{ $what }` in `sub-missing`.
#[derive(Debug, Clone)]
pub(crate) struct Markers {
    pub open: String,
    pub close: String,
}

impl Markers {
    /// `text` as runs, the markers highlighted.
    fn runs(&self, text: &str, base: impl Fn(Run) -> Run) -> Vec<Run> {
        let mut out = vec![];
        let mut rest = text;
        while let Some(start) = (!self.open.is_empty())
            .then(|| rest.find(&self.open))
            .flatten()
        {
            let after = &rest[start..];
            let end = after
                .find(&self.close)
                .map(|e| start + e + self.close.len())
                .unwrap_or(rest.len());
            if start > 0 {
                out.push(base(Run::new().add_text(&rest[..start])));
            }
            out.push(
                base(Run::new().add_text(&rest[start..end]))
                    .highlight("yellow")
                    .bold(),
            );
            rest = &rest[end..];
        }
        if !rest.is_empty() || out.is_empty() {
            out.push(base(Run::new().add_text(rest)));
        }
        out
    }

    fn paragraph(&self, text: &str, base: impl Fn(Run) -> Run + Copy) -> Paragraph {
        let mut p = Paragraph::new();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
            }
            for r in self.runs(line, base) {
                p = p.add_run(r);
            }
        }
        p
    }
}

fn plain(r: Run) -> Run {
    r
}

fn bold(r: Run) -> Run {
    r.bold()
}

fn cell(p: Paragraph, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(p)
        .width(width, WidthType::Dxa)
}

fn table(
    m: &Markers,
    header: &[String],
    widths: &[f32],
    rows: &[Vec<String>],
    first_bold: bool,
) -> Table {
    let total: f32 = widths.iter().sum::<f32>().max(0.0001);
    let w: Vec<usize> = widths
        .iter()
        .map(|x| (x / total * TABLE_W as f32) as usize)
        .collect();
    let mut out = vec![];
    if !header.is_empty() {
        out.push(TableRow::new(
            header
                .iter()
                .zip(&w)
                .map(|(h, w)| cell(m.paragraph(h, bold), *w))
                .collect(),
        ));
    }
    for row in rows {
        out.push(TableRow::new(
            row.iter()
                .zip(&w)
                .enumerate()
                .map(|(i, (t, w))| {
                    let p = if i == 0 && first_bold {
                        m.paragraph(t, bold)
                    } else {
                        m.paragraph(t, plain)
                    };
                    cell(p, *w)
                })
                .collect(),
        ));
    }
    Table::new(out).set_grid(w).width(TABLE_W, WidthType::Dxa)
}

pub(crate) fn render_docx(doc: &Document, m: &Markers) -> Result<Vec<u8>, SubmissionError> {
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT);
    let mut d = Docx::new()
        .default_fonts(fonts)
        .default_size(BODY)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(34)
                .bold(),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("Heading 1")
                .size(28)
                .bold(),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("Heading 2")
                .size(24)
                .bold(),
        );
    for b in &doc.blocks {
        match b {
            Block::Banner(t) => {
                d = d.add_paragraph(
                    Paragraph::new()
                        .add_run(Run::new().add_text(t).bold().color("8B0D1A"))
                        .align(AlignmentType::Center),
                );
            }
            Block::Title(t) => {
                d = d.add_paragraph(m.paragraph(t, plain).style("Title"));
            }
            Block::Heading { text, level } => {
                let (style, outline) = if *level <= 1 {
                    ("Heading1", 0)
                } else {
                    ("Heading2", 1)
                };
                d = d.add_paragraph(
                    m.paragraph(text, plain)
                        .style(style)
                        .outline_lvl(outline)
                        .keep_next(true),
                );
            }
            Block::Paragraph(t) => d = d.add_paragraph(m.paragraph(t, plain)),
            Block::Note(t) => {
                d = d.add_paragraph(m.paragraph(t, |r: Run| r.italic().size(NOTE).color("555555")));
            }
            Block::Fields(rows) => {
                let rows: Vec<Vec<String>> = rows
                    .iter()
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(k, v)| vec![k.clone(), v.clone()])
                    .collect();
                if !rows.is_empty() {
                    d = d.add_table(table(m, &[], &[0.32, 0.68], &rows, true));
                    d = d.add_paragraph(Paragraph::new());
                }
            }
            Block::Table {
                header,
                widths,
                rows,
            } => {
                d = d.add_table(table(m, header, widths, rows, false));
                d = d.add_paragraph(Paragraph::new());
            }
            Block::Bullets(items) => {
                for item in items {
                    d = d.add_paragraph(m.paragraph(&format!("•\u{a0}{item}"), plain));
                }
            }
            Block::PageBreak => {
                d = d
                    .add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
            }
        }
    }
    let mut out = Cursor::new(Vec::new());
    d.build()
        .pack(&mut out)
        .map_err(|_| SubmissionError::Docx)?;
    Ok(out.into_inner())
}
