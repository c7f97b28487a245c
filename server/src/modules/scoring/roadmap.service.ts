import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { fieldSelections, jsonObjectSql, withClause } from '../../common/json-read.js';
import { BadUserInput } from '../../common/errors.js';
import { parseId } from '../../common/persistence.js';
import { QUARTER } from '../../common/validation.js';
import { Department } from '../department/department.entity.js';
import { DepartmentCapacity } from '../department/department-capacity.entity.js';
import { InitiativeStatus } from '../initiative/initiative.enums.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { rankedCte, scoreCtes, scoresCte } from './score-sql.js';
import { OPEN_CANDIDATES, ScoreService, todayOf, type RankedCandidate } from './score.service.js';
import type { DepartmentPlan, Overlap, RoadmapArgs, RoadmapEntry, StageFigures, UncoveredMoment } from './roadmap.types.js';

/** The calendar quarter of a date: 2026-12-02 → 2026-Q4. */
export const quarterOf = (date: string): string => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** Statuses that still count as work on a stage (overlaps, uncovered moments): not DONE, REJECTED or PARKED. */
const ACTIVE = [InitiativeStatus.PROPOSED, InitiativeStatus.UNDER_REVIEW, InitiativeStatus.APPROVED, InitiativeStatus.IN_PROGRESS];

/** Person-weeks as people write them: 3.5, 12, 0.25. */
const weeks = (value: number) => String(Number(value.toFixed(2)));

interface StageRow {
  stage_id: number;
  importance: number;
  reach: number;
  target: number | null;
  responses: number;
  nps: number | null;
  moe: number | null;
}

const figures = (row: StageRow): StageFigures => {
  const nps = row.nps === null ? null : Number(row.nps);
  const target = row.target === null ? null : Number(row.target);
  return {
    actualNps: nps,
    marginOfError: row.moe === null ? null : Number(row.moe),
    responses: Number(row.responses),
    target,
    gap: nps === null || target === null ? null : target - nps,
    importance: Number(row.importance),
    reach: Number(row.reach),
  };
};

