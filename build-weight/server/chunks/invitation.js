import { A as invitation, R as user, j as credential, n as db } from "./db.js";
import { r as randomString, t as newId } from "./random.js";
import { t as DAY } from "./time.js";
import { i as normalizeLoginName, r as hashPassword } from "./password.js";
import { s as recordAccess } from "./record.js";
import { n as formatCode, r as normalizeCode, t as CODE_ALPHABET } from "./invitation-code.js";
import { and, eq, gt, isNull } from "drizzle-orm";
import { sha256 } from "@oslojs/crypto/sha2";
// src/lib/server/auth/invitation.ts
var INVITATION_LIFETIME = 14 * DAY;
/**
* Creates a one-time code for an account. The plain code is returned once, never stored.
* A reset code (`citizen_reset`) carries `notBefore`: it cannot be used before then.
*/
async function createActivationCode(userId, createdBy, now = Date.now(), executor = db, options = {}) {
	const code = randomString(12, CODE_ALPHABET);
	await executor.insert(invitation).values({
		id: newId(),
		kind: options.kind ?? "citizen_activation",
		codeHash: hashActivationCode(code),
		userId,
		createdBy,
		createdAt: new Date(now),
		expiresAt: new Date(now + INVITATION_LIFETIME),
		notBefore: options.notBefore ?? null
	});
	return {
		code,
		display: formatCode(code)
	};
}
/** Makes every unused code of the account stop working now (a new code replaces them). */
async function expireOpenCodes(userId, now, executor) {
	await executor.update(invitation).set({ expiresAt: new Date(now) }).where(and(eq(invitation.userId, userId), isNull(invitation.usedAt), gt(invitation.expiresAt, new Date(now))));
}
/**
* Staff give a citizen who has never activated a new first code (a lost letter): older unused
* codes stop working, and the citizen's access log says who made the code — in the same
* transaction. Once the citizen has activated, a code shown on screen would let the staff member
* take over the account, so this refuses (null, logged as denied); only a leader's reset
* (access-reset.ts) can give such a citizen a new code.
*/
async function replaceActivationCode(citizenId, userId, staff, now = Date.now()) {
	return db.transaction(async (tx) => {
		const [account] = await tx.select({ loginName: user.loginName }).from(user).where(eq(user.id, userId));
		if (account?.loginName != null) {
			await recordAccess([{
				citizenId,
				actor: staff,
				action: "denied",
				area: "account",
				object: "activation-code"
			}], tx, now);
			return null;
		}
		await expireOpenCodes(userId, now, tx);
		const created = await createActivationCode(userId, staff.id, now, tx);
		await recordAccess([{
			citizenId,
			actor: staff,
			action: "create",
			area: "account",
			object: "activation-code"
		}], tx, now);
		return created;
	});
}
/** Whether the person has chosen a log-in name, i.e. used an activation code at least once. */
async function isActivated(userId) {
	const [row] = await db.select({ loginName: user.loginName }).from(user).where(eq(user.id, userId));
	return row?.loginName != null;
}
/** Tells whether a typed code can be used, without using it. */
async function checkActivationCode(input, now = Date.now()) {
	const code = normalizeCode(input);
	if (code.length !== 12) return { status: "invalid" };
	const [row] = await db.select({
		invitation,
		displayName: user.displayName,
		loginName: user.loginName
	}).from(invitation).innerJoin(user, eq(user.id, invitation.userId)).where(eq(invitation.codeHash, hashActivationCode(code))).limit(1);
	if (!row) return { status: "invalid" };
	if (row.invitation.usedAt) return { status: "used" };
	if (row.invitation.expiresAt.getTime() <= now) return { status: "expired" };
	if (row.invitation.kind === "citizen_activation" && row.loginName !== null) return { status: "used" };
	if (row.invitation.notBefore && row.invitation.notBefore.getTime() > now) return { status: "not_yet" };
	return {
		status: "valid",
		userId: row.invitation.userId,
		displayName: row.displayName
	};
}
/**
* Uses a code: marks it used, sets the log-in name and the password, all in one transaction.
* If any step fails nothing is written, and the code can be tried again.
*/
async function redeemActivationCode(input, loginName, password, now = Date.now()) {
	const check = await checkActivationCode(input, now);
	if (check.status !== "valid") return check;
	const name = normalizeLoginName(loginName);
	const passwordHash = await hashPassword(password);
	return db.transaction(async (tx) => {
		const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.loginName, name));
		if (taken && taken.id !== check.userId) return { status: "login_name_taken" };
		if ((await tx.update(invitation).set({ usedAt: new Date(now) }).where(and(eq(invitation.codeHash, hashActivationCode(normalizeCode(input))), isNull(invitation.usedAt), gt(invitation.expiresAt, new Date(now)))).returning({ userId: invitation.userId })).length !== 1) return { status: "used" };
		await tx.update(user).set({ loginName: name }).where(eq(user.id, check.userId));
		await tx.delete(credential).where(eq(credential.userId, check.userId));
		await tx.insert(credential).values({
			id: newId(),
			userId: check.userId,
			kind: "password",
			passwordHash,
			createdAt: new Date(now)
		});
		return {
			status: "activated",
			userId: check.userId
		};
	});
}
function hashActivationCode(code) {
	return Buffer.from(sha256(new TextEncoder().encode(code)));
}
/** A free log-in name from the person's first name: "anna", else "anna2", "anna3" … */
async function suggestLoginName(displayName) {
	const first = normalizeLoginName(displayName.split(/\s+/)[0] ?? "").replace(/[^a-zæøå0-9]/g, "") || "borger";
	for (let n = 1; n < 100; n++) {
		const candidate = n === 1 ? first : `${first}${n}`;
		const [taken] = await db.select({ id: user.id }).from(user).where(eq(user.loginName, candidate)).limit(1);
		if (!taken) return candidate;
	}
	return `${first}${Date.now() % 1e4}`;
}
export { hashActivationCode as a, replaceActivationCode as c, expireOpenCodes as i, suggestLoginName as l, checkActivationCode as n, isActivated as o, createActivationCode as r, redeemActivationCode as s, INVITATION_LIFETIME as t };

//# sourceMappingURL=invitation.js.map