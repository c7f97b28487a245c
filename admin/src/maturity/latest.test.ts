/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latestPerDepartment, pillarMeans, weakestPillars, type Assessed } from './latest.ts';

const assessment = (id: number, departmentId: string, assessedAt: string, [insight, omni, vision, governance]: number[]): Assessed => ({
  id: String(id),
  departmentId,
  assessedAt,
  scores: [
    { pillar: 'JOURNEY_INSIGHT', score: insight },
    { pillar: 'OMNICHANNEL', score: omni },
    { pillar: 'VISION_AND_WAYS_OF_WORKING', score: vision },
    { pillar: 'GOVERNANCE_AND_KPIS', score: governance },
  ],
});

const ASSESSMENTS = [
  assessment(1, 'CS', '2026-03-01', [2, 2, 3, 2]),
  assessment(2, 'CS', '2026-09-01', [3, 2.33, 3.67, 2]),
  assessment(3, 'DIG', '2026-06-15', [4, 3, 3, 2.67]),
  assessment(4, 'CS', '2025-09-01', [1, 1, 1, 1]),
];

test('per department the latest assessment and the one before it', () => {
  const latest = latestPerDepartment(ASSESSMENTS);
  assert.deepEqual([...latest.keys()].sort(), ['CS', 'DIG']);
  assert.equal(latest.get('CS')?.latest.id, '2');
  assert.equal(latest.get('CS')?.previous?.id, '1');
  assert.equal(latest.get('DIG')?.latest.id, '3');
  assert.equal(latest.get('DIG')?.previous, undefined);
});

test("the weakest pillars are the lowest means of the departments' latest assessments", () => {
  const latest = [...latestPerDepartment(ASSESSMENTS).values()].map(entry => entry.latest);
  const means = weakestPillars(latest).map(({ pillar, mean, departments }) => [pillar, Math.round((mean ?? 0) * 1000) / 1000, departments]);
  // CS 3, 2.33, 3.67, 2 and DIG 4, 3, 3, 2.67: governance 2.335, omnichannel 2.665, insight 3.5, vision 3.335.
  assert.deepEqual(means, [
    ['GOVERNANCE_AND_KPIS', 2.335, 2],
    ['OMNICHANNEL', 2.665, 2],
    ['VISION_AND_WAYS_OF_WORKING', 3.335, 2],
    ['JOURNEY_INSIGHT', 3.5, 2],
  ]);
});

test('without assessments no pillar has a mean', () => {
  assert.deepEqual(
    weakestPillars([]).map(({ mean }) => mean),
    [undefined, undefined, undefined, undefined],
  );
});

test('a pillar of a form being filled in has a mean once all its statements are scored', () => {
  const statements = [
    { key: 'JOURNEY_INSIGHT_1', pillar: 'JOURNEY_INSIGHT' as const },
    { key: 'JOURNEY_INSIGHT_2', pillar: 'JOURNEY_INSIGHT' as const },
    { key: 'OMNICHANNEL_1', pillar: 'OMNICHANNEL' as const },
  ];
  assert.deepEqual(pillarMeans({ JOURNEY_INSIGHT_1: 2, JOURNEY_INSIGHT_2: '5', OMNICHANNEL_1: null }, statements), {
    JOURNEY_INSIGHT: 3.5,
    OMNICHANNEL: undefined,
    VISION_AND_WAYS_OF_WORKING: undefined,
    GOVERNANCE_AND_KPIS: undefined,
  });
});
