import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { session, user } from '../db/schema/index.js';
import { createUnit, createUser } from '../testing/factories.js';
import { DAY, HOUR, MINUTE } from '../time.js';
import {
	ABSOLUTE_LIFETIME,
	createSession,
	endUserSessions,
	idleTimeoutFor,
	invalidateSession,
	invalidateUserSessions,
	listUserSessions,
	validateSessionToken
} from './session.js';

const start = new Date('2026-11-01T09:00:00Z');

describe('sessions', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(start);
	});
	afterEach(() => vi.useRealTimers());

	it('validates the token it created and stores only a hash of the secret', async () => {
		const person = await createUser('citizen');
		const { token } = await createSession(person.id, 'Mozilla/5.0');
		const [id, secret] = token.split('.');

		const result = await validateSessionToken(token);
		expect(result.user?.id).toBe(person.id);
		expect(result.session?.id).toBe(id);

		const [stored] = await db.select().from(session).where(eq(session.id, id!));
		expect(stored!.secretHash.toString('utf8')).not.toContain(secret);
		expect(stored!.secretHash.length).toBe(32);
	});

	it('has at least 128 bits in id and secret', async () => {
		const person = await createUser('citizen');
		const { token } = await createSession(person.id);
		const [id, secret] = token.split('.');
		// 32-letter alphabet: 5 bits a character.
		expect(id!.length * 5).toBeGreaterThanOrEqual(128);
		expect(secret!.length * 5).toBeGreaterThanOrEqual(128);
	});

	it('refuses a wrong secret, a made-up id and malformed tokens', async () => {
		const person = await createUser('citizen');
		const { token } = await createSession(person.id);
		const [id] = token.split('.');
		for (const bad of [`${id}.wrongsecretwrongsecretwron`, 'nope.nope', token + '.x', '', id!, '.']) {
			expect((await validateSessionToken(bad)).session).toBeNull();
		}
		// A failed guess must not destroy the real session.
		expect((await validateSessionToken(token)).session).not.toBeNull();
	});

	it('expires after the idle time-out and deletes the session', async () => {
		const person = await createUser('citizen');
		const { token } = await createSession(person.id);
		vi.setSystemTime(start.getTime() + idleTimeoutFor('citizen') + MINUTE);
		expect((await validateSessionToken(token)).session).toBeNull();
		vi.setSystemTime(start);
		expect((await validateSessionToken(token)).session).toBeNull();
	});

	it('slides: use within the idle time-out keeps the session alive', async () => {
		const person = await createUser('worker');
		const { token } = await createSession(person.id);
		for (let hours = 6; hours <= 30; hours += 6) {
			vi.setSystemTime(start.getTime() + hours * HOUR);
			expect((await validateSessionToken(token)).session).not.toBeNull();
		}
	});

	it('gives staff a shorter idle time-out than citizens', () => {
		expect(idleTimeoutFor('worker')).toBeLessThan(idleTimeoutFor('citizen'));
		expect(idleTimeoutFor('leader')).toBe(idleTimeoutFor('worker'));
	});

	it('ends at the absolute lifetime however active', async () => {
		const person = await createUser('citizen');
		const { token } = await createSession(person.id);
		for (let day = 1; day * DAY < ABSOLUTE_LIFETIME; day++) {
			vi.setSystemTime(start.getTime() + day * DAY);
			expect((await validateSessionToken(token)).session).not.toBeNull();
		}
		vi.setSystemTime(start.getTime() + ABSOLUTE_LIFETIME + MINUTE);
		expect((await validateSessionToken(token)).session).toBeNull();
	});

	it('refuses sessions of a deactivated user', async () => {
		const person = await createUser('worker', { unitId: (await createUnit()).id });
		const { token } = await createSession(person.id);
		await db.update(user).set({ isActive: false }).where(eq(user.id, person.id));
		expect((await validateSessionToken(token)).session).toBeNull();
	});

	it('logs out one session, or all but the current one', async () => {
		const person = await createUser('citizen');
		const a = await createSession(person.id);
		const b = await createSession(person.id);
		const c = await createSession(person.id);
		await invalidateSession(a.token.split('.')[0]!);
		expect((await validateSessionToken(a.token)).session).toBeNull();

		await invalidateUserSessions(person.id, b.token.split('.')[0]);
		expect((await validateSessionToken(b.token)).session).not.toBeNull();
		expect((await validateSessionToken(c.token)).session).toBeNull();
	});

	it('an ended session logs no one in, says why once to the holder of the cookie, and is then gone', async () => {
		const person = await createUser('relative');
		const { token } = await createSession(person.id);
		const other = await createSession(person.id);
		await endUserSessions(person.id, 'access-ended');
		expect(await listUserSessions(person.id)).toEqual([]);

		// A wrong secret learns nothing.
		const [id] = token.split('.');
		expect(await validateSessionToken(`${id}.wrongsecretwrongsecretwrong`)).toEqual({ session: null, user: null });
		expect(await validateSessionToken(token)).toEqual({ session: null, user: null, endedBecause: 'access-ended' });
		expect(await validateSessionToken(token)).toEqual({ session: null, user: null });
		expect(await validateSessionToken(other.token)).toEqual({ session: null, user: null, endedBecause: 'access-ended' });
		expect(await db.select().from(session).where(eq(session.userId, person.id))).toEqual([]);
	});
});
