/** The CSV import of survey responses (a custom route, see App.tsx). */
export const IMPORT_PATH = '/import';
