import { toCsv } from '../common/csv.ts';
import { PILLAR_CHOICES, STATUS_LOOK } from '../initiatives/choices.ts';
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
const pillarName = (pillar: string) => PILLAR_CHOICES.find(choice => choice.id === pillar)?.name ?? pillar;

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
      STATUS_LOOK[initiative.status]?.name ?? initiative.status,
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
