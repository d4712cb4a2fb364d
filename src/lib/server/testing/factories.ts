// Builds test data straight in the database, for unit tests and the end-to-end tests alike.
// Every factory makes fresh rows with random names, so no test depends on another's leftovers.
import { db } from '../db/index.js';
import {
	citizen,
	contactAssignment,
	credential,
	unit,
	user,
	workerProfile,
	type AssignmentRole,
	type Role
} from '../db/schema/index.js';
import { hashPassword } from '../auth/password.js';
import { createActivationCode } from '../auth/invitation.js';
import { createSession } from '../auth/session.js';
import { newId, randomString } from '../random.js';
import { addDays, todayIso } from '../time.js';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;

export async function createUnit(name = `Tilbud ${randomString(6)}`) {
	const id = newId();
	await db.insert(unit).values({ id, name, createdAt: new Date() });
	return { id, name };
}

/** A user who can log in with TEST_PASSWORD under a random log-in name. */
export async function createUser(role: Role, options: { unitId?: string | null; name?: string; canLogIn?: boolean } = {}) {
	const id = newId();
	const loginName = `${role}-${randomString(8)}`;
	const canLogIn = options.canLogIn ?? true;
	await db.insert(user).values({
		id,
		role,
		loginName: canLogIn ? loginName : null,
		displayName: options.name ?? `${role} ${randomString(5)}`,
		unitId: options.unitId ?? null,
		createdAt: new Date()
	});
	if (canLogIn) {
		passwordHash ??= hashPassword(TEST_PASSWORD);
		await db.insert(credential).values({
			id: newId(),
			userId: id,
			kind: 'password',
			passwordHash: await passwordHash,
			createdAt: new Date()
		});
	}
	return { id, role, loginName, displayName: options.name ?? '' };
}

export async function createWorker(unitId: string, name?: string) {
	const worker = await createUser('worker', { unitId, name });
	await db.insert(workerProfile).values({ userId: worker.id });
	return worker;
}

/** A citizen in a unit, not yet activated unless `canLogIn` is set. */
export async function createCitizen(unitId: string, options: { name?: string; canLogIn?: boolean; startedDaysAgo?: number } = {}) {
	const person = await createUser('citizen', { unitId, name: options.name, canLogIn: options.canLogIn ?? false });
	const id = newId();
	const startDate = addDays(todayIso(), -(options.startedDaysAgo ?? 10));
	await db.insert(citizen).values({
		id,
		userId: person.id,
		unitId,
		hoursBand: '1-5',
		legalBasis: 'sel85',
		startDate,
		createdAt: new Date()
	});
	return { id, userId: person.id, loginName: person.loginName, startDate };
}

export async function assignWorker(
	citizenId: string,
	workerId: string,
	options: { role?: AssignmentRole; isTemporary?: boolean; fromDate?: string; toDate?: string | null } = {}
) {
	await db.insert(contactAssignment).values({
		id: newId(),
		citizenId,
		workerId,
		role: options.role ?? 'contact',
		isMain: true,
		isTemporary: options.isTemporary ?? false,
		fromDate: options.fromDate ?? addDays(todayIso(), -10),
		toDate: options.toDate ?? null
	});
}

export { createActivationCode, createSession };
