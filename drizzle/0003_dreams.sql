CREATE TABLE `dreams` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`text` text NOT NULL,
	`life_area` text NOT NULL,
	`visibility` text NOT NULL,
	`talk_at_next_meeting` integer DEFAULT false NOT NULL,
	`written_with_help_by` text,
	`confirmed_at` integer,
	`client_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`written_with_help_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dreams_citizen_idx` ON `dreams` (`citizen_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `dreams_citizen_client_id_unique` ON `dreams` (`citizen_id`,`client_id`);--> statement-breakpoint
CREATE TABLE `dream_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dream_id` text NOT NULL,
	`version` integer NOT NULL,
	`change` text NOT NULL,
	`text` text NOT NULL,
	`life_area` text NOT NULL,
	`visibility` text NOT NULL,
	`talk_at_next_meeting` integer NOT NULL,
	`changed_by` text NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`dream_id`) REFERENCES `dreams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dream_versions_dream_idx` ON `dream_versions` (`dream_id`);