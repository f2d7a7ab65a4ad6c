// Generated from the Rust types by src-tauri/src/ts_types.rs: do not edit.
// Refresh: CASEBOOK_WRITE_TS=1 cargo test -p casebook-desktop ts_types

/** A case record in its interchange shape (docs/data-model.md): plain JSON,
 *  checked by the Rust side (casebook_core::validate). */
export type Json = any;
export type CaseRecord = Record<string, Json>;

export type Dimension = "act" | "act-group" | "agency" | "country" | "region" | "location-type" | "year" | "quarter" | "month" | "age-band" | "hiv-status" | "sex-work" | "substance" | "medical-attention" | "complaint-body" | "complaint-response" | "complaint-outcome" | "intake-channel" | "status" | "centre";

export type Month = { year: number, month: number, };

export type StatsFilter = { from: Month | null, to: Month | null, 
/**
 * Any of these countries (ISO 3166-1); empty means all.
 */
countries: Array<string>, region: string | null, status: string | null, act: string | null, agency: string | null, };

export type Excluded = { "never-asked": number, refused: number, revoked: number, };

export type StatsTable = { by: Array<Dimension>, filter: StatsFilter, min_cell: number, 
/**
 * Keys of each dimension, in display order.
 */
keys: Array<Array<string>>, 
/**
 * One-way: one count per key. Two-way: row by row, `keys[0].len() *
 * keys[1].len()` counts.
 */
cells: Array<number | null>, 
/**
 * Two-way only: the totals of each row (`[0]`) and column (`[1]`).
 */
margins: Array<Array<number | null>>, 
/**
 * Cases counted; hidden when under the floor.
 */
total: number | null, excluded: Excluded, 
/**
 * How many numbers are hidden (cells, totals).
 */
hidden: number, };

export type StatsView = { table: StatsTable, 
/**
 * The name of each dimension.
 */
dimensions: Array<string>, 
/**
 * The name of each key, per dimension, in the table's order.
 */
labels: Array<Array<string>>, method: Array<string>, multi_valued: boolean, };

export type FilterText = { from: string | null, to: string | null, countries: Array<string>, region: string | null, status: string | null, act: string | null, agency: string | null, };

export type Scope = "cases" | "network";

export type StatsRequest = { by: Array<Dimension>, filter: FilterText, min_cell: number, 
/**
 * This vault's cases, or at a hub the network's.
 */
scope: Scope, };

export type FileFormat = "csv" | "xlsx" | "json";

export type DimensionChoice = { code: string, label: string, multi_valued: boolean, 
/**
 * Only offered when counting the network (by centre).
 */
network_only: boolean, };

export type StatsSaved = { file_name: string, sha256: string, };

export type NetworkCentre = { centre: string, 
/**
 * The hub's contact's name for it, else its own.
 */
name: string, 
/**
 * Whether the hub has it as a contact (else it was heard of through a hub).
 */
contact: boolean, seq: number, made_at: string, records: number, };

export type SnapshotSent = { centre: string, name: string, seq: number, records: number, };

export type AggregateReport = { path: string, snapshots: Array<SnapshotSent>, 
/**
 * Records in all (one per consented case).
 */
records: number, 
/**
 * Size of the encrypted file.
 */
bytes: number, };

export type ErrorPayload = { code: string, message_id: string, args: Record<string, string>, };

export type NetworkLock = "locked" | "unavailable" | "automation";

export type AppInfo = { 
/**
 * Shown so a person can tell which vault they are opening; never case data.
 */
vault_path: string | null, exists: boolean, unlocked: boolean, language: string, languages: Array<string>, 
/**
 * Languages no native speaker has reviewed yet (locales/STATUS.md): Settings
 * says so beside them.
 */
awaiting_review: Array<string>, 
/**
 * `unavailable`: the kernel refused the network lock; the first screen says so.
 */
network: NetworkLock, };

