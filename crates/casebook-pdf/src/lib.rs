//! The lawyer's case file: one case revision as a PDF a court can rely on.
//!
//! ```text
//! let written = casebook_pdf::write_case_file(&vault, "KZ-ALM-2026-0007", &opts, &dest, &mut |_| {})?;
//! let check = casebook_pdf::verify_pdf_file(&vault, &dest)?;   // check.is_ok()
//! ```
//!
//! `write_case_file` is what the CLI and the desktop call: it renders, writes the file
//! atomically beside its destination and records a `pdf-generated` audit entry.
//! `render_case_file` only renders (tests, benchmarks).
//!
//! Generating requires the survivor's `lawyer` consent (given, not revoked; for the
//! `full` profile also `named`). Every word comes from `locales/<lang>/pdf.ftl`, fonts
//! from `assets/fonts/` (subset on save). See `docs/pdf-integrity.md` for the hashes
//! embedded in the file and what `verify_pdf` checks.

mod brief;
mod content;
mod data;
mod document;
mod error;
mod fonts;
mod format;

mod layout;
mod map;
mod photo;
mod share_card;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use casebook_core::{vocab, ConsentState};
use casebook_i18n::Localizer;
use casebook_store::{AuditEvent, StoredCase, Vault};
use chrono::{DateTime, FixedOffset, SecondsFormat};
use lopdf::{Object, StringFormat};
use printpdf::{
    Color, CurTransMat, DictItem, ExternalStream, ExternalXObject, Line, LinePoint, Op, PaintMode,
    PdfDocument, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb, TextItem,
    WindingOrder, XObject, XObjectId, XObjectTransform,
};
use sha2::{Digest, Sha256};

pub use brief::{render_brief, write_brief, BriefOptions, BriefWritten};
pub use data::{AuditHead, CaseFileData, RevisionSummary};
pub use document::{render_document, Block, Document};
pub use error::PdfError;
pub use format::Fmt;
pub use share_card::{
    render_share_card, share_file_stem, share_file_text, write_split, ShareCardFiles, SplitWritten,
};

use content::AttachmentView;
use fonts::Fonts;
use layout::{Composer, Draw, PAGE_H, PAGE_W};

/// Name and version written into every file; `verify_pdf` re-renders and compares
/// byte for byte only when the file was made by this same generator.
pub const GENERATOR: &str = concat!("casebook-pdf/", env!("CARGO_PKG_VERSION"));

/// What a file may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Everything, identity included: for the case's own lawyer.
    Full,
    /// Identity block, witnesses' pseudonyms and contacts, perpetrators' names and
    /// attachment file names removed; her name parts, phone and ID numbers and birth
    /// date scrubbed from all text ([`casebook_core::redact`]).
    Pseudonymised,
}

impl Profile {
    pub fn code(self) -> &'static str {
        match self {
            Profile::Full => "full",
            Profile::Pseudonymised => "pseudonymised",
        }
    }
}

impl FromStr for Profile {
    type Err = PdfError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "full" => Ok(Profile::Full),
            "pseudonymised" => Ok(Profile::Pseudonymised),
            other => Err(PdfError::UnknownProfile(other.to_owned())),
        }
    }
}

#[derive(Debug, Clone)]
pub struct PdfOptions {
    /// `en`, `ru` or `uk`; independent of the UI language.
    pub lang: String,
    pub profile: Profile,
    /// Defaults to now, in the machine's time zone.
    pub generated_at: Option<DateTime<FixedOffset>>,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            lang: "en".into(),
            profile: Profile::Full,
            generated_at: None,
        }
    }
}

/// Where generation is, for a progress bar. Serialised as `{"stage": "photo",
/// "done": 1, "total": 3}` for the desktop's progress events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(tag = "stage", rename_all = "kebab-case")]
#[ts(rename = "CaseFileProgress")]
pub enum Progress {
    /// Reading the case, its history and the audit head.
    Loading,
    /// Reading and preparing photo `done` of `total`.
    Photo {
        done: usize,
        total: usize,
    },
    /// Laying out pages.
    Layout,
    /// Writing the PDF.
    Writing,
    Done {
        pages: usize,
    },
}

/// What `verify_pdf` found. The file is what the vault says only if [`is_ok`].
///
/// [`is_ok`]: PdfVerification::is_ok
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct PdfVerification {
    pub case_id: String,
    pub case_code: String,
    /// The id of the revision the file was made from (found from its tag for a
    /// file that shows a tag).
    pub revision: String,
    /// What a pseudonymised file shows instead of the revision id (data format 3
    /// on): its HMAC under this vault's secret, [`Vault::revision_tag`].
    pub revision_tag: Option<String>,
    pub profile: String,
    pub lang: String,
    pub generated_at: String,
    pub generator: String,
    /// No byte of the file changed since it was written (file hash).
    pub file_intact: bool,
    /// The data hash in the file is the hash of what the vault's revision renders.
    pub data_matches: bool,
    /// The audit entry named in the file exists in this vault's chain.
    pub audit_head_found: bool,
    /// Re-rendering from the vault gave exactly these bytes; `None` when the file
    /// was made by another version of the generator or in an older data format.
    pub rendering_matches: Option<bool>,
    /// Whether the revision is still the case's head (informational: a newer
    /// revision does not make the file wrong, only older).
    pub revision_is_head: bool,
    /// When this vault recorded writing exactly these bytes (its `pdf-generated`
    /// audit entry), if it did. Informational: files made by `render_case_file`
    /// alone, or before the entry existed, have none and can still be sound.
    pub issued_at: Option<String>,
}

