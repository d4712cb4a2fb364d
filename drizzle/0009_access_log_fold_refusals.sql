ALTER TABLE `access_log_events` ADD `repeat_count` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `access_log_events` ADD `last_at` integer;--> statement-breakpoint
ALTER TABLE `access_log_events` ADD `fold_day` text;--> statement-breakpoint
CREATE UNIQUE INDEX `access_log_denied_fold_idx` ON `access_log_events` (`citizen_id`,`actor_user_id`,`area`,`fold_day`);--> statement-breakpoint
-- Refusals are folded into one line per person, citizen, area and Danish day (recordAccess does it
-- with one INSERT … ON CONFLICT DO UPDATE). The log stays append-only otherwise: the one UPDATE
-- allowed counts one more refusal on a folded `denied` line and moves its last time forward;
-- every other column must stay exactly as it was.
DROP TRIGGER `access_log_events_no_update`;
--> statement-breakpoint
CREATE TRIGGER `access_log_events_update_only_fold` BEFORE UPDATE ON `access_log_events`
WHEN NOT (
	OLD.`action` = 'denied' AND OLD.`fold_day` IS NOT NULL
	AND NEW.`repeat_count` = OLD.`repeat_count` + 1
	AND NEW.`last_at` IS NOT NULL AND NEW.`last_at` >= COALESCE(OLD.`last_at`, OLD.`at`)
	AND NEW.`id` = OLD.`id`
	AND NEW.`at` = OLD.`at`
	AND NEW.`citizen_id` IS OLD.`citizen_id`
	AND NEW.`actor_user_id` = OLD.`actor_user_id`
	AND NEW.`actor_role` = OLD.`actor_role`
	AND NEW.`action` = OLD.`action`
	AND NEW.`area` IS OLD.`area`
	AND NEW.`object` = OLD.`object`
	AND NEW.`fold_day` = OLD.`fold_day`
)
BEGIN
	SELECT RAISE(ABORT, 'access_log_events is append-only (only a refusal''s count may grow)');
END;
