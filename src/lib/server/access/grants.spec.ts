import { describe, expect, it } from 'vitest';
import { findUserByPassword } from '../auth/password.js';
import { createSession, validateSessionToken } from '../auth/session.js';
import { assignWorker, createCitizen, createUnit, createUser, createWorker } from '../testing/factories.js';
import { listAccessForCitizen } from '../access-log/record.js';
import { findCitizenForActor } from './citizen-access.js';
import {
	HELPER_INVITATION_LIFETIME,
	acceptHelperInvitation,
	acceptSuggestion,
	checkHelperInvitation,
	findGrantForCitizen,
	inviteHelper,
	listCitizensForHelper,
	listGrantsForCitizen,
	renewInvitationLink,
	revokeGrant,
	suggestGuide,
	updateGrant
} from './grants.js';
import type { SessionUser } from '../auth/session.js';

const asUser = (id: string, role: SessionUser['role'], unitId: string | null = null): SessionUser => ({
	id,
	role,
	unitId,
	displayName: id,
	unitName: null
});

async function citizenWithInvitedRelative(areas = ['dreams']) {
	const unit = await createUnit();
	const citizen = await createCitizen(unit.id, { name: 'Carla Citizen', canLogIn: true });
	const { grantId, token } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Mor', areas, canWriteInput: false, endsOn: null });
	return { unit, citizen, grantId, token };
}

async function acceptAsNew(token: string, loginName = `helper${Math.random().toString(36).slice(2, 8)}`) {
	const result = await acceptHelperInvitation(token, { newAccount: { displayName: 'Mette Mor', loginName, password: 'a long password' } });
	if (result.status !== 'accepted') throw new Error(result.status);
	return asUser(result.userId, 'relative');
}

describe('helper invitations', () => {
	it('removed while being accepted: the removal wins, and nothing of the acceptance stays', async () => {
		const { citizen, token, grantId } = await citizenWithInvitedRelative();
		const loginName = `racer${Math.random().toString(36).slice(2, 8)}`;
		// The link is checked at once; making the password hash takes a while, and the citizen removes the helper then.
		const accepting = acceptHelperInvitation(token, { newAccount: { displayName: 'Racer', loginName, password: 'a long password' } });
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(await revokeGrant(citizen.id, grantId)).toBe(true);
		expect((await accepting).status).toBe('invalid');

		// Still removed: no open or active grant is left to find.
		expect(await findGrantForCitizen(citizen.id, grantId)).toBeNull();
		expect(await findUserByPassword(loginName, 'a long password')).toBeNull();
	});

	it('make a relative account that sees only the granted areas, and the visit is logged and shown as "last seen"', async () => {
		const { citizen, token, grantId } = await citizenWithInvitedRelative();
		expect((await checkHelperInvitation(token)).status).toBe('valid');
		const relative = await acceptAsNew(token, 'mettemor');
		expect(await findUserByPassword('mettemor', 'a long password')).toEqual({ userId: relative.id, role: 'relative' });

		expect(await findCitizenForActor(relative, citizen.id, 'dreams')).not.toBeNull();
		expect(await findCitizenForActor(relative, citizen.id, 'plan')).toBeNull();
		const log = await listAccessForCitizen(citizen.id);
		expect(log.map((e) => [e.actorUserId, e.action, e.area])).toEqual([
			[relative.id, 'denied', 'plan'],
			[relative.id, 'read', 'dreams']
		]);
		const [row] = (await listGrantsForCitizen(citizen.id)).filter((g) => g.grant.id === grantId);
		expect(row!.grant.lastSeenAt).not.toBeNull();
		expect(row!.helperName).toBe('Mette Mor');
		expect((await listCitizensForHelper(relative.id)).map((c) => [c.name, c.areas])).toEqual([['Carla Citizen', ['dreams']]]);
	});

	it('work once, and not after 7 days', async () => {
		const first = await citizenWithInvitedRelative();
		await acceptAsNew(first.token);
		expect((await checkHelperInvitation(first.token)).status).toBe('used');

		const second = await citizenWithInvitedRelative();
		expect((await checkHelperInvitation(second.token, Date.now() + HELPER_INVITATION_LIFETIME + 1000)).status).toBe('expired');
		expect((await checkHelperInvitation('notarealtokennotarealtoken')).status).toBe('invalid');
	});

	it('keep the link usable when the log-in name is taken', async () => {
		const { token } = await citizenWithInvitedRelative();
		await createUser('relative').then(async (taken) => {
			const result = await acceptHelperInvitation(token, {
				newAccount: { displayName: 'X', loginName: taken.loginName, password: 'a long password' }
			});
			expect(result.status).toBe('login_name_taken');
		});
		expect((await checkHelperInvitation(token)).status).toBe('valid');
	});

	it('add a second citizen to an existing helper account of the same kind only', async () => {
		const first = await citizenWithInvitedRelative();
		const relative = await acceptAsNew(first.token);
		const second = await citizenWithInvitedRelative(['plan']);
		const guide = asUser((await createUser('guide')).id, 'guide');
		expect((await acceptHelperInvitation(second.token, { existing: guide })).status).toBe('wrong_role');
		expect((await acceptHelperInvitation(second.token, { existing: relative })).status).toBe('accepted');
		expect((await listCitizensForHelper(relative.id)).length).toBe(2);
	});

	it('can be renewed: the old link stops working', async () => {
		const { citizen, grantId, token } = await citizenWithInvitedRelative();
		const fresh = await renewInvitationLink(citizen.id, grantId);
		expect((await checkHelperInvitation(token)).status).toBe('expired');
		expect((await checkHelperInvitation(fresh!)).status).toBe('valid');
	});
});

