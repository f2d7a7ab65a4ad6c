//! Every screen in every shipped language, at the smallest window (640×480) and at
//! 1100×760, over a vault of real-looking cases: nothing cut by its box, nothing
//! past the window's edge, the page never scrolling sideways, no English sentence
//! of the interface left, and no code or message id shown where words belong (a
//! missing translation shows as one).
//! Screenshots `<lang>-fit-<screen>-<w>x<h>` with `CASEBOOK_E2E_SHOTS=DIR`.

use std::time::Duration;

use casebook_e2e::{env, run, screen_shot, App, Profile, Result, PASSPHRASE};
use casebook_i18n::SHIPPED;

/// English sentences of the interface: none of them may be on a screen in another
/// language, whether a translation copied it or a screen has words of its own.
/// Messages with arguments are left out (their English text never appears whole);
/// short ones too (a word like "PDF" may be the same); language names are the same
/// everywhere.
fn english_sentences() -> Result<Vec<String>> {
    let en = casebook_i18n::Localizer::new("en")?;
    Ok(casebook_i18n::Localizer::message_ids("en")
        .into_iter()
        .filter_map(|id| {
            let e = en.msg(&id, &[]);
            let words = e.split_whitespace().count();
            let plain = !e.contains('{') && !e.contains('$') && words >= 2 && e.len() >= 12;
            (plain && !id.starts_with("language-")).then_some(e)
        })
        .collect())
}

/// Looks at the screen at both sizes; what does not fit, and English left in
/// another language, go to `problems`.
async fn fit(app: &App, lang: &str, screen: &str, problems: &mut Vec<String>) -> Result<()> {
    for (w, h) in [(640, 480), (1100, 760)] {
        app.client.set_window_size(w, h).await?;
        tokio::time::sleep(Duration::from_millis(150)).await;
        // The display's picture, not WebDriver's: WebKit's own screenshot of the
        // Exchange screen never came back after a resize.
        screen_shot(&format!("{lang}-fit-{screen}-{w}x{h}"));
        for m in app.misfits().await? {
            problems.push(format!("{lang} {screen} {w}×{h}: {m}"));
        }
    }
    // Codes and message ids are lower-case words joined by hyphens, three or more
    // (`list-filter-any`, `ost-denied-in-custody`); no language writes so.
    let text = app
        .client
        .execute("return document.body.innerText;", vec![])
        .await?;
    let text = text.as_str().unwrap_or_default();
    if lang != "en" {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for e in english_sentences()? {
            if flat.contains(&e) {
                problems.push(format!("{lang} {screen}: English {e:?}"));
            }
        }
    }
    for word in text.split(|c: char| c.is_whitespace() || ",.;:()«»\"'".contains(c)) {
        let parts: Vec<&str> = word.split('-').collect();
        if parts.len() >= 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
        {
            problems.push(format!("{lang} {screen}: shows {word:?}"));
        }
    }
    Ok(())
}

