import { asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/index.js';
import { credential, grant, grantInvitation, invitation, session, user } from '../db/schema/index.js';
import { describeDevice } from '../auth/device-name.js';
import { iso, namesOf } from './names.js';

/**
 * The account: name, how the person logs in, the devices logged in and the activation letters made.
 * Never the secrets: no password hash, passkey key, session id or code hash leaves the server.
 */
export async function exportAccount(userId: string) {
	const [person] = await db.select().from(user).where(eq(user.id, userId));
	const credentials = await db.select().from(credential).where(eq(credential.userId, userId)).orderBy(asc(credential.createdAt));
	const sessions = await db.select().from(session).where(eq(session.userId, userId)).orderBy(desc(session.lastUsedAt));
	const codes = await db.select().from(invitation).where(eq(invitation.userId, userId)).orderBy(asc(invitation.createdAt));
	const name = await namesOf(codes.map((c) => c.createdBy));
	return {
		person: { name: person?.displayName ?? '', loginName: person?.loginName ?? null, createdAt: iso(person?.createdAt) },
		login: {
			hasPassword: credentials.some((c) => c.kind === 'password'),
			passkeys: credentials
				.filter((c) => c.kind === 'passkey')
				.map((c) => ({ name: c.name, createdAt: c.createdAt.toISOString(), lastUsedAt: iso(c.lastUsedAt) })),
			activationCodes: codes.map((c) => ({
				createdBy: name(c.createdBy),
				createdAt: c.createdAt.toISOString(),
				expiresAt: c.expiresAt.toISOString(),
				usedAt: iso(c.usedAt)
			}))
		},
		sessions: sessions.map((s) => ({ device: describeDevice(s.userAgent), createdAt: s.createdAt.toISOString(), lastUsedAt: s.lastUsedAt.toISOString() }))
	};
}

/** Every relative and guide the citizen invited or was suggested, with the invitation links' dates. */
export async function exportHelpers(citizenId: string) {
	const grants = await db.select().from(grant).where(eq(grant.citizenId, citizenId)).orderBy(asc(grant.createdAt));
	const links =
		grants.length === 0
			? []
			: await db
					.select()
					.from(grantInvitation)
					.where(inArray(grantInvitation.grantId, grants.map((g) => g.id)))
					.orderBy(asc(grantInvitation.createdAt));
	const name = await namesOf(grants.map((g) => g.suggestedBy));
	return grants.map((g) => ({
		id: g.id,
		name: g.name,
		kind: g.kind,
		status: g.status,
		areas: g.areas,
		canWriteInput: g.canWriteInput,
		endsOn: g.endsOn,
		suggestedBy: name(g.suggestedBy),
		createdAt: g.createdAt.toISOString(),
		acceptedAt: iso(g.acceptedAt),
		revokedAt: iso(g.revokedAt),
		lastSeenAt: iso(g.lastSeenAt),
		invitations: links
			.filter((l) => l.grantId === g.id)
			.map((l) => ({ createdAt: l.createdAt.toISOString(), expiresAt: l.expiresAt.toISOString(), usedAt: iso(l.usedAt) }))
	}));
}
