import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { SqlRead } from '../../common/json-read.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Person } from '../person/person.entity.js';
import { DepartmentCapacity } from './department-capacity.entity.js';
import { Department } from './department.entity.js';
import { CreateDepartmentArgs, DepartmentFilter, UpdateDepartmentArgs } from './department.inputs.js';
import { DepartmentService } from './department.service.js';

@Resolver(() => Department)
export class DepartmentResolver {
  @Allow('read')
  @Query(() => [Department])
  allDepartments(@Args() args: ListArgs, @Arg('filter', () => DepartmentFilter, { nullable: true }) filter: DepartmentFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new DepartmentService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allDepartmentsMeta(@Args() _args: ListArgs, @Arg('filter', () => DepartmentFilter, { nullable: true }) filter: DepartmentFilter | undefined, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Department)
  Department(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new DepartmentService(ctx).get(id, info);
  }

  @Allow('manage')
  @Mutation(() => Department)
  createDepartment(@Args() input: CreateDepartmentArgs, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).create(input);
  }

  @Allow('manage')
  @Mutation(() => Department)
  updateDepartment(@Args() input: UpdateDepartmentArgs, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).update(input);
  }

  @Allow('manage')
  @Mutation(() => Department)
  deleteDepartment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).delete(id);
  }

  // Batched per request by MikroORM's dataloader: one query per relation, not per department.

  @FieldResolver(() => Person, { nullable: true })
  lead(@Root() department: Department): Promise<Person | null> | null {
    return department.lead ? department.lead.load() : null;
  }

  @SqlRead({ orderBy: ['quarter'] })
  @FieldResolver(() => [DepartmentCapacity], { description: 'Per quarter, in quarter order.' })
  async capacities(@Root() department: Department): Promise<DepartmentCapacity[]> {
    // Sorted here too: a collection changed during this request is in insertion order.
    return [...(await department.capacities.load()).getItems()].sort((a, b) => a.quarter.localeCompare(b.quarter));
  }
}
