/** Where the NPS pages live (custom routes, see App.tsx). */
export const NPS_PATH = '/nps';

/** A journey's NPS page; `search` carries the filters along (`?from=…&segment=…`). */
export const journeyNpsPath = (journeyId: string | number, search = '') => `${NPS_PATH}/${encodeURIComponent(String(journeyId))}${search}`;
