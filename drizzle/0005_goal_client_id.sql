ALTER TABLE `goals` ADD `client_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `goals_citizen_client_id_unique` ON `goals` (`citizen_id`,`client_id`);