import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen, contactAssignment, type Citizen } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { recordAccess } from '../access-log/record.js';
import { todayIso } from '../time.js';

/** The parts of a citizen's data that access is decided for. Grants (trust core) use the same names. */
export const citizenAreas = ['overview', 'dreams', 'plan', 'meetings', 'ratings', 'network'] as const;
export type CitizenArea = (typeof citizenAreas)[number];

/** What is known about the actor's relation to the citizen when deciding. */
export type Relation = { isAssignedWorker: boolean };

/**
 * The rule, without the database: the citizen sees themself; a leader sees their unit;
 * a worker sees citizens they are currently assigned to in their unit. Relatives and guides
 * get access only through grants, which the trust-core issue adds.
 */
export function mayAccessCitizen(actor: SessionUser, target: Citizen, relation: Relation): boolean {
	switch (actor.role) {
		case 'citizen':
			return target.userId === actor.id;
		case 'leader':
			return actor.unitId !== null && target.unitId === actor.unitId;
		case 'worker':
			return actor.unitId !== null && target.unitId === actor.unitId && relation.isAssignedWorker;
		case 'relative':
		case 'guide':
			return false;
	}
}

/** Whether the worker has an assignment to the citizen that covers today. */
export async function isAssignedWorker(workerId: string, citizenId: string, today = todayIso()) {
	const [row] = await db
		.select({ id: contactAssignment.id })
		.from(contactAssignment)
		.where(
			and(
				eq(contactAssignment.citizenId, citizenId),
				eq(contactAssignment.workerId, workerId),
				lte(contactAssignment.fromDate, today),
				or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, today))
			)
		)
		.limit(1);
	return row !== undefined;
}

/**
 * Looks up a citizen for an actor and decides access to one area. Every decision about someone
 * else's data lands in the access log: a read when allowed, `denied` when not. Returns null when
 * the actor may not see the citizen, or the citizen does not exist; callers answer 404 in both cases.
 */
export async function findCitizenForActor(
	actor: SessionUser,
	citizenId: string,
	area: CitizenArea
): Promise<Citizen | null> {
	const [target] = await db.select().from(citizen).where(eq(citizen.id, citizenId)).limit(1);
	const relation = {
		isAssignedWorker: actor.role === 'worker' && target !== undefined && (await isAssignedWorker(actor.id, citizenId))
	};
	const allowed = target !== undefined && mayAccessCitizen(actor, target, relation);

	if (!target || target.userId !== actor.id) {
		await recordAccess([
			{
				citizenId: target?.id ?? null,
				actor,
				action: allowed ? 'read' : 'denied',
				object: target ? area : `${area}:${citizenId.slice(0, 40)}`
			}
		]);
	}
	if (!allowed) {
		console.warn(JSON.stringify({ event: 'access_denied', actor: actor.id, citizenId: citizenId.slice(0, 40), area }));
	}
	return allowed ? target : null;
}
