/** The CX maturity overview (a custom route, see App.tsx): the radar per department and the comparison. */
export const MATURITY_PATH = '/maturity';
