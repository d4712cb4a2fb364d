ALTER TABLE `invitations` ADD `not_before` integer;--> statement-breakpoint
ALTER TABLE `invitations` ADD `notice_seen_at` integer;