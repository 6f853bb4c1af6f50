ALTER TABLE "artifacts" ADD COLUMN "scan_verdict" text;--> statement-breakpoint
ALTER TABLE "artifacts" ADD COLUMN "scan_category" text;--> statement-breakpoint
ALTER TABLE "artifacts" ADD COLUMN "scan_result" jsonb;--> statement-breakpoint
ALTER TABLE "artifacts" ADD COLUMN "scanned_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "scan_policy" jsonb;