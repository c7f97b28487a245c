import { CreateButton, ExportButton, TopToolbar } from 'react-admin';

// The server pages at most 500 rows (perPage); ExportButton would ask for 1000 and be refused.
const MAX_PER_PAGE = 500;

export const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton maxResults={MAX_PER_PAGE} />
  </TopToolbar>
);