impl PdfVerification {
    pub fn is_ok(&self) -> bool {
        self.file_intact
            && self.data_matches
            && self.audit_head_found
            && self.rendering_matches != Some(false)
    }
}

/// Refuses unless the survivor consented to her case going to a lawyer, and, for a
/// file that names her, to being named.
pub fn check_consent(record: &casebook_core::CaseRecord, profile: Profile) -> Result<(), PdfError> {
    const DEST: &str = "lawyer";
    match record.consent_for(DEST) {
        ConsentState::Given { named } => {
            if profile == Profile::Full && !named {
                return Err(PdfError::ConsentAnonymisedOnly { destination: DEST });
            }
            Ok(())
        }
        ConsentState::Missing => Err(PdfError::Consent {
            destination: DEST,
            state: "missing",
        }),
        ConsentState::Refused => Err(PdfError::Consent {
            destination: DEST,
            state: "refused",
        }),
        ConsentState::Revoked => Err(PdfError::Consent {
            destination: DEST,
            state: "revoked",
        }),
    }
}

/// What a case file would be made from, checked before anyone chooses where to save
/// it: the language is shipped, the case exists and is not deleted, and her consent
/// allows the profile.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct CaseFilePlan {
    pub case_id: String,
    pub case_code: String,
    /// A name for the file, see [`file_name`].
    pub file_name: String,
    /// For a pseudonymised file: the filled free-text fields (paths such as
    /// `incidents[0].narrative`) in which names of other people cannot have been
    /// recognised, for the save dialog to ask someone to read
    /// ([`casebook_core::redact::free_text_fields`]). Empty for a full file.
    pub unchecked_free_text: Vec<String>,
}

/// The name the save dialog suggests: `document-ru.pdf`. No case code and no word
/// for what it is: the name is seen in folder listings, on a USB stick, in a
/// messenger's attachment list. The person may type a better one.
pub fn file_name(opts: &PdfOptions) -> String {
    format!("document-{}.pdf", opts.lang)
}

fn checked_case(
    vault: &Vault,
    case: &str,
    opts: &PdfOptions,
) -> Result<(Localizer, StoredCase), PdfError> {
    let l10n =
        Localizer::new(&opts.lang).map_err(|_| PdfError::UnknownLanguage(opts.lang.clone()))?;
    let stored = vault.get_case(case)?;
    if stored.deleted {
        return Err(PdfError::Store(casebook_store::StoreError::CaseDeleted(
            stored.code,
        )));
    }
    check_consent(&stored.record, opts.profile)?;
    Ok((l10n, stored))
}

/// Checks that a case file can be made for `case` with `opts` (see [`CaseFilePlan`]).
pub fn plan_case_file(
    vault: &Vault,
    case: &str,
    opts: &PdfOptions,
) -> Result<CaseFilePlan, PdfError> {
    let (_, stored) = checked_case(vault, case, opts)?;
    let unchecked_free_text = match opts.profile {
        Profile::Full => vec![],
        Profile::Pseudonymised => casebook_core::redact::free_text_fields(&stored.record),
    };
    Ok(CaseFilePlan {
        file_name: file_name(opts),
        unchecked_free_text,
        case_id: stored.id,
        case_code: stored.code,
    })
}

/// A case file on disk, as [`write_case_file`] left it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct CaseFileWritten {
    pub path: PathBuf,
    /// The last component of `path`, for messages.
    pub file_name: String,
    pub case_id: String,
    pub case_code: String,
    pub revision: String,
    pub lang: String,
    pub profile: &'static str,
    pub pages: usize,
    #[ts(type = "number")]
    pub bytes: u64,
    /// SHA-256 of the whole file as written (what `sha256sum` prints), also in the
    /// audit entry.
    pub sha256: String,
    /// Sequence number of the `pdf-generated` audit entry.
    #[ts(type = "number")]
    pub audit_seq: i64,
}

/// The `pdf-generated` audit detail: identifiers and the file hash, nothing from
/// the record.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct IssuedDetail {
    revision: String,
    lang: String,
    profile: String,
    sha256: String,
}

