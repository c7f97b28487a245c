/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roadmapCsv, roadmapFileName } from './csv.ts';
import type { RoadmapEntry } from './types.ts';

const entry = (rank: number, title: string, extra: Partial<RoadmapEntry['initiative']> = {}, pinned = false): RoadmapEntry =>
  ({
    rank,
    pinned,
    carriedOver: false,
    priorityScore: 1.6432795785588965,
    journeyImpact: 13.146236628471172,
    initiative: {
      id: String(rank),
      title,
      status: 'APPROVED',
      pillar: 'OMNICHANNEL',
      targetQuarter: '2027-Q1',
      effort: 8,
      confidence: 0.8,
      commercialValue: 4,
      department: { id: '4', name: 'Billing', code: 'BIL' },
      scoreBreakdown: { modelVersion: 2 },
      ...extra,
    },
  }) as RoadmapEntry;

test('a row per initiative, in rank order, scores to four decimals, words for statuses and pillars', () => {
  const csv = roadmapCsv([
    entry(1, 'Annual settlement explained', { pinReason: 'The regulator, ACM, requires it' }, true),
    entry(2, 'Plain bill', { targetQuarter: undefined, status: 'UNDER_REVIEW' }),
  ]);
  const lines = csv.split('\r\n');
  assert.equal(
    lines[0],
    'rank,pinned,pin reason,initiative,department,status,pillar,target quarter,carried over,priority score,journey impact,confidence,effort (person-weeks),commercial value,scoring model version',
  );
  assert.equal(lines[1], '1,yes,"The regulator, ACM, requires it",Annual settlement explained,BIL,Approved,Omnichannel,2027-Q1,no,1.6433,13.1462,0.8,8,4,2');
  assert.equal(lines[2], '2,no,,Plain bill,BIL,Under review,Omnichannel,,no,1.6433,13.1462,0.8,8,4,2');
  assert.equal(lines.length, 4, 'and a final line break');
});

test('the file is named after the filters in force', () => {
  assert.equal(roadmapFileName(), 'roadmap');
  assert.equal(roadmapFileName('2027-Q1', undefined, 'OMNICHANNEL'), 'roadmap-2027-Q1-OMNICHANNEL');
});
