/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workByStage, type MapInitiative } from './grouping.ts';

const CS = { id: '3', name: 'Customer Service', code: 'CS' };
const DIG = { id: '6', name: 'Digital', code: 'DIG' };

const initiative = (id: string, department: typeof CS, status: string, priorityScore: number, impacts: [string, string][]): MapInitiative => ({
  id,
  title: `Initiative ${id}`,
  status,
  departmentId: department.id,
  department,
  priorityScore,
  impacts: impacts.map(([stageId, level]) => ({ stageId, level })),
});

const INITIATIVES = [
  initiative('1', DIG, 'APPROVED', 0.8, [['10', 'HIGH'], ['11', 'LOW']]),
  initiative('2', CS, 'UNDER_REVIEW', 1.2, [['10', 'MEDIUM']]),
  initiative('3', CS, 'PROPOSED', 2.5, [['10', 'MASSIVE']]),
  initiative('4', DIG, 'DONE', 3, [['11', 'HIGH']]),
];

test('each stage lists the departments working on it by name, their initiatives by score', () => {
  const map = workByStage(INITIATIVES);
  const stage10 = map.get('10');
  assert.deepEqual(
    stage10?.map(group => [group.department.code, group.work.map(work => `${work.initiative.id}:${work.level}`)]),
    [
      ['CS', ['3:MASSIVE', '2:MEDIUM']],
      ['DIG', ['1:HIGH']],
    ],
  );
});

test('done, rejected and parked initiatives show only when asked for', () => {
  assert.deepEqual(workByStage(INITIATIVES).get('11')?.map(group => group.work.map(work => work.initiative.id)), [['1']]);
  assert.deepEqual(workByStage(INITIATIVES, { includeClosed: true }).get('11')?.map(group => group.work.map(work => work.initiative.id)), [['4', '1']]);
});

test('a stage nobody works on has no entry', () => {
  assert.equal(workByStage(INITIATIVES).get('12'), undefined);
  assert.equal(workByStage([]).size, 0);
});
