import { ArrayMaxSize, IsInt, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** The most responses one recordSurveyResponses call may carry. */
export const MAX_BATCH = 5000;

@InputType({ description: 'One survey response to record. Checked in recordSurveyResponses, which lists every bad row.' })
export class SurveyResponseInput {
  @Field({ description: 'The survey tool or channel, 1–100 characters.' })
  source!: string;

  @Field({ description: 'The id the source gave the response, 1–200 characters; unique per source.' })
  externalId!: string;

  @Field(() => Int, { description: '0 to 10.' })
  score!: number;

  @Field(() => ID)
  journeyId!: string;

  @Field(() => ID, { nullable: true, description: 'A stage of that journey; absent: the journey as a whole.' })
  stageId?: string | null;

  @Field(() => ID, { nullable: true })
  channelId?: string | null;

  @Field(() => ID, { nullable: true })
  segmentId?: string | null;

  @Field({ description: 'ISO 8601, e.g. 2026-11-20T14:03:00Z; without an offset, on the organisation’s clock. Not more than 5 minutes ahead.' })
  respondedAt!: string;

  @Field(() => String, { nullable: true, description: 'At most 5,000 characters.' })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'A pseudonymous customer id (never a name or an e-mail), at most 200 characters.' })
  respondentKey?: string | null;
}

@ArgsType()
export class RecordSurveyResponsesArgs {
  @Field(() => [SurveyResponseInput], { description: `Up to ${MAX_BATCH} responses; all are stored or, when one is bad, none.` })
  @ArrayMaxSize(MAX_BATCH, { message: `responses must hold at most ${MAX_BATCH} responses per call` })
  responses!: SurveyResponseInput[];
}

@ObjectType({ description: 'What a batch or file of responses did: duplicates were sent before (same source and external id) and kept as they were.' })
export class SurveyResponseBatchResult {
  @Field(() => Int)
  received!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  duplicates!: number;
}

@ArgsType()
export class DeleteSurveyResponseArgs {
  @Field(() => ID, { nullable: true, description: 'The response to erase; or give source and externalId.' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => String, { nullable: true })
  externalId?: string | null;
}

@InputType({ description: 'Filters of allSurveyResponses; all given filters must hold.' })
export class SurveyResponseFilter {
  @Field({ nullable: true, description: 'Text found in the comment.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  journeyId?: string;

  @Field(() => ID, { nullable: true })
  stageId?: string;

  @Field(() => ID, { nullable: true })
  channelId?: string;

  @Field(() => ID, { nullable: true })
  segmentId?: string;

  @Field({ nullable: true, description: 'Exactly this source.' })
  source?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  score_gte?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  score_lte?: number;

  @Field({ nullable: true, description: 'From this date (the whole day, on the organisation’s clock) or moment.' })
  respondedAt_gte?: string;

  @Field({ nullable: true, description: 'Up to this date (the whole day, on the organisation’s clock) or moment.' })
  respondedAt_lte?: string;
}
