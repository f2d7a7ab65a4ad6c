// Statistics: counts with small cells already hidden, and the files that carry them.
// Mirrors src-tauri/src/stats_commands.rs. Every file goes through a native save
// dialog on the Rust side and is recorded in the audit log.
import { call } from './index';

import type {
  AggregateReport,
  NetworkCentre,
  Scope,
  Dimension,
  DimensionChoice,
  FilterText,
  StatsRequest,
  StatsSaved,
  StatsTable,
  StatsView,
} from './generated';

export type {
  AggregateReport,
  Dimension,
  DimensionChoice,
  NetworkCentre,
  Scope,
  StatsRequest,
  StatsSaved,
  StatsTable,
  StatsView,
};

/** The filters of the case list, as typed (dates: YYYY, YYYY-MM or YYYY-MM-DD). */
export type StatsFilterText = FilterText;

/** A number shown, or `null` where it is under the floor (shown as "<k"). */
export type Shown = number | null;

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
  scope: Scope,
): Promise<StatsSaved | null> => call('stats_save_brief', { filter, minCell, organisation, scope });

/** Writes a statistics bundle for the hub contacts `to` name (a native save dialog
 *  asks where): this centre's snapshot, or at a hub every centre's newest.
 *  `null`: cancelled. */
export const statsSend = (
  to: string[],
  network: boolean,
  senderName: string,
): Promise<AggregateReport | null> => call('stats_send', { to, network, senderName });

/** The centres whose statistics this vault holds as a hub. */
export const networkCentres = (): Promise<NetworkCentre[]> => call('network_centres');
