import { A as invitation, L as citizen, R as user, n as db, z as unit } from "./db.js";
import { s as recordAccess } from "./record.js";
import { t as DAY } from "./time.js";
import { i as expireOpenCodes, r as createActivationCode, t as INVITATION_LIFETIME } from "./invitation.js";
import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
// src/lib/server/auth/access-reset.ts
/**
* A reset code works only a day after it is made. Whoever made it (or read it off the letter
* before it was posted) cannot use it at once, and a citizen who still has their log-in is told
* on Min side in the meantime, so they can call before anybody can use the code.
*/
var RESET_DELAY = DAY;
/** The access-log object of a reset; the citizen's log says "nulstillede din adgang". */
var ACCESS_RESET_OBJECT = "access-reset";
/** The rule: only a leader of the citizen's own unit may reset the citizen's access. */
function isAllowedToReset(actor, target) {
	return actor.role === "leader" && actor.unitId !== null && actor.unitId === target.unitId;
}
/**
* The guard of the reset page and its action, before anything of the citizen is read: false for
* anyone but a leader of the citizen's unit, with the attempt written to the citizen's access log.
*/
async function mayResetAccess(actor, citizenId) {
	const [target] = await db.select().from(citizen).where(eq(citizen.id, citizenId)).limit(1);
	if (target && isAllowedToReset(actor, target)) return true;
	await recordAccess([target ? {
		citizenId: target.id,
		actor,
		action: "denied",
		area: "account",
		object: ACCESS_RESET_OBJECT
	} : {
		citizenId: null,
		actor,
		action: "denied",
		area: "account",
		object: `citizen:${citizenId.slice(0, 40)}`
	}]);
	return false;
}
/**
* A leader of the citizen's unit resets an activated citizen's access: older codes stop working
* and a reset code for a printed letter is made, usable from `validFrom`. The citizen's log-in
* keeps working until the code is used (then their password is replaced and sessions end).
* Anyone else is refused and the attempt is written to the citizen's access log.
*/
async function resetCitizenAccess(actor, target, now = Date.now()) {
	if (!isAllowedToReset(actor, target)) {
		await recordAccess([{
			citizenId: target.id,
			actor,
			action: "denied",
			area: "account",
			object: ACCESS_RESET_OBJECT
		}], db, now);
		return { status: "not_leader" };
	}
	return db.transaction(async (tx) => {
		const [account] = await tx.select({ loginName: user.loginName }).from(user).where(eq(user.id, target.userId));
		if (account?.loginName == null) return { status: "not_activated" };
		await expireOpenCodes(target.userId, now, tx);
		const validFrom = new Date(now + RESET_DELAY);
		const created = await createActivationCode(target.userId, actor.id, now, tx, {
			kind: "citizen_reset",
			notBefore: validFrom
		});
		await recordAccess([{
			citizenId: target.id,
			actor,
			action: "update",
			area: "account",
			object: ACCESS_RESET_OBJECT
		}], tx, now);
		return {
			status: "reset",
			...created,
			validFrom,
			validUntil: new Date(now + INVITATION_LIFETIME)
		};
	});
}
/**
* The newest reset of the citizen's access that the citizen has not marked as read: who did it,
* when, and the unit's phone number. Shown on Min side while the code waits and after it is used.
*/
async function unreadResetNotice(userId) {
	const leader = alias(user, "leader");
	const citizenUser = alias(user, "citizen_user");
	const [row] = await db.select({
		id: invitation.id,
		at: invitation.createdAt,
		byName: leader.displayName,
		phone: unit.contactPhone
	}).from(invitation).innerJoin(leader, eq(leader.id, invitation.createdBy)).innerJoin(citizenUser, eq(citizenUser.id, invitation.userId)).leftJoin(unit, eq(unit.id, citizenUser.unitId)).where(and(eq(invitation.userId, userId), eq(invitation.kind, "citizen_reset"), isNull(invitation.noticeSeenAt))).orderBy(desc(invitation.createdAt)).limit(1);
	return row ? {
		id: row.id,
		byName: row.byName,
		at: row.at.toISOString(),
		phone: row.phone ?? ""
	} : null;
}
/** The citizen has read the notice: every reset of their access so far counts as seen. */
async function markResetNoticesSeen(userId, now = Date.now()) {
	await db.update(invitation).set({ noticeSeenAt: new Date(now) }).where(and(eq(invitation.userId, userId), eq(invitation.kind, "citizen_reset"), isNull(invitation.noticeSeenAt)));
}
export { unreadResetNotice as i, mayResetAccess as n, resetCitizenAccess as r, markResetNoticesSeen as t };

//# sourceMappingURL=access-reset.js.map