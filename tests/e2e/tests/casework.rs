//! Case work through the real program: a full intake in Russian with an attachment,
//! the case view (edit → two revisions with the field-level diff, seal with a reason,
//! overdue follow-up, the image shown from memory), an interrupted intake and an
//! interrupted case edit that survive the program being killed and a lock. Run with
//! scripts/e2e.sh --test casework.
//!
//! Files are attached the way a person does it: the "Add a file" button and the
//! native GTK dialog, answered with xdotool and xclip (the harness's
//! `native_dialog_answer`). Dropping files is covered by the desktop crate's unit
//! tests: a real drag from another program cannot be made reliably under Xvfb.

use casebook_e2e::fantoccini::Locator;
use casebook_e2e::{
    env, msg, native_dialog_answer, program_pid, require_dialog_tools, run, screen_shot,
    wait_native_dialog, App, Profile, Result, PASSPHRASE,
};

/// Kills the program as a crash would, once the debounced store of the last
/// keystrokes has landed (the save indicator `save_state` says nothing on screen is
/// unstored), and ends the WebDriver session it leaves behind.
async fn kill_program(app: App, profile: &Profile, save_state: &str) -> Result<()> {
    app.find(&format!("{save_state}[data-unsaved=false]"))
        .await?;
    let pid = program_pid(&profile.vault_dir()).ok_or("the program is not running")?;
    std::process::Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()?;
    let _ = app.quit().await;
    Ok(())
}

/// Adds an open case with documentation consent, as the store library would.
fn add_case(profile: &Profile, code: &str) -> Result<()> {
    let mut vault = profile.open_vault()?;
    let record = casebook_core::CaseRecord::from_json_value(serde_json::json!({
        "code": code,
        "status": "open",
        "survivor": { "pseudonym": "Нургуль" },
        "consents": [{ "destination": "documentation", "given": true }],
    }))?;
    vault.add_case(record, "e2e")?;
    Ok(())
}

/// Seals the open case with `reason`; its history then holds `revisions`.
async fn seal(app: &App, reason: &str, revisions: usize) -> Result<()> {
    app.click("[data-testid=tab-case]").await?;
    app.select("[data-testid=status-select]", "sealed").await?;
    app.type_into("[data-testid=status-reason]", reason).await?;
    app.click("[data-testid=status-save]").await?;
    app.find("[data-testid=sealed-notice]").await?;
    app.click("[data-testid=tab-history]").await?;
    app.wait_count("[data-testid=revision]", revisions).await
}

/// The draft is stored: the save indicator shows a time, not "nothing yet".
async fn wait_saved(app: &App, lang: &str) -> Result<()> {
    let prefix = msg(lang, "in-saved-at", &[("time", "")])?;
    app.wait_contains("[data-testid=save-state]", prefix.trim())
        .await?;
    Ok(())
}

/// A small PNG (stripes), written without an image library: stored deflate blocks.
fn png(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn adler32(bytes: &[u8]) -> u32 {
        let (mut a, mut b) = (1u32, 0u32);
        for &x in bytes {
            a = (a + u32::from(x)) % 65_521;
            b = (b + a) % 65_521;
        }
        (b << 16) | a
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    let mut raw = vec![];
    for y in 0..height {
        raw.push(0); // filter: none
        for x in 0..width {
            let on = ((x + y) / 6) % 2 == 0;
            raw.extend_from_slice(if on {
                &[0xb0, 0x30, 0x30]
            } else {
                &[0xf0, 0xf0, 0xf0]
            });
        }
    }
    let mut z = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        z.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        z.extend_from_slice(&len.to_le_bytes());
        z.extend_from_slice(&(!len).to_le_bytes());
        z.extend_from_slice(block);
    }
    z.extend_from_slice(&adler32(&raw).to_be_bytes());
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = vec![];
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &z);
    chunk(&mut out, b"IEND", &[]);
    out
}

