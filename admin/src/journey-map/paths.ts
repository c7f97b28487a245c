/** A journey's map (a custom route, see App.tsx): its stages left to right with who works on them. */
export const JOURNEY_MAP_ROUTE = '/journeys/:journeyId/map';

export const journeyMapPath = (journeyId: string | number) => `/journeys/${encodeURIComponent(String(journeyId))}/map`;
