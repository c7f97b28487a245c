/** The quarter plan page (a custom route, see App.tsx). */
export const PLAN_PATH = '/plan';
