import { describe, expect, it } from 'vitest';
import type { Citizen } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { mayAccessCitizen, type Relation } from './citizen-access.js';

const target = { id: 'c1', userId: 'u-citizen', unitId: 'unit-a' } as Citizen;
const person = (id: string, role: SessionUser['role'], unitId: string | null = null): SessionUser => ({
	id,
	role,
	unitId,
	displayName: id,
	unitName: null
});
const none: Relation = { isAssignedWorker: false, grant: null };
const grantOf = (g: Partial<NonNullable<Relation['grant']>>): Relation => ({
	isAssignedWorker: false,
	grant: { status: 'active', areas: ['dreams'], endsOn: null, ...g }
});

describe('mayAccessCitizen', () => {
	it('lets the citizen see everything of their own, and nobody else’s', () => {
		expect(mayAccessCitizen(person('u-citizen', 'citizen'), target, none, 'data')).toBe(true);
		expect(mayAccessCitizen(person('u-other', 'citizen'), target, none, 'overview')).toBe(false);
	});

	it('lets a leader see their own unit only, and a worker only while assigned', () => {
		expect(mayAccessCitizen(person('l', 'leader', 'unit-a'), target, none, 'plan')).toBe(true);
		expect(mayAccessCitizen(person('l', 'leader', 'unit-b'), target, none, 'plan')).toBe(false);
		expect(mayAccessCitizen(person('w', 'worker', 'unit-a'), target, none, 'plan')).toBe(false);
		expect(mayAccessCitizen(person('w', 'worker', 'unit-a'), target, { isAssignedWorker: true, grant: null }, 'plan')).toBe(true);
		expect(mayAccessCitizen(person('w', 'worker', 'unit-b'), target, { isAssignedWorker: true, grant: null }, 'plan')).toBe(false);
	});

	it('lets a helper see only granted areas of an active, unexpired grant', () => {
		const relative = person('r', 'relative');
		expect(mayAccessCitizen(relative, target, grantOf({}), 'dreams', '2026-11-22')).toBe(true);
		expect(mayAccessCitizen(relative, target, grantOf({}), 'overview', '2026-11-22')).toBe(true);
		expect(mayAccessCitizen(relative, target, grantOf({}), 'plan', '2026-11-22')).toBe(false);
		expect(mayAccessCitizen(relative, target, grantOf({}), 'access-log', '2026-11-22')).toBe(false);
		expect(mayAccessCitizen(relative, target, grantOf({ status: 'revoked' }), 'dreams', '2026-11-22')).toBe(false);
		expect(mayAccessCitizen(relative, target, grantOf({ status: 'invited' }), 'dreams', '2026-11-22')).toBe(false);
		expect(mayAccessCitizen(relative, target, none, 'overview', '2026-11-22')).toBe(false);
	});

	it('ends a guide’s access after the end date, not on it', () => {
		const guide = person('g', 'guide');
		const relation = grantOf({ endsOn: '2026-11-22' });
		expect(mayAccessCitizen(guide, target, relation, 'dreams', '2026-11-22')).toBe(true);
		expect(mayAccessCitizen(guide, target, relation, 'dreams', '2026-11-23')).toBe(false);
	});
});
