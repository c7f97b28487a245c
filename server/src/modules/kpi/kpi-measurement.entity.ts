import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { PERIOD_END_SQL, PERIOD_START_SQL } from './kpi-period.js';
import { Kpi } from './kpi.entity.js';

@ObjectType({ description: 'The value of a KPI in one period.' })
@Entity({ tableName: 'kpi_measurement' })
@Unique({ name: 'kpi_measurement_kpi_period_unique', properties: ['kpi', 'period'] })
@Index({ name: 'kpi_measurement_period_start_end_index', properties: ['periodStart', 'periodEnd'] })
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

  /** Kept by the database from `period` (kpi-period.ts): filters and sorting compare periods by these days. */
  @Field(() => String, { description: 'The first day of the period (YYYY-MM-DD), kept by the server.' })
  @Property({ type: 'date', generated: PERIOD_START_SQL })
  periodStart!: string;

  @Field(() => String, { description: 'The last day of the period (YYYY-MM-DD), kept by the server.' })
  @Property({ type: 'date', generated: PERIOD_END_SQL })
  periodEnd!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  value!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
