import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen, contactAssignment, grant, type Citizen, type Grant } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { recordAccess } from '../access-log/record.js';
import { todayIso } from '../time.js';
import type { CitizenArea } from '../../areas.js';

export { citizenAreas, type CitizenArea } from '../../areas.js';

/** What is known about the actor's relation to the citizen when deciding. */
export type Relation = {
	isAssignedWorker: boolean;
	grant: Pick<Grant, 'status' | 'areas' | 'endsOn'> | null;
};

/**
 * The rule, without the database: the citizen sees themself; a leader sees their unit; a worker
 * sees citizens they are assigned to today in their unit; a relative or guide sees the areas of an
 * active grant until its end date ("overview" is the list of what they may see).
 */
export function mayAccessCitizen(
	actor: SessionUser,
	target: Citizen,
	relation: Relation,
	area: CitizenArea,
	today = todayIso()
): boolean {
	switch (actor.role) {
		case 'citizen':
			return target.userId === actor.id;
		case 'leader':
			return actor.unitId !== null && target.unitId === actor.unitId;
		case 'worker':
			return actor.unitId !== null && target.unitId === actor.unitId && relation.isAssignedWorker;
		case 'relative':
		case 'guide': {
			const g = relation.grant;
			if (!g || g.status !== 'active' || (g.endsOn !== null && g.endsOn < today)) return false;
			return area === 'overview' || g.areas.includes(area);
		}
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

/** The helper's newest accepted grant for the citizen, whatever its state now. */
async function findHelperGrant(helperId: string, citizenId: string) {
	const [row] = await db
		.select()
		.from(grant)
		.where(and(eq(grant.citizenId, citizenId), eq(grant.granteeUserId, helperId)))
		.orderBy(desc(grant.createdAt))
		.limit(1);
	return row ?? null;
}

async function relationOf(actor: SessionUser, target: Citizen): Promise<Relation> {
	const isHelper = actor.role === 'relative' || actor.role === 'guide';
	return {
		isAssignedWorker: actor.role === 'worker' && (await isAssignedWorker(actor.id, target.id)),
		grant: isHelper ? await findHelperGrant(actor.id, target.id) : null
	};
}

/**
 * Looks up a citizen for an actor and decides access to one area, or to several read together
 * (one look-up, one log write with a line per area). Every decision about someone else's data
 * lands in the access log: the read when allowed, `denied` when not. Returns null when the actor
 * may not see every area asked for, or the citizen does not exist; callers answer 404 in both cases.
 */
export async function findCitizenForActor(
	actor: SessionUser,
	citizenId: string,
	areas: CitizenArea | readonly CitizenArea[],
	object = ''
): Promise<Citizen | null> {
	const asked = typeof areas === 'string' ? [areas] : areas;
	const [target] = await db.select().from(citizen).where(eq(citizen.id, citizenId)).limit(1);
	const relation = target ? await relationOf(actor, target) : { isAssignedWorker: false, grant: null };
	const refused = target === undefined ? asked[0] : asked.find((area) => !mayAccessCitizen(actor, target, relation, area));
	const allowed = refused === undefined;

	if (!target || target.userId !== actor.id) {
		// Allowed: a read per area. Refused: one line, for the first area refused.
		await recordAccess(
			(allowed ? asked : [refused]).map((area) => ({
				citizenId: target?.id ?? null,
				actor,
				action: allowed ? ('read' as const) : ('denied' as const),
				area,
				object: target ? object : `citizen:${citizenId.slice(0, 40)}`
			}))
		);
	}
	if (allowed && relation.grant) {
		// "Sidst set" on the citizen's list of helpers.
		await db
			.update(grant)
			.set({ lastSeenAt: new Date() })
			.where(and(eq(grant.citizenId, citizenId), eq(grant.granteeUserId, actor.id), eq(grant.status, 'active')));
	}
	if (!allowed) {
		console.warn(JSON.stringify({ event: 'access_denied', actor: actor.id, citizenId: citizenId.slice(0, 40), area: refused }));
	}
	return allowed ? (target ?? null) : null;
}
