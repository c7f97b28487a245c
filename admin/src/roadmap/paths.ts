/** The roadmap page (a custom route, see App.tsx). */
export const ROADMAP_PATH = '/roadmap';
