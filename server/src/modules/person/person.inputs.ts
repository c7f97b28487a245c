import { IsBoolean, IsEmail, IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ROLES, type Role } from '../../common/auth/permissions.js';
import { Omittable } from '../../common/validation.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/password.js';
import { RoleEnum } from './person.entity.js';
import { VersionedArgs } from '../../common/versioned.args.js';

@InputType({ description: 'Filters of allPeople; all given filters must hold.' })
export class PersonFilter {
  @Field({ nullable: true, description: 'Text found in the name or email.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => RoleEnum, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field({ nullable: true })
  active?: boolean;

  @Field({ nullable: true })
  email?: string;
}

@ArgsType()
export class CreatePersonArgs {
  @Field()
  @Length(1, 120)
  name!: string;

  @Field({ description: 'Unique, case-insensitive.' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for a DEPARTMENT_LEAD.' })
  @IsOptional()
  departmentId?: string | null;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: `Sets the password (${PASSWORD_MIN} to ${PASSWORD_MAX} characters); without one the person cannot sign in yet.` })
  @IsOptional()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  password?: string;
}

@ArgsType()
export class UpdatePersonArgs extends VersionedArgs {
  @Field({ nullable: true })
  @Omittable()
  @Length(1, 120)
  name?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @Field(() => RoleEnum, { nullable: true, description: 'The last active REGIE member cannot be demoted.' })
  @Omittable()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => ID, { nullable: true, description: "A department's lead cannot leave it: choose another lead for it first." })
  @IsOptional()
  departmentId?: string | null;

  @Field({ nullable: true, description: "false: cannot sign in. Refused for the last active REGIE member and for a department's lead." })
  @Omittable()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'A new password; omit to keep the current one.' })
  @IsOptional()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  password?: string;
}
