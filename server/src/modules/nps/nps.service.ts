import type { Context } from '../../context.js';
import { BadUserInput } from '../../common/errors.js';
import { findOrFail, parseId } from '../../common/persistence.js';
import { addDays, zonedDate } from '../../common/time-zone.js';
import { isCalendarDate } from '../../common/validation.js';
import { InitiativeStatus } from '../initiative/initiative.enums.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { differsSignificantly, estimateNps, isInsufficient, type NpsEstimate } from './nps.maths.js';
import { ScoreService } from '../scoring/score.service.js';
import { countsRelation, type CountFilter, type DateRange } from './response-counts.js';
import { NpsGroupBy, type NpsSummaryArgs, type NpsSummaryRow, type RealisedStageImpact } from './nps.types.js';


interface GroupCounts {
  key: string;
  label: string;
  target: number | null;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** The counts of a summed relation `c` with one row per key, zeros where it has none. */
const TOTALS = 'coalesce(c.responses, 0)::int as responses, coalesce(c.promoters, 0)::int as promoters, coalesce(c.passives, 0)::int as passives, coalesce(c.detractors, 0)::int as detractors';
/**
 * Counts summed per key (a column, or an expression with its alias) before they meet the
 * journeys, stages, names or periods: the join then sees one row per key instead of thousands.
 */
const summedBy = (key: string, counts: string) =>
  `(select ${key}, sum(responses) as responses, sum(promoters) as promoters, sum(passives) as passives, sum(detractors) as detractors from (${counts}) k group by 1)`;

export class NpsService {
  constructor(private readonly ctx: Context) {}

  private async query<T>(sql: string, params: unknown[]): Promise<T[]> {
    const { em } = this.ctx;
    return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
  }

