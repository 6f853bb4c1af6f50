DROP INDEX "metrics_version_kind_key_at_idx";--> statement-breakpoint
CREATE INDEX "metrics_version_kind_key_at_value_idx" ON "metrics" USING btree ("version_id","kind","key","at","value");