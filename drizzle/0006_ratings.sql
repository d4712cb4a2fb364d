CREATE TABLE `question_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`name` text NOT NULL,
	`is_active` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `question_sets_unit_idx` ON `question_sets` (`unit_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `question_sets_one_active` ON `question_sets` (`unit_id`) WHERE "question_sets"."is_active" = 1;--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`set_id` text NOT NULL,
	`visit_id` text,
	`comment` text DEFAULT '' NOT NULL,
	`score` real,
	`is_low` integer NOT NULL,
	`is_falling` integer NOT NULL,
	`client_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_id`) REFERENCES `question_sets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ratings_citizen_idx` ON `ratings` (`citizen_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_citizen_client_id_unique` ON `ratings` (`citizen_id`,`client_id`);--> statement-breakpoint
CREATE TABLE `rating_answers` (
	`rating_id` text NOT NULL,
	`question_id` text NOT NULL,
	`score` real NOT NULL,
	PRIMARY KEY(`rating_id`, `question_id`),
	FOREIGN KEY (`rating_id`) REFERENCES `ratings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`question_id`) REFERENCES `rating_questions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rating_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`set_id` text NOT NULL,
	`position` integer NOT NULL,
	`text_da` text NOT NULL,
	`text_en` text DEFAULT '' NOT NULL,
	`retired_at` integer,
	FOREIGN KEY (`set_id`) REFERENCES `question_sets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rating_questions_set_idx` ON `rating_questions` (`set_id`);--> statement-breakpoint
CREATE TABLE `rating_subjects` (
	`rating_id` text NOT NULL,
	`worker_id` text NOT NULL,
	PRIMARY KEY(`rating_id`, `worker_id`),
	FOREIGN KEY (`rating_id`) REFERENCES `ratings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rating_subjects_worker_idx` ON `rating_subjects` (`worker_id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`worker_id` text NOT NULL,
	`done_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visits_citizen_idx` ON `visits` (`citizen_id`,`done_at`);--> statement-breakpoint
ALTER TABLE `citizens` ADD `rating_prompt_dismissed_at` integer;