import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { createDream, listDreamsFor } from '#lib/server/dreams.js';
import { listCitizensForHelper } from '#lib/server/access/grants.js';
import { parseForm } from '#lib/validation/form.js';
import { dreamSchema } from '#lib/validation/dreams.js';

export const load = (async ({ params }) => {
	const helper = requireRole(['relative', 'guide']);
	// 404 and a "denied" line in the citizen's log unless the dreams area is granted today.
	await requireCitizenAccess(params.citizenId, 'dreams');
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return {
		citizenId: params.citizenId,
		name: entry?.name ?? '',
		/** Guides write with the citizen; what they write waits for the citizen's yes. */
		canWrite: helper.role === 'guide',
		clientId: crypto.randomUUID(),
		dreams: (await listDreamsFor(helper, params.citizenId)).map((d) => ({
			id: d.id,
			text: d.text,
			lifeArea: d.lifeArea,
			helperName: d.helperName,
			isConfirmed: d.confirmedAt !== null
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A guide writes a dream with the citizen: stored as written with help, until the citizen confirms. */
	default: async ({ params, request }) => {
		const guide = requireRole(['guide']);
		await requireCitizenAccess(params.citizenId, 'dreams');
		const data = await request.formData();
		const values = {
			text: String(data.get('text') ?? '').slice(0, 1000),
			lifeArea: String(data.get('lifeArea') ?? ''),
			visibility: String(data.get('visibility') ?? ''),
			talkAtNextMeeting: data.get('talkAtNextMeeting') === 'yes'
		};
		const parsed = parseForm(dreamSchema, data);
		if (!parsed.success) return invalid(400, { values, errors: parsed.errors });
		const { clientId, ...input } = parsed.output;
		const result = await createDream(params.citizenId, guide, false, input, clientId);
		if (result.status === 'conflict') return invalid(409, { values, errors: { form: 'dreams_error_conflict' } });
		return { written: true, errors: {} as Record<string, string> };
	}
} satisfies Actions;
