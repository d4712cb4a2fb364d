import { redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { db } from '#lib/server/db/index.js';
import { contactWish, grant, user, type Citizen } from '#lib/server/db/schema/index.js';
import { listUnitWorkers } from '#lib/server/contact-person/workers.js';
import { choiceWindowFor, createWish } from '#lib/server/contact-person/wishes.js';
import { teamRoles, type WishMember } from '#lib/server/contact-person/wish-rules.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { oneWishSchema, teamRolesSchema, teamWishSchema } from '#lib/validation/contact-person.js';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { routes } from '#lib/routes.js';
import { todayIso } from '#lib/server/time.js';

/** The citizen's guides today: one of them may have sat beside the citizen while choosing. */
async function activeGuides(target: Citizen) {
	const today = todayIso();
	const rows = await db
		.select({ id: user.id, name: user.displayName, endsOn: grant.endsOn })
		.from(grant)
		.innerJoin(user, eq(user.id, grant.granteeUserId))
		.where(and(eq(grant.citizenId, target.id), eq(grant.kind, 'guide'), eq(grant.status, 'active')));
	return rows.filter((g) => g.endsOn === null || g.endsOn >= today).map(({ id, name }) => ({ id, name }));
}

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const kindParam = url.searchParams.get('kind');
	const [open] = await db.select({ id: contactWish.id }).from(contactWish).where(and(eq(contactWish.citizenId, citizen.id), eq(contactWish.status, 'open')));
	return {
		window: await choiceWindowFor(citizen),
		hasOpenWish: open !== undefined,
		kind: kindParam === 'one' || kindParam === 'team' ? kindParam : null,
		workers: (await listUnitWorkers(citizen.unitId)).map((w) => ({ id: w.id, name: w.name, hasRoom: w.hasRoom })),
		guides: await activeGuides(citizen),
		/** From "Vælg John" on a suggestion, or a link in the gallery. */
		preselected: url.searchParams.get('worker')?.slice(0, 64) ?? null
	};
}) satisfies PageServerLoad;

/** Which field each problem of the role rules belongs to, so the error summary links to it. */
const problemField: Record<string, string> = {
	wish_error_one: 'workerId',
	wish_error_role_practical: 'practical',
	wish_error_role_personal: 'personal',
	wish_error_role_plan: 'plan',
	wish_error_main: 'main'
};

export const actions = {
	default: async ({ request }) => {
		const { citizen } = await requireCitizenSelf();
		const data = await request.formData();
		const kind = data.get('kind') === 'team' ? 'team' : 'one';
		const values = formValues(data);
		const refuse = (errors: Record<string, string>) => invalid(400, { kind, values, errors });

		let members: WishMember[];
		let why: { reason: string; reasonPrivate: boolean; helperId: string };
		if (kind === 'one') {
			const parsed = parseForm(oneWishSchema, data);
			if (!parsed.success) return refuse(parsed.errors);
			members = [{ role: 'contact', workerId: parsed.output.workerId, isMain: true }];
			why = parsed.output;
		} else if (data.get('step') !== 'details') {
			// A team in two steps: first who does what; then, by name, the main contact and one more.
			// Without JavaScript the second questions can only name the people once the first are sent.
			const parsed = parseForm(teamRolesSchema, data);
			if (!parsed.success) return refuse(parsed.errors);
			const unitWorkers = new Set((await listUnitWorkers(citizen.unitId)).map((w) => w.id));
			const stranger = teamRoles.find((role) => !unitWorkers.has(parsed.output[role]));
			if (stranger) return refuse({ [stranger]: 'wish_error_worker' });
			return { kind, values, isRolesChosen: true };
		} else {
			const parsed = parseForm(teamWishSchema, data);
			if (!parsed.success) return refuse(parsed.errors);
			const { practical, personal, plan, member, main } = parsed.output;
			const mainWorker = parsed.output[main];
			members = [
				{ role: 'practical', workerId: practical, isMain: practical === mainWorker },
				{ role: 'personal', workerId: personal, isMain: personal === mainWorker },
				{ role: 'plan', workerId: plan, isMain: plan === mainWorker },
				...(member ? [{ role: 'member' as const, workerId: member, isMain: false }] : [])
			];
			why = parsed.output;
		}
		const guides = await activeGuides(citizen);
		if (why.helperId && !guides.some((g) => g.id === why.helperId)) return refuse({ helperId: 'wish_error_helper' });

		const result = await createWish(citizen, { kind, members, reason: why.reasonPrivate ? '' : why.reason, helperId: why.helperId || null });
		if (result.status === 'waiting') return refuse({ form: 'wish_error_waiting' });
		if (result.status === 'already_open') return refuse({ form: 'wish_error_open' });
		if (result.status === 'invalid') return refuse(Object.fromEntries(result.problems.map((p) => [problemField[p] ?? 'form', p])));
		redirect(303, `${localizeHref(routes.citizenContactPerson())}?sent`);
	}
} satisfies Actions;
