import type { Context } from '../../context.js';
import { requireActor } from '../../common/auth/actor.js';
import { BadUserInput, Unauthenticated } from '../../common/errors.js';
import { flushChecked } from '../../common/persistence.js';
import { Person } from '../person/person.entity.js';
import { normaliseEmail } from '../person/person.service.js';
import { hashPassword, verifyPassword } from './password.js';

export class AuthService {
  constructor(private readonly ctx: Context) {}

  async signIn(email: string, password: string): Promise<{ token: string; expiresAt: Date; person: Person }> {
    const { em, security, address } = this.ctx;
    const { byEmail, byAddress } = security.signInFailures;
    const keys = [`email:${normaliseEmail(email)}`, `address:${address}`];
    const wait = Math.max(byEmail.retryAfter(keys[0]), byAddress.retryAfter(keys[1]));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new Unauthenticated(`Too many failed sign-ins; try again in ${seconds} seconds`, { retryAfterSeconds: seconds });
    }
    const person = await em.findOne(Person, { email: normaliseEmail(email) }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(password, person?.passwordHash);
    if (!person || !valid || !person.active) {
      byEmail.fail(keys[0]);
      byAddress.fail(keys[1]);
      throw new Unauthenticated('Wrong email or password');
    }
    byEmail.reset(keys[0]);
    const token = await security.sessions.sign(person.id);
    return { token, expiresAt: new Date(Date.now() + security.sessions.ttlMinutes * 60_000), person };
  }

  me(): Promise<Person> {
    return this.ctx.em.findOneOrFail(Person, { id: requireActor(this.ctx).id });
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<Person> {
    const { em } = this.ctx;
    const person = await em.findOneOrFail(Person, { id: requireActor(this.ctx).id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(currentPassword, person.passwordHash))) {
      throw new BadUserInput('currentPassword', 'currentPassword is not your current password');
    }
    person.passwordHash = await hashPassword(newPassword);
    await flushChecked(em);
    return person;
  }
}