/// Makes the case file for the head revision of `case` and writes it to `dest`.
///
/// The bytes go to a temporary file in `dest`'s directory (the file is plaintext, so
/// nowhere else), which is synced, recorded in the vault's audit log and only then
/// renamed to `dest`: a file under the chosen name is always complete and always has
/// its `pdf-generated` entry. Any failure before the rename leaves no file behind.
pub fn write_case_file(
    vault: &Vault,
    case: &str,
    opts: &PdfOptions,
    dest: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<CaseFileWritten, PdfError> {
    let mut pages = 0;
    // "Done" is said once the file is in place, not when the bytes are ready.
    let (data, revision, bytes) = render_head(vault, case, opts, &mut |p| match p {
        Progress::Done { pages: n } => pages = n,
        other => progress(other),
    })?;
    let mut out = casebook_store::file_out::OutputFile::create(dest).map_err(PdfError::Write)?;
    out.write_all(&bytes).map_err(PdfError::Write)?;
    out.file().sync_all().map_err(PdfError::Write)?;
    let sha256 = hex::encode(Sha256::digest(&bytes));
    // The vault's own log names the revision itself, also for a file that shows its
    // tag.
    let detail = serde_json::to_string(&IssuedDetail {
        revision: revision.clone(),
        lang: data.lang.clone(),
        profile: data.profile.to_owned(),
        sha256: sha256.clone(),
    })
    .map_err(|_| PdfError::Encode)?;
    let entry = vault.record_pdf_generated(&data.case_id, &detail)?;
    out.commit().map_err(PdfError::Write)?;
    progress(Progress::Done { pages });
    Ok(CaseFileWritten {
        path: dest.to_path_buf(),
        file_name: dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        case_id: data.case_id,
        case_code: data.case_code,
        revision,
        lang: data.lang,
        profile: data.profile,
        pages,
        bytes: bytes.len() as u64,
        sha256,
        audit_seq: entry.seq,
    })
}

/// Builds the case file for the head revision of `case` (UUID or code), without
/// writing or recording it.
pub fn render_case_file(
    vault: &Vault,
    case: &str,
    opts: &PdfOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, PdfError> {
    render_head(vault, case, opts, progress).map(|(_, _, bytes)| bytes)
}

/// The file's data, the id of the revision it was made from and its bytes.
fn render_head(
    vault: &Vault,
    case: &str,
    opts: &PdfOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<(CaseFileData, String, Vec<u8>), PdfError> {
    progress(Progress::Loading);
    let (l10n, stored) = checked_case(vault, case, opts)?;
    let generated_at = opts
        .generated_at
        .unwrap_or_else(|| chrono::Local::now().fixed_offset());
    let audit_head = vault.audit_head()?.map(|a| AuditHead {
        seq: a.seq,
        hash: a.hash,
    });
    let data = build_data(
        vault,
        &stored.id,
        &stored.head.id,
        opts.profile,
        data::DATA_FORMAT,
        &l10n,
        &generated_at.to_rfc3339_opts(SecondsFormat::Secs, false),
        audit_head,
    )?;
    let bytes = render_data(vault, &data, &l10n, progress)?;
    Ok((data, stored.head.id, bytes))
}

#[allow(clippy::too_many_arguments)]
fn build_data(
    vault: &Vault,
    case_id: &str,
    revision: &str,
    profile: Profile,
    format: u32,
    l10n: &Localizer,
    generated_at: &str,
    audit_head: Option<AuditHead>,
) -> Result<CaseFileData, PdfError> {
    let (record, history) = data::redacted(vault, case_id, revision, profile, format)?;
    // The history ends with this revision, already tagged if the file shows tags.
    let shown = history
        .last()
        .map_or_else(|| revision.to_owned(), |h| h.id.clone());
    Ok(CaseFileData {
        format,
        case_id: case_id.to_owned(),
        case_code: record.code.clone(),
        revision: shown,
        profile: profile.code(),
        lang: l10n.lang().to_owned(),
        generated_at: generated_at.to_owned(),
        audit_head,
        history,
        record,
    })
}

/// Reads and prepares every image attachment, one at a time.
fn load_photos(
    vault: &Vault,
    data: &CaseFileData,
    progress: &mut dyn FnMut(Progress),
) -> Vec<AttachmentView> {
    let atts = data
        .record
        .evidence
        .as_ref()
        .map(|e| e.attachments.as_slice())
        .unwrap_or_default();
    let is_image = |a: &casebook_core::model::Attachment| {
        a.media_type
            .as_deref()
            .is_some_and(|m| matches!(vocab::media_kind(m), "photo" | "scan"))
    };
    let total = atts.iter().filter(|a| is_image(a)).count();
    let mut done = 0;
    atts.iter()
        .map(|a| {
            if !is_image(a) {
                return AttachmentView {
                    photo: None,
                    note: None,
                };
            }
            done += 1;
            progress(Progress::Photo { done, total });
            let Some(sha) = a.sha256.as_deref() else {
                return AttachmentView {
                    photo: None,
                    note: Some("pdf-photo-missing"),
                };
            };
            match vault.attachment_size(sha) {
                Ok(n) if n <= photo::MAX_PHOTO_BYTES => {}
                Ok(_) => {
                    return AttachmentView {
                        photo: None,
                        note: Some("pdf-photo-too-large"),
                    }
                }
                Err(_) => {
                    return AttachmentView {
                        photo: None,
                        note: Some("pdf-photo-missing"),
                    }
                }
            }
            let mut bytes = Vec::new();
            if vault.read_attachment(sha, &mut bytes).is_err() {
                return AttachmentView {
                    photo: None,
                    note: Some("pdf-photo-missing"),
                };
            }
            match photo::prepare(&bytes) {
                Some(p) => AttachmentView {
                    photo: Some(p),
                    note: None,
                },
                None => AttachmentView {
                    photo: None,
                    note: Some("pdf-photo-unreadable"),
                },
            }
        })
        .collect()
}

fn render_data(
    vault: &Vault,
    data: &CaseFileData,
    l10n: &Localizer,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, PdfError> {
    let data_hash = data.hash()?;
    let views = load_photos(vault, data, progress);
    progress(Progress::Layout);
    let fonts = Fonts::load()?;
    let fmt = format::Fmt { l: l10n };
    let mut c = Composer::new(&fonts);
    content::compose(&mut c, &fmt, data, &data_hash, &views);
    let total = c.page_count();
    let pages = std::mem::take(&mut c.pages);

    progress(Progress::Writing);
    let mut pdf = PdfDocument::new(&data.case_code);
    Fonts::register(&mut pdf)?;
    let mut xobjects: Vec<Option<(XObjectId, photo::Photo)>> = Vec::with_capacity(views.len());
    for (n, v) in views.into_iter().enumerate() {
        xobjects.push(v.photo.map(|mut p| {
            let id = XObjectId(format!("Im{}", n + 1));
            // The JPEG bytes move into the document; the rest places the image.
            let x = photo_xobject(&mut p);
            pdf.resources
                .xobjects
                .map
                .insert(id.clone(), XObject::External(x));
            (id, p)
        }));
    }
    let header_left = data.case_code.clone();
    let header_right = fmt.msg("pdf-confidential");
    let footer_left = fmt.msg_args(
        if data.revision_tagged() {
            "pdf-footer-left-tag"
        } else {
            "pdf-footer-left"
        },
        &[(
            "revision",
            data.revision.get(..12).unwrap_or(&data.revision),
        )],
    );
    let mut out_pages = Vec::with_capacity(total);
    for (i, draws) in pages.into_iter().enumerate() {
        let page_label = fmt.msg_args(
            "pdf-page-n-of-m",
            &[("n", &(i + 1).to_string()), ("m", &total.to_string())],
        );
        let mut all = draws;
        all.extend(running_heads(
            &fonts,
            &header_left,
            &header_right,
            &footer_left,
            &page_label,
        ));
        out_pages.push(page_of(&fonts, &all, &xobjects));
    }
    pdf.with_pages(out_pages);
    let mut doc = serialize(pdf);
    set_info(&mut doc, data, &data_hash)?;
    doc.compress();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(std::io::Error::other(e)))?;
    drop(doc);
    seal(&mut bytes)?;
    progress(Progress::Done { pages: total });
    Ok(bytes)
}

fn photo_xobject(p: &mut photo::Photo) -> ExternalXObject {
    use std::collections::BTreeMap;
    let name = |s: &str| DictItem::Name(s.as_bytes().to_vec());
    let mut dict = BTreeMap::new();
    dict.insert("Type".to_owned(), name("XObject"));
    dict.insert("Subtype".to_owned(), name("Image"));
    dict.insert("Width".to_owned(), DictItem::Int(i64::from(p.width)));
    dict.insert("Height".to_owned(), DictItem::Int(i64::from(p.height)));
    dict.insert("BitsPerComponent".to_owned(), DictItem::Int(8));
    dict.insert("Filter".to_owned(), name("DCTDecode"));
    let space = match p.components {
        1 => "DeviceGray",
        4 => "DeviceCMYK",
        _ => "DeviceRGB",
    };
    dict.insert("ColorSpace".to_owned(), name(space));
    if p.components == 4 && p.adobe {
        dict.insert(
            "Decode".to_owned(),
            DictItem::Array(
                [1, 0, 1, 0, 1, 0, 1, 0]
                    .into_iter()
                    .map(DictItem::Int)
                    .collect(),
            ),
        );
    }
    ExternalXObject {
        stream: ExternalStream {
            dict,
            content: std::mem::take(&mut p.jpeg),
            compress: false,
        },
        width: None,
        height: None,
        dpi: None,
    }
}

fn running_heads(
    fonts: &Fonts,
    left: &str,
    right: &str,
    footer_left: &str,
    page: &str,
) -> Vec<Draw> {
    use layout::{Style, MARGIN_L, MARGIN_R};
    let head = Style::new(fonts::Weight::Bold, 8.5).color(0.2, 0.2, 0.3);
    let mark = Style::new(fonts::Weight::Bold, 8.5).color(
        layout::ACCENT.0,
        layout::ACCENT.1,
        layout::ACCENT.2,
    );
    let foot = Style::new(fonts::Weight::Regular, 8.0).color(0.35, 0.35, 0.4);
    let right_x = |t: &str, s: Style| PAGE_W - MARGIN_R - fonts.width(t, s.weight, s.size);
    vec![
        Draw::Text {
            x: MARGIN_L,
            y: 42.0,
            text: left.to_owned(),
            style: head,
        },
        Draw::Text {
            x: right_x(right, mark),
            y: 42.0,
            text: right.to_owned(),
            style: mark,
        },
        Draw::Line {
            x1: MARGIN_L,
            y1: 50.0,
            x2: PAGE_W - MARGIN_R,
            y2: 50.0,
            width: 0.6,
            gray: 0.6,
        },
        Draw::Line {
            x1: MARGIN_L,
            y1: PAGE_H - 46.0,
            x2: PAGE_W - MARGIN_R,
            y2: PAGE_H - 46.0,
            width: 0.6,
            gray: 0.6,
        },
        Draw::Text {
            x: MARGIN_L,
            y: PAGE_H - 34.0,
            text: footer_left.to_owned(),
            style: foot,
        },
        Draw::Text {
            x: right_x(page, foot),
            y: PAGE_H - 34.0,
            text: page.to_owned(),
            style: foot,
        },
    ]
}

fn rgb(c: (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

fn pt(x: f32, y_from_top: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_H - y_from_top),
    }
}

/// Rings in page points from the top-left, as one even-odd path.
fn polygon(rings: &[Vec<(f32, f32)>], mode: PaintMode) -> Polygon {
    Polygon {
        rings: rings
            .iter()
            .filter(|r| r.len() >= 2)
            .map(|r| PolygonRing {
                points: r
                    .iter()
                    .map(|&(x, y)| LinePoint {
                        p: pt(x, y),
                        bezier: false,
                    })
                    .collect(),
            })
            .collect(),
        mode,
        winding_order: WindingOrder::EvenOdd,
    }
}

/// One A4 page of drawings (photos by their place in `xobjects`).
pub(crate) fn page_of(
    fonts: &Fonts,
    draws: &[Draw],
    xobjects: &[Option<(XObjectId, photo::Photo)>],
) -> PdfPage {
    let mut ops = Vec::new();
    for d in draws {
        emit(fonts, d, xobjects, &mut ops);
    }
    PdfPage::new(
        printpdf::Mm::from(Pt(PAGE_W)),
        printpdf::Mm::from(Pt(PAGE_H)),
        ops,
    )
}

/// The finished document as lopdf holds it (fonts subset), for its info dictionary.
pub(crate) fn serialize(pdf: PdfDocument) -> lopdf::Document {
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    printpdf::serialize::to_lopdf_doc(&pdf, &opts, &mut warnings)
}

fn emit(
    fonts: &Fonts,
    d: &Draw,
    xobjects: &[Option<(XObjectId, photo::Photo)>],
    ops: &mut Vec<Op>,
) {
    match d {
        Draw::Text { x, y, text, style } => {
            if text.is_empty() {
                return;
            }
            ops.push(Op::StartTextSection);
            ops.push(Op::SetFillColor {
                col: rgb(style.color),
            });
            ops.push(Op::SetTextCursor { pos: pt(*x, *y) });
            for run in fonts.runs(text, style.weight) {
                ops.push(Op::SetFont {
                    font: printpdf::PdfFontHandle::External(fonts::face_id(run.face)),
                    size: Pt(style.size),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(run.text)],
                });
            }
            ops.push(Op::EndTextSection);
        }
        Draw::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            gray,
        } => {
            ops.push(Op::SetOutlineColor {
                col: rgb((*gray, *gray, *gray)),
            });
            ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: pt(*x1, *y1),
                            bezier: false,
                        },
                        LinePoint {
                            p: pt(*x2, *y2),
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
        }
        Draw::Fill { x, y, w, h, color } => {
            ops.push(Op::SetFillColor { col: rgb(*color) });
            let mut r = Rect::from_xywh(Pt(*x), Pt(PAGE_H - y - h), Pt(*w), Pt(*h));
            r.mode = Some(PaintMode::Fill);
            ops.push(Op::DrawRectangle { rectangle: r });
        }
        Draw::Path {
            rings,
            fill,
            stroke,
        } => {
            let mode = match (fill, stroke) {
                (Some(_), Some(_)) => PaintMode::FillStroke,
                (Some(_), None) => PaintMode::Fill,
                (None, Some(_)) => PaintMode::Stroke,
                (None, None) => return,
            };
            if let Some(c) = fill {
                ops.push(Op::SetFillColor { col: rgb(*c) });
            }
            if let Some((gray, width)) = stroke {
                ops.push(Op::SetOutlineColor {
                    col: rgb((*gray, *gray, *gray)),
                });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
            }
            ops.push(Op::DrawPolygon {
                polygon: polygon(rings, mode),
            });
        }
        Draw::ClipStart { rings } => {
            ops.push(Op::SaveGraphicsState);
            ops.push(Op::DrawPolygon {
                polygon: polygon(rings, PaintMode::Clip),
            });
        }
        Draw::ClipEnd => ops.push(Op::RestoreGraphicsState),
        Draw::Image { index, x, y, w, h } => {
            let Some(Some((id, p))) = xobjects.get(*index) else {
                return;
            };
            ops.push(Op::SaveGraphicsState);
            ops.push(Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw(p.matrix(*x, PAGE_H - y - h, *w, *h)),
            });
            ops.push(Op::UseXobject {
                id: id.clone(),
                transform: XObjectTransform {
                    no_auto_scale: true,
                    ..Default::default()
                },
            });
            ops.push(Op::RestoreGraphicsState);
        }
    }
}

