import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from './db/index.js';
import { citizen, contactAssignment, unit, user, type AssignmentRole, type Citizen } from './db/schema/index.js';
import type { SessionUser } from './auth/session.js';
import { recordAccess } from './access-log/record.js';
import { addDays, todayIso } from './time.js';
import { latestRatingFlags, recentScores } from './ratings/ratings.js';
import { openWishFlags } from './contact-person/wishes.js';

/** A worker who supports a citizen now. */
export type Supporter = {
	workerId: string;
	name: string;
	role: AssignmentRole;
	isMain: boolean;
	isTemporary: boolean;
	fromDate: string;
};

const worker = alias(user, 'worker');

const supporterColumns = {
	citizenId: contactAssignment.citizenId,
	workerId: contactAssignment.workerId,
	name: worker.displayName,
	role: contactAssignment.role,
	isMain: contactAssignment.isMain,
	isTemporary: contactAssignment.isTemporary,
	fromDate: contactAssignment.fromDate
};

/** Assignments in force on `today` (a date, or a placeholder in a prepared query). */
const inForceOn = (today: string | Placeholder) =>
	and(lte(contactAssignment.fromDate, today), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, today)));

const supporterRows = (whichCitizens: SQL | undefined, today: string | Placeholder) =>
	db
		.select(supporterColumns)
		.from(contactAssignment)
		.innerJoin(worker, eq(worker.id, contactAssignment.workerId))
		.where(and(whichCitizens, inForceOn(today)))
		.orderBy(asc(worker.displayName));

/** One citizen's supporters, asked on every visit to Min side: built once. */
const supportersOfOne = supporterRows(eq(contactAssignment.citizenId, sql.placeholder('citizenId')), sql.placeholder('today')).prepare();

/** Current supporters of each citizen, main contact first. */
export async function currentSupporters(citizenIds: string[], today = todayIso()) {
	const bySupporter = new Map<string, Supporter[]>();
	if (citizenIds.length === 0) return bySupporter;
	const rows =
		citizenIds.length === 1
			? await supportersOfOne.all({ citizenId: citizenIds[0], today })
			: await supporterRows(inArray(contactAssignment.citizenId, citizenIds), today);
	for (const { citizenId, ...supporter } of rows) {
		const list = bySupporter.get(citizenId) ?? [];
		list.push(supporter);
		bySupporter.set(citizenId, list);
	}
	for (const list of bySupporter.values()) list.sort((a, b) => Number(b.isMain) - Number(a.isMain));
	return bySupporter;
}

/** The kontaktperson or team of one citizen on a day: today's supporters without registered cover. */
export async function supportTeam(citizenId: string, today = todayIso()) {
	return ((await currentSupporters([citizenId], today)).get(citizenId) ?? []).filter((s) => s.role !== 'cover');
}

const citizenOfUser = db
	.select({ citizen, unitName: unit.name, choicePeriodDays: unit.choicePeriodDays })
	.from(citizen)
	.innerJoin(unit, eq(unit.id, citizen.unitId))
	.where(eq(citizen.userId, sql.placeholder('userId')))
	.limit(1)
	.prepare();

/** What Min side needs: the citizen, their unit, who supports them, and when they may choose. */
export async function getCitizenHome(userId: string, today = todayIso()) {
	const [row] = await citizenOfUser.all({ userId });
	if (!row) return null;
	const supporters = (await currentSupporters([row.citizen.id], today)).get(row.citizen.id) ?? [];
	const temporary = supporters.find((s) => s.isTemporary);
	return {
		citizenId: row.citizen.id,
		unitName: row.unitName,
		supporters,
		/** The date the citizen may choose their own kontaktperson, while it is temporary. */
		mayChooseFrom: temporary ? addDays(temporary.fromDate, row.choicePeriodDays) : null
	};
}

export type CaseloadRow = Pick<Citizen, 'id' | 'hoursBand' | 'legalBasis' | 'startDate' | 'status'> & {
	name: string;
	supporters: Supporter[];
	/** The newest rating is low or falling: the worker and the leader should look. */
	ratingFlag: { isLow: boolean; isFalling: boolean } | null;
	/** The citizen has asked for another kontaktperson or team and waits for the leader's answer. */
	wishFlag: { isOverdue: boolean } | null;
	/** Up to six recent overall scores, oldest first, for the small trend line. */
	sparkline: number[];
};

