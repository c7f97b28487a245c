import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Department } from './department.entity.js';
import { CreateDepartmentArgs, DepartmentFilter, UpdateDepartmentArgs } from './department.inputs.js';
import { DepartmentService } from './department.service.js';

@Resolver(() => Department)
export class DepartmentResolver {
  @Allow('read')
  @Query(() => [Department])
  allDepartments(@Args() args: ListArgs, @Arg('filter', () => DepartmentFilter, { nullable: true }) filter: DepartmentFilter | undefined, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).list(args, filter);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allDepartmentsMeta(@Args() _args: ListArgs, @Arg('filter', () => DepartmentFilter, { nullable: true }) filter: DepartmentFilter | undefined, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Department)
  Department(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).get(id);
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
}
