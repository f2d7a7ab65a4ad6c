//! The shapes of the EECA countries and their regions (`assets/map/eeca.topo.json`,
//! see its `SOURCE.md`), decoded once, and the projection the brief's map is drawn
//! in.
//!
//! Projection: Lambert azimuthal equal-area (Snyder, *Map Projections: A Working
//! Manual*, 1987, p. 185), centred on the middle of what the map shows. Equal-area
//! because a choropleth's eye reads shaded area: a northern region must not look
//! bigger than it is. Being azimuthal, it has no seam at the 180th meridian, so
//! Chukotka's two halves meet.

use std::sync::OnceLock;

/// One country or region: its code and its polygons (rings of lon/lat degrees; the
/// first ring of each polygon is the outline, the others holes).
#[derive(Debug, Clone)]
pub struct Shape {
    /// ISO 3166-1 alpha-2 (a country) or ISO 3166-2 (a region).
    pub id: String,
    /// The country's code (a region's `properties.country`; a country's own id).
    pub country: String,
    pub polygons: Vec<Vec<Vec<(f64, f64)>>>,
}

#[derive(Debug)]
pub struct Shapes {
    pub countries: Vec<Shape>,
    pub regions: Vec<Shape>,
}

const TOPOLOGY: &str = include_str!("../../../assets/map/eeca.topo.json");

/// The shapes, decoded on first use (a few milliseconds); `None` when the file cannot
/// be read, and the brief then says the map is missing and keeps the tables.
pub fn shapes() -> Option<&'static Shapes> {
    static SHAPES: OnceLock<Option<Shapes>> = OnceLock::new();
    SHAPES.get_or_init(|| decode(TOPOLOGY)).as_ref()
}

fn decode(text: &str) -> Option<Shapes> {
    let topo = text
        .parse::<topojson::TopoJson>()
        .ok()?
        .try_unwrap_topology()?;
    let layer = |key: &str| -> Option<Vec<Shape>> {
        let features = topojson::to_geojson(&topo, key).ok()?.features;
        Some(
            features
                .into_iter()
                .filter_map(|f| {
                    let id = match f.id? {
                        geojson::feature::Id::String(s) => s,
                        geojson::feature::Id::Number(n) => n.to_string(),
                    };
                    let country = f
                        .properties
                        .as_ref()
                        .and_then(|p| p.get("country"))
                        .and_then(|c| c.as_str())
                        .map_or_else(|| id.clone(), str::to_owned);
                    let ring = |r: &Vec<Vec<f64>>| -> Vec<(f64, f64)> {
                        r.iter()
                            .filter_map(|p| Some((*p.first()?, *p.get(1)?)))
                            .collect()
                    };
                    let polygon = |p: &Vec<Vec<Vec<f64>>>| p.iter().map(ring).collect();
                    let polygons = match f.geometry?.value {
                        geojson::Value::Polygon(p) => vec![polygon(&p)],
                        geojson::Value::MultiPolygon(ps) => ps.iter().map(polygon).collect(),
                        _ => return None,
                    };
                    Some(Shape {
                        id,
                        country,
                        polygons,
                    })
                })
                .collect(),
        )
    };
    Some(Shapes {
        countries: layer("countries")?,
        regions: layer("regions")?,
    })
}

/// Lambert azimuthal equal-area on the unit sphere, north up.
#[derive(Debug, Clone, Copy)]
pub struct Projection {
    lon0: f64,
    sin0: f64,
    cos0: f64,
}

impl Projection {
    pub fn centred(lon0: f64, lat0: f64) -> Self {
        let p = lat0.to_radians();
        Projection {
            lon0,
            sin0: p.sin(),
            cos0: p.cos(),
        }
    }

    /// Centred on the middle of the shapes' box. Longitudes west of Greenwich are
    /// taken as east of 180 (only Chukotka's tip has any), so the middle of Russia
    /// is in Siberia and not in the Atlantic.
    pub fn for_shapes<'a>(shapes: impl Iterator<Item = &'a Shape>) -> Option<Self> {
        let mut bbox: Option<(f64, f64, f64, f64)> = None;
        for (lon, lat) in shapes
            .flat_map(|s| &s.polygons)
            .flat_map(|p| p.first())
            .flatten()
        {
            let lon = if *lon < 0.0 { lon + 360.0 } else { *lon };
            let b = bbox.get_or_insert((lon, *lat, lon, *lat));
            *b = (b.0.min(lon), b.1.min(*lat), b.2.max(lon), b.3.max(*lat));
        }
        let (x0, y0, x1, y1) = bbox?;
        Some(Projection::centred((x0 + x1) / 2.0, (y0 + y1) / 2.0))
    }

    /// (x, y) with y growing northwards.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let l = (lon - self.lon0).to_radians();
        let p = lat.to_radians();
        let (sp, cp, cl) = (p.sin(), p.cos(), l.cos());
        let k = (2.0 / (1.0 + self.sin0 * sp + self.cos0 * cp * cl).max(1e-9)).sqrt();
        (k * cp * l.sin(), k * (self.cos0 * sp - self.sin0 * cp * cl))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_country_and_region_is_decoded() {
        let s = shapes().unwrap();
        assert_eq!(s.countries.len(), 24);
        assert_eq!(s.regions.len(), 682);
        let crimea = s.regions.iter().find(|r| r.id == "UA-43").unwrap();
        assert_eq!(crimea.country, "UA");
        assert!(!crimea.polygons[0][0].is_empty());
    }

    #[test]
    fn the_projection_keeps_areas_and_the_centre() {
        let p = Projection::centred(50.0, 50.0);
        let (x, y) = p.project(50.0, 50.0);
        assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
        // North is up, east is right.
        assert!(p.project(50.0, 60.0).1 > 0.0);
        assert!(p.project(60.0, 50.0).0 > 0.0);
        // A 1°×1° cell near the centre and one far north have areas in the ratio of
        // their areas on the sphere (cos of latitude), as an equal-area map must.
        let area = |lon: f64, lat: f64| {
            let a = p.project(lon, lat);
            let b = p.project(lon + 1.0, lat);
            let c = p.project(lon, lat + 1.0);
            ((b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)).abs()
        };
        let ratio = area(50.0, 70.0) / area(50.0, 50.0);
        let sphere = 70.5f64.to_radians().cos() / 50.5f64.to_radians().cos();
        assert!((ratio - sphere).abs() < 0.02, "{ratio} vs {sphere}");
    }
}
