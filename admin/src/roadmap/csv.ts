import { toCsv } from '../common/csv.ts';
import { pillarKey, statusKey } from '../initiatives/choices.ts';
import { ENGLISH } from '../scoring/explain.ts';
import type { RoadmapEntry } from './types';

const HEADER = [
  'rank',
  'pinned',
  'pin reason',
  'initiative',
  'department',
  'status',
  'pillar',
  'target quarter',
  'carried over',
  'priority score',
  'journey impact',
  'confidence',
  'effort (person-weeks)',
  'commercial value',
  'scoring model version',
];

const round = (value: number) => Math.round(value * 10_000) / 10_000;
// The file is data for other tools: its words stay English whatever the admin's language.
const pillarName = (pillar: string) => ENGLISH.translate(pillarKey(pillar), { _: pillar });
const statusName = (status: string) => ENGLISH.translate(statusKey(status), { _: status });

/** The roadmap as shown (its filters applied), one row per initiative, numbers as numbers. */
export function roadmapCsv(entries: readonly RoadmapEntry[]): string {
  return toCsv(
    HEADER,
    entries.map(({ rank, pinned, carriedOver, priorityScore, journeyImpact, initiative }) => [
      rank,
      pinned ? 'yes' : 'no',
      pinned ? initiative.pinReason : '',
      initiative.title,
      initiative.department.code,
      statusName(initiative.status),
      pillarName(initiative.pillar),
      initiative.targetQuarter,
      carriedOver ? 'yes' : 'no',
      round(priorityScore),
      round(journeyImpact),
      initiative.confidence,
      initiative.effort,
      initiative.commercialValue,
      initiative.scoreBreakdown.modelVersion,
    ]),
  );
}

/** roadmap.csv, or roadmap-2027-Q1-CS.csv with filters: the file says what it holds. */
export const roadmapFileName = (...filters: (string | undefined)[]): string => ['roadmap', ...filters.filter(Boolean)].join('-');
