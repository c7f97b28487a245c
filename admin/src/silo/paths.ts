/** The silo detector: overlaps and uncovered moments (a custom route, see App.tsx). */
export const SILO_PATH = '/silos';
