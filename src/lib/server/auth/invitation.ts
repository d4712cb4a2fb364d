import { sha256 } from '@oslojs/crypto/sha2';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '../db/index.js';
import { credential, invitation, user, type InvitationKind } from '../db/schema/index.js';
import { newId, randomString } from '../random.js';
import { DAY } from '../time.js';
import { hashPassword, normalizeLoginName } from './password.js';
import type { SessionUser } from './session.js';
import { recordAccess } from '../access-log/record.js';
import { CODE_ALPHABET, CODE_LENGTH, formatCode, normalizeCode } from '../../validation/invitation-code.js';

export const INVITATION_LIFETIME = 14 * DAY;

type Executor = Pick<typeof db, 'insert' | 'update'>;

/**
 * Creates a one-time code for an account. The plain code is returned once, never stored.
 * A reset code (`citizen_reset`) carries `notBefore`: it cannot be used before then.
 */
export async function createActivationCode(
	userId: string,
	createdBy: string | null,
	now = Date.now(),
	executor: Executor = db,
	options: { kind?: InvitationKind; notBefore?: Date } = {}
) {
	const code = randomString(CODE_LENGTH, CODE_ALPHABET);
	await executor.insert(invitation).values({
		id: newId(),
		kind: options.kind ?? 'citizen_activation',
		codeHash: hashActivationCode(code),
		userId,
		createdBy,
		createdAt: new Date(now),
		expiresAt: new Date(now + INVITATION_LIFETIME),
		notBefore: options.notBefore ?? null
	});
	return { code, display: formatCode(code) };
}

/** Makes every unused code of the account stop working now (a new code replaces them). */
export async function expireOpenCodes(userId: string, now: number, executor: Pick<typeof db, 'update'>) {
	await executor
		.update(invitation)
		.set({ expiresAt: new Date(now) })
		.where(and(eq(invitation.userId, userId), isNull(invitation.usedAt), gt(invitation.expiresAt, new Date(now))));
}

/**
 * Staff give a citizen who has never activated a new first code (a lost letter): older unused
 * codes stop working, and the citizen's access log says who made the code — in the same
 * transaction. Once the citizen has activated, a code shown on screen would let the staff member
 * take over the account, so this refuses (null, logged as denied); only a leader's reset
 * (access-reset.ts) can give such a citizen a new code.
 */
export async function replaceActivationCode(citizenId: string, userId: string, staff: SessionUser, now = Date.now()) {
	return db.transaction(async (tx) => {
		const [account] = await tx.select({ loginName: user.loginName }).from(user).where(eq(user.id, userId));
		if (account?.loginName != null) {
			await recordAccess([{ citizenId, actor: staff, action: 'denied', area: 'account', object: 'activation-code' }], tx, now);
			return null;
		}
		await expireOpenCodes(userId, now, tx);
		const created = await createActivationCode(userId, staff.id, now, tx);
		await recordAccess([{ citizenId, actor: staff, action: 'create', area: 'account', object: 'activation-code' }], tx, now);
		return created;
	});
}

/** Whether the person has chosen a log-in name, i.e. used an activation code at least once. */
export async function isActivated(userId: string) {
	const [row] = await db.select({ loginName: user.loginName }).from(user).where(eq(user.id, userId));
	return row?.loginName != null;
}

export type CodeCheck =
	| { status: 'valid'; userId: string; displayName: string }
	| { status: 'invalid' | 'expired' | 'used' | 'not_yet' };

/** Tells whether a typed code can be used, without using it. */
export async function checkActivationCode(input: string, now = Date.now()): Promise<CodeCheck> {
	const code = normalizeCode(input);
	if (code.length !== CODE_LENGTH) return { status: 'invalid' };
	const [row] = await db
		.select({ invitation, displayName: user.displayName, loginName: user.loginName })
		.from(invitation)
		.innerJoin(user, eq(user.id, invitation.userId))
		.where(eq(invitation.codeHash, hashActivationCode(code)))
		.limit(1);
	if (!row) return { status: 'invalid' };
	if (row.invitation.usedAt) return { status: 'used' };
	if (row.invitation.expiresAt.getTime() <= now) return { status: 'expired' };
	// A first code only activates: once the account has a log-in, only a leader's reset code opens it.
	if (row.invitation.kind === 'citizen_activation' && row.loginName !== null) return { status: 'used' };
	if (row.invitation.notBefore && row.invitation.notBefore.getTime() > now) return { status: 'not_yet' };
	return { status: 'valid', userId: row.invitation.userId, displayName: row.displayName };
}

export type ActivationResult =
	| { status: 'activated'; userId: string }
	| { status: 'invalid' | 'expired' | 'used' | 'not_yet' | 'login_name_taken' };

/**
 * Uses a code: marks it used, sets the log-in name and the password, all in one transaction.
 * If any step fails nothing is written, and the code can be tried again.
 */
export async function redeemActivationCode(
	input: string,
	loginName: string,
	password: string,
	now = Date.now()
): Promise<ActivationResult> {
	const check = await checkActivationCode(input, now);
	if (check.status !== 'valid') return check;
	const name = normalizeLoginName(loginName);
	const passwordHash = await hashPassword(password);

	return db.transaction(async (tx) => {
		const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.loginName, name));
		if (taken && taken.id !== check.userId) return { status: 'login_name_taken' } as const;

		// The `usedAt IS NULL` condition makes the code single-use even when two requests race.
		const used = await tx
			.update(invitation)
			.set({ usedAt: new Date(now) })
			.where(
				and(
					eq(invitation.codeHash, hashActivationCode(normalizeCode(input))),
					isNull(invitation.usedAt),
					gt(invitation.expiresAt, new Date(now))
				)
			)
			.returning({ userId: invitation.userId });
		if (used.length !== 1) return { status: 'used' } as const;

		await tx.update(user).set({ loginName: name }).where(eq(user.id, check.userId));
		// A code is a new way in that closes every old one: the old password, and every passkey (a
		// lost phone's too). A citizen who did not ask for a reset notices at once: their log-in stops working.
		await tx.delete(credential).where(eq(credential.userId, check.userId));
		await tx.insert(credential).values({
			id: newId(),
			userId: check.userId,
			kind: 'password',
			passwordHash,
			createdAt: new Date(now)
		});
		return { status: 'activated', userId: check.userId } as const;
	});
}

export function hashActivationCode(code: string): Buffer {
	return Buffer.from(sha256(new TextEncoder().encode(code)));
}

/** A free log-in name from the person's first name: "anna", else "anna2", "anna3" … */
export async function suggestLoginName(displayName: string): Promise<string> {
	const first = normalizeLoginName(displayName.split(/\s+/)[0] ?? '').replace(/[^a-zæøå0-9]/g, '') || 'borger';
	for (let n = 1; n < 100; n++) {
		const candidate = n === 1 ? first : `${first}${n}`;
		const [taken] = await db.select({ id: user.id }).from(user).where(eq(user.loginName, candidate)).limit(1);
		if (!taken) return candidate;
	}
	return `${first}${Date.now() % 10000}`;
}
