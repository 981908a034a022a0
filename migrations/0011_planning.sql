CREATE TABLE "mail_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mail_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"plan_id" bigint,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"slogan" text,
	"scope" text NOT NULL,
	"launch_level" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"launched_on" date,
	"details" jsonb NOT NULL,
	"dossier_deadline" date,
	"registration_deadline" date,
	"created_by" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plan_id" bigint NOT NULL,
	"title" text NOT NULL,
	"clause" text,
	"quarter" integer,
	"due_on" date NOT NULL,
	"lead_unit_id" bigint NOT NULL,
	"lead_unit_path" "ltree" NOT NULL,
	"coord_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'chua_thuc_hien' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"done_on" date,
	"reminded_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"year" integer NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"issued_on" date,
	"parent_plan_id" bigint,
	"supersedes_id" bigint,
	"revision" integer DEFAULT 1 NOT NULL,
	"content" jsonb NOT NULL,
	"cascade_due" date,
	"cascade_scope" text,
	"created_by" bigint,
	"issued_by" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "registration_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"registration_id" bigint NOT NULL,
	"subject" text NOT NULL,
	"person_id" bigint,
	"subject_unit_id" bigint,
	"name" text NOT NULL,
	"award" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"root_id" bigint,
	"year" integer NOT NULL,
	"movement_id" bigint,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_actuals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "target_actuals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"target_id" bigint NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"note" text,
	"file_sha256" text,
	"file_name" text,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"year" integer NOT NULL,
	"plan_id" bigint,
	"movement_id" bigint,
	"registration_id" bigint,
	"name" text NOT NULL,
	"measure" text NOT NULL,
	"direction" text NOT NULL,
	"baseline" double precision,
	"target" double precision NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"task_id" bigint NOT NULL,
	"note" text NOT NULL,
	"status" text,
	"progress" integer,
	"file_sha256" text,
	"file_name" text,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "movement_id" bigint;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_subject_unit_id_units_id_fk" FOREIGN KEY ("subject_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_actuals" ADD CONSTRAINT "target_actuals_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_actuals" ADD CONSTRAINT "target_actuals_file_sha256_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_actuals" ADD CONSTRAINT "target_actuals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_notes" ADD CONSTRAINT "task_notes_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_notes" ADD CONSTRAINT "task_notes_file_sha256_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_notes" ADD CONSTRAINT "task_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "movements_unit_idx" ON "movements" USING btree ("unit_id","starts_on");--> statement-breakpoint
CREATE INDEX "movements_unit_path_gist" ON "movements" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_idx" ON "plan_tasks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_due_idx" ON "plan_tasks" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "plan_tasks_lead_path_gist" ON "plan_tasks" USING gist ("lead_unit_path");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_number_uq" ON "plans" USING btree ("unit_id","year","number");--> statement-breakpoint
CREATE INDEX "plans_unit_year_idx" ON "plans" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_plan_id");--> statement-breakpoint
CREATE INDEX "plans_unit_path_gist" ON "plans" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "registration_entries_reg_idx" ON "registration_entries" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "registration_entries_person_idx" ON "registration_entries" USING btree ("person_id","award");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_unit_uq" ON "registrations" USING btree ("unit_id","year",coalesce("movement_id", 0));--> statement-breakpoint
CREATE INDEX "registrations_movement_idx" ON "registrations" USING btree ("movement_id");--> statement-breakpoint
CREATE INDEX "registrations_unit_path_gist" ON "registrations" USING gist ("unit_path");--> statement-breakpoint
CREATE UNIQUE INDEX "target_actuals_period_uq" ON "target_actuals" USING btree ("target_id","period");--> statement-breakpoint
CREATE INDEX "targets_movement_idx" ON "targets" USING btree ("movement_id","unit_id");--> statement-breakpoint
CREATE INDEX "targets_plan_idx" ON "targets" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "targets_registration_idx" ON "targets" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "targets_unit_path_gist" ON "targets" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "task_notes_task_idx" ON "task_notes" USING btree ("task_id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_status_ck" CHECK ("status" IN ('draft', 'issued', 'superseded'));--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_cascade_scope_ck" CHECK ("cascade_scope" IS NULL OR "cascade_scope" IN ('children', 'subtree'));--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_quarter_ck" CHECK ("quarter" IS NULL OR "quarter" BETWEEN 1 AND 4);--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_progress_ck" CHECK ("progress" BETWEEN 0 AND 100);--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_kind_ck" CHECK ("kind" IN ('thuong_xuyen', 'theo_dot', 'chuyen_de'));--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_period_ck" CHECK ("ends_on" >= "starts_on");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_status_ck" CHECK ("status" IN ('draft', 'submitted', 'approved', 'returned'));--> statement-breakpoint
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_subject_ck" CHECK ("subject" IN ('ca_nhan', 'tap_the'));--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_direction_ck" CHECK ("direction" IN ('at_least', 'at_most', 'equal', 'reduce_by'));--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_measure_ck" CHECK (length(trim("measure")) > 0);
