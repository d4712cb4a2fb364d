import { F as contactAssignment, I as workerProfile, L as citizen, R as user, n as db } from "./db.js";
import { r as createActivationCode } from "./invitation.js";
import { a as invalidateUserSessions } from "./session.js";
import { s as recordAccess } from "./record.js";
import { t as newId } from "./random.js";
import { i as addDays } from "./time.js";
import { and, eq, gte, isNull, or } from "drizzle-orm";
import { renderSVG } from "uqr";
// src/lib/server/admin/unit-admin.ts
/** What goes on the invitation letter: the code, and the activation address as a QR code. */
function activationLetter(origin, code, display) {
	const link = `${origin}/activate/${code}`;
	return {
		code: display,
		link,
		qrSvg: renderSVG(link, { border: 2 })
	};
}
/**
* A leader creates a citizen with a temporary kontaktperson and an activation code for the
* letter, in one transaction. The code is returned once and stored only as a hash.
*/
async function createCitizenInUnit(leader, input) {
	if (!leader.unitId) return null;
	const unitId = leader.unitId;
	const [worker] = await db.select({ id: user.id }).from(user).where(and(eq(user.id, input.temporaryWorkerId), eq(user.role, "worker"), eq(user.unitId, unitId), eq(user.isActive, true)));
	if (!worker) return null;
	return db.transaction(async (tx) => {
		const userId = newId();
		const citizenId = newId();
		const now = /* @__PURE__ */ new Date();
		await tx.insert(user).values({
			id: userId,
			role: "citizen",
			loginName: null,
			displayName: input.name,
			unitId,
			createdAt: now
		});
		await tx.insert(citizen).values({
			id: citizenId,
			userId,
			unitId,
			hoursBand: input.hoursBand,
			legalBasis: input.legalBasis,
			startDate: input.startDate,
			createdAt: now
		});
		await tx.insert(contactAssignment).values({
			id: newId(),
			citizenId,
			workerId: worker.id,
			role: "contact",
			isMain: true,
			isTemporary: true,
			fromDate: input.startDate
		});
		const created = await createActivationCode(userId, leader.id, now.getTime(), tx);
		await recordAccess([{
			citizenId,
			actor: leader,
			action: "create",
			area: "overview",
			object: "citizen"
		}], tx);
		return {
			citizenId,
			...created
		};
	});
}
/**
* Ends a citizen's support: assignments end on the date and the case leaves Mine borgere. The
* citizen keeps their log-in, so they can still read and download their data, which is kept
* according to the unit's retention setting.
*/
async function endSupport(leader, citizenId, endDate) {
	const [target] = await db.select().from(citizen).where(eq(citizen.id, citizenId));
	if (!target || leader.unitId === null || target.unitId !== leader.unitId) return false;
	await db.transaction(async (tx) => {
		await tx.update(citizen).set({ status: "ended" }).where(eq(citizen.id, citizenId));
		await tx.update(contactAssignment).set({ toDate: endDate }).where(and(eq(contactAssignment.citizenId, citizenId), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, addDays(endDate, 1)))));
		await recordAccess([{
			citizenId,
			actor: leader,
			action: "update",
			area: "overview",
			object: "support-ended"
		}], tx);
	});
	return true;
}
/** A new worker (with an empty profile) or leader in the leader's unit, with an activation code. */
async function createStaff(leader, name, role) {
	if (!leader.unitId) return null;
	const unitId = leader.unitId;
	return db.transaction(async (tx) => {
		const id = newId();
		await tx.insert(user).values({
			id,
			role,
			loginName: null,
			displayName: name,
			unitId,
			createdAt: /* @__PURE__ */ new Date()
		});
		if (role === "worker") await tx.insert(workerProfile).values({ userId: id });
		return {
			userId: id,
			...await createActivationCode(id, leader.id, Date.now(), tx)
		};
	});
}
/** Deactivates a staff member of the unit: no log-in from now on, sessions end at once. */
async function deactivateStaff(leader, staffId) {
	const [row] = await db.select().from(user).where(eq(user.id, staffId));
	if (!row || row.unitId !== leader.unitId || leader.unitId === null || row.id === leader.id || row.role !== "worker" && row.role !== "leader") return false;
	await db.update(user).set({ isActive: false }).where(eq(user.id, staffId));
	await invalidateUserSessions(staffId);
	return true;
}
export { endSupport as a, deactivateStaff as i, createCitizenInUnit as n, createStaff as r, activationLetter as t };

//# sourceMappingURL=unit-admin.js.map