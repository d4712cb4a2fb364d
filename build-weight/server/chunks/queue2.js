import { a as run, i as saveDraft, r as loadDraft } from "./drafts.js";
// src/lib/offline/queue.ts
/** The server answers a queued write with 401 when it was not made by the logged-in person. */
var queuedForHeader = "x-samklang-queued-for";
/** Tells the open pages that the queue changed, so the status line can follow. */
var queueChangedEvent = "samklang-queue-changed";
async function enqueue(write) {
	await run("queue", "readwrite", (store) => store.put(write, write.clientId));
}
async function waitingWrites(userId) {
	return (await run("queue", "readonly", (store) => store.getAll())).filter((write) => write.userId === userId).sort((a, b) => a.queuedAt - b.queuedAt);
}
async function forget(clientId) {
	await run("queue", "readwrite", (store) => store.delete(clientId));
}
/** Who is logged in on this device, so the service worker sends only that person's writes. */
async function rememberCurrentUser(userId) {
	if (userId) await run("meta", "readwrite", (store) => store.put(userId, "currentUser"));
	else await run("meta", "readwrite", (store) => store.delete("currentUser"));
}
function currentUser() {
	return run("meta", "readonly", (store) => store.get("currentUser"));
}
/**
* What the server's answer to a queued form means. A Kit form action answers JSON: a redirect or
* success means stored (or stored earlier: the client id makes a repeat harmless); a failure means
* the server will never take it as it is. 401: another person is logged in, or nobody; try later.
*/
function outcomeOf(status, body) {
	if (status === 401) return "retry";
	let type;
	try {
		type = JSON.parse(body).type;
	} catch {
		return status >= 500 ? "retry" : "refused";
	}
	if (type === "redirect" || type === "success") return "sent";
	if (type === "failure") return "refused";
	return status >= 400 && status < 500 ? "refused" : "retry";
}
function toDraft(fields) {
	const draft = {};
	for (const [name, value] of fields) if (name !== "clientId") (draft[name] ??= []).push(value);
	return draft;
}
async function sendAll(userId) {
	const summary = {
		sent: 0,
		refusedForms: [],
		waiting: 0
	};
	const writes = await waitingWrites(userId);
	for (const [index, write] of writes.entries()) {
		let outcome;
		try {
			const response = await fetch(write.action, {
				method: "POST",
				headers: {
					accept: "application/json",
					"content-type": "application/x-www-form-urlencoded",
					"x-sveltekit-action": "true",
					[queuedForHeader]: userId
				},
				body: new URLSearchParams(write.fields),
				cache: "no-store"
			});
			outcome = outcomeOf(response.status, await response.text());
		} catch {
			summary.waiting += writes.length - index;
			return summary;
		}
		if (outcome === "retry") {
			summary.waiting += 1;
			continue;
		}
		if (outcome === "refused") {
			if (!await loadDraft(userId, write.formKey)) await saveDraft(userId, write.formKey, toDraft(write.fields));
			summary.refusedForms.push(new URL(write.action).pathname);
		} else summary.sent += 1;
		await forget(write.clientId);
	}
	return summary;
}
/**
* Sends the person's waiting writes, oldest first. The page and the service worker may both try
* at once; a Web Lock lets one of them send while the other waits and then finds nothing left.
*/
function sendWaitingWrites(userId) {
	const locks = globalThis.navigator?.locks;
	return locks ? locks.request("samklang-queue", () => sendAll(userId)) : sendAll(userId);
}
export { queuedForHeader as a, waitingWrites as c, queueChangedEvent as i, enqueue as n, rememberCurrentUser as o, outcomeOf as r, sendWaitingWrites as s, currentUser as t };

//# sourceMappingURL=queue2.js.map