#[test]
fn full_intake_in_russian_with_attachment_then_edit_shows_two_revisions_and_the_diff() -> Result<()>
{
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        drop(profile.create_vault()?);
        let image = png(96, 64);
        let image_path = profile.vault_dir().with_file_name("синяк-фото.png");
        std::fs::write(&image_path, &image)?;
        let sha = casebook_core::sha256_hex(&image);

        let app = App::launch(&env, &profile).await?;
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;
        app.shot("ru-cases-with-new-case").await?;
        app.click("[data-testid=new-case]").await?;

        // 1. Consent: the other steps stay closed until documentation is agreed.
        app.find("[data-testid=consent-section]").await?;
        app.find("[data-testid=consent-gate]").await?;
        assert!(!app.find("[data-testid=next]").await?.is_enabled().await?);
        app.type_into("[data-testid=documenter]", "Параюрист Д.")
            .await?;
        app.select("[data-testid=consent-documentation-given]", "yes")
            .await?;
        app.select("[data-testid=consent-lawyer-given]", "yes")
            .await?;
        app.select("[data-testid=consent-un-special-procedures-given]", "no")
            .await?;
        app.wait_gone("[data-testid=consent-gate]").await?;
        app.shot("ru-intake-consent").await?;
        app.assert_accessible("intake consent (ru)").await?;
        app.click("[data-testid=next]").await?;

        // 2. Survivor, with the gazetteer's places in Russian.
        app.wait_text(
            "[data-testid=step-heading]",
            &msg("ru", "in-step-survivor", &[])?,
        )
        .await?;
        app.type_into("[data-testid=pseudonym]", "Айгуль").await?;
        app.select("[data-testid=age-band]", "35-44").await?;
        app.select("[data-testid=survivor-country]", "KZ").await?;
        app.select("[data-testid=survivor-region]", "KZ-75").await?;
        let region_text = app
            .find("[data-testid=survivor-region] option[value='KZ-75']")
            .await?
            .text()
            .await?;
        assert_eq!(region_text, "Алма-Ата");
        app.type_into("[data-testid=survivor-settlement]", "Алматы")
            .await?;
        app.shot("ru-intake-survivor").await?;
        app.assert_accessible("intake survivor (ru)").await?;
        app.click("[data-testid=next]").await?;

        // 3. Incident: a wrong date gets a Russian message next to the field.
        app.find("[data-testid=incident]").await?;
        app.type_into("[data-testid=incident-date-0]", "2026-13-45")
            .await?;
        let invalid = msg(
            "ru",
            "validation-invalid-date",
            &[
                ("field", &msg("ru", "in-incident-date", &[])?),
                ("value", "2026-13-45"),
                ("precision", "exact"),
            ],
        )?;
        let shown = app
            .wait_contains(
                "[data-testid=field-error][data-path='incidents[0].date']",
                "2026-13-45",
            )
            .await?;
        assert_eq!(shown.trim(), invalid.trim());
        app.shot("ru-intake-incident-error").await?;
        app.select("[data-testid=incident-date-0-precision]", "month")
            .await?;
        app.type_into("[data-testid=incident-date-0]", "2026-03")
            .await?;
        app.wait_gone("[data-testid=field-error]").await?;
        app.select("[data-testid=incident-location-0]", "police-station")
            .await?;
        app.type_into(
            "[data-testid=incident-narrative-0]",
            "Задержали у пункта выдачи метадона, в отделении били, адвоката не дали.",
        )
        .await?;
        app.shot("ru-intake-incidents").await?;
        app.assert_accessible("intake incidents (ru)").await?;
        app.click("[data-testid=next]").await?;

        // 4. Acts, grouped; a perpetrator is created from the act and linked.
        app.click("[data-testid='act-0-beating']").await?;
        app.click("[data-testid='act-0-lawyer-refused']").await?;
        app.wait_count("[data-testid=act-details]", 2).await?;
        let new_perp = msg("ru", "in-new-perpetrator", &[])?;
        app.client
            .find(Locator::XPath(&format!(
                "(//*[@data-testid='act-details'])[1]//button[normalize-space()='{new_perp}']"
            )))
            .await?
            .click()
            .await?;
        app.shot("ru-intake-acts").await?;
        app.assert_accessible("intake acts (ru)").await?;
        app.click("[data-testid=next]").await?;

        // 5. Perpetrators.
        app.select("[data-testid=perp-agency-0]", "drug-control-unit")
            .await?;
        app.shot("ru-intake-perpetrators").await?;
        app.click("[data-testid=next]").await?;

        // 6. Evidence: the file chosen in the native dialog is streamed into the
        //    vault; the image is shown from memory (a blob: URL), with its SHA-256.
        app.find("[data-testid=evidence-section]").await?;
        app.find("[data-testid=attachments-empty]").await?;
        app.click("[data-testid=attach-choose]").await?;
        native_dialog_answer(&image_path, "ru-intake-native-open-dialog").await?;
        app.wait_text("[data-testid=attachment-sha]", &sha).await?;
        app.wait_text("[data-testid=attachment-name]", "синяк-фото.png")
            .await?;
        app.click("[data-testid=attachment-view]").await?;
        let src = app
            .find("[data-testid=attachment-image]")
            .await?
            .attr("src")
            .await?
            .unwrap_or_default();
        assert!(src.starts_with("blob:"), "image source is {src:?}");
        let loaded = app
            .client
            .execute(
                "const i = document.querySelector('[data-testid=attachment-image]'); return i.complete && i.naturalWidth;",
                vec![],
            )
            .await?;
        assert_eq!(loaded, serde_json::json!(96), "the image did not render");
        app.click("[data-testid=add-medical]").await?;
        app.click("[data-testid=region-lower-back]").await?;
        app.click("[data-testid=region-face]").await?;
        assert_eq!(
            app.find("[data-testid=region-lower-back]")
                .await?
                .attr("aria-pressed")
                .await?
                .as_deref(),
            Some("true")
        );
        app.find("#mark-1").await?.send_keys("ссадина").await?;
        app.shot("ru-intake-evidence").await?;
        app.assert_accessible("intake evidence (ru)").await?;
        app.click("[data-testid=next]").await?;

        // 7. Responses: a follow-up that is already overdue.
        app.click("[data-testid=add-follow-up]").await?;
        app.type_into("[data-testid=follow-up-due-0]", "2026-01-15")
            .await?;
        app.type_into(
            "[data-testid=follow-up-note-0]",
            "проверить ответ прокуратуры",
        )
        .await?;
        app.shot("ru-intake-responses").await?;
        app.click("[data-testid=next]").await?;

        // 8. Review and save.
        app.find("[data-testid=case-summary]").await?;
        app.wait_contains("[data-testid=sum-survivor]", "Айгуль")
            .await?;
        app.wait_contains("[data-testid=sum-acts]", "адвокат")
            .await?;
        app.wait_contains("[data-testid=sum-evidence]", "ссадина")
            .await?;
        app.shot("ru-intake-review").await?;
        app.assert_accessible("intake review (ru)").await?;
        app.click("[data-testid=finish]").await?;

        // The case view.
        app.find("[data-testid=case-view]").await?;
        let code = app.text("[data-testid=case-code]").await?;
        assert!(code.starts_with("KZ-75-"), "generated code {code:?}");
        app.wait_text("[data-testid=case-pseudonym]", "Айгуль")
            .await?;
        app.wait_text(
            "[data-testid=case-status]",
            &msg("ru", "vocab-status-open", &[])?,
        )
        .await?;
        app.find("[data-testid=overdue]").await?;
        app.wait_text("[data-testid=attachment-sha]", &sha).await?;
        app.shot("ru-case-view").await?;
        app.assert_accessible("case view (ru)").await?;

        // Edit one section: a second revision with the changed field.
        app.click("[data-testid=edit-survivor]").await?;
        app.type_into("[data-testid=pseudonym]", "Айгуль Н.")
            .await?;
        app.type_into("[data-testid=edit-reason]", "уточнено имя")
            .await?;
        app.shot("ru-case-edit").await?;
        app.click("[data-testid=section-save]").await?;
        app.wait_text("[data-testid=case-pseudonym]", "Айгуль Н.")
            .await?;
        app.click("[data-testid=tab-history]").await?;
        app.wait_count("[data-testid=revision]", 2).await?;
        let change = app
            .find("[data-testid=change][data-path='survivor.pseudonym']")
            .await?;
        let text = change.text().await?;
        assert!(
            text.contains("Айгуль") && text.contains("Айгуль Н."),
            "diff row: {text:?}"
        );
        app.wait_contains("[data-testid=revision-reason]", "уточнено имя")
            .await?;
        app.shot("ru-case-history").await?;
        app.assert_accessible("case history (ru)").await?;

        // Seal with a reason; then the case says so and the history has three.
        seal(&app, "передано адвокату", 3).await?;

        // Unsealing needs a reason too: without one, a message and no new revision.
        app.click("[data-testid=tab-case]").await?;
        app.select("[data-testid=status-select]", "open").await?;
        app.click("[data-testid=status-save]").await?;
        app.wait_text(
            "[data-testid=save-error]",
            &msg("ru", "cv-reason-required", &[])?,
        )
        .await?;
        app.type_into("[data-testid=status-reason]", "нужна правка")
            .await?;
        app.click("[data-testid=status-save]").await?;
        app.wait_gone("[data-testid=sealed-notice]").await?;
        app.click("[data-testid=tab-history]").await?;
        app.wait_count("[data-testid=revision]", 4).await?;
        app.wait_contains("[data-testid=revision-reason]", "нужна правка")
            .await?;
        // Seal again for the lawyer.
        seal(&app, "передано адвокату", 5).await?;

        // The same screens in English.
        app.choose_language("en").await?;
        app.shot("en-case-history").await?;
        app.click("[data-testid=tab-case]").await?;
        app.shot("en-case-view").await?;
        app.click("[data-testid=back-to-list]").await?;
        app.find("[data-testid=new-case]").await?;
        app.quit().await?;

        // The store agrees: one case, three revisions, the attachment intact.
        let vault = profile.open_vault()?;
        let case = vault.get_case(&code)?;
        assert_eq!(case.record.survivor.pseudonym, "Айгуль Н.");
        assert_eq!(case.record.status.as_deref(), Some("sealed"));
        assert_eq!(vault.history(&code)?.len(), 5);
        let mut out = vec![];
        vault.read_case_attachment(&code, &sha, &mut out)?;
        assert_eq!(out, image);
        assert!(vault.list_drafts()?.is_empty());
        Ok(())
    })
}

