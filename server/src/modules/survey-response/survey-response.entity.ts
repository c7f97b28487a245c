import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../channel/channel.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { Journey } from '../journey/journey.entity.js';
import { Segment } from '../segment/segment.entity.js';

/**
 * One customer's answer to "how likely are you to recommend us", about a journey (and maybe one
 * of its stages). Never edited: a correction is an erasure followed by a new send. Written with
 * set-based SQL (ingest.ts) so that the aggregates change in the same statement.
 */
@ObjectType({ description: 'A survey response: a score 0–10 about a journey or one of its stages.' })
@Entity({ tableName: 'survey_response' })
@Unique({ name: 'survey_response_source_external_id_unique', properties: ['source', 'externalId'] })
@Index({ properties: ['journey', 'respondedAt'] })
@Index({ properties: ['respondedAt'] })
export class SurveyResponse {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, { description: '0 to 10: 9–10 promoter, 7–8 passive, 0–6 detractor.' })
  @Property({ type: 'smallint' })
  score!: number;

  @ManyToOne(() => Journey, { ref: true, deleteRule: 'restrict' })
  journey!: Ref<Journey>;

  @Field(() => ID)
  get journeyId(): string {
    return String(this.journey.id);
  }

  @Index()
  @ManyToOne(() => JourneyStage, { ref: true, nullable: true, deleteRule: 'restrict' })
  stage?: Ref<JourneyStage> | null;

  @Field(() => ID, { nullable: true, description: 'Absent: the response rates the journey as a whole.' })
  get stageId(): string | null {
    return this.stage ? String(this.stage.id) : null;
  }

  @Index()
  @ManyToOne(() => Channel, { ref: true, nullable: true, deleteRule: 'restrict' })
  channel?: Ref<Channel> | null;

  @Field(() => ID, { nullable: true })
  get channelId(): string | null {
    return this.channel ? String(this.channel.id) : null;
  }

  @Index()
  @ManyToOne(() => Segment, { ref: true, nullable: true, deleteRule: 'restrict' })
  segment?: Ref<Segment> | null;

  @Field(() => ID, { nullable: true })
  get segmentId(): string | null {
    return this.segment ? String(this.segment.id) : null;
  }

  @Field(() => Date)
  @Property({ type: 'datetime' })
  respondedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Free text; may hold personal data (erase the response on request).' })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field({ description: 'The survey tool or channel the response came from.' })
  @Property({ type: 'string', length: 100 })
  source!: string;

  @Field({ description: 'The id the source gave it; unique per source, so re-sending is harmless.' })
  @Property({ type: 'string', length: 200 })
  externalId!: string;

  @Field(() => String, { nullable: true, description: 'A pseudonymous id linking one customer’s answers (never a name or an e-mail).' })
  @Property({ type: 'string', length: 200, nullable: true })
  respondentKey?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
