//! The statistics screen through the real program, in Russian, over a few hundred
//! synthetic cases: act × country counted with small cells hidden, the map drawn
//! with its regions reachable and choosable, the table saved as CSV through the
//! native save dialog and read back (labels, codes, no number under k), the map
//! saved as PNG, and each file recorded in the audit log without case content.
//! Run with `scripts/e2e.sh --test stats`.

use casebook_e2e::{
    env, msg, native_dialog_answer, pdftotext, require_dialog_tools, run, App, Profile, Result,
    PASSPHRASE,
};

const CASES: usize = 400;

fn seed(profile: &Profile) -> Result<()> {
    let (mut vault, _) = profile.create_vault()?;
    vault.add_cases(casebook_demo::generate(11, CASES), "e2e")?;
    Ok(())
}

/// The texts of the elements `css` finds, read in one go in the page (the table
/// is redrawn while a count arrives).
async fn cells(app: &App, css: &str) -> Result<Vec<String>> {
    let v = app
        .client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent.trim());",
            vec![serde_json::Value::from(css)],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// Waits until the table has more than `n` header cells (the crossing has arrived).
async fn wait_columns(app: &App, n: usize) -> Result<Vec<String>> {
    let deadline = std::time::Instant::now() + casebook_e2e::UI_TIMEOUT;
    loop {
        let heads = cells(app, "[data-testid=stats-table] thead th").await?;
        if heads.len() > n {
            return Ok(heads);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("the table kept {heads:?}").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[test]
fn statistics_in_russian_act_by_country_map_and_csv_read_back() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        let out = tempfile::tempdir()?;
        let csv_path = out.path().join("акты-страны.csv");
        let png_path = out.path().join("map.png");

        let app = App::launch(&env, &profile).await?;
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=open-stats]").await?;
        app.find("[data-testid=statistics]").await?;
        app.find("[data-testid=stats-table]").await?;

        // act × country
        app.select("[data-testid=stats-by]", "act").await?;
        app.select("[data-testid=stats-then-by]", "country").await?;
        let act = msg("ru", "stats-dim-act", &[])?;
        app.wait_text("[data-testid=stats-table] thead th:first-child", &act)
            .await?;
        let heads = wait_columns(&app, 3).await?;
        assert!(
            heads.iter().any(|h| h == "Казахстан" || h == "Украина"),
            "{heads:?}"
        );
        assert_eq!(
            heads.last().map(String::as_str),
            Some(msg("ru", "stats-total", &[])?.as_str())
        );
        let body = cells(&app, "[data-testid=stats-table] tbody td").await?;
        // On screen too, every number is nought, at least k, or shown as "<5".
        for c in &body {
            match c.replace(['\u{a0}', ' '], "").parse::<u64>() {
                Ok(n) => assert!(n == 0 || n >= 5, "a cell shows {n}"),
                Err(_) => assert_eq!(c, "<5", "{body:?}"),
            }
        }
        assert!(
            body.iter().any(|c| c == "<5"),
            "400 cases by act × country hide some cells"
        );
        let rows = app.count("[data-testid=stats-table] tbody tr").await?;
        assert!(rows > 10, "{rows} acts");
        app.wait_text(
            "[data-testid=stats-chart] svg > text",
            &msg(
                "ru",
                "stats-screen-chart-two",
                &[
                    ("first", &act),
                    ("second", &msg("ru", "stats-dim-country", &[])?),
                ],
            )?,
        )
        .await?;

        // The map: every region drawn, those with counts reachable by keyboard.
        let drawn = app
            .count("[data-testid=stats-map] path[data-region]")
            .await?;
        assert!(drawn > 600, "{drawn} region shapes");
        let reachable = app
            .count("[data-testid=stats-map] path[role=button][tabindex='0']")
            .await?;
        assert!(reachable > 5, "{reachable} regions with counts");
        app.shot("ru-stats-act-country").await?;
        app.assert_accessible("statistics").await?;

        // Choosing a region on the map counts only its cases; choosing it again undoes it.
        let total = app.text("[data-testid=stats-table-total]").await?;
        // By keyboard: the first region with a count takes the focus, Enter chooses it.
        let code = app
            .client
            .execute(
                "const r = document.querySelector('[data-testid=stats-map] path[role=button]'); \
                 r.focus(); return r.dataset.region;",
                vec![],
            )
            .await?;
        let code = code.as_str().unwrap_or_default().to_owned();
        let named = app.text("[data-testid=stats-map-pointed]").await?;
        assert!(
            named.contains(':'),
            "focus names the region and its count: {named}"
        );
        app.press(&casebook_e2e::fantoccini::key::Key::Enter.to_string())
            .await?;
        app.find("[data-testid=stats-region-chosen]").await?;
        assert_eq!(app.value("[data-testid=stats-region]").await?, code);
        let deadline = std::time::Instant::now() + casebook_e2e::UI_TIMEOUT;
        while app.text("[data-testid=stats-table-total]").await? == total {
            assert!(
                std::time::Instant::now() < deadline,
                "the table did not follow the region"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        app.shot("ru-stats-region-chosen").await?;
        app.click("[data-testid=stats-region-chosen] button")
            .await?;
        app.wait_gone("[data-testid=stats-region-chosen]").await?;
        app.wait_text("[data-testid=stats-table-total]", &total)
            .await?;

        // CSV through the native save dialog, read back.
        app.click("[data-testid=stats-save-csv]").await?;
        native_dialog_answer(&csv_path, "ru-stats-save-dialog").await?;
        app.wait_contains("[data-testid=stats-saved]", "акты-страны.csv")
            .await?;
        let text = std::fs::read_to_string(&csv_path)?;
        let mut lines = text.lines();
        let labels = lines.next().unwrap_or_default();
        let codes = lines.next().unwrap_or_default();
        assert!(labels.contains(&act), "{labels}");
        assert_eq!(codes, "act-label,act,country-label,country,count");
        let rows = csv_rows(&text);
        let counts: Vec<&String> = rows
            .iter()
            .skip(2)
            .filter(|r| !r[1].is_empty())
            .map(|r| &r[4])
            .collect();
        assert!(counts.len() > 20, "{} rows", counts.len());
        assert!(rows.iter().any(|r| r[1] == "beating" && r[3] == "KZ"));
        for c in &counts {
            match c.parse::<u64>() {
                Ok(n) => assert!(n == 0 || n >= 5, "the CSV shows {n}"),
                Err(_) => assert_eq!(c.as_str(), "<5"),
            }
        }

        // The map as PNG, drawn by the program's web view.
        app.click("[data-testid=stats-save-map-png]").await?;
        native_dialog_answer(&png_path, "ru-stats-map-dialog").await?;
        app.wait_contains("[data-testid=stats-saved]", "map.png")
            .await?;
        let png = std::fs::read(&png_path)?;
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
        assert!(png.len() > 10_000, "{} bytes", png.len());

        // The brief, with the organisation typed on the screen.
        let brief_path = out.path().join("записка.pdf");
        app.type_into("[data-testid=stats-organisation]", "Сеть снижения вреда")
            .await?;
        app.click("[data-testid=stats-save-brief]").await?;
        native_dialog_answer(&brief_path, "ru-stats-brief-dialog").await?;
        app.wait_contains("[data-testid=stats-saved]", "записка.pdf")
            .await?;
        let brief = pdftotext(&brief_path)?;
        assert!(brief.contains("Аналитическая записка"), "{brief}");
        assert!(brief.contains("Сеть снижения вреда"), "{brief}");
        assert!(brief.contains("<5"), "{brief}");
        assert_eq!(std::fs::read_dir(out.path())?.count(), 3);
        app.quit().await?;

        // Each file in the audit log: what was counted, never a case.
        let vault = profile.open_vault()?;
        let entries = vault.audit_entries(0, 10_000)?;
        let stats: Vec<_> = entries
            .iter()
            .filter(|e| e.event == "statistics-exported")
            .collect();
        assert_eq!(stats.len(), 3, "{stats:?}");
        assert!(
            stats[0].detail.contains("output=csv"),
            "{}",
            stats[0].detail
        );
        assert!(
            stats[0].detail.contains("by=act,country"),
            "{}",
            stats[0].detail
        );
        assert!(stats[0].detail.contains("k=5"), "{}", stats[0].detail);
        assert!(
            stats[1].detail.contains("output=map-png"),
            "{}",
            stats[1].detail
        );
        assert!(stats.iter().all(|e| e.case_id.is_none()));
        Ok(())
    })
}

/// The rows of the CSV as the csv crate reads them (RFC 4180).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .filter_map(|r| r.ok())
        .map(|r| r.iter().map(str::to_owned).collect())
        .collect()
}