export type Settings = { language: string, 
/**
 * Seconds without activity before the vault locks itself.
 */
idle_lock_secs: number, 
/**
 * `false` (the default) titles the window with the neutral "Notes".
 */
show_name: boolean, };

export type SortKey = "updated-desc" | "updated-asc" | "incident-desc" | "incident-asc" | "code-asc" | "code-desc" | "due-asc";

export type CaseQuery = { 
/**
 * Full-text: each word (3+ letters) must occur somewhere, as a substring.
 */
text: string | null, status: string | null, 
/**
 * Incident dates, inclusive, ISO at any precision.
 */
date_from: string | null, date_to: string | null, country: string | null, region: string | null, act_type: string | null, agency: string | null, consent: string | null, 
/**
 * Cases with an open follow-up due on or before this date.
 */
due_before: string | null, include_deleted: boolean, 
/**
 * List every search match instead of the newest [`SEARCH_CAP`]: for exports by
 * filter, which must not drop a case; too slow for typing.
 */
all_matches: boolean, sort: SortKey, offset: number, limit: number, };

export type CaseSummary = { id: string, code: string, pseudonym: string, status: string | null, incident_date: string | null, country: string | null, region: string | null, act_types: Array<string>, next_due: string | null, updated_at: string, deleted: boolean, };

export type CasePage = { 
/**
 * How many cases the query matches; with `capped`, how many of them are listed.
 */
total: number, 
/**
 * `Some(SEARCH_CAP)` when the search text matched more cases than that: only the
 * most recently recorded [`SEARCH_CAP`] matches are listed (then filtered and
 * sorted). The person is told so and asked to add words or filters, rather than
 * waiting on a list nobody can read.
 */
capped: number | null, offset: number, items: Array<CaseSummary>, };

export type PlaceCount = { country: string, 
/**
 * ISO 3166-2 subdivision code, `None` for cases with only a country.
 */
region: string | null, cases: number, };

export type ActGroup = { group: string, codes: Array<string>, };

export type FilterChoices = { status: Array<string>, act_groups: Array<ActGroup>, agency: Array<string>, consent: Array<string>, 
/**
 * Only places that cases in this vault have.
 */
places: Array<PlaceCount>, };

export type CaseFileProgress = { "stage": "loading" } | { "stage": "photo", done: number, total: number, } | { "stage": "layout" } | { "stage": "writing" } | { "stage": "done", pages: number, };

export type CaseFilePlan = { case_id: string, case_code: string, 
/**
 * A name for the file, see [`file_name`].
 */
file_name: string, 
/**
 * For a pseudonymised file: the filled free-text fields (paths such as
 * `incidents[0].narrative`) in which names of other people cannot have been
 * recognised, for the save dialog to ask someone to read
 * ([`casebook_core::redact::free_text_fields`]). Empty for a full file.
 */
unchecked_free_text: Array<string>, };

export type CaseFileWritten = { path: string, 
/**
 * The last component of `path`, for messages.
 */
file_name: string, case_id: string, case_code: string, revision: string, lang: string, profile: string, pages: number, bytes: number, 
/**
 * SHA-256 of the whole file as written (what `sha256sum` prints), also in the
 * audit entry.
 */
sha256: string, 
/**
 * Sequence number of the `pdf-generated` audit entry.
 */
audit_seq: number, };

export type PdfVerification = { case_id: string, case_code: string, 
/**
 * The id of the revision the file was made from (found from its tag for a
 * file that shows a tag).
 */
revision: string, 
/**
 * What a pseudonymised file shows instead of the revision id (data format 3
 * on): its HMAC under this vault's secret, [`Vault::revision_tag`].
 */
revision_tag: string | null, profile: string, lang: string, generated_at: string, generator: string, 
/**
 * No byte of the file changed since it was written (file hash).
 */
file_intact: boolean, 
/**
 * The data hash in the file is the hash of what the vault's revision renders.
 */
data_matches: boolean, 
/**
 * The audit entry named in the file exists in this vault's chain.
 */
audit_head_found: boolean, 
/**
 * Re-rendering from the vault gave exactly these bytes; `None` when the file
 * was made by another version of the generator or in an older data format.
 */
rendering_matches: boolean | null, 
/**
 * Whether the revision is still the case's head (informational: a newer
 * revision does not make the file wrong, only older).
 */
revision_is_head: boolean, 
/**
 * When this vault recorded writing exactly these bytes (its `pdf-generated`
 * audit entry), if it did. Informational: files made by `render_case_file`
 * alone, or before the entry existed, have none and can still be sound.
 */
issued_at: string | null, };

