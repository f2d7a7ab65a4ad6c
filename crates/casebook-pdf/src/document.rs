//! A plain document — headings, paragraphs, label/value rows, tables — laid out as an
//! A4 PDF in the program's fonts, with running heads and page numbers. The UN drafts
//! (`casebook-submission`) build one [`Document`] and print it both here and as Word,
//! so the two files always say the same thing.

use lopdf::{Object, StringFormat};
use printpdf::PdfDocument;
use sha2::{Digest, Sha256};

use crate::fonts::{Fonts, Weight};
use crate::layout::{
    Col, Composer, Draw, Style, LABEL, MARGIN_L, MARGIN_R, MUTED, PAGE_H, PAGE_W, TEXT,
};
use crate::{PdfError, GENERATOR};

/// What every page carries besides its content.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The Info dictionary's title and the first heading.
    pub title: String,
    /// Above the content of every page but the first.
    pub running_head: String,
    /// Left of the page number at the foot of every page.
    pub footer: String,
    /// Right of the running head.
    pub date: String,
    /// "Page {n} of {m}", already localised with `{n}`/`{m}` left as such.
    pub page_label: String,
    pub blocks: Vec<Block>,
}

/// One piece of a [`Document`], in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A line in the accent colour above the title (`DRAFT — NOT SENT`).
    Banner(String),
    Title(String),
    /// Level 1 (section) or 2 (sub-section).
    Heading {
        text: String,
        level: u8,
    },
    Paragraph(String),
    /// Smaller, grey: how to read what follows.
    Note(String),
    /// Label/value rows; rows with an empty value are left out.
    Fields(Vec<(String, String)>),
    /// `widths` are shares of the line, one per column.
    Table {
        header: Vec<String>,
        widths: Vec<f32>,
        rows: Vec<Vec<String>>,
    },
    Bullets(Vec<String>),
    PageBreak,
}

impl Document {
    /// Every piece of text a reader sees in the body, in order (word counts, scans).
    pub fn texts(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for b in &self.blocks {
            match b {
                Block::Banner(t) | Block::Title(t) | Block::Paragraph(t) | Block::Note(t) => {
                    out.push(t.as_str())
                }
                Block::Heading { text, .. } => out.push(text.as_str()),
                Block::Fields(rows) => {
                    for (k, v) in rows.iter().filter(|(_, v)| !v.trim().is_empty()) {
                        out.push(k.as_str());
                        out.push(v.as_str());
                    }
                }
                Block::Table { header, rows, .. } => {
                    out.extend(header.iter().map(String::as_str));
                    out.extend(rows.iter().flatten().map(String::as_str));
                }
                Block::Bullets(items) => out.extend(items.iter().map(String::as_str)),
                Block::PageBreak => {}
            }
        }
        out
    }

    /// Words as a word processor counts them: runs of characters between whitespace.
    pub fn word_count(&self) -> usize {
        self.texts()
            .iter()
            .map(|t| t.split_whitespace().count())
            .sum()
    }
}

const BANNER: Style = Style::new(Weight::Bold, 9.0).color(0.55, 0.05, 0.1);
const TITLE: Style = Style::new(Weight::Bold, 17.0).color(0.1, 0.15, 0.3);

/// Lays `doc` out and returns the PDF's bytes and its number of pages. The same
/// document gives the same bytes.
pub fn render_document(doc: &Document) -> Result<(Vec<u8>, usize), PdfError> {
    let fonts = Fonts::load()?;
    let mut c = Composer::new(&fonts);
    for b in &doc.blocks {
        match b {
            Block::Banner(t) => {
                c.paragraph(t, BANNER, 0.0);
                c.gap(6.0);
            }
            Block::Title(t) => {
                c.paragraph(t, TITLE, 0.0);
                c.gap(8.0);
            }
            Block::Heading { text, level } => c.heading(text, *level),
            Block::Paragraph(t) => {
                for part in t.split('\n') {
                    c.paragraph(part, TEXT, 0.0);
                }
                c.gap(5.0);
            }
            Block::Note(t) => {
                c.paragraph(t, MUTED, 0.0);
                c.gap(5.0);
            }
            Block::Fields(rows) => c.fields(rows),
            Block::Table {
                header,
                widths,
                rows,
            } => {
                let cols: Vec<Col> = widths
                    .iter()
                    .enumerate()
                    .map(|(i, w)| Col {
                        width: *w,
                        style: if i == 0 && header.is_empty() {
                            LABEL
                        } else {
                            TEXT
                        },
                    })
                    .collect();
                let header = (!header.is_empty()).then_some(header.as_slice());
                c.table(header, &cols, rows);
            }
            Block::Bullets(items) => {
                for item in items {
                    c.paragraph(&format!("•  {item}"), TEXT, 8.0);
                }
                c.gap(5.0);
            }
            Block::PageBreak => c.new_page(),
        }
    }
    let mut h = Sha256::new();
    for t in doc.texts() {
        h.update(t.as_bytes());
        h.update([0]);
    }
    let frame = Frame {
        title: &doc.title,
        running: &doc.running_head,
        footer: &doc.footer,
        date: &doc.date,
        page_label: &|n, m| {
            doc.page_label
                .replace("{n}", &n.to_string())
                .replace("{m}", &m.to_string())
        },
        file_id: &h.finalize()[..16],
    };
    let pages = c.page_count();
    let bytes = finish(&fonts, std::mem::take(&mut c.pages), &frame)?;
    Ok((bytes, pages))
}

