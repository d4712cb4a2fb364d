CREATE TABLE `webauthn_challenges` (
	`challenge` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`user_id` text,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `grants` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`areas` text NOT NULL,
	`can_write_input` integer DEFAULT false NOT NULL,
	`ends_on` text,
	`status` text NOT NULL,
	`grantee_user_id` text,
	`suggested_by` text,
	`created_at` integer NOT NULL,
	`accepted_at` integer,
	`revoked_at` integer,
	`last_seen_at` integer,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grantee_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`suggested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grants_citizen_idx` ON `grants` (`citizen_id`);--> statement-breakpoint
CREATE INDEX `grants_grantee_idx` ON `grants` (`grantee_user_id`);--> statement-breakpoint
CREATE TABLE `grant_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`grant_id` text NOT NULL,
	`token_hash` blob NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_invitations_token_hash_unique` ON `grant_invitations` (`token_hash`);--> statement-breakpoint
CREATE TABLE `deletion_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`requested_at` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`handled_by` text,
	`handled_at` integer,
	`answer` text,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `units` ADD `access_log_retention_months` integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE `access_log_events` ADD `area` text;--> statement-breakpoint
-- Only the pruning job deletes from the access log, and only entries older than the unit's retention.
DROP TRIGGER `access_log_events_no_delete`;
--> statement-breakpoint
CREATE TRIGGER `access_log_events_delete_only_expired` BEFORE DELETE ON `access_log_events`
WHEN OLD.`at` >= CAST(strftime('%s', 'now', '-' || COALESCE(
	(SELECT u.`access_log_retention_months` FROM `citizens` c JOIN `units` u ON u.`id` = c.`unit_id` WHERE c.`id` = OLD.`citizen_id`),
	24) || ' months') AS INTEGER) * 1000
BEGIN
	SELECT RAISE(ABORT, 'access_log_events is append-only until the retention period has passed');
END;
