export { Dashboard } from './Dashboard';
export { messages as dashboardMessages } from './messages';
