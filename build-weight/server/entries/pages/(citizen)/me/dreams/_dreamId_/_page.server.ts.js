import { a as redirect, t as error } from "../../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { i as findOwnDream, o as listOwnDreams, r as dreamHistory, s as updateDream, t as changeDreamState } from "../../../../../../chunks/dreams.js";
import { i as parseForm } from "../../../../../../chunks/form2.js";
import { t as dreamSchema } from "../../../../../../chunks/dreams3.js";
import { l as localizeHref } from "../../../../../../chunks/runtime.js";
// src/routes/(citizen)/me/dreams/[dreamId]/+page.server.ts
/** The citizen's own dream (not deleted), or 404. */
async function ownDream(dreamId) {
	const { user, citizen } = await requireCitizenSelf();
	const dream = await findOwnDream(citizen.id, dreamId);
	if (!dream || dream.deletedAt) error(404);
	return {
		user,
		citizen,
		dream
	};
}
var load = (async ({ params, url }) => {
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
		isEditing: url.searchParams.has("edit"),
		/** Just saved: the dream is shown as it now is, with "Din drøm er gemt". */
		isJustSaved: url.searchParams.has("saved"),
		/** Every earlier version, oldest first, with who made each change. */
		history: (await dreamHistory(dream.id)).map(({ version, by }) => ({
			id: version.id,
			change: version.change,
			text: version.text,
			at: version.changedAt.toISOString(),
			by
		}))
	};
});
var actions = {
	update: async ({ params, request }) => {
		const { user, citizen, dream } = await ownDream(params.dreamId);
		const data = await request.formData();
		const parsed = parseForm(dreamSchema, data);
		if (!parsed.success) {
			const values = {
				text: String(data.get("text") ?? "").slice(0, 1e3),
				lifeArea: String(data.get("lifeArea") ?? ""),
				visibility: String(data.get("visibility") ?? ""),
				talkAtNextMeeting: data.get("talkAtNextMeeting") === "yes"
			};
			return invalid(400, {
				values,
				errors: parsed.errors
			});
		}
		const { clientId: _unused, ...input } = parsed.output;
		await updateDream(citizen.id, dream.id, user, true, input);
		redirect(303, localizeHref(`/me/dreams/${dream.id}?saved`));
	},
	confirm: async ({ params }) => {
		const { user, citizen, dream } = await ownDream(params.dreamId);
		await changeDreamState(citizen.id, dream.id, user.id, "confirm");
		return {
			confirmed: true,
			errors: {}
		};
	},
	delete: async ({ params }) => {
		const { user, citizen, dream } = await ownDream(params.dreamId);
		await changeDreamState(citizen.id, dream.id, user.id, "delete");
		redirect(303, localizeHref(`/me/dreams?deleted=${dream.id}`));
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map