import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { SqlRead } from '../../common/json-read.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Department } from '../department/department.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { KpiMeasurement } from './kpi-measurement.entity.js';
import { comparePeriods } from './kpi-period.js';
import { Kpi } from './kpi.entity.js';
import { CreateKpiArgs, KpiFilter, UpdateKpiArgs } from './kpi.inputs.js';
import { KpiService } from './kpi.service.js';

/** Reads are everyone's; writes are the regie team's for any department and a lead's for their own (DESIGN §5). */
@Resolver(() => Kpi)
export class KpiResolver {
  @Allow('read')
  @Query(() => [Kpi])
  allKpis(@Args() args: ListArgs, @Arg('filter', () => KpiFilter, { nullable: true }) filter: KpiFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new KpiService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allKpisMeta(@Args() _args: ListArgs, @Arg('filter', () => KpiFilter, { nullable: true }) filter: KpiFilter | undefined, @Ctx() ctx: Context) {
    return new KpiService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Kpi)
  Kpi(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new KpiService(ctx).get(id, info);
  }

  @Allow('kpis:write')
  @Mutation(() => Kpi)
  createKpi(@Args() input: CreateKpiArgs, @Ctx() ctx: Context) {
    return new KpiService(ctx).create(input);
  }

  @Allow('kpis:write')
  @Mutation(() => Kpi)
  updateKpi(@Args() input: UpdateKpiArgs, @Ctx() ctx: Context) {
    return new KpiService(ctx).update(input);
  }

  @Allow('kpis:write')
  @Mutation(() => Kpi, { description: 'Deletes the KPI and its measurements.' })
  deleteKpi(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new KpiService(ctx).delete(id);
  }

  @FieldResolver(() => Department)
  department(@Root() kpi: Kpi): Promise<Department> {
    return kpi.department.loadOrFail();
  }

  @SqlRead({ orderBy: ['journey_id', 'position'] })
  @FieldResolver(() => [JourneyStage], { description: 'The stages the KPI serves, by journey and position.' })
  stages(@Root() kpi: Kpi): Promise<JourneyStage[]> {
    return stagesInOrder(kpi);
  }

  @SqlRead({ orderBy: ['journey_id', 'position'] })
  @FieldResolver(() => [ID])
  async stageIds(@Root() kpi: Kpi): Promise<string[]> {
    return (await stagesInOrder(kpi)).map(stage => String(stage.id));
  }

  @SqlRead({ orderBy: ['period_start', 'period_end'] })
  @FieldResolver(() => [KpiMeasurement], { description: 'Ordered by period: by first day, a month before the quarter it starts.' })
  async measurements(@Root() kpi: Kpi): Promise<KpiMeasurement[]> {
    const measurements = await kpi.measurements.load();
    return [...measurements].sort((a, b) => comparePeriods(a.period, b.period));
  }
}

async function stagesInOrder(kpi: Kpi): Promise<JourneyStage[]> {
  const stages = await kpi.stages.load();
  return [...stages].sort((a, b) => a.journey.id - b.journey.id || a.position - b.position);
}
