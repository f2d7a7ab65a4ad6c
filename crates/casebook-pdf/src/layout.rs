//! A small page composer: headings, wrapped paragraphs, tables whose header repeats
//! after a page break, and images. Coordinates are points from the top-left corner of
//! an A4 page; they are turned upside down only when PDF operators are written.
//!
//! Nothing is ever clipped: every line of text is placed whole on some page, and a
//! row or paragraph that does not fit continues on the next page.

use crate::fonts::{Fonts, Weight};

pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_L: f32 = 56.0;
pub const MARGIN_R: f32 = 56.0;
/// Content starts below the running header …
pub const CONTENT_TOP: f32 = 74.0;
/// … and ends above the running footer.
pub const CONTENT_BOTTOM: f32 = PAGE_H - 62.0;
pub const CONTENT_W: f32 = PAGE_W - MARGIN_L - MARGIN_R;

pub const BODY: f32 = 9.5;
pub const SMALL: f32 = 8.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
    /// RGB, 0–1.
    pub color: (f32, f32, f32),
}

impl Style {
    pub const fn new(weight: Weight, size: f32) -> Self {
        Style {
            weight,
            size,
            color: (0.0, 0.0, 0.0),
        }
    }
    pub const fn color(mut self, r: f32, g: f32, b: f32) -> Self {
        self.color = (r, g, b);
        self
    }
    pub fn line_height(&self) -> f32 {
        self.size * 1.38
    }
}

pub const TEXT: Style = Style::new(Weight::Regular, BODY);
pub const LABEL: Style = Style::new(Weight::Bold, BODY).color(0.25, 0.25, 0.3);
pub const MUTED: Style = Style::new(Weight::Regular, SMALL).color(0.35, 0.35, 0.4);
pub const ACCENT: (f32, f32, f32) = (0.55, 0.05, 0.1);

#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    /// `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        text: String,
        style: Style,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        gray: f32,
    },
    /// `y` is the top edge.
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: (f32, f32, f32),
    },
    /// Closed rings (outer and holes, even-odd), filled and/or outlined: the brief's
    /// map. `stroke` is (gray, width).
    Path {
        rings: Vec<Vec<(f32, f32)>>,
        fill: Option<(f32, f32, f32)>,
        stroke: Option<(f32, f32)>,
    },
    /// Everything drawn until the matching [`Draw::ClipEnd`] shows only inside these
    /// rings (even-odd): hatching inside a region, a map inside its frame.
    ClipStart {
        rings: Vec<Vec<(f32, f32)>>,
    },
    ClipEnd,
    /// Image `index` of the prepared photos, fitted into the box (`y` = top edge).
    Image {
        index: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

/// A table column: its share of the width, and the style of its cells.
#[derive(Debug, Clone, Copy)]
pub struct Col {
    pub width: f32,
    pub style: Style,
}

const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 3.0;

#[derive(Debug)]
pub struct Composer<'f> {
    pub fonts: &'f Fonts,
    pub pages: Vec<Vec<Draw>>,
    y: f32,
}