#[test]
fn an_interrupted_intake_survives_a_killed_program_and_a_lock() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        drop(profile.create_vault()?);

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=new-case]").await?;
        app.shot("en-intake-consent-gate").await?;
        app.select("[data-testid=consent-documentation-given]", "yes")
            .await?;
        app.click("[data-testid=next]").await?;
        app.type_into("[data-testid=pseudonym]", "Прерванная")
            .await?;
        wait_saved(&app, "en").await?;
        kill_program(app, &profile, "[data-testid=save-state]").await?;

        // Nothing but the encrypted vault holds the draft, and it is there (once the
        // dead process's file lock is gone).
        {
            let vault = profile.open_vault()?;
            let drafts = vault.list_drafts()?;
            assert_eq!(drafts.len(), 1);
            assert_eq!(drafts[0].pseudonym, "Прерванная");
            assert_eq!(drafts[0].step, "survivor");
        }

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.wait_contains("[data-testid=draft]", "Прерванная")
            .await?;
        app.shot("en-cases-drafts").await?;
        app.assert_accessible("case list with drafts (en)").await?;
        app.click("[data-testid=resume-draft]").await?;
        app.wait_text(
            "[data-testid=step-heading]",
            &msg("en", "in-step-survivor", &[])?,
        )
        .await?;
        assert_eq!(app.value("[data-testid=pseudonym]").await?, "Прерванная");

        // Typing and locking at once: the lock waits for the save.
        app.find("[data-testid=survivor-settlement]")
            .await?
            .send_keys("Бишкек")
            .await?;
        app.click("[data-testid=lock]").await?;
        app.find("#passphrase").await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=resume-draft]").await?;
        app.find("[data-testid=pseudonym]").await?;
        assert_eq!(
            app.value("[data-testid=survivor-settlement]").await?,
            "Бишкек"
        );

        // Every step in English, empty as a new interview leaves it.
        for step in [
            "incidents",
            "acts",
            "perpetrators",
            "evidence",
            "responses",
            "review",
        ] {
            app.click(&format!("[data-testid=step-{step}]")).await?;
            app.wait_text(
                "[data-testid=step-heading]",
                &msg("en", &format!("in-step-{step}"), &[])?,
            )
            .await?;
            app.shot(&format!("en-intake-{step}")).await?;
            app.assert_accessible(&format!("intake {step} (en)"))
                .await?;
        }

        // Discarding removes it.
        app.click("[data-testid=discard]").await?;
        app.click("[data-testid=discard-confirm]").await?;
        app.find("[data-testid=new-case]").await?;
        app.wait_gone("[data-testid=draft]").await?;
        app.quit().await?;
        assert!(profile.open_vault()?.list_drafts()?.is_empty());
        Ok(())
    })
}

