import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Initiative } from '../initiative/initiative.entity.js';

export enum DecisionAction {
  SUBMIT = 'SUBMIT',
  WITHDRAW = 'WITHDRAW',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  PARK = 'PARK',
  START = 'START',
  COMPLETE = 'COMPLETE',
  PIN_RANK = 'PIN_RANK',
  UNPIN = 'UNPIN',
  COMMENT = 'COMMENT',
}
registerEnumType(DecisionAction, { name: 'DecisionAction' });

/** The governance log of an initiative: written by transitions and pins, never edited. */
@ObjectType({ description: 'Who did what to which initiative, when and why.' })
@Entity({ tableName: 'decision' })
@Index({ properties: ['initiative', 'at'] })
export class Decision {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'restrict' })
  initiative!: Ref<Initiative>;

  @Field(() => ID)
  get initiativeId(): string {
    return String(this.initiative.id);
  }

  @Field(() => DecisionAction)
  @Enum({ items: () => DecisionAction })
  action!: DecisionAction;

  @Field(() => String, { nullable: true, description: 'The value before, e.g. the status UNDER_REVIEW.' })
  @Property({ type: 'string', length: 40, nullable: true })
  fromValue?: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, e.g. the status APPROVED.' })
  @Property({ type: 'string', length: 40, nullable: true })
  toValue?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field({ description: 'PERSON or API_TOKEN.' })
  @Property({ type: 'string', length: 16 })
  actorType!: 'PERSON' | 'API_TOKEN';

  @Field(() => ID)
  @Property({ type: 'integer' })
  actorId!: number;

  @Field({ description: "The person's name (or the token's) at that moment." })
  @Property({ type: 'string', length: 254 })
  actorName!: string;

  @Field(() => String, { nullable: true, description: "The person's email at that moment; empty for a token." })
  @Property({ type: 'string', length: 254, nullable: true })
  actorEmail?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => Float, { nullable: true, description: "The initiative's priority score at that moment; empty for decisions made before scores were kept." })
  @Property({ type: 'double', nullable: true })
  priorityScore?: number | null;

  @Field(() => Int, { nullable: true, description: 'The scoring-model version that score was computed with.' })
  @Property({ type: 'integer', nullable: true })
  modelVersion?: number | null;
}
