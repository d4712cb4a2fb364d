import { t as neverArrived } from "./send-result.js";
// src/lib/offline/send-or-queue.ts
/** Asks the service worker to send the queue when the network is back, even if the app is closed. */
async function askForBackgroundSync() {
	await ((await navigator.serviceWorker?.ready)?.sync)?.register("samklang-send-queue");
}
/**
* For a form that creates something and carries a `clientId`: sent as usual when there is a
* network; kept on the device and sent later when there is none (or the send fails on the way).
* Give it to keepDraft: the draft is cleared once the server (keepDraft) or the queue (here) holds
* the form.
*/
function sendOrQueue(options) {
	return ({ formData, action, formElement, cancel }) => {
		const keepForLater = async () => {
			const [{ parseForm }, { formErrorTexts }, schema, { enqueue, queueChangedEvent }, { clearDraft }] = await Promise.all([
				import("./form.js"),
				import("./form-errors2.js"),
				options.schema(),
				import("./queue.js"),
				import("./drafts2.js")
			]);
			const parsed = parseForm(schema, formData, options.lists);
			if (!parsed.success) return options.onCheck(formErrorTexts(parsed.errors));
			const fields = [...formData].flatMap(([name, value]) => typeof value === "string" ? [[name, value]] : []);
			await enqueue({
				clientId: String(formData.get("clientId")),
				userId: options.userId,
				action: action.href,
				fields,
				formKey: options.formKey,
				queuedAt: Date.now()
			});
			await clearDraft(options.userId, options.formKey);
			formElement.reset();
			const clientIdInput = formElement.elements.namedItem("clientId");
			if (clientIdInput instanceof HTMLInputElement) clientIdInput.value = crypto.randomUUID();
			dispatchEvent(new Event(queueChangedEvent));
			askForBackgroundSync().catch(() => {});
			options.onCheck(null);
			document.getElementById("queue-status")?.scrollIntoView({ block: "nearest" });
		};
		if (!navigator.onLine) {
			cancel();
			keepForLater();
			return;
		}
		return async ({ result, update }) => {
			if (neverArrived(result)) return keepForLater();
			await update();
		};
	};
}
export { sendOrQueue as t };

//# sourceMappingURL=send-or-queue.js.map