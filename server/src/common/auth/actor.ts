import { Forbidden, Unauthenticated } from '../errors.js';
import { DEPARTMENT_BOUND, ROLE_PERMISSIONS, SCOPE_PERMISSIONS, type Permission, type Role, type Scope } from './permissions.js';

/** Who is asking: a signed-in person or an integration's API token. */
export type Actor =
  | { kind: 'person'; id: number; name: string; email: string; role: Role; departmentId: number | null }
  | { kind: 'token'; id: number; name: string; scopes: readonly Scope[]; departmentId: number | null };

export function permits(actor: Actor, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (actor.kind === 'person') return ROLE_PERMISSIONS[actor.role].includes(permission);
  return actor.scopes.some(scope => SCOPE_PERMISSIONS[scope].includes(permission));
}

/** The actor, or UNAUTHENTICATED with the reason the credential was refused. */
export function requireActor(auth: { actor?: Actor; refusal?: string }): Actor {
  if (!auth.actor) throw new Unauthenticated(auth.refusal);
  return auth.actor;
}

export function authorize(actor: Actor, permission: Permission): void {
  if (!permits(actor, permission)) throw new Forbidden(`${describe(actor)} may not do this (needs ${permission})`);
}

/**
 * Record-level rule: leads and tokens act only for their own department; the regie team acts for
 * any. A token bound to no department holds no department-bound permission (DESIGN §1: a token
 * with initiatives:write must be bound); such tokens were issued before that was enforced.
 */
export function authorizeForDepartment(actor: Actor, permission: Permission, departmentId: number): void {
  authorize(actor, permission);
  if (isRegie(actor) || !DEPARTMENT_BOUND.includes(permission)) return;
  if (actor.kind === 'token' && actor.departmentId === null) {
    throw new Forbidden(`${describe(actor)} is bound to no department, so it may not use ${permission}; issue a token bound to the department it acts for`);
  }
  if (actor.departmentId !== departmentId) {
    throw new Forbidden(`${describe(actor)} may act only for its own department`);
  }
}

export function isRegie(actor: Actor): boolean {
  return actor.kind === 'person' && actor.role === 'REGIE';
}

const describe = (actor: Actor) => (actor.kind === 'person' ? `${actor.name} (${actor.role})` : `API token "${actor.name}"`);
