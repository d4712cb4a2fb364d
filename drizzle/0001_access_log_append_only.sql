-- The access log is append-only: the citizen must be able to trust that nothing was removed or changed.
CREATE TRIGGER `access_log_events_no_update` BEFORE UPDATE ON `access_log_events`
BEGIN
	SELECT RAISE(ABORT, 'access_log_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `access_log_events_no_delete` BEFORE DELETE ON `access_log_events`
BEGIN
	SELECT RAISE(ABORT, 'access_log_events is append-only');
END;