// ---------------------------------------------------------------------------
// Integrity: Info entries, the file-hash slot, verification.

const KEY_FORMAT: &str = "CasebookFormat";
const KEY_GENERATOR: &str = "CasebookGenerator";
const KEY_CASE: &str = "CasebookCase";
const KEY_CODE: &str = "CasebookCode";
const KEY_REVISION: &str = "CasebookRevision";
/// Instead of [`KEY_REVISION`] in a pseudonymised file from data format 3 on.
const KEY_REVISION_TAG: &str = "CasebookRevisionTag";
const KEY_PROFILE: &str = "CasebookProfile";
const KEY_LANG: &str = "CasebookLang";
const KEY_GENERATED: &str = "CasebookGenerated";
const KEY_AUDIT_SEQ: &str = "CasebookAuditSeq";
const KEY_AUDIT_HASH: &str = "CasebookAuditHash";
const KEY_DATA_HASH: &str = "CasebookDataHash";
/// The slot: 64 hex digits, zeros while the file hash is computed.
const KEY_FILE_HASH: &str = "CasebookFileHash";
const SLOT_ZEROS: [u8; 64] = [b'0'; 64];

fn set_info(doc: &mut lopdf::Document, d: &CaseFileData, data_hash: &str) -> Result<(), PdfError> {
    let s = |v: &str| Object::String(v.as_bytes().to_vec(), StringFormat::Literal);
    let mut info = lopdf::Dictionary::new();
    // Only identifiers and hashes: the case code is printed on every page anyway;
    // nothing about her, nothing from the record.
    info.set("Title", s(&d.case_code));
    info.set("Producer", s(GENERATOR));
    info.set("Creator", s("Casebook"));
    info.set(KEY_FORMAT, Object::Integer(i64::from(d.format)));
    info.set(KEY_GENERATOR, s(GENERATOR));
    info.set(KEY_CASE, s(&d.case_id));
    info.set(KEY_CODE, s(&d.case_code));
    let revision_key = if d.revision_tagged() {
        KEY_REVISION_TAG
    } else {
        KEY_REVISION
    };
    info.set(revision_key, s(&d.revision));
    info.set(KEY_PROFILE, s(d.profile));
    info.set(KEY_LANG, s(&d.lang));
    info.set(KEY_GENERATED, s(&d.generated_at));
    if let Some(a) = &d.audit_head {
        info.set(KEY_AUDIT_SEQ, Object::Integer(a.seq));
        info.set(KEY_AUDIT_HASH, s(&a.hash));
    }
    info.set(KEY_DATA_HASH, s(data_hash));
    info.set(
        KEY_FILE_HASH,
        Object::String(SLOT_ZEROS.to_vec(), StringFormat::Literal),
    );
    let id = doc.add_object(info);
    doc.trailer.set("Info", Object::Reference(id));
    // A file ID derived from the data, so the same input gives the same bytes.
    let fid = data_hash.get(..32).unwrap_or(data_hash).as_bytes().to_vec();
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(fid.clone(), StringFormat::Hexadecimal),
            Object::String(fid, StringFormat::Hexadecimal),
        ]),
    );
    Ok(())
}

