import { ArrayMaxSize, IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate } from '../../common/validation.js';
import { MATURITY_QUESTIONNAIRE, MAX_SCORE, MIN_SCORE, STATEMENT_KEYS } from './maturity.questionnaire.js';

@InputType({ description: 'Filters of allMaturityAssessments; all given filters must hold.' })
export class MaturityAssessmentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => String, { nullable: true, description: 'Assessed on or after this day (YYYY-MM-DD).' })
  assessedAt_gte?: string;

  @Field(() => String, { nullable: true, description: 'Assessed on or before this day (YYYY-MM-DD).' })
  assessedAt_lte?: string;
}

@InputType({ description: 'The score given to one statement of the questionnaire.' })
export class MaturityAnswerInput {
  @Field({ description: 'The key of a MaturityStatement, e.g. JOURNEY_INSIGHT_1.' })
  @IsIn(STATEMENT_KEYS, { message: '$property must be the key of a statement of the questionnaire' })
  statement!: string;

  @Field(() => Int, { description: `${MIN_SCORE} (not at all true of us) to ${MAX_SCORE} (fully true).` })
  @IsInt()
  @Min(MIN_SCORE)
  @Max(MAX_SCORE)
  score!: number;
}

@ArgsType()
export class CreateMaturityAssessmentArgs {
  @Field(() => ID, { description: 'The department assessed (a lead: their own).' })
  departmentId!: string;

  @Field(() => String, { description: 'The day of the assessment, YYYY-MM-DD; not in the future.' })
  @IsCalendarDate()
  assessedAt!: string;

  @Field(() => [MaturityAnswerInput], { description: 'Every statement of maturityQuestionnaire, each once.' })
  // A guard against absurd requests; the service asks for exactly one answer per statement.
  @ArrayMaxSize(MATURITY_QUESTIONNAIRE.length * 2)
  @ValidateNested({ each: true })
  answers!: MaturityAnswerInput[];
}
