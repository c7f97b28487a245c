import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Department } from '../department/department.entity.js';
import { Person } from '../person/person.entity.js';
import { InitiativeStatus, Pillar } from './initiative.enums.js';
import { StageImpact } from './stage-impact.entity.js';

@ObjectType({ description: 'A project of a department, scored by what it does for the customer along the journey.' })
@Entity({ tableName: 'initiative' })
@Index({ properties: ['department', 'status'] })
// Two pins never share a rank (DESIGN §2), even when two people pin at once.
@Unique({ name: 'initiative_pinned_rank_unique', expression: 'create unique index "initiative_pinned_rank_unique" on "initiative" ("pinned_rank") where "pinned_rank" is not null' })
export class Initiative extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** The owning department. Resolved by InitiativeResolver.department. */
  @ManyToOne(() => Department, { ref: true, deleteRule: 'restrict' })
  department!: Ref<Department>;

  @Field(() => ID)
  get departmentId(): string {
    return String(this.department.id);
  }

  @Index()
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict' })
  owner?: Ref<Person> | null;

  @Field(() => ID, { nullable: true })
  get ownerId(): string | null {
    return this.owner ? String(this.owner.id) : null;
  }

  @ManyToMany(() => Department, undefined, { pivotTable: 'initiative_contributor', owner: true })
  contributingDepartments = new Collection<Department>(this);

  @Field(() => Pillar)
  @Enum({ items: () => Pillar })
  pillar!: Pillar;

  @Field(() => InitiativeStatus)
  @Enum({ items: () => InitiativeStatus, default: InitiativeStatus.PROPOSED })
  status: InitiativeStatus = InitiativeStatus.PROPOSED;

  @OneToMany(() => StageImpact, impact => impact.initiative, { orphanRemoval: true })
  impacts = new Collection<StageImpact>(this);

  @Field(() => Float, { description: 'Person-weeks, more than 0.' })
  @Property({ type: 'double' })
  effort!: number;

  @Field(() => Float, { description: 'How sure the estimate is, 0 to 1.' })
  @Property({ type: 'double' })
  confidence!: number;

  @Field(() => Int, { description: 'Commercial value 1 to 5 (3: neutral).' })
  @Property({ type: 'smallint', default: 3 })
  commercialValue: number = 3;

  @Field(() => String, { nullable: true, description: 'YYYY-Qn, e.g. 2027-Q1.' })
  @Property({ type: 'string', length: 7, nullable: true })
  targetQuarter?: string | null;

  @Field(() => Int, { nullable: true, description: 'A rank pinned by the regie team; overrides the score order.' })
  @Property({ type: 'integer', nullable: true })
  pinnedRank?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  pinReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;
}
