//! Deadlines across cases through the real program, in Russian: the panel above the
//! list after unlocking, the header's overdue count, opening the overdue case from
//! it, marking a follow-up done (a new revision), hiding the panel for the session,
//! and the deadlines view. Run with `scripts/e2e.sh --test due`.

use casebook_e2e::{env, msg, run, App, Profile, Result, PASSPHRASE};

fn day(offset: i64) -> String {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
        / 86_400
        + offset;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm), UTC: the
    // program uses the local date, and the test machine runs in UTC.
    let z = d + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let dd = doy - (153 * mp + 2) / 5 + 1;
    let mm = if mp < 10 { mp + 3 } else { mp - 9 };
    let yy = yoe + era * 400 + i64::from(mm <= 2);
    format!("{yy:04}-{mm:02}-{dd:02}")
}

fn seed(profile: &Profile) -> Result<()> {
    let (mut vault, _) = profile.create_vault()?;
    let case = |code: &str, extra: serde_json::Value| -> Result<casebook_core::CaseRecord> {
        let mut v = serde_json::json!({"code": code, "survivor": {"pseudonym": "Лана"}});
        for (k, val) in extra.as_object().ok_or("object")? {
            v[k] = val.clone();
        }
        Ok(serde_json::from_value(v)?)
    };
    vault.add_case(
        case(
            "UA-KYI-0001",
            serde_json::json!({"responses": {"follow_ups": [{"due": day(-3), "note": "позвонить"}]}}),
        )?,
        "e2e",
    )?;
    vault.add_case(
        case(
            "UA-KYI-0002",
            serde_json::json!({"incidents": [{"date": day(-10), "acts": [{"act_type": "beating"}]}]}),
        )?,
        "e2e",
    )?;
    Ok(())
}

#[test]
fn deadlines_in_russian_panel_count_open_done_and_view() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        let app = App::launch(&env, &profile).await?;
        // Nothing of the deadlines before unlocking.
        assert!(!app.is_present("[data-testid=due-panel]").await?);
        assert!(!app.is_present("[data-testid=open-due]").await?);
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;

        app.find("[data-testid=due-panel]").await?;
        app.wait_count("[data-testid=due-panel] [data-testid=due-line]", 2)
            .await?;
        app.wait_text("[data-testid=open-due]", "Просрочено: 1")
            .await?;
        let first = app
            .text("[data-testid=due-panel] [data-testid=due-line]")
            .await?;
        assert!(first.contains("Просрочено"), "{first}");
        assert!(first.contains("UA-KYI-0001"), "{first}");
        assert!(first.contains("позвонить"), "{first}");
        let panel = app.text("[data-testid=due-panel]").await?;
        assert!(
            panel.contains(&msg("ru", "due-kind-forensic-window", &[])?),
            "{panel}"
        );
        app.shot("ru-due-panel").await?;
        app.assert_accessible("due panel").await?;

        // The overdue line opens its case.
        app.click("[data-testid=due-panel] [data-testid=due-open]")
            .await?;
        app.wait_text("[data-testid=case-code]", "UA-KYI-0001")
            .await?;
        app.click("[data-testid=back-to-list]").await?;

        // Done today: the follow-up leaves the list, the count goes.
        app.find("[data-testid=due-panel]").await?;
        app.click("[data-testid=due-panel] [data-testid=due-done]")
            .await?;
        app.wait_count("[data-testid=due-panel] [data-testid=due-line]", 1)
            .await?;
        app.wait_text("[data-testid=open-due]", &msg("ru", "due-button", &[])?)
            .await?;

        // Hidden for the session; the view still has everything.
        app.click("[data-testid=due-dismiss]").await?;
        app.wait_gone("[data-testid=due-panel]").await?;
        app.click("[data-testid=open-due]").await?;
        app.find("[data-testid=deadlines]").await?;
        app.wait_count("[data-testid=deadlines] [data-testid=due-line]", 1)
            .await?;
        app.shot("ru-due-view").await?;
        app.assert_accessible("deadlines view").await?;
        // The forensic window is the vault's setting: at 5 days the beating of ten
        // days ago is overdue, and the header says so.
        assert_eq!(app.value("[data-testid=due-window-days]").await?, "14");
        app.type_into("[data-testid=due-window-days]", "5").await?;
        app.click("[data-testid=due-window-save]").await?;
        app.find("[data-testid=due-window-saved]").await?;
        app.wait_text("[data-testid=open-due]", "Просрочено: 1")
            .await?;
        app.wait_contains(
            "[data-testid=deadlines] [data-testid=due-line]",
            "Просрочено",
        )
        .await?;
        app.click("[data-testid=due-close]").await?;
        app.find("[data-testid=new-case]").await?;
        assert!(!app.is_present("[data-testid=due-panel]").await?);
        app.quit().await?;

        // The follow-up's date is a new revision of the case.
        let vault = profile.open_vault()?;
        let stored = vault.get_case("UA-KYI-0001")?;
        let f = &stored
            .record
            .responses
            .as_ref()
            .ok_or("responses")?
            .follow_ups[0];
        assert_eq!(f.date.as_deref(), Some(day(0).as_str()));
        assert_eq!(vault.history("UA-KYI-0001")?.len(), 2);
        assert_eq!(vault.due_rule()?.forensic_window_days, 5);
        Ok(())
    })
}
