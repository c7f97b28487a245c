import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { BadUserInput } from '../../common/errors.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { hashPassword } from '../auth/password.js';
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
    const person = await this.get(input.id);
    assertVersion(em, person, input.version);
    if (input.name !== undefined) person.name = input.name.trim();
    if (input.email !== undefined) person.email = normaliseEmail(input.email);
    if (input.role !== undefined) person.role = input.role;
    if (input.active !== undefined) person.active = input.active;
    if (input.departmentId !== undefined) {
      person.department = input.departmentId ? em.getReference(Department, (await findOrFail(em, Department, input.departmentId, { field: 'departmentId' })).id, { wrapped: true }) : null;
    }
    assertLeadHasDepartment(person.role, person.department);
    if (input.password) person.passwordHash = await hashPassword(input.password);
    await flushChecked(em, UNIQUES);
    return person;
  }

  async delete(id: string): Promise<Person> {
    const { em } = this.ctx;
    const person = await this.get(id);
    if (this.ctx.actor?.kind === 'person' && this.ctx.actor.id === person.id) {
      throw new BadUserInput('id', 'You cannot delete your own account');
    }
    await assertUnreferenced(em, Person, person.id);
    const snapshot = detachedCopy(person);
    em.remove(person);
    await flushChecked(em);
    return snapshot;
  }
}

function assertLeadHasDepartment(role: string, department: unknown): void {
  if (role === 'DEPARTMENT_LEAD' && !department) {
    throw new BadUserInput('departmentId', 'A DEPARTMENT_LEAD needs a department');
  }
}
