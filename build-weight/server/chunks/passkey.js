import { P as webauthnChallenge, R as user, j as credential, n as db } from "./db.js";
import { t as newId } from "./random.js";
import { r as MINUTE } from "./time.js";
import { a as invalidateUserSessions } from "./session.js";
import { and, asc, eq, gt } from "drizzle-orm";
import { generateAuthenticationOptions, generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse } from "@simplewebauthn/server";
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";
// src/lib/server/auth/passkey.ts
/** A challenge must be answered within five minutes, and only once. */
var CHALLENGE_LIFETIME = 5 * MINUTE;
var relyingPartyFor = (url) => ({
	id: url.hostname,
	origin: url.origin
});
async function storeChallenge(challenge, purpose, userId) {
	await db.insert(webauthnChallenge).values({
		challenge,
		purpose,
		userId,
		expiresAt: new Date(Date.now() + CHALLENGE_LIFETIME)
	});
}
/** Deletes the challenge as it is checked, so a replayed answer finds nothing. */
async function consumeChallenge(challenge, purpose, userId) {
	const row = (await db.delete(webauthnChallenge).where(and(eq(webauthnChallenge.challenge, challenge), gt(webauthnChallenge.expiresAt, /* @__PURE__ */ new Date()))).returning())[0];
	return row !== void 0 && row.purpose === purpose && row.userId === userId;
}
/** The person's passkeys, for the settings page. */
async function listPasskeys(userId) {
	return db.select({
		id: credential.id,
		name: credential.name,
		createdAt: credential.createdAt,
		lastUsedAt: credential.lastUsedAt
	}).from(credential).where(and(eq(credential.userId, userId), eq(credential.kind, "passkey"))).orderBy(asc(credential.createdAt));
}
/** Options for the browser to make a new passkey for the user; existing ones are excluded. */
async function startPasskeyRegistration(userId, rp) {
	const [person] = await db.select().from(user).where(eq(user.id, userId));
	if (!person) throw new Error("unknown user");
	const existing = await db.select({
		passkeyId: credential.passkeyId,
		transports: credential.transports
	}).from(credential).where(and(eq(credential.userId, userId), eq(credential.kind, "passkey")));
	const options = await generateRegistrationOptions({
		rpName: "Samklang",
		rpID: rp.id,
		userName: person.loginName ?? person.displayName,
		userDisplayName: person.displayName,
		userID: new TextEncoder().encode(person.id),
		attestationType: "none",
		excludeCredentials: existing.map((c) => ({
			id: encodeBase64urlNoPadding(c.passkeyId),
			transports: c.transports ? c.transports.split(",") : void 0
		})),
		authenticatorSelection: {
			residentKey: "required",
			userVerification: "preferred"
		}
	});
	await storeChallenge(options.challenge, "register", userId);
	return options;
}
/** Checks the browser's answer and stores the new passkey under the name the person chose. */
async function finishPasskeyRegistration(userId, name, response, rp) {
	const verification = await verifyRegistrationResponse({
		response,
		expectedChallenge: (challenge) => consumeChallenge(challenge, "register", userId),
		expectedOrigin: rp.origin,
		expectedRPID: rp.id,
		requireUserVerification: false
	});
	if (!verification.verified) return false;
	const { credential: made } = verification.registrationInfo;
	await db.insert(credential).values({
		id: newId(),
		userId,
		kind: "passkey",
		passkeyId: Buffer.from(decodeBase64urlIgnorePadding(made.id)),
		publicKey: Buffer.from(made.publicKey),
		signCount: made.counter,
		transports: made.transports?.join(",") ?? null,
		name,
		createdAt: /* @__PURE__ */ new Date()
	});
	return true;
}
/** Options for logging in with any passkey of this site (the browser offers the ones it has). */
async function startPasskeyLogin(rp) {
	const options = await generateAuthenticationOptions({
		rpID: rp.id,
		userVerification: "preferred"
	});
	await storeChallenge(options.challenge, "login", null);
	return options;
}
/** Checks a passkey log-in; returns the user it belongs to, or null. */
async function finishPasskeyLogin(response, rp) {
	let passkeyId;
	try {
		passkeyId = Buffer.from(decodeBase64urlIgnorePadding(response.id));
	} catch {
		return null;
	}
	const [row] = await db.select({
		credential,
		role: user.role
	}).from(credential).innerJoin(user, eq(user.id, credential.userId)).where(and(eq(credential.passkeyId, passkeyId), eq(credential.kind, "passkey"), eq(user.isActive, true)));
	if (!row) return null;
	const verification = await verifyAuthenticationResponse({
		response,
		expectedChallenge: (challenge) => consumeChallenge(challenge, "login", null),
		expectedOrigin: rp.origin,
		expectedRPID: rp.id,
		credential: {
			id: response.id,
			publicKey: new Uint8Array(row.credential.publicKey),
			counter: row.credential.signCount ?? 0,
			transports: row.credential.transports ? row.credential.transports.split(",") : void 0
		},
		requireUserVerification: false
	});
	if (!verification.verified) return null;
	await db.update(credential).set({
		signCount: verification.authenticationInfo.newCounter,
		lastUsedAt: /* @__PURE__ */ new Date()
	}).where(eq(credential.id, row.credential.id));
	return {
		userId: row.credential.userId,
		role: row.role
	};
}
/** Removes one of the person's passkeys and ends their other sessions: a lost phone stops working. */
async function removePasskey(userId, passkeyCredentialId, keepSessionId) {
	if ((await db.delete(credential).where(and(eq(credential.id, passkeyCredentialId), eq(credential.userId, userId), eq(credential.kind, "passkey"))).returning({ id: credential.id })).length === 0) return false;
	await invalidateUserSessions(userId, keepSessionId);
	return true;
}
export { removePasskey as a, relyingPartyFor as i, finishPasskeyRegistration as n, startPasskeyLogin as o, listPasskeys as r, startPasskeyRegistration as s, finishPasskeyLogin as t };

//# sourceMappingURL=passkey.js.map