/// Whether the page scrolls sideways (something wider than the window).
async fn scroll_to(app: &App, css: &str) -> Result<()> {
    app.client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'start'});",
            vec![serde_json::Value::from(css)],
        )
        .await?;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    Ok(())
}

#[test]
fn statistics_fit_small_and_large_windows_in_english_and_russian() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=open-stats]").await?;
        app.find("[data-testid=stats-table]").await?;
        for lang in ["en", "ru"] {
            app.choose_language(lang).await?;
            for (w, h) in [(1100, 760), (640, 480)] {
                app.client.set_window_size(w, h).await?;
                for (by, then) in [("act", ""), ("month", ""), ("agency", "country")] {
                    app.select("[data-testid=stats-by]", by).await?;
                    app.select("[data-testid=stats-then-by]", then).await?;
                    let want = msg(lang, &format!("stats-dim-{by}"), &[])?;
                    app.wait_text("[data-testid=stats-table] thead th:first-child", &want)
                        .await?;
                    scroll_to(&app, "[data-testid=stats-chart]").await?;
                    app.shot(&format!("{lang}-{w}x{h}-stats-{by}{then}"))
                        .await?;
                    assert!(
                        !app.overflows().await?,
                        "{lang} {w}×{h} by {by} {then}: the page scrolls sideways"
                    );
                }
                scroll_to(&app, "[data-testid=stats-map]").await?;
                app.shot(&format!("{lang}-{w}x{h}-stats-map")).await?;
                scroll_to(&app, "[data-testid=stats-controls]").await?;
                app.shot(&format!("{lang}-{w}x{h}-stats-controls")).await?;
                assert!(
                    !app.overflows().await?,
                    "{lang} {w}×{h}: the page scrolls sideways"
                );
            }
        }
        // An empty count: no incident in 1990.
        app.type_into("[data-testid=stats-from]", "1990").await?;
        app.type_into("[data-testid=stats-to]", "1990").await?;
        app.find("[data-testid=stats-empty]").await?;
        app.shot("ru-640x480-stats-empty").await?;
        app.assert_accessible("statistics, nothing to count")
            .await?;
        app.quit().await
    })
}
