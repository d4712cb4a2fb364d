CREATE TABLE `contact_suggestions` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`from_worker_id` text NOT NULL,
	`suggested_worker_id` text NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`suggested_worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_suggestions_citizen_idx` ON `contact_suggestions` (`citizen_id`);--> statement-breakpoint
CREATE TABLE `contact_wishes` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`written_with_help_by` text,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	`answered_at` integer,
	`answered_by` text,
	`start_date` text,
	`is_over_capacity_confirmed` integer DEFAULT false NOT NULL,
	`decline_reason` text,
	`decline_text` text DEFAULT '' NOT NULL,
	`instead_text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`written_with_help_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_wishes_citizen_idx` ON `contact_wishes` (`citizen_id`);--> statement-breakpoint
CREATE INDEX `contact_wishes_status_idx` ON `contact_wishes` (`status`);--> statement-breakpoint
CREATE TABLE `contact_wish_members` (
	`wish_id` text NOT NULL,
	`role` text NOT NULL,
	`worker_id` text NOT NULL,
	`is_main` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`wish_id`, `role`),
	FOREIGN KEY (`wish_id`) REFERENCES `contact_wishes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `worker_photos` (
	`user_id` text PRIMARY KEY NOT NULL,
	`webp` blob NOT NULL,
	`alt` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `units` ADD `wish_answer_days` integer DEFAULT 14 NOT NULL;