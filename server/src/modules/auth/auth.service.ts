import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Context } from '../../context.js';
import { requireActor } from '../../common/auth/actor.js';
import { BadUserInput, Unauthenticated } from '../../common/errors.js';
import { flushChecked } from '../../common/persistence.js';
import { AuditEntry, type AuditChange } from '../audit/audit-entry.entity.js';
import { Person } from '../person/person.entity.js';
import { normaliseEmail } from '../person/person.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { signInKeys } from './rate-limit.js';
import { endSessions } from './session.js';

type SignInFailure = 'unknown email' | 'no password set' | 'wrong password' | 'account inactive';

export class AuthService {
  constructor(private readonly ctx: Context) {}

  /**
   * The try is counted before the password is checked (a burst of parallel guesses cannot pass
   * the limit), and an unknown email costs the same hash as a known one. Every outcome but a
   * refusal by the limits goes into the audit trail, with the address and never the password.
   */
  async signIn(email: string, password: string): Promise<{ token: string; expiresAt: Date; person: Person }> {
    const { em, security, address } = this.ctx;
    const { signIns, hashing, sessions } = security;
    const given = normaliseEmail(email);
    const keys = signInKeys(given, address);
    const release = await signIns.outside(em, own => signIns.admit(own, keys, hashing));
    let person: Person | null;
    let valid: boolean;
    try {
      person = await em.findOne(Person, { email: given }, { populate: ['passwordHash'] });
      valid = await verifyPassword(password, person?.passwordHash);
    } finally {
      release();
    }
    const failure: SignInFailure | undefined = !person ? 'unknown email' : !person.passwordHash ? 'no password set' : !valid ? 'wrong password' : !person.active ? 'account inactive' : undefined;
    if (!person || failure) {
      await signIns.outside(em, async own => {
        await signIns.failed(own, keys);
        await recordSignIn(own, { given, person, address, failure });
      });
      throw new Unauthenticated('Wrong email or password');
    }
    const signedIn = person;
    await signIns.outside(em, async own => {
      await signIns.succeeded(own, keys);
      await recordSignIn(own, { given, person: signedIn, address });
    });
    const token = await sessions.sign(person.id, person.sessionVersion);
    return { token, expiresAt: new Date(Date.now() + sessions.ttlMinutes * 60_000), person };
  }

  me(): Promise<Person> {
    return this.ctx.em.findOneOrFail(Person, { id: requireActor(this.ctx).id });
  }

  /**
   * A new password ends the person's sessions, this one included: they sign in again with it.
   * The same password set again ends nothing: whoever knew it still does, and could sign in anew.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<Person> {
    const { em } = this.ctx;
    const person = await em.findOneOrFail(Person, { id: requireActor(this.ctx).id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(currentPassword, person.passwordHash))) {
      throw new BadUserInput('currentPassword', 'currentPassword is not your current password');
    }
    person.passwordHash = await hashPassword(newPassword);
    if (newPassword !== currentPassword) await endSessions(em, person.id);
    await flushChecked(em);
    return person;
  }
}

/**
 * A sign-in in the audit trail: operation signIn on the Person, action SIGN_IN by that person (by
 * name, with the email), or REFUSED by nobody known (actor ANONYMOUS, named by the email that was
 * given) with the reason.
 */
async function recordSignIn(em: SqlEntityManager, attempt: { given: string; person: Person | null; address: string; failure?: SignInFailure }): Promise<void> {
  const { given, person, address, failure } = attempt;
  const changes: AuditChange[] = [{ field: 'address', before: null, after: address }];
  if (failure) changes.push({ field: 'reason', before: null, after: failure });
  // A password typed into the email field must not land in the trail: only what looks like an email does.
  const named = given.includes('@') ? given : '(not an email address)';
  // ANONYMOUS, SIGN_IN and REFUSED are values beyond AuditEntry's declared unions (written for mutations).
  await em.insert(AuditEntry, {
    actorType: failure ? 'ANONYMOUS' : 'PERSON',
    actorId: failure ? 0 : person!.id,
    actorName: failure ? named : person!.name,
    actorEmail: failure ? (named === given ? given : null) : person!.email,
    operation: 'signIn',
    entity: 'Person',
    entityId: person ? String(person.id) : '',
    action: failure ? 'REFUSED' : 'SIGN_IN',
    changes,
  } as never);
}
