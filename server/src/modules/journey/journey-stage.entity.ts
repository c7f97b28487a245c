import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Channel } from '../channel/channel.entity.js';
import { Journey } from './journey.entity.js';

@ObjectType({ description: 'A step of a journey: a touchpoint, a moment that matters.' })
@Entity({ tableName: 'journey_stage' })
@Index({ properties: ['journey', 'position'] })
export class JourneyStage extends BaseEntity {
  /** Resolved by JourneyStageResolver.journey. */
  @ManyToOne(() => Journey, { ref: true, deleteRule: 'restrict' })
  journey!: Ref<Journey>;

  @Field(() => ID)
  get journeyId(): string {
    return String(this.journey.id);
  }

  @Field()
  @Property({ type: 'string', length: 160 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Int, { description: 'Place in the journey, from 1; dense and unique within the journey.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Int, { description: 'How much this moment matters to the customer, 1 to 5 (5: a moment of truth).' })
  @Property({ type: 'smallint' })
  importance!: number;

  @Field(() => Float, { description: "Share of the journey's customers who pass through this stage, 0 to 1." })
  @Property({ type: 'double' })
  reach!: number;

  @ManyToMany(() => Channel, undefined, { pivotTable: 'journey_stage_channel', owner: true })
  channels = new Collection<Channel>(this);

  @Field(() => Int, { nullable: true, description: "The stage's own target NPS; else the journey's." })
  @Property({ type: 'integer', nullable: true })
  targetNps?: number | null;
}