export type CaseFileSaved = { 
/**
 * From the save dialog's answer to the file being in place.
 */
elapsed_ms: number, path: string, 
/**
 * The last component of `path`, for messages.
 */
file_name: string, case_id: string, case_code: string, revision: string, lang: string, profile: string, pages: number, bytes: number, 
/**
 * SHA-256 of the whole file as written (what `sha256sum` prints), also in the
 * audit entry.
 */
sha256: string, 
/**
 * Sequence number of the `pdf-generated` audit entry.
 */
audit_seq: number, };

export type CaseFileCheck = { file_name: string, ok: boolean, case_id: string, case_code: string, 
/**
 * The id of the revision the file was made from (found from its tag for a
 * file that shows a tag).
 */
revision: string, 
/**
 * What a pseudonymised file shows instead of the revision id (data format 3
 * on): its HMAC under this vault's secret, [`Vault::revision_tag`].
 */
revision_tag: string | null, profile: string, lang: string, generated_at: string, generator: string, 
/**
 * No byte of the file changed since it was written (file hash).
 */
file_intact: boolean, 
/**
 * The data hash in the file is the hash of what the vault's revision renders.
 */
data_matches: boolean, 
/**
 * The audit entry named in the file exists in this vault's chain.
 */
audit_head_found: boolean, 
/**
 * Re-rendering from the vault gave exactly these bytes; `None` when the file
 * was made by another version of the generator or in an older data format.
 */
rendering_matches: boolean | null, 
/**
 * Whether the revision is still the case's head (informational: a newer
 * revision does not make the file wrong, only older).
 */
revision_is_head: boolean, 
/**
 * When this vault recorded writing exactly these bytes (its `pdf-generated`
 * audit entry), if it did. Informational: files made by `render_case_file`
 * alone, or before the entry existed, have none and can still be sound.
 */
issued_at: string | null, };

export type Mechanism = "sr-torture" | "sr-vaw" | "wgad" | "sr-health";

export type Thematic = "cedaw" | "upr";

export type DraftFormat = "docx" | "pdf";

export type SubmissionPlan = { case_id: string, case_code: string, mechanism: Mechanism, lang: string, 
/**
 * Whether the draft names her (her consent is `named`).
 */
named: boolean, 
/**
 * What the case lacks for this mechanism, in the draft's language: each is a
 * "[to be completed: …]" marker in the text and a line of the checklist.
 */
missing: Array<string>, 
/**
 * A neutral name for the save dialog: `draft-<mechanism>-<lang>.docx`.
 */
file_name: string, };

export type SubmissionWritten = { path: string, file_name: string, format: DraftFormat, missing: number, words: number, bytes: number, sha256: string, audit_seq: number, };

export type AnnexWritten = { written: SubmissionWritten, limit: number, over_limit: boolean, };

export type Organisation = { name: string, 
/**
 * E-mail or postal address the mechanism may use.
 */
contact: string, };

export type FieldError = { 
/**
 * JSON path of the field, e.g. `incidents[0].acts[2].perpetrators[0]`.
 */
path: string, 
/**
 * Stable machine code, e.g. `unknown-code`.
 */
code: string, 
/**
 * Fluent id in `validation.ftl`, e.g. `validation-unknown-code`.
 */
message_id: string, 
/**
 * Message arguments; always includes `field` (= `path`).
 */
args: { [key in string]?: string }, };

