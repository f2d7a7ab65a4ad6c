// The case list's calls: one page of a query at a time, and the filters' choices.
import { call } from './index';

import type {
  CasePage,
  CaseQuery as StoreQuery,
  CaseSummary,
  FilterChoices,
  PlaceCount,
  SortKey,
} from './generated';

export type { CasePage, FilterChoices, PlaceCount, SortKey };
/** One row of the list (casebook_store::CaseSummary). */
export type CaseRow = CaseSummary;
/** casebook_store::CaseQuery: every field has a default, so any may be left out. */
export type CaseQuery = Partial<StoreQuery> & Pick<StoreQuery, 'offset' | 'limit'>;

export const casesQuery = (query: CaseQuery): Promise<CasePage> => call('cases_query', { query });
export const caseFilterChoices = (): Promise<FilterChoices> => call('case_filter_choices');
