import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ImpactLevel } from '../initiative/initiative.enums.js';

/** The value of one impact level in the score. */
@ObjectType()
export class LevelValue {
  @Field(() => ImpactLevel)
  level!: ImpactLevel;

  @Field(() => Float)
  value!: number;
}

/** Level values as stored: `{ "MINIMAL": 0.25, … }`, one per level. */
export type LevelValues = Record<ImpactLevel, number>;

/**
 * The tunable weights of the journey impact score (DESIGN §2). Never edited: every change is a
 * new version, and the highest version is the active one, so any historic score can be explained.
 */
@ObjectType({ description: 'One version of the weights of the journey impact score; the highest version is active.' })
@Entity({ tableName: 'scoring_model' })
export class ScoringModel {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, { description: '1, 2, 3 …; the highest is active.' })
  @Unique({ name: 'scoring_model_version_unique' })
  @Property({ type: 'integer' })
  version!: number;

  /** Resolved by ScoringModelResolver.levels (a list in the schema). */
  @Property({ type: 'json' })
  levels!: LevelValues;

  @Field(() => Float, { description: 'How much a shortfall beyond the margin raises a stage weight: G = 1 + gapWeight × shortfall / 100.' })
  @Property({ type: 'double' })
  gapWeight!: number;

  @Field(() => Int, { description: 'Below this many responses in the window a stage NPS does not count (G = 1).' })
  @Property({ type: 'integer' })
  minResponses!: number;

  @Field(() => Int, { description: 'The rolling window of responses, in days, ending today.' })
  @Property({ type: 'integer' })
  windowDays!: number;

  @Field(() => Float, { description: 'B = 1 + commercialWeight × (commercialValue − 3) / 2.' })
  @Property({ type: 'double' })
  commercialWeight!: number;

  @Field({ description: 'Why this version was made.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => ID, { nullable: true, description: 'The person who made this version; empty for the defaults.' })
  @Property({ type: 'integer', nullable: true })
  createdById?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  createdByName?: string | null;
}