/// Byte offset of the 64 hex digits of the file-hash slot. The Info dictionary is
/// written last, so the search runs from the end; `verify_pdf` additionally requires
/// the key to occur exactly once (an appended update carrying a second slot fails).
fn slot(bytes: &[u8]) -> Option<usize> {
    let key = format!("/{KEY_FILE_HASH}");
    let k = rfind(bytes, key.as_bytes())?;
    let mut p = k + key.len();
    while bytes.get(p).is_some_and(|b| b.is_ascii_whitespace()) {
        p += 1;
    }
    if bytes.get(p) != Some(&b'(') {
        return None;
    }
    let start = p + 1;
    let digits = bytes.get(start..start + 64)?;
    (bytes.get(start + 64) == Some(&b')') && digits.iter().all(u8::is_ascii_hexdigit))
        .then_some(start)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut end = hay.len();
    while let Some(i) = hay[..end].iter().rposition(|&b| b == first) {
        if hay.get(i..i + needle.len()) == Some(needle) {
            return Some(i);
        }
        end = i;
    }
    None
}

/// How often `needle` occurs (a byte scan: fast on image data too).
fn count(hay: &[u8], needle: &[u8]) -> usize {
    let Some(&first) = needle.first() else {
        return 0;
    };
    let mut n = 0;
    let mut from = 0;
    while let Some(i) = hay[from..].iter().position(|&b| b == first) {
        let at = from + i;
        if hay.get(at..at + needle.len()) == Some(needle) {
            n += 1;
        }
        from = at + 1;
    }
    n
}

