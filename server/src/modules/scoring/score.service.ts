import type { SqlEntityManager } from '@mikro-orm/sql';
import DataLoader from 'dataloader';
import type { ReadScope } from '../../common/json-read.js';
import { BadUserInput } from '../../common/errors.js';
import { parseId } from '../../common/persistence.js';
import { zonedDate } from '../../common/time-zone.js';
import { InitiativeStatus } from '../initiative/initiative.enums.js';
import { breakdownSql, priorityScoreSql, scoreCtes, scoresCte, type ModelValues } from './score-sql.js';
import { score, type LevelName, type ScoringWeights, type StageInputs } from './scoring.maths.js';
import type { ScoreBreakdown, ScorePreviewArgs } from './scoring.types.js';

/** The roadmap's candidates (DESIGN §2): under review, approved, in progress. */
export const OPEN_CANDIDATES = [InitiativeStatus.UNDER_REVIEW, InitiativeStatus.APPROVED, InitiativeStatus.IN_PROGRESS] as const;

/** The organisation's calendar date now. */
export const todayOf = (scope: { timeZone: string }): string => zonedDate(new Date(), scope.timeZone);

/** The CTEs of the score with the active model, for json-read's SqlRead hints. */
export const scoreWith = (scope: ReadScope): string => scoreCtes(todayOf(scope));

export interface RankedCandidate {
  id: number;
  rank: number;
  pinned: boolean;
  pinnedRank: number | null;
  priorityScore: number;
  journeyImpact: number;
  status: InitiativeStatus;
  departmentId: number;
  contributorIds: number[];
  pillar: string;
  targetQuarter: string | null;
  effort: number;
}

/**
 * Ranks by score, descending (ties: the older initiative first), with pins overriding: a pinned
 * initiative takes its rank when there are that many candidates, the others fill the free ranks
 * in score order; pins beyond the last rank come last, in pin order.
 */
export function assignRanks<T extends { id: number; priorityScore: number; pinnedRank: number | null }>(candidates: readonly T[]): (T & { rank: number; pinned: boolean })[] {
  const n = candidates.length;
  const slots: (T | undefined)[] = new Array(n).fill(undefined);
  const pinned = candidates.filter(c => c.pinnedRank != null).sort((a, b) => a.pinnedRank! - b.pinnedRank! || a.id - b.id);
  const overflow: T[] = [];
  for (const candidate of pinned) {
    const index = candidate.pinnedRank! - 1;
    if (index < n && slots[index] === undefined) slots[index] = candidate;
    else overflow.push(candidate);
  }
  const queue = [...candidates.filter(c => c.pinnedRank == null).sort((a, b) => b.priorityScore - a.priorityScore || a.id - b.id), ...overflow];
  for (let i = 0; i < n; i++) if (slots[i] === undefined) slots[i] = queue.shift();
  return slots.map((candidate, i) => ({ ...candidate!, rank: i + 1, pinned: candidate!.pinnedRank != null }));
}

const placeholders = (n: number) => new Array(n).fill('?').join(', ');

const activeModels = new WeakMap<SqlEntityManager, Promise<ModelValues>>();
const breakdownLoaders = new WeakMap<SqlEntityManager, DataLoader<number, ScoreBreakdown>>();

interface StageRow {
  stage_id: number;
  stage_name: string;
  journey_id: number;
  journey_name: string;
  importance: number;
  reach: number;
  target: number | null;
  responses: number;
  promoters: number | null;
  detractors: number | null;
}

