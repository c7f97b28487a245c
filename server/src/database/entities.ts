import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Department } from '../modules/department/department.entity.js';
import { Person } from '../modules/person/person.entity.js';

/** Every entity Regie stores; MikroORM and the migrations are built from this list. */
export const entities = [Department, Person, ApiToken, AuditEntry];