  private date(field: string, value: string | null | undefined): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isCalendarDate(value)) throw new BadUserInput(field, `${field} must be a date such as 2026-11-20`);
    return value;
  }

  private range(fromField: string, from: string | null | undefined, toField: string, to: string | null | undefined): DateRange {
    const range = { from: this.date(fromField, from), to: this.date(toField, to) };
    if (range.from && range.to && range.from > range.to) throw new BadUserInput(toField, `${toField} must not be before ${fromField}`);
    return range;
  }

  async summary(args: NpsSummaryArgs): Promise<NpsSummaryRow[]> {
    const id = (field: keyof NpsSummaryArgs) => {
      const value = args[field];
      return value === undefined || value === null ? undefined : parseId(value as string, field);
    };
    const filter: CountFilter = {
      journeyId: id('journeyId'),
      stageIds: args.stageId ? [id('stageId')!] : undefined,
      channelId: id('channelId'),
      segmentId: id('segmentId'),
      departmentId: id('departmentId'),
    };
    const range = this.range('from', args.from, 'to', args.to);
    const comparing = args.compareFrom !== undefined && args.compareFrom !== null || args.compareTo !== undefined && args.compareTo !== null;
    if (comparing && (!args.compareFrom || !args.compareTo)) {
      throw new BadUserInput(args.compareFrom ? 'compareTo' : 'compareFrom', 'Give both compareFrom and compareTo');
    }
    const groups = await this.groups(args.groupBy, range, filter);
    // Too few responses to trust, by the active scoring model's minimum (DESIGN §2, §3).
    const { minResponses } = await new ScoreService(this.ctx).activeModel();
    const target = await this.filteredTarget(args.groupBy, filter);
    const previous = comparing ? new Map((await this.groups(args.groupBy, this.range('compareFrom', args.compareFrom, 'compareTo', args.compareTo), filter, false)).map(g => [g.key, g])) : undefined;
    return groups.map(group => {
      const estimate = estimateNps(group);
      const rowTarget = group.target ?? target;
      const row: NpsSummaryRow = {
        ...group,
        target: rowTarget,
        nps: estimate.nps,
        marginOfError: estimate.marginOfError,
        intervalLow: estimate.intervalLow,
        intervalHigh: estimate.intervalHigh,
        insufficient: isInsufficient(group.responses, minResponses),
        gap: rowTarget === null || estimate.nps === null ? null : rowTarget - estimate.nps,
      };
      if (previous) {
        const before = previous.get(group.key);
        const then: NpsEstimate = estimateNps(before ?? { responses: 0, promoters: 0, detractors: 0 });
        row.previousResponses = before?.responses ?? 0;
        row.previousNps = then.nps;
        row.change = estimate.nps === null || then.nps === null ? null : estimate.nps - then.nps;
        row.significantChange = differsSignificantly(estimate, then);
      }
      return row;
    });
  }

  /** Target of rows that are not journeys or stages: the filtered stage's (else its journey's), or the filtered journey's. */
  private async filteredTarget(groupBy: NpsGroupBy, filter: CountFilter): Promise<number | null> {
    if (groupBy === NpsGroupBy.JOURNEY || groupBy === NpsGroupBy.STAGE) return null;
    if (filter.stageIds) {
      const [row] = await this.query<{ target: number | null }>(
        'select coalesce(s.target_nps, j.target_nps) as target from journey_stage s join journey j on j.id = s.journey_id where s.id = ?',
        [filter.stageIds[0]],
      );
      return row?.target ?? null;
    }
    if (filter.journeyId !== undefined) {
      const [row] = await this.query<{ target: number | null }>('select target_nps as target from journey where id = ?', [filter.journeyId]);
      return row?.target ?? null;
    }
    return null;
  }

  /**
   * Counts per group. Journeys and stages are listed even without responses (an empty stage is
   * a finding, not noise); months and quarters fill the range without gaps.
   */
  private async groups(groupBy: NpsGroupBy, range: DateRange, filter: CountFilter, fill = true): Promise<GroupCounts[]> {
    const staged = groupBy === NpsGroupBy.STAGE ? { ...filter, staged: true } : filter;
    const counts = countsRelation(range, staged);
    const keep = (column: string, value: number | undefined): [string, unknown[]] => (value === undefined ? ['true', []] : [`${column} = ?`, [value]]);
    switch (groupBy) {
      case NpsGroupBy.JOURNEY: {
        const [journey, journeyParams] = keep('j.id', filter.journeyId);
        const stageJourney = filter.stageIds ? 'j.id = (select journey_id from journey_stage where id = ?)' : 'true';
        return this.query<GroupCounts>(
          `select j.id::text as key, j.name as label, j.target_nps::float as target, ${TOTALS}
           from journey j left join ${summedBy('journey_id', counts.sql)} c on c.journey_id = j.id
           where ${journey} and ${stageJourney}
           order by j.name, j.id`,
          [...counts.params, ...journeyParams, ...(filter.stageIds ?? [])],
        );
      }
      case NpsGroupBy.STAGE: {
        const [journey, journeyParams] = keep('s.journey_id', filter.journeyId);
        const [stage, stageParams] = keep('s.id', filter.stageIds?.[0]);
        const department =
          filter.departmentId === undefined ? 'true' : 's.id in (select ks.journey_stage_id from kpi_stage ks join kpi k on k.id = ks.kpi_id where k.department_id = ?)';
        return this.query<GroupCounts>(
          `select s.id::text as key, s.name as label, coalesce(s.target_nps, j.target_nps)::float as target, ${TOTALS}
           from journey_stage s join journey j on j.id = s.journey_id left join ${summedBy('stage_id', counts.sql)} c on c.stage_id = s.id
           where ${journey} and ${stage} and ${department}
           order by j.name, j.id, s.position`,
          [...counts.params, ...journeyParams, ...stageParams, ...(filter.departmentId === undefined ? [] : [filter.departmentId])],
        );
      }
      case NpsGroupBy.CHANNEL:
      case NpsGroupBy.SEGMENT: {
        const [table, column, none] = groupBy === NpsGroupBy.CHANNEL ? ['channel', 'channel_id', 'No channel'] : ['segment', 'segment_id', 'No segment'];
        return this.query<GroupCounts>(
          `select case when c.${column} = 0 then 'none' else c.${column}::text end as key, coalesce(t.name, '${none}') as label, null::float as target, ${TOTALS}
           from ${summedBy(column, counts.sql)} c left join ${table} t on t.id = c.${column}
           where c.responses > 0 order by c.${column} = 0, t.name`,
          counts.params,
        );
      }
      case NpsGroupBy.MONTH:
      case NpsGroupBy.QUARTER: {
        const unit = groupBy === NpsGroupBy.MONTH ? 'month' : 'quarter';
        const step = groupBy === NpsGroupBy.MONTH ? '1 month' : '3 months';
        const label = groupBy === NpsGroupBy.MONTH ? "to_char(p, 'YYYY-MM')" : `to_char(p, 'YYYY') || '-Q' || extract(quarter from p)`;
        // The periods to show: the whole range asked for, else from the first to the last response.
        const bounds = fill
          ? `select date_trunc('${unit}', coalesce(?::date, min(p)))::date as first, date_trunc('${unit}', coalesce(?::date, max(p)))::date as last from summed where responses <> 0`
          : `select null::date as first, null::date as last`;
        // The counts are summed per period first: the periods then meet one row each.
        return this.query<GroupCounts>(
          `with summed as ${summedBy(`date_trunc('${unit}', day)::date as p`, counts.sql)},
           bounds as (${bounds}),
           periods as (
             select p::date as p from bounds, generate_series(bounds.first, bounds.last, interval '${step}') as p
             union select p from summed where responses <> 0
           )
           select ${label} as key, ${label} as label, null::float as target, ${TOTALS}
           from periods left join summed c using (p)
           order by p`,
          [...counts.params, ...(fill ? [range.from ?? null, range.to ?? null] : [])],
        );
      }
    }
  }

  /** For a DONE initiative: each touched stage's NPS in the window before its completion day and in the window after. */
  async realisedImpact(initiativeId: string): Promise<RealisedStageImpact[]> {
    const { em, timeZone } = this.ctx;
    const initiative = await findOrFail(em, Initiative, initiativeId, { populate: ['impacts', 'impacts.stage'] });
    if (initiative.status !== InitiativeStatus.DONE || !initiative.completedAt) {
      throw new BadUserInput('initiativeId', `Initiative ${initiative.id} is ${initiative.status}: only a DONE initiative has a realised impact`);
    }
    const completed = zonedDate(initiative.completedAt, timeZone);
    // The windows of the active scoring model, before the completion day and after it.
    const { windowDays } = await new ScoreService(this.ctx).activeModel();
    const before = { from: addDays(completed, -windowDays), to: addDays(completed, -1) };
    const after = { from: addDays(completed, 1), to: addDays(completed, windowDays) };
    const impacts = [...initiative.impacts].sort((a, b) => a.stage.getEntity().journey.id - b.stage.getEntity().journey.id || a.stage.getEntity().position - b.stage.getEntity().position);
    const stageIds = impacts.map(i => i.stage.id);
    const [countsBefore, countsAfter] = await Promise.all([before, after].map(window => this.stageCounts(window, stageIds)));
    return impacts.map(impact => {
      const then = estimateNps(countsBefore.get(impact.stage.id) ?? { responses: 0, promoters: 0, detractors: 0 });
      const now = estimateNps(countsAfter.get(impact.stage.id) ?? { responses: 0, promoters: 0, detractors: 0 });
      return {
        stageId: String(impact.stage.id),
        stage: impact.stage.getEntity(),
        expectedLevel: impact.level,
        before: { ...before, responses: countsBefore.get(impact.stage.id)?.responses ?? 0, nps: then.nps, marginOfError: then.marginOfError },
        after: { ...after, responses: countsAfter.get(impact.stage.id)?.responses ?? 0, nps: now.nps, marginOfError: now.marginOfError },
        difference: then.nps === null || now.nps === null ? null : now.nps - then.nps,
        significant: differsSignificantly(now, then),
      };
    });
  }

  private async stageCounts(range: DateRange, stageIds: number[]) {
    if (stageIds.length === 0) return new Map<number, GroupCounts>();
    const counts = countsRelation(range, { stageIds });
    const rows = await this.query<GroupCounts & { stage_id: number }>(`select c.stage_id, ${TOTALS} from ${summedBy('stage_id', counts.sql)} c`, counts.params);
    return new Map(rows.map(r => [Number(r.stage_id), r]));
  }
}
