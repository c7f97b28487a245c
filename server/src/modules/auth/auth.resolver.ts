import { IsNotEmpty, Length, MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './password.js';
import { Person } from '../person/person.entity.js';
import { AuthService } from './auth.service.js';

@ArgsType()
class SignInArgs {
  @Field()
  @IsNotEmpty()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@ArgsType()
class ChangeMyPasswordArgs {
  @Field()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX)
  currentPassword!: string;

  @Field()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `newPassword must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  newPassword!: string;
}

@ObjectType()
class SignInResult {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; expires after a while, then sign in again.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Person)
  person!: Person;
}

@Resolver()
export class AuthResolver {
  @Allow('public')
  @Mutation(() => SignInResult, { description: 'Wrong email and wrong password fail alike; repeated failures are refused for a while.' })
  signIn(@Args() { email, password }: SignInArgs, @Ctx() ctx: Context): Promise<SignInResult> {
    return new AuthService(ctx).signIn(email, password);
  }

  @Allow('self')
  @Query(() => Person, { description: 'The signed-in person.' })
  me(@Ctx() ctx: Context): Promise<Person> {
    return new AuthService(ctx).me();
  }

  @Allow('self')
  @Mutation(() => Person)
  changeMyPassword(@Args() { currentPassword, newPassword }: ChangeMyPasswordArgs, @Ctx() ctx: Context): Promise<Person> {
    return new AuthService(ctx).changePassword(currentPassword, newPassword);
  }
}
