import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { SqlRead } from '../../common/json-read.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { KpiMeasurement } from './kpi-measurement.entity.js';
import { CreateKpiMeasurementArgs, KpiMeasurementFilter, UpdateKpiMeasurementArgs } from './kpi-measurement.inputs.js';
import { KpiMeasurementService } from './kpi-measurement.service.js';
import { Kpi } from './kpi.entity.js';

@Resolver(() => KpiMeasurement)
export class KpiMeasurementResolver {
  @Allow('read')
  @Query(() => [KpiMeasurement])
  allKpiMeasurements(@Args() args: ListArgs, @Arg('filter', () => KpiMeasurementFilter, { nullable: true }) filter: KpiMeasurementFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new KpiMeasurementService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allKpiMeasurementsMeta(@Args() _args: ListArgs, @Arg('filter', () => KpiMeasurementFilter, { nullable: true }) filter: KpiMeasurementFilter | undefined, @Ctx() ctx: Context) {
    return new KpiMeasurementService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => KpiMeasurement)
  KpiMeasurement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new KpiMeasurementService(ctx).get(id, info);
  }

  @Allow('kpis:write')
  @Mutation(() => KpiMeasurement)
  createKpiMeasurement(@Args() input: CreateKpiMeasurementArgs, @Ctx() ctx: Context) {
    return new KpiMeasurementService(ctx).create(input);
  }

  @Allow('kpis:write')
  @Mutation(() => KpiMeasurement)
  updateKpiMeasurement(@Args() input: UpdateKpiMeasurementArgs, @Ctx() ctx: Context) {
    return new KpiMeasurementService(ctx).update(input);
  }

  @Allow('kpis:write')
  @Mutation(() => KpiMeasurement)
  deleteKpiMeasurement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new KpiMeasurementService(ctx).delete(id);
  }

  @FieldResolver(() => Kpi)
  kpi(@Root() measurement: KpiMeasurement): Promise<Kpi> {
    return measurement.kpi.loadOrFail();
  }

  @SqlRead({ expression: alias => `(select k.department_id::text from kpi k where k.id = ${alias}.kpi_id)` })
  @FieldResolver(() => ID, { description: "The KPI's department: its lead may edit the measurement." })
  async departmentId(@Root() measurement: KpiMeasurement): Promise<string> {
    return String((await measurement.kpi.loadOrFail()).department.id);
  }
}
