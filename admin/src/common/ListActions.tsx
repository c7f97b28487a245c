import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

// The server pages at most 500 rows (perPage); ExportButton would ask for 1000 and be refused.
const MAX_PER_PAGE = 500;

/** The filters that are not always shown, Create for whom may create (canAccess), the list's own buttons, and Export. */
export const ListActions = ({ createLabel, children }: { createLabel?: string; children?: ReactNode }) => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label={createLabel} />
    {children}
    <ExportButton maxResults={MAX_PER_PAGE} />
  </TopToolbar>
);