/// New case, once more if the first click met a list still re-rendering after the
/// language switch (seen once in a hundred runs: the click landed on a node that
/// was being replaced).
async fn open_intake(app: &App) -> Result<()> {
    for _ in 0..2 {
        app.click("[data-testid=new-case]").await?;
        for _ in 0..50 {
            if app.is_present("[data-testid=step-heading]").await? {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    Err("the intake did not open".into())
}

#[test]
fn every_screen_fits_in_every_language() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        {
            let (mut vault, _) = profile.create_vault()?;
            vault.add_cases(casebook_demo::generate(17, 60), "e2e")?;
        }
        let app = App::launch(&env, &profile).await?;
        // The menu names each language in its own words, in the shipped order.
        app.wait_count("[data-testid=language] option", SHIPPED.len())
            .await?;
        let names = app
            .client
            .execute(
                "return [...document.querySelectorAll('[data-testid=language] option')].map(o => o.textContent.trim());",
                vec![],
            )
            .await?;
        let own: Vec<&str> = SHIPPED
            .iter()
            .map(|l| match *l {
                "en" => "English",
                "ru" => "Русский",
                "uk" => "Українська",
                "ka" => "ქართული",
                "kk" => "Қазақша",
                "ky" => "Кыргызча",
                "ro" => "Română",
                "hy" => "Հայերեն",
                "az" => "Azərbaycan",
                "tg" => "Тоҷикӣ",
                "uz" => "Oʻzbekcha",
                "be" => "Беларуская",
                other => other,
            })
            .collect();
        assert_eq!(names, serde_json::json!(own));
        let mut problems = vec![];
        // CASEBOOK_E2E_LANGS=ka,kk looks at some languages only (while fixing one).
        let only = std::env::var("CASEBOOK_E2E_LANGS").unwrap_or_default();
        let langs: Vec<&str> = SHIPPED
            .iter()
            .copied()
            .filter(|l| only.is_empty() || only.split(',').any(|o| o == *l))
            .collect();
        for lang in &langs {
            app.choose_language(lang).await?;
            fit(&app, lang, "unlock", &mut problems).await?;
        }
        app.unlock(PASSPHRASE).await?;
        for lang in &langs {
            app.choose_language(lang).await?;
            app.find("[data-testid=case-row]").await?;
            fit(&app, lang, "list", &mut problems).await?;
            app.click("[data-testid=filters-toggle]").await?;
            app.find("[data-testid=filter-status]").await?;
            fit(&app, lang, "filters", &mut problems).await?;
            app.click("[data-testid=filters-toggle]").await?;

            app.click("[data-testid=case-row] [data-testid=case-open]")
                .await?;
            app.find("[data-testid=case-view]").await?;
            fit(&app, lang, "case", &mut problems).await?;
            app.click("[data-testid=back-to-list]").await?;

            open_intake(&app).await?;
            fit(&app, lang, "intake-consent", &mut problems).await?;
            app.select("[data-testid=consent-documentation-given]", "yes")
                .await?;
            app.wait_gone("[data-testid=consent-gate]").await?;
            app.click("[data-testid=next]").await?;
            fit(&app, lang, "intake-survivor", &mut problems).await?;
            app.click("[data-testid=next]").await?;
            fit(&app, lang, "intake-incident", &mut problems).await?;
            app.click("[data-testid=discard]").await?;
            app.click("[data-testid=discard-confirm]").await?;
            app.find("[data-testid=case-row]").await?;

            app.click("[data-testid=open-sync]").await?;
            app.find("[data-testid=import-choose]").await?;
            fit(&app, lang, "exchange-import", &mut problems).await?;
            app.click("[data-testid=tab-export]").await?;
            fit(&app, lang, "exchange-export", &mut problems).await?;
            app.click("[data-testid=sync-close]").await?;

            app.click("[data-testid=open-stats]").await?;
            app.find("[data-testid=stats-close]").await?;
            tokio::time::sleep(Duration::from_millis(500)).await;
            fit(&app, lang, "stats", &mut problems).await?;
            app.click("[data-testid=stats-close]").await?;

            app.click("[data-testid=open-due]").await?;
            app.find("[data-testid=due-close]").await?;
            fit(&app, lang, "deadlines", &mut problems).await?;
            app.click("[data-testid=due-close]").await?;

            app.click("[data-testid=open-settings]").await?;
            app.find("[data-testid=settings-close]").await?;
            fit(&app, lang, "settings", &mut problems).await?;
            if *lang == "en" {
                // Beside each translation no native speaker has reviewed: a mark,
                // and the note under the list (locales/STATUS.md).
                for l in SHIPPED {
                    let marked = app
                        .is_present(&format!("[data-testid=settings-lang-review-{l}]"))
                        .await?;
                    assert_eq!(marked, casebook_i18n::awaits_review(l), "{l}");
                }
                app.wait_contains(
                    "[data-testid=settings-lang-review-note]",
                    &casebook_e2e::msg("en", "settings-language-awaits-review", &[])?,
                )
                .await?;
            }
            app.click("[data-testid=settings-close]").await?;
        }
        let _ = app.quit().await;
        assert!(
            problems.is_empty(),
            "{} misfits:\n{}",
            problems.len(),
            problems.join("\n")
        );
        Ok(())
    })
}
