import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Department } from '../department/department.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { KpiMeasurement } from './kpi-measurement.entity.js';

export enum KpiDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(KpiDirection, { name: 'KpiDirection' });

@ObjectType({ description: "A department's KPI, linked to the journey stages it serves." })
@Entity({ tableName: 'kpi' })
export class Kpi extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 160 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field({ description: 'e.g. %, seconds, €, count.' })
  @Property({ type: 'string', length: 40 })
  unit!: string;

  @Field(() => KpiDirection)
  @Enum({ items: () => KpiDirection })
  direction!: KpiDirection;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  target?: number | null;

  @Index()
  @ManyToOne(() => Department, { ref: true, deleteRule: 'restrict' })
  department!: Ref<Department>;

  @Field(() => ID)
  get departmentId(): string {
    return String(this.department.id);
  }

  /** Resolved by KpiResolver.stages (batched). */
  @ManyToMany(() => JourneyStage, undefined, { pivotTable: 'kpi_stage', owner: true })
  stages = new Collection<JourneyStage>(this);

  /** The inverse side of KpiMeasurement.kpi (no column): lets KpiResolver.measurements batch its loads. */
  @OneToMany(() => KpiMeasurement, measurement => measurement.kpi, { orderBy: { periodStart: 'asc', periodEnd: 'asc' } })
  measurements = new Collection<KpiMeasurement>(this);
}
