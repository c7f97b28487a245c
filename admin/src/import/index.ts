export { ImportResponses } from './ImportResponses';
export { IMPORT_PATH } from './paths';