fn file_hash(bytes: &[u8], at: usize) -> String {
    let mut h = Sha256::new();
    h.update(&bytes[..at]);
    h.update(SLOT_ZEROS);
    h.update(&bytes[at + 64..]);
    hex::encode(h.finalize())
}

/// Writes the SHA-256 of the whole file (slot zeroed) into the slot.
fn seal(bytes: &mut [u8]) -> Result<(), PdfError> {
    let at = slot(bytes).ok_or(PdfError::Encode)?;
    let digest = file_hash(bytes, at);
    bytes[at..at + 64].copy_from_slice(digest.as_bytes());
    Ok(())
}

fn info_string(info: &lopdf::Dictionary, key: &str) -> Option<String> {
    match info.get(key.as_bytes()).ok()? {
        Object::String(b, _) => String::from_utf8(b.clone()).ok(),
        _ => None,
    }
}

/// [`verify_pdf`] for a file on disk.
pub fn verify_pdf_file(vault: &Vault, path: &Path) -> Result<PdfVerification, PdfError> {
    let bytes = std::fs::read(path).map_err(PdfError::Read)?;
    verify_pdf(vault, &bytes)
}

/// When the vault recorded writing a file with this SHA-256 for the case.
fn issued_at(vault: &Vault, case_id: &str, bytes: &[u8]) -> Result<Option<String>, PdfError> {
    let sha256 = hex::encode(Sha256::digest(bytes));
    Ok(vault
        .audit_entries_for_case(case_id, AuditEvent::PdfGenerated)?
        .into_iter()
        .find(|e| serde_json::from_str::<IssuedDetail>(&e.detail).is_ok_and(|d| d.sha256 == sha256))
        .map(|e| e.at))
}