export type Change = { path: string, old: Json | null, new: Json | null, };

export type DueKind = "follow-up" | "complaint-deadline" | "forensic-window";

export type DueState = "done" | "overdue" | "today" | "later";

export type DueItem = { kind: DueKind, 
/**
 * Its place in `responses.follow_ups`, `responses.complaints` or `incidents`.
 */
index: number, 
/**
 * The date as recorded (the forensic window: the day it closes).
 */
due: string, 
/**
 * The day it is due by (see the module's rule).
 */
due_by: string, state: DueState, };

export type Section = "consent" | "survivor" | "incidents" | "perpetrators" | "evidence" | "responses";

export type Attachment = { 
/**
 * Lowercase hex SHA-256 of the plaintext.
 */
sha256: string | null, 
/**
 * Bytes.
 */
size: number | null, 
/**
 * MIME type.
 */
media_type: string | null, 
/**
 * Original file name.
 */
file_name: string | null, 
/**
 * Date or RFC 3339 timestamp.
 */
captured_at: string | null, 
/**
 * Date or RFC 3339 timestamp.
 */
received_at: string | null, received_by: string | null, description: string | null, };

export type DraftInfo = { id: string, 
/**
 * The pseudonym typed so far ("" when none yet).
 */
pseudonym: string, 
/**
 * Where the interview stopped (the UI's step name).
 */
step: string, author: string, created_at: string, updated_at: string, };

export type Draft = { info: DraftInfo, record: CaseRecord, 
/**
 * Problems the record has now, with field paths (never blocking a save).
 */
problems: Array<FieldError>, };

export type DraftSaved = { id: string, updated_at: string, problems: Array<FieldError>, };

export type CaseEdit = { draft_id: string, case_id: string, 
/**
 * The head revision the edit started from.
 */
base_revision: string, 
/**
 * The case's head now: another revision when the case changed meanwhile.
 */
head_revision: string, case_changed: boolean, 
/**
 * The section of the case view being edited.
 */
section: Section, 
/**
 * The reason typed for the edit so far.
 */
reason: string, record: CaseRecord, author: string, updated_at: string, };

export type RevisionKind = "create" | "edit" | "delete" | "merge";

export type RevisionInfo = { id: string, case_id: string, parents: Array<string>, author: string, device: string, created_at: string, reason: string | null, kind: RevisionKind, };

export type StoredCase = { id: string, code: string, deleted: boolean, head: RevisionInfo, 
/**
 * The record at the head; for a deleted case, the last record before deletion.
 */
record: CaseRecord, };

export type RevisionChanges = { changes: Array<Change>, id: string, case_id: string, parents: Array<string>, author: string, device: string, created_at: string, reason: string | null, kind: RevisionKind, };

export type DroppedFile = { token: string, name: string, };

export type Target = { "kind": "draft", "id": string } | { "kind": "case", "id": string };

export type VocabLists = { lists: { [key in string]?: Array<string> }, act_groups: Array<[string, Array<string>]>, message_ids: { [key in string]?: { [key in string]?: string } }, 
/**
 * `incidents.acts.act_type` → `act-type`.
 */
fields: { [key in string]?: string }, };

export type CaseDue = { case_id: string, 
/**
 * The case's code.
 */
case: string, 
/**
 * What the item says of itself: a follow-up's note, a complaint's reference
 * number; empty for a forensic window.
 */
note: string, 
/**
 * A complaint's body (`complaint-body` code).
 */
body: string | null, 
/**
 * Its day is before today.
 */
overdue: boolean, kind: DueKind, 
/**
 * Its place in `responses.follow_ups`, `responses.complaints` or `incidents`.
 */
index: number, 
/**
 * The date as recorded (the forensic window: the day it closes).
 */
due: string, 
/**
 * The day it is due by (see the module's rule).
 */
due_by: string, state: DueState, };

export type ContactRole = "own-device" | "centre-hub" | "lawyer" | "network" | "outreach";

