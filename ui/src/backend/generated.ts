// Generated from the Rust types by src-tauri/src/ts_types.rs: do not edit.
// Refresh: CASEBOOK_WRITE_TS=1 cargo test -p casebook-desktop ts_types

export type Dimension = "act" | "act-group" | "agency" | "country" | "region" | "location-type" | "year" | "quarter" | "month" | "age-band" | "hiv-status" | "sex-work" | "substance" | "medical-attention" | "complaint-body" | "complaint-response" | "complaint-outcome" | "intake-channel" | "status";

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

export type StatsRequest = { by: Array<Dimension>, filter: FilterText, min_cell: number, };

export type FileFormat = "csv" | "xlsx" | "json";

export type DimensionChoice = { code: string, label: string, multi_valued: boolean, };

export type StatsSaved = { file_name: string, sha256: string, };