/// What [`finish`] prints around every page's content.
pub(crate) struct Frame<'a> {
    pub title: &'a str,
    pub running: &'a str,
    pub footer: &'a str,
    pub date: &'a str,
    /// "Page n of m".
    pub page_label: &'a dyn Fn(usize, usize) -> String,
    /// The trailer's file ID: derived from the content, so the same content gives
    /// the same bytes.
    pub file_id: &'a [u8],
}

/// The pages as a PDF: running heads from the second page on, a foot line with the
/// page number, fonts subset, an Info dictionary with nothing but the title and the
/// generator.
pub(crate) fn finish(
    fonts: &Fonts,
    pages: Vec<Vec<Draw>>,
    f: &Frame<'_>,
) -> Result<Vec<u8>, PdfError> {
    let total = pages.len();
    let mut pdf = PdfDocument::new(f.title);
    Fonts::register(&mut pdf)?;
    let head = Style::new(Weight::Bold, 8.5).color(0.2, 0.2, 0.3);
    let foot = Style::new(Weight::Regular, 8.0).color(0.35, 0.35, 0.4);
    let right = |t: &str, s: Style| PAGE_W - MARGIN_R - fonts.width(t, s.weight, s.size);
    let mut out = Vec::with_capacity(total);
    for (i, mut draws) in pages.into_iter().enumerate() {
        let page = (f.page_label)(i + 1, total);
        if i > 0 {
            draws.push(Draw::Text {
                x: MARGIN_L,
                y: 42.0,
                text: f.running.to_owned(),
                style: head,
            });
            draws.push(Draw::Text {
                x: right(f.date, foot),
                y: 42.0,
                text: f.date.to_owned(),
                style: foot,
            });
            draws.push(Draw::Line {
                x1: MARGIN_L,
                y1: 50.0,
                x2: PAGE_W - MARGIN_R,
                y2: 50.0,
                width: 0.6,
                gray: 0.6,
            });
        }
        draws.push(Draw::Line {
            x1: MARGIN_L,
            y1: PAGE_H - 46.0,
            x2: PAGE_W - MARGIN_R,
            y2: PAGE_H - 46.0,
            width: 0.6,
            gray: 0.6,
        });
        draws.push(Draw::Text {
            x: MARGIN_L,
            y: PAGE_H - 34.0,
            text: f.footer.to_owned(),
            style: foot,
        });
        draws.push(Draw::Text {
            x: right(&page, foot),
            y: PAGE_H - 34.0,
            text: page,
            style: foot,
        });
        out.push(crate::page_of(fonts, &draws, &[]));
    }
    pdf.with_pages(out);
    let mut doc = crate::serialize(pdf);
    let s = |v: &str| Object::String(v.as_bytes().to_vec(), StringFormat::Literal);
    let mut info = lopdf::Dictionary::new();
    info.set("Title", s(f.title));
    info.set("Producer", s(GENERATOR));
    info.set("Creator", s("Casebook"));
    let id = doc.add_object(info);
    doc.trailer.set("Info", Object::Reference(id));
    let fid = hex::encode(f.file_id).into_bytes();
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(fid.clone(), StringFormat::Hexadecimal),
            Object::String(fid, StringFormat::Hexadecimal),
        ]),
    );
    doc.compress();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(std::io::Error::other(e)))?;
    Ok(bytes)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            title: "Проект".into(),
            running_head: "Draft".into(),
            footer: "Casebook".into(),
            date: "4 December 2026".into(),
            page_label: "Page {n} of {m}".into(),
            blocks: vec![
                Block::Banner("DRAFT".into()),
                Block::Title("Проект сообщения".into()),
                Block::Heading {
                    text: "1. Жертва".into(),
                    level: 1,
                },
                Block::Fields(vec![
                    ("Имя".into(), "г-жа А.".into()),
                    ("Empty".into(), " ".into()),
                ]),
                Block::Table {
                    header: vec!["A".into(), "B".into()],
                    widths: vec![0.5, 0.5],
                    rows: vec![vec!["x y".into(), "z".into()]],
                },
                Block::Bullets(vec!["one two three".into()]),
            ],
        }
    }

    #[test]
    fn words_are_counted_over_what_is_shown() {
        // DRAFT + Проект сообщения + 1. Жертва + Имя г-жа А. + A B x y z + one two three
        assert_eq!(doc().word_count(), 1 + 2 + 2 + 3 + 5 + 3);
    }

    #[test]
    fn the_same_document_gives_the_same_bytes() {
        let (a, pages) = render_document(&doc()).unwrap();
        let (b, _) = render_document(&doc()).unwrap();
        assert_eq!(pages, 1);
        assert_eq!(a, b);
        assert!(a.starts_with(b"%PDF"));
        let mut longer = doc();
        for i in 0..200 {
            longer
                .blocks
                .push(Block::Paragraph(format!("Paragraph {i}")));
        }
        longer.blocks.push(Block::PageBreak);
        longer.blocks.push(Block::Paragraph("last".into()));
        let (_, pages) = render_document(&longer).unwrap();
        assert!(pages >= 3, "{pages}");
    }
}
