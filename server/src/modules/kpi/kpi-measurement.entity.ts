import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Kpi } from './kpi.entity.js';

@ObjectType({ description: 'The value of a KPI in one period.' })
@Entity({ tableName: 'kpi_measurement' })
@Unique({ name: 'kpi_measurement_kpi_period_unique', properties: ['kpi', 'period'] })
export class KpiMeasurement extends BaseEntity {
  @ManyToOne(() => Kpi, { ref: true, deleteRule: 'cascade' })
  kpi!: Ref<Kpi>;

  @Field(() => ID)
  get kpiId(): string {
    return String(this.kpi.id);
  }

  @Field({ description: 'YYYY-MM (a month) or YYYY-Qn (a quarter).' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  value!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
