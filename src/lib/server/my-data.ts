import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from './db/index.js';
import { citizen, contactAssignment, credential, deletionRequest, grant, session, unit, user, type Citizen } from './db/schema/index.js';
import type { SessionUser } from './auth/session.js';
import { recordAccess } from './access-log/record.js';
import { fullAccessLog } from './access-log/view.js';
import { describeDevice } from './auth/device-name.js';
import { newId } from './random.js';

/** Version of the export's structure; the README documents it. */
export const EXPORT_FORMAT = { format: 'samklang-export', version: 1 } as const;

/**
 * Everything Samklang stores about a citizen, as one plain object (DESIGN.md §2.9, GDPR art. 15 and 20).
 * The export itself is logged, also when the citizen makes it, so the log shows every copy made.
 */
export async function exportCitizenData(target: Citizen, actor: SessionUser, how: 'file' | 'page') {
	const worker = alias(user, 'worker');
	const [person] = await db.select().from(user).where(eq(user.id, target.userId));
	const [home] = await db.select({ name: unit.name }).from(unit).where(eq(unit.id, target.unitId));
	const supporters = await db
		.select({
			name: worker.displayName,
			role: contactAssignment.role,
			isMain: contactAssignment.isMain,
			isTemporary: contactAssignment.isTemporary,
			fromDate: contactAssignment.fromDate,
			toDate: contactAssignment.toDate
		})
		.from(contactAssignment)
		.innerJoin(worker, eq(worker.id, contactAssignment.workerId))
		.where(eq(contactAssignment.citizenId, target.id))
		.orderBy(asc(contactAssignment.fromDate));
	const helpers = await db.select().from(grant).where(eq(grant.citizenId, target.id)).orderBy(asc(grant.createdAt));
	const credentials = await db.select().from(credential).where(eq(credential.userId, target.userId));
	const sessions = await db.select().from(session).where(eq(session.userId, target.userId)).orderBy(desc(session.lastUsedAt));
	const requests = await listDeletionRequests(target.id);
	const log = await fullAccessLog(target.id);

	await recordAccess([{ citizenId: target.id, actor, action: 'export', area: 'data', object: how }]);

	return {
		...EXPORT_FORMAT,
		exportedAt: new Date().toISOString(),
		person: { name: person?.displayName ?? '', loginName: person?.loginName ?? null, createdAt: person?.createdAt.toISOString() ?? null },
		citizen: {
			unit: home?.name ?? '',
			hoursBand: target.hoursBand,
			legalBasis: target.legalBasis,
			startDate: target.startDate,
			status: target.status
		},
		supporters,
		helpers: helpers.map((g) => ({
			name: g.name,
			kind: g.kind,
			status: g.status,
			areas: g.areas,
			canWriteInput: g.canWriteInput,
			endsOn: g.endsOn,
			createdAt: g.createdAt.toISOString(),
			acceptedAt: g.acceptedAt?.toISOString() ?? null,
			revokedAt: g.revokedAt?.toISOString() ?? null,
			lastSeenAt: g.lastSeenAt?.toISOString() ?? null
		})),
		login: {
			hasPassword: credentials.some((c) => c.kind === 'password'),
			passkeys: credentials
				.filter((c) => c.kind === 'passkey')
				.map((c) => ({ name: c.name, createdAt: c.createdAt.toISOString(), lastUsedAt: c.lastUsedAt?.toISOString() ?? null }))
		},
		sessions: sessions.map((s) => ({
			device: describeDevice(s.userAgent),
			createdAt: s.createdAt.toISOString(),
			lastUsedAt: s.lastUsedAt.toISOString()
		})),
		accessLog: log.entries.map((e) => ({ at: e.at, who: e.actorName, relation: e.relation, action: e.action, area: e.area, repeatCount: e.repeatCount, lastAt: e.lastAt })),
		deletionRequests: requests.map((r) => ({
			requestedAt: r.requestedAt.toISOString(),
			message: r.message,
			status: r.status,
			answer: r.answer,
			handledAt: r.handledAt?.toISOString() ?? null
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
