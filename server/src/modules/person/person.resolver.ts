import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Department } from '../department/department.entity.js';
import { Person } from './person.entity.js';
import { CreatePersonArgs, PersonFilter, UpdatePersonArgs } from './person.inputs.js';
import { PersonService } from './person.service.js';

@Resolver(() => Person)
export class PersonResolver {
  @Allow('read')
  @Query(() => [Person])
  allPeople(@Args() args: ListArgs, @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new PersonService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allPeopleMeta(@Args() _args: ListArgs, @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined, @Ctx() ctx: Context) {
    return new PersonService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Person)
  Person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new PersonService(ctx).get(id, info);
  }

  @Allow('manage')
  @Mutation(() => Person)
  createPerson(@Args() input: CreatePersonArgs, @Ctx() ctx: Context) {
    return new PersonService(ctx).create(input);
  }

  @Allow('manage')
  @Mutation(() => Person)
  updatePerson(@Args() input: UpdatePersonArgs, @Ctx() ctx: Context) {
    return new PersonService(ctx).update(input);
  }

  @Allow('manage')
  @Mutation(() => Person)
  deletePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new PersonService(ctx).delete(id);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() person: Person): Promise<Department | null> | null {
    return person.department ? person.department.load() : null;
  }
}
