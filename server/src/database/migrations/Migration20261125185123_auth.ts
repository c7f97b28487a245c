import { Migration } from '@mikro-orm/migrations';

export class Migration20261125185123_auth extends Migration {

  override name = 'Migration20261125185123_auth';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_type" varchar(16) not null, "actor_id" int not null, "actor_name" varchar(254) not null, "operation" varchar(80) not null, "entity" varchar(80) not null, "entity_id" varchar(40) not null, "action" varchar(8) not null, "changes" jsonb not null);`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_entity_entity_id_index" on "audit_entry" ("entity", "entity_id");`);

    this.addSql(`create table "person" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, "email" varchar(254) not null, "role" text not null, "department_id" int null, "active" boolean not null default true, "password_hash" text null);`);
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, "scopes" text[] not null, "department_id" int null, "created_by_id" int not null, "prefix" varchar(24) not null, "secret_hash" varchar(64) not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);

    this.addSql(`alter table "person" add constraint "person_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete restrict;`);
    this.addSql(`alter table "person" add constraint "person_role_check" check ("role" in ('REGIE', 'DEPARTMENT_LEAD', 'VIEWER'));`);

    this.addSql(`alter table "api_token" add constraint "api_token_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete restrict;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
