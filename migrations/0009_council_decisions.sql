CREATE TABLE "ballot_participation" (
	"session_id" bigint NOT NULL,
	"nominee_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	CONSTRAINT "ballot_participation_session_id_nominee_id_member_id_pk" PRIMARY KEY("session_id","nominee_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_tallies" (
	"session_id" bigint NOT NULL,
	"nominee_id" bigint NOT NULL,
	"yes" integer DEFAULT 0 NOT NULL,
	"no" integer DEFAULT 0 NOT NULL,
	"abstain" integer DEFAULT 0 NOT NULL,
	"passed" boolean,
	"rule" text,
	CONSTRAINT "ballot_tallies_session_id_nominee_id_pk" PRIMARY KEY("session_id","nominee_id")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"code" text PRIMARY KEY NOT NULL,
	"award_entry_id" bigint NOT NULL,
	"decision_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_comments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consultation_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" bigint NOT NULL,
	"nominee_id" bigint,
	"author_name" text NOT NULL,
	"contact" text,
	"content" text NOT NULL,
	"source_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"user_id" bigint,
	"person_id" bigint,
	"full_name" text NOT NULL,
	"role" text NOT NULL,
	"member_unit_id" bigint,
	"term_from" date,
	"term_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"state" text DEFAULT 'preparing' NOT NULL,
	"members_total" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" bigint NOT NULL,
	"unit_id" bigint NOT NULL,
	"number" text,
	"decision_date" date,
	"signer_name" text,
	"signer_title" text,
	"signer_authority" text,
	"bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"total" bigint DEFAULT 0 NOT NULL,
	"issued_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_attendance" (
	"session_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"present" boolean NOT NULL,
	"written_opinion" text,
	CONSTRAINT "session_attendance_session_id_member_id_pk" PRIMARY KEY("session_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "session_dossiers" (
	"session_id" bigint NOT NULL,
	"dossier_id" bigint NOT NULL,
	CONSTRAINT "session_dossiers_session_id_dossier_id_pk" PRIMARY KEY("session_id","dossier_id")
);
--> statement-breakpoint
CREATE TABLE "session_recusals" (
	"session_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"nominee_id" bigint NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "session_recusals_session_id_member_id_nominee_id_pk" PRIMARY KEY("session_id","member_id","nominee_id")
);
--> statement-breakpoint
ALTER TABLE "award_entries" ADD COLUMN "decision_id" bigint;--> statement-breakpoint
ALTER TABLE "award_entries" ADD COLUMN "amount" bigint;--> statement-breakpoint
ALTER TABLE "award_entries" ADD COLUMN "revoked_on" date;--> statement-breakpoint
ALTER TABLE "award_entries" ADD COLUMN "revoke_reason" text;--> statement-breakpoint
ALTER TABLE "award_entries" ADD COLUMN "recovered" text;--> statement-breakpoint
ALTER TABLE "ballot_participation" ADD CONSTRAINT "ballot_participation_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_participation" ADD CONSTRAINT "ballot_participation_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_participation" ADD CONSTRAINT "ballot_participation_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_tallies" ADD CONSTRAINT "ballot_tallies_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_tallies" ADD CONSTRAINT "ballot_tallies_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_award_entry_id_award_entries_id_fk" FOREIGN KEY ("award_entry_id") REFERENCES "public"."award_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_member_unit_id_units_id_fk" FOREIGN KEY ("member_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_dossiers" ADD CONSTRAINT "session_dossiers_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_dossiers" ADD CONSTRAINT "session_dossiers_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_recusals" ADD CONSTRAINT "session_recusals_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_recusals" ADD CONSTRAINT "session_recusals_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_recusals" ADD CONSTRAINT "session_recusals_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificates_award_idx" ON "certificates" USING btree ("award_entry_id");--> statement-breakpoint
CREATE INDEX "certificates_decision_idx" ON "certificates" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "consultation_comments_dossier_idx" ON "consultation_comments" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "consultation_comments_source_idx" ON "consultation_comments" USING btree ("source_hash","created_at");--> statement-breakpoint
CREATE INDEX "council_members_unit_idx" ON "council_members" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "council_members_user_idx" ON "council_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_sessions_unit_idx" ON "council_sessions" USING btree ("unit_id","held_on");--> statement-breakpoint
CREATE INDEX "decisions_dossier_idx" ON "decisions" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_unit_number_uq" ON "decisions" USING btree ("unit_id","number") WHERE number IS NOT NULL;--> statement-breakpoint
CREATE INDEX "notifications_unit_idx" ON "notifications" USING btree ("unit_id","created_at");--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_role_ck" CHECK ("role" IN ('chu_tich', 'pho_chu_tich', 'thu_ky', 'uy_vien'));--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_state_ck" CHECK ("state" IN ('preparing', 'voting', 'closed'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_state_ck" CHECK ("state" IN ('draft', 'issued'));--> statement-breakpoint
ALTER TABLE "ballot_tallies" ADD CONSTRAINT "ballot_tallies_counts_ck" CHECK ("yes" >= 0 AND "no" >= 0 AND "abstain" >= 0);--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_code_ck" CHECK ("code" ~ '^[A-Z2-7]{20,40}$');
