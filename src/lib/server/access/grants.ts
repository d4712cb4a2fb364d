import { sha256 } from '@oslojs/crypto/sha2';
import { and, asc, desc, eq, gt, inArray, isNull, ne, or, gte } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen, credential, grant, grantInvitation, user, type Grant, type HelperKind } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { endUserSessions } from '../auth/session.js';
import { hashPassword, normalizeLoginName } from '../auth/password.js';
import { recordAccess } from '../access-log/record.js';
import { newId, randomSecret } from '../random.js';
import { DAY, addDays, todayIso } from '../time.js';

/** An unused invitation link stops working after a week. */
export const HELPER_INVITATION_LIFETIME = 7 * DAY;
/** Guides help for a while, not for ever: their access ends after 30 days unless the citizen says otherwise. */
export const GUIDE_DEFAULT_DAYS = 30;

export type GrantSettings = { areas: string[]; canWriteInput: boolean; endsOn: string | null };

export function defaultEndsOn(kind: HelperKind, today = todayIso()): string | null {
	return kind === 'guide' ? addDays(today, GUIDE_DEFAULT_DAYS) : null;
}

function hashToken(token: string): Buffer {
	return Buffer.from(sha256(new TextEncoder().encode(token)));
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** A new one-time link for a grant; earlier unused links for it stop working. Returns the token once. */
async function createInvitationLink(tx: Tx, grantId: string, now: number) {
	await tx
		.update(grantInvitation)
		.set({ expiresAt: new Date(now) })
		.where(and(eq(grantInvitation.grantId, grantId), isNull(grantInvitation.usedAt)));
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
export async function inviteHelper(
	citizenId: string,
	input: GrantSettings & { kind: HelperKind; name: string },
	now = Date.now()
) {
	return db.transaction(async (tx) => {
		const id = newId();
		await tx.insert(grant).values({ id, citizenId, status: 'invited', createdAt: new Date(now), ...input });
		return { grantId: id, token: await createInvitationLink(tx, id, now) };
	});
}

/** A fresh link for an invitation that was lost or ran out. */
export async function renewInvitationLink(citizenId: string, grantId: string, now = Date.now()) {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ id: grant.id })
			.from(grant)
			.where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), eq(grant.status, 'invited')));
		return row ? createInvitationLink(tx, grantId, now) : null;
	});
}

/** Staff propose a guide; nothing is shared until the citizen says yes. Logged as staff's write. */
export async function suggestGuide(staff: SessionUser, citizenId: string, name: string, now = Date.now()) {
	return db.transaction(async (tx) => {
		const id = newId();
		await tx.insert(grant).values({
			id,
			citizenId,
			kind: 'guide',
			name,
			areas: [],
			endsOn: null,
			status: 'suggested',
			suggestedBy: staff.id,
			createdAt: new Date(now)
		});
		await recordAccess([{ citizenId, actor: staff, action: 'create', area: 'helpers', object: `suggestion:${id}` }], tx, now);
		return id;
	});
}

/** The citizen says yes to a suggested guide and chooses what they may see: it becomes an invitation. */
export async function acceptSuggestion(citizenId: string, grantId: string, settings: GrantSettings, now = Date.now()) {
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(grant)
			.set({ ...settings, status: 'invited' })
			.where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), eq(grant.status, 'suggested')))
			.returning({ id: grant.id });
		return updated.length === 1 ? createInvitationLink(tx, grantId, now) : null;
	});
}

/** The citizen's helpers, newest first, with the helper's own name once they have an account. */
export async function listGrantsForCitizen(citizenId: string) {
	return db
		.select({ grant, helperName: user.displayName })
		.from(grant)
		.leftJoin(user, eq(user.id, grant.granteeUserId))
		.where(and(eq(grant.citizenId, citizenId), ne(grant.status, 'revoked')))
		.orderBy(desc(grant.createdAt));
}

/** What the citizen's pages show of one helper. The name is the one the citizen gave them. */
export function helperView(g: Grant) {
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

export async function findGrantForCitizen(citizenId: string, grantId: string): Promise<Grant | null> {
	const [row] = await db
		.select()
		.from(grant)
		.where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), ne(grant.status, 'revoked')));
	return row ?? null;
}

/** Changes what an invited or active helper may see; takes effect on their next request. */
export async function updateGrant(citizenId: string, grantId: string, settings: GrantSettings) {
	const updated = await db
		.update(grant)
		.set(settings)
		.where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), inArray(grant.status, ['invited', 'active'])))
		.returning({ id: grant.id });
	return updated.length === 1;
}

/**
 * Removes a helper at once: the grant is revoked, its links stop working, and if the helper has no
 * other active grant their sessions end, so a lost phone stops showing anything.
 */
export async function revokeGrant(citizenId: string, grantId: string, now = Date.now()) {
	const revoked = await db.transaction(async (tx) => {
		const [row] = await tx
			.update(grant)
			.set({ status: 'revoked', revokedAt: new Date(now) })
			.where(and(eq(grant.id, grantId), eq(grant.citizenId, citizenId), ne(grant.status, 'revoked')))
			.returning({ granteeUserId: grant.granteeUserId });
		if (!row) return null;
		await tx
			.update(grantInvitation)
			.set({ expiresAt: new Date(now) })
			.where(and(eq(grantInvitation.grantId, grantId), isNull(grantInvitation.usedAt)));
		return row;
	});
	if (!revoked) return false;
	if (revoked.granteeUserId && !(await hasActiveGrant(revoked.granteeUserId))) {
		// Logged out at once; their next visit is told that the access has ended (not by whom, or why).
		await endUserSessions(revoked.granteeUserId, 'access-ended');
	}
	return true;
}

