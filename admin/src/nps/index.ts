export { JourneyNps } from './JourneyNps';
export { NpsOverview } from './NpsOverview';
export { journeyNpsPath, NPS_PATH } from './paths';