/**
 * "Mine borgere": a worker's currently assigned citizens, or a leader's whole unit — never
 * another unit. Each citizen shown is a read by staff, so each lands in the citizen's access log.
 */
export async function listCaseload(staff: SessionUser, today = todayIso()): Promise<CaseloadRow[]> {
	if (!staff.unitId || (staff.role !== 'worker' && staff.role !== 'leader')) return [];
	const person = alias(user, 'person');
	const inUnit = and(eq(citizen.unitId, staff.unitId), eq(citizen.status, 'active'));
	const base = db
		.selectDistinct({
			id: citizen.id,
			name: person.displayName,
			hoursBand: citizen.hoursBand,
			legalBasis: citizen.legalBasis,
			startDate: citizen.startDate,
			status: citizen.status
		})
		.from(citizen)
		.innerJoin(person, eq(person.id, citizen.userId));
	const rows =
		staff.role === 'leader'
			? await base.where(inUnit).orderBy(asc(person.displayName))
			: await base
					.innerJoin(contactAssignment, eq(contactAssignment.citizenId, citizen.id))
					.where(
						and(
							inUnit,
							eq(contactAssignment.workerId, staff.id),
							lte(contactAssignment.fromDate, today),
							or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, today))
						)
					)
					.orderBy(asc(person.displayName));

	const supporters = await currentSupporters(rows.map((r) => r.id), today);
	const flags = await latestRatingFlags(rows.map((r) => r.id));
	const sparklines = await recentScores(rows.map((r) => r.id));
	const wishes = await openWishFlags(rows.map((r) => r.id));
	// A flag or a trend line shows the citizen's ratings, so showing either is a read of them too.
	const ratingsShown = new Set([...flags.keys(), ...sparklines.keys()]);
	await recordAccess([
		...rows.map((r) => ({ citizenId: r.id, actor: staff, action: 'read' as const, area: 'overview', object: 'caseload' })),
		...[...ratingsShown].map((citizenId) => ({ citizenId, actor: staff, action: 'read' as const, area: 'ratings', object: 'caseload' })),
		...[...wishes.keys()].map((citizenId) => ({ citizenId, actor: staff, action: 'read' as const, area: 'contact-person', object: 'caseload' }))
	]);
	return rows.map((r) => ({
		...r,
		supporters: supporters.get(r.id) ?? [],
		ratingFlag: flags.get(r.id) ?? null,
		wishFlag: wishes.get(r.id) ?? null,
		sparkline: sparklines.get(r.id) ?? []
	}));
}

/** The staff view of one citizen, after `requireCitizenAccess` allowed it. */
export async function getCitizenOverview(target: Citizen, today = todayIso()) {
	const [person] = await db.select({ name: user.displayName }).from(user).where(eq(user.id, target.userId));
	const supporters = (await currentSupporters([target.id], today)).get(target.id) ?? [];
	return { ...target, name: person?.name ?? '', supporters };
}

/** Assignments of a worker that start or end after today: "Ændringer på vej" on the staff page. */
export async function upcomingChanges(worker: SessionUser, today = todayIso()) {
	const person = alias(user, 'person');
	const rows = await db
		.select({ id: contactAssignment.id, citizenId: citizen.id, citizenName: person.displayName, fromDate: contactAssignment.fromDate, toDate: contactAssignment.toDate })
		.from(contactAssignment)
		.innerJoin(citizen, eq(citizen.id, contactAssignment.citizenId))
		.innerJoin(person, eq(person.id, citizen.userId))
		.where(and(eq(contactAssignment.workerId, worker.id), or(gte(contactAssignment.fromDate, addDays(today, 1)), gte(contactAssignment.toDate, today))))
		.orderBy(asc(contactAssignment.fromDate));
	await recordAccess(rows.map((r) => ({ citizenId: r.citizenId, actor: worker, action: 'read' as const, area: 'overview', object: 'upcoming' })));
	return rows.flatMap((r) => [
		...(r.fromDate > today ? [{ id: `${r.id}-start`, citizenId: r.citizenId, citizenName: r.citizenName, kind: 'start' as const, date: r.fromDate }] : []),
		...(r.toDate !== null && r.toDate >= today ? [{ id: `${r.id}-end`, citizenId: r.citizenId, citizenName: r.citizenName, kind: 'end' as const, date: r.toDate }] : [])
	]);
}
