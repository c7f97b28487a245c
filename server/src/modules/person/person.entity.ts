import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { ROLES, type Role } from '../../common/auth/permissions.js';
import { Department } from '../department/department.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map(r => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'REGIE: the central CX team; DEPARTMENT_LEAD: registers initiatives for their department; VIEWER: reads everything.',
});

@ObjectType({ description: 'Someone who signs in to Regie.' })
@Entity({ tableName: 'person' })
export class Person extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field({ description: 'Unique, stored in lower case.' })
  @Property({ type: 'string', length: 254 })
  @Unique({ name: 'person_email_unique' })
  email!: string;

  @Field(() => RoleEnum)
  @Enum({ items: () => ROLES })
  role!: Role;

  /** Resolved by PersonResolver.department (batched). */
  @Index()
  @ManyToOne(() => Department, { ref: true, nullable: true, deleteRule: 'restrict' })
  department?: Ref<Department> | null;

  @Field(() => ID, { nullable: true })
  get departmentId(): string | null {
    return this.department ? String(this.department.id) : null;
  }

  @Field({ description: 'Inactive people cannot sign in; their history stays.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /**
   * Raised when the password changes or the account is deactivated (endSessions in session.ts):
   * every session token carries the value it was signed with, and one with an older value is
   * refused (authenticate.ts). Not part of the API.
   */
  @Property({ type: 'integer', default: 0 })
  sessionVersion: number = 0;

  /** scrypt hash; hidden from every serialisation and redacted in the audit trail. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash?: string | null;
}
