//! The colleagues' share cards: one printable page per share, and a small text file
//! beside it that the unlock screen and `--shares` read back. Written once, when the
//! split is made; the program keeps none of them.
//!
//! A card found in a search should say as little as possible: no program name, no
//! centre, no case; only the share, the vault's short fingerprint, K and N, and how
//! to use it.

use std::path::{Path, PathBuf};

use casebook_core::PartialDate;
use casebook_i18n::Localizer;
use casebook_store::{RecoveryShare, SplitPlan, UnlockSecret, Vault};
use chrono::NaiveDate;
use lopdf::{Object, StringFormat};
use printpdf::PdfDocument;
use zeroize::Zeroizing;

use crate::fonts::{Fonts, Weight};
use crate::format::Fmt;
use crate::layout::{Composer, Draw, Style, CONTENT_W, MARGIN_L, MUTED, PAGE_W, TEXT};
use crate::PdfError;

/// The split as written out: where each colleague's card and file went.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct SplitWritten {
    pub fingerprint: String,
    pub threshold: u8,
    pub shares: u8,
    pub cards: Vec<ShareCardFiles>,
}

#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct ShareCardFiles {
    pub number: u8,
    #[ts(type = "string")]
    pub card: PathBuf,
    #[ts(type = "string")]
    pub file: PathBuf,
}

/// `share-2-of-3.pdf` and `share-2-of-3.txt`: nothing in the names says what for.
pub fn share_file_stem(number: u8, shares: u8) -> String {
    format!("share-{number}-of-{shares}")
}

/// Splits the vault's recovery secret K of N and writes, into `dir`, a card (PDF)
/// and a text file per share, in `lang`. The key file changes only once every file
/// is written; if one cannot be, the files already written are removed and the
/// earlier split (if any) goes on working.
pub fn write_split(
    vault: &mut Vault,
    current: &UnlockSecret,
    plan: SplitPlan,
    lang: &str,
    dir: &Path,
) -> Result<SplitWritten, PdfError> {
    let l = Localizer::new(lang).map_err(|_| PdfError::UnknownLanguage(lang.to_owned()))?;
    let fonts = Fonts::load()?;
    let fingerprint = vault.fingerprint();
    let made = chrono::Local::now().date_naive();
    vault
        .split_recovery_with(current, plan, |shares| {
            let mut written: Vec<PathBuf> = vec![];
            let res = (|| -> Result<Vec<ShareCardFiles>, PdfError> {
                let mut cards = vec![];
                for share in shares {
                    let stem = share_file_stem(share.number(), share.shares());
                    let card = dir.join(format!("{stem}.pdf"));
                    let file = dir.join(format!("{stem}.txt"));
                    let pdf = Zeroizing::new(render_card(&l, &fonts, share, &fingerprint, made)?);
                    casebook_store::file_out::write_atomically(&card, |w| w.write_all(&pdf))
                        .map_err(PdfError::Write)?;
                    written.push(card.clone());
                    let text = share_file_text(&l, share, &fingerprint, made);
                    casebook_store::file_out::write_atomically(&file, |w| {
                        w.write_all(text.as_bytes())
                    })
                    .map_err(PdfError::Write)?;
                    written.push(file.clone());
                    cards.push(ShareCardFiles {
                        number: share.number(),
                        card,
                        file,
                    });
                }
                Ok(cards)
            })();
            if res.is_err() {
                for path in &written {
                    let _ = std::fs::remove_file(path);
                }
            }
            res
        })
        .map(|cards| SplitWritten {
            fingerprint,
            threshold: plan.threshold(),
            shares: plan.shares(),
            cards,
        })
}

/// The text file of a share: a note line (`#`, ignored when read back) and the share.
pub fn share_file_text(
    l: &Localizer,
    share: &RecoveryShare,
    fingerprint: &str,
    made: NaiveDate,
) -> Zeroizing<String> {
    let fmt = Fmt { l };
    let note = l.msg(
        "share-file-note",
        &[
            ("n", &share.number().to_string()),
            ("total", &share.shares().to_string()),
            ("k", &share.threshold().to_string()),
            ("fingerprint", fingerprint),
            ("date", &fmt.partial_date(&PartialDate::Exact(made))),
        ],
    );
    Zeroizing::new(format!("# {note}\n{}\n", share.display().as_str()))
}

