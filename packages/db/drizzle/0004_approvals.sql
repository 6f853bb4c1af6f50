CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"request_id" uuid,
	"version_id" uuid,
	"parent_id" uuid,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"reviewer_name" text NOT NULL,
	"decision" text NOT NULL,
	"meaning" text NOT NULL,
	"reason" text,
	"version_content_hash" text NOT NULL,
	"signed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promotion_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"model_id" uuid,
	"target" text NOT NULL,
	"required_approvals" integer NOT NULL,
	"min_reviewer_role" text DEFAULT 'reviewer' NOT NULL,
	"registrant_may_approve" boolean DEFAULT false NOT NULL,
	"expiry_days" integer DEFAULT 14 NOT NULL,
	"gates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"model_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"from_stage" text NOT NULL,
	"to_stage" text NOT NULL,
	"request_id" uuid,
	"rollback" boolean DEFAULT false NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transition_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_stage" text NOT NULL,
	"to_stage" text,
	"alias" text,
	"archive_previous" boolean DEFAULT true NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"via_token_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"policy" jsonb NOT NULL,
	"gate_results" jsonb NOT NULL,
	"premise" jsonb NOT NULL,
	"status_reason" text,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_request_id_transition_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."transition_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_version_id_model_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."model_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_request_id_transition_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."transition_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_policies" ADD CONSTRAINT "promotion_policies_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_policies" ADD CONSTRAINT "promotion_policies_model_id_registered_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."registered_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_policies" ADD CONSTRAINT "promotion_policies_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_model_id_registered_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."registered_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_version_id_model_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."model_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_request_id_transition_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."transition_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_requests" ADD CONSTRAINT "transition_requests_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_requests" ADD CONSTRAINT "transition_requests_model_id_registered_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."registered_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_requests" ADD CONSTRAINT "transition_requests_version_id_model_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."model_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_requests" ADD CONSTRAINT "transition_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_request_idx" ON "comments" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_version_idx" ON "comments" USING btree ("version_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_one_per_reviewer_idx" ON "decisions" USING btree ("request_id","reviewer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "promotion_policies_scope_idx" ON "promotion_policies" USING btree ("team_id",coalesce("model_id", '00000000-0000-0000-0000-000000000000'::uuid),"target");--> statement-breakpoint
CREATE INDEX "stage_transitions_model_seq_idx" ON "stage_transitions" USING btree ("model_id","seq");--> statement-breakpoint
CREATE INDEX "stage_transitions_version_idx" ON "stage_transitions" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "transition_requests_team_status_idx" ON "transition_requests" USING btree ("team_id","status","created_at");--> statement-breakpoint
CREATE INDEX "transition_requests_model_idx" ON "transition_requests" USING btree ("model_id","created_at");--> statement-breakpoint
CREATE INDEX "transition_requests_requester_idx" ON "transition_requests" USING btree ("requested_by","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "transition_requests_one_pending_idx" ON "transition_requests" USING btree ("version_id","kind",coalesce("to_stage", ''),coalesce("alias", '')) WHERE "transition_requests"."status" = 'pending';