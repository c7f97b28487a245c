import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsIn, IsOptional, Length, MinDate } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { SCOPES, type Scope } from '../../common/auth/permissions.js';

@InputType({ description: 'Filters of allApiTokens.' })
export class ApiTokenFilter {
  @Field({ nullable: true, description: 'Text found in the name.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field({ nullable: true, description: 'true: only revoked tokens; false: only tokens in force.' })
  revoked?: boolean;
}

@ArgsType()
export class IssueApiTokenArgs {
  @Field()
  @Length(1, 120)
  name!: string;

  @Field(() => [String], { description: `Any of ${SCOPES.join(', ')}.` })
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayMaxSize(SCOPES.length)
  @ArrayUnique()
  @IsIn(SCOPES, { each: true, message: `scopes must be among ${SCOPES.join(', ')}` })
  scopes!: Scope[];

  @Field(() => ID, { nullable: true, description: 'Bind the token to one department; required with initiatives:write (the token acts for that department only).' })
  @IsOptional()
  departmentId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token stops working; never when omitted.' })
  @IsOptional()
  @IsDate()
  @MinDate(() => new Date(), { message: 'expiresAt must be in the future' })
  expiresAt?: Date | null;
}