export class ScoreService {
  constructor(private readonly scope: ReadScope) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const { em } = this.scope;
    return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
  }

  /** An initiative's breakdown with the active model, now; batched across one request. */
  breakdown(initiativeId: number): Promise<ScoreBreakdown> {
    const { em } = this.scope;
    let loader = breakdownLoaders.get(em);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly number[]) => {
        const rows = await this.query<{ id: number; breakdown: string }>(
          `with ${scoreCtes(todayOf(this.scope))} select i.id, ${breakdownSql('i')}::text as breakdown from initiative i where i.id in (${placeholders(ids.length)})`,
          [...ids],
        );
        const found = new Map(rows.map(row => [Number(row.id), JSON.parse(row.breakdown) as ScoreBreakdown]));
        return ids.map(id => found.get(id) ?? new Error(`Initiative ${id} does not exist`));
      }, { cache: false });
      breakdownLoaders.set(em, loader);
    }
    return loader.load(initiativeId);
  }

  /** The priority score and model version of an initiative as stored now (for the governance log). */
  async current(initiativeId: number): Promise<{ priorityScore: number; modelVersion: number }> {
    const [row] = await this.query<{ priority_score: number; version: number }>(
      `with ${scoreCtes(todayOf(this.scope))} select ${priorityScoreSql('i')} as priority_score, (select version from score_model) as version from initiative i where i.id = ?`,
      [initiativeId],
    );
    return { priorityScore: Number(row.priority_score), modelVersion: Number(row.version) };
  }

  /** Stage inputs of the score for these stages (unknown ids are left out). */
  async stageInputs(stageIds: readonly number[], model?: ModelValues): Promise<Map<number, StageRow>> {
    if (stageIds.length === 0) return new Map();
    const rows = await this.query<StageRow>(
      `with ${scoreCtes(todayOf(this.scope), model)}
       select w.stage_id, w.stage_name, w.journey_id, w.journey_name, w.importance, w.reach, w.target, w.responses, c.promoters, c.detractors
       from stage_weight w left join score_counts c on c.stage_id = w.stage_id where w.stage_id in (${placeholders(stageIds.length)})`,
      [...stageIds],
    );
    return new Map(rows.map(row => [Number(row.stage_id), row]));
  }

  /** The active model's values (read once per request; a new version forgets it). */
  activeModel(): Promise<ModelValues> {
    const { em } = this.scope;
    let model = activeModels.get(em);
    if (!model) {
      model = this.readActiveModel();
      activeModels.set(em, model);
      model.catch(() => activeModels.delete(em));
    }
    return model;
  }

  /** Forgets the request's active model (after a new version). */
  static forgetActiveModel(em: SqlEntityManager): void {
    activeModels.delete(em);
  }

  private async readActiveModel(): Promise<ModelValues> {
    const [row] = await this.query<{ version: number; levels: Record<string, number> | string; gap_weight: number; min_responses: number; window_days: number; commercial_weight: number }>(
      'select version, levels, gap_weight, min_responses, window_days, commercial_weight from scoring_model order by version desc limit 1',
    );
    return {
      version: Number(row.version),
      levels: typeof row.levels === 'string' ? JSON.parse(row.levels) : row.levels,
      gapWeight: Number(row.gap_weight),
      minResponses: Number(row.min_responses),
      windowDays: Number(row.window_days),
      commercialWeight: Number(row.commercial_weight),
    };
  }

  /** The score of unsaved inputs (DESIGN §2 score preview), with the active model; nothing is saved. */
  async preview(args: ScorePreviewArgs): Promise<ScoreBreakdown> {
    const seen = new Set<number>();
    const impacts = (args.impacts ?? []).map((impact, i) => {
      const stageId = parseId(impact.stageId, `impacts.${i}.stageId`);
      if (seen.has(stageId)) throw new BadUserInput(`impacts.${i}.stageId`, `Stage ${stageId} is given twice; one impact per stage`);
      seen.add(stageId);
      return { stageId, level: impact.level as LevelName, index: i };
    });
    const model = await this.activeModel();
    const stages = await this.stageInputs([...seen]);
    for (const impact of impacts) {
      if (!stages.has(impact.stageId)) throw new BadUserInput(`impacts.${impact.index}.stageId`, `JourneyStage ${impact.stageId} does not exist`);
    }
    const values = score(
      impacts.map(impact => ({ stageId: String(impact.stageId), level: impact.level, stage: stageInputsOf(stages.get(impact.stageId)!) })),
      { effort: args.effort, confidence: args.confidence, commercialValue: args.commercialValue ?? 3 },
      weightsOf(model),
    );
    return {
      ...values,
      terms: values.terms.map(term => {
        const stage = stages.get(Number(term.stageId))!;
        return { ...term, level: term.level as never, stageName: stage.stage_name, journeyId: String(stage.journey_id), journeyName: stage.journey_name };
      }),
      modelVersion: model.version,
    };
  }

  /**
   * Every open candidate with its score under the active (or a proposed) model, ranked. Only the
   * open candidates are scored; contributors are read only when asked for (a department filter).
   */
  async ranking(model?: ModelValues, options: { contributors?: boolean } = {}): Promise<RankedCandidate[]> {
    const contributors = options.contributors
      ? 'array(select c.department_id from initiative_contributor c where c.initiative_id = i.id order by c.department_id)'
      : 'null::int[]';
    const rows = await this.query<Record<string, unknown>>(
      `with ${scoreCtes(todayOf(this.scope), model)}, ${scoresCte(OPEN_CANDIDATES)}
       select i.id, i.status, i.pinned_rank, i.department_id, i.pillar, i.target_quarter, i.effort, s.priority_score, s.journey_impact, ${contributors} as contributors
       from initiative_score s join initiative i on i.id = s.initiative_id`,
    );
    return assignRanks(
      rows.map(row => ({
        id: Number(row.id),
        status: row.status as InitiativeStatus,
        pinnedRank: row.pinned_rank === null ? null : Number(row.pinned_rank),
        departmentId: Number(row.department_id),
        contributorIds: ((row.contributors as number[] | null) ?? []).map(Number),
        pillar: String(row.pillar),
        targetQuarter: (row.target_quarter as string | null) ?? null,
        effort: Number(row.effort),
        priorityScore: Number(row.priority_score),
        journeyImpact: Number(row.journey_impact),
      })),
    );
  }
}

export function stageInputsOf(row: StageRow): StageInputs {
  return {
    importance: Number(row.importance),
    reach: Number(row.reach),
    target: row.target === null ? null : Number(row.target),
    counts: { responses: Number(row.responses), promoters: Number(row.promoters ?? 0), detractors: Number(row.detractors ?? 0) },
  };
}

export const weightsOf = (model: ModelValues): ScoringWeights => ({
  levels: model.levels as ScoringWeights['levels'],
  gapWeight: model.gapWeight,
  minResponses: model.minResponses,
  commercialWeight: model.commercialWeight,
});
