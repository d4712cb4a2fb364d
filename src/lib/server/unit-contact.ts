import { and, asc, eq } from 'drizzle-orm';
import { db } from './db/index.js';
import { unit, user } from './db/schema/index.js';

/** How to reach a unit: its phone number, opening hours and what to do outside them. */
export type UnitContact = { unitName: string; phone: string; openingHours: string; outOfHours: string };

/**
 * The unit's own contact settings (the leader sets them), in the page's language; the Danish text
 * stands in where the English one is empty. Null for a unit that does not exist.
 */
export async function getUnitContact(unitId: string, locale: string): Promise<UnitContact | null> {
	const [settings] = await db.select().from(unit).where(eq(unit.id, unitId));
	if (!settings) return null;
	const isEnglish = locale === 'en';
	return {
		unitName: settings.name,
		phone: settings.contactPhone,
		openingHours: (isEnglish ? settings.openingHoursEn : settings.openingHoursDa) || settings.openingHoursDa,
		outOfHours: (isEnglish ? settings.outOfHoursEn : settings.outOfHoursDa) || settings.outOfHoursDa
	};
}

/** The names of the unit's active leaders: someone other than the kontaktperson, to talk to about the help. */
export async function unitLeaderNames(unitId: string): Promise<string[]> {
	const rows = await db
		.select({ name: user.displayName })
		.from(user)
		.where(and(eq(user.unitId, unitId), eq(user.role, 'leader'), eq(user.isActive, true)))
		.orderBy(asc(user.displayName));
	return rows.map((r) => r.name);
}
