CREATE TABLE "award_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint,
	"unit_id" bigint,
	"household_id" bigint,
	"award" text NOT NULL,
	"year" integer NOT NULL,
	"decision_no" text NOT NULL,
	"decision_date" date,
	"decider" text,
	"source" text DEFAULT 'decision' NOT NULL,
	"note" text,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discipline_records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "discipline_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"level" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"decision_no" text,
	"decision_date" date,
	"note" text,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "initiatives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"authors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"year" integer NOT NULL,
	"scope" text NOT NULL,
	"recognized_by" text,
	"decision_no" text,
	"decision_date" date,
	"unit_id" bigint NOT NULL,
	"used_for_award" text,
	"used_for_year" integer,
	"note" text,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pending_matters" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pending_matters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint,
	"unit_id" bigint,
	"kind" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"note" text,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint,
	"unit_id" bigint,
	"year" integer NOT NULL,
	"rating" text NOT NULL,
	"note" text,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_projects" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "research_projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"authors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"year" integer NOT NULL,
	"scope" text NOT NULL,
	"accepted_by" text,
	"decision_no" text,
	"decision_date" date,
	"unit_id" bigint NOT NULL,
	"note" text,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "award_entries" ADD CONSTRAINT "award_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_entries" ADD CONSTRAINT "award_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_entries" ADD CONSTRAINT "award_entries_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_records" ADD CONSTRAINT "discipline_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_matters" ADD CONSTRAINT "pending_matters_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_matters" ADD CONSTRAINT "pending_matters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_projects" ADD CONSTRAINT "research_projects_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "award_entries_key_uq" ON "award_entries" USING btree (coalesce("person_id", 0),coalesce("unit_id", 0),coalesce("household_id", 0),"award","year","decision_no");--> statement-breakpoint
CREATE INDEX "award_entries_person_idx" ON "award_entries" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "award_entries_unit_idx" ON "award_entries" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "award_entries_household_idx" ON "award_entries" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "award_entries_award_year_idx" ON "award_entries" USING btree ("award","year");--> statement-breakpoint
CREATE INDEX "award_entries_unit_path_gist" ON "award_entries" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "discipline_person_idx" ON "discipline_records" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "discipline_unit_path_gist" ON "discipline_records" USING gist ("unit_path");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_key_uq" ON "initiatives" USING btree ("title","year","unit_id");--> statement-breakpoint
CREATE INDEX "initiatives_authors_gin" ON "initiatives" USING gin ("authors" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "initiatives_unit_path_gist" ON "initiatives" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "pending_person_idx" ON "pending_matters" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "pending_unit_idx" ON "pending_matters" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "pending_unit_path_gist" ON "pending_matters" USING gist ("unit_path");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_person_year_uq" ON "ratings" USING btree ("person_id","year") WHERE person_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_unit_year_uq" ON "ratings" USING btree ("unit_id","year") WHERE person_id IS NULL;--> statement-breakpoint
CREATE INDEX "ratings_unit_path_gist" ON "ratings" USING gist ("unit_path");--> statement-breakpoint
CREATE UNIQUE INDEX "research_key_uq" ON "research_projects" USING btree ("title","year","unit_id");--> statement-breakpoint
CREATE INDEX "research_authors_gin" ON "research_projects" USING gin ("authors" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "research_unit_path_gist" ON "research_projects" USING gist ("unit_path");