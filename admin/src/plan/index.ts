export { PLAN_PATH } from './paths';
export { QuarterPlanPage } from './QuarterPlanPage';
