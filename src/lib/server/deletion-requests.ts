import type { SessionUser } from './auth/session.js';
import { recordAccess } from './access-log/record.js';
import { listDeletionRequestsForUnit } from './my-data.js';

/**
 * The leader's page of requests for deletion. Each request shows the citizen's own words, so
 * showing it is a read of that citizen's data: one line in each citizen's log, in one write.
 */
export async function readDeletionRequestsForLeader(leader: SessionUser) {
	const rows = await listDeletionRequestsForUnit(leader.unitId ?? '');
	const citizenIds = [...new Set(rows.map((row) => row.request.citizenId))];
	await recordAccess(citizenIds.map((citizenId) => ({ citizenId, actor: leader, action: 'read' as const, area: 'data', object: 'deletion-request' })));
	return rows;
}
