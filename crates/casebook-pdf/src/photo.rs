//! Photos for the evidence section.
//!
//! A JPEG is embedded as it is (DCTDecode): no decoding, no quality loss, little
//! memory, and the court sees the pixels that were received. Only its metadata
//! segments are dropped on the way in — EXIF can hold GPS coordinates, a camera serial
//! number or the owner's name, none of which belongs in a file that leaves the vault.
//! EXIF orientation is read first and applied by the placement matrix.
//!
//! Other image types (PNG) are decoded with limits, scaled down to
//! [`MAX_REENCODED_SIDE`] and re-encoded as JPEG.

use std::io::Cursor;

use image::metadata::Orientation;

/// Longest side of a re-encoded (non-JPEG) photo, in pixels.
pub const MAX_REENCODED_SIDE: u32 = 2000;
/// Attachments larger than this are listed, not embedded.
pub const MAX_PHOTO_BYTES: u64 = 64 * 1024 * 1024;
/// Decoding refuses images that would need more memory than this.
const DECODE_LIMIT: u64 = 256 * 1024 * 1024;

/// A photo ready to embed.
#[derive(Debug, Clone)]
pub struct Photo {
    /// Baseline or progressive JPEG without metadata segments.
    pub jpeg: Vec<u8>,
    /// Stored size (before orientation).
    pub width: u32,
    pub height: u32,
    pub components: u8,
    /// Adobe APP14 present (inverted CMYK).
    pub adobe: bool,
    /// EXIF orientation 1–8.
    pub orientation: u8,
}

impl Photo {
    /// Size as it is meant to be seen.
    pub fn display_size(&self) -> (u32, u32) {
        if self.orientation >= 5 {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }

    /// The PDF matrix that draws this image's unit square upright into the box with
    /// lower-left corner (`x`, `y`) and size `w` × `h` (all in PDF points).
    pub fn matrix(&self, x: f32, y: f32, w: f32, h: f32) -> [f32; 6] {
        // (s, t) = displayed position in the box, as affine functions of the stored
        // image's unit-square coordinates (u right, v up): s = a_s·u + b_s·v + c_s.
        let (a_s, b_s, c_s, a_t, b_t, c_t) = match self.orientation {
            2 => (-1.0, 0.0, 1.0, 0.0, 1.0, 0.0),
            3 => (-1.0, 0.0, 1.0, 0.0, -1.0, 1.0),
            4 => (1.0, 0.0, 0.0, 0.0, -1.0, 1.0),
            5 => (0.0, -1.0, 1.0, -1.0, 0.0, 1.0),
            6 => (0.0, 1.0, 0.0, -1.0, 0.0, 1.0),
            7 => (0.0, 1.0, 0.0, 1.0, 0.0, 0.0),
            8 => (0.0, -1.0, 1.0, 1.0, 0.0, 0.0),
            _ => (1.0, 0.0, 0.0, 0.0, 1.0, 0.0),
        };
        [w * a_s, h * a_t, w * b_s, h * b_t, x + w * c_s, y + h * c_t]
    }
}

/// Prepares an image attachment; `None` when it cannot be shown (the attachment is
/// still listed with its hash).
pub fn prepare(bytes: &[u8]) -> Option<Photo> {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        if let Some(p) = from_jpeg(bytes) {
            return Some(p);
        }
    }
    reencode(bytes)
}

