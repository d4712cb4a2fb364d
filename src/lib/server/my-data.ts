import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from './db/index.js';
import { citizen, deletionRequest, unit, user, type Citizen } from './db/schema/index.js';
import type { SessionUser } from './auth/session.js';
import { recordAccess } from './access-log/record.js';
import { fullAccessLog } from './access-log/view.js';
import { newId } from './random.js';
import { exportAccount, exportHelpers } from './my-data/account.js';
import { exportContactWishes, exportSupporters } from './my-data/contact.js';
import { exportDreams, exportPlan } from './my-data/dreams-plan.js';
import { exportMeetings } from './my-data/meetings.js';
import { exportRatings, exportVisits } from './my-data/ratings.js';
import { iso, namesOf } from './my-data/names.js';

/** Version of the export's structure; the README documents it. 2: every area of the citizen's data. */
export const EXPORT_FORMAT = { format: 'samklang-export', version: 2 } as const;

/** The citizen's whole access log for the export, every line, as the log page shows it (refusals folded, with their count). */
async function exportAccessLog(citizenId: string) {
	const log = await fullAccessLog(citizenId);
	return log.entries.map((e) => ({ at: e.at, who: e.actorName, relation: e.relation, action: e.action, area: e.area, repeatCount: e.repeatCount, lastAt: e.lastAt }));
}

/**
 * Everything Samklang stores about a citizen, as one plain object (DESIGN.md §2.9, GDPR art. 15 and 20),
 * uncapped. my-data.spec.ts checks it against every table of the schema that holds a citizen's data.
 * The export itself is logged, also when the citizen makes it, so the log shows every copy made.
 */
export async function exportCitizenData(target: Citizen, actor: SessionUser, how: 'file' | 'page') {
	const [home] = await db.select({ name: unit.name }).from(unit).where(eq(unit.id, target.unitId));
	const [account, supporters, helpers, dreams, plan, meetings, visits, ratings, wishes, requests, accessLog] = await Promise.all([
		exportAccount(target.userId),
		exportSupporters(target.id),
		exportHelpers(target.id),
		exportDreams(target.id),
		exportPlan(target.id),
		exportMeetings(target.id),
		exportVisits(target.id),
		exportRatings(target.id),
		exportContactWishes(target.id),
		listDeletionRequests(target.id),
		exportAccessLog(target.id)
	]);
	const name = await namesOf(requests.map((r) => r.handledBy));

	await recordAccess([{ citizenId: target.id, actor, action: 'export', area: 'data', object: how }]);

	return {
		...EXPORT_FORMAT,
		exportedAt: new Date().toISOString(),
		person: account.person,
		citizen: {
			id: target.id,
			unit: home?.name ?? '',
			hoursBand: target.hoursBand,
			legalBasis: target.legalBasis,
			startDate: target.startDate,
			status: target.status,
			createdAt: target.createdAt.toISOString(),
			ratingPromptDismissedAt: iso(target.ratingPromptDismissedAt)
		},
		supporters,
		helpers,
		login: account.login,
		sessions: account.sessions,
		dreams,
		plan,
		meetings,
		visits,
		ratings,
		contactWishes: wishes.contactWishes,
		contactSuggestions: wishes.contactSuggestions,
		accessLog,
		deletionRequests: requests.map((r) => ({
			id: r.id,
			requestedAt: r.requestedAt.toISOString(),
			message: r.message,
			status: r.status,
			answer: r.answer,
			handledBy: name(r.handledBy),
			handledAt: iso(r.handledAt)
		}))
	};
}

export type CitizenExport = Awaited<ReturnType<typeof exportCitizenData>>;

export async function requestDeletion(citizenId: string, message: string) {
	await db.insert(deletionRequest).values({ id: newId(), citizenId, message, requestedAt: new Date() });
}

export async function listDeletionRequests(citizenId: string) {
	return db.select().from(deletionRequest).where(eq(deletionRequest.citizenId, citizenId)).orderBy(desc(deletionRequest.requestedAt));
}

/** The leader's list: every request from the unit's citizens, open ones first. */
export async function listDeletionRequestsForUnit(unitId: string) {
	const person = alias(user, 'person');
	const rows = await db
		.select({ request: deletionRequest, name: person.displayName })
		.from(deletionRequest)
		.innerJoin(citizen, eq(citizen.id, deletionRequest.citizenId))
		.innerJoin(person, eq(person.id, citizen.userId))
		.where(eq(citizen.unitId, unitId))
		.orderBy(desc(deletionRequest.requestedAt));
	return rows.sort((a, b) => Number(b.request.status === 'open') - Number(a.request.status === 'open'));
}

/** The leader answers a request of their own unit; the answer and the change are logged together. */
export async function answerDeletionRequest(
	leader: SessionUser,
	requestId: string,
	status: 'completed' | 'declined',
	answer: string
) {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ citizenId: deletionRequest.citizenId })
			.from(deletionRequest)
			.innerJoin(citizen, eq(citizen.id, deletionRequest.citizenId))
			.where(and(eq(deletionRequest.id, requestId), eq(citizen.unitId, leader.unitId ?? ''), eq(deletionRequest.status, 'open')));
		if (!row) return false;
		await tx
			.update(deletionRequest)
			.set({ status, answer, handledBy: leader.id, handledAt: new Date() })
			.where(eq(deletionRequest.id, requestId));
		await recordAccess([{ citizenId: row.citizenId, actor: leader, action: 'update', area: 'data', object: `deletion-request:${requestId}` }], tx);
		return true;
	});
}
