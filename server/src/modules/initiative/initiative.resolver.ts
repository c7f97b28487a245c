import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { SqlRead } from '../../common/json-read.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Decision } from '../decision/decision.entity.js';
import { DecisionService } from '../decision/decision.service.js';
import { Department } from '../department/department.entity.js';
import { Person } from '../person/person.entity.js';
import { Initiative } from './initiative.entity.js';
import {
  CreateInitiativeArgs,
  InitiativeFilter,
  PinRankArgs,
  TransitionInitiativeArgs,
  UnpinRankArgs,
  UpdateInitiativeArgs,
} from './initiative.inputs.js';
import { InitiativeService } from './initiative.service.js';
import { StageImpact } from './stage-impact.entity.js';
import { breakdownSql, journeyImpactSql, priorityScoreSql } from '../scoring/score-sql.js';
import { ScoreService, scoreWith } from '../scoring/score.service.js';
import { ScoreBreakdown } from '../scoring/scoring.types.js';

/** A stable order for loaded collections (the batched query has none). */
const byId = <T extends { id: number }>(items: T[]): T[] => [...items].sort((a, b) => a.id - b.id);

/** Field resolvers load relations with `load()`: MikroORM's dataloader makes one query per relation and page. */
@Resolver(() => Initiative)
export class InitiativeResolver {
  @Allow('read')
  @Query(() => [Initiative])
  allInitiatives(@Args() args: ListArgs, @Arg('filter', () => InitiativeFilter, { nullable: true }) filter: InitiativeFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new InitiativeService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allInitiativesMeta(@Args() _args: ListArgs, @Arg('filter', () => InitiativeFilter, { nullable: true }) filter: InitiativeFilter | undefined, @Ctx() ctx: Context) {
    return new InitiativeService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Initiative)
  Initiative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new InitiativeService(ctx).get(id, info);
  }

  @Allow('initiatives:write')
  @Mutation(() => Initiative)
  createInitiative(@Args() input: CreateInitiativeArgs, @Ctx() ctx: Context) {
    return new InitiativeService(ctx).create(input);
  }

  @Allow('initiatives:write')
  @Mutation(() => Initiative)
  updateInitiative(@Args() input: UpdateInitiativeArgs, @Ctx() ctx: Context) {
    return new InitiativeService(ctx).update(input);
  }

  @Allow('initiatives:write')
  @Mutation(() => Initiative, { description: 'Only a PROPOSED initiative without decisions; otherwise reject or park it.' })
  deleteInitiative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new InitiativeService(ctx).delete(id);
  }

  @Allow('initiatives:transition')
  @Mutation(() => Initiative, { description: 'Moves an initiative along its workflow and writes a Decision. Past UNDER_REVIEW only the regie team decides.' })
  transitionInitiative(@Args() input: TransitionInitiativeArgs, @Ctx() ctx: Context) {
    return new InitiativeService(ctx).transition(input);
  }

  @Allow('initiatives:decide')
  @Mutation(() => Initiative, { description: 'The regie team pins a roadmap rank, with a reason; writes a Decision.' })
  pinRank(@Args() input: PinRankArgs, @Ctx() ctx: Context) {
    return new InitiativeService(ctx).pinRank(input);
  }

  @Allow('initiatives:decide')
  @Mutation(() => Initiative, { description: 'The regie team removes a pinned rank, with a reason; writes a Decision.' })
  unpinRank(@Args() input: UnpinRankArgs, @Ctx() ctx: Context) {
    return new InitiativeService(ctx).unpinRank(input);
  }

  @FieldResolver(() => Department)
  department(@Root() initiative: Initiative): Promise<Department> {
    return initiative.department.loadOrFail();
  }

  @FieldResolver(() => Person, { nullable: true })
  owner(@Root() initiative: Initiative): Promise<Person | null> | null {
    return initiative.owner ? initiative.owner.load() : null;
  }

  @FieldResolver(() => [Department], { description: 'In id order.' })
  async contributingDepartments(@Root() initiative: Initiative): Promise<Department[]> {
    return byId((await initiative.contributingDepartments.load()).getItems());
  }

  @FieldResolver(() => [ID], { description: 'In id order.' })
  async contributingDepartmentIds(@Root() initiative: Initiative): Promise<string[]> {
    return (await this.contributingDepartments(initiative)).map(department => String(department.id));
  }

  @FieldResolver(() => [StageImpact], { description: 'In the order they were added.' })
  async impacts(@Root() initiative: Initiative): Promise<StageImpact[]> {
    return byId((await initiative.impacts.load()).getItems());
  }

  @SqlRead({ pointedAtBy: { entity: 'Decision', via: 'initiative' }, orderBy: ['at desc', 'id desc'] })
  @FieldResolver(() => [Decision], { description: 'The governance log of this initiative, newest first.' })
  decisions(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<Decision[]> {
    return new DecisionService(ctx).history(initiative.id);
  }

  @SqlRead({ with: scoreWith, expression: journeyImpactSql })
  @FieldResolver(() => Float, { description: 'J = Σ level × stage weight, now, with the active scoring model (DESIGN §2).' })
  async journeyImpact(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<number> {
    return (await new ScoreService(ctx).breakdown(initiative.id)).journeyImpact;
  }

  @SqlRead({ with: scoreWith, expression: alias => priorityScoreSql(alias) })
  @FieldResolver(() => Float, { description: 'P = J × confidence × B / effort, now, with the active scoring model; the roadmap ranks by it.' })
  async priorityScore(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<number> {
    return (await new ScoreService(ctx).breakdown(initiative.id)).priorityScore;
  }

  @SqlRead({ with: scoreWith, expression: breakdownSql })
  @FieldResolver(() => ScoreBreakdown, { description: 'How the priority score comes about: every stage term with its inputs and gap factor, then B, confidence, effort and the model version.' })
  scoreBreakdown(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<ScoreBreakdown> {
    return new ScoreService(ctx).breakdown(initiative.id);
  }
}