/// An edit of a case survives the program being killed mid-typing: the case view
/// offers it again, says that the case changed meanwhile, and saving it keeps that
/// other change. An edit interrupted by a lock can be discarded.
#[test]
fn an_unsaved_case_edit_survives_a_killed_program_and_is_offered_again() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        drop(profile.create_vault()?);
        let code = "KG-GB-2026-0007";
        add_case(&profile, code)?;

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=case-open]").await?;
        app.click("[data-testid=edit-survivor]").await?;
        app.type_into("[data-testid=pseudonym]", "Нургуль К.")
            .await?;
        app.type_into("[data-testid=edit-reason]", "уточнено имя")
            .await?;
        let kept = msg("en", "cv-edit-kept-at", &[("time", "")])?;
        app.wait_contains("[data-testid=edit-save-state]", kept.trim())
            .await?;
        app.shot("en-case-edit-kept").await?;
        kill_program(app, &profile, "[data-testid=edit-save-state]").await?;

        // The edit is in the vault, the case itself unchanged; then the case changes
        // elsewhere (as an import from another device would change it).
        {
            let mut vault = profile.open_vault()?;
            let edit = vault.case_edit(code)?.ok_or("the edit was lost")?;
            assert_eq!(edit.record.survivor.pseudonym, "Нургуль К.");
            assert_eq!(edit.reason, "уточнено имя");
            assert!(vault.list_drafts()?.is_empty());
            let mut record = vault.get_case(code)?.record;
            assert_eq!(record.survivor.pseudonym, "Нургуль");
            record.status = Some("closed".into());
            vault.edit_case(code, record, "другое устройство", None)?;
        }

        let app = App::launch(&env, &profile).await?;
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=case-open]").await?;
        app.find("[data-testid=resume-edit]").await?;
        app.wait_text(
            "[data-testid=resume-edit-changed]",
            &msg("ru", "cv-resume-changed", &[])?,
        )
        .await?;
        app.wait_contains(
            "[data-testid=resume-edit]",
            &msg("ru", "in-step-survivor", &[])?,
        )
        .await?;
        app.shot("ru-case-resume-edit").await?;
        app.assert_accessible("case view offering an unsaved edit (ru)")
            .await?;
        app.choose_language("uk").await?;
        app.shot("uk-case-resume-edit").await?;
        app.choose_language("en").await?;
        app.wait_text(
            "[data-testid=resume-edit-yes]",
            &msg("en", "cv-resume-yes", &[])?,
        )
        .await?;
        app.shot("en-case-resume-edit").await?;

        app.click("[data-testid=resume-edit-yes]").await?;
        app.find("[data-testid=section-edit]").await?;
        app.find("[data-testid=edit-over-change]").await?;
        assert_eq!(app.value("[data-testid=pseudonym]").await?, "Нургуль К.");
        assert_eq!(
            app.value("[data-testid=edit-reason]").await?,
            "уточнено имя"
        );
        app.shot("en-case-resumed-edit").await?;
        app.click("[data-testid=section-save]").await?;
        app.wait_text("[data-testid=case-pseudonym]", "Нургуль К.")
            .await?;
        // The change made meanwhile stays.
        app.wait_text(
            "[data-testid=case-status]",
            &msg("en", "vocab-status-closed", &[])?,
        )
        .await?;
        app.wait_gone("[data-testid=resume-edit]").await?;

        // Edit again and lock at once: the lock waits for the edit to be kept.
        app.click("[data-testid=edit-survivor]").await?;
        app.find("[data-testid=survivor-settlement]")
            .await?
            .send_keys("Ош")
            .await?;
        app.click("[data-testid=lock]").await?;
        app.find("#passphrase").await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=case-open]").await?;
        app.find("[data-testid=resume-edit]").await?;
        assert!(!app.is_present("[data-testid=resume-edit-changed]").await?);
        app.click("[data-testid=resume-edit-discard]").await?;
        app.wait_gone("[data-testid=resume-edit]").await?;
        app.wait_text(
            "[data-testid=case-notice]",
            &msg("en", "cv-resume-discarded", &[])?,
        )
        .await?;
        app.click("[data-testid=back-to-list]").await?;
        app.find("[data-testid=new-case]").await?;
        app.quit().await?;

        let mut vault = profile.open_vault()?;
        assert!(vault.case_edit(code)?.is_none());
        let case = vault.get_case(code)?;
        assert_eq!(case.record.survivor.pseudonym, "Нургуль К.");
        assert_eq!(case.record.survivor.settlement, None);
        assert_eq!(case.record.status.as_deref(), Some("closed"));
        let history = vault.history(code)?;
        assert_eq!(history.len(), 3);
        assert_eq!(history[2].reason.as_deref(), Some("уточнено имя"));
        Ok(())
    })
}

