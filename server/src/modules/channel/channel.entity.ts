import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';

@ObjectType({ description: 'Where a moment happens: web, app, phone, store, email, chat, social, field service…' })
@Entity({ tableName: 'channel' })
export class Channel extends BaseEntity {
  @Field({ description: 'Unique, case-insensitive.' })
  @Property({ type: 'string', length: 80 })
  @Unique({ name: 'channel_name_unique', expression: 'create unique index "channel_name_unique" on "channel" (lower("name"))' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
