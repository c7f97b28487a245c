import type { GraphQLResolveInfo } from 'graphql';
import { ref, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { BadUserInput } from '../../common/errors.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { Person } from '../person/person.entity.js';
import { lockPeople } from '../person/person.service.js';
import { DepartmentCapacity } from './department-capacity.entity.js';
import { Department } from './department.entity.js';
import type { CapacityInput, CreateDepartmentArgs, DepartmentFilter, UpdateDepartmentArgs } from './department.inputs.js';

const UNIQUES = { department_code_unique: { field: 'code', message: 'code is already used by another department' } };

export class DepartmentService {
  constructor(private readonly ctx: Context) {}

  private where(filter: DepartmentFilter = {}): FilterQuery<Department> {
    return allOf<Department>(
      textSearch<Department>(filter.q, ['name', 'code', 'description']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.code ? { code: normaliseCode(filter.code) } : undefined,
      filter.leadId ? { lead: parseId(filter.leadId, 'filter.leadId') } : undefined,
      filter.createdAt_gte ? { createdAt: { $gte: filter.createdAt_gte } } : undefined,
      filter.createdAt_lte ? { createdAt: { $lte: filter.createdAt_lte } } : undefined,
    );
  }

  list(args: ListArgs, filter?: DepartmentFilter, info?: GraphQLResolveInfo): Promise<Department[]> {
    return findPage(this.ctx, Department, this.where(filter), args, info);
  }

  count(filter?: DepartmentFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, Department, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<Department> {
    return info ? findForRead(this.ctx, Department, id, info) : findOrFail(this.ctx.em, Department, id);
  }

  async create(input: CreateDepartmentArgs): Promise<Department> {
    const { em } = this.ctx;
    // Persisted only after the lead's queries: MikroORM flushes pending inserts before a query,
    // and there a code already in use escaped flushChecked as an internal error.
    const department = em.create(
      Department,
      {
        name: input.name.trim(),
        code: normaliseCode(input.code),
        description: input.description ?? null,
        lead: null,
      } as never,
      { persist: false },
    );
    if (input.leadId) department.lead = ref(await this.leadOf(department, input.leadId));
    em.persist(department);
    await flushChecked(em, UNIQUES);
    return department;
  }

  async update(input: UpdateDepartmentArgs): Promise<Department> {
    const { em } = this.ctx;
    const department = await this.get(input.id);
    assertVersion(em, department, input.version);
    // An unchanged lead is left as it is (the admin sends it back with every edit).
    const changesLead = input.leadId !== undefined && (input.leadId ? parseId(input.leadId, 'leadId') : null) !== (department.lead?.id ?? null);
    const lead = changesLead && input.leadId ? await this.leadOf(department, input.leadId) : null;
    if (input.capacities !== undefined) await this.replaceCapacities(department, input.capacities ?? []);
    if (input.name !== undefined) department.name = input.name.trim();
    if (input.code !== undefined) department.code = normaliseCode(input.code);
    if (input.description !== undefined) department.description = input.description;
    if (changesLead) department.lead = lead ? ref(lead) : null;
    await flushChecked(em, UNIQUES);
    return department;
  }

  async delete(id: string): Promise<Department> {
    const { em } = this.ctx;
    const department = await this.get(id);
    await assertUnreferenced(em, Department, department.id, ['DepartmentCapacity.department']);
    const snapshot = detachedCopy(department);
    em.remove(department);
    await flushChecked(em);
    return snapshot;
  }

  /**
   * The person `leadId` names, as the lead of `department`: an active person of it, or one without
   * a department, who then joins it (nobody belongs to a department being created). Read after the
   * people lock, so that a concurrent move or deactivation of that person, which PersonService
   * refuses for a lead, is either seen here or sees this lead.
   */
  private async leadOf(department: Department, leadId: string): Promise<Person> {
    const { em } = this.ctx;
    await lockPeople(em);
    const person = await em.findOne(Person, { id: parseId(leadId, 'leadId') }, { refresh: true });
    if (!person) throw new BadUserInput('leadId', `leadId: Person ${leadId} does not exist`);
    if (!person.active) throw new BadUserInput('leadId', `${person.name} is inactive: a department's lead is an active person of it`);
    if (!person.department) {
      person.department = ref(department);
    } else if (person.department.id !== department.id) {
      const other = await person.department.loadOrFail();
      throw new BadUserInput('leadId', `${person.name} belongs to ${other.name} (${other.code}), and a department's lead is a person of it: move them first, or choose someone of this department or without one`);
    }
    return person;
  }

  /**
   * Makes the department's capacity exactly `capacities`, row by row: a quarter that stays keeps
   * its row (a delete and insert of the same quarter in one flush would hit the unique
   * constraint, as inserts run first). Capacity is part of the department, so a change bumps
   * its version (by touching updatedAt) and a concurrent edit is refused as CONFLICT.
   */
  private async replaceCapacities(department: Department, capacities: readonly CapacityInput[]): Promise<void> {
    const wanted = new Map(capacities.map(c => [c.quarter, c.personWeeks]));
    let changed = false;
    for (const capacity of (await department.capacities.load()).getItems()) {
      const personWeeks = wanted.get(capacity.quarter);
      wanted.delete(capacity.quarter);
      if (personWeeks === undefined) {
        department.capacities.remove(capacity); // orphanRemoval deletes the row
        changed = true;
      } else if (capacity.personWeeks !== personWeeks) {
        capacity.personWeeks = personWeeks;
        changed = true;
      }
    }
    for (const [quarter, personWeeks] of wanted) {
      department.capacities.add(this.ctx.em.create(DepartmentCapacity, { department, quarter, personWeeks } as never));
      changed = true;
    }
    if (changed) department.updatedAt = new Date();
  }
}

/** Codes are compared case-insensitively by storing them in capitals. */
export const normaliseCode = (code: string): string => code.trim().toUpperCase();
