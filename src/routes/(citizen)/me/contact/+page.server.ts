import { eq } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { supportTeam } from '#lib/server/citizens.js';
import { db } from '#lib/server/db/index.js';
import { unit } from '#lib/server/db/schema/index.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load = (async () => {
	const { citizen } = await requireCitizenSelf();
	const [settings] = await db.select().from(unit).where(eq(unit.id, citizen.unitId));
	const isEnglish = getLocale() === 'en';
	return {
		supporters: (await supportTeam(citizen.id)).map((s) => s.name),
		phone: settings?.contactPhone ?? '',
		openingHours: (isEnglish ? settings?.openingHoursEn : settings?.openingHoursDa) || settings?.openingHoursDa || '',
		outOfHours: (isEnglish ? settings?.outOfHoursEn : settings?.outOfHoursDa) || settings?.outOfHoursDa || ''
	};
}) satisfies PageServerLoad;
