/// <reference types="node" />
// Run with `npm run test:unit -w admin` (node --test on the TypeScript source, types stripped).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canAccess, type AccessScope } from './canAccess.ts';

type Case = [role: string | undefined, action: string, resource: string, expected: boolean, scope?: AccessScope];

const CS = '3';
const MKT = '1';
const initiative = (departmentId: string, status: string) => ({ record: { departmentId, status }, departmentId: CS });
/** A KPI or a measurement of one (which carries its KPI's department), read by the lead of CS. */
const ofDepartment = (departmentId: string | null) => ({ record: { departmentId }, departmentId: CS });

const CASES: Case[] = [
  // Maturity: the regie team assesses any department, a lead their own (a self-assessment), a viewer none; only the regie team deletes.
  ['REGIE', 'create', 'MaturityAssessment', true, { record: { departmentId: MKT } }],
  ['DEPARTMENT_LEAD', 'create', 'MaturityAssessment', true, { record: { departmentId: CS }, departmentId: CS }],
  ['DEPARTMENT_LEAD', 'create', 'MaturityAssessment', false, { record: { departmentId: MKT }, departmentId: CS }],
  ['VIEWER', 'create', 'MaturityAssessment', false],
  ['VIEWER', 'list', 'MaturityAssessment', true],
  ['DEPARTMENT_LEAD', 'delete', 'MaturityAssessment', false, { record: { departmentId: CS }, departmentId: CS }],
  ['REGIE', 'delete', 'MaturityAssessment', true],
  ['DEPARTMENT_LEAD', 'edit', 'MaturityAssessment', false],
  // Everyone signed in reads the shared picture.
  ['REGIE', 'list', 'Department', true],
  ['DEPARTMENT_LEAD', 'list', 'Department', true],
  ['VIEWER', 'list', 'Department', true],
  ['VIEWER', 'show', 'Department', true],
  ['VIEWER', 'export', 'Department', true],
  ['VIEWER', 'list', 'Initiative', true],
  // Departments (and the rest of the regie team's ground) are managed by the regie team only.
  ['REGIE', 'create', 'Department', true],
  ['REGIE', 'edit', 'Department', true],
  ['REGIE', 'delete', 'Department', true],
  ['DEPARTMENT_LEAD', 'create', 'Department', false],
  ['DEPARTMENT_LEAD', 'edit', 'Department', false],
  ['DEPARTMENT_LEAD', 'delete', 'Department', false],
  ['VIEWER', 'create', 'Department', false],
  ['VIEWER', 'edit', 'Department', false],
  ['VIEWER', 'delete', 'Department', false],
  ['DEPARTMENT_LEAD', 'edit', 'Journey', false],
  ['REGIE', 'edit', 'KpiMeasurement', true],
  // KPIs and their measurements (kpis:write): the regie team any department's, a lead their own, a viewer none.
  ['REGIE', 'create', 'Kpi', true],
  ['REGIE', 'edit', 'Kpi', true, ofDepartment(MKT)],
  ['REGIE', 'delete', 'Kpi', true, ofDepartment(MKT)],
  ['REGIE', 'create', 'KpiMeasurement', true, ofDepartment(MKT)],
  ['REGIE', 'delete', 'KpiMeasurement', true, ofDepartment(MKT)],
  ['DEPARTMENT_LEAD', 'list', 'Kpi', true],
  ['DEPARTMENT_LEAD', 'create', 'Kpi', true],
  ['DEPARTMENT_LEAD', 'create', 'KpiMeasurement', true],
  ['DEPARTMENT_LEAD', 'edit', 'Kpi', true, ofDepartment(CS)],
  ['DEPARTMENT_LEAD', 'delete', 'Kpi', true, ofDepartment(CS)],
  ['DEPARTMENT_LEAD', 'edit', 'Kpi', false, ofDepartment(MKT)],
  ['DEPARTMENT_LEAD', 'delete', 'Kpi', false, ofDepartment(MKT)],
  ['DEPARTMENT_LEAD', 'create', 'KpiMeasurement', true, ofDepartment(CS)],
  ['DEPARTMENT_LEAD', 'create', 'KpiMeasurement', false, ofDepartment(MKT)],
  ['DEPARTMENT_LEAD', 'edit', 'KpiMeasurement', true, ofDepartment(CS)],
  ['DEPARTMENT_LEAD', 'edit', 'KpiMeasurement', false, ofDepartment(MKT)],
  ['DEPARTMENT_LEAD', 'delete', 'KpiMeasurement', true, ofDepartment(CS)],
  ['DEPARTMENT_LEAD', 'delete', 'KpiMeasurement', false, ofDepartment(MKT)],
  // A record without its department, or a lead without one, is not theirs.
  ['DEPARTMENT_LEAD', 'edit', 'KpiMeasurement', false, ofDepartment(null)],
  ['DEPARTMENT_LEAD', 'edit', 'Kpi', false, { record: { departmentId: CS }, departmentId: null }],
  ['VIEWER', 'create', 'Kpi', false],
  ['VIEWER', 'edit', 'Kpi', false, ofDepartment(CS)],
  ['VIEWER', 'create', 'KpiMeasurement', false],
  ['VIEWER', 'delete', 'KpiMeasurement', false, ofDepartment(CS)],
  // Everyone reads people (owners and leads link to them); only the regie team administers them.
  ['REGIE', 'list', 'Person', true],
  ['REGIE', 'create', 'Person', true],
  ['REGIE', 'edit', 'Person', true],
  ['DEPARTMENT_LEAD', 'list', 'Person', true],
  ['VIEWER', 'list', 'Person', true],
  ['VIEWER', 'show', 'Person', true],
  ['DEPARTMENT_LEAD', 'create', 'Person', false],
  ['DEPARTMENT_LEAD', 'edit', 'Person', false],
  ['VIEWER', 'edit', 'Person', false],
  ['VIEWER', 'delete', 'Person', false],
  // Tokens and the audit trail are the regie team's pages.
  ['REGIE', 'list', 'ApiToken', true],
  ['REGIE', 'create', 'ApiToken', true],
  ['REGIE', 'revoke', 'ApiToken', true],
  ['DEPARTMENT_LEAD', 'list', 'ApiToken', false],
  ['VIEWER', 'revoke', 'ApiToken', false],
  ['REGIE', 'list', 'AuditEntry', true],
  ['REGIE', 'show', 'AuditEntry', true],
  ['DEPARTMENT_LEAD', 'list', 'AuditEntry', false],
  ['VIEWER', 'list', 'AuditEntry', false],
  // Tokens are never edited or deleted; the audit trail is never written from the admin.
  ['REGIE', 'edit', 'ApiToken', false],
  ['REGIE', 'delete', 'ApiToken', false],
  ['REGIE', 'create', 'AuditEntry', false],
  ['REGIE', 'delete', 'AuditEntry', false],
  // Initiatives: leads register them; status moves beyond review are the regie team's.
  ['REGIE', 'create', 'Initiative', true],
  ['DEPARTMENT_LEAD', 'create', 'Initiative', true],
  ['VIEWER', 'create', 'Initiative', false],
  ['DEPARTMENT_LEAD', 'transition', 'Initiative', true],
  ['VIEWER', 'transition', 'Initiative', false],
  ['DEPARTMENT_LEAD', 'pin', 'Initiative', false],
  ['REGIE', 'pin', 'Initiative', true],
  ['DEPARTMENT_LEAD', 'delete', 'Initiative', true],
  ['VIEWER', 'delete', 'Initiative', false],
  // Past review only the regie team decides (initiatives:decide), and only it pins and unpins ranks.
  ['REGIE', 'decide', 'Initiative', true],
  ['REGIE', 'pin', 'Initiative', true, initiative(MKT, 'APPROVED')],
  ['DEPARTMENT_LEAD', 'pin', 'Initiative', false, initiative(CS, 'APPROVED')],
  ['VIEWER', 'pin', 'Initiative', false],
  ['DEPARTMENT_LEAD', 'decide', 'Initiative', false],
  ['DEPARTMENT_LEAD', 'decide', 'Initiative', false, initiative(CS, 'UNDER_REVIEW')],
  ['VIEWER', 'decide', 'Initiative', false],
  // Record level: a lead edits only their own department's initiatives, and only before approval.
  ['DEPARTMENT_LEAD', 'edit', 'Initiative', true, initiative(CS, 'PROPOSED')],
  ['DEPARTMENT_LEAD', 'edit', 'Initiative', true, initiative(CS, 'UNDER_REVIEW')],
  ['DEPARTMENT_LEAD', 'edit', 'Initiative', false, initiative(CS, 'APPROVED')],
  ['DEPARTMENT_LEAD', 'edit', 'Initiative', false, initiative(CS, 'DONE')],
  ['DEPARTMENT_LEAD', 'edit', 'Initiative', false, initiative(MKT, 'PROPOSED')],
  ['DEPARTMENT_LEAD', 'transition', 'Initiative', true, initiative(CS, 'PROPOSED')],
  ['DEPARTMENT_LEAD', 'transition', 'Initiative', false, initiative(MKT, 'PROPOSED')],
  ['DEPARTMENT_LEAD', 'edit', 'Initiative', false, { record: { departmentId: CS, status: 'PROPOSED' }, departmentId: null }],
  ['DEPARTMENT_LEAD', 'edit', 'Initiative', false, { record: { status: 'PROPOSED' }, departmentId: CS }],
  ['REGIE', 'edit', 'Initiative', true, initiative(MKT, 'APPROVED')],
  ['VIEWER', 'edit', 'Initiative', false, initiative(CS, 'PROPOSED')],
  // Deleting: a proposal only, and a lead's own department's.
  ['DEPARTMENT_LEAD', 'delete', 'Initiative', true, initiative(CS, 'PROPOSED')],
  ['DEPARTMENT_LEAD', 'delete', 'Initiative', false, initiative(CS, 'UNDER_REVIEW')],
  ['DEPARTMENT_LEAD', 'delete', 'Initiative', false, initiative(MKT, 'PROPOSED')],
  ['REGIE', 'delete', 'Initiative', true, initiative(MKT, 'PROPOSED')],
  ['REGIE', 'delete', 'Initiative', false, initiative(MKT, 'APPROVED')],
  ['VIEWER', 'delete', 'Initiative', false, initiative(CS, 'PROPOSED')],
  // Numeric and string ids of the same department match.
  ['DEPARTMENT_LEAD', 'edit', 'Initiative', true, { record: { departmentId: 3, status: 'PROPOSED' }, departmentId: '3' }],
  // Records do not widen a permission the role lacks, nor narrow one that is not department-bound.
  ['DEPARTMENT_LEAD', 'edit', 'Department', false, { record: { departmentId: CS }, departmentId: CS }],
  ['VIEWER', 'show', 'Department', true, { record: { departmentId: MKT }, departmentId: CS }],
  // The scoring model: everyone reads its versions; the regie team makes a new one; none is edited or deleted.
  ['VIEWER', 'list', 'ScoringModel', true],
  ['DEPARTMENT_LEAD', 'show', 'ScoringModel', true],
  ['REGIE', 'create', 'ScoringModel', true],
  ['DEPARTMENT_LEAD', 'create', 'ScoringModel', false],
  ['VIEWER', 'create', 'ScoringModel', false],
  ['REGIE', 'edit', 'ScoringModel', false],
  ['REGIE', 'delete', 'ScoringModel', false],
  // Survey responses: everyone reads them; the regie team imports them and erases one on request.
  ['VIEWER', 'list', 'SurveyResponse', true],
  ['DEPARTMENT_LEAD', 'show', 'SurveyResponse', true],
  ['REGIE', 'import', 'SurveyResponse', true],
  ['DEPARTMENT_LEAD', 'import', 'SurveyResponse', false],
  ['VIEWER', 'import', 'SurveyResponse', false],
  ['REGIE', 'delete', 'SurveyResponse', true],
  ['DEPARTMENT_LEAD', 'delete', 'SurveyResponse', false],
  ['VIEWER', 'delete', 'SurveyResponse', false],
  // Never created or edited through a form.
  ['REGIE', 'create', 'SurveyResponse', false],
  ['REGIE', 'edit', 'SurveyResponse', false],
  // Deny by default: unknown roles, resources and actions, and nobody signed in.
  [undefined, 'list', 'Department', false],
  ['ADMIN', 'list', 'Department', false],
  ['REGIE', 'list', 'Unknown', false],
  ['REGIE', 'launch', 'Department', false],
  ['REGIE', 'constructor', 'Department', false],
  ['REGIE', 'list', 'toString', false],
  ['toString', 'list', 'Department', false],
];

for (const [role, action, resource, expected, scope] of CASES) {
  const where = scope ? ` (${JSON.stringify(scope)})` : '';
  test(`${role ?? 'nobody'} ${expected ? 'may' : 'may not'} ${action} ${resource}${where}`, () => {
    assert.equal(canAccess(role, action, resource, scope), expected);
  });
}