/// The revision of the case whose tag under this vault's secret is `tag`. None
/// matching means another vault made the file (or the tag was changed).
fn revision_with_tag(vault: &Vault, case_id: &str, tag: &str) -> Result<String, PdfError> {
    let history = vault.history(case_id)?;
    let tags = vault.revision_tags(history.iter().map(|r| r.id.as_str()))?;
    history
        .into_iter()
        .zip(tags)
        .find(|(_, t)| t == tag)
        .map(|(r, _)| r.id)
        .ok_or_else(|| PdfError::UnknownRevisionTag {
            tag: tag.to_owned(),
        })
}

/// Checks a case file against the vault: file unchanged since it was written, data
/// hash equal to what the named revision renders, audit entry present, and (same
/// generator version) a byte-identical re-rendering.
pub fn verify_pdf(vault: &Vault, bytes: &[u8]) -> Result<PdfVerification, PdfError> {
    let at = slot(bytes).ok_or(PdfError::NotACaseFile)?;
    let recorded = String::from_utf8_lossy(&bytes[at..at + 64]).into_owned();
    let single = count(bytes, format!("/{KEY_FILE_HASH}").as_bytes()) == 1;
    let file_intact = single && file_hash(bytes, at) == recorded;

    let doc = lopdf::Document::load_mem(bytes).map_err(|_| PdfError::NotACaseFile)?;
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|r| doc.get_dictionary(r))
        .map_err(|_| PdfError::NotACaseFile)?;
    let get = |k: &str| info_string(info, k).ok_or(PdfError::NotACaseFile);
    let case_id = get(KEY_CASE)?;
    let plain_revision = info_string(info, KEY_REVISION);
    let revision_tag = info_string(info, KEY_REVISION_TAG);
    let profile_code = get(KEY_PROFILE)?;
    let lang = get(KEY_LANG)?;
    let generated_at = get(KEY_GENERATED)?;
    let generator = get(KEY_GENERATOR)?;
    let data_hash = get(KEY_DATA_HASH)?;
    let case_code = info_string(info, KEY_CODE).unwrap_or_default();
    let audit_seq = info
        .get(KEY_AUDIT_SEQ.as_bytes())
        .and_then(Object::as_i64)
        .ok();
    let audit_hash = info_string(info, KEY_AUDIT_HASH);
    let format = info
        .get(KEY_FORMAT.as_bytes())
        .and_then(Object::as_i64)
        .map_err(|_| PdfError::NotACaseFile)?;
    drop(doc);
    let format = u32::try_from(format)
        .ok()
        .filter(|f| (1..=data::DATA_FORMAT).contains(f))
        .ok_or(PdfError::NewerFormat { format })?;

    let profile = Profile::from_str(&profile_code)?;
    let tagged = data::tagged(profile, format);
    // Exactly the one its profile and format call for: a tagged file that also
    // named the plain id would be no better than before.
    let shown = match (tagged, plain_revision, revision_tag) {
        (false, Some(id), None) => id,
        (true, None, Some(tag)) => tag,
        _ => return Err(PdfError::NotACaseFile),
    };
    let l10n = Localizer::new(&lang).map_err(|_| PdfError::UnknownLanguage(lang.clone()))?;
    let not_in_vault = || PdfError::NotInVault {
        revision: shown.clone(),
    };
    let stored = vault.get_case(&case_id).map_err(|_| not_in_vault())?;
    let revision = if tagged {
        revision_with_tag(vault, &stored.id, &shown)?
    } else {
        shown.clone()
    };
    let audit_head = match (audit_seq, audit_hash) {
        (Some(seq), Some(hash)) => Some(AuditHead { seq, hash }),
        _ => None,
    };
    let audit_head_found = match &audit_head {
        Some(a) => vault
            .audit_entries(
                // Sequence numbers start at 1; anything else came from the file only.
                a.seq
                    .checked_sub(1)
                    .filter(|after| *after >= 0)
                    .ok_or(PdfError::BadAuditSeq { seq: a.seq })?,
                1,
            )?
            .first()
            .is_some_and(|e| e.seq == a.seq && e.hash == a.hash),
        None => false,
    };
    let data = match build_data(
        vault,
        &stored.id,
        &revision,
        profile,
        format,
        &l10n,
        &generated_at,
        audit_head,
    ) {
        Ok(d) => d,
        Err(PdfError::Store(casebook_store::StoreError::RevisionNotFound(_))) => {
            return Err(not_in_vault())
        }
        Err(e) => return Err(e),
    };
    let data_matches = data.hash()? == data_hash;
    // Files of an older data format were laid out by an older generator, whatever
    // version string it had.
    let rendering_matches = if generator == GENERATOR && format == data::DATA_FORMAT && data_matches
    {
        Some(render_data(vault, &data, &l10n, &mut |_| {})? == bytes)
    } else {
        None
    };
    Ok(PdfVerification {
        case_id: stored.id.clone(),
        case_code,
        revision: revision.clone(),
        revision_tag: tagged.then_some(shown),
        profile: profile_code,
        lang,
        generated_at,
        generator,
        file_intact,
        data_matches,
        audit_head_found,
        rendering_matches,
        revision_is_head: stored.head.id == revision,
        issued_at: issued_at(vault, &stored.id, bytes)?,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A pseudonymised file made in data format 1 (before `casebook_core::redact`)
    /// still verifies: its data is rebuilt the way format 1 built it.
    #[test]
    fn files_of_data_format_1_still_verify() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = Vault::create(
            &tmp.path().join("v"),
            &casebook_store::Secret::from("long passphrase"),
            &casebook_store::VaultOptions {
                kdf: casebook_store::KdfParams::insecure_for_tests(),
                ..Default::default()
            },
        )
        .unwrap()
        .0;
        let json = include_str!("../../casebook-core/tests/fixtures/example-case.json");
        let mut r = casebook_core::CaseRecord::from_json_str(json).unwrap();
        r.incidents[0].narrative = Some("Айгуль Сериковна Н. сказала.".into());
        let stored = v.add_case(r, "tester").unwrap();
        let l10n = Localizer::new("ru").unwrap();
        let audit_head = v.audit_head().unwrap().map(|a| AuditHead {
            seq: a.seq,
            hash: a.hash,
        });
        let old = build_data(
            &v,
            &stored.id,
            &stored.head.id,
            Profile::Pseudonymised,
            1,
            &l10n,
            "2026-04-02T15:42:00+05:00",
            audit_head,
        )
        .unwrap();
        assert_eq!(old.format, 1);
        // Format 1 let the pseudonym through where format 2 does not.
        assert_eq!(old.record.survivor.pseudonym, "Айгуль");
        let bytes = render_data(&v, &old, &l10n, &mut |_| {}).unwrap();
        let check = verify_pdf(&v, &bytes).unwrap();
        assert!(check.file_intact && check.data_matches, "{check:?}");
        assert_eq!(check.rendering_matches, None);
        assert!(check.is_ok());
    }

    /// A pseudonymised file made in data format 2, which named the revision id
    /// itself, still verifies as it did.
    #[test]
    fn pseudonymised_files_of_data_format_2_still_verify_by_revision_id() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = Vault::create(
            &tmp.path().join("v"),
            &casebook_store::Secret::from("long passphrase"),
            &casebook_store::VaultOptions {
                kdf: casebook_store::KdfParams::insecure_for_tests(),
                ..Default::default()
            },
        )
        .unwrap()
        .0;
        let json = include_str!("../../casebook-core/tests/fixtures/example-case.json");
        let r = casebook_core::CaseRecord::from_json_str(json).unwrap();
        let stored = v.add_case(r, "tester").unwrap();
        let l10n = Localizer::new("uk").unwrap();
        let audit_head = v.audit_head().unwrap().map(|a| AuditHead {
            seq: a.seq,
            hash: a.hash,
        });
        let old = build_data(
            &v,
            &stored.id,
            &stored.head.id,
            Profile::Pseudonymised,
            2,
            &l10n,
            "2026-04-02T15:42:00+05:00",
            audit_head,
        )
        .unwrap();
        assert!(!old.revision_tagged());
        assert_eq!(old.revision, stored.head.id);
        assert_eq!(old.history[0].id, stored.head.id);
        let bytes = render_data(&v, &old, &l10n, &mut |_| {}).unwrap();
        assert!(count(&bytes, stored.head.id.as_bytes()) >= 1);
        assert_eq!(count(&bytes, KEY_REVISION_TAG.as_bytes()), 0);
        let check = verify_pdf(&v, &bytes).unwrap();
        assert!(check.file_intact && check.data_matches, "{check:?}");
        assert_eq!(check.rendering_matches, None);
        assert_eq!(check.revision, stored.head.id);
        assert_eq!(check.revision_tag, None);
        assert!(check.is_ok());
    }
}
