import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';

@ObjectType({ description: 'A part of the organisation that owns initiatives and KPIs.' })
@Entity({ tableName: 'department' })
export class Department extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field({ description: 'Short unique code in capitals, e.g. CS.' })
  @Property({ type: 'string', length: 16 })
  @Unique({ name: 'department_code_unique' })
  code!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
