import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { SqlRead } from '../../common/json-read.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Department } from '../department/department.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { KpiMeasurement } from './kpi-measurement.entity.js';
import { Kpi } from './kpi.entity.js';
import { CreateKpiArgs, KpiFilter, UpdateKpiArgs } from './kpi.inputs.js';
import { KpiService } from './kpi.service.js';

/** Reads are everyone's; writes are the regie team's, like journeys, stages and targets (DESIGN §5). */
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

  @Allow('manage')
  @Mutation(() => Kpi)
  createKpi(@Args() input: CreateKpiArgs, @Ctx() ctx: Context) {
    return new KpiService(ctx).create(input);
  }

  @Allow('manage')
  @Mutation(() => Kpi)
  updateKpi(@Args() input: UpdateKpiArgs, @Ctx() ctx: Context) {
    return new KpiService(ctx).update(input);
  }

  @Allow('manage')
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

  @SqlRead({ orderBy: ['period'] })
  @FieldResolver(() => [KpiMeasurement], { description: 'Ordered by period.' })
  async measurements(@Root() kpi: Kpi): Promise<KpiMeasurement[]> {
    const measurements = await kpi.measurements.load();
    return [...measurements].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  }
}

async function stagesInOrder(kpi: Kpi): Promise<JourneyStage[]> {
  const stages = await kpi.stages.load();
  return [...stages].sort((a, b) => a.journey.id - b.journey.id || a.position - b.position);
}
