import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { Department } from './department.entity.js';

@ObjectType({ description: 'Person-weeks a department has for CX initiatives in one quarter.' })
@Entity({ tableName: 'department_capacity' })
@Unique({ name: 'department_capacity_quarter_unique', properties: ['department', 'quarter'] })
export class DepartmentCapacity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Department, { ref: true, deleteRule: 'cascade' })
  department!: Ref<Department>;

  @Field({ description: 'YYYY-Qn, e.g. 2027-Q1.' })
  @Property({ type: 'string', length: 7 })
  quarter!: string;

  @Field(() => Float, { description: 'Person-weeks, 0 or more.' })
  @Property({ type: 'double' })
  personWeeks!: number;
}
