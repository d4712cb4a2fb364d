CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`type` text NOT NULL,
	`starts_at` integer NOT NULL,
	`place` text NOT NULL,
	`citizen_brings` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`summary_at` integer,
	`cancelled_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_citizen_idx` ON `meetings` (`citizen_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `meeting_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_agreements_meeting_idx` ON `meeting_agreements` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text NOT NULL,
	`client_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_notes_meeting_idx` ON `meeting_notes` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_participants` (
	`meeting_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_participants_user_idx` ON `meeting_participants` (`user_id`);--> statement-breakpoint
CREATE TABLE `review_marks` (
	`meeting_id` text NOT NULL,
	`item_key` text NOT NULL,
	`read_by` text NOT NULL,
	`read_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `item_key`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`read_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `units` ADD `contact_phone` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `units` ADD `opening_hours_da` text DEFAULT 'Mandag til torsdag kl. 7–19. Fredag kl. 7–15.' NOT NULL;--> statement-breakpoint
ALTER TABLE `units` ADD `opening_hours_en` text DEFAULT 'Monday to Thursday 7–19. Friday 7–15.' NOT NULL;--> statement-breakpoint
ALTER TABLE `units` ADD `out_of_hours_da` text DEFAULT 'Har du brug for hjælp nu, og er det uden for tiden? Ring til Psykiatrisk Akutmodtagelse. Er det livsfarligt, så ring 112.' NOT NULL;--> statement-breakpoint
ALTER TABLE `units` ADD `out_of_hours_en` text DEFAULT 'Do you need help now, outside these hours? Call the psychiatric emergency service. If life is in danger, call 112.' NOT NULL;