import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Department } from './department.entity.js';
import { CreateDepartmentArgs, DepartmentFilter, UpdateDepartmentArgs } from './department.inputs.js';
import { DepartmentService } from './department.service.js';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department])
  allDepartments(@Args() args: ListArgs, @Arg('filter', () => DepartmentFilter, { nullable: true }) filter: DepartmentFilter | undefined, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).list(args, filter);
  }

  @Query(() => ListMetadata)
  _allDepartmentsMeta(@Args() _args: ListArgs, @Arg('filter', () => DepartmentFilter, { nullable: true }) filter: DepartmentFilter | undefined, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).count(filter);
  }

  @Query(() => Department)
  Department(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).get(id);
  }

  @Mutation(() => Department)
  createDepartment(@Args() input: CreateDepartmentArgs, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).create(input);
  }

  @Mutation(() => Department)
  updateDepartment(@Args() input: UpdateDepartmentArgs, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).update(input);
  }

  @Mutation(() => Department)
  deleteDepartment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new DepartmentService(ctx).delete(id);
  }
}
