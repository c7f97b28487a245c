import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Role } from '../../common/auth/permissions.js';
import type { Context } from '../../context.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { BadUserInput, NotFound } from '../../common/errors.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { hashPassword } from '../auth/password.js';
import { endSessions } from '../auth/session.js';
import { Department } from '../department/department.entity.js';
import { Person } from './person.entity.js';
import type { CreatePersonArgs, PersonFilter, UpdatePersonArgs } from './person.inputs.js';

const UNIQUES = { person_email_unique: { field: 'email', message: 'email is already used by another person' } };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export class PersonService {
  constructor(private readonly ctx: Context) {}

  private where(filter: PersonFilter = {}): FilterQuery<Person> {
    return allOf<Person>(
      textSearch<Person>(filter.q, ['name', 'email']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.role ? { role: filter.role } : undefined,
      filter.departmentId ? { department: parseId(filter.departmentId, 'filter.departmentId') } : undefined,
      filter.active !== undefined && filter.active !== null ? { active: filter.active } : undefined,
      filter.email ? { email: normaliseEmail(filter.email) } : undefined,
    );
  }

  list(args: ListArgs, filter?: PersonFilter, info?: GraphQLResolveInfo): Promise<Person[]> {
    return findPage(this.ctx, Person, this.where(filter), args, info);
  }

  count(filter?: PersonFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, Person, this.where(filter));
  }

  get(id: string | number, info?: GraphQLResolveInfo): Promise<Person> {
    return info ? findForRead(this.ctx, Person, id, info) : findOrFail(this.ctx.em, Person, id);
  }

  async create(input: CreatePersonArgs): Promise<Person> {
    const { em } = this.ctx;
    const department = input.departmentId ? await findOrFail(em, Department, input.departmentId, { field: 'departmentId' }) : null;
    assertLeadHasDepartment(input.role, department);
    const person = em.create(Person, {
      name: input.name.trim(),
      email: normaliseEmail(input.email),
      role: input.role,
      department,
      active: input.active ?? true,
      passwordHash: input.password ? await hashPassword(input.password) : null,
    } as never);
    await flushChecked(em, UNIQUES);
    return person;
  }

  async update(input: UpdatePersonArgs): Promise<Person> {
    const { em } = this.ctx;
    await lockPeople(em);
    const person = await this.current(input.id);
    assertVersion(em, person, input.version);
    const department = input.departmentId === undefined ? undefined : input.departmentId ? await findOrFail(em, Department, input.departmentId, { field: 'departmentId' }) : null;
    await this.assertRulesHold(person, {
      role: input.role ?? person.role,
      active: input.active ?? person.active,
      departmentId: department === undefined ? (person.department?.id ?? null) : (department?.id ?? null),
    });
    if (input.name !== undefined) person.name = input.name.trim();
    if (input.email !== undefined) person.email = normaliseEmail(input.email);
    if (input.role !== undefined) person.role = input.role;
    // A deactivation or a new password ends the person's open sessions at once.
    if ((input.active === false && person.active) || input.password) await endSessions(em, person.id);
    if (input.active !== undefined) person.active = input.active;
    if (department !== undefined) person.department = department ? em.getReference(Department, department.id, { wrapped: true }) : null;
    assertLeadHasDepartment(person.role, person.department);
    if (input.password) person.passwordHash = await hashPassword(input.password);
    await flushChecked(em, UNIQUES);
    return person;
  }

  async delete(id: string): Promise<Person> {
    const { em } = this.ctx;
    await lockPeople(em);
    const person = await this.current(id);
    if (this.ctx.actor?.kind === 'person' && this.ctx.actor.id === person.id) {
      throw new BadUserInput('id', 'You cannot delete your own account');
    }
    if (isActiveRegie(person)) await this.assertAnotherRegie(person, 'id', 'deleted');
    await assertUnreferenced(em, Person, person.id);
    const snapshot = detachedCopy(person);
    em.remove(person);
    await flushChecked(em);
    return snapshot;
  }

  /** The person as committed now: read past the identity map (the request's own actor is in it since sign-in). */
  private async current(id: string | number): Promise<Person> {
    const person = await this.ctx.em.findOne(Person, { id: parseId(id) }, { refresh: true });
    if (!person) throw new NotFound('Person', id);
    return person;
  }

  /**
   * What a change of role, active flag or department may not break: an active REGIE member
   * remains (without one nobody could manage people, departments and tokens again), and a
   * department's lead stays an active person of it. A lead's move or deactivation is refused
   * rather than clearing the department's lead: the regie team chooses the next lead first.
   */
  private async assertRulesHold(person: Person, next: { role: Role; active: boolean; departmentId: number | null }): Promise<void> {
    if (isActiveRegie(person) && !(next.role === 'REGIE' && next.active)) {
      const demoted = next.role !== 'REGIE';
      await this.assertAnotherRegie(person, demoted ? 'role' : 'active', demoted ? 'demoted' : 'deactivated');
    }
    const deactivated = person.active && !next.active;
    if (!deactivated && next.departmentId === (person.department?.id ?? null)) return;
    const led = await this.ctx.em.find(Department, { lead: person.id }, { orderBy: { id: 'asc' } });
    const left = led.find(department => !next.active || next.departmentId !== department.id);
    if (left) {
      throw new BadUserInput(
        deactivated ? 'active' : 'departmentId',
        `${person.name} leads ${left.name} (${left.code}), and a department's lead is an active person of it: choose another lead for ${left.code} first, or clear its lead`,
      );
    }
  }

  private async assertAnotherRegie(person: Person, field: string, change: 'demoted' | 'deactivated' | 'deleted'): Promise<void> {
    const others = await this.ctx.em.count(Person, { role: 'REGIE', active: true, id: { $ne: person.id } });
    if (others === 0) {
      throw new BadUserInput(field, `${person.name} is the last active REGIE member and cannot be ${change}: nobody would be left to manage people, departments and tokens; make someone else REGIE first`);
    }
  }
}

const isActiveRegie = (person: Person) => person.role === 'REGIE' && person.active;

/** The key of the advisory lock of lockPeople ("people" in ASCII); tests queue calls behind it. */
export const PEOPLE_LOCK = 0x70656f706c65;

/**
 * Every change that can break a rule about people as a whole (an active REGIE member remains; a
 * department's lead is an active person of it) takes this transaction-scoped lock first and reads
 * afterwards, so such changes take turns and each sees what the one before committed: two regie
 * members demoting each other at once cannot both pass. Taken by DepartmentService for leads too.
 */
export async function lockPeople(em: SqlEntityManager): Promise<void> {
  await em.getConnection().execute('select pg_advisory_xact_lock(?)', [PEOPLE_LOCK], 'all', em.getTransactionContext());
}

function assertLeadHasDepartment(role: string, department: unknown): void {
  if (role === 'DEPARTMENT_LEAD' && !department) {
    throw new BadUserInput('departmentId', 'A DEPARTMENT_LEAD needs a department');
  }
}
