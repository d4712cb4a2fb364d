import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { defaultEndsOn, inviteHelper } from '#lib/server/access/grants.js';
import { invitationLink } from '#lib/server/access/invitation-link.js';
import { parseForm } from '#lib/validation/form.js';
import { inviteHelperSchema } from '#lib/validation/grants.js';
import { todayIso } from '#lib/server/time.js';
import type { HelperKind } from '#lib/server/db/schema/index.js';

export const load = (async ({ url }) => {
	await requireCitizenSelf();
	const kind = url.searchParams.get('kind');
	const chosen: HelperKind | null = kind === 'relative' || kind === 'guide' ? kind : null;
	return {
		/** Null until the citizen has chosen relative or guide (one question per screen). */
		kind: chosen,
		defaultEndsOn: chosen ? defaultEndsOn(chosen) : null,
		today: todayIso()
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, url }) => {
		const { citizen } = await requireCitizenSelf();
		const data = await request.formData();
		const values = {
			name: String(data.get('name') ?? '').slice(0, 80),
			areas: data.getAll('areas').map(String).slice(0, 20),
			canWriteInput: data.get('canWriteInput') === 'yes',
			endsOn: String(data.get('endsOn') ?? '').slice(0, 10)
		};
		const parsed = parseForm(inviteHelperSchema, data, ['areas']);
		if (!parsed.success) return invalid(400, { values, errors: parsed.errors });
		if (parsed.output.endsOn !== null && parsed.output.endsOn < todayIso()) {
			return invalid(400, { values, errors: { endsOn: 'helpers_error_date' } });
		}
		const { grantId, token } = await inviteHelper(citizen.id, parsed.output);
		return { created: { grantId, name: parsed.output.name, ...invitationLink(url.origin, token) } };
	}
} satisfies Actions;
