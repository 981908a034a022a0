CREATE TABLE "dossier_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" bigint,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"reason" text,
	"items" jsonb
);
--> statement-breakpoint
CREATE TABLE "dossier_files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" bigint NOT NULL,
	"nominee_id" bigint,
	"doc_type" text NOT NULL,
	"filename" text NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"mime" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_nominees" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_nominees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" bigint NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"subject" text NOT NULL,
	"person_id" bigint,
	"unit_id" bigint,
	"household_id" bigint,
	"name" text NOT NULL,
	"award" text NOT NULL,
	"achievement" text,
	"checks" jsonb,
	"check_status" text,
	"checked_at" timestamp with time zone,
	"override_reason" text,
	"override_by" text,
	"override_at" timestamp with time zone,
	"return_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossiers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"proposing_unit_id" bigint NOT NULL,
	"receiving_unit_id" bigint NOT NULL,
	"award_type" text NOT NULL,
	"year" integer NOT NULL,
	"movement" text,
	"note" text,
	"state" text DEFAULT 'draft' NOT NULL,
	"state_since" timestamp with time zone DEFAULT now() NOT NULL,
	"due_step" text,
	"due_date" date,
	"submitted_count" integer DEFAULT 0 NOT NULL,
	"consultation_from" date,
	"consultation_until" date,
	"created_by" bigint,
	"root_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" integer NOT NULL,
	"mime" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_sha256_files_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_proposing_unit_id_units_id_fk" FOREIGN KEY ("proposing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_receiving_unit_id_units_id_fk" FOREIGN KEY ("receiving_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "dossier_events" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "dossier_files_dossier_idx" ON "dossier_files" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_files_nominee_idx" ON "dossier_files" USING btree ("nominee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_nominees_key_uq" ON "dossier_nominees" USING btree ("dossier_id",coalesce("person_id", 0),coalesce("unit_id", 0),coalesce("household_id", 0),"award");--> statement-breakpoint
CREATE INDEX "dossier_nominees_person_idx" ON "dossier_nominees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "dossier_nominees_unit_idx" ON "dossier_nominees" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "dossier_nominees_household_idx" ON "dossier_nominees" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_uq" ON "dossiers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "dossiers_proposing_idx" ON "dossiers" USING btree ("proposing_unit_id","year");--> statement-breakpoint
CREATE INDEX "dossiers_receiving_idx" ON "dossiers" USING btree ("receiving_unit_id","state");--> statement-breakpoint
CREATE INDEX "dossiers_state_idx" ON "dossiers" USING btree ("state","due_date");--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_state_ck" CHECK ("state" IN ('draft', 'submitted', 'received', 'appraising', 'returned', 'consultation', 'council', 'decided', 'forwarded', 'rejected', 'closed'));--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_award_type_ck" CHECK ("award_type" IN ('cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai'));--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_subject_ck" CHECK (
  ("subject" = 'person' AND "person_id" IS NOT NULL AND "unit_id" IS NULL AND "household_id" IS NULL)
  OR ("subject" = 'unit' AND "unit_id" IS NOT NULL AND "person_id" IS NULL AND "household_id" IS NULL)
  OR ("subject" = 'household' AND "household_id" IS NOT NULL AND "person_id" IS NULL AND "unit_id" IS NULL));--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_status_ck" CHECK ("check_status" IS NULL OR "check_status" IN ('ok', 'warning', 'fail'));--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_sha256_ck" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
