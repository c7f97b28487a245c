import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { authorizeForDepartment, requireActor } from '../../common/auth/actor.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { findAllOrFail, replaceItems } from '../../common/relations.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { Department } from '../department/department.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { Kpi } from './kpi.entity.js';
import type { CreateKpiArgs, KpiFilter, UpdateKpiArgs } from './kpi.inputs.js';

export class KpiService {
  constructor(private readonly ctx: Context) {}

  private where(filter: KpiFilter = {}): FilterQuery<Kpi> {
    return allOf<Kpi>(
      textSearch<Kpi>(filter.q, ['name', 'description', 'unit']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.departmentId ? { department: parseId(filter.departmentId, 'filter.departmentId') } : undefined,
      filter.stageId ? { stages: parseId(filter.stageId, 'filter.stageId') } : undefined,
      filter.direction ? { direction: filter.direction } : undefined,
    );
  }

  list(args: ListArgs, filter?: KpiFilter, info?: GraphQLResolveInfo): Promise<Kpi[]> {
    return findPage(this.ctx, Kpi, this.where(filter), args, info);
  }

  count(filter?: KpiFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, Kpi, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<Kpi> {
    return info ? findForRead(this.ctx, Kpi, id, info) : findOrFail(this.ctx.em, Kpi, id);
  }

  /** The regie team acts for any department; a lead only for their own (DESIGN §5). */
  private authorizeFor(departmentId: number): void {
    authorizeForDepartment(requireActor(this.ctx), 'kpis:write', departmentId);
  }

  async create(input: CreateKpiArgs): Promise<Kpi> {
    const { em } = this.ctx;
    this.authorizeFor(parseId(input.departmentId, 'departmentId'));
    const department = await findOrFail(em, Department, input.departmentId, { field: 'departmentId' });
    const stages = await findAllOrFail(em, JourneyStage, input.stageIds ?? [], 'stageIds');
    const kpi = em.create(Kpi, {
      name: input.name.trim(),
      description: input.description ?? null,
      unit: input.unit.trim(),
      direction: input.direction,
      target: input.target ?? null,
      department,
      stages,
    } as never);
    await flushChecked(em);
    return kpi;
  }

  async update(input: UpdateKpiArgs): Promise<Kpi> {
    const { em } = this.ctx;
    const kpi = await this.get(input.id);
    this.authorizeFor(kpi.department.id);
    assertVersion(em, kpi, input.version);
    if (input.name !== undefined) kpi.name = input.name.trim();
    if (input.description !== undefined) kpi.description = input.description;
    if (input.unit !== undefined) kpi.unit = input.unit.trim();
    if (input.direction !== undefined) kpi.direction = input.direction;
    if (input.target !== undefined) kpi.target = input.target;
    if (input.departmentId !== undefined) {
      // A lead may not hand a KPI to another department either.
      this.authorizeFor(parseId(input.departmentId, 'departmentId'));
      const department = await findOrFail(em, Department, input.departmentId, { field: 'departmentId' });
      kpi.department = em.getReference(Department, department.id, { wrapped: true });
    }
    if (input.stageIds !== undefined) await replaceItems(kpi, kpi.stages, await findAllOrFail(em, JourneyStage, input.stageIds ?? [], 'stageIds'));
    await flushChecked(em);
    return kpi;
  }

  async delete(id: string): Promise<Kpi> {
    const { em } = this.ctx;
    const kpi = await this.get(id);
    this.authorizeFor(kpi.department.id);
    await assertUnreferenced(em, Kpi, kpi.id, ['KpiMeasurement.kpi']);
    // The foreign key would cascade on its own; removing them here lets the audit trail account for each.
    em.remove(await kpi.measurements.load());
    const snapshot = detachedCopy(kpi);
    em.remove(kpi);
    await flushChecked(em);
    return snapshot;
  }
}
