//! Nothing outside the vault: a session with sentinel strings (a pseudonym, a
//! narrative, an attachment's bytes and file name) through an intake typed on the
//! screens, search, the case view, the attachment, a case file saved to a chosen
//! folder, a bundle exported to a chosen file, lock, unlock and quick exit;
//! afterwards the program's home (every XDG folder, WebKit's data and cache), /tmp,
//! /var/tmp, /dev/shm and the system journal hold no sentinel outside the vault and
//! the two files the person chose to write (searched as UTF-8 and as UTF-16, which
//! WebKit's stores use), and the bundle holds none in the clear. Then an emergency
//! erase, and the same scan finds the sentinels nowhere, vault included. Run with
//! `scripts/e2e.sh --test traces`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use casebook_e2e::{
    env, journal_hits, msg, native_dialog_answer, require_dialog_tools, run, sentinel,
    sentinel_hits as hits, App, Profile, Result, PASSPHRASE,
};
use casebook_store::{AttachmentMeta, Vault};
use fantoccini::Locator;

const EXAMPLE: &str =
    include_str!("../../../crates/casebook-core/tests/fixtures/example-case.json");
const CODE: &str = "KZ-ALM-2026-0007";
const BUNDLE_PASSPHRASE: &str = "river stone lantern";

fn places(profile: &Profile) -> Vec<PathBuf> {
    let mut roots = vec![profile.home()];
    for p in ["/tmp", "/var/tmp", "/dev/shm"] {
        roots.push(PathBuf::from(p));
    }
    roots
}

