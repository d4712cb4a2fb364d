import { error, redirect } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import {
	acceptSuggestion,
	findGrantForCitizen,
	helperView,
	renewInvitationLink,
	revokeGrant,
	updateGrant
} from '#lib/server/access/grants.js';
import { invitationLink } from '#lib/server/access/invitation-link.js';
import { parseForm } from '#lib/validation/form.js';
import { grantSettingsSchema } from '#lib/validation/grants.js';
import { todayIso } from '#lib/server/time.js';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { routes } from '#lib/routes.js';

/** The citizen's own grant, or 404: another citizen's grant id is answered as if it did not exist. */
async function ownGrant(grantId: string) {
	const { citizen } = await requireCitizenSelf();
	const grant = await findGrantForCitizen(citizen.id, grantId);
	if (!grant) error(404);
	return { citizen, grant };
}

async function readSettings(request: Request) {
	const data = await request.formData();
	const values = {
		areas: data.getAll('areas').map(String).slice(0, 20),
		canWriteInput: data.get('canWriteInput') === 'yes',
		endsOn: String(data.get('endsOn') ?? '').slice(0, 10)
	};
	const parsed = parseForm(grantSettingsSchema, data, ['areas']);
	if (!parsed.success) return { values, errors: parsed.errors } as const;
	if (parsed.output.endsOn !== null && parsed.output.endsOn < todayIso()) {
		return { values, errors: { endsOn: 'helpers_error_date' } } as const;
	}
	return { values, settings: parsed.output } as const;
}

export const load = (async ({ params }) => {
	const { grant } = await ownGrant(params.grantId);
	return {
		helper: helperView(grant),
		today: todayIso()
	};
}) satisfies PageServerLoad;

export const actions = {
	update: async ({ params, request }) => {
		const { citizen, grant } = await ownGrant(params.grantId);
		const result = await readSettings(request);
		if (!result.settings) return invalid(400, { action: 'update' as const, values: result.values, errors: result.errors });
		await updateGrant(citizen.id, grant.id, result.settings);
		return { action: 'update' as const, saved: true };
	},

	renew: async ({ params, url }) => {
		const { citizen, grant } = await ownGrant(params.grantId);
		const token = await renewInvitationLink(citizen.id, grant.id);
		// Only an invitation that is still waiting has a link to renew.
		if (!token) return invalid(400, { action: 'renew' as const, errors: { form: 'invite_error_used' } });
		return { action: 'renew' as const, invitation: invitationLink(url.origin, token) };
	},

	accept: async ({ params, request, url }) => {
		const { citizen, grant } = await ownGrant(params.grantId);
		const result = await readSettings(request);
		if (!result.settings) return invalid(400, { action: 'accept' as const, values: result.values, errors: result.errors });
		const token = await acceptSuggestion(citizen.id, grant.id, result.settings);
		if (!token) return invalid(400, { action: 'accept' as const, values: result.values, errors: { form: 'invite_error_used' } });
		return { action: 'accept' as const, invitation: invitationLink(url.origin, token) };
	},

	remove: async ({ params }) => {
		const { citizen, grant } = await ownGrant(params.grantId);
		await revokeGrant(citizen.id, grant.id);
		redirect(303, localizeHref(`${routes.citizenHelpers()}?removed=${encodeURIComponent(grant.name)}`));
	}
} satisfies Actions;