/// Walks the JPEG segments up to the scan, keeping what a decoder needs.
fn from_jpeg(bytes: &[u8]) -> Option<Photo> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut pos = 2;
    let mut size = None;
    let mut orientation = 1u8;
    let mut adobe = false;
    loop {
        // Fill bytes (0xFF) may precede a marker.
        while bytes.get(pos) == Some(&0xFF) && bytes.get(pos + 1) == Some(&0xFF) {
            pos += 1;
        }
        if *bytes.get(pos)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(pos + 1)?;
        let len = usize::from(u16::from_be_bytes([
            *bytes.get(pos + 2)?,
            *bytes.get(pos + 3)?,
        ]));
        if len < 2 {
            return None;
        }
        let seg_end = pos.checked_add(2 + len)?;
        let body = bytes.get(pos + 4..seg_end)?;
        match marker {
            // Start of scan: the rest is entropy-coded data and trailing markers.
            0xDA => {
                out.extend_from_slice(bytes.get(pos..)?);
                break;
            }
            0xE1 => {
                if let Some(tiff) = body.strip_prefix(b"Exif\0\0") {
                    if let Some(o) = Orientation::from_exif_chunk(tiff) {
                        orientation = o.to_exif();
                    }
                }
                continue_after(&mut pos, seg_end);
                continue;
            }
            0xEE => {
                adobe = body.starts_with(b"Adobe");
            }
            // Other application segments and comments: metadata, dropped.
            0xE2..=0xED | 0xEF | 0xFE => {
                continue_after(&mut pos, seg_end);
                continue;
            }
            0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                let h = u16::from_be_bytes([*body.get(1)?, *body.get(2)?]);
                let w = u16::from_be_bytes([*body.get(3)?, *body.get(4)?]);
                let comps = *body.get(5)?;
                size = Some((u32::from(w), u32::from(h), comps));
            }
            _ => {}
        }
        out.extend_from_slice(bytes.get(pos..seg_end)?);
        pos = seg_end;
    }
    let (width, height, components) = size?;
    if width == 0 || height == 0 || !matches!(components, 1 | 3 | 4) {
        return None;
    }
    Some(Photo {
        jpeg: out,
        width,
        height,
        components,
        adobe,
        orientation,
    })
}

fn continue_after(pos: &mut usize, end: usize) {
    *pos = end;
}

/// Decodes any other supported image, applies its orientation, scales it down and
/// encodes it as JPEG.
fn reencode(bytes: &[u8]) -> Option<Photo> {
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(DECODE_LIMIT);
    reader.limits(limits);
    let img = reader.decode().ok()?;
    let img = if img.width() > MAX_REENCODED_SIDE || img.height() > MAX_REENCODED_SIDE {
        img.thumbnail(MAX_REENCODED_SIDE, MAX_REENCODED_SIDE)
    } else {
        img
    };
    // Transparent areas become white, as on paper.
    let rgba = img.to_rgba8();
    let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
    for (dst, src) in rgb.pixels_mut().zip(rgba.pixels()) {
        let a = u16::from(src[3]);
        for i in 0..3 {
            dst[i] = ((u16::from(src[i]) * a + 255 * (255 - a)) / 255) as u8;
        }
    }
    let mut out = Vec::new();
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88);
    rgb.write_with_encoder(enc).ok()?;
    let mut photo = from_jpeg(&out)?;
    photo.orientation = 1;
    Some(photo)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, _| image::Rgb([(x % 255) as u8, 80, 120]));
        let mut out = Vec::new();
        img.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, 80,
        ))
        .unwrap();
        out
    }

    #[test]
    fn reads_size_and_strips_nothing_essential() {
        let p = prepare(&jpeg(64, 32)).unwrap();
        assert_eq!((p.width, p.height, p.components), (64, 32, 3));
        assert_eq!(p.orientation, 1);
        assert!(image::load_from_memory(&p.jpeg).is_ok());
    }

    #[test]
    fn garbage_is_refused_not_a_panic() {
        assert!(prepare(b"\xFF\xD8\xFF\xE1\x00").is_none());
        assert!(prepare(b"not an image").is_none());
        assert!(prepare(&[]).is_none());
    }

    #[test]
    fn orientation_matrices_map_corners_upright() {
        let mut p = prepare(&jpeg(40, 20)).unwrap();
        for o in 1..=8u8 {
            p.orientation = o;
            let m = p.matrix(0.0, 0.0, 1.0, 1.0);
            // Every corner of the unit square lands on a corner of the box.
            for (u, v) in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)] {
                let x = m[0] * u + m[2] * v + m[4];
                let y = m[1] * u + m[3] * v + m[5];
                assert!((x == 0.0 || x == 1.0) && (y == 0.0 || y == 1.0), "{o}");
            }
        }
        p.orientation = 6;
        // Stored top-left corner (u=0, v=1) is shown top-right.
        let m = p.matrix(0.0, 0.0, 1.0, 1.0);
        assert_eq!((m[2] + m[4], m[3] + m[5]), (1.0, 1.0));
        assert_eq!(p.display_size(), (20, 40));
    }
}
