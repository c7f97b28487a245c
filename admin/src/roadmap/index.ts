export { ROADMAP_PATH } from './paths';
export { RoadmapPage } from './RoadmapPage';
