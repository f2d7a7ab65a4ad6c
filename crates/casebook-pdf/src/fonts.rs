//! The embedded fonts and text measurement.
//!
//! Noto Sans covers Latin and Cyrillic but not Georgian or Armenian, so those two
//! scripts come from Noto Sans Georgian / Noto Sans Armenian: text is cut into runs,
//! each run set in the first face that has glyphs for it. Widths come from the fonts'
//! own advance tables; printpdf writes glyphs without kerning or shaping, so the
//! measured width is exactly the drawn width.

use printpdf::{FontId, ParsedFont, PdfDocument};

use crate::PdfError;

/// Regular and bold of each family, in fallback order.
const FACES: [(&str, &[u8]); 6] = [
    (
        "CBSANR",
        include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "CBSANB",
        include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
    ),
    (
        "CBGEOR",
        include_bytes!("../../../assets/fonts/NotoSansGeorgian-Regular.ttf"),
    ),
    (
        "CBGEOB",
        include_bytes!("../../../assets/fonts/NotoSansGeorgian-Bold.ttf"),
    ),
    (
        "CBARMR",
        include_bytes!("../../../assets/fonts/NotoSansArmenian-Regular.ttf"),
    ),
    (
        "CBARMB",
        include_bytes!("../../../assets/fonts/NotoSansArmenian-Bold.ttf"),
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// The parsed faces, for measuring and for choosing the face of each run.
pub struct Fonts {
    faces: Vec<ttf_parser::Face<'static>>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("faces", &self.faces.len())
            .finish()
    }
}

/// One stretch of text set in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub face: usize,
    pub text: String,
}

impl Fonts {
    pub fn load() -> Result<Self, PdfError> {
        let mut faces = Vec::with_capacity(FACES.len());
        for (name, bytes) in FACES {
            let face =
                ttf_parser::Face::parse(bytes, 0).map_err(|_| PdfError::Font(name.to_owned()))?;
            faces.push(face);
        }
        Ok(Fonts { faces })
    }

    /// Registers every face with the document under a fixed id, so that the same
    /// input always produces the same bytes (the ids name the font resources and
    /// become the subset tags).
    pub fn register(pdf: &mut PdfDocument) -> Result<(), PdfError> {
        for (name, bytes) in FACES {
            let mut warnings = Vec::new();
            let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
                .ok_or_else(|| PdfError::Font(name.to_owned()))?;
            pdf.resources
                .fonts
                .map
                .insert(font_id(name), printpdf::PdfFont::new(parsed));
        }
        Ok(())
    }

    fn has(&self, face: usize, c: char) -> bool {
        self.faces
            .get(face)
            .is_some_and(|f| f.glyph_index(c).is_some())
    }

    /// Cuts `text` into runs of one face each. Characters no face has stay in the
    /// main face (and show as a box, which is at least visible).
    pub fn runs(&self, text: &str, weight: Weight) -> Vec<Run> {
        let base = match weight {
            Weight::Regular => 0,
            Weight::Bold => 1,
        };
        let mut runs: Vec<Run> = Vec::new();
        for c in text.chars() {
            let current = runs.last().map(|r| r.face);
            let face = match current {
                Some(f) if self.has(f, c) => f,
                _ => [base, base + 2, base + 4]
                    .into_iter()
                    .find(|f| self.has(*f, c))
                    .unwrap_or(base),
            };
            match runs.last_mut() {
                Some(r) if r.face == face => r.text.push(c),
                _ => runs.push(Run {
                    face,
                    text: c.to_string(),
                }),
            }
        }
        runs
    }

    fn advance(&self, face: usize, c: char) -> f32 {
        let Some(f) = self.faces.get(face) else {
            return 0.0;
        };
        let upem = f32::from(f.units_per_em().max(1));
        let gid = f.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        f32::from(f.glyph_hor_advance(gid).unwrap_or(0)) / upem
    }

    /// Width of `text` in points at `size`.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        self.runs(text, weight)
            .iter()
            .map(|r| r.text.chars().map(|c| self.advance(r.face, c)).sum::<f32>())
            .sum::<f32>()
            * size
    }

    /// Breaks `text` into lines no wider than `width`; explicit newlines are kept,
    /// words longer than a line are cut between characters.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let space = self.width(" ", weight, size);
        for para in text.split('\n') {
            let para = para.trim_end_matches('\r');
            let mut line = String::new();
            let mut line_w = 0.0f32;
            for word in para.split(' ').filter(|w| !w.is_empty()) {
                let w = self.width(word, weight, size);
                if !line.is_empty() && line_w + space + w <= width {
                    line.push(' ');
                    line.push_str(word);
                    line_w += space + w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if w <= width {
                    line = word.to_owned();
                    line_w = w;
                } else {
                    // Hashes, URLs, long numbers: cut where the line is full.
                    line_w = 0.0;
                    for c in word.chars() {
                        let cw = self.width(c.encode_utf8(&mut [0; 4]), weight, size);
                        if !line.is_empty() && line_w + cw > width {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                        line.push(c);
                        line_w += cw;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }
}

pub fn font_id(name: &str) -> FontId {
    FontId(name.to_owned())
}

/// The printpdf id of a face index from [`Fonts::runs`].
pub fn face_id(face: usize) -> FontId {
    font_id(FACES.get(face).map(|(n, _)| *n).unwrap_or(FACES[0].0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_get_their_faces() {
        let f = Fonts::load().unwrap();
        let runs = f.runs("Тбилиси თბილისი Երևան", Weight::Regular);
        let faces: Vec<usize> = runs.iter().map(|r| r.face).collect();
        assert_eq!(faces, vec![0, 2, 4]);
        assert!(f.width("Привет", Weight::Bold, 10.0) > 20.0);
    }

    #[test]
    fn wraps_and_cuts_long_words() {
        let f = Fonts::load().unwrap();
        let lines = f.wrap(&"a".repeat(200), Weight::Regular, 10.0, 100.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(f.width(l, Weight::Regular, 10.0) <= 100.01);
        }
        assert_eq!(
            f.wrap("one\ntwo", Weight::Regular, 10.0, 500.0),
            ["one", "two"]
        );
    }
}
