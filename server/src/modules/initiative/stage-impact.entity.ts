import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { ImpactLevel } from './initiative.enums.js';
import { Initiative } from './initiative.entity.js';

@ObjectType({ description: 'How much an initiative changes one stage of a journey for the customer.' })
@Entity({ tableName: 'stage_impact' })
@Unique({ name: 'stage_impact_initiative_stage_unique', properties: ['initiative', 'stage'] })
export class StageImpact {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'cascade' })
  initiative!: Ref<Initiative>;

  @Field(() => ID)
  get initiativeId(): string {
    return String(this.initiative.id);
  }

  /** Resolved by StageImpactResolver.stage. */
  @Index()
  @ManyToOne(() => JourneyStage, { ref: true, deleteRule: 'restrict' })
  stage!: Ref<JourneyStage>;

  @Field(() => ID)
  get stageId(): string {
    return String(this.stage.id);
  }

  @Field(() => ImpactLevel)
  @Enum({ items: () => ImpactLevel })
  level!: ImpactLevel;

  @Field(() => String, { nullable: true, description: 'Why this stage changes this much.' })
  @Property({ type: 'text', nullable: true })
  rationale?: string | null;
}
