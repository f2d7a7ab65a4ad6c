// Statistics: counts with small cells already hidden, and the files that carry them.
// Mirrors src-tauri/src/stats_commands.rs. Every file goes through a native save
// dialog on the Rust side and is recorded in the audit log.
import { call } from './index';

/** A number shown, or `null` where it is under the floor (shown as "<k"). */
export type Shown = number | null;

export interface DimensionChoice {
  code: string;
  label: string;
  multi_valued: boolean;
}

/** The filters of the case list, as typed (dates: YYYY, YYYY-MM or YYYY-MM-DD). */
export interface StatsFilterText {
  from: string | null;
  to: string | null;
  countries: string[];
  region: string | null;
  status: string | null;
  act: string | null;
  agency: string | null;
}

export interface StatsRequest {
  by: string[];
  filter: StatsFilterText;
  min_cell: number;
}

export interface StatsTable {
  by: string[];
  min_cell: number;
  keys: string[][];
  /** Row by row for two dimensions. */
  cells: Shown[];
  /** Two dimensions: totals of each row ([0]) and column ([1]). */
  margins: Shown[][];
  total: Shown;
  excluded: { 'never-asked': number; refused: number; revoked: number };
  hidden: number;
}

export interface StatsView {
  table: StatsTable;
  dimensions: string[];
  labels: string[][];
  /** The method note, one paragraph per line. */
  method: string[];
  multi_valued: boolean;
}

export interface StatsSaved {
  file_name: string;
  sha256: string;
}

export type TableFormat = 'csv' | 'xlsx';

export const statsDimensions = (): Promise<DimensionChoice[]> => call('stats_dimensions');

/** Labels and the method note come in `lang`. */
export const statsCount = (request: StatsRequest, lang: string): Promise<StatsView> =>
  call('stats_count', { request, lang });

/** `null`: the save dialog was cancelled. */
export const statsSaveTable = (request: StatsRequest, format: TableFormat): Promise<StatsSaved | null> =>
  call('stats_save_table', { request, format });

/** A chart or the map as drawn on screen, from the already suppressed table. */
export const statsSaveImage = (
  request: StatsRequest,
  kind: 'chart' | 'map',
  image: { svg: string } | { png: number[] },
): Promise<StatsSaved | null> =>
  call('stats_save_image', {
    request,
    kind,
    svg: 'svg' in image ? image.svg : null,
    png: 'png' in image ? image.png : null,
  });

export const statsSaveBrief = (
  filter: StatsFilterText,
  minCell: number,
  organisation: string | null,
): Promise<StatsSaved | null> => call('stats_save_brief', { filter, minCell, organisation });