export type Contact = { id: number, name: string, role: ContactRole, 
/**
 * `age1…` X25519 recipient.
 */
age_recipient: string, 
/**
 * Ed25519 public key, lowercase hex.
 */
sign_key: string, 
/**
 * Words two people compare by phone.
 */
fingerprint: string, added_at: string, };

export type ContactCard = { name: string, age_recipient: string, sign_key: string, fingerprint: string, };

export type Redaction = "full" | "pseudonymised";

export type RefusalReason = { "reason": "consent-missing", role: string, destination: string, state: string, } | { "reason": "role-gets-no-records", role: string, } | { "reason": "unreadable" };

export type ExportedCase = { case_id: string, code: string, redaction: Redaction, };

export type RefusedCase = { case_id: string, code: string, } & ({ "reason": "consent-missing", role: string, destination: string, state: string, } | { "reason": "role-gets-no-records", role: string, } | { "reason": "unreadable" });

export type ExportPlan = { cases: Array<ExportedCase>, refused: Array<RefusedCase>, 
/**
 * Attachments that would go (none when excluded or every case is pseudonymised).
 */
attachments: number, 
/**
 * Their plaintext size, bytes.
 */
attachment_bytes: number, };

export type ExportReport = { 
/**
 * Where the bundle is; `None` when no case was allowed to go (nothing written).
 */
path: string | null, cases: Array<ExportedCase>, refused: Array<RefusedCase>, attachments: number, 
/**
 * Size of the encrypted file.
 */
bytes: number, };

export type Phase = "selecting" | "writing" | "reading" | "applying" | "done";

export type ExchangeProgress = { phase: Phase, done: number, total: number, };

export type SignerInfo = { name: string, fingerprint: string, 
/**
 * The contact it matched, if any.
 */
contact: string | null, own_device: boolean, 
/**
 * The role whose rights this import had: this device's own, the contact's, or
 * the one the person gave a confirmed unknown signer.
 */
role: ContactRole, 
/**
 * The signer's keys (signed in the manifest), so a person can add it as a contact.
 */
age_recipient: string, sign_key: string, };

export type RejectedCase = { case_id: string, 
/**
 * Stable reason code.
 */
reason: string, };

export type BundleKind = "cases" | "statistics" | "outbox";

export type SnapshotStanding = "new" | "replaced" | "older" | "same";

export type SnapshotOutcome = { centre: string, name: string, seq: number, records: number, standing: SnapshotStanding, };

export type ImportSummary = { signer: SignerInfo, added: number, 
/**
 * Fast-forwarded, or merged without conflict.
 */
updated: number, 
/**
 * Cases merged with fields left for a person.
 */
conflicted: number, 
/**
 * Conflicting fields in all.
 */
conflicts: number, 
/**
 * Edits kept against a deletion (also counted in `conflicts`).
 */
edit_kept_over_delete: number, 
/**
 * Already present, or older than what the vault has.
 */
skipped: number, rejected: Array<RejectedCase>, revisions_added: number, attachments_added: number, attachments_skipped: number, cases: Array<CaseOutcome>, 
/**
 * A statistics bundle's snapshots (a case bundle has none) and what
 * became of each.
 */
kind: BundleKind, snapshots: Array<SnapshotOutcome>, 
/**
 * An outbox bundle's receipt codes, one per sealed case taken in.
 */
receipts: Array<string>, };

export type CaseAction = { "action": "added" } | { "action": "fast-forward" } | { "action": "merged", conflicts: number, } | { "action": "edit-kept-over-delete" } | { "action": "skipped" };

export type CaseOutcome = { case_id: string, code: string, 
/**
 * Head after the import.
 */
head: string, } & ({ "action": "added" } | { "action": "fast-forward" } | { "action": "merged", conflicts: number, } | { "action": "edit-kept-over-delete" } | { "action": "skipped" });

export type ConflictKind = "field" | "edit-vs-delete";

