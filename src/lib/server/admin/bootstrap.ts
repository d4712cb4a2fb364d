import { db } from '../db/index.js';
import { unit, user } from '../db/schema/index.js';
import { createActivationCode } from '../auth/invitation.js';
import { newId } from '../random.js';

export type FirstLeader = { unitName: string; leaderName: string };

/** Why a bootstrap input is refused, in words for the person at the terminal. */
export function problemsWith(input: FirstLeader): string[] {
	const problems: string[] = [];
	if (!input.unitName.trim() || input.unitName.length > 100) problems.push('--unit: the unit’s name, 1 to 100 characters');
	if (!input.leaderName.trim() || input.leaderName.length > 100) problems.push('--leader: the leader’s full name, 1 to 100 characters');
	return problems;
}

/**
 * A municipality's first unit and its first leader, without any demo data: the leader gets a
 * one-time activation code for a letter (stored only as a hash) and then creates the staff and
 * citizens in the app. One transaction: nothing is half-made.
 */
export async function createUnitWithFirstLeader(input: FirstLeader, now = Date.now()) {
	return db.transaction(async (tx) => {
		const unitId = newId();
		const leaderId = newId();
		const createdAt = new Date(now);
		await tx.insert(unit).values({ id: unitId, name: input.unitName.trim(), createdAt });
		await tx.insert(user).values({ id: leaderId, role: 'leader', loginName: null, displayName: input.leaderName.trim(), unitId, createdAt });
		return { unitId, leaderId, ...(await createActivationCode(leaderId, null, now, tx)) };
	});
}