impl<'f> Composer<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Composer {
            fonts,
            pages: vec![Vec::new()],
            y: CONTENT_TOP,
        }
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Any drawing at an absolute position (charts, the map).
    pub fn draw(&mut self, d: Draw) {
        self.push(d);
    }

    fn push(&mut self, d: Draw) {
        if let Some(p) = self.pages.last_mut() {
            p.push(d);
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = CONTENT_TOP;
    }

    fn at_top(&self) -> bool {
        self.y <= CONTENT_TOP + 0.5
    }

    pub fn remaining(&self) -> f32 {
        CONTENT_BOTTOM - self.y
    }

    /// Starts a new page unless `h` points still fit.
    pub fn need(&mut self, h: f32) {
        if self.remaining() < h && !self.at_top() {
            self.new_page();
        }
    }

    /// Vertical space, dropped at the top of a page.
    pub fn gap(&mut self, h: f32) {
        if !self.at_top() {
            self.y = (self.y + h).min(CONTENT_BOTTOM);
        }
    }

    pub fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    pub fn y(&self) -> f32 {
        self.y
    }

    /// Text placed at an absolute position (cover page, running heads).
    pub fn text_at(&mut self, x: f32, baseline: f32, text: &str, style: Style) {
        self.push(Draw::Text {
            x,
            y: baseline,
            text: text.to_owned(),
            style,
        });
    }

    pub fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: (f32, f32, f32)) {
        self.push(Draw::Fill { x, y, w, h, color });
    }

    pub fn rule(&mut self, gray: f32, width: f32) {
        let y = self.y;
        self.push(Draw::Line {
            x1: MARGIN_L,
            y1: y,
            x2: PAGE_W - MARGIN_R,
            y2: y,
            width,
            gray,
        });
    }

    /// A section heading (level 1) or sub-heading (level 2); kept with at least a few
    /// lines of what follows.
    pub fn heading(&mut self, text: &str, level: u8) {
        let style = match level {
            1 => Style::new(Weight::Bold, 14.0).color(0.1, 0.15, 0.3),
            _ => Style::new(Weight::Bold, 11.0).color(0.1, 0.15, 0.3),
        };
        self.gap(if level == 1 { 14.0 } else { 8.0 });
        let lines = self.fonts.wrap(text, style.weight, style.size, CONTENT_W);
        let lh = style.line_height();
        self.need(lh * lines.len() as f32 + 4.0 * TEXT.line_height());
        for line in lines {
            self.y += lh;
            self.text_at(MARGIN_L, self.y - lh * 0.25, &line, style);
        }
        if level == 1 {
            self.y += 3.0;
            self.rule(0.55, 0.8);
        }
        self.y += 5.0;
    }

    /// Wrapped text, split across pages line by line.
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        let lh = style.line_height();
        for line in self
            .fonts
            .wrap(text, style.weight, style.size, CONTENT_W - indent)
        {
            if self.remaining() < lh {
                self.new_page();
            }
            self.y += lh;
            self.text_at(MARGIN_L + indent, self.y - lh * 0.28, &line, style);
        }
    }

    /// Label/value pairs as a two-column table without header.
    pub fn fields(&mut self, rows: &[(String, String)]) {
        let rows: Vec<Vec<String>> = rows
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| vec![k.clone(), v.clone()])
            .collect();
        if rows.is_empty() {
            return;
        }
        let cols = [
            Col {
                width: 0.32,
                style: LABEL,
            },
            Col {
                width: 0.68,
                style: TEXT,
            },
        ];
        self.table(None, &cols, &rows);
    }

    /// A table; `header` is drawn first and again at the top of every page the table
    /// continues on. A row taller than the space left continues on the next page.
    pub fn table(&mut self, header: Option<&[String]>, cols: &[Col], rows: &[Vec<String>]) {
        let total: f32 = cols.iter().map(|c| c.width).sum::<f32>().max(0.0001);
        let widths: Vec<f32> = cols.iter().map(|c| c.width / total * CONTENT_W).collect();
        let head_style = Style::new(Weight::Bold, SMALL + 0.5).color(0.15, 0.15, 0.2);
        let header_lines: Option<Vec<Vec<String>>> = header.map(|h| {
            h.iter()
                .zip(&widths)
                .map(|(t, w)| {
                    self.fonts
                        .wrap(t, head_style.weight, head_style.size, w - 2.0 * PAD_X)
                })
                .collect()
        });
        let header_h = header_lines.as_ref().map_or(0.0, |hl| {
            hl.iter().map(Vec::len).max().unwrap_or(1) as f32 * head_style.line_height()
                + 2.0 * PAD_Y
        });
        let draw_header = |me: &mut Self| {
            if let Some(hl) = &header_lines {
                me.fill(MARGIN_L, me.y, CONTENT_W, header_h, (0.9, 0.91, 0.94));
                me.draw_cells(hl, &widths, |_| head_style, 0, usize::MAX);
                me.y += header_h;
            }
        };
        let min_row = TEXT.line_height() + 2.0 * PAD_Y;
        self.need(header_h + min_row);
        draw_header(self);
        for row in rows {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(cols.iter().zip(&widths))
                .map(|(t, (c, w))| {
                    self.fonts
                        .wrap(t, c.style.weight, c.style.size, w - 2.0 * PAD_X)
                })
                .collect();
            let lh = cols
                .iter()
                .map(|c| c.style.line_height())
                .fold(0.0f32, f32::max);
            let n = cells.iter().map(Vec::len).max().unwrap_or(1);
            let mut start = 0;
            // A short row is never split; a long one is split line by line.
            let whole = n as f32 * lh + 2.0 * PAD_Y;
            if whole > self.remaining() && whole <= CONTENT_BOTTOM - CONTENT_TOP - header_h {
                self.new_page();
                draw_header(self);
            }
            while start < n {
                let fit = ((self.remaining() - 2.0 * PAD_Y) / lh).floor();
                let fit = if fit < 1.0 { 0 } else { fit as usize };
                if fit == 0 {
                    self.new_page();
                    draw_header(self);
                    continue;
                }
                let end = (start + fit).min(n);
                let styles: Vec<Style> = cols.iter().map(|c| c.style).collect();
                self.draw_cells(
                    &cells,
                    &widths,
                    |i| styles.get(i).copied().unwrap_or(TEXT),
                    start,
                    end,
                );
                self.y += (end - start) as f32 * lh + 2.0 * PAD_Y;
                self.rule(0.82, 0.4);
                start = end;
                if start < n {
                    self.new_page();
                    draw_header(self);
                }
            }
        }
        self.y += 4.0;
    }

    /// Lines `from..to` of each cell, starting at the current `y` (not advanced).
    fn draw_cells(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        style: impl Fn(usize) -> Style,
        from: usize,
        to: usize,
    ) {
        let mut x = MARGIN_L;
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            let st = style(i);
            let lh = st.line_height();
            let mut y = self.y + PAD_Y;
            for line in cell.iter().skip(from).take(to.saturating_sub(from)) {
                y += lh;
                self.text_at(x + PAD_X, y - lh * 0.28, line, st);
            }
            x += w;
        }
    }

    /// An image fitted to the content width and at most `max_h` high, with a caption.
    pub fn image(&mut self, index: usize, px_w: u32, px_h: u32, caption: &str) {
        let aspect = px_h.max(1) as f32 / px_w.max(1) as f32;
        let max_h = (CONTENT_BOTTOM - CONTENT_TOP) * 0.62;
        let mut w = CONTENT_W;
        let mut h = w * aspect;
        if h > max_h {
            h = max_h;
            w = h / aspect;
        }
        let cap_lines = self
            .fonts
            .wrap(caption, MUTED.weight, MUTED.size, CONTENT_W)
            .len();
        self.need(h + 8.0 + cap_lines as f32 * MUTED.line_height());
        let x = MARGIN_L + (CONTENT_W - w) / 2.0;
        self.push(Draw::Image {
            index,
            x,
            y: self.y,
            w,
            h,
        });
        self.y += h + 4.0;
        self.paragraph(caption, MUTED, 0.0);
        self.y += 8.0;
    }
}
