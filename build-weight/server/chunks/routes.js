// src/lib/routes.ts
/**
* Typed URL builders, so a renamed route breaks the type check instead of a link.
* They return paths without the language prefix: wrap them in `localizeHref` when linking.
*/
var routes = {
	home: () => "/",
	/** `wasNotSaved`: a form was sent after the session ran out, and its words are lost (no JavaScript). */
	login: (next, wasNotSaved = false) => `/login${next ? `?next=${encodeURIComponent(next)}` : ""}${wasNotSaved ? `${next ? "&" : "?"}notSaved` : ""}`,
	activate: (code) => code ? `/activate/${encodeURIComponent(code)}` : "/activate",
	/** Where a person whose access was ended is sent: the log-in page says that it has ended. */
	loginAccessEnded: () => "/login?accessEnded",
	logout: () => "/logout",
	help: () => "/help",
	offline: () => "/offline",
	citizenHome: () => "/me",
	citizenArea: (area) => `/me/${area}`,
	citizenHelpers: () => "/me/helpers",
	/** `isToTalkAboutHelp`: from a low rating; the page shows who else to talk to (the leader). */
	citizenContact: (isToTalkAboutHelp = false) => isToTalkAboutHelp ? "/me/contact?talk" : "/me/contact",
	citizenRatings: () => "/me/collaboration",
	citizenContactPerson: () => "/me/contact-person",
	citizenWorkers: () => "/me/contact-person/workers",
	citizenChoose: (kind, workerId) => kind ? `/me/contact-person/choose?kind=${kind}${workerId ? `&worker=${encodeURIComponent(workerId)}` : ""}` : "/me/contact-person/choose",
	workerPhoto: (workerId) => `/photos/${workerId}`,
	citizenNewRating: (visitId) => visitId ? `/me/collaboration/new?visit=${encodeURIComponent(visitId)}` : "/me/collaboration/new",
	citizenNewHelper: (kind) => kind ? `/me/helpers/new?kind=${kind}` : "/me/helpers/new",
	citizenHelper: (grantId) => `/me/helpers/${grantId}`,
	invitation: (token) => `/invite/${token}`,
	helperCitizen: (citizenId) => `/helper/${citizenId}`,
	helperArea: (citizenId, area) => `/helper/${citizenId}/${area}`,
	helperHome: () => "/helper",
	account: () => "/account",
	accountSessions: () => "/account/sessions",
	accountPasskeys: (isFirstVisit = false) => isFirstVisit ? "/account/passkeys?welcome" : "/account/passkeys",
	accountPassword: () => "/account/password",
	staffHome: () => "/staff",
	staffCitizen: (citizenId) => `/staff/citizens/${citizenId}`,
	staffCitizenLog: (citizenId) => `/staff/citizens/${citizenId}/access-log`,
	staffCitizenReset: (citizenId) => `/staff/citizens/${citizenId}/reset-access`,
	staffCollaboration: () => "/staff/collaboration",
	staffQuestionSets: () => "/staff/question-sets",
	staffWishes: () => "/staff/wishes",
	staffSettings: () => "/staff/settings",
	staffNewCitizen: () => "/staff/citizens/new",
	staffNewMeeting: (citizenId, proposal) => `/staff/citizens/${citizenId}/meetings/new${proposal ? `?type=${proposal.type}&date=${proposal.date}` : ""}`,
	staffMeeting: (citizenId, meetingId) => `/staff/citizens/${citizenId}/meetings/${meetingId}`,
	citizenMeetings: () => "/me/meetings",
	citizenMeeting: (meetingId) => `/me/meetings/${meetingId}`,
	staffWorkers: () => "/staff/workers",
	staffWorker: (workerId) => `/staff/workers/${workerId}`
};
/** Where each role starts after log-in. */
function homeFor(role) {
	if (role === "citizen") return routes.citizenHome();
	if (role === "worker" || role === "leader") return routes.staffHome();
	return routes.helperHome();
}
export { routes as n, homeFor as t };

//# sourceMappingURL=routes.js.map