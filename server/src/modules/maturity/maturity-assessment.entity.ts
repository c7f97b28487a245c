import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.entity.js';
import { Pillar } from '../initiative/initiative.enums.js';

@ObjectType({ description: 'A statement of the maturity questionnaire; the admin translates it by key.' })
export class MaturityStatement {
  @Field({ description: 'Stable, e.g. JOURNEY_INSIGHT_1.' })
  key!: string;

  @Field(() => Pillar)
  pillar!: Pillar;

  @Field({ description: 'In English.' })
  text!: string;
}

@ObjectType({ description: 'How true a statement is of the department, 1 (not at all) to 5 (fully).' })
export class MaturityAnswer {
  @Field({ description: 'The key of a MaturityStatement.' })
  statement!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType({ description: "A pillar's score: the mean of its statements' answers." })
export class PillarScore {
  @Field(() => Pillar)
  pillar!: Pillar;

  @Field(() => Float)
  score!: number;
}

/**
 * A department's CX maturity at a date (DESIGN §1): the answers to the questionnaire and, kept
 * beside them so that they sort and compare in SQL, the four pillar scores and the overall one.
 * Never edited: a mistaken entry is deleted (by the regie team) and entered again.
 */
@ObjectType({ description: "A department's CX maturity at a date: a score 1–5 per pillar, and the answers behind them." })
@Entity({ tableName: 'maturity_assessment' })
@Index({ properties: ['department', 'assessedAt'] })
export class MaturityAssessment {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Resolved by MaturityAssessmentResolver.department. */
  @ManyToOne(() => Department, { ref: true, deleteRule: 'restrict' })
  department!: Ref<Department>;

  @Field(() => ID)
  get departmentId(): string {
    return String(this.department.id);
  }

  @Field(() => String, { description: 'The day the department was assessed (YYYY-MM-DD), not in the future.' })
  @Property({ type: 'date' })
  assessedAt!: string;

  @Field(() => [MaturityAnswer], { description: 'One per statement of the questionnaire, in its order.' })
  @Property({ type: 'json' })
  answers!: MaturityAnswer[];

  @Field(() => Float, { description: 'The mean of the JOURNEY_INSIGHT answers, two decimals.' })
  @Property({ type: 'double' })
  journeyInsight!: number;

  @Field(() => Float, { description: 'The mean of the OMNICHANNEL answers, two decimals.' })
  @Property({ type: 'double' })
  omnichannel!: number;

  @Field(() => Float, { description: 'The mean of the VISION_AND_WAYS_OF_WORKING answers, two decimals.' })
  @Property({ type: 'double' })
  visionAndWaysOfWorking!: number;

  @Field(() => Float, { description: 'The mean of the GOVERNANCE_AND_KPIS answers, two decimals.' })
  @Property({ type: 'double' })
  governanceAndKpis!: number;

  @Field(() => Float, { description: 'The mean of the four pillar scores, two decimals.' })
  @Property({ type: 'double' })
  overall!: number;

  @Field(() => ID, { nullable: true, description: 'The person who entered the assessment.' })
  @Property({ type: 'integer', nullable: true })
  assessedById?: number | null;

  @Field({ description: 'Their name at that moment.' })
  @Property({ type: 'string', length: 254 })
  assessedByName!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The stored pillar scores by pillar (the column of each). */
export const PILLAR_FIELDS = {
  JOURNEY_INSIGHT: 'journeyInsight',
  OMNICHANNEL: 'omnichannel',
  VISION_AND_WAYS_OF_WORKING: 'visionAndWaysOfWorking',
  GOVERNANCE_AND_KPIS: 'governanceAndKpis',
} as const satisfies Record<Pillar, keyof MaturityAssessment>;
