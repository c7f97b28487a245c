export { JourneyMapButton } from './JourneyMapButton';
export { JourneyMapPage } from './JourneyMapPage';
export { JOURNEY_MAP_ROUTE, journeyMapPath } from './paths';
