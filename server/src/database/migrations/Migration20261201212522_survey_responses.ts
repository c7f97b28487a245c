import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212522_survey_responses extends Migration {

  override name = 'Migration20261201212522_survey_responses';

  override up(): void | Promise<void> {
    this.addSql(`create table "survey_response" ("id" serial primary key, "score" smallint not null, "journey_id" int not null, "stage_id" int null, "channel_id" int null, "segment_id" int null, "responded_at" timestamptz not null, "comment" text null, "source" varchar(100) not null, "external_id" varchar(200) not null, "respondent_key" varchar(200) null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "survey_response_stage_id_index" on "survey_response" ("stage_id");`);
    this.addSql(`create index "survey_response_channel_id_index" on "survey_response" ("channel_id");`);
    this.addSql(`create index "survey_response_segment_id_index" on "survey_response" ("segment_id");`);
    this.addSql(`create index "survey_response_responded_at_index" on "survey_response" ("responded_at");`);
    this.addSql(`create index "survey_response_journey_id_responded_at_index" on "survey_response" ("journey_id", "responded_at");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_source_external_id_unique" unique ("source", "external_id");`);

    this.addSql(`create table "survey_response_daily" ("journey_id" int not null, "stage_id" int not null, "channel_id" int not null, "segment_id" int not null, "day" date not null, "responses" int not null, "promoters" int not null, "passives" int not null, "detractors" int not null, primary key ("journey_id", "stage_id", "channel_id", "segment_id", "day"));`);
    this.addSql(`create index "survey_response_daily_day_index" on "survey_response_daily" ("day");`);

    this.addSql(`create table "survey_response_monthly" ("journey_id" int not null, "stage_id" int not null, "channel_id" int not null, "segment_id" int not null, "month" date not null, "responses" int not null, "promoters" int not null, "passives" int not null, "detractors" int not null, primary key ("journey_id", "stage_id", "channel_id", "segment_id", "month"));`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_journey_id_foreign" foreign key ("journey_id") references "journey" ("id") on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_stage_id_foreign" foreign key ("stage_id") references "journey_stage" ("id") on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_channel_id_foreign" foreign key ("channel_id") references "channel" ("id") on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_segment_id_foreign" foreign key ("segment_id") references "segment" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "survey_response" cascade;`);
    this.addSql(`drop table if exists "survey_response_daily" cascade;`);
    this.addSql(`drop table if exists "survey_response_monthly" cascade;`);
  }

}
