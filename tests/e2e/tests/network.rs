//! A network's picture through the real program: a centre sends its statistics
//! from the statistics screen (a native save dialog), a hub imports the bundle on
//! the command line and sees, in Russian, the centres table, the network's map
//! and a count by centre. Run with `scripts/e2e.sh --test network`.

use std::path::{Path, PathBuf};
use std::process::Command;

use casebook_e2e::{
    env, msg, native_dialog_answer, require_dialog_tools, run, workspace_root, App, Profile,
    Result, PASSPHRASE,
};

fn cli_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("CASEBOOK_CLI").map(PathBuf::from) {
        return Ok(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"));
    Ok(target.join("debug/casebook"))
}

fn cli(vault: &Path, args: &[&str]) -> Result<String> {
    let out = Command::new(cli_path()?)
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env_remove("CASEBOOK_VAULT")
        .env("CASEBOOK_PASSPHRASE", PASSPHRASE)
        .env("LANG", "C.UTF-8")
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "casebook {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// `to` takes `from`'s card under `name`, as the network role, words compared.
fn meet(to: &Path, from: &Path, name: &str, dir: &Path) -> Result<()> {
    let card = cli(from, &["contact", "me", "--name", name])?;
    let words = card
        .lines()
        .find_map(|l| l.strip_prefix("fingerprint:"))
        .map(|f| f.trim().to_owned())
        .ok_or("no fingerprint")?;
    let file = dir.join(format!("{}.card", name.len()));
    std::fs::write(&file, &card)?;
    cli(
        to,
        &[
            "contact",
            "add",
            &file.to_string_lossy(),
            "--name",
            name,
            "--role",
            "network",
            "--fingerprint",
            &words,
        ],
    )?;
    Ok(())
}

#[test]
fn a_centre_sends_statistics_and_the_hub_sees_the_network_in_russian() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let centre = Profile::new()?;
        let hub = Profile::new()?;
        {
            let (mut v, _) = centre.create_vault()?;
            v.add_cases(casebook_demo::generate(23, 300), "e2e")?;
        }
        drop(hub.create_vault()?);
        let work = tempfile::tempdir()?;
        meet(
            &centre.vault_dir(),
            &hub.vault_dir(),
            "Национальный узел",
            work.path(),
        )?;
        meet(
            &hub.vault_dir(),
            &centre.vault_dir(),
            "Центр Алматы",
            work.path(),
        )?;
        let bundle = work.path().join("статистика.cbk");

        // The centre sends its statistics from the statistics screen.
        let app = App::launch(&env, &centre).await?;
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=open-stats]").await?;
        app.find("[data-testid=stats-table]").await?;
        app.find("[data-testid=stats-send]").await?;
        app.click("[data-testid=stats-send-to][data-name='Национальный узел']")
            .await?;
        app.type_into("[data-testid=stats-send-name]", "Центр Алматы")
            .await?;
        app.shot("ru-stats-send").await?;
        app.click("[data-testid=stats-send-save]").await?;
        tokio::time::sleep(std::time::Duration::from_millis(800)).await;
        if app.is_present("[data-testid=stats-send-error]").await? {
            return Err(app.text("[data-testid=stats-send-error]").await?.into());
        }
        native_dialog_answer(&bundle, "ru-stats-send-dialog").await?;
        let done = app
            .wait_contains("[data-testid=stats-send-done]", "статистика.cbk")
            .await?;
        app.shot("ru-stats-sent").await?;
        app.quit().await?;
        assert!(bundle.is_file(), "{done}");
        let counted = {
            let v = centre.open_vault()?;
            v.case_facts()?
                .iter()
                .filter(|f| f.consent == casebook_core::facts::StatsConsent::Given)
                .count()
        };
        assert!(
            done.contains(&counted.to_string()),
            "{done} names the {counted} consented cases"
        );

        // The hub imports it (the command line: the exchange screen's import is
        // the case bundles' own, tested in exchange.rs).
        let imported = cli(&hub.vault_dir(), &["import", &bundle.to_string_lossy()])?;
        assert!(imported.contains("Центр Алматы"), "{imported}");
        let app = App::launch(&env, &hub).await?;
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;

        // No case arrived: the list is as empty as before.
        app.find("[data-testid=new-case]").await?;
        assert_eq!(app.count("[data-testid=case-open]").await?, 0);

        // The network on the statistics screen.
        app.click("[data-testid=open-stats]").await?;
        app.find("[data-testid=statistics]").await?;
        app.click("[data-testid=stats-scope-network]").await?;
        app.wait_count("[data-testid=network-centre]", 1).await?;
        app.wait_contains("[data-testid=network-centres]", "Центр Алматы")
            .await?;
        let reachable = "[data-testid=stats-map] path[role=button]";
        let deadline = std::time::Instant::now() + casebook_e2e::UI_TIMEOUT;
        while app.count(reachable).await? == 0 {
            assert!(
                std::time::Instant::now() < deadline,
                "the network's map shows no region with a count"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        app.wait_contains("[data-testid=stats-summary]", &counted.to_string())
            .await?;
        app.shot("ru-stats-network-map").await?;
        app.assert_accessible("statistics: network").await?;

        // By centre, only across the network.
        app.select("[data-testid=stats-by]", "centre").await?;
        app.wait_text(
            "[data-testid=stats-table] thead th:first-child",
            &msg("ru", "stats-dim-centre", &[])?,
        )
        .await?;
        app.wait_contains("[data-testid=stats-table] tbody", "Центр Алматы")
            .await?;
        app.shot("ru-stats-network-by-centre").await?;
        app.click("[data-testid=stats-scope-cases]").await?;
        app.wait_gone("[data-testid=stats-by] option[value=centre]")
            .await?;
        app.quit().await?;
        Ok(())
    })
}
