//! The TypeScript declarations of what the desktop's commands take and give,
//! generated from the Rust types so the UI cannot drift from them:
//! `ui/src/backend/generated.ts`. The test below fails when that file is not what
//! these types give; `CASEBOOK_WRITE_TS=1 cargo test -p casebook-desktop ts_types`
//! writes it anew.

use ts_rs::TS;

/// Every declaration, in a stable order.
pub fn declarations() -> String {
    use casebook_stats::{label::StatsView, Dimension, Excluded, FileFormat, FilterText, Month};
    use casebook_stats::{StatsFilter, StatsRequest, StatsTable};
    let decls = [
        // Statistics.
        Dimension::decl(),
        Month::decl(),
        StatsFilter::decl(),
        Excluded::decl(),
        StatsTable::decl(),
        StatsView::decl(),
        FilterText::decl(),
        casebook_stats::Scope::decl(),
        StatsRequest::decl(),
        FileFormat::decl(),
        crate::stats_commands::DimensionChoice::decl(),
        crate::stats_commands::StatsSaved::decl(),
        crate::stats_commands::NetworkCentre::decl(),
        casebook_bundle::SnapshotSent::decl(),
        casebook_bundle::AggregateReport::decl(),
        // The shell, errors.
        casebook_core::ErrorPayload::decl(),
        casebook_store::process::NetworkLock::decl(),
        crate::commands::AppInfo::decl(),
        crate::settings::Settings::decl(),
        // The case list.
        casebook_store::SortKey::decl(),
        casebook_store::CaseQuery::decl(),
        casebook_store::CaseSummary::decl(),
        casebook_store::CasePage::decl(),
        casebook_store::PlaceCount::decl(),
        crate::list_commands::ActGroup::decl(),
        crate::list_commands::FilterChoices::decl(),
        // The lawyer's case file.
        casebook_pdf::Progress::decl(),
        casebook_pdf::CaseFilePlan::decl(),
        casebook_pdf::CaseFileWritten::decl(),
        casebook_pdf::PdfVerification::decl(),
        crate::pdf_commands::CaseFileSaved::decl(),
        crate::pdf_commands::CaseFileCheck::decl(),
        casebook_submission::Mechanism::decl(),
        casebook_submission::Thematic::decl(),
        casebook_submission::DraftFormat::decl(),
        casebook_submission::SubmissionPlan::decl(),
        casebook_submission::SubmissionWritten::decl(),
        casebook_submission::AnnexWritten::decl(),
        casebook_store::Organisation::decl(),
        // Case work.
        casebook_core::FieldError::decl(),
        casebook_core::diff::Change::decl(),
        casebook_core::due::DueKind::decl(),
        casebook_core::due::DueState::decl(),
        casebook_core::due::DueItem::decl(),
        casebook_core::section::Section::decl(),
        casebook_core::model::Attachment::decl(),
        casebook_store::DraftInfo::decl(),
        casebook_store::Draft::decl(),
        casebook_store::DraftSaved::decl(),
        casebook_store::CaseEdit::decl(),
        casebook_store::RevisionKind::decl(),
        casebook_store::RevisionInfo::decl(),
        casebook_store::StoredCase::decl(),
        casebook_store::RevisionChanges::decl(),
        crate::casework::DroppedFile::decl(),
        crate::casework::Target::decl(),
        crate::casework::VocabLists::decl(),
        casebook_store::CaseDue::decl(),
        // Exchange.
        casebook_store::ContactRole::decl(),
        casebook_store::Contact::decl(),
        casebook_bundle::ContactCard::decl(),
        casebook_bundle::Redaction::decl(),
        casebook_bundle::RefusalReason::decl(),
        casebook_bundle::ExportedCase::decl(),
        casebook_bundle::RefusedCase::decl(),
        casebook_bundle::ExportPlan::decl(),
        casebook_bundle::ExportReport::decl(),
        casebook_bundle::Phase::decl(),
        casebook_bundle::Progress::decl(),
        casebook_bundle::SignerInfo::decl(),
        casebook_bundle::RejectedCase::decl(),
        casebook_bundle::format::BundleKind::decl(),
        casebook_bundle::SnapshotStanding::decl(),
        casebook_bundle::SnapshotOutcome::decl(),
        casebook_bundle::ImportSummary::decl(),
        casebook_store::CaseAction::decl(),
        casebook_store::CaseOutcome::decl(),
        casebook_store::ConflictKind::decl(),
        casebook_store::ConflictInfo::decl(),
        crate::exchange_commands::MyCard::decl(),
        crate::exchange_commands::CaseChoice::decl(),
        crate::exchange_commands::RecipientChoice::decl(),
        crate::exchange_commands::ExportRequest::decl(),
        crate::exchange_commands::ChosenBundle::decl(),
        crate::exchange_commands::ImportReport::decl(),
        crate::exchange_commands::TakeChoice::decl(),
        // Outreach.
        casebook_store::OutboxItem::decl(),
        casebook_bundle::outreach::OutreachStatus::decl(),
        casebook_bundle::outreach::OutboxExport::decl(),
        casebook_bundle::outreach::ReceiptWritten::decl(),
        // The session's safety.
        casebook_core::passphrase::Strength::decl(),
        casebook_store::SplitInfo::decl(),
        crate::session::Slots::decl(),
        casebook_pdf::ShareCardFiles::decl(),
        casebook_pdf::SplitWritten::decl(),
        crate::session::PassphraseRating::decl(),
        crate::session::Rekeyed::decl(),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/ts_types.rs: do not edit.\n\
         // Refresh: CASEBOOK_WRITE_TS=1 cargo test -p casebook-desktop ts_types\n\n\
         /** A case record in its interchange shape (docs/data-model.md): plain JSON,\n \
         *  checked by the Rust side (casebook_core::validate). */\n\
         export type Json = any;\n\
         export type CaseRecord = Record<string, Json>;\n",
    );
    for d in decls {
        out.push_str("\nexport ");
        out.push_str(&d);
        out.push('\n');
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::path::PathBuf;

    fn committed() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/backend/generated.ts")
    }

    #[test]
    fn ts_types_generated_file_is_current() {
        let want = super::declarations();
        if std::env::var_os("CASEBOOK_WRITE_TS").is_some() {
            std::fs::write(committed(), &want).unwrap();
        }
        let have = std::fs::read_to_string(committed()).unwrap_or_default();
        assert!(
            have == want,
            "ui/src/backend/generated.ts is not what the Rust types give: run \
             CASEBOOK_WRITE_TS=1 cargo test -p casebook-desktop ts_types"
        );
    }
}
