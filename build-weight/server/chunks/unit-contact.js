import { R as user, n as db, z as unit } from "./db.js";
import { and, asc, eq } from "drizzle-orm";
// src/lib/server/unit-contact.ts
/**
* The unit's own contact settings (the leader sets them), in the page's language; the Danish text
* stands in where the English one is empty. Null for a unit that does not exist.
*/
async function getUnitContact(unitId, locale) {
	const [settings] = await db.select().from(unit).where(eq(unit.id, unitId));
	if (!settings) return null;
	const isEnglish = locale === "en";
	return {
		unitName: settings.name,
		phone: settings.contactPhone,
		openingHours: (isEnglish ? settings.openingHoursEn : settings.openingHoursDa) || settings.openingHoursDa,
		outOfHours: (isEnglish ? settings.outOfHoursEn : settings.outOfHoursDa) || settings.outOfHoursDa
	};
}
/** The names of the unit's active leaders: someone other than the kontaktperson, to talk to about the help. */
async function unitLeaderNames(unitId) {
	return (await db.select({ name: user.displayName }).from(user).where(and(eq(user.unitId, unitId), eq(user.role, "leader"), eq(user.isActive, true))).orderBy(asc(user.displayName))).map((r) => r.name);
}
export { unitLeaderNames as n, getUnitContact as t };

//# sourceMappingURL=unit-contact.js.map