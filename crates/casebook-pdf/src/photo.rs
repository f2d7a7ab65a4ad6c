//! Photos for the evidence section.
//!
//! A JPEG is embedded as it is (DCTDecode): no decoding, no quality loss, little
//! memory, and the court sees the pixels that were received. Only the first image's
//! decoding segments are copied: metadata segments are dropped wherever they stand, and
//! nothing after the end-of-image marker is taken — EXIF can hold GPS coordinates, a
//! camera serial number or the owner's name, and phones append second images and videos,
//! none of which belongs in a file that leaves the vault.
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

/// Copies the first image of a JPEG file, segment by segment, keeping only what a
/// decoder needs: frame header, tables, restart interval, scans and their
/// entropy-coded data, a JFIF header without its thumbnail and an Adobe APP14 header
/// (its colour transform matters for CMYK). Everything else is dropped wherever it
/// stands, between progressive scans too: EXIF and XMP (GPS coordinates, camera
/// serial numbers, owners' names), ICC profiles, comments, vendor segments. The copy
/// ends at the first image's end-of-image marker, so what phones append after it (a
/// second image with its own EXIF, a motion-photo video, vendor trailers) never
/// reaches the case file.
fn from_jpeg(bytes: &[u8]) -> Option<Photo> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut pos = 2;
    let mut size = None;
    let mut orientation = 1u8;
    let mut adobe = false;
    let mut scans = 0usize;
    loop {
        // Fill bytes (0xFF) may precede a marker.
        while bytes.get(pos) == Some(&0xFF) && bytes.get(pos + 1) == Some(&0xFF) {
            pos += 1;
        }
        if scans > 0 && pos >= bytes.len() {
            // Truncated after a scan: show what arrived, as viewers do.
            break;
        }
        if *bytes.get(pos)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(pos + 1)?;
        match marker {
            0xD9 => break,
            // A second start of image inside the first one is not a JPEG we know.
            0xD8 => return None,
            // Markers without a length (TEM, stray restart markers) carry nothing.
            0x01 | 0xD0..=0xD7 => {
                pos += 2;
                continue;
            }
            _ => {}
        }
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
            0xDA => {
                // A scan before its frame header cannot be decoded.
                size?;
                out.extend_from_slice(bytes.get(pos..seg_end)?);
                let data_end = scan_data_end(bytes, seg_end);
                out.extend_from_slice(bytes.get(seg_end..data_end)?);
                scans += 1;
                pos = data_end;
                continue;
            }
            0xE0 => {
                // Version, density units and density; the thumbnail is left out.
                if let Some(header) = body.strip_prefix(b"JFIF\0").and_then(|b| b.get(..7)) {
                    out.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x10]);
                    out.extend_from_slice(b"JFIF\0");
                    out.extend_from_slice(header);
                    out.extend_from_slice(&[0, 0]);
                }
            }
            // EXIF is read for the orientation only, and dropped.
            0xE1 if scans == 0 => {
                if let Some(tiff) = body.strip_prefix(b"Exif\0\0") {
                    if let Some(o) = Orientation::from_exif_chunk(tiff) {
                        orientation = o.to_exif();
                    }
                }
            }
            0xEE => {
                // "Adobe", version, two flag words, transform: 12 bytes, nothing more.
                if let Some(header) = body.get(..12).filter(|b| b.starts_with(b"Adobe")) {
                    adobe = true;
                    out.extend_from_slice(&[0xFF, 0xEE, 0x00, 0x0E]);
                    out.extend_from_slice(header);
                }
            }
            0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                if size.is_some() {
                    return None;
                }
                let h = u16::from_be_bytes([*body.get(1)?, *body.get(2)?]);
                let w = u16::from_be_bytes([*body.get(3)?, *body.get(4)?]);
                let comps = *body.get(5)?;
                size = Some((u32::from(w), u32::from(h), comps));
                out.extend_from_slice(bytes.get(pos..seg_end)?);
            }
            // Huffman and arithmetic-coding tables, quantisation tables, number of
            // lines, restart interval, hierarchical-mode headers.
            0xC4 | 0xCC | 0xDB | 0xDC | 0xDD | 0xDE | 0xDF => {
                out.extend_from_slice(bytes.get(pos..seg_end)?);
            }
            // Other application segments, comments, extensions: dropped.
            _ => {}
        }
        pos = seg_end;
    }
    if scans == 0 {
        return None;
    }
    out.extend_from_slice(&[0xFF, 0xD9]);
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

