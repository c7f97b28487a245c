import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Person } from '../person/person.entity.js';
import { DepartmentCapacity } from './department-capacity.entity.js';

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

  /** The department's lead: an active person of it (DepartmentService and PersonService keep it so). Resolved by DepartmentResolver.lead. */
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict' })
  lead?: Ref<Person> | null;

  @Field(() => ID, { nullable: true })
  get leadId(): string | null {
    return this.lead ? String(this.lead.id) : null;
  }

  /** Capacity per quarter. Resolved by DepartmentResolver.capacities. */
  @OneToMany(() => DepartmentCapacity, capacity => capacity.department, { orderBy: { quarter: 'asc' }, orphanRemoval: true })
  capacities = new Collection<DepartmentCapacity>(this);
}
