import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005521_sign_in_limits extends Migration {

  override name = 'Migration20261202005521_sign_in_limits';

  override up(): void | Promise<void> {
    this.addSql(`create table "sign_in_attempt" ("key_hash" varchar(64) not null, "level" double precision not null, "last_at" timestamptz not null, primary key ("key_hash"));`);
    this.addSql(`create index "sign_in_attempt_last_at_index" on "sign_in_attempt" ("last_at");`);

    this.addSql(`alter table "person" add "session_version" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);

    this.addSql(`alter table "person" drop column "session_version";`);
  }

}
