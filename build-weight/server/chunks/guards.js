import { _ as getRequestEvent, a as redirect, t as error } from "./exports.js";
import "./internal.js";
import "./remote.js";
import { D as grant, F as contactAssignment, L as citizen, n as db } from "./db.js";
import { s as recordAccess } from "./record.js";
import { s as todayIso } from "./time.js";
import { l as localizeHref, t as deLocalizeHref } from "./runtime.js";
import { n as routes } from "./routes.js";
import { t as session_expired_title } from "./session_expired_title.js";
import { and, desc, eq, gte, isNull, lte, or } from "drizzle-orm";
// src/lib/server/access/citizen-access.ts
/**
* The rule, without the database: the citizen sees themself; a leader sees their unit; a worker
* sees citizens they are assigned to today in their unit; a relative or guide sees the areas of an
* active grant until its end date ("overview" is the list of what they may see).
*/
function mayAccessCitizen(actor, target, relation, area, today = todayIso()) {
	switch (actor.role) {
		case "citizen": return target.userId === actor.id;
		case "leader": return actor.unitId !== null && target.unitId === actor.unitId;
		case "worker": return actor.unitId !== null && target.unitId === actor.unitId && relation.isAssignedWorker;
		case "relative":
		case "guide": {
			const g = relation.grant;
			if (!g || g.status !== "active" || g.endsOn !== null && g.endsOn < today) return false;
			return area === "overview" || g.areas.includes(area);
		}
	}
}
/** Whether the worker has an assignment to the citizen that covers today. */
async function isAssignedWorker(workerId, citizenId, today = todayIso()) {
	const [row] = await db.select({ id: contactAssignment.id }).from(contactAssignment).where(and(eq(contactAssignment.citizenId, citizenId), eq(contactAssignment.workerId, workerId), lte(contactAssignment.fromDate, today), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, today)))).limit(1);
	return row !== void 0;
}
/** The helper's newest accepted grant for the citizen, whatever its state now. */
async function findHelperGrant(helperId, citizenId) {
	const [row] = await db.select().from(grant).where(and(eq(grant.citizenId, citizenId), eq(grant.granteeUserId, helperId))).orderBy(desc(grant.createdAt)).limit(1);
	return row ?? null;
}
async function relationOf(actor, target) {
	const isHelper = actor.role === "relative" || actor.role === "guide";
	return {
		isAssignedWorker: actor.role === "worker" && await isAssignedWorker(actor.id, target.id),
		grant: isHelper ? await findHelperGrant(actor.id, target.id) : null
	};
}
/**
* Looks up a citizen for an actor and decides access to one area, or to several read together
* (one look-up, one log write with a line per area). Every decision about someone else's data
* lands in the access log: the read when allowed, `denied` when not. Returns null when the actor
* may not see every area asked for, or the citizen does not exist; callers answer 404 in both cases.
*/
async function findCitizenForActor(actor, citizenId, areas, object = "") {
	const asked = typeof areas === "string" ? [areas] : areas;
	const [target] = await db.select().from(citizen).where(eq(citizen.id, citizenId)).limit(1);
	const relation = target ? await relationOf(actor, target) : {
		isAssignedWorker: false,
		grant: null
	};
	const refused = target === void 0 ? asked[0] : asked.find((area) => !mayAccessCitizen(actor, target, relation, area));
	const allowed = refused === void 0;
	if (!target || target.userId !== actor.id) await recordAccess((allowed ? asked : [refused]).map((area) => ({
		citizenId: target?.id ?? null,
		actor,
		action: allowed ? "read" : "denied",
		area,
		object: target ? object : `citizen:${citizenId.slice(0, 40)}`
	})));
	if (allowed && relation.grant) await db.update(grant).set({ lastSeenAt: /* @__PURE__ */ new Date() }).where(and(eq(grant.citizenId, citizenId), eq(grant.granteeUserId, actor.id), eq(grant.status, "active")));
	if (!allowed) console.warn(JSON.stringify({
		event: "access_denied",
		actor: actor.id,
		citizenId: citizenId.slice(0, 40),
		area: refused
	}));
	return allowed ? target ?? null : null;
}
// src/lib/server/auth/guards.ts
/** A form sent by the page's script (`enhance`), which reads the answer itself. */
var isScriptedFormPost = (request) => request?.method === "POST" && request.headers.get("x-sveltekit-action") === "true";
/** A form's `?/action` is no page to come back to. */
function searchWithoutAction(url) {
	const search = new URLSearchParams(url.search);
	for (const key of [...search.keys()]) if (key.startsWith("/")) search.delete(key);
	return search.size > 0 ? `?${search}` : "";
}
/**
* The logged-in user, or a redirect to log-in that comes back here afterwards. A form sent by
* the page's script after the session ran out gets 401 instead: a redirect would look like
* "accepted" to the page, which would then throw away the words (see keepDraft). A form sent
* without JavaScript is lost with the redirect; the log-in page says so (`notSaved`).
*/
function requireUser(event = getRequestEvent()) {
	const user = event.locals.user;
	if (!user) {
		if (isScriptedFormPost(event.request)) error(401, session_expired_title());
		if (event.locals.sessionEndedBecause === "access-ended") redirect(303, localizeHref(routes.loginAccessEnded()));
		const isPost = event.request?.method === "POST";
		const next = deLocalizeHref(event.url.pathname + (isPost ? searchWithoutAction(event.url) : event.url.search));
		redirect(303, localizeHref(routes.login(next, isPost)));
	}
	return user;
}
/**
* The logged-in user when their role is one of `roles`. Any other role gets 404, so a page's
* existence is not revealed to people who may not use it.
*/
function requireRole(roles, event = getRequestEvent()) {
	const user = requireUser(event);
	if (!roles.includes(user.role)) error(404);
	return user;
}
/**
* The one door to a citizen's data: the citizen themself, or someone allowed to see `area` of it
* (or every area of a list, for a page that shows several). Every citizen-data route calls this;
* no access answers 404 and is written to the access log.
*/
async function requireCitizenAccess(citizenId, area, event = getRequestEvent(), object = "") {
	const user = requireUser(event);
	const citizen = await findCitizenForActor(user, citizenId, area, object);
	if (!citizen) error(404);
	return {
		user,
		citizen
	};
}
/** For the citizen's own pages: the logged-in citizen and their citizen record, else 404. */
async function requireCitizenSelf(event = getRequestEvent()) {
	const user = requireRole(["citizen"], event);
	const [citizen$1] = await db.select().from(citizen).where(eq(citizen.userId, user.id)).limit(1);
	if (!citizen$1) error(404);
	return {
		user,
		citizen: citizen$1
	};
}
export { requireUser as a, requireRole as i, requireCitizenAccess as n, requireCitizenSelf as r, isScriptedFormPost as t };

//# sourceMappingURL=guards.js.map