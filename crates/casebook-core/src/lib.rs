//! Casebook's domain model. Nothing here touches the disk, the clock of another
//! machine or the network: the store, the bundle and the PDF crates build on it.

pub mod error;

pub use error::{Coded, ErrorPayload};
