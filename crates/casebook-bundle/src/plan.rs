//! What an export would carry, worked out before any file is written, so that a
//! person sees which cases may not go (and why) before choosing where to save.
//!
//! The decision per case is the very one [`export()`](crate::export()) takes: the same
//! selection, the same histories, the same [`decide_all`] over the recipients' roles.

use std::collections::BTreeMap;

use casebook_core::CaseRecord;
use casebook_store::{ContactRole, Vault};
use serde::Serialize;

use crate::export::{candidates, ExportOptions, ExportedCase, Recipients, RefusedCase};
use crate::policy::{decide_all, Redaction, RefusalReason};
use crate::{BundleError, Phase, Progress};

/// An export worked out but not written.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ExportPlan {
    pub cases: Vec<ExportedCase>,
    pub refused: Vec<RefusedCase>,
    /// Attachments that would go (none when excluded or every case is pseudonymised).
    #[ts(type = "number")]
    pub attachments: u64,
    /// Their plaintext size, bytes.
    #[ts(type = "number")]
    pub attachment_bytes: u64,
}

/// The recipients' roles and contact ids, as the export resolves them.
fn recipient_roles(
    vault: &Vault,
    recipients: &Recipients,
) -> Result<(Vec<ContactRole>, Vec<i64>), BundleError> {
    match recipients {
        Recipients::Contacts(names) => {
            if names.is_empty() {
                return Err(BundleError::NoRecipients);
            }
            let mut roles = vec![];
            let mut ids = vec![];
            for n in names {
                let c = vault.contact(n)?;
                roles.push(c.role);
                ids.push(c.id);
            }
            Ok((roles, ids))
        }
        // The passphrase itself is checked when the bundle is written.
        Recipients::Passphrase { role, .. } => Ok((vec![*role], vec![])),
    }
}

/// Which cases [`export()`](crate::export()) with `opts` would put in the bundle and
/// which it would leave out, with the reasons. Reads the vault only.
pub fn plan_export(
    vault: &Vault,
    opts: &ExportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ExportPlan, BundleError> {
    let (roles, contact_ids) = recipient_roles(vault, &opts.recipients)?;
    progress(Progress::new(Phase::Selecting, 0, 0));
    let ids = candidates(vault, &opts.selection, &contact_ids)?;
    let total = ids.len() as u64;
    let mut plan = ExportPlan {
        cases: vec![],
        refused: vec![],
        attachments: 0,
        attachment_bytes: 0,
    };
    let mut attachments: BTreeMap<String, u64> = BTreeMap::new();
    for (i, id) in ids.iter().enumerate() {
        let history = vault.case_history(id)?;
        let record = history
            .head_content()
            .and_then(|c| CaseRecord::from_json_value(c.clone()).ok());
        let code = record.as_ref().map(|r| r.code.clone()).unwrap_or_default();
        let decision = match &record {
            Some(r) => decide_all(&roles, r),
            None => Err(RefusalReason::Unreadable),
        };
        match decision {
            Err(reason) => plan.refused.push(RefusedCase {
                case_id: id.clone(),
                code,
                reason,
            }),
            Ok(redaction) => {
                if opts.include_attachments && redaction == Redaction::Full {
                    for h in history.attachment_hashes() {
                        if vault.has_blob(&h)? {
                            let size = vault.attachment_size(&h)?;
                            attachments.insert(h, size);
                        }
                    }
                }
                plan.cases.push(ExportedCase {
                    case_id: id.clone(),
                    code,
                    redaction,
                });
            }
        }
        progress(Progress::new(Phase::Selecting, i as u64 + 1, total));
    }
    plan.attachments = attachments.len() as u64;
    plan.attachment_bytes = attachments.values().sum();
    Ok(plan)
}
