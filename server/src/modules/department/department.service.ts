import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { allOf, countAll, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { Department } from './department.entity.js';
import type { CreateDepartmentArgs, DepartmentFilter, UpdateDepartmentArgs } from './department.inputs.js';

const UNIQUES = { department_code_unique: { field: 'code', message: 'code is already used by another department' } };

export class DepartmentService {
  constructor(private readonly ctx: Context) {}

  private where(filter: DepartmentFilter = {}): FilterQuery<Department> {
    return allOf<Department>(
      textSearch<Department>(filter.q, ['name', 'code', 'description']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.code ? { code: normaliseCode(filter.code) } : undefined,
      filter.createdAt_gte ? { createdAt: { $gte: filter.createdAt_gte } } : undefined,
      filter.createdAt_lte ? { createdAt: { $lte: filter.createdAt_lte } } : undefined,
    );
  }

  list(args: ListArgs, filter?: DepartmentFilter): Promise<Department[]> {
    return findPage(this.ctx.em, Department, this.where(filter), args);
  }

  count(filter?: DepartmentFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, Department, this.where(filter));
  }

  get(id: string): Promise<Department> {
    return findOrFail(this.ctx.em, Department, id);
  }

  async create(input: CreateDepartmentArgs): Promise<Department> {
    const { em } = this.ctx;
    const department = em.create(Department, {
      name: input.name.trim(),
      code: normaliseCode(input.code),
      description: input.description ?? null,
    } as never);
    await flushChecked(em, UNIQUES);
    return department;
  }

  async update(input: UpdateDepartmentArgs): Promise<Department> {
    const { em } = this.ctx;
    const department = await this.get(input.id);
    assertVersion(em, department, input.version);
    if (input.name !== undefined) department.name = input.name.trim();
    if (input.code !== undefined) department.code = normaliseCode(input.code);
    if (input.description !== undefined) department.description = input.description;
    await flushChecked(em, UNIQUES);
    return department;
  }

  async delete(id: string): Promise<Department> {
    const { em } = this.ctx;
    const department = await this.get(id);
    await assertUnreferenced(em, Department, department.id, ['DepartmentCapacity.department']);
    const snapshot = { ...department };
    em.remove(department);
    await flushChecked(em);
    return Object.assign(Object.create(Department.prototype) as Department, snapshot);
  }
}

/** Codes are compared case-insensitively by storing them in capitals. */
export const normaliseCode = (code: string): string => code.trim().toUpperCase();