#[test]
fn a_session_leaves_no_sentinel_outside_the_vault_and_erase_leaves_none_at_all() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    let pseudonym = sentinel("P");
    let narrative = sentinel("N");
    let content = sentinel("B");
    let file_name = sentinel("F");
    let typed_pseudonym = sentinel("Q");
    let typed_narrative = sentinel("T");
    let needles = vec![
        pseudonym.clone(),
        narrative.clone(),
        content.clone(),
        file_name.clone(),
        typed_pseudonym.clone(),
        typed_narrative.clone(),
    ];
    run(async {
        let profile = Profile::new()?;
        // The scan finds a sentinel in either form, by name or by content.
        std::fs::create_dir_all(profile.home().join(".cache/x"))?;
        let canary = profile.home().join(".cache/x/canary");
        let utf16: Vec<u8> = narrative
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        std::fs::write(&canary, [b"..".as_slice(), &utf16].concat())?;
        let named = profile.home().join(format!("{file_name}.txt"));
        std::fs::write(&named, b"")?;
        let seen = hits(&places(&profile), &[], &needles);
        assert_eq!(seen.len(), 2, "{seen:?}");
        std::fs::remove_file(&canary)?;
        std::fs::remove_file(&named)?;
        {
            let (mut vault, _) = profile.create_vault()?;
            let mut record = casebook_core::CaseRecord::from_json_str(EXAMPLE)?;
            record.survivor.pseudonym = pseudonym.clone();
            if let Some(incident) = record.incidents.first_mut() {
                incident.narrative = Some(format!("Её задержали. {narrative}"));
            }
            vault.add_case(record, "e2e")?;
            let bytes = format!("notes {content}\n").into_bytes();
            vault.attach_reader(
                CODE,
                &bytes[..],
                AttachmentMeta {
                    file_name: format!("{file_name}.txt"),
                    media_type: Some("text/plain".into()),
                    description: None,
                    captured_at: None,
                },
                "e2e",
            )?;
        }
        let out = tempfile::tempdir()?;
        let pdf = out.path().join("case-file.pdf");
        let bundle = out.path().join("cases.cbk");

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        // An intake typed through the screens (drafts are saved as she goes).
        app.click("[data-testid=new-case]").await?;
        app.type_into("[data-testid=documenter]", "Параюрист Д.")
            .await?;
        app.select("[data-testid=consent-documentation-given]", "yes")
            .await?;
        app.wait_gone("[data-testid=consent-gate]").await?;
        app.click("[data-testid=next]").await?;
        app.type_into("[data-testid=pseudonym]", &typed_pseudonym)
            .await?;
        app.click("[data-testid=next]").await?;
        app.type_into("[data-testid=incident-date-0]", "2026-03-02")
            .await?;
        app.type_into("[data-testid=incident-narrative-0]", &typed_narrative)
            .await?;
        for _ in 0..8 {
            if app.is_present("[data-testid=finish]").await? {
                break;
            }
            app.click("[data-testid=next]").await?;
        }
        app.click("[data-testid=finish]").await?;
        app.find("[data-testid=case-view]").await?;
        app.wait_contains("main", &typed_pseudonym).await?;
        app.click("[data-testid=back-to-list]").await?;
        // Search by a piece of the pseudonym, open the case, its attachment.
        app.type_into("[data-testid=case-search]", &pseudonym[3..12])
            .await?;
        app.client
            .wait()
            .at_most(casebook_e2e::UI_TIMEOUT)
            .for_element(Locator::XPath(&format!(
                "//button[@data-testid='case-open' and normalize-space()='{CODE}']"
            )))
            .await?
            .click()
            .await?;
        app.wait_text("[data-testid=case-code]", CODE).await?;
        app.wait_contains("main", &narrative).await?;
        // The case file, full profile, to a folder the person chose.
        app.click("[data-testid=case-file-open]").await?;
        app.find("[data-testid=case-file-dialog][open]").await?;
        app.click("[data-testid=case-file-profile-full]").await?;
        app.click("[data-testid=case-file-save]").await?;
        native_dialog_answer(&pdf, "traces-case-file-dialog").await?;
        app.wait_contains("[data-testid=case-file-saved]", "case-file.pdf")
            .await?;
        app.click("[data-testid=case-file-close]").await?;
        // A bundle of every case, under a passphrase, to a file the person chose.
        app.click("[data-testid=back-to-list]").await?;
        app.click("[data-testid=open-sync]").await?;
        app.click("[data-testid=tab-export]").await?;
        app.click("[data-testid=to-passphrase]").await?;
        app.click("[data-testid=cases-all]").await?;
        app.type_into("#bundle-passphrase", BUNDLE_PASSPHRASE)
            .await?;
        app.type_into("#bundle-passphrase-repeat", BUNDLE_PASSPHRASE)
            .await?;
        app.click("[data-testid=export-write]").await?;
        native_dialog_answer(&bundle, "traces-bundle-dialog").await?;
        app.client
            .wait()
            .at_most(Duration::from_secs(300))
            .for_element(Locator::Css("[data-testid=export-done]"))
            .await?;
        app.click("[data-testid=sync-close]").await?;
        // Lock, unlock, then quick exit.
        app.click("[data-testid=lock]").await?;
        app.unlock(PASSPHRASE).await?;
        let _ = app
            .find("[data-testid=case-search]")
            .await?
            .send_keys(&"\u{e00c}".repeat(2))
            .await;
        let deadline = Instant::now() + Duration::from_secs(15);
        while !profile.vault_released() {
            if Instant::now() > deadline {
                return Err("quick exit did not release the vault".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = app.quit().await;
        // WebKit's processes may write as they end.
        tokio::time::sleep(Duration::from_secs(2)).await;

        assert!(std::fs::metadata(&pdf)?.len() > 0);
        assert!(std::fs::metadata(&bundle)?.len() > 0);
        // The bundle is encrypted: no sentinel in it in the clear.
        let in_bundle = hits(std::slice::from_ref(&bundle), &[], &needles);
        assert!(
            in_bundle.is_empty(),
            "sentinels in the bundle: {in_bundle:#?}"
        );
        {
            // What was typed reached the vault: the scan below looks for something real.
            let vault = profile.open_vault()?;
            let page = vault.list_cases(&casebook_store::CaseQuery::default())?;
            assert!(page.items.iter().any(|c| c.pseudonym == typed_pseudonym));
        }
        let allowed = vec![profile.vault_dir(), pdf.clone(), bundle.clone()];
        let found = hits(&places(&profile), &allowed, &needles);
        assert!(found.is_empty(), "sentinels outside the vault: {found:#?}");
        let logged = journal_hits(&needles);
        assert!(logged.is_empty(), "sentinels in the journal: {logged:?}");
        // The vault holds them only encrypted: not one in the clear there either.
        let in_vault = hits(&[profile.vault_dir()], &[], &needles);
        assert!(
            in_vault.is_empty(),
            "sentinels in the clear in the vault: {in_vault:#?}"
        );

        // Emergency erase from the unlock screen: afterwards none anywhere but the
        // file the person chose to write.
        let app = App::launch(&env, &profile).await?;
        app.click("[data-testid=unlock-erase-panel] summary")
            .await?;
        erase(&app).await?;
        let _ = app.quit().await;
        let found = hits(&places(&profile), std::slice::from_ref(&pdf), &needles);
        assert!(found.is_empty(), "sentinels after erase: {found:#?}");
        assert!(!Vault::exists(&profile.vault_dir()));
        Ok(())
    })
}

/// The erase panel's typed word and button (ui/src/components/EraseVault.svelte).
async fn erase(app: &App) -> Result<()> {
    app.type_into(
        "[data-testid=unlock-erase-word]",
        &msg("en", "settings-erase-word", &[])?,
    )
    .await?;
    app.click("[data-testid=unlock-erase]").await?;
    // Erased: the program offers to make a new vault.
    app.find("#new-passphrase").await?;
    Ok(())
}
