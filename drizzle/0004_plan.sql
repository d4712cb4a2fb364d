CREATE TABLE `goals` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`text` text NOT NULL,
	`progress` text DEFAULT 'not_started' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goals_citizen_idx` ON `goals` (`citizen_id`);--> statement-breakpoint
CREATE TABLE `goal_dreams` (
	`goal_id` text NOT NULL,
	`dream_id` text NOT NULL,
	PRIMARY KEY(`goal_id`, `dream_id`),
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dream_id`) REFERENCES `dreams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `goal_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`goal_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text NOT NULL,
	`is_done` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goal_steps_goal_idx` ON `goal_steps` (`goal_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`citizen_id` text PRIMARY KEY NOT NULL,
	`plan_date` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`citizen_id` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`changed_by` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_changes_citizen_idx` ON `plan_changes` (`citizen_id`);