/// The native open and save dialogs (GTK, run from Rust), driven with xdotool: a
/// file chosen in the dialog is attached to a case, and "export" writes an identical
/// copy where the save dialog says.
#[test]
fn native_dialogs_attach_a_chosen_file_and_export_a_copy() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        drop(profile.create_vault()?);
        add_case(&profile, "KG-GB-2026-0003")?;
        let image = png(120, 80);
        let dir = tempfile::tempdir()?;
        let chosen = dir.path().join("report.png");
        std::fs::write(&chosen, &image)?;
        let exported = dir.path().join("copy.png");

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=case-open]").await?;
        app.find("[data-testid=attachments-empty]").await?;

        app.click("[data-testid=attach-choose]").await?;
        wait_native_dialog().await?;
        screen_shot("en-native-open-dialog");
        native_dialog_answer(&chosen, "en-native-dialog-typed").await?;
        app.wait_text("[data-testid=attachment-name]", "report.png")
            .await?;
        app.wait_text(
            "[data-testid=attachment-sha]",
            &casebook_core::sha256_hex(&image),
        )
        .await?;

        let export = msg("en", "cv-export", &[])?;
        app.client
            .find(Locator::XPath(&format!(
                "//button[normalize-space()='{export}']"
            )))
            .await?
            .click()
            .await?;
        native_dialog_answer(&exported, "en-native-save-dialog-typed").await?;
        app.shot("en-after-export").await?;
        app.wait_text(
            "[data-testid=attach-notice]",
            &msg("en", "cv-exported", &[])?,
        )
        .await?;
        assert_eq!(std::fs::read(&exported)?, image);
        assert!(!exported.with_extension("part").exists());
        app.quit().await?;
        Ok(())
    })
}
