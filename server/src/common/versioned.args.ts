import { ArgsType, Field, ID, Int } from 'type-graphql';

/** What every change of an existing record names: the record, and the version the caller edited. */
@ArgsType()
export class VersionedArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a stale one is refused with CONFLICT.' })
  version!: number;
}