describe('changing and removing a helper', () => {
	it('takes effect on the next request', async () => {
		const { citizen, grantId, token } = await citizenWithInvitedRelative();
		const relative = await acceptAsNew(token);
		expect(await updateGrant(citizen.id, grantId, { areas: ['plan'], canWriteInput: true, endsOn: null })).toBe(true);
		expect(await findCitizenForActor(relative, citizen.id, 'dreams')).toBeNull();
		expect(await findCitizenForActor(relative, citizen.id, 'plan')).not.toBeNull();
	});

	it('ends the helper’s sessions when they have no other grant, and refuses them at once', async () => {
		const { citizen, grantId, token } = await citizenWithInvitedRelative();
		const relative = await acceptAsNew(token);
		const session = await createSession(relative.id);
		expect(await revokeGrant(citizen.id, grantId)).toBe(true);
		expect(await findCitizenForActor(relative, citizen.id, 'dreams')).toBeNull();
		expect((await validateSessionToken(session.token)).session).toBeNull();
	});

	it('keeps the sessions of a helper who still helps someone else', async () => {
		const first = await citizenWithInvitedRelative();
		const relative = await acceptAsNew(first.token);
		const second = await citizenWithInvitedRelative();
		await acceptHelperInvitation(second.token, { existing: relative });
		const session = await createSession(relative.id);
		await revokeGrant(first.citizen.id, first.grantId);
		expect((await validateSessionToken(session.token)).session).not.toBeNull();
		expect(await findCitizenForActor(relative, second.citizen.id, 'dreams')).not.toBeNull();
	});

	it('cannot be done to another citizen’s helper', async () => {
		const mine = await citizenWithInvitedRelative();
		const theirs = await citizenWithInvitedRelative();
		expect(await revokeGrant(mine.citizen.id, theirs.grantId)).toBe(false);
		expect(await updateGrant(mine.citizen.id, theirs.grantId, { areas: ['plan'], canWriteInput: false, endsOn: null })).toBe(false);
	});
});

describe('guides suggested by staff', () => {
	it('start only when the citizen accepts, and the suggestion is in the citizen’s log', async () => {
		const unit = await createUnit();
		const citizen = await createCitizen(unit.id);
		const worker = await createWorker(unit.id);
		await assignWorker(citizen.id, worker.id);
		const grantId = await suggestGuide(asUser(worker.id, 'worker', unit.id), citizen.id, 'Gitte Guide');

		const [suggested] = await listGrantsForCitizen(citizen.id);
		expect(suggested!.grant.status).toBe('suggested');
		const token = await acceptSuggestion(citizen.id, grantId, { areas: ['dreams'], canWriteInput: false, endsOn: '2030-01-01' });
		expect((await checkHelperInvitation(token!)).status).toBe('valid');
		const log = await listAccessForCitizen(citizen.id);
		expect(log.map((e) => [e.actorUserId, e.action, e.area])).toEqual([[worker.id, 'create', 'helpers']]);
	});
});
