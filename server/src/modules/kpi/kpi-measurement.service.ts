import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { authorizeForDepartment, requireActor } from '../../common/auth/actor.js';
import { BadUserInput } from '../../common/errors.js';
import { allOf, countAll, findForRead, findPage, type ListArgs, type ListMetadata, type SortAs } from '../../common/list.js';
import { PERIOD } from '../../common/validation.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { KpiMeasurement } from './kpi-measurement.entity.js';
import type { CreateKpiMeasurementArgs, KpiMeasurementFilter, UpdateKpiMeasurementArgs } from './kpi-measurement.inputs.js';
import { Kpi } from './kpi.entity.js';
import { periodBounds } from './kpi-period.js';

const UNIQUES = { kpi_measurement_kpi_period_unique: { field: 'period', message: 'period already has a measurement of this KPI' } };

/** Periods sort as periods: by their first day, then their last (a month before its quarter); see kpi-period.ts. */
const SORT_AS: SortAs = { period: ['periodStart', 'periodEnd'] };

/** A period given to a filter, checked like a stored one (a blank one is no filter, as before). */
function filterPeriod(value: string, field: string): string {
  const period = value.trim();
  if (!PERIOD.test(period)) throw new BadUserInput(`filter.${field}`, `filter.${field} must be a month such as 2026-11 or a quarter such as 2026-Q4`);
  return period;
}

export class KpiMeasurementService {
  constructor(private readonly ctx: Context) {}

  private where(filter: KpiMeasurementFilter = {}): FilterQuery<KpiMeasurement> {
    return allOf<KpiMeasurement>(
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.kpiId ? { kpi: parseId(filter.kpiId, 'filter.kpiId') } : undefined,
      filter.departmentId ? { kpi: { department: parseId(filter.departmentId, 'filter.departmentId') } } : undefined,
      filter.period?.trim() ? { period: filterPeriod(filter.period, 'period') } : undefined,
      // Periods that start on or after the first day of period_gte, and end on or before the last day of period_lte.
      filter.period_gte?.trim() ? { periodStart: { $gte: periodBounds(filterPeriod(filter.period_gte, 'period_gte')).start } } : undefined,
      filter.period_lte?.trim() ? { periodEnd: { $lte: periodBounds(filterPeriod(filter.period_lte, 'period_lte')).end } } : undefined,
    );
  }

  list(args: ListArgs, filter?: KpiMeasurementFilter, info?: GraphQLResolveInfo): Promise<KpiMeasurement[]> {
    return findPage(this.ctx, KpiMeasurement, this.where(filter), args, info, SORT_AS);
  }

  count(filter?: KpiMeasurementFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, KpiMeasurement, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<KpiMeasurement> {
    return info ? findForRead(this.ctx, KpiMeasurement, id, info) : findOrFail(this.ctx.em, KpiMeasurement, id);
  }

  /** The regie team writes any KPI's measurements; a lead only those of their own department's KPIs (DESIGN §5). */
  private authorizeFor(kpi: Kpi): void {
    authorizeForDepartment(requireActor(this.ctx), 'kpis:write', kpi.department.id);
  }

  async create(input: CreateKpiMeasurementArgs): Promise<KpiMeasurement> {
    const { em } = this.ctx;
    const kpi = await findOrFail(em, Kpi, input.kpiId, { field: 'kpiId' });
    this.authorizeFor(kpi);
    const measurement = em.create(KpiMeasurement, { kpi, period: input.period, value: input.value, note: input.note ?? null } as never);
    await flushChecked(em, UNIQUES);
    return measurement;
  }

  async update(input: UpdateKpiMeasurementArgs): Promise<KpiMeasurement> {
    const { em } = this.ctx;
    const measurement = await this.get(input.id);
    this.authorizeFor(await measurement.kpi.loadOrFail());
    assertVersion(em, measurement, input.version);
    if (input.period !== undefined) measurement.period = input.period;
    if (input.value !== undefined) measurement.value = input.value;
    if (input.note !== undefined) measurement.note = input.note;
    await flushChecked(em, UNIQUES);
    return measurement;
  }

  async delete(id: string): Promise<KpiMeasurement> {
    const { em } = this.ctx;
    const measurement = await this.get(id);
    this.authorizeFor(await measurement.kpi.loadOrFail());
    const snapshot = detachedCopy(measurement);
    em.remove(measurement);
    await flushChecked(em);
    return snapshot;
  }
}
