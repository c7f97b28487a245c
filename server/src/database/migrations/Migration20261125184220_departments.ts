import { Migration } from '@mikro-orm/migrations';

export class Migration20261125184220_departments extends Migration {

  override name = 'Migration20261125184220_departments';

  override up(): void | Promise<void> {
    this.addSql(`create table "department" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, "code" varchar(16) not null, "description" text null);`);
    this.addSql(`alter table "department" add constraint "department_code_unique" unique ("code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "department" cascade;`);
  }

}
