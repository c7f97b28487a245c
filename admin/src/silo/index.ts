export { SILO_PATH } from './paths';
export { SiloPage } from './SiloPage';
