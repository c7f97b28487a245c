/**
 * Who may do what (DESIGN §5), as plain data: the server's guard and services enforce it, and
 * the admin's canAccess reads the same table. No imports, so both sides can use it.
 */
export const ROLES = ['REGIE', 'DEPARTMENT_LEAD', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = ['read', 'responses:write', 'initiatives:write'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * What an operation needs before any record is looked at. Record-level rules (own department,
 * initiative status) are checked in the services on top of these.
 */
export const PERMISSIONS = [
  /** Anyone, signed in or not: only signIn. */
  'public',
  /** A signed-in person (not a token): me, changing one's own password. */
  'self',
  /** Reading any resource. */
  'read',
  /** The regie team's ground: journeys, stages, targets, channels, segments, departments, capacity, scoring model, people, tokens. */
  'manage',
  /** The audit trail. */
  'audit',
  /** Creating and editing initiatives (leads: own department, while PROPOSED or UNDER_REVIEW). */
  'initiatives:write',
  /** Submitting and withdrawing (leads, own department). */
  'initiatives:transition',
  /** Governance: approve, reject, park, start, complete, pin and unpin ranks (the regie team). */
  'initiatives:decide',
  /** Recording survey responses. */
  'responses:write',
  /** Erasing a survey response on request (personal data): the regie team only. */
  'responses:erase',
  /** Maturity assessments (leads: their own department's self-assessment). */
  'maturity:write',
  /** KPIs and their measurements (leads: their own department's). */
  'kpis:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  REGIE: PERMISSIONS,
  DEPARTMENT_LEAD: ['public', 'self', 'read', 'initiatives:write', 'initiatives:transition', 'maturity:write', 'kpis:write'],
  VIEWER: ['public', 'self', 'read'],
};

export const SCOPE_PERMISSIONS: Record<Scope, readonly Permission[]> = {
  read: ['read'],
  'responses:write': ['responses:write'],
  'initiatives:write': ['initiatives:write'],
};

/** Permissions a lead (or department-bound token) holds only for their own department. */
export const DEPARTMENT_BOUND: readonly Permission[] = ['initiatives:write', 'initiatives:transition', 'maturity:write', 'kpis:write'];
