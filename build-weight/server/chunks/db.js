import { t as __exportAll } from "./rolldown-runtime.js";
import { n as legalBases, t as hoursBands } from "./citizen-options.js";
import { r as lifeAreas, t as dreamVisibilities } from "./dream-options.js";
import { n as stepOwners, t as progressSteps } from "./plan-options.js";
import { t as declineReasons } from "./wish-options.js";
import { n as meetingTypes } from "./meeting-options.js";
import { sql } from "drizzle-orm";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
// src/lib/server/config.ts
/** Settings read from the environment when the server starts. The README lists them. */
var config = {
	/** `file:` for the embedded database, or `libsql://` / `http(s)://` for a libSQL server. */
	databaseUrl: process.env.DATABASE_URL || "file:data/samklang.db",
	databaseAuthToken: process.env.DATABASE_AUTH_TOKEN || void 0,
	/** Demo data (with a published password) only when asked for: SAMKLANG_DEMO=1 (`npm run demo`). */
	seedDemoData: process.env.SAMKLANG_DEMO === "1",
	/** Where the generated SQL migrations are; the server runs from the repository root. */
	migrationsFolder: process.env.SAMKLANG_MIGRATIONS || "drizzle"
};
// src/lib/server/db/schema/units.ts
/** A tilbud / ordning: every citizen, worker and leader belongs to exactly one unit. */
var unit = sqliteTable("units", {
	id: text("id").primaryKey(),
	name: text("name").notNull(),
	/** Days with the temporary kontaktperson before the citizen may choose (DESIGN.md §2.4). */
	choicePeriodDays: integer("choice_period_days").notNull().default(91),
	/** Days the leader has to answer a kontaktperson wish before it is flagged. */
	wishAnswerDays: integer("wish_answer_days").notNull().default(14),
	/**
	* Months the access log is kept; older entries are pruned. 24 as sundhed.dk's "Min log",
	* but the municipality must set it after its own assessment.
	*/
	accessLogRetentionMonths: integer("access_log_retention_months").notNull().default(24),
	/** The Kontakt page: how to reach the kontaktperson, when, and what to do outside those hours. */
	contactPhone: text("contact_phone").notNull().default(""),
	openingHoursDa: text("opening_hours_da").notNull().default("Mandag til torsdag kl. 7–19. Fredag kl. 7–15."),
	openingHoursEn: text("opening_hours_en").notNull().default("Monday to Thursday 7–19. Friday 7–15."),
	outOfHoursDa: text("out_of_hours_da").notNull().default("Har du brug for hjælp nu, og er det uden for tiden? Ring til Psykiatrisk Akutmodtagelse. Er det livsfarligt, så ring 112."),
	outOfHoursEn: text("out_of_hours_en").notNull().default("Do you need help now, outside these hours? Call the psychiatric emergency service. If life is in danger, call 112."),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
});
// src/lib/server/db/schema/users.ts
var roles = [
	"citizen",
	"relative",
	"guide",
	"worker",
	"leader"
];
var staffRoles = ["worker", "leader"];
/** Everyone who can log in. Relatives and guides belong to no unit: they reach citizens through grants. */
var user = sqliteTable("users", {
	id: text("id").primaryKey(),
	role: text("role", { enum: roles }).notNull(),
	/** Lower-case name typed at log-in; null until a citizen has activated their account. */
	loginName: text("login_name"),
	displayName: text("display_name").notNull(),
	unitId: text("unit_id").references(() => unit.id),
	isActive: integer("is_active", { mode: "boolean" }).notNull().default(true),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [uniqueIndex("users_login_name_unique").on(table.loginName)]);
// src/lib/server/db/schema/citizens.ts
var citizenStatuses = ["active", "ended"];
/** A borger receiving support in a unit. The person behind it logs in as the linked user. */
var citizen = sqliteTable("citizens", {
	id: text("id").primaryKey(),
	userId: text("user_id").notNull().unique().references(() => user.id),
	unitId: text("unit_id").notNull().references(() => unit.id),
	hoursBand: text("hours_band", { enum: hoursBands }).notNull(),
	legalBasis: text("legal_basis", { enum: legalBases }).notNull(),
	/** ISO date (YYYY-MM-DD) the support started. */
	startDate: text("start_date").notNull(),
	status: text("status", { enum: citizenStatuses }).notNull().default("active"),
	/** When the citizen last said "Ikke nu" to "Hvordan gik det?": no new prompt for a week. */
	ratingPromptDismissedAt: integer("rating_prompt_dismissed_at", { mode: "timestamp_ms" }),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("citizens_unit_idx").on(table.unitId)]);
// src/lib/server/db/schema/staff.ts
/** What the citizen sees of a worker in "Mød medarbejderne", and the worker's capacity. */
var workerProfile = sqliteTable("worker_profiles", {
	userId: text("user_id").primaryKey().references(() => user.id),
	goodAt: text("good_at").notNull().default(""),
	interests: text("interests").notNull().default(""),
	languages: text("languages").notNull().default(""),
	workDays: text("work_days").notNull().default(""),
	background: text("background").notNull().default(""),
	/** Maximum number of citizens, set by the leader. */
	capacity: integer("capacity").notNull().default(10)
});
/** contact = the one kontaktperson; practical/personal/plan = team roles; member = a fourth team member; cover = registered cover. */
var assignmentRoles = [
	"contact",
	"practical",
	"personal",
	"plan",
	"member",
	"cover"
];
/** Who supports a citizen, from when to when. Rows are never deleted: ending one sets `toDate`. */
var contactAssignment = sqliteTable("contact_assignments", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	workerId: text("worker_id").notNull().references(() => user.id),
	role: text("role", { enum: assignmentRoles }).notNull(),
	isMain: integer("is_main", { mode: "boolean" }).notNull().default(true),
	isTemporary: integer("is_temporary", { mode: "boolean" }).notNull().default(false),
	/** ISO dates; `toDate` null means the assignment is ongoing. */
	fromDate: text("from_date").notNull(),
	toDate: text("to_date")
}, (table) => [index("assignments_citizen_idx").on(table.citizenId), index("assignments_worker_idx").on(table.workerId)]);
// src/lib/server/db/schema/auth.ts
/** Server-side sessions. The cookie holds `id.secret`; only a SHA-256 hash of the secret is stored. */
var session = sqliteTable("sessions", {
	id: text("id").primaryKey(),
	userId: text("user_id").notNull().references(() => user.id),
	secretHash: blob("secret_hash", { mode: "buffer" }).notNull(),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
	lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }).notNull(),
	userAgent: text("user_agent").notNull().default(""),
	/**
	* Set when the session was ended for a reason the person should be told at their next visit
	* (`access-ended`: the last citizen who invited them removed them). Such a session logs no one
	* in; it is deleted the first time its cookie comes back.
	*/
	endedBecause: text("ended_because", { enum: ["access-ended"] })
}, (table) => [index("sessions_user_idx").on(table.userId)]);
var credentialKinds = ["password", "passkey"];
/**
* How a person proves who they are: a password hash, or (from the trust-core issue) a passkey.
* One table for both, so a person can have several and the log-in page can offer either.
*/
var credential = sqliteTable("credentials", {
	id: text("id").primaryKey(),
	userId: text("user_id").notNull().references(() => user.id),
	kind: text("kind", { enum: credentialKinds }).notNull(),
	/** argon2id hash; only for kind = password. */
	passwordHash: text("password_hash"),
	/** WebAuthn credential id, public key and counter; only for kind = passkey. */
	passkeyId: blob("passkey_id", { mode: "buffer" }).unique(),
	publicKey: blob("public_key", { mode: "buffer" }),
	signCount: integer("sign_count"),
	transports: text("transports"),
	/** The name the person gave a passkey ("Min telefon"). */
	name: text("name"),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
	lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" })
}, (table) => [index("credentials_user_idx").on(table.userId)]);
/** Every log-in attempt, kept for rate limiting and for the security log. */
var loginAttempt = sqliteTable("login_attempts", {
	id: integer("id").primaryKey({ autoIncrement: true }),
	/** What was limited: `login-account:<name>`, `login-address:<ip>`, `activate-address:<ip>`. */
	key: text("key").notNull(),
	at: integer("at", { mode: "timestamp_ms" }).notNull(),
	isSuccess: integer("is_success", { mode: "boolean" }).notNull()
}, (table) => [index("login_attempts_key_at_idx").on(table.key, table.at)]);
/** A WebAuthn challenge: random, short-lived and usable once, kept in the database so any app process can check it. */
var webauthnChallenge = sqliteTable("webauthn_challenges", {
	/** The challenge itself, base64url, as the browser echoes it in clientDataJSON. */
	challenge: text("challenge").primaryKey(),
	purpose: text("purpose", { enum: ["register", "login"] }).notNull(),
	/** Who is registering a passkey; null for log-in, where the passkey tells who it is. */
	userId: text("user_id").references(() => user.id),
	expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull()
});
// src/lib/server/db/schema/invitations.ts
/**
* `citizen_activation`: the first code, for an account that has never been activated.
* `citizen_reset`: a leader's reset of an activated citizen's access, printed on a letter.
*/
var invitationKinds = ["citizen_activation", "citizen_reset"];
/** A one-time code. Only a hash of the code is stored, so a database copy cannot be used to log in. */
var invitation = sqliteTable("invitations", {
	id: text("id").primaryKey(),
	kind: text("kind", { enum: invitationKinds }).notNull(),
	codeHash: blob("code_hash", { mode: "buffer" }).notNull().unique(),
	/** The account the code activates. */
	userId: text("user_id").notNull().references(() => user.id),
	createdBy: text("created_by").references(() => user.id),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
	expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
	usedAt: integer("used_at", { mode: "timestamp_ms" }),
	/** A reset code works only from this moment, so nobody who made it can use it at once. */
	notBefore: integer("not_before", { mode: "timestamp_ms" }),
	/** When the citizen said they had read "… nulstillede din adgang" on Min side. */
	noticeSeenAt: integer("notice_seen_at", { mode: "timestamp_ms" })
}, (table) => [index("invitations_user_idx").on(table.userId)]);
// src/lib/server/db/schema/access-log.ts
/** `denied` is an attempt that was refused (answered 404). `write` is kept for entries made before create/update/delete. */
var accessActions = [
	"read",
	"create",
	"update",
	"delete",
	"export",
	"denied",
	"write"
];
/**
* Append-only record of every read or write of a citizen's data by someone else, and of refused
* attempts. Triggers in the migrations refuse UPDATE (except counting one more refusal on a folded
* `denied` line), and DELETE of entries younger than the unit's retention period (only the pruning
* job deletes).
*/
var accessLogEvent = sqliteTable("access_log_events", {
	id: integer("id").primaryKey({ autoIncrement: true }),
	at: integer("at", { mode: "timestamp_ms" }).notNull(),
	citizenId: text("citizen_id").references(() => citizen.id),
	actorUserId: text("actor_user_id").notNull(),
	actorRole: text("actor_role", { enum: roles }).notNull(),
	action: text("action", { enum: accessActions }).notNull(),
	/** The area of the citizen's data (`dreams`, `plan`, … see citizenAreas), when there is one. */
	area: text("area"),
	/** What was touched within the area, e.g. `caseload`, `activation-code`, a dream's id. */
	object: text("object").notNull(),
	/** How many refusals this line stands for: repeated `denied` entries of one day are folded into one line. */
	repeatCount: integer("repeat_count").notNull().default(1),
	/** The newest refusal folded into this line (`at` is the first); null on entries made before folding. */
	lastAt: integer("last_at", { mode: "timestamp_ms" }),
	/**
	* Set on `denied` entries only: the Danish calendar day (YYYY-MM-DD) of the first refusal. With the
	* unique index below it makes one line per person, citizen, area and day; null never collides.
	*/
	foldDay: text("fold_day")
}, (table) => [index("access_log_citizen_at_idx").on(table.citizenId, table.at), uniqueIndex("access_log_denied_fold_idx").on(table.citizenId, table.actorUserId, table.area, table.foldDay)]);
// src/lib/server/db/schema/grants.ts
var helperKinds = ["relative", "guide"];
/**
* suggested: staff proposed a guide, waiting for the citizen; invited: link made, not yet used;
* active: the helper has access; revoked: the citizen removed them (or said no to a suggestion).
*/
var grantStatuses = [
	"suggested",
	"invited",
	"active",
	"revoked"
];
/** What a citizen lets one relative or guide see and do. Areas are data, so new areas need no new columns. */
var grant = sqliteTable("grants", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	kind: text("kind", { enum: helperKinds }).notNull(),
	/** The name the citizen (or staff, for a suggestion) gave the helper. */
	name: text("name").notNull(),
	/** JSON array of area keys, e.g. ["dreams","meetings"]. */
	areas: text("areas", { mode: "json" }).$type().notNull(),
	/** May add their own input before meetings. */
	canWriteInput: integer("can_write_input", { mode: "boolean" }).notNull().default(false),
	/** Last day of access (ISO date); null = until removed. Guides default to 30 days. */
	endsOn: text("ends_on"),
	status: text("status", { enum: grantStatuses }).notNull(),
	/** The helper's account, once they accepted the invitation. */
	granteeUserId: text("grantee_user_id").references(() => user.id),
	suggestedBy: text("suggested_by").references(() => user.id),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
	acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
	revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
	/** When the helper last looked at the citizen's data. */
	lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" })
}, (table) => [index("grants_citizen_idx").on(table.citizenId), index("grants_grantee_idx").on(table.granteeUserId)]);
/** The one-time link that lets a helper accept a grant. Only a hash of its token is stored. */
var grantInvitation = sqliteTable("grant_invitations", {
	id: text("id").primaryKey(),
	grantId: text("grant_id").notNull().references(() => grant.id),
	tokenHash: blob("token_hash", { mode: "buffer" }).notNull().unique(),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
	expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
	usedAt: integer("used_at", { mode: "timestamp_ms" })
});
// src/lib/server/db/schema/data-requests.ts
/** A citizen's request to have their data deleted; the leader completes it or explains why not. */
var deletionRequest = sqliteTable("deletion_requests", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	/** The citizen's own words, optional. */
	message: text("message").notNull().default(""),
	requestedAt: integer("requested_at", { mode: "timestamp_ms" }).notNull(),
	status: text("status", { enum: [
		"open",
		"completed",
		"declined"
	] }).notNull().default("open"),
	handledBy: text("handled_by").references(() => user.id),
	handledAt: integer("handled_at", { mode: "timestamp_ms" }),
	/** The leader's answer in plain words, shown to the citizen. */
	answer: text("answer")
});
// src/lib/server/db/schema/dreams.ts
/** An ønske, håb or drøm in the citizen's own words. Deleting sets `deletedAt`, so it can be undone. */
var dream = sqliteTable("dreams", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	text: text("text").notNull(),
	lifeArea: text("life_area", { enum: lifeAreas }).notNull(),
	visibility: text("visibility", { enum: dreamVisibilities }).notNull(),
	talkAtNextMeeting: integer("talk_at_next_meeting", { mode: "boolean" }).notNull().default(false),
	/** The guide who wrote it with the citizen; it counts as the citizen's once confirmed. */
	writtenWithHelpBy: text("written_with_help_by").references(() => user.id),
	confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
	/** Id made on the device for a write, so a repeated send stores it once (offline queue). */
	clientId: text("client_id"),
	version: integer("version").notNull().default(1),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
	updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
	deletedAt: integer("deleted_at", { mode: "timestamp_ms" })
}, (table) => [index("dreams_citizen_idx").on(table.citizenId), uniqueIndex("dreams_citizen_client_id_unique").on(table.citizenId, table.clientId)]);
/** Every earlier version of a dream, which the citizen can see. */
var dreamVersion = sqliteTable("dream_versions", {
	id: integer("id").primaryKey({ autoIncrement: true }),
	dreamId: text("dream_id").notNull().references(() => dream.id),
	version: integer("version").notNull(),
	change: text("change", { enum: [
		"create",
		"update",
		"delete",
		"restore",
		"confirm"
	] }).notNull(),
	text: text("text").notNull(),
	lifeArea: text("life_area", { enum: lifeAreas }).notNull(),
	visibility: text("visibility", { enum: dreamVisibilities }).notNull(),
	talkAtNextMeeting: integer("talk_at_next_meeting", { mode: "boolean" }).notNull(),
	changedBy: text("changed_by").notNull().references(() => user.id),
	changedAt: integer("changed_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("dream_versions_dream_idx").on(table.dreamId)]);
// src/lib/server/db/schema/plan.ts
/** The citizen's handleplan: one a citizen, with the date of its yearly review. */
var plan = sqliteTable("plans", {
	citizenId: text("citizen_id").primaryKey().references(() => citizen.id),
	/** ISO date of the yearly plan (review) meeting. */
	planDate: text("plan_date"),
	updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull()
});
/** A goal in the citizen's own words. */
var goal = sqliteTable("goals", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	text: text("text").notNull(),
	progress: text("progress", { enum: progressSteps }).notNull().default("not_started"),
	/** Id made on the device for the write, so a repeated send stores it once (offline queue). */
	clientId: text("client_id"),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
	updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
	deletedAt: integer("deleted_at", { mode: "timestamp_ms" })
}, (table) => [index("goals_citizen_idx").on(table.citizenId), uniqueIndex("goals_citizen_client_id_unique").on(table.citizenId, table.clientId)]);
/** Which dreams a goal serves. */
var goalDream = sqliteTable("goal_dreams", {
	goalId: text("goal_id").notNull().references(() => goal.id),
	dreamId: text("dream_id").notNull().references(() => dream.id)
}, (table) => [primaryKey({ columns: [table.goalId, table.dreamId] })]);
/** A delmål: a step towards a goal, done by the citizen or by the kontaktperson. */
var goalStep = sqliteTable("goal_steps", {
	id: text("id").primaryKey(),
	goalId: text("goal_id").notNull().references(() => goal.id),
	text: text("text").notNull(),
	owner: text("owner", { enum: stepOwners }).notNull(),
	isDone: integer("is_done", { mode: "boolean" }).notNull().default(false),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("goal_steps_goal_idx").on(table.goalId)]);
/** The plan's history: every change, in words the citizen can read back. */
var planChange = sqliteTable("plan_changes", {
	id: integer("id").primaryKey({ autoIncrement: true }),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	kind: text("kind", { enum: [
		"goal_created",
		"goal_changed",
		"goal_deleted",
		"progress",
		"step_added",
		"step_done",
		"plan_date"
	] }).notNull(),
	/** The goal's or step's words, the progress step, or the date, as it was after the change. */
	summary: text("summary").notNull(),
	changedBy: text("changed_by").notNull().references(() => user.id),
	at: integer("at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("plan_changes_citizen_idx").on(table.citizenId)]);
// src/lib/server/db/schema/ratings.ts
/**
* The questions of "Hvordan går vores samarbejde?" are data, per unit: a unit that holds a
* licence for a published scale can load its own set. One set per unit is in use at a time.
*/
var questionSet = sqliteTable("question_sets", {
	id: text("id").primaryKey(),
	unitId: text("unit_id").notNull().references(() => unit.id),
	name: text("name").notNull(),
	isActive: integer("is_active", { mode: "boolean" }).notNull().default(false),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("question_sets_unit_idx").on(table.unitId), uniqueIndex("question_sets_one_active").on(table.unitId).where(sql`${table.isActive} = 1`)]);
/** A question is never deleted: retiring it keeps the ratings that answered it readable. */
var ratingQuestion = sqliteTable("rating_questions", {
	id: text("id").primaryKey(),
	setId: text("set_id").notNull().references(() => questionSet.id),
	position: integer("position").notNull(),
	textDa: text("text_da").notNull(),
	/** Empty: the Danish words are shown in English too. */
	textEn: text("text_en").notNull().default(""),
	retiredAt: integer("retired_at", { mode: "timestamp_ms" })
}, (table) => [index("rating_questions_set_idx").on(table.setId)]);
/** A visit a worker marked as done: the citizen is then asked "Hvordan gik det?" (at most weekly). */
var visit = sqliteTable("visits", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	workerId: text("worker_id").notNull().references(() => user.id),
	doneAt: integer("done_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("visits_citizen_idx").on(table.citizenId, table.doneAt)]);
/**
* The citizen's rating of the collaboration. `isLow` and `isFalling` are decided when it is
* written (see rating-rules.ts), so the caseload can flag it without reading every answer.
*/
var rating = sqliteTable("ratings", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	setId: text("set_id").notNull().references(() => questionSet.id),
	/** The visit it is about, when it answers "Hvordan gik det?" after one. */
	visitId: text("visit_id").references(() => visit.id),
	comment: text("comment").notNull().default(""),
	/** Mean of the answered questions, 0–10; null when every question was skipped. */
	score: real("score"),
	isLow: integer("is_low", { mode: "boolean" }).notNull(),
	isFalling: integer("is_falling", { mode: "boolean" }).notNull(),
	/** Id made on the device, so a repeated send stores one rating (offline queue). */
	clientId: text("client_id"),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("ratings_citizen_idx").on(table.citizenId, table.createdAt), uniqueIndex("ratings_citizen_client_id_unique").on(table.citizenId, table.clientId)]);
/** One answer on the face scale, stored 0–10. A skipped question has no row. */
var ratingAnswer = sqliteTable("rating_answers", {
	ratingId: text("rating_id").notNull().references(() => rating.id),
	questionId: text("question_id").notNull().references(() => ratingQuestion.id),
	score: real("score").notNull()
}, (table) => [primaryKey({ columns: [table.ratingId, table.questionId] })]);
/** Who the rating is about: the kontaktperson or team on the day it was given. */
var ratingSubject = sqliteTable("rating_subjects", {
	ratingId: text("rating_id").notNull().references(() => rating.id),
	workerId: text("worker_id").notNull().references(() => user.id)
}, (table) => [primaryKey({ columns: [table.ratingId, table.workerId] }), index("rating_subjects_worker_idx").on(table.workerId)]);
// src/lib/server/db/schema/contact-wishes.ts
var wishKinds = ["one", "team"];
/** open → approved | declined | withdrawn; nothing else (see wish-rules.ts). */
var wishStatuses = [
	"open",
	"approved",
	"declined",
	"withdrawn"
];
/** One kontaktperson has the role `contact`; a team fills practical, personal and plan once each. */
var wishRoles = [
	"contact",
	"practical",
	"personal",
	"plan",
	"member"
];
/** The citizen's wish for a kontaktperson or a team, and the leader's answer. Never deleted. */
var contactWish = sqliteTable("contact_wishes", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	kind: text("kind", { enum: wishKinds }).notNull(),
	/** Why, in the citizen's words; empty when they would rather not say. */
	reason: text("reason").notNull().default(""),
	/** The guide who sat with the citizen; the citizen sent it, so it is theirs. */
	writtenWithHelpBy: text("written_with_help_by").references(() => user.id),
	status: text("status", { enum: wishStatuses }).notNull().default("open"),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
	answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
	answeredBy: text("answered_by").references(() => user.id),
	/** ISO date the new kontaktperson or team starts (approved). */
	startDate: text("start_date"),
	/** The leader approved although someone's capacity is exceeded, and said so. */
	isOverCapacityConfirmed: integer("is_over_capacity_confirmed", { mode: "boolean" }).notNull().default(false),
	declineReason: text("decline_reason", { enum: declineReasons }),
	declineText: text("decline_text").notNull().default(""),
	/** What can happen instead, in plain words (declined). */
	insteadText: text("instead_text").notNull().default("")
}, (table) => [index("contact_wishes_citizen_idx").on(table.citizenId), index("contact_wishes_status_idx").on(table.status)]);
var contactWishMember = sqliteTable("contact_wish_members", {
	wishId: text("wish_id").notNull().references(() => contactWish.id),
	role: text("role", { enum: wishRoles }).notNull(),
	workerId: text("worker_id").notNull().references(() => user.id),
	isMain: integer("is_main", { mode: "boolean" }).notNull().default(false)
}, (table) => [primaryKey({ columns: [table.wishId, table.role] })]);
/** "Jeg har set, at du bruger meget tid sammen med John": the temporary kontaktperson's suggestion. */
var contactSuggestion = sqliteTable("contact_suggestions", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	fromWorkerId: text("from_worker_id").notNull().references(() => user.id),
	suggestedWorkerId: text("suggested_worker_id").notNull().references(() => user.id),
	text: text("text").notNull(),
	status: text("status", { enum: [
		"open",
		"accepted",
		"ignored"
	] }).notNull().default("open"),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("contact_suggestions_citizen_idx").on(table.citizenId)]);
/** A worker's photo for "Mød medarbejderne": re-encoded on the server as WebP, with words for it. */
var workerPhoto = sqliteTable("worker_photos", {
	userId: text("user_id").primaryKey().references(() => user.id),
	webp: blob("webp", { mode: "buffer" }).notNull(),
	alt: text("alt").notNull(),
	updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull()
});
// src/lib/server/db/schema/meetings.ts
/** A meeting with the citizen; `summary` is written afterwards in easy-read words. */
var meeting = sqliteTable("meetings", {
	id: text("id").primaryKey(),
	citizenId: text("citizen_id").notNull().references(() => citizen.id),
	type: text("type", { enum: meetingTypes }).notNull(),
	startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
	place: text("place").notNull(),
	/** Who the citizen brings, in their words. */
	citizenBrings: text("citizen_brings").notNull().default(""),
	summary: text("summary").notNull().default(""),
	summaryAt: integer("summary_at", { mode: "timestamp_ms" }),
	cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
	createdBy: text("created_by").notNull().references(() => user.id),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("meetings_citizen_idx").on(table.citizenId, table.startsAt)]);
/** Staff taking part. */
var meetingParticipant = sqliteTable("meeting_participants", {
	meetingId: text("meeting_id").notNull().references(() => meeting.id),
	userId: text("user_id").notNull().references(() => user.id)
}, (table) => [primaryKey({ columns: [table.meetingId, table.userId] }), index("meeting_participants_user_idx").on(table.userId)]);
/**
* "Det vil jeg tale om": a topic in the citizen's words, or a relative's input (shown as theirs),
* or — after the meeting — the citizen's "Sådan husker jeg det ikke".
*/
var meetingNote = sqliteTable("meeting_notes", {
	id: text("id").primaryKey(),
	meetingId: text("meeting_id").notNull().references(() => meeting.id),
	kind: text("kind", { enum: [
		"topic",
		"input",
		"remembers_differently"
	] }).notNull(),
	text: text("text").notNull(),
	authorId: text("author_id").notNull().references(() => user.id),
	clientId: text("client_id"),
	createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [index("meeting_notes_meeting_idx").on(table.meetingId)]);
/** "Det aftalte vi": the agreements of a held meeting, in order. */
var meetingAgreement = sqliteTable("meeting_agreements", {
	id: text("id").primaryKey(),
	meetingId: text("meeting_id").notNull().references(() => meeting.id),
	position: integer("position").notNull(),
	text: text("text").notNull()
}, (table) => [index("meeting_agreements_meeting_idx").on(table.meetingId)]);
/** "Markér som læst" on Før mødet: one mark per item and meeting; the meeting is reviewed when all are read. */
var reviewMark = sqliteTable("review_marks", {
	meetingId: text("meeting_id").notNull().references(() => meeting.id),
	/** Which item: `topic:<id>`, `dream:<id>:<version>`, `plan:<change id>`, `rating:<id>`, `input:<id>`. */
	itemKey: text("item_key").notNull(),
	readBy: text("read_by").notNull().references(() => user.id),
	readAt: integer("read_at", { mode: "timestamp_ms" }).notNull()
}, (table) => [primaryKey({ columns: [table.meetingId, table.itemKey] })]);
// src/lib/server/db/schema/index.ts
var schema_exports = /* @__PURE__ */ __exportAll({
	accessActions: () => accessActions,
	accessLogEvent: () => accessLogEvent,
	assignmentRoles: () => assignmentRoles,
	citizen: () => citizen,
	citizenStatuses: () => citizenStatuses,
	contactAssignment: () => contactAssignment,
	contactSuggestion: () => contactSuggestion,
	contactWish: () => contactWish,
	contactWishMember: () => contactWishMember,
	credential: () => credential,
	credentialKinds: () => credentialKinds,
	declineReasons: () => declineReasons,
	deletionRequest: () => deletionRequest,
	dream: () => dream,
	dreamVersion: () => dreamVersion,
	dreamVisibilities: () => dreamVisibilities,
	goal: () => goal,
	goalDream: () => goalDream,
	goalStep: () => goalStep,
	grant: () => grant,
	grantInvitation: () => grantInvitation,
	grantStatuses: () => grantStatuses,
	helperKinds: () => helperKinds,
	hoursBands: () => hoursBands,
	invitation: () => invitation,
	invitationKinds: () => invitationKinds,
	legalBases: () => legalBases,
	lifeAreas: () => lifeAreas,
	loginAttempt: () => loginAttempt,
	meeting: () => meeting,
	meetingAgreement: () => meetingAgreement,
	meetingNote: () => meetingNote,
	meetingParticipant: () => meetingParticipant,
	meetingTypes: () => meetingTypes,
	plan: () => plan,
	planChange: () => planChange,
	questionSet: () => questionSet,
	rating: () => rating,
	ratingAnswer: () => ratingAnswer,
	ratingQuestion: () => ratingQuestion,
	ratingSubject: () => ratingSubject,
	reviewMark: () => reviewMark,
	roles: () => roles,
	session: () => session,
	staffRoles: () => staffRoles,
	unit: () => unit,
	user: () => user,
	visit: () => visit,
	webauthnChallenge: () => webauthnChallenge,
	wishKinds: () => wishKinds,
	wishRoles: () => wishRoles,
	wishStatuses: () => wishStatuses,
	workerPhoto: () => workerPhoto,
	workerProfile: () => workerProfile
});
// src/lib/server/db/serialize-writes.ts
/** A first-come, first-served lock for async work. */
var Mutex = class {
	#tail = Promise.resolve();
	/** Waits for the lock and returns the function that gives it back. */
	async acquire() {
		let release;
		const next = new Promise((resolve) => release = resolve);
		const previous = this.#tail;
		this.#tail = previous.then(() => next);
		await previous;
		return release;
	}
	async run(work) {
		const release = await this.acquire();
		try {
			return await work();
		} finally {
			release();
		}
	}
};
var isRead = (sql) => /^\s*(select|with\b[\s\S]*?\bselect)\b/i.test(sql) && !/\b(insert|update|delete)\b/i.test(sql);
var sqlOf = (statement) => typeof statement === "string" ? statement : statement.sql;
/**
* The embedded database's driver is synchronous: a write that waits for SQLite's lock blocks the
* whole event loop, so the transaction holding the lock (on another connection, in this same
* process) can never finish, and both fail with SQLITE_BUSY after the busy timeout. Letting one
* writer at a time into the database, queued in JavaScript, avoids that. Reads still run side
* by side (WAL). Only used for `file:` databases; a libSQL server does its own locking.
*/
function serializeWrites(client) {
	const writer = new Mutex();
	const guardTransaction = async (mode) => {
		const release = await writer.acquire();
		let tx;
		try {
			tx = await client.transaction(mode);
		} catch (error) {
			release();
			throw error;
		}
		let released = false;
		const done = () => {
			if (!released) {
				released = true;
				release();
			}
		};
		return new Proxy(tx, { get(target, property, receiver) {
			if (property === "commit" || property === "rollback") return async () => {
				try {
					return await target[property]();
				} finally {
					done();
				}
			};
			if (property === "close") return () => {
				try {
					target.close();
				} finally {
					done();
				}
			};
			const value = Reflect.get(target, property, receiver);
			return typeof value === "function" ? value.bind(target) : value;
		} });
	};
	return new Proxy(client, { get(target, property, receiver) {
		if (property === "execute") return (statement, args) => isRead(sqlOf(statement)) ? target.execute(statement, args) : writer.run(() => target.execute(statement, args));
		if (property === "batch" || property === "migrate" || property === "executeMultiple") return (...args) => writer.run(() => target[property](...args));
		if (property === "transaction") return guardTransaction;
		const value = Reflect.get(target, property, receiver);
		return typeof value === "function" ? value.bind(target) : value;
	} });
}
// src/lib/server/db/client.ts
/** Opens a libSQL database: an embedded file, or a remote server with the same code. */
function openDatabase(url, authToken) {
	const isFile = url.startsWith("file:");
	if (isFile) ensureFolderFor(url);
	const raw = createClient({
		url,
		authToken,
		timeout: isFile ? 5e3 : void 0
	});
	const client = isFile ? serializeWrites(raw) : raw;
	return {
		client,
		db: drizzle(client, { schema: schema_exports })
	};
}
/** WAL lets readers and one writer work at once, and survives a crash mid-write. Only for files. */
async function tuneFileDatabase(client, url) {
	if (!url.startsWith("file:") || url.includes(":memory:")) return;
	await client.execute("PRAGMA journal_mode = WAL");
	await client.execute("PRAGMA synchronous = NORMAL");
}
function ensureFolderFor(url) {
	const path = url.slice(5).split("?")[0] ?? "";
	if (path && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
}
// src/lib/server/db/index.ts
/** The app's one database connection pool, shared by every request in this process. */
var { client, db } = openDatabase(config.databaseUrl, config.databaseAuthToken);
export { invitation as A, config as B, planChange as C, grant as D, deletionRequest as E, contactAssignment as F, workerProfile as I, citizen as L, loginAttempt as M, session as N, grantInvitation as O, webauthnChallenge as P, user as R, plan as S, dreamVersion as T, ratingSubject as _, meetingAgreement as a, goalDream as b, reviewMark as c, contactWishMember as d, workerPhoto as f, ratingQuestion as g, ratingAnswer as h, meeting as i, credential as j, accessLogEvent as k, contactSuggestion as l, rating as m, db as n, meetingNote as o, questionSet as p, tuneFileDatabase as r, meetingParticipant as s, client as t, contactWish as u, visit as v, dream as w, goalStep as x, goal as y, unit as z };

//# sourceMappingURL=db.js.map