import { Department } from '../modules/department/department.entity.js';

/** Every entity Regie stores; MikroORM and the migrations are built from this list. */
export const entities = [Department];
