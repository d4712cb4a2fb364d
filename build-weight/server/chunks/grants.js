import { D as grant, L as citizen, O as grantInvitation, R as user, j as credential, n as db } from "./db.js";
import { n as endUserSessions } from "./session.js";
import { i as normalizeLoginName, r as hashPassword } from "./password.js";
import { s as recordAccess } from "./record.js";
import { n as randomSecret, t as newId } from "./random.js";
import { i as addDays, s as todayIso, t as DAY } from "./time.js";
import { and, asc, desc, eq, gt, gte, inArray, isNull, ne, or } from "drizzle-orm";
import { sha256 } from "@oslojs/crypto/sha2";
// src/lib/server/access/grants.ts
/** An unused invitation link stops working after a week. */
var HELPER_INVITATION_LIFETIME = 7 * DAY;
function defaultEndsOn(kind, today = todayIso()) {
	return kind === "guide" ? addDays(today, 30) : null;
}
function hashToken(token) {
	return Buffer.from(sha256(new TextEncoder().encode(token)));
}
/** A new one-time link for a grant; earlier unused links for it stop working. Returns the token once. */
async function createInvitationLink(tx, grantId, now) {
	await tx.update(grantInvitation).set({ expiresAt: new Date(now) }).where(and(eq(grantInvitation.grantId, grantId), isNull(grantInvitation.usedAt)));
	const token = randomSecret();
	await tx.insert(grantInvitation).values({
		id: newId(),
		grantId,
		tokenHash: hashToken(token),
		createdAt: new Date(now),
		expiresAt: new Date(now + HELPER_INVITATION_LIFETIME)
	});
	return token;
}
/** The citizen invites a relative or guide: a grant waiting for its helper, and the link for them. */
async function inviteHelper(citizenId, input, now = Date.now()) {
	return db.transaction(async (tx) => {
		const id = newId();
		await tx.insert(grant).values({
			id,
			citizenId,
			status: "invited",
			createdAt: new Date(now),
			...input
		});
		return {
			grantId: id,
			token: await createInvitationLink(tx, id, now)
		};
	});
}
/** A fresh link for an invitation that was lost or ran out. */
async function renewInvitationLink(citizenId, grantId, now = Date.now()) {
	return db.transaction(async (tx) => {
		const [row] = await tx.select({ id: grant.id }).from(grant).where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), eq(grant.status, "invited")));
		return row ? createInvitationLink(tx, grantId, now) : null;
	});
}
/** Staff propose a guide; nothing is shared until the citizen says yes. Logged as staff's write. */
async function suggestGuide(staff, citizenId, name, now = Date.now()) {
	return db.transaction(async (tx) => {
		const id = newId();
		await tx.insert(grant).values({
			id,
			citizenId,
			kind: "guide",
			name,
			areas: [],
			endsOn: null,
			status: "suggested",
			suggestedBy: staff.id,
			createdAt: new Date(now)
		});
		await recordAccess([{
			citizenId,
			actor: staff,
			action: "create",
			area: "helpers",
			object: `suggestion:${id}`
		}], tx, now);
		return id;
	});
}
/** The citizen says yes to a suggested guide and chooses what they may see: it becomes an invitation. */
async function acceptSuggestion(citizenId, grantId, settings, now = Date.now()) {
	return db.transaction(async (tx) => {
		return (await tx.update(grant).set({
			...settings,
			status: "invited"
		}).where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), eq(grant.status, "suggested"))).returning({ id: grant.id })).length === 1 ? createInvitationLink(tx, grantId, now) : null;
	});
}
/** The citizen's helpers, newest first, with the helper's own name once they have an account. */
async function listGrantsForCitizen(citizenId) {
	return db.select({
		grant,
		helperName: user.displayName
	}).from(grant).leftJoin(user, eq(user.id, grant.granteeUserId)).where(and(eq(grant.citizenId, citizenId), ne(grant.status, "revoked"))).orderBy(desc(grant.createdAt));
}
/** What the citizen's pages show of one helper. The name is the one the citizen gave them. */
function helperView(g) {
	return {
		id: g.id,
		kind: g.kind,
		name: g.name,
		status: g.status,
		areas: g.areas,
		canWriteInput: g.canWriteInput,
		endsOn: g.endsOn,
		lastSeenAt: g.lastSeenAt?.toISOString() ?? null
	};
}
async function findGrantForCitizen(citizenId, grantId) {
	const [row] = await db.select().from(grant).where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), ne(grant.status, "revoked")));
	return row ?? null;
}
/** Changes what an invited or active helper may see; takes effect on their next request. */
async function updateGrant(citizenId, grantId, settings) {
	return (await db.update(grant).set(settings).where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), inArray(grant.status, ["invited", "active"]))).returning({ id: grant.id })).length === 1;
}
/**
* Removes a helper at once: the grant is revoked, its links stop working, and if the helper has no
* other active grant their sessions end, so a lost phone stops showing anything.
*/
async function revokeGrant(citizenId, grantId, now = Date.now()) {
	const revoked = await db.transaction(async (tx) => {
		const [row] = await tx.update(grant).set({
			status: "revoked",
			revokedAt: new Date(now)
		}).where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), ne(grant.status, "revoked"))).returning({ granteeUserId: grant.granteeUserId });
		if (!row) return null;
		await tx.update(grantInvitation).set({ expiresAt: new Date(now) }).where(and(eq(grantInvitation.grantId, grantId), isNull(grantInvitation.usedAt)));
		return row;
	});
	if (!revoked) return false;
	if (revoked.granteeUserId && !await hasActiveGrant(revoked.granteeUserId)) await endUserSessions(revoked.granteeUserId, "access-ended");
	return true;
}
async function hasActiveGrant(helperId, today = todayIso()) {
	const [row] = await db.select({ id: grant.id }).from(grant).where(and(eq(grant.granteeUserId, helperId), eq(grant.status, "active"), or(isNull(grant.endsOn), gte(grant.endsOn, today)))).limit(1);
	return row !== void 0;
}
/** The citizens a helper may see now, each with the granted areas. */
async function listCitizensForHelper(helperId, today = todayIso()) {
	const person = user;
	return db.select({
		citizenId: grant.citizenId,
		name: person.displayName,
		areas: grant.areas,
		endsOn: grant.endsOn,
		canWriteInput: grant.canWriteInput
	}).from(grant).innerJoin(citizen, eq(citizen.id, grant.citizenId)).innerJoin(person, eq(person.id, citizen.userId)).where(and(eq(grant.granteeUserId, helperId), eq(grant.status, "active"), or(isNull(grant.endsOn), gte(grant.endsOn, today)))).orderBy(asc(person.displayName));
}
/** Whether the helper once had access to someone (a grant they accepted) that has ended: removed or past its last day. */
async function hasEndedAccess(helperId) {
	const [row] = await db.select({ id: grant.id }).from(grant).where(eq(grant.granteeUserId, helperId)).limit(1);
	return row !== void 0;
}
/** What a helper's link leads to, without using it. */
async function checkHelperInvitation(token, now = Date.now()) {
	if (!/^[a-z2-7]{20,64}$/.test(token)) return { status: "invalid" };
	const [row] = await db.select({
		invitation: grantInvitation,
		grant,
		citizenName: user.displayName
	}).from(grantInvitation).innerJoin(grant, eq(grant.id, grantInvitation.grantId)).innerJoin(citizen, eq(citizen.id, grant.citizenId)).innerJoin(user, eq(user.id, citizen.userId)).where(eq(grantInvitation.tokenHash, hashToken(token))).limit(1);
	if (!row || row.grant.status === "revoked") return { status: "invalid" };
	if (row.invitation.usedAt || row.grant.status === "active") return { status: "used" };
	if (row.invitation.expiresAt.getTime() <= now) return { status: "expired" };
	return {
		status: "valid",
		grant: row.grant,
		citizenName: row.citizenName
	};
}
var LoginNameTaken = class extends Error {};
var InvitationWithdrawn = class extends Error {};
/**
* Uses a helper's link: either makes the helper's account (log-in name and password) or adds the
* grant to the helper account they are logged in with. One transaction; nothing half-written.
*/
async function acceptHelperInvitation(token, as, now = Date.now()) {
	const check = await checkHelperInvitation(token, now);
	if (check.status !== "valid") return check;
	if ("existing" in as && as.existing.role !== check.grant.kind) return { status: "wrong_role" };
	const passwordHash = "newAccount" in as ? await hashPassword(as.newAccount.password) : null;
	return db.transaction(async (tx) => {
		if ((await tx.update(grantInvitation).set({ usedAt: new Date(now) }).where(and(eq(grantInvitation.tokenHash, hashToken(token)), isNull(grantInvitation.usedAt), gt(grantInvitation.expiresAt, new Date(now)))).returning({ id: grantInvitation.id })).length !== 1) return { status: "used" };
		let userId;
		if ("newAccount" in as) {
			const loginName = normalizeLoginName(as.newAccount.loginName);
			const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.loginName, loginName));
			if (taken) throw new LoginNameTaken();
			userId = newId();
			await tx.insert(user).values({
				id: userId,
				role: check.grant.kind,
				loginName,
				displayName: as.newAccount.displayName,
				createdAt: new Date(now)
			});
			await tx.insert(credential).values({
				id: newId(),
				userId,
				kind: "password",
				passwordHash,
				createdAt: new Date(now)
			});
		} else userId = as.existing.id;
		if ((await tx.update(grant).set({
			status: "active",
			granteeUserId: userId,
			acceptedAt: new Date(now)
		}).where(and(eq(grant.id, check.grant.id), eq(grant.status, "invited"))).returning({ id: grant.id })).length !== 1) throw new InvitationWithdrawn();
		return {
			status: "accepted",
			userId
		};
	}).catch((error) => {
		if (error instanceof LoginNameTaken) return { status: "login_name_taken" };
		if (error instanceof InvitationWithdrawn) return { status: "invalid" };
		throw error;
	});
}
export { findGrantForCitizen as a, inviteHelper as c, renewInvitationLink as d, revokeGrant as f, defaultEndsOn as i, listCitizensForHelper as l, updateGrant as m, acceptSuggestion as n, hasEndedAccess as o, suggestGuide as p, checkHelperInvitation as r, helperView as s, acceptHelperInvitation as t, listGrantsForCitizen as u };

//# sourceMappingURL=grants.js.map