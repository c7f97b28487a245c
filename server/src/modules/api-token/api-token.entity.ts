import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import type { Scope } from '../../common/auth/permissions.js';
import { Department } from '../department/department.entity.js';
import { Person } from '../person/person.entity.js';

@ObjectType({ description: 'A credential for an integration; its secret is shown once, at issue.' })
@Entity({ tableName: 'api_token' })
export class ApiToken extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => [String], { description: 'Any of read, responses:write, initiatives:write.' })
  @Property({ type: 'text[]' })
  scopes!: Scope[];

  /** Bound tokens act only for this department. Resolved by ApiTokenResolver. */
  @ManyToOne(() => Department, { ref: true, nullable: true, deleteRule: 'restrict' })
  department?: Ref<Department> | null;

  @Field(() => ID, { nullable: true })
  get departmentId(): string | null {
    return this.department ? String(this.department.id) : null;
  }

  @ManyToOne(() => Person, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<Person>;

  @Field(() => ID)
  get createdById(): string {
    return String(this.createdBy.id);
  }

  /** The first characters of the secret, so people can tell tokens apart. */
  @Field({ description: 'The start of the secret, to recognise the token; the rest is never shown again.' })
  @Property({ type: 'string', length: 24 })
  prefix!: string;

  /** SHA-256 of the secret (the secret is 256 random bits, so a fast hash is enough). */
  @Property({ type: 'string', length: 64, hidden: true })
  secretHash!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}
