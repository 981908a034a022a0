ALTER TABLE "targets" ADD COLUMN "latest_period" text;--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "latest_value" double precision;