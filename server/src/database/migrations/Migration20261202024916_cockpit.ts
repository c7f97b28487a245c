import { Migration } from '@mikro-orm/migrations';

export class Migration20261202024916_cockpit extends Migration {

  override name = 'Migration20261202024916_cockpit';

  override up(): void | Promise<void> {
    this.addSql(`create table "maturity_assessment" ("id" serial primary key, "department_id" int not null, "assessed_at" date not null, "answers" jsonb not null, "journey_insight" double precision not null, "omnichannel" double precision not null, "vision_and_ways_of_working" double precision not null, "governance_and_kpis" double precision not null, "overall" double precision not null, "assessed_by_id" int null, "assessed_by_name" varchar(254) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "maturity_assessment_department_id_assessed_at_index" on "maturity_assessment" ("department_id", "assessed_at");`);

    this.addSql(`alter table "audit_entry" add "actor_email" varchar(254) null;`);

    this.addSql(`alter table "kpi_measurement" add "period_start" date generated always as (make_date(substr(period, 1, 4)::int, case when substr(period, 6, 1) = 'Q' then substr(period, 7, 1)::int * 3 - 2 else substr(period, 6, 2)::int end, 1)) stored not null, add "period_end" date generated always as ((make_date(substr(period, 1, 4)::int, case when substr(period, 6, 1) = 'Q' then substr(period, 7, 1)::int * 3 - 2 else substr(period, 6, 2)::int end, 1) + case when substr(period, 6, 1) = 'Q' then '3 mons'::interval else '1 mon'::interval end)::date - 1) stored not null;`);
    this.addSql(`create index "kpi_measurement_period_start_end_index" on "kpi_measurement" ("period_start", "period_end");`);

    this.addSql(`alter table "decision" add "actor_email" varchar(254) null;`);

    // People are shown by name (DESIGN §1): the actor's name held their email until now. The email
    // moves to actor_email, and the name becomes the person's current one where they still exist
    // (a deleted person keeps the email as their name: it is all the trail knows of them). A
    // refused sign-in's actor is the email that was typed, when it was one.
    for (const table of ['decision', 'audit_entry']) {
      this.addSql(`update "${table}" set "actor_email" = "actor_name" where "actor_type" = 'PERSON';`);
      this.addSql(`update "${table}" t set "actor_name" = p."name" from "person" p where t."actor_type" = 'PERSON' and p."id" = t."actor_id";`);
    }
    this.addSql(`update "audit_entry" set "actor_email" = "actor_name" where "actor_type" = 'ANONYMOUS' and "actor_name" like '%@%';`);

    this.addSql(`alter table "maturity_assessment" add constraint "maturity_assessment_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    for (const table of ['decision', 'audit_entry']) {
      this.addSql(`update "${table}" set "actor_name" = "actor_email" where "actor_type" = 'PERSON' and "actor_email" is not null;`);
    }
    this.addSql(`drop table if exists "maturity_assessment" cascade;`);

    this.addSql(`alter table "audit_entry" drop column "actor_email";`);

    this.addSql(`alter table "decision" drop column "actor_email";`);

    this.addSql(`drop index "kpi_measurement_period_start_end_index";`);
    this.addSql(`alter table "kpi_measurement" drop column "period_start", drop column "period_end";`);
  }

}