async function hasActiveGrant(helperId: string, today = todayIso()) {
	const [row] = await db
		.select({ id: grant.id })
		.from(grant)
		.where(
			and(eq(grant.granteeUserId, helperId), eq(grant.status, 'active'), or(isNull(grant.endsOn), gte(grant.endsOn, today)))
		)
		.limit(1);
	return row !== undefined;
}

/** The citizens a helper may see now, each with the granted areas. */
export async function listCitizensForHelper(helperId: string, today = todayIso()) {
	const person = user;
	return db
		.select({ citizenId: grant.citizenId, name: person.displayName, areas: grant.areas, endsOn: grant.endsOn, canWriteInput: grant.canWriteInput })
		.from(grant)
		.innerJoin(citizen, eq(citizen.id, grant.citizenId))
		.innerJoin(person, eq(person.id, citizen.userId))
		.where(
			and(eq(grant.granteeUserId, helperId), eq(grant.status, 'active'), or(isNull(grant.endsOn), gte(grant.endsOn, today)))
		)
		.orderBy(asc(person.displayName));
}

/** Whether the helper once had access to someone (a grant they accepted) that has ended: removed or past its last day. */
export async function hasEndedAccess(helperId: string) {
	const [row] = await db.select({ id: grant.id }).from(grant).where(eq(grant.granteeUserId, helperId)).limit(1);
	return row !== undefined;
}

export type HelperInvitationCheck =
	| { status: 'valid'; grant: Grant; citizenName: string }
	| { status: 'invalid' | 'expired' | 'used' };

/** What a helper's link leads to, without using it. */
export async function checkHelperInvitation(token: string, now = Date.now()): Promise<HelperInvitationCheck> {
	if (!/^[a-z2-7]{20,64}$/.test(token)) return { status: 'invalid' };
	const [row] = await db
		.select({ invitation: grantInvitation, grant, citizenName: user.displayName })
		.from(grantInvitation)
		.innerJoin(grant, eq(grant.id, grantInvitation.grantId))
		.innerJoin(citizen, eq(citizen.id, grant.citizenId))
		.innerJoin(user, eq(user.id, citizen.userId))
		.where(eq(grantInvitation.tokenHash, hashToken(token)))
		.limit(1);
	if (!row || row.grant.status === 'revoked') return { status: 'invalid' };
	if (row.invitation.usedAt || row.grant.status === 'active') return { status: 'used' };
	if (row.invitation.expiresAt.getTime() <= now) return { status: 'expired' };
	return { status: 'valid', grant: row.grant, citizenName: row.citizenName };
}

class LoginNameTaken extends Error {}
class InvitationWithdrawn extends Error {}

export type AcceptResult =
	| { status: 'accepted'; userId: string }
	| { status: 'invalid' | 'expired' | 'used' | 'login_name_taken' | 'wrong_role' };

/**
 * Uses a helper's link: either makes the helper's account (log-in name and password) or adds the
 * grant to the helper account they are logged in with. One transaction; nothing half-written.
 */
export async function acceptHelperInvitation(
	token: string,
	as: { newAccount: { displayName: string; loginName: string; password: string } } | { existing: SessionUser },
	now = Date.now()
): Promise<AcceptResult> {
	const check = await checkHelperInvitation(token, now);
	if (check.status !== 'valid') return check;
	if ('existing' in as && as.existing.role !== check.grant.kind) return { status: 'wrong_role' };
	const passwordHash = 'newAccount' in as ? await hashPassword(as.newAccount.password) : null;

	return db.transaction(async (tx) => {
		const used = await tx
			.update(grantInvitation)
			.set({ usedAt: new Date(now) })
			.where(and(eq(grantInvitation.tokenHash, hashToken(token)), isNull(grantInvitation.usedAt), gt(grantInvitation.expiresAt, new Date(now))))
			.returning({ id: grantInvitation.id });
		if (used.length !== 1) return { status: 'used' } as const;

		let userId: string;
		if ('newAccount' in as) {
			const loginName = normalizeLoginName(as.newAccount.loginName);
			const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.loginName, loginName));
			// Throwing rolls the transaction back, so the link stays unused for another try.
			if (taken) throw new LoginNameTaken();
			userId = newId();
			await tx.insert(user).values({
				id: userId,
				role: check.grant.kind,
				loginName,
				displayName: as.newAccount.displayName,
				createdAt: new Date(now)
			});
			await tx.insert(credential).values({ id: newId(), userId, kind: 'password', passwordHash, createdAt: new Date(now) });
		} else {
			userId = as.existing.id;
		}
		// Only an invitation still open becomes active: the citizen may have removed it a moment ago,
		// after the check above. Then nothing of this stays (the account, the used link).
		const activated = await tx
			.update(grant)
			.set({ status: 'active', granteeUserId: userId, acceptedAt: new Date(now) })
			.where(and(eq(grant.id, check.grant.id), eq(grant.status, 'invited')))
			.returning({ id: grant.id });
		if (activated.length !== 1) throw new InvitationWithdrawn();
		return { status: 'accepted', userId } as const;
	}).catch((error: unknown) => {
		if (error instanceof LoginNameTaken) return { status: 'login_name_taken' } as const;
		if (error instanceof InvitationWithdrawn) return { status: 'invalid' } as const;
		throw error;
	});
}
