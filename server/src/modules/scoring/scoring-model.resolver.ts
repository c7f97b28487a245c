import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { SqlRead } from '../../common/json-read.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { ImpactLevel } from '../initiative/initiative.enums.js';
import { ScoreService } from './score.service.js';
import { LevelValue, ScoringModel } from './scoring-model.entity.js';
import { IMPACT_LEVELS } from './scoring.maths.js';
import { ModelPreviewRow, ScoreBreakdown, ScorePreviewArgs, ScoringModelFilter, ScoringModelValuesArgs, UpdateScoringModelArgs } from './scoring.types.js';
import { ScoringModelService } from './scoring-model.service.js';

@Resolver(() => ScoringModel)
export class ScoringModelResolver {
  @Allow('read')
  @Query(() => ScoringModel, { description: 'The scoring model every score uses now: the highest version.' })
  activeScoringModel(@Ctx() ctx: Context) {
    return new ScoringModelService(ctx).active();
  }

  @Allow('read')
  @Query(() => [ScoringModel], { description: 'Every version, newest first unless sorted otherwise.' })
  allScoringModels(@Args() args: ListArgs, @Arg('filter', () => ScoringModelFilter, { nullable: true }) filter: ScoringModelFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new ScoringModelService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allScoringModelsMeta(@Args() _args: ListArgs, @Arg('filter', () => ScoringModelFilter, { nullable: true }) filter: ScoringModelFilter | undefined, @Ctx() ctx: Context) {
    return new ScoringModelService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => ScoringModel)
  ScoringModel(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new ScoringModelService(ctx).get(id, info);
  }

  @Allow('manage')
  @Mutation(() => ScoringModel, { description: 'Makes a new version from the active one and the given changes, with a reason; it becomes active at once.' })
  updateScoringModel(@Args() args: UpdateScoringModelArgs, @Ctx() ctx: Context) {
    return new ScoringModelService(ctx).update(args);
  }

  @Allow('read')
  @Query(() => [ModelPreviewRow], { description: 'How every open initiative’s rank and score would move under the proposed changes; nothing is saved.' })
  previewScoringModel(@Args() args: ScoringModelValuesArgs, @Ctx() ctx: Context) {
    return new ScoringModelService(ctx).preview(args);
  }

  @Allow('read')
  @Query(() => ScoreBreakdown, { description: 'The score of unsaved inputs with the active model, as the initiative form shows it; nothing is saved.' })
  scorePreview(@Args() args: ScorePreviewArgs, @Ctx() ctx: Context) {
    return new ScoreService(ctx).preview(args);
  }

  @SqlRead({
    expression: alias =>
      `(select json_agg(json_build_object('level', l.level, 'value', (${alias}.levels ->> l.level)::float8) order by l.n) from unnest(array[${IMPACT_LEVELS.map(l => `'${l}'`).join(', ')}]) with ordinality as l(level, n))`,
  })
  @FieldResolver(() => [LevelValue], { description: 'MINIMAL to MASSIVE.' })
  levels(@Root() model: ScoringModel): LevelValue[] {
    return IMPACT_LEVELS.map(level => ({ level: level as ImpactLevel, value: Number(model.levels[level as ImpactLevel]) }));
  }

  @SqlRead({ expression: alias => `(${alias}.version = (select max(version) from scoring_model))` })
  @FieldResolver(() => Boolean, { description: 'Whether this is the version in use.' })
  async active(@Root() model: ScoringModel, @Ctx() ctx: Context): Promise<boolean> {
    return (await new ScoringModelService(ctx).active()).version === model.version;
  }
}
