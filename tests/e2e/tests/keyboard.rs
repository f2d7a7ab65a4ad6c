//! The whole intake with the keyboard alone: after the first focus (the passphrase
//! field) no element is clicked; Tab, Shift+Tab, Space, Enter, arrow keys and typed
//! text go to whatever has the focus, as a person's keys would. Every control used
//! must be reachable with Tab and show where the focus is. Run with
//! scripts/e2e.sh --test keyboard.

use std::time::{Duration, Instant};

use casebook_e2e::fantoccini::key::Key;
use casebook_e2e::{env, msg, run, App, Profile, Result, PASSPHRASE};

/// Enough presses to cross the longest step (the acts checklist) and the header.
const MAX_TABS: usize = 150;

/// Moves on to the next step with the keyboard: Tab to "Next" and press Enter.
async fn next_step(app: &App, heading: &str) -> Result<()> {
    app.tab_to("[data-testid=next]", false, MAX_TABS).await?;
    app.press(&Key::Enter).await?;
    app.wait_text("[data-testid=step-heading]", &msg("en", heading, &[])?)
        .await?;
    // The new step starts at its heading, so that Tab begins at its first question.
    let deadline = Instant::now() + casebook_e2e::UI_TIMEOUT;
    while !app.focus_is("[data-testid=step-heading]").await? {
        if Instant::now() > deadline {
            return Err(format!("the step heading has no focus: {}", app.focused().await?).into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

async fn wait_value(app: &App, css: &str, expected: &str) -> Result<()> {
    let deadline = Instant::now() + casebook_e2e::UI_TIMEOUT;
    loop {
        let v = app.value(css).await?;
        if v == expected {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("{css}: expected value {expected:?}, saw {v:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[test]
fn the_whole_intake_works_with_the_keyboard_alone() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        drop(profile.create_vault()?);
        let app = App::launch(&env, &profile).await?;

        // The one click: the passphrase field (it has the focus already; the click
        // makes sure the window has the keyboard under Xvfb).
        app.click("#passphrase").await?;
        app.press(&format!("{PASSPHRASE}{}", Key::Enter)).await?;
        app.find("[data-testid=new-case]").await?;

        // The list's title has the focus; "New case" is just before it.
        app.tab_to("[data-testid=new-case]", true, MAX_TABS).await?;
        app.shot("en-keyboard-new-case").await?;
        app.press(&Key::Enter).await?;
        app.find("[data-testid=consent-section]").await?;

        // 1. Consent: the documenter's name, then documentation consent with the arrow
        //    keys on its list ("not asked" → "yes").
        app.tab_to("[data-testid=documenter]", false, MAX_TABS)
            .await?;
        app.press("Параюрист К.").await?;
        app.tab_to("[data-testid=consent-documentation-given]", false, MAX_TABS)
            .await?;
        app.press(&Key::Down).await?;
        wait_value(&app, "[data-testid=consent-documentation-given]", "yes").await?;
        app.wait_gone("[data-testid=consent-gate]").await?;
        app.shot("en-keyboard-consent").await?;
        next_step(&app, "in-step-survivor").await?;

        // 2. Survivor: the pseudonym.
        app.tab_to("[data-testid=pseudonym]", false, MAX_TABS)
            .await?;
        app.press("Клавиатура").await?;
        app.shot("en-keyboard-survivor").await?;
        next_step(&app, "in-step-incidents").await?;

        // 3. Incident: its date (month precision with the arrow keys, then the month).
        app.tab_to("[data-testid=incident-date-0-precision]", false, MAX_TABS)
            .await?;
        app.press(&Key::Down).await?;
        wait_value(&app, "[data-testid=incident-date-0-precision]", "month").await?;
        app.tab_to("[data-testid=incident-date-0]", false, MAX_TABS)
            .await?;
        app.press("2026-03").await?;
        app.shot("en-keyboard-incident").await?;
        next_step(&app, "in-step-acts").await?;

        // 4. Acts: a checkbox of the grouped checklist, ticked with Space; its
        //    details open, and Shift+Tab goes back over them.
        app.tab_to("[data-testid=act-0-beating]", false, MAX_TABS)
            .await?;
        app.press(" ").await?;
        app.find("[data-testid=act-details]").await?;
        assert!(
            app.find("[data-testid=act-0-beating]")
                .await?
                .is_selected()
                .await?,
            "Space did not tick the act"
        );
        app.tab_to("[data-testid=act-0-asphyxiation]", false, 3)
            .await?;
        app.tab_to("[data-testid=act-0-beating]", true, 3).await?;
        app.shot("en-keyboard-acts").await?;
        next_step(&app, "in-step-perpetrators").await?;
        next_step(&app, "in-step-evidence").await?;
        next_step(&app, "in-step-responses").await?;
        next_step(&app, "in-step-review").await?;

        // Review, then finish with Enter.
        app.find("[data-testid=case-summary]").await?;
        app.tab_to("[data-testid=finish]", false, MAX_TABS).await?;
        app.shot("en-keyboard-review").await?;
        app.press(&Key::Enter).await?;

        // The case exists and the list shows it, reached with the keyboard too.
        app.find("[data-testid=case-view]").await?;
        app.wait_text("[data-testid=case-pseudonym]", "Клавиатура")
            .await?;
        app.tab_to("[data-testid=back-to-list]", true, MAX_TABS)
            .await?;
        app.press(&Key::Enter).await?;
        app.find("[data-testid=new-case]").await?;
        app.wait_contains("[data-testid=case-row]", "Клавиатура")
            .await?;
        app.shot("en-keyboard-list").await?;
        app.quit().await?;

        let vault = profile.open_vault()?;
        assert_eq!(vault.case_count()?, 1);
        assert!(vault.list_drafts()?.is_empty());
        Ok(())
    })
}