/// Where the entropy-coded data that starts at `from` ends: at the first marker other
/// than a stuffed zero (0xFF00) or a restart marker (RSTn), both part of the data, or
/// at the end of the file.
fn scan_data_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(k) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b == 0xFF))
    {
        let ff = i + k;
        let mut next = ff + 1;
        // Fill bytes before a marker.
        while bytes.get(next) == Some(&0xFF) {
            next += 1;
        }
        match bytes.get(next) {
            Some(0x00 | 0xD0..=0xD7) => i = next + 1,
            Some(_) => return ff,
            None => return bytes.len(),
        }
    }
    bytes.len()
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

    /// A metadata segment (marker `m`) whose body holds `text`.
    fn segment(m: u8, text: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, m];
        s.extend_from_slice(&u16::try_from(text.len() + 2).unwrap().to_be_bytes());
        s.extend_from_slice(text);
        s
    }

    /// Where the first scan's entropy-coded data ends (the marker after it).
    fn first_scan_end(j: &[u8]) -> usize {
        let sos = j.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
        let len = usize::from(u16::from_be_bytes([j[sos + 2], j[sos + 3]]));
        scan_data_end(j, sos + 2 + len)
    }

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    const PROGRESSIVE: &[u8] = include_bytes!("../tests/fixtures/progressive.jpg");

    #[test]
    fn only_the_first_image_is_kept_and_metadata_dropped_everywhere() {
        for original in [jpeg(40, 24), PROGRESSIVE.to_vec()] {
            let mut spliced = original.clone();
            // In the headers, between the first scan and what follows it (the next
            // progressive scan's tables), and after the end of image.
            let exif = segment(0xE1, b"Exif\0\0SENTINEL-GPS-HEAD 50.4501N 30.5234E");
            spliced.splice(2..2, exif);
            let at = first_scan_end(&spliced);
            let mut between = segment(0xE1, b"Exif\0\0SENTINEL-GPS-BETWEEN");
            between.extend(segment(0xFE, b"SENTINEL-COMMENT"));
            between.extend(segment(0xE2, b"ICC_PROFILE\0SENTINEL-ICC"));
            spliced.splice(at..at, between);
            assert_eq!(spliced[spliced.len() - 2..], [0xFF, 0xD9]);
            spliced.extend(segment(0xE1, b"Exif\0\0SENTINEL-GPS-SECOND-IMAGE"));
            spliced.extend_from_slice(b"SENTINEL-TRAILER motion photo video");

            let p = prepare(&spliced).unwrap();
            assert!(
                !contains(&p.jpeg, b"SENTINEL"),
                "{:?}",
                String::from_utf8_lossy(&p.jpeg)
            );
            assert_eq!(p.jpeg[p.jpeg.len() - 2..], [0xFF, 0xD9]);
            // The pixels are those of the untouched image.
            let a = image::load_from_memory(&original).unwrap().to_rgb8();
            let b = image::load_from_memory(&p.jpeg).unwrap().to_rgb8();
            assert_eq!(a, b);
        }
        // The fixture really has several scans, with tables between them.
        let scans = PROGRESSIVE
            .windows(2)
            .filter(|w| *w == [0xFF, 0xDA])
            .count();
        assert!(scans > 2, "{scans}");
        assert_eq!(PROGRESSIVE[first_scan_end(PROGRESSIVE) + 1], 0xC4);
    }

    #[test]
    fn scan_data_keeps_stuffing_and_restart_markers() {
        let data = [
            0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD3, 0x56, 0xFF, 0xFF, 0xD0, 0x78,
        ];
        let mut j = data.to_vec();
        j.extend_from_slice(&[0xFF, 0xFF, 0xC4, 0x00, 0x02]);
        assert_eq!(scan_data_end(&j, 0), data.len());
        assert_eq!(scan_data_end(&data, 0), data.len());
        assert_eq!(scan_data_end(&[0x12, 0xFF], 0), 2);
    }

    #[test]
    fn adobe_and_jfif_headers_are_kept_without_extras() {
        let original = jpeg(16, 16);
        let mut spliced = original.clone();
        let mut adobe = b"Adobe\0\x64\0\0\0\0\x01".to_vec();
        adobe.extend_from_slice(b"SENTINEL-ADOBE-EXTRA");
        spliced.splice(2..2, segment(0xEE, &adobe));
        let p = prepare(&spliced).unwrap();
        assert!(p.adobe);
        assert!(contains(&p.jpeg, b"Adobe\0\x64"));
        assert!(contains(&p.jpeg, b"JFIF\0"));
        assert!(!contains(&p.jpeg, b"SENTINEL"));
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
