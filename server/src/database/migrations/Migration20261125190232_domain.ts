import { Migration } from '@mikro-orm/migrations';

export class Migration20261125190232_domain extends Migration {

  override name = 'Migration20261125190232_domain';

  override up(): void | Promise<void> {
    this.addSql(`create table "channel" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(80) not null, "description" text null);`);
    this.addSql(`create unique index "channel_name_unique" on "channel" (lower("name"));`);

    this.addSql(`create table "journey" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(160) not null, "description" text null, "owner_id" int null, "target_nps" int null, "target_date" date null);`);

    this.addSql(`create table "journey_stage" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "journey_id" int not null, "name" varchar(160) not null, "description" text null, "position" int not null, "importance" smallint not null, "reach" double precision not null, "target_nps" int null);`);
    this.addSql(`create index "journey_stage_journey_id_position_index" on "journey_stage" ("journey_id", "position");`);

    this.addSql(`create table "journey_stage_channel" ("journey_stage_id" int not null, "channel_id" int not null, primary key ("journey_stage_id", "channel_id"));`);

    this.addSql(`create table "kpi" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(160) not null, "description" text null, "unit" varchar(40) not null, "direction" text not null, "target" double precision null, "department_id" int not null);`);
    this.addSql(`create index "kpi_department_id_index" on "kpi" ("department_id");`);

    this.addSql(`create table "kpi_measurement" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kpi_id" int not null, "period" varchar(7) not null, "value" double precision not null, "note" text null);`);
    this.addSql(`alter table "kpi_measurement" add constraint "kpi_measurement_kpi_period_unique" unique ("kpi_id", "period");`);

    this.addSql(`create table "kpi_stage" ("kpi_id" int not null, "journey_stage_id" int not null, primary key ("kpi_id", "journey_stage_id"));`);

    this.addSql(`create table "initiative" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" varchar(200) not null, "description" text null, "department_id" int not null, "owner_id" int null, "pillar" text not null, "status" text not null default 'PROPOSED', "effort" double precision not null, "confidence" double precision not null, "commercial_value" smallint not null default 3, "target_quarter" varchar(7) null, "pinned_rank" int null, "pin_reason" text null, "completed_at" timestamptz null);`);
    this.addSql(`create index "initiative_owner_id_index" on "initiative" ("owner_id");`);
    this.addSql(`create index "initiative_department_id_status_index" on "initiative" ("department_id", "status");`);

    this.addSql(`create table "initiative_contributor" ("initiative_id" int not null, "department_id" int not null, primary key ("initiative_id", "department_id"));`);

    this.addSql(`create table "decision" ("id" serial primary key, "initiative_id" int not null, "action" text not null, "from_value" varchar(40) null, "to_value" varchar(40) null, "reason" text null, "actor_type" varchar(16) not null, "actor_id" int not null, "actor_name" varchar(254) not null, "at" timestamptz not null default now());`);
    this.addSql(`create index "decision_initiative_id_at_index" on "decision" ("initiative_id", "at");`);

    this.addSql(`create table "department_capacity" ("id" serial primary key, "department_id" int not null, "quarter" varchar(7) not null, "person_weeks" double precision not null);`);
    this.addSql(`alter table "department_capacity" add constraint "department_capacity_quarter_unique" unique ("department_id", "quarter");`);

    this.addSql(`create table "segment" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(80) not null, "description" text null, "share" double precision null);`);
    this.addSql(`create unique index "segment_name_unique" on "segment" (lower("name"));`);

    this.addSql(`create table "journey_segment" ("journey_id" int not null, "segment_id" int not null, primary key ("journey_id", "segment_id"));`);

    this.addSql(`create table "stage_impact" ("id" serial primary key, "initiative_id" int not null, "stage_id" int not null, "level" text not null, "rationale" text null);`);
    this.addSql(`create index "stage_impact_stage_id_index" on "stage_impact" ("stage_id");`);
    this.addSql(`alter table "stage_impact" add constraint "stage_impact_initiative_stage_unique" unique ("initiative_id", "stage_id");`);

    this.addSql(`create index "person_department_id_index" on "person" ("department_id");`);

    this.addSql(`alter table "department" add "lead_id" int null;`);
    this.addSql(`alter table "department" add constraint "department_lead_id_foreign" foreign key ("lead_id") references "person" ("id") on delete restrict;`);

    this.addSql(`alter table "journey" add constraint "journey_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on delete restrict;`);

    this.addSql(`alter table "journey_stage" add constraint "journey_stage_journey_id_foreign" foreign key ("journey_id") references "journey" ("id") on delete restrict;`);

    this.addSql(`alter table "journey_stage_channel" add constraint "journey_stage_channel_journey_stage_id_foreign" foreign key ("journey_stage_id") references "journey_stage" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "journey_stage_channel" add constraint "journey_stage_channel_channel_id_foreign" foreign key ("channel_id") references "channel" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "kpi" add constraint "kpi_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete restrict;`);
    this.addSql(`alter table "kpi" add constraint "kpi_direction_check" check ("direction" in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'));`);

    this.addSql(`alter table "kpi_measurement" add constraint "kpi_measurement_kpi_id_foreign" foreign key ("kpi_id") references "kpi" ("id") on delete cascade;`);

    this.addSql(`alter table "kpi_stage" add constraint "kpi_stage_kpi_id_foreign" foreign key ("kpi_id") references "kpi" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "kpi_stage" add constraint "kpi_stage_journey_stage_id_foreign" foreign key ("journey_stage_id") references "journey_stage" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "initiative" add constraint "initiative_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete restrict;`);
    this.addSql(`alter table "initiative" add constraint "initiative_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "initiative" add constraint "initiative_pillar_check" check ("pillar" in ('JOURNEY_INSIGHT', 'OMNICHANNEL', 'VISION_AND_WAYS_OF_WORKING', 'GOVERNANCE_AND_KPIS'));`);
    this.addSql(`alter table "initiative" add constraint "initiative_status_check" check ("status" in ('PROPOSED', 'UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'PARKED'));`);

    this.addSql(`alter table "initiative_contributor" add constraint "initiative_contributor_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "initiative_contributor" add constraint "initiative_contributor_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decision" add constraint "decision_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete restrict;`);
    this.addSql(`alter table "decision" add constraint "decision_action_check" check ("action" in ('SUBMIT', 'WITHDRAW', 'APPROVE', 'REJECT', 'PARK', 'START', 'COMPLETE', 'PIN_RANK', 'UNPIN', 'COMMENT'));`);

    this.addSql(`alter table "department_capacity" add constraint "department_capacity_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete cascade;`);

    this.addSql(`alter table "journey_segment" add constraint "journey_segment_journey_id_foreign" foreign key ("journey_id") references "journey" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "journey_segment" add constraint "journey_segment_segment_id_foreign" foreign key ("segment_id") references "segment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stage_impact" add constraint "stage_impact_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete cascade;`);
    this.addSql(`alter table "stage_impact" add constraint "stage_impact_stage_id_foreign" foreign key ("stage_id") references "journey_stage" ("id") on delete restrict;`);
    this.addSql(`alter table "stage_impact" add constraint "stage_impact_level_check" check ("level" in ('MINIMAL', 'LOW', 'MEDIUM', 'HIGH', 'MASSIVE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "journey_stage_channel" drop constraint "journey_stage_channel_channel_id_foreign";`);
    this.addSql(`alter table "journey_stage" drop constraint "journey_stage_journey_id_foreign";`);
    this.addSql(`alter table "journey_segment" drop constraint "journey_segment_journey_id_foreign";`);
    this.addSql(`alter table "journey_stage_channel" drop constraint "journey_stage_channel_journey_stage_id_foreign";`);
    this.addSql(`alter table "kpi_stage" drop constraint "kpi_stage_journey_stage_id_foreign";`);
    this.addSql(`alter table "stage_impact" drop constraint "stage_impact_stage_id_foreign";`);
    this.addSql(`alter table "kpi_measurement" drop constraint "kpi_measurement_kpi_id_foreign";`);
    this.addSql(`alter table "kpi_stage" drop constraint "kpi_stage_kpi_id_foreign";`);
    this.addSql(`alter table "initiative_contributor" drop constraint "initiative_contributor_initiative_id_foreign";`);
    this.addSql(`alter table "decision" drop constraint "decision_initiative_id_foreign";`);
    this.addSql(`alter table "stage_impact" drop constraint "stage_impact_initiative_id_foreign";`);
    this.addSql(`alter table "journey_segment" drop constraint "journey_segment_segment_id_foreign";`);

    this.addSql(`drop table if exists "channel" cascade;`);
    this.addSql(`drop table if exists "journey" cascade;`);
    this.addSql(`drop table if exists "journey_stage" cascade;`);
    this.addSql(`drop table if exists "journey_stage_channel" cascade;`);
    this.addSql(`drop table if exists "kpi" cascade;`);
    this.addSql(`drop table if exists "kpi_measurement" cascade;`);
    this.addSql(`drop table if exists "kpi_stage" cascade;`);
    this.addSql(`drop table if exists "initiative" cascade;`);
    this.addSql(`drop table if exists "initiative_contributor" cascade;`);
    this.addSql(`drop table if exists "decision" cascade;`);
    this.addSql(`drop table if exists "department_capacity" cascade;`);
    this.addSql(`drop table if exists "segment" cascade;`);
    this.addSql(`drop table if exists "journey_segment" cascade;`);
    this.addSql(`drop table if exists "stage_impact" cascade;`);

    this.addSql(`alter table "department" drop constraint "department_lead_id_foreign";`);

    this.addSql(`alter table "department" drop column "lead_id";`);

    this.addSql(`drop index "person_department_id_index";`);
  }

}
