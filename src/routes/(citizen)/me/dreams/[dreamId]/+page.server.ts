import { error, redirect } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { changeDreamState, dreamHistory, findOwnDream, listOwnDreams, updateDream } from '#lib/server/dreams.js';
import { parseForm } from '#lib/validation/form.js';
import { dreamSchema } from '#lib/validation/dreams.js';
import { localizeHref } from '#lib/paraglide/runtime.js';

/** The citizen's own dream (not deleted), or 404. */
async function ownDream(dreamId: string) {
	const { user, citizen } = await requireCitizenSelf();
	const dream = await findOwnDream(citizen.id, dreamId);
	if (!dream || dream.deletedAt) error(404);
	return { user, citizen, dream };
}

export const load = (async ({ params, url }) => {
	const { citizen, dream } = await ownDream(params.dreamId);
	const [withName] = (await listOwnDreams(citizen.id)).filter((d) => d.id === dream.id);
	return {
		dream: {
			id: dream.id,
			text: dream.text,
			lifeArea: dream.lifeArea,
			visibility: dream.visibility,
			talkAtNextMeeting: dream.talkAtNextMeeting,
			helperName: withName?.helperName ?? null,
			isConfirmed: dream.confirmedAt !== null
		},
		/** The form is open (`?edit`); otherwise the page shows the dream, with "Ret drømmen". */
		isEditing: url.searchParams.has('edit'),
		/** Just saved: the dream is shown as it now is, with "Din drøm er gemt". */
		isJustSaved: url.searchParams.has('saved'),
		/** Every earlier version, oldest first, with who made each change. */
		history: (await dreamHistory(dream.id)).map(({ version, by }) => ({
			id: version.id,
			change: version.change,
			text: version.text,
			at: version.changedAt.toISOString(),
			by
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	update: async ({ params, request }) => {
		const { user, citizen, dream } = await ownDream(params.dreamId);
		const data = await request.formData();
		const parsed = parseForm(dreamSchema, data);
		if (!parsed.success) {
			const values = { text: String(data.get('text') ?? '').slice(0, 1000), lifeArea: String(data.get('lifeArea') ?? ''), visibility: String(data.get('visibility') ?? ''), talkAtNextMeeting: data.get('talkAtNextMeeting') === 'yes' };
			return invalid(400, { values, errors: parsed.errors });
		}
		const { clientId: _unused, ...input } = parsed.output;
		await updateDream(citizen.id, dream.id, user, true, input);
		// Back to the dream as it now is, not the last question of the form (with or without JavaScript).
		redirect(303, localizeHref(`/me/dreams/${dream.id}?saved`));
	},

	confirm: async ({ params }) => {
		const { user, citizen, dream } = await ownDream(params.dreamId);
		await changeDreamState(citizen.id, dream.id, user.id, 'confirm');
		return { confirmed: true, errors: {} as Record<string, string> };
	},

	delete: async ({ params }) => {
		const { user, citizen, dream } = await ownDream(params.dreamId);
		await changeDreamState(citizen.id, dream.id, user.id, 'delete');
		redirect(303, localizeHref(`/me/dreams?deleted=${dream.id}`));
	}
} satisfies Actions;
