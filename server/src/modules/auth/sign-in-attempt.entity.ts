import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Recent sign-in tries of one key (an email from an address, or an address), shared by every
 * server: a level that each try raises by one and that drains with time (see rate-limit.ts, which
 * reads and writes it with plain SQL). The key is hashed: no email or address is kept here.
 */
@Entity({ tableName: 'sign_in_attempt' })
@Index({ properties: ['lastAt'] })
export class SignInAttempt {
  @PrimaryKey({ type: 'string', length: 64 })
  keyHash!: string;

  @Property({ type: 'double' })
  level!: number;

  @Property({ type: 'datetime' })
  lastAt!: Date;
}
