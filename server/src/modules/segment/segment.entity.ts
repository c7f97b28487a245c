import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';

@ObjectType({ description: 'A customer segment, e.g. consumer or SME.' })
@Entity({ tableName: 'segment' })
export class Segment extends BaseEntity {
  @Field({ description: 'Unique, case-insensitive.' })
  @Property({ type: 'string', length: 80 })
  @Unique({ name: 'segment_name_unique', expression: 'create unique index "segment_name_unique" on "segment" (lower("name"))' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Float, { nullable: true, description: 'Share of all customers in this segment, 0 to 1.' })
  @Property({ type: 'double', nullable: true })
  share?: number | null;
}
