//! The one shape every error takes when it leaves a library: a stable code for
//! machines, a Fluent message id for people, and the named arguments the message needs.

use std::collections::BTreeMap;

use serde::Serialize;

/// Implemented by every library error enum. `code` never changes once shipped (scripts
/// and the UI match on it); `message_id` names a message in `locales/<lang>/errors.ftl`.
pub trait Coded: std::error::Error {
    fn code(&self) -> &'static str;
    fn message_id(&self) -> &'static str;
    /// Named arguments for the Fluent message. Never secrets.
    fn args(&self) -> BTreeMap<String, String> {
        BTreeMap::new()
    }

    fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code().to_owned(),
            message_id: self.message_id().to_owned(),
            args: self.args(),
        }
    }
}

/// What crosses the IPC boundary and what `--json` error output prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
pub struct ErrorPayload {
    pub code: String,
    pub message_id: String,
    #[ts(type = "Record<string, string>")]
    pub args: BTreeMap<String, String>,
}
