import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, ManyToMany, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Person } from '../person/person.entity.js';
import { Segment } from '../segment/segment.entity.js';
import { JourneyStage } from './journey-stage.entity.js';

@ObjectType({ description: 'A customer journey, e.g. "Moving house": an ordered set of stages (moments).' })
@Entity({ tableName: 'journey' })
export class Journey extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 160 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Resolved by JourneyResolver.owner. */
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict' })
  owner?: Ref<Person> | null;

  @Field(() => ID, { nullable: true })
  get ownerId(): string | null {
    return this.owner ? String(this.owner.id) : null;
  }

  @ManyToMany(() => Segment, undefined, { pivotTable: 'journey_segment', owner: true })
  segments = new Collection<Segment>(this);

  @Field(() => Int, { nullable: true, description: 'Target NPS, -100 to 100; stages without their own target use it.' })
  @Property({ type: 'integer', nullable: true })
  targetNps?: number | null;

  @Field(() => String, { nullable: true, description: 'When the target should be reached (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  targetDate?: string | null;

  @OneToMany(() => JourneyStage, stage => stage.journey, { orderBy: { position: 'asc' } })
  stages = new Collection<JourneyStage>(this);
}
