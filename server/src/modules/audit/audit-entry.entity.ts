import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One field a mutation changed.' })
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after?: unknown;
}

/**
 * What a mutation changed, written in the same transaction as the change. The actor is kept by
 * id and name, not as a foreign key, so the trail outlives the people and tokens in it.
 */
@ObjectType({ description: 'The audit trail: who changed what, when.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entity', 'entityId'] })
@Index({ properties: ['at'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field({ description: 'PERSON or API_TOKEN; ANONYMOUS for a refused sign-in (named by the email typed).' })
  @Property({ type: 'string', length: 16 })
  actorType!: 'PERSON' | 'API_TOKEN' | 'ANONYMOUS';

  @Field(() => ID)
  @Property({ type: 'integer' })
  actorId!: number;

  @Field({ description: "The person's name (or the token's) at that moment; for a refused sign-in, the email that was given." })
  @Property({ type: 'string', length: 254 })
  actorName!: string;

  @Field(() => String, { nullable: true, description: "The person's email at that moment (for a refused sign-in, the email that was given); empty for a token." })
  @Property({ type: 'string', length: 254, nullable: true })
  actorEmail?: string | null;

  @Field({ description: 'The GraphQL mutation, e.g. createDepartment.' })
  @Property({ type: 'string', length: 80 })
  operation!: string;

  @Field({ description: 'The changed type, e.g. Department.' })
  @Property({ type: 'string', length: 80 })
  entity!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  entityId!: string;

  @Field({ description: 'CREATE, UPDATE or DELETE; SIGN_IN or REFUSED for sign-ins.' })
  @Property({ type: 'string', length: 8 })
  action!: 'CREATE' | 'UPDATE' | 'DELETE' | 'SIGN_IN' | 'REFUSED';

  @Field(() => [AuditChange])
  @Property({ type: 'json' })
  changes!: AuditChange[];
}
