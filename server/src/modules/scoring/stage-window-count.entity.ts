import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Each stage's responses in the scoring window that ends on `asOf`: what every score reads, so
 * that ranking 10,000 initiatives reads 400 rows instead of the counts of 90 days. Kept exact by
 * the same statement as every ingest and erasure (for the responses inside the row's window), and
 * rebuilt when the day or the model's window changes (window-counts.ts). A row for another day or
 * window is never read as current: the score falls back to the daily and monthly counts.
 */
@Entity({ tableName: 'stage_window_count' })
export class StageWindowCount {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  stageId!: number;

  @Property({ type: 'date' })
  asOf!: string;

  @Property({ type: 'integer' })
  windowDays!: number;

  @Property({ type: 'integer' })
  responses!: number;

  @Property({ type: 'integer' })
  promoters!: number;

  @Property({ type: 'integer' })
  detractors!: number;
}
