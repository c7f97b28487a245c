import { Migration } from '@mikro-orm/migrations';

export class Migration20261202002745_scoring extends Migration {

  override name = 'Migration20261202002745_scoring';

  override up(): void | Promise<void> {
    this.addSql(`create table "scoring_model" ("id" serial primary key, "version" int not null, "levels" jsonb not null, "gap_weight" double precision not null, "min_responses" int not null, "window_days" int not null, "commercial_weight" double precision not null, "reason" text not null, "created_at" timestamptz not null default now(), "created_by_id" int null, "created_by_name" varchar(254) null);`);
    this.addSql(`alter table "scoring_model" add constraint "scoring_model_version_unique" unique ("version");`);
    // Version 1: the defaults of DESIGN §2.
    this.addSql(`insert into "scoring_model" ("version", "levels", "gap_weight", "min_responses", "window_days", "commercial_weight", "reason", "created_by_name") values (1, '{"MINIMAL": 0.25, "LOW": 0.5, "MEDIUM": 1, "HIGH": 2, "MASSIVE": 3}', 1, 30, 90, 0.5, 'The defaults of the product design', 'Regie');`);

    this.addSql(`create table "stage_window_count" ("stage_id" int not null, "as_of" date not null, "window_days" int not null, "responses" int not null, "promoters" int not null, "detractors" int not null, primary key ("stage_id"));`);

    // Pins now belong to open candidates only, one per rank: earlier pins that break the rule are
    // cleared (the older pin of a shared rank stays), each with a Decision that says so.
    this.addSql(`with cleared as (
      update "initiative" i set "pinned_rank" = null, "pin_reason" = null
      where i."pinned_rank" is not null and (i."status" not in ('UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS')
        or exists (select 1 from "initiative" o where o."pinned_rank" = i."pinned_rank" and o."status" in ('UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS') and o."id" < i."id"))
      returning i."id", (select "pinned_rank" from "initiative" b where b."id" = i."id") as "rank"
    )
    insert into "decision" ("initiative_id", "action", "from_value", "to_value", "reason", "actor_type", "actor_id", "actor_name")
    select "id", 'UNPIN', "rank"::text, null, 'Cleared by the upgrade: a pin belongs to an open candidate, one per rank', 'PERSON', 0, 'Regie' from cleared;`);
    this.addSql(`create unique index "initiative_pinned_rank_unique" on "initiative" ("pinned_rank") where "pinned_rank" is not null;`);

    this.addSql(`alter table "decision" add "priority_score" double precision null, add "model_version" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "scoring_model" cascade;`);
    this.addSql(`drop table if exists "stage_window_count" cascade;`);

    this.addSql(`alter table "decision" drop column "priority_score", drop column "model_version";`);

    this.addSql(`alter table "initiative" drop constraint "initiative_pinned_rank_unique";`);
  }

}
