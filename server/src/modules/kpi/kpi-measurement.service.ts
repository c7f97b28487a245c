import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { allOf, countAll, findForRead, findPage, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { KpiMeasurement } from './kpi-measurement.entity.js';
import type { CreateKpiMeasurementArgs, KpiMeasurementFilter, UpdateKpiMeasurementArgs } from './kpi-measurement.inputs.js';
import { Kpi } from './kpi.entity.js';

const UNIQUES = { kpi_measurement_kpi_period_unique: { field: 'period', message: 'period already has a measurement of this KPI' } };

export class KpiMeasurementService {
  constructor(private readonly ctx: Context) {}

  private where(filter: KpiMeasurementFilter = {}): FilterQuery<KpiMeasurement> {
    return allOf<KpiMeasurement>(
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.kpiId ? { kpi: parseId(filter.kpiId, 'filter.kpiId') } : undefined,
      filter.period ? { period: filter.period.trim() } : undefined,
      filter.period_gte ? { period: { $gte: filter.period_gte.trim() } } : undefined,
      filter.period_lte ? { period: { $lte: filter.period_lte.trim() } } : undefined,
    );
  }

  list(args: ListArgs, filter?: KpiMeasurementFilter, info?: GraphQLResolveInfo): Promise<KpiMeasurement[]> {
    return findPage(this.ctx, KpiMeasurement, this.where(filter), args, info);
  }

  count(filter?: KpiMeasurementFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, KpiMeasurement, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<KpiMeasurement> {
    return info ? findForRead(this.ctx, KpiMeasurement, id, info) : findOrFail(this.ctx.em, KpiMeasurement, id);
  }

  async create(input: CreateKpiMeasurementArgs): Promise<KpiMeasurement> {
    const { em } = this.ctx;
    const kpi = await findOrFail(em, Kpi, input.kpiId, { field: 'kpiId' });
    const measurement = em.create(KpiMeasurement, { kpi, period: input.period, value: input.value, note: input.note ?? null } as never);
    await flushChecked(em, UNIQUES);
    return measurement;
  }

  async update(input: UpdateKpiMeasurementArgs): Promise<KpiMeasurement> {
    const { em } = this.ctx;
    const measurement = await this.get(input.id);
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
    const snapshot = detachedCopy(measurement);
    em.remove(measurement);
    await flushChecked(em);
    return snapshot;
  }
}
