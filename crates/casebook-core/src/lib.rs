//! Casebook's domain model. Nothing here touches the disk, the clock of another
//! machine or the network: the store, the bundle and the PDF crates build on it.
//!
//! # Public API
//!
//! - [`CaseRecord`] (module [`model`]): the case record exactly as
//!   `example-case.json`, with [`CaseEnvelope`] to carry the store's `id`/`revision`
//!   beside it, and [`CaseRecord::consent_for`] → [`ConsentState`].
//! - [`CaseRecord::validate`] → [`ValidationErrors`] (module [`validate`]): every
//!   problem with its field path, code and Fluent id; [`VALIDATION_MESSAGE_IDS`].
//! - [`PartialDate`] (module [`date`]): incident dates at their precision.
//! - [`vocab`]: every controlled vocabulary as data, and its Fluent ids.
//! - [`rights`]: act type → rights instruments and articles ([`rights::rights_for`]).
//! - [`canonical`]: canonical JSON bytes and SHA-256 for revision ids.
//! - Index helpers on [`CaseRecord`] (module [`summary`]): first incident date,
//!   country/region, act types, agencies, consented destinations, next follow-up,
//!   search text.
//! - [`due`]: follow-ups and complaint deadlines with their state (done, overdue,
//!   due today, later): one rule for the case view, the list and its filter.
//! - [`diff`]: field-level history diff. [`merge`]: three-way merge with conflicts.
//! - [`path`]: the `incidents[0].acts[1]` / `perpetrators[ref=p1]` path syntax.
//! - [`redact`]: the [`Scrubber`](redact::Scrubber) every pseudonymised output runs
//!   free text through, and [`redact::free_text_fields`].
//! - [`passphrase`]: the one rule a vault or bundle passphrase must meet
//!   ([`passphrase::accepted`]) and the weak/fair/strong hint shown while typing.
//! - [`author`]: who a change is recorded under ([`author::author_or_placeholder`]).
//! - [`section`]: the case view's sections ([`Section`]) and how saving one takes
//!   only its part of an edited copy.
//! - [`Coded`] / [`ErrorPayload`]: the one shape every error takes.

pub mod author;
pub mod canonical;
pub mod date;
pub mod diff;
pub mod due;
pub mod error;
pub mod facts;
pub mod merge;
pub mod model;
pub mod network;
pub mod passphrase;
pub mod path;
pub mod redact;
pub mod rights;
pub mod section;
pub mod summary;
pub mod validate;
pub mod vocab;

pub use canonical::{sha256_hex, to_canonical_bytes, JsonError};
pub use date::{DateError, DatePrecision, PartialDate};
pub use error::{Coded, ErrorPayload};
pub use model::{CaseEnvelope, CaseRecord, ConsentState};
pub use section::Section;
pub use validate::{FieldError, ValidationErrors, VALIDATION_MESSAGE_IDS};
