-- The fold trigger of 0009 let through an UPDATE that set fold_day to NULL: a comparison with NULL
-- is NULL, so the whole condition was NULL and the trigger did not fire. Every comparison is now
-- NULL-safe, and an unknown result counts as "refuse".
DROP TRIGGER `access_log_events_update_only_fold`;
--> statement-breakpoint
CREATE TRIGGER `access_log_events_update_only_fold` BEFORE UPDATE ON `access_log_events`
WHEN NOT COALESCE((
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
	AND NEW.`fold_day` IS OLD.`fold_day`
), 0)
BEGIN
	SELECT RAISE(ABORT, 'access_log_events is append-only (only a refusal''s count may grow)');
END;
