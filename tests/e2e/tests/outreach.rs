//! Outreach mode through the real program, in Russian: a new laptop is set up for
//! its centre from the first screen (the centre's card, its six words typed, the
//! passphrase with what it can and cannot open said first), a quick report with a
//! photo is finished and sealed, the laptop shows only the receipt code, the outbox
//! is saved for the centre; the centre takes it in whole and writes a receipt; the
//! laptop takes the receipt and the report shows as received. Afterwards neither
//! the vault unlocked with its passphrase nor any file of the profile holds a word
//! of the report.
//! Run with `scripts/e2e.sh --test outreach`.

use casebook_bundle::{import_file, outreach, DeviceKeys, ImportOptions};
use casebook_e2e::fantoccini::key::Key;
use casebook_e2e::{
    env, msg, native_dialog_answer, require_dialog_tools, run, App, Profile, Result, PASSPHRASE,
};
use casebook_store::{ContactRole, KdfParams, NewContact, Secret, Vault, VaultOptions};

/// In every field the quick report writes, and in the photo's name and bytes.
const MARK: &str = "Жщюй";

async fn wait_home(app: &App) -> Result<()> {
    app.find("[data-testid=outreach-home]").await?;
    Ok(())
}

#[test]
fn a_field_laptop_seals_a_quick_report_for_its_centre_and_takes_the_receipt() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        let work = tempfile::tempdir()?;
        let mut centre = Vault::create(
            &work.path().join("centre"),
            &Secret::from("centre passphrase long"),
            &VaultOptions {
                kdf: KdfParams::insecure_for_tests(),
                ..Default::default()
            },
        )?
        .0;
        let card = DeviceKeys::of(&centre)?.card("Центр «Доверие»");
        let photo = work.path().join(format!("{MARK}-синяк.png"));
        std::fs::write(&photo, format!("{MARK}-png-bytes").repeat(40))?;

        // 1. The first screen offers outreach; the set-up screen in Russian.
        let app = App::launch(&env, &profile).await?;
        app.choose_language("ru").await?;
        app.click("[data-testid=set-up-outreach]").await?;
        app.find("[data-testid=outreach-setup]").await?;
        // The card as the centre sent it, as a file (WebDriver's typing would drop
        // its line breaks).
        let card_file = work.path().join("centre-card.txt");
        std::fs::write(&card_file, card.to_text())?;
        app.click("[data-testid=os-card-choose]").await?;
        native_dialog_answer(&card_file, "ru-outreach-card-dialog").await?;
        app.wait_text("[data-testid=os-fingerprint]", &card.fingerprint)
            .await?;
        let coercion = msg("ru", "os-coercion", &[("centre", "Центр «Доверие»")])?;
        app.wait_text("[data-testid=os-coercion]", &coercion)
            .await?;
        // Words that are not the centre's create nothing.
        app.type_into("[data-testid=os-words]", "раз два три четыре пять шесть")
            .await?;
        app.type_into("#os-passphrase", PASSPHRASE).await?;
        app.type_into("#os-repeat", PASSPHRASE).await?;
        app.click("[data-testid=os-create]").await?;
        app.find("[data-testid=os-error]").await?;
        assert!(!Vault::exists(&profile.vault_dir()));
        app.check_layout("ru-outreach-setup").await?;
        app.assert_accessible("outreach set-up (ru)").await?;
        app.type_into("[data-testid=os-words]", &card.fingerprint)
            .await?;
        app.click("[data-testid=os-create]").await?;
        app.click("[data-testid=recovery-confirm]").await?;
        app.click("[data-testid=recovery-continue]").await?;

        // 2. The outreach home: no case list, no exchange, no statistics.
        wait_home(&app).await?;
        app.find("[data-testid=or-outbox-empty]").await?;
        for gone in ["new-case", "open-sync", "open-stats", "open-due"] {
            assert!(
                !app.is_present(&format!("[data-testid={gone}]")).await?,
                "{gone} shown on an outreach laptop"
            );
        }
        app.check_layout("ru-outreach-home-empty").await?;
        app.assert_accessible("outreach home (ru)").await?;

        // 3. A quick report: consent first, then the short form.
        app.click("[data-testid=or-new-quick]").await?;
        app.find("[data-testid=quick-report]").await?;
        app.wait_text(
            "[data-testid=seal-note]",
            &msg("ru", "qr-seal-note", &[("centre", "Центр «Доверие»")])?,
        )
        .await?;
        assert!(!app.find("[data-testid=finish]").await?.is_enabled().await?);
        app.shot("ru-quick-report-start").await?;
        app.click("[data-testid=qr-consent-yes]").await?;
        app.type_into("[data-testid=qr-pseudonym]", &format!("{MARK}Лена"))
            .await?;
        app.click("[data-testid=qr-act-beating]").await?;
        app.click("[data-testid=qr-act-extortion-bribe]").await?;
        app.type_into(
            "[data-testid=qr-narrative]",
            &format!("{MARK} остановили у аптеки, отвезли в отдел, били, требовали деньги"),
        )
        .await?;
        app.type_into("[data-testid=qr-date]", "2026-11-28").await?;
        app.select("[data-testid=qr-location]", "police-station")
            .await?;
        app.select("[data-testid=qr-agency]", "patrol-police")
            .await?;
        app.type_into(
            "[data-testid=qr-injuries]",
            &format!("{MARK} синяки на руках"),
        )
        .await?;
        // The photo, once the draft is in the vault.
        app.click("[data-testid=attach-choose]").await?;
        native_dialog_answer(&photo, "ru-outreach-photo-dialog").await?;
        app.find("[data-testid=attachment-name]").await?;
        app.check_layout("ru-quick-report").await?;
        app.assert_accessible("quick report (ru)").await?;

        app.click("[data-testid=finish]").await?;
        wait_home(&app).await?;
        let code = app.text("[data-testid=or-sealed-code]").await?;
        assert!(
            casebook_bundle::format::is_receipt(code.trim()),
            "receipt code {code:?}"
        );
        app.wait_text("[data-testid=or-code]", code.trim()).await?;
        assert_eq!(
            app.find("[data-testid=or-item-state]")
                .await?
                .attr("data-confirmed")
                .await?
                .as_deref(),
            Some("no")
        );
        assert!(!app.is_present("[data-testid=draft]").await?);
        let page = app.text("body").await?;
        assert!(!page.contains(MARK), "the home shows the sealed report");
        app.check_layout("ru-outreach-sealed").await?;

        // 4. Saved for the centre.
        let outbox = work.path().join("для-центра.cbk");
        app.click("[data-testid=or-export]").await?;
        native_dialog_answer(&outbox, "ru-outbox-save-dialog").await?;
        app.wait_text(
            "[data-testid=or-done]",
            &msg("ru", "or-exported", &[("count", "1")])?,
        )
        .await?;
        app.quit().await?;

        // 5. The centre takes it in whole and writes the receipt.
        let laptop = profile.open_vault()?;
        let laptop_card = DeviceKeys::of(&laptop)?.card("Ноутбук");
        assert!(
            !laptop.readable_text()?.contains(MARK),
            "the laptop's vault keeps a word of the report"
        );
        drop(laptop);
        centre.add_contact(&NewContact {
            name: "Ноутбук".into(),
            role: ContactRole::Outreach,
            age_recipient: laptop_card.age_recipient.clone(),
            sign_key: laptop_card.sign_key.clone(),
            fingerprint: laptop_card.fingerprint.clone(),
            typed_fingerprint: Some(laptop_card.fingerprint.clone()),
        })?;
        let taken = import_file(
            &mut centre,
            &outbox,
            &ImportOptions::default(),
            "paralegal",
            &mut |_| {},
        )?;
        assert_eq!(taken.receipts, vec![code.trim().to_owned()]);
        let ids = centre.all_case_ids()?;
        assert_eq!(ids.len(), 1);
        let case = centre.get_case(&ids[0])?;
        assert_eq!(case.record.survivor.pseudonym, format!("{MARK}Лена"));
        let inc = &case.record.incidents[0];
        assert_eq!(inc.date.as_deref(), Some("2026-11-28"));
        assert_eq!(inc.location_type.as_deref(), Some("police-station"));
        let acts: Vec<_> = inc.acts.iter().filter_map(|a| a.act_type.clone()).collect();
        assert_eq!(acts, ["beating", "extortion-bribe"]);
        assert_eq!(
            inc.acts[0].physical_consequences.as_deref(),
            Some(&*format!("{MARK} синяки на руках"))
        );
        assert_eq!(
            case.record.perpetrators[0].agency.as_deref(),
            Some("patrol-police")
        );
        assert!(inc.acts.iter().all(|a| a.perpetrators == ["p1"]));
        let attachment = &case
            .record
            .evidence
            .as_ref()
            .ok_or("no evidence")?
            .attachments[0];
        let mut bytes = vec![];
        centre.read_attachment(attachment.sha256.as_deref().ok_or("no sha")?, &mut bytes)?;
        assert_eq!(bytes, format!("{MARK}-png-bytes").repeat(40).into_bytes());
        let receipt = work.path().join("квитанция.cbr");
        outreach::write_receipt(&centre, "Ноутбук", &receipt)?;

        // 6. Back on the laptop: the receipt confirms the report.
        let app = App::launch(&env, &profile).await?;
        app.type_into("#passphrase", PASSPHRASE).await?;
        app.click("[data-testid=unlock]").await?;
        wait_home(&app).await?;
        app.click("[data-testid=or-take-receipt]").await?;
        native_dialog_answer(&receipt, "ru-receipt-open-dialog").await?;
        app.wait_text(
            "[data-testid=or-done]",
            &msg("ru", "or-confirmed", &[("count", "1")])?,
        )
        .await?;
        let state = app.find("[data-testid=or-item-state]").await?;
        assert_eq!(state.attr("data-confirmed").await?.as_deref(), Some("yes"));
        assert!(
            !app.find("[data-testid=or-export]")
                .await?
                .is_enabled()
                .await?
        );
        app.check_layout("ru-outreach-confirmed").await?;

        // A language that runs long: the home and the quick report still fit. With
        // the keyboard alone: a report begun, consent given, a name and an act
        // entered, stopped half-way, and listed with its step.
        app.choose_language("ka").await?;
        app.check_layout("ka-outreach-home").await?;
        app.tab_to("[data-testid=or-new-quick]", false, 20).await?;
        app.press(&Key::Enter.to_string()).await?;
        app.find("[data-testid=quick-report]").await?;
        app.tab_to("[data-testid=qr-consent-yes]", false, 20)
            .await?;
        app.press(" ").await?;
        app.tab_to("[data-testid=qr-pseudonym]", false, 10).await?;
        app.press("Нино").await?;
        app.tab_to("[data-testid=qr-act-beating]", false, 10)
            .await?;
        app.press(" ").await?;
        app.check_layout("ka-quick-report").await?;
        app.assert_accessible("quick report (ka)").await?;
        app.find("[data-testid=attach-choose]").await?;
        app.tab_to("[data-testid=stop]", false, 80).await?;
        app.press(&Key::Enter.to_string()).await?;
        wait_home(&app).await?;
        app.wait_contains("[data-testid=draft]", &msg("ka", "in-step-quick", &[])?)
            .await?;
        app.quit().await?;

        // Nothing of the report anywhere the laptop keeps files, nor in its vault.
        assert!(profile.files_in_home_mentioning(MARK).is_empty());
        let laptop = profile.open_vault()?;
        assert!(!laptop.readable_text()?.contains(MARK));
        assert!(
            laptop.outbox_pending()?.is_empty(),
            "the confirmed copy stayed"
        );
        // The report begun with the keyboard waits as a draft, as typed.
        let drafts = laptop.list_drafts()?;
        assert_eq!(drafts.len(), 1);
        assert_eq!(
            (drafts[0].pseudonym.as_str(), drafts[0].step.as_str()),
            ("Нино", "quick")
        );
        let draft = laptop.load_draft(&drafts[0].id)?.record;
        assert_eq!(
            draft.incidents[0].acts[0].act_type.as_deref(),
            Some("beating")
        );
        assert_eq!(
            draft.intake.as_ref().and_then(|i| i.channel.as_deref()),
            Some("outreach")
        );
        Ok(())
    })
}