export type ConflictInfo = { id: number, case_id: string, code: string, 
/**
 * Field path (`survivor.age`, `perpetrators[ref=p1].rank`); empty for the whole case.
 */
path: string, kind: ConflictKind, base: Json | null, 
/**
 * This vault's value before the import.
 */
ours: Json | null, ours_author: string, ours_at: string, ours_revision: string, 
/**
 * The incoming value.
 */
theirs: Json | null, theirs_author: string, theirs_at: string, theirs_revision: string, merge_revision: string, created_at: string, };

export type MyCard = { text: string, fingerprint: string, };

export type CaseChoice = { "kind": "all" } | { "kind": "since-last" } | { "kind": "cases", ids: Array<string>, } | { "kind": "filter", query: CaseQuery, };

export type RecipientChoice = { "kind": "contacts", names: Array<string>, } | { "kind": "passphrase", passphrase: string, role: ContactRole, };

export type ExportRequest = { cases: CaseChoice, recipients: RecipientChoice, include_attachments: boolean, sender_name: string, };

export type ChosenBundle = { token: string, name: string, };

export type ImportReport = { signer_card: string, signer: SignerInfo, added: number, 
/**
 * Fast-forwarded, or merged without conflict.
 */
updated: number, 
/**
 * Cases merged with fields left for a person.
 */
conflicted: number, 
/**
 * Conflicting fields in all.
 */
conflicts: number, 
/**
 * Edits kept against a deletion (also counted in `conflicts`).
 */
edit_kept_over_delete: number, 
/**
 * Already present, or older than what the vault has.
 */
skipped: number, rejected: Array<RejectedCase>, revisions_added: number, attachments_added: number, attachments_skipped: number, cases: Array<CaseOutcome>, 
/**
 * A statistics bundle's snapshots (a case bundle has none) and what
 * became of each.
 */
kind: BundleKind, snapshots: Array<SnapshotOutcome>, 
/**
 * An outbox bundle's receipt codes, one per sealed case taken in.
 */
receipts: Array<string>, };

export type TakeChoice = { "take": "ours" } | { "take": "theirs" } | { "take": "typed", "value": string };

export type OutboxItem = { 
/**
 * Short code the centre's receipt names (`K7Q2-M9XD`).
 */
receipt: string, sealed_at: string, 
/**
 * When a receipt from the centre confirmed it; its sealed bytes are gone then.
 */
confirmed_at: string | null, 
/**
 * Size of the sealed bundle still held (0 once confirmed).
 */
bytes: number, };

export type OutreachStatus = { centre: string, 
/**
 * The centre's six words, to compare again with the centre.
 */
fingerprint: string, outbox: Array<OutboxItem>, 
/**
 * Drafts untouched for longer than [`STALE_DRAFT_HOURS`]: a reminder to finish
 * and send them, since a draft is what a coerced passphrase opens.
 */
stale_drafts: number, };

export type OutboxExport = { path: string, receipts: Array<string>, bytes: number, };

export type ReceiptWritten = { path: string, receipts: number, };

export type Strength = "weak" | "fair" | "strong";

export type SplitInfo = { threshold: number, shares: number, created_at: string, };

export type Slots = { passphrases: number, recovery_key: boolean, 
/**
 * K of N and when, if colleagues hold shares; never a share.
 */
split: SplitInfo | null, 
/**
 * The vault's short fingerprint, as on the share cards.
 */
fingerprint: string, };

export type ShareCardFiles = { number: number, card: string, file: string, };

export type SplitWritten = { fingerprint: string, threshold: number, shares: number, cards: Array<ShareCardFiles>, };

export type PassphraseRating = { accepted: boolean, strength: Strength, 
/**
 * The rule's numbers, for the message when it is not accepted.
 */
min_chars: number, min_words: number, };

export type Rekeyed = { recovery_key: string, passphrases_dropped: number, 
/**
 * Colleagues' shares open nothing after a rekey; the UI says so.
 */
split_dropped: boolean, };
