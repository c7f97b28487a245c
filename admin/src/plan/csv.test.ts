/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planCsv, planTotals } from './csv.ts';
import type { DepartmentPlan } from './types.ts';

const BILLING: DepartmentPlan = {
  department: { id: '4', name: 'Billing', code: 'BIL' },
  capacity: 19,
  plannedEffort: 8,
  remaining: 11,
  planned: [{ rank: 1, initiative: { id: '23', title: 'Annual settlement explained', effort: 8, status: 'APPROVED' }, cumulativeEffort: 8, carriedOver: false }],
  deferred: [
    { rank: 2, initiative: { id: '22', title: 'Redesigned bill layout', effort: 16, status: 'IN_PROGRESS' }, reason: 'over capacity by 5 person-weeks', carriedOver: true },
  ],
};

test('the totals of a plan in a sentence; a department without capacity adds none', () => {
  const legal: DepartmentPlan = { department: { id: '7', name: 'Legal', code: 'LEG' }, capacity: null, plannedEffort: 0, remaining: null, planned: [], deferred: [] };
  assert.equal(planTotals([BILLING, legal]), '8 of 19 person-weeks planned for 1 initiative in 2 departments; 1 deferred.');
  assert.equal(planTotals([]), '0 of 0 person-weeks planned for 0 initiatives in 0 departments; 0 deferred.');
});

test('planned rows in order with their cumulative effort, then the deferred ones with the reason', () => {
  const legal: DepartmentPlan = { department: { id: '7', name: 'Legal', code: 'LEG' }, capacity: null, plannedEffort: 0, remaining: null, planned: [], deferred: [] };
  assert.deepEqual(planCsv('2027-Q1', [BILLING, legal]).split('\r\n'), [
    'quarter,department,capacity (person-weeks),plan,rank,initiative,status,effort (person-weeks),cumulative effort,carried over,reason',
    '2027-Q1,BIL,19,planned,1,Annual settlement explained,Approved,8,8,no,',
    '2027-Q1,BIL,19,deferred,2,Redesigned bill layout,In progress,16,,yes,over capacity by 5 person-weeks',
    '',
  ]);
});