/// One card, rendered in memory (tests and the CLI's preview use it too).
pub fn render_share_card(
    share: &RecoveryShare,
    fingerprint: &str,
    lang: &str,
    made: NaiveDate,
) -> Result<Vec<u8>, PdfError> {
    let l = Localizer::new(lang).map_err(|_| PdfError::UnknownLanguage(lang.to_owned()))?;
    let fonts = Fonts::load()?;
    render_card(&l, &fonts, share, fingerprint, made)
}

fn render_card(
    l: &Localizer,
    fonts: &Fonts,
    share: &RecoveryShare,
    fingerprint: &str,
    made: NaiveDate,
) -> Result<Vec<u8>, PdfError> {
    let fmt = Fmt { l };
    let n = share.number().to_string();
    let total = share.shares().to_string();
    let k = share.threshold().to_string();
    let title = l.msg("share-card-title", &[("n", &n), ("total", &total)]);
    let mut c = Composer::new(fonts);
    c.set_y(40.0);
    c.heading(&title, 1);
    c.paragraph(
        &l.msg("share-card-rule", &[("k", &k), ("total", &total)]),
        Style::new(Weight::Bold, 11.0),
        0.0,
    );
    c.gap(10.0);
    c.fields(&[
        (l.msg("share-card-fingerprint", &[]), fingerprint.to_owned()),
        (
            l.msg("share-card-made", &[]),
            fmt.partial_date(&PartialDate::Exact(made)),
        ),
    ]);
    c.gap(14.0);
    c.paragraph(&l.msg("share-card-share", &[]), crate::layout::LABEL, 0.0);
    // Four lines of four groups, large and spaced, so that it reads back by eye.
    let display = share.display();
    let groups: Vec<&str> = display.split('-').collect();
    let big = Style::new(Weight::Bold, 17.0);
    let box_top = c.y() + 4.0;
    let lines: Vec<String> = groups.chunks(4).map(|g| g.join("  ")).collect();
    let box_h = lines.len() as f32 * 30.0 + 16.0;
    c.fill(MARGIN_L, box_top, CONTENT_W, box_h, (0.94, 0.94, 0.96));
    let mut y = box_top + 8.0;
    for (i, line) in lines.iter().enumerate() {
        y += 30.0;
        let number = format!("{}.", i + 1);
        c.text_at(MARGIN_L + 12.0, y - 6.0, &number, MUTED);
        let w = fonts.width(line, big.weight, big.size);
        c.text_at((PAGE_W - w) / 2.0, y - 6.0, line, big);
    }
    c.set_y(box_top + box_h + 10.0);
    c.paragraph(&l.msg("share-card-check", &[]), MUTED, 0.0);
    c.gap(12.0);
    c.heading(&l.msg("share-card-howto", &[]), 2);
    for (i, id) in [
        "share-card-step-keep",
        "share-card-step-open",
        "share-card-step-new",
        "share-card-step-lost",
    ]
    .iter()
    .enumerate()
    {
        let text = format!("{}. {}", i + 1, l.msg(id, &[("k", &k)]));
        c.paragraph(&text, TEXT, 0.0);
        c.gap(4.0);
    }
    c.gap(26.0);
    let kept = l.msg("share-card-kept-by", &[]);
    c.paragraph(&kept, crate::layout::LABEL, 0.0);
    let line_y = c.y() + 18.0;
    c.draw(Draw::Line {
        x1: MARGIN_L + fonts.width(&kept, Weight::Bold, crate::layout::BODY) + 8.0,
        y1: line_y - 18.0,
        x2: MARGIN_L + CONTENT_W * 0.7,
        y2: line_y - 18.0,
        width: 0.6,
        gray: 0.4,
    });

    let pages = std::mem::take(&mut c.pages)
        .iter()
        .map(|draws| crate::page_of(fonts, draws, &[]))
        .collect();
    let mut pdf = PdfDocument::new(&title);
    Fonts::register(&mut pdf)?;
    pdf.with_pages(pages);
    let mut doc = crate::serialize(pdf);
    // Only the title: no producer or creator that would name the program.
    let mut info = lopdf::Dictionary::new();
    // UTF-16BE with its mark, so that a Cyrillic title reads right in a viewer.
    let mut utf16 = vec![0xfe, 0xff];
    utf16.extend(title.encode_utf16().flat_map(u16::to_be_bytes));
    info.set("Title", Object::String(utf16, StringFormat::Hexadecimal));
    let id = doc.add_object(info);
    doc.trailer.set("Info", Object::Reference(id));
    doc.compress();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(std::io::Error::other(e)))?;
    Ok(bytes)
}
