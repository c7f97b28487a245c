import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Department } from '../department/department.entity.js';
import { Person } from '../person/person.entity.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenFilter, IssueApiTokenArgs } from './api-token.inputs.js';
import { ApiTokenService } from './api-token.service.js';

@ObjectType()
class IssuedApiToken {
  @Field({ description: 'The whole secret: shown now and never again. Send it as `Authorization: Bearer <secret>`.' })
  secret!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Allow('manage')
  @Query(() => [ApiToken])
  allApiTokens(@Args() args: ListArgs, @Arg('filter', () => ApiTokenFilter, { nullable: true }) filter: ApiTokenFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new ApiTokenService(ctx).list(args, filter, info);
  }

  @Allow('manage')
  @Query(() => ListMetadata)
  _allApiTokensMeta(@Args() _args: ListArgs, @Arg('filter', () => ApiTokenFilter, { nullable: true }) filter: ApiTokenFilter | undefined, @Ctx() ctx: Context) {
    return new ApiTokenService(ctx).count(filter);
  }

  @Allow('manage')
  @Query(() => ApiToken)
  ApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new ApiTokenService(ctx).get(id, info);
  }

  @Allow('manage')
  @Mutation(() => IssuedApiToken)
  issueApiToken(@Args() input: IssueApiTokenArgs, @Ctx() ctx: Context) {
    return new ApiTokenService(ctx).issue(input);
  }

  @Allow('manage')
  @Mutation(() => ApiToken)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ApiTokenService(ctx).revoke(id);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() token: ApiToken): Promise<Department | null> | null {
    return token.department ? token.department.load() : null;
  }

  @FieldResolver(() => Person)
  createdBy(@Root() token: ApiToken): Promise<Person> {
    return token.createdBy.loadOrFail();
  }
}