/// At the centre, in English: the outreach laptop's contact offers "Receipt…", which
/// writes a receipt the laptop accepts for the report the centre took in.
#[test]
fn the_centre_writes_a_receipt_from_the_outreach_contact() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        let work = tempfile::tempdir()?;
        let (mut centre, _) = profile.create_vault()?;
        let card = DeviceKeys::of(&centre)?.card("Centre");
        let field_dir = work.path().join("field");
        let (mut field, _, _) = outreach::create(
            &field_dir,
            &Secret::from("field passphrase long"),
            &VaultOptions {
                kdf: KdfParams::insecure_for_tests(),
                ..Default::default()
            },
            &card,
            &card.fingerprint,
        )?;
        let record = casebook_core::CaseRecord::from_json_str(
            r#"{"code": "", "survivor": {"pseudonym": "Asel"},
                "consents": [{"destination": "documentation", "given": true}]}"#,
        )?;
        let draft = field.save_draft(None, &record, "quick", "peer")?;
        let code = outreach::finish_draft(&mut field, &draft.id, "peer")?;
        let outbox = work.path().join("outbox.cbk");
        outreach::export_outbox(&mut field, &outbox)?;
        let laptop = DeviceKeys::of(&field)?.card("Field laptop");
        centre.add_contact(&NewContact {
            name: "Field laptop".into(),
            role: ContactRole::Outreach,
            age_recipient: laptop.age_recipient.clone(),
            sign_key: laptop.sign_key.clone(),
            fingerprint: laptop.fingerprint.clone(),
            typed_fingerprint: Some(laptop.fingerprint.clone()),
        })?;
        import_file(
            &mut centre,
            &outbox,
            &ImportOptions::default(),
            "paralegal",
            &mut |_| {},
        )?;
        drop(centre);

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=open-sync]").await?;
        app.click("[data-testid=tab-contacts]").await?;
        app.click("[data-name='Field laptop'] [data-testid=contact-receipt]")
            .await?;
        let receipt = work.path().join("receipt.cbr");
        native_dialog_answer(&receipt, "en-receipt-save-dialog").await?;
        app.wait_text(
            "[data-testid=receipt-done]",
            &msg(
                "en",
                "sync-receipt-written",
                &[("name", "Field laptop"), ("count", "1")],
            )?,
        )
        .await?;
        app.shot("en-centre-receipt-written").await?;
        app.quit().await?;

        assert_eq!(outreach::confirm_receipt(&mut field, &receipt)?, 1);
        let items = field.outbox()?;
        assert_eq!(items[0].receipt, code);
        assert!(items[0].confirmed_at.is_some());
        Ok(())
    })
}