export class RoadmapService {
  constructor(private readonly ctx: Context) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const { em } = this.ctx;
    return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
  }

  private async initiativesById(ids: number[]): Promise<Map<number, Initiative>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.ctx.em.find(Initiative, { id: { $in: ids } })).map(i => [i.id, i]));
  }

  /**
   * Whether an open candidate belongs to a quarter's roadmap and plan: it targets that quarter,
   * has no target quarter, or is carried over from an earlier quarter that has passed.
   */
  private forQuarter(candidate: RankedCandidate, quarter: string): { included: boolean; carriedOver: boolean } {
    const target = candidate.targetQuarter;
    if (target === null || target === quarter) return { included: true, carriedOver: false };
    const carried = target < quarter && target < quarterOf(todayOf(this.ctx));
    return { included: carried, carriedOver: carried };
  }

  /**
   * The ranked open candidates with the filters, in one statement: the scores, the ranking and,
   * when the client's selection of `initiative` allows, the initiatives themselves as JSON.
   */
  async roadmap(args: RoadmapArgs, info?: GraphQLResolveInfo): Promise<RoadmapEntry[]> {
    const departmentId = args.departmentId ? parseId(args.departmentId, 'departmentId') : undefined;
    const current = quarterOf(todayOf(this.ctx));
    // Parameters in the order of the statement's text: the carried-over flag, then the filters.
    const carried = 'coalesce(r.target_quarter < ? and (?::text is null or r.target_quarter < ?::text), false)';
    const params: unknown[] = [current, args.quarter ?? null, args.quarter ?? null];
    const conditions: string[] = [];
    if (args.quarter) {
      // Targeting the quarter, without a target, or carried over from a quarter that has passed.
      conditions.push('(r.target_quarter is null or r.target_quarter = ? or (r.target_quarter < ? and r.target_quarter < ?))');
      params.push(args.quarter, args.quarter, current);
    }
    if (departmentId !== undefined) {
      conditions.push('(r.department_id = ? or exists (select 1 from initiative_contributor c where c.initiative_id = r.id and c.department_id = ?))');
      params.push(departmentId, departmentId);
    }
    if (args.pillar) {
      conditions.push('r.pillar = ?');
      params.push(args.pillar);
    }
    const page = `select r.id, r.rank, r.pinned, r.priority_score, r.journey_impact, ${carried} as carried_over
      from ranked r ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''} order by r.rank limit ${Math.trunc(args.limit ?? 100)}`;
    const ctes = [scoreCtes(todayOf(this.ctx)), scoresCte(OPEN_CANDIDATES), rankedCte];
    const selections = info ? fieldSelections(info, 'initiative') : undefined;
    const object = info && selections ? jsonObjectSql(this.ctx, info, 'Initiative', selections, 'i') : undefined;
    if (object) {
      const [row] = await this.query<{ rows: string }>(
        `${withClause([...ctes, ...object.ctes, `page as (${page})`])}
         select coalesce(json_agg(json_build_object('rank', p.rank, 'pinned', p.pinned, 'priorityScore', p.priority_score,
           'journeyImpact', p.journey_impact, 'carriedOver', p.carried_over, 'initiative', ${object.sql}) order by p.rank), '[]'::json)::text as rows
         from page p join initiative i on i.id = p.id`,
        params,
      );
      return JSON.parse(row.rows) as RoadmapEntry[];
    }
    const rows = await this.query<{ id: number; rank: number; pinned: boolean; priority_score: number; journey_impact: number; carried_over: boolean }>(
      `${withClause(ctes)}${page}`,
      params,
    );
    const initiatives = await this.initiativesById(rows.map(row => Number(row.id)));
    return rows.map(row => ({
      rank: Number(row.rank),
      pinned: Boolean(row.pinned),
      priorityScore: Number(row.priority_score),
      journeyImpact: Number(row.journey_impact),
      carriedOver: Boolean(row.carried_over),
      initiative: initiatives.get(Number(row.id))!,
    }));
  }

  /**
   * Fills each department's capacity for the quarter in rank order, approved and in-progress
   * work first, then what is under review; what does not fit is deferred with the reason.
   * Contributing departments do not consume capacity.
   */
  async planQuarter(quarter: string): Promise<DepartmentPlan[]> {
    const { em } = this.ctx;
    const ranked = await new ScoreService(this.ctx).ranking();
    const committed = (status: InitiativeStatus) => status === InitiativeStatus.APPROVED || status === InitiativeStatus.IN_PROGRESS;
    const candidates = ranked
      .map(row => ({ row, ...this.forQuarter(row, quarter) }))
      .filter(c => c.included)
      .sort((a, b) => Number(committed(b.row.status)) - Number(committed(a.row.status)) || a.row.rank - b.row.rank);
    const departments = await em.find(Department, {}, { orderBy: { name: 'asc', id: 'asc' } });
    const capacities = new Map((await em.find(DepartmentCapacity, { quarter })).map(c => [c.department.id, c.personWeeks]));
    const initiatives = await this.initiativesById(candidates.map(c => c.row.id));
    return departments.map(department => {
      const capacity = capacities.get(department.id) ?? null;
      const plan: DepartmentPlan = { department, capacity, plannedEffort: 0, remaining: capacity, planned: [], deferred: [] };
      for (const { row, carriedOver } of candidates.filter(c => c.row.departmentId === department.id)) {
        const initiative = initiatives.get(row.id)!;
        if (capacity === null) {
          plan.deferred.push({ rank: row.rank, initiative, carriedOver, reason: `no capacity set for ${department.code} in ${quarter}` });
        } else if (plan.plannedEffort + row.effort <= capacity + 1e-9) {
          plan.plannedEffort += row.effort;
          plan.planned.push({ rank: row.rank, initiative, carriedOver, cumulativeEffort: plan.plannedEffort });
        } else {
          plan.deferred.push({ rank: row.rank, initiative, carriedOver, reason: `over capacity by ${weeks(plan.plannedEffort + row.effort - capacity)} person-weeks` });
        }
      }
      plan.remaining = capacity === null ? null : capacity - plan.plannedEffort;
      return plan;
    });
  }

  private async stageRows(): Promise<Map<number, StageRow>> {
    const rows = await this.query<StageRow>(`with ${scoreCtes(todayOf(this.ctx))} select stage_id, importance, reach, target, responses, nps, moe from stage_weight`);
    return new Map(rows.map(row => [Number(row.stage_id), row]));
  }

  /** Stages touched by open initiatives of two or more departments. */
  async overlaps(): Promise<Overlap[]> {
    const { em } = this.ctx;
    const touches = await this.query<{ stage_id: number; initiative_id: number; department_id: number; effort: number }>(
      `select si.stage_id, i.id as initiative_id, i.department_id, i.effort from stage_impact si join initiative i on i.id = si.initiative_id
       where i.status in (${ACTIVE.map(() => '?').join(', ')})
         and si.stage_id in (
           select si2.stage_id from stage_impact si2 join initiative i2 on i2.id = si2.initiative_id
           where i2.status in (${ACTIVE.map(() => '?').join(', ')}) group by si2.stage_id having count(distinct i2.department_id) > 1)`,
      [...ACTIVE, ...ACTIVE],
    );
    if (touches.length === 0) return [];
    const stageIds = [...new Set(touches.map(t => Number(t.stage_id)))];
    const [stages, departments, initiatives, figuresByStage, scores] = await Promise.all([
      em.find(JourneyStage, { id: { $in: stageIds } }),
      em.find(Department, { id: { $in: [...new Set(touches.map(t => Number(t.department_id)))] } }, { orderBy: { name: 'asc' } }),
      this.initiativesById([...new Set(touches.map(t => Number(t.initiative_id)))]),
      this.stageRows(),
      new ScoreService(this.ctx).ranking(),
    ]);
    const scoreOf = new Map(scores.map(s => [s.id, s.priorityScore]));
    return stages
      .map(stage => {
        const mine = touches.filter(t => Number(t.stage_id) === stage.id);
        const departmentIds = new Set(mine.map(t => Number(t.department_id)));
        return {
          ...figures(figuresByStage.get(stage.id)!),
          stage,
          departments: departments.filter(d => departmentIds.has(d.id)),
          initiatives: mine
            .map(t => initiatives.get(Number(t.initiative_id))!)
            .sort((a, b) => (scoreOf.get(b.id) ?? -1) - (scoreOf.get(a.id) ?? -1) || a.id - b.id),
          combinedEffort: mine.reduce((sum, t) => sum + Number(t.effort), 0),
        };
      })
      .sort((a, b) => b.departments.length - a.departments.length || (b.gap ?? -Infinity) - (a.gap ?? -Infinity) || a.stage.id - b.stage.id);
  }

  /** Stages of importance 4 or 5 below target by more than the margin of error that no open initiative touches. */
  async uncoveredMoments(): Promise<UncoveredMoment[]> {
    const rows = await this.query<StageRow>(
      `with ${scoreCtes(todayOf(this.ctx))}
       select w.stage_id, w.importance, w.reach, w.target, w.responses, w.nps, w.moe from stage_weight w
       where w.importance >= 4 and w.nps is not null and w.target is not null and w.target - w.nps > w.moe
         and not exists (select 1 from stage_impact si join initiative i on i.id = si.initiative_id
                         where si.stage_id = w.stage_id and i.status in (${ACTIVE.map(() => '?').join(', ')}))
       order by w.importance desc, w.target - w.nps desc, w.stage_id`,
      [...ACTIVE],
    );
    const stages = new Map((await this.ctx.em.find(JourneyStage, { id: { $in: rows.map(r => Number(r.stage_id)) } })).map(s => [s.id, s]));
    return rows.map(row => ({ ...figures(row), stage: stages.get(Number(row.stage_id))! }));
  }

  static checkQuarter(quarter: string): void {
    if (!QUARTER.test(quarter)) throw new BadUserInput('quarter', 'quarter must be a quarter such as 2027-Q1');
  }
}
