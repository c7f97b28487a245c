import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { SqlRead } from '../../common/json-read.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Department } from '../department/department.entity.js';
import { MaturityAssessment, MaturityStatement, PILLAR_FIELDS, PillarScore } from './maturity-assessment.entity.js';
import { CreateMaturityAssessmentArgs, MaturityAssessmentFilter } from './maturity.inputs.js';
import { MATURITY_QUESTIONNAIRE, PILLARS } from './maturity.questionnaire.js';
import { MaturityAssessmentService } from './maturity.service.js';

/** snake_case of a camelCase field: the column MikroORM maps it to. */
const column = (field: string) => field.replace(/[A-Z]/g, c => `_${c.toLowerCase()}`);

/** Reads are everyone's; assessing is the regie team's for any department and a lead's for their own (DESIGN §5). */
@Resolver(() => MaturityAssessment)
export class MaturityAssessmentResolver {
  @Allow('read')
  @Query(() => [MaturityStatement], { description: 'The statements a maturity assessment scores: three per pillar, in order.' })
  maturityQuestionnaire(): readonly MaturityStatement[] {
    return MATURITY_QUESTIONNAIRE;
  }

  @Allow('read')
  @Query(() => [MaturityAssessment])
  allMaturityAssessments(@Args() args: ListArgs, @Arg('filter', () => MaturityAssessmentFilter, { nullable: true }) filter: MaturityAssessmentFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new MaturityAssessmentService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allMaturityAssessmentsMeta(@Args() _args: ListArgs, @Arg('filter', () => MaturityAssessmentFilter, { nullable: true }) filter: MaturityAssessmentFilter | undefined, @Ctx() ctx: Context) {
    return new MaturityAssessmentService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => MaturityAssessment)
  MaturityAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new MaturityAssessmentService(ctx).get(id, info);
  }

  @Allow('maturity:write')
  @Mutation(() => MaturityAssessment, { description: 'Records an assessment: every statement of the questionnaire scored 1–5, once.' })
  createMaturityAssessment(@Args() input: CreateMaturityAssessmentArgs, @Ctx() ctx: Context) {
    return new MaturityAssessmentService(ctx).create(input);
  }

  @Allow('manage')
  @Mutation(() => MaturityAssessment, { description: 'Deletes a mistaken assessment (the regie team).' })
  deleteMaturityAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new MaturityAssessmentService(ctx).delete(id);
  }

  @FieldResolver(() => Department)
  department(@Root() assessment: MaturityAssessment): Promise<Department> {
    return assessment.department.loadOrFail();
  }

  @SqlRead({
    expression: alias =>
      `json_build_array(${PILLARS.map(pillar => `json_build_object('pillar', '${pillar}', 'score', ${alias}.${column(PILLAR_FIELDS[pillar])})`).join(', ')})`,
  })
  @FieldResolver(() => [PillarScore], { description: 'The four pillar scores, in the order of the pillars.' })
  scores(@Root() assessment: MaturityAssessment): PillarScore[] {
    return PILLARS.map(pillar => ({ pillar, score: assessment[PILLAR_FIELDS[pillar]] }));
  }
}
