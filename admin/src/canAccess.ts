// The server's table of who may do what (DESIGN §5), imported as source: the admin shows and hides
// what the server allows and refuses, from one definition. The file has no imports, so it compiles here.
import { DEPARTMENT_BOUND, ROLE_PERMISSIONS, type Permission, type Role } from '../../server/src/common/auth/permissions.ts';
import { EDITABLE_BY_DEPARTMENT } from '../../server/src/modules/initiative/workflow.rules.ts';

type Rules = Readonly<Record<string, Permission>>;

const READ: Rules = { list: 'read', show: 'read', export: 'read' };
const MANAGED: Rules = { ...READ, create: 'manage', edit: 'manage', delete: 'manage' };
// The regie team any department's, a lead their own department's (kpis:write is department-bound:
// with a record, its departmentId decides; a measurement carries its KPI's).
const KPIS: Rules = { ...READ, create: 'kpis:write', edit: 'kpis:write', delete: 'kpis:write' };

/**
 * The permission each admin action on each resource needs. A resource or action missing here is
 * refused: deny by default, like the server.
 */
export const RESOURCE_RULES: Readonly<Record<string, Rules>> = {
  Department: MANAGED,
  Journey: MANAGED,
  JourneyStage: MANAGED,
  Channel: MANAGED,
  Segment: MANAGED,
  Kpi: KPIS,
  KpiMeasurement: KPIS,
  // Everyone reads everything (DESIGN §5), people included: owners and leads link to them.
  Person: MANAGED,
  // Tokens are issued and revoked, never edited or deleted.
  ApiToken: { list: 'manage', show: 'manage', export: 'manage', create: 'manage', revoke: 'manage' },
  AuditEntry: { list: 'audit', show: 'audit', export: 'audit' },
  // `transition`: submit and withdraw (leads, their own department); `decide`: the moves past review
  // (approve, reject, park, start, complete) and `pin`: pinning and unpinning a rank, the regie
  // team's alone (initiatives:decide, as the server's guard). The server lets a department delete
  // its own proposals, as it lets it create them.
  Initiative: {
    ...READ,
    create: 'initiatives:write',
    edit: 'initiatives:write',
    delete: 'initiatives:write',
    transition: 'initiatives:transition',
    decide: 'initiatives:decide',
    pin: 'initiatives:decide',
  },
  Decision: READ,
  // Every change is a new version (`create`, updateScoringModel); versions are never edited or deleted.
  ScoringModel: { ...READ, create: 'manage' },
  // Recorded by survey tools and the CSV import (`import`), never by a form; erased on request
  // (a comment may hold personal data), by the regie team alone.
  SurveyResponse: { ...READ, import: 'responses:write', delete: 'responses:erase' },
  // A department's self-assessment (leads: their own department); never edited, deleted by the regie team alone.
  MaturityAssessment: { ...READ, create: 'maturity:write', delete: 'manage' },
};

/** The statuses in which a department lead may still edit their initiative (DESIGN §5). */
const LEAD_EDITABLE_STATUSES: readonly unknown[] = EDITABLE_BY_DEPARTMENT;

/** Only a proposal can be deleted, by anyone (the server also refuses one that has decisions). */
const DELETABLE_STATUSES: readonly unknown[] = ['PROPOSED'];

export interface AccessScope {
  /** The signed-in person's department: leads act only for their own. */
  departmentId?: string | null;
  /** The record acted on, when there is one; a list-level question has none. */
  record?: { departmentId?: unknown; status?: unknown };
}

const isRole = (role: unknown): role is Role => typeof role === 'string' && Object.hasOwn(ROLE_PERMISSIONS, role);

/**
 * May someone with `role` do `action` (list, show, create, edit, delete, export, revoke,
 * transition, …) on `resource` (a GraphQL type name)? With a record, a lead's department-bound
 * permissions hold only for their own department's records; the server checks the rest.
 */
export function canAccess(role: Role | string | undefined, action: string, resource: string, { departmentId, record }: AccessScope = {}): boolean {
  const rules = Object.hasOwn(RESOURCE_RULES, resource) ? RESOURCE_RULES[resource] : undefined;
  const permission = rules && Object.hasOwn(rules, action) ? rules[action] : undefined;
  if (!permission || !isRole(role) || !ROLE_PERMISSIONS[role].includes(permission)) return false;
  if (resource === 'Initiative' && action === 'delete' && record && !DELETABLE_STATUSES.includes(record.status)) return false;
  if (role === 'REGIE' || !record || !DEPARTMENT_BOUND.includes(permission)) return true;
  if (record.departmentId == null || departmentId == null || String(record.departmentId) !== String(departmentId)) return false;
  return !(resource === 'Initiative' && action === 'edit') || LEAD_EDITABLE_STATUSES.includes(record.status);
}
