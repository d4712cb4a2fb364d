import { b as with_request_store, g as merge_tracing, t as error, v as get_request_store } from "../chunks/exports.js";
import { vt as record_span } from "../chunks/internal.js";
import { t as building } from "../chunks/server.js";
import { a as getStrategyForUrl, c as locales, d as serverAsyncLocalStorage, f as shouldRedirect, i as getServerAsyncLocalStorage, n as deLocalizeUrl, o as getTextDirection, s as isExcludedByRouteStrategy, u as overwriteServerAsyncLocalStorage } from "../chunks/runtime.js";
import { n as sessionCookieName, t as deleteSessionCookie } from "../chunks/cookie.js";
import { s as validateSessionToken } from "../chunks/session.js";
import { a as queuedForHeader } from "../chunks/queue2.js";
import { t as isScriptedFormPost } from "../chunks/guards.js";
import { t as session_expired_title } from "../chunks/session_expired_title.js";
import { t as error_generic_text } from "../chunks/error_generic_text.js";
import { t as pageOwnerHeader } from "../chunks/saved-pages.js";
import { A as invitation, B as config, F as contactAssignment, I as workerProfile, L as citizen, R as user, _ as ratingSubject, d as contactWishMember, g as ratingQuestion, h as ratingAnswer, j as credential, l as contactSuggestion, m as rating, n as db, p as questionSet, r as tuneFileDatabase, t as client, u as contactWish, v as visit, z as unit } from "../chunks/db.js";
import { r as hashPassword } from "../chunks/password.js";
import { a as hashActivationCode, t as INVITATION_LIFETIME } from "../chunks/invitation.js";
import { t as newId } from "../chunks/random.js";
import { i as addDays, s as todayIso, t as DAY } from "../chunks/time.js";
import { i as defaultQuestions } from "../chunks/question-sets.js";
import { n as isLowRating, r as meanScore, t as isFallingRating } from "../chunks/rating-rules.js";
import { o as pruneAccessLog } from "../chunks/record.js";
import { eq } from "drizzle-orm";
import { migrate } from "drizzle-orm/libsql/migrator";
// src/lib/offline/written-for.ts
/**
* The form field a page adds to every form it sends with the id of the person who typed it. The
* server refuses the form (401, and the draft stays) when someone else is logged in now: after a
* session ran out, another person may have logged in in another tab on the same phone.
*/
var writtenForField = "__writtenFor";
// node_modules/@sveltejs/kit/src/exports/hooks/sequence.js
/** @import { RequestEvent } from '@sveltejs/kit' */
/** @import { Handle, ResolveOptions } from '@sveltejs/kit/hooks' */
/**
* A helper function for sequencing multiple `handle` calls in a middleware-like manner.
* The behavior for the `handle` options is as follows:
* - `transformPageChunk` is applied in reverse order and merged
* - `preload` is applied in forward order, the first option "wins" and no `preload` options after it are called
* - `filterSerializedResponseHeaders` behaves the same as `preload`
*
* ```js
* /// file: src/hooks.server.js
* import { sequence } from '@sveltejs/kit/hooks';
*
* /// type: import('@sveltejs/kit/hooks').Handle
* async function first({ event, resolve }) {
* 	console.log('first pre-processing');
* 	const result = await resolve(event, {
* 		transformPageChunk: ({ html }) => {
* 			// transforms are applied in reverse order
* 			console.log('first transform');
* 			return html;
* 		},
* 		preload: () => {
* 			// this one wins as it's the first defined in the chain
* 			console.log('first preload');
* 			return true;
* 		}
* 	});
* 	console.log('first post-processing');
* 	return result;
* }
*
* /// type: import('@sveltejs/kit/hooks').Handle
* async function second({ event, resolve }) {
* 	console.log('second pre-processing');
* 	const result = await resolve(event, {
* 		transformPageChunk: ({ html }) => {
* 			console.log('second transform');
* 			return html;
* 		},
* 		preload: () => {
* 			console.log('second preload');
* 			return true;
* 		},
* 		filterSerializedResponseHeaders: () => {
* 			// this one wins as it's the first defined in the chain
* 			console.log('second filterSerializedResponseHeaders');
* 			return true;
* 		}
* 	});
* 	console.log('second post-processing');
* 	return result;
* }
*
* export const handle = sequence(first, second);
* ```
*
* The example above would print:
*
* ```
* first pre-processing
* first preload
* second pre-processing
* second filterSerializedResponseHeaders
* second transform
* first transform
* second post-processing
* first post-processing
* ```
*
* Calling `resolve` invokes the next handler in the sequence (or SvelteKit itself, if it is the last one). To pass data between handlers, use `event.locals`.
*
* @param {...Handle} handlers The chain of `handle` functions
* @returns {Handle}
*/
function sequence(...handlers) {
	const length = handlers.length;
	if (!length) return ({ event, resolve }) => resolve(event);
	return ({ event, resolve }) => {
		const { state } = get_request_store();
		return apply_handle(0, event, {});
		/**
		* @param {number} i
		* @param {RequestEvent} event
		* @param {ResolveOptions | undefined} parent_options
		* @returns {Promise<Response>}
		*/
		function apply_handle(i, event, parent_options) {
			const handle = handlers[i];
			return record_span({
				name: `sveltekit.handle.sequenced.${handle.name ? handle.name : i}`,
				attributes: {},
				fn: async (current) => {
					const traced_event = merge_tracing(event, current);
					return await with_request_store({
						event: traced_event,
						state
					}, () => handle({
						event: traced_event,
						resolve: (event, options) => {
							/** @type {ResolveOptions['transformPageChunk']} */
							const transformPageChunk = async ({ html, done }) => {
								if (options?.transformPageChunk) html = await options.transformPageChunk({
									html,
									done
								}) ?? "";
								if (parent_options?.transformPageChunk) html = await parent_options.transformPageChunk({
									html,
									done
								}) ?? "";
								return html;
							};
							/** @type {ResolveOptions['filterSerializedResponseHeaders']} */
							const filterSerializedResponseHeaders = parent_options?.filterSerializedResponseHeaders ?? options?.filterSerializedResponseHeaders;
							/** @type {ResolveOptions['preload']} */
							const preload = parent_options?.preload ?? options?.preload;
							return i < length - 1 ? apply_handle(i + 1, event, {
								transformPageChunk,
								filterSerializedResponseHeaders,
								preload
							}) : resolve(event, {
								transformPageChunk,
								filterSerializedResponseHeaders,
								preload
							});
						}
					}));
				}
			});
		}
	};
}
// src/lib/paraglide/server.js
/**
* Server middleware that handles locale-based routing and request processing.
*
* Configure `disableAsyncLocalStorage` when generating Paraglide with
* `paraglideVitePlugin()` or `compile()`, not when calling
* `paraglideMiddleware()`. Keep AsyncLocalStorage enabled by default and
* only disable it for runtimes that lack `AsyncLocalStorage` support and
* guarantee request isolation.
*
* This middleware performs several key functions:
*
* 1. Determines the locale for the incoming request using configured strategies
* 2. Handles URL localization and redirects (only for document requests)
* 3. Maintains locale state using AsyncLocalStorage to prevent request interference
*
* When URL strategy is used:
*
* - The locale is extracted from the URL for all request types
* - If URL doesn't match the determined locale, redirects to localized URL (only for document requests)
* - De-localizes URLs before passing to server (e.g., `/fr/about` → `/about`)
*
* @see https://paraglidejs.com/middleware
*
* @template T - The return type of the resolve function
*
* @param {Request} request - The incoming request object
* @param {(args: { request: Request, locale: import("./runtime.js").Locale }) => T | Promise<T>} resolve - Function to handle the request. The callback receives:
*   - `request`: A modified request with a delocalized URL when the URL strategy is used (e.g., `/fr/about` → `/about`).
*      If your framework handles URL localization itself (e.g., TanStack Router's `rewrite` option), use the original
*      request instead to avoid redirect loops.
*   - `locale`: The determined locale for this request.
* @param {{
*   effectiveRequestUrl?: string | URL | ((request: Request) => string | URL),
*   onRedirect?: (response: Response) => void
* }} [options] - Options to control middleware behavior. `effectiveRequestUrl` sets the effective request URL used for route matching, URL-based locale detection, redirects, and `getUrlOrigin()`.
* @returns {Promise<Response>}
*
* @example
* ```typescript
* // Basic usage in metaframeworks like NextJS, SvelteKit, Astro, Nuxt, etc.
* export const handle = async ({ event, resolve }) => {
*   return paraglideMiddleware(event.request, ({ request, locale }) => {
*     // let the framework further resolve the request
*     return resolve(request);
*   });
* };
* ```
*
* @example
* ```typescript
* // Usage in a framework like Express JS or Hono
* app.use(async (req, res, next) => {
*   const result = await paraglideMiddleware(req, ({ request, locale }) => {
*     // If a redirect happens this won't be called
*     return next(request);
*   });
* });
* ```
*
* @example
* ```typescript
* // Usage with frameworks that handle URL localization/delocalization themselves
* //
* // Some frameworks like TanStack Router handle URL localization and delocalization
* // themselves via their own rewrite APIs (e.g., `rewrite.input`/`rewrite.output`).
* //
* // When the framework handles this, the middleware's URL delocalization is not needed.
* // Using the modified `request` from the callback would cause a redirect loop because
* // both the middleware and the framework would attempt to delocalize the URL.
* //
* // Solution: Pass the original request to the handler instead of the modified one.
* // The middleware still handles locale detection, cookies, and AsyncLocalStorage context.
* //
* // ❌ WRONG - causes redirect loop when framework handles URL rewriting:
* // paraglideMiddleware(req, ({ request }) => handler.fetch(request))
* //
* // ✅ CORRECT - use original request when framework handles URL localization:
* // paraglideMiddleware(req, () => handler.fetch(req))
*
* * *
* export default {
*   fetch(req: Request): Promise<Response> {
*     // TanStack Router handles URL rewriting via deLocalizeUrl/localizeUrl
*     // so we pass the original `req` instead of the modified `request`
*     return paraglideMiddleware(req, () => handler.fetch(req))
*   },
* }
* ```
*/
async function paraglideMiddleware(request, resolve, options) {
	let requestAsyncLocalStorage = serverAsyncLocalStorage;
	requestAsyncLocalStorage = getServerAsyncLocalStorage();
	if (!requestAsyncLocalStorage) {
		const { AsyncLocalStorage } = await import("async_hooks");
		requestAsyncLocalStorage = getServerAsyncLocalStorage();
		if (!requestAsyncLocalStorage) {
			requestAsyncLocalStorage = new AsyncLocalStorage();
			overwriteServerAsyncLocalStorage(requestAsyncLocalStorage);
		}
	}
	if (!requestAsyncLocalStorage) {
		requestAsyncLocalStorage = createMockAsyncLocalStorage();
		overwriteServerAsyncLocalStorage(requestAsyncLocalStorage);
	}
	const url = resolveMiddlewareUrl(request, options?.effectiveRequestUrl);
	const origin = url.origin;
	if (isExcludedByRouteStrategy(url.href)) {
		const locale = "da";
		const newRequest = cloneRequestWithFallback(request, url);
		/** @type {Set<string>} */
		const messageCalls = /* @__PURE__ */ new Set();
		return await requestAsyncLocalStorage?.run({
			locale,
			origin,
			messageCalls
		}, () => resolve({
			locale,
			request: newRequest
		}));
	}
	const strategy = getStrategyForUrl(url.href);
	const decision = await shouldRedirect({
		request,
		effectiveRequestUrl: url
	});
	const locale = decision.locale;
	if (request.headers.get("Sec-Fetch-Dest") === "document" && decision.shouldRedirect && decision.redirectUrl) {
		/** @type {Record<string, string>} */
		const headers = {};
		if (strategy.includes("preferredLanguage")) headers["Vary"] = "Accept-Language";
		const response = new Response(null, {
			status: 307,
			headers: {
				Location: decision.redirectUrl.href,
				...headers
			}
		});
		options?.onRedirect?.(response);
		return response;
	}
	let newRequest;
	if (strategy.includes("url")) newRequest = cloneRequestWithFallback(request, deLocalizeUrl(url));
	else newRequest = cloneRequestWithFallback(request, url);
	/** @type {Set<string>} */
	const messageCalls = /* @__PURE__ */ new Set();
	return await requestAsyncLocalStorage?.run({
		locale,
		origin,
		messageCalls
	}, () => resolve({
		locale,
		request: newRequest
	}));
}
/**
* @param {Request} request
* @param {string | URL | ((request: Request) => string | URL) | undefined} effectiveRequestUrl
* @returns {URL}
*/
function resolveMiddlewareUrl(request, effectiveRequestUrl) {
	if (typeof effectiveRequestUrl === "function") return new URL(effectiveRequestUrl(request), request.url);
	if (typeof effectiveRequestUrl === "string" || effectiveRequestUrl instanceof URL) return new URL(effectiveRequestUrl, request.url);
	return new URL(request.url);
}
/**
* Some metaframeworks (NextJS) require a new Request object.
* https://github.com/opral/inlang-paraglide-js/issues/411
*
* However, some frameworks (TanStack Start 1.143+) use custom Request
* implementations that cannot be cloned with `new Request(request)`.
* https://github.com/opral/paraglide-js/issues/573
*
* Effective request URL overrides behind proxies:
* https://github.com/opral/paraglide-js/issues/652
*
* @param {Request} request
* @param {string | URL} [url]
* @returns {Request}
*/
function cloneRequestWithFallback(request, url = request.url) {
	const targetUrl = typeof url === "string" ? url : url.href;
	if (targetUrl === request.url) try {
		return new Request(request.clone());
	} catch {
		try {
			return new Request(request);
		} catch {
			return request;
		}
	}
	try {
		return new Request(targetUrl, request.clone());
	} catch {
		try {
			return new Request(targetUrl, request);
		} catch {
			return request;
		}
	}
}
/**
* Creates a mock AsyncLocalStorage implementation for environments where
* native AsyncLocalStorage is not available or disabled.
*
* This mock implementation mimics the behavior of the native AsyncLocalStorage
* but doesn't require the async_hooks module. It's used as a fallback when
* the runtime does not expose AsyncLocalStorage or when it has been disabled.
*
* @returns {import("./runtime.js").ParaglideAsyncLocalStorage}
*/
function createMockAsyncLocalStorage() {
	/** @type {any} */
	let currentStore = void 0;
	return {
		getStore() {
			return currentStore;
		},
		async run(store, callback) {
			currentStore = store;
			try {
				return await callback();
			} finally {
				currentStore = void 0;
			}
		}
	};
}
// src/lib/server/auth/handle.ts
/** Reads the session cookie and puts the user (or null) on `locals` for every request. */
var handleSession = async ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName(event.url));
	event.locals.user = null;
	event.locals.session = null;
	event.locals.sessionEndedBecause = null;
	if (token) {
		const result = await validateSessionToken(token);
		if (result.session) {
			event.locals.user = result.user;
			event.locals.session = result.session;
		} else {
			event.locals.sessionEndedBecause = result.endedBecause ?? null;
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};
// src/lib/server/offline-queue-guard.ts
/**
* Words are only ever stored under the name of the person who wrote them. A write kept on a
* device while offline names its writer in a header, and a form sent by a page in a field: on a
* shared phone, after one person's session ran out, another may have logged in in another tab,
* and the first person's words must not be stored as theirs. Such a write is refused with 401,
* never swallowed by the log-in redirect: the device keeps it (queue or draft) for its writer.
*/
var handleQueuedWrites = async ({ event, resolve }) => {
	const userId = event.locals.user?.id;
	const queuedFor = event.request.headers.get(queuedForHeader);
	if (queuedFor !== null && userId !== queuedFor) return new Response(null, { status: 401 });
	const writtenFor = event.locals.formWrittenFor;
	if (writtenFor !== void 0 && writtenFor !== userId && isScriptedFormPost(event.request)) return Response.json({
		type: "error",
		error: { message: session_expired_title() }
	}, { status: 401 });
	return resolve(event);
};
// src/lib/server/security-headers.ts
/**
* Headers Kit's `csp` option does not set. Pages are never stored by the browser or a proxy, so a
* shared phone or office PC does not keep someone's data in its cache.
*/
var handleSecurityHeaders = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set("X-Content-Type-Options", "nosniff");
	headers.set("Referrer-Policy", "same-origin");
	headers.set("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), publickey-credentials-get=(self), publickey-credentials-create=(self)");
	headers.set("Cross-Origin-Opener-Policy", "same-origin");
	if (event.url.protocol === "https:") headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
	if (!headers.has("Cache-Control")) headers.set("Cache-Control", "private, no-store");
	if (event.locals.user) headers.set(pageOwnerHeader, event.locals.user.id);
	return response;
};
// src/lib/server/form-body.ts
/** The content types Kit hands to form actions (an HTML form can send each of them). */
var formContentTypes = [
	"application/x-www-form-urlencoded",
	"multipart/form-data",
	"text/plain"
];
/**
* A form post whose body cannot be read as a form (multipart without a boundary or its end, or
* text/plain, which FormData never reads) is refused with 400 here; otherwise the action's
* `request.formData()` throws and the answer is a 500. The check reads a copy of the body, the
* action the original. The form's named writer, if any, is noted for handleQueuedWrites.
*/
var handleUnreadableForms = async ({ event, resolve }) => {
	const type = event.request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
	if (event.request.method === "POST" && formContentTypes.includes(type)) {
		const problem = await event.request.clone().formData().then((form) => {
			const writtenFor = form.get(writtenForField);
			if (typeof writtenFor === "string") event.locals.formWrittenFor = writtenFor;
			return null;
		}, (reason) => reason);
		if (problem !== null && typeof problem.status === "number") throw problem;
		if (problem !== null) error(400, error_generic_text());
	}
	return resolve(event);
};
// src/lib/server/db/migrate.ts
/** Applies every migration in `drizzle/` that the database has not seen yet. */
async function migrateDatabase(db, client, url, folder) {
	await tuneFileDatabase(client, url);
	await migrate(db, { migrationsFolder: folder });
}
// src/lib/server/db/seed.ts
var DEMO_UNIT_NAME = "Støtte- og kontaktpersonsordningen";
var DEMO_PASSWORD = "samklang-demo";
/** Fixed so the README can list it; demo data only. It still expires 14 days after seeding. */
var DEMO_ACTIVATION_CODE = "FREDERAKTEMA";
var leader = {
	login: "leder",
	name: "Hanne Krogh"
};
var workers = [
	{
		login: "mette",
		name: "Mette Holm",
		goodAt: "At lytte. Struktur i hverdagen.",
		interests: "Havearbejde, strik",
		languages: "Dansk, engelsk",
		workDays: "Mandag–torsdag",
		background: "Socialpædagog",
		capacity: 12
	},
	{
		login: "john",
		name: "John Berg",
		goodAt: "Økonomi og post. Gåture.",
		interests: "Fodbold, fiskeri",
		languages: "Dansk",
		workDays: "Mandag–fredag",
		background: "Social- og sundhedsassistent",
		capacity: 10
	},
	{
		login: "amina",
		name: "Amina Yusuf",
		goodAt: "Kontakt til jobcenter og læge.",
		interests: "Madlavning, musik",
		languages: "Dansk, somali, engelsk",
		workDays: "Tirsdag–fredag",
		background: "Socialrådgiver",
		capacity: 10
	},
	{
		login: "lars",
		name: "Lars Nielsen",
		goodAt: "Rusmidler. Ro på, når det er svært.",
		interests: "Cykling, brætspil",
		languages: "Dansk, engelsk",
		workDays: "Mandag, onsdag, fredag",
		background: "Misbrugsbehandler",
		capacity: 8
	}
];
/**
* Demo ratings of the collaboration, oldest first: days ago and the four answers (0–10). Anna's
* go well and she has just had a visit (Min side asks "Hvordan gik det?"); Bo's last one is low
* and falling, so his case is flagged on the caseload.
*/
var demoRatings = {
	anna: [
		{
			daysAgo: 70,
			scores: [
				7.5,
				5,
				7.5,
				7.5
			]
		},
		{
			daysAgo: 40,
			scores: [
				7.5,
				7.5,
				7.5,
				7.5
			],
			comment: "Godt at vi fik ryddet op i posten."
		},
		{
			daysAgo: 12,
			scores: [
				10,
				7.5,
				10,
				10
			]
		}
	],
	bo: [{
		daysAgo: 45,
		scores: [
			7.5,
			7.5,
			5,
			7.5
		]
	}, {
		daysAgo: 5,
		scores: [
			2.5,
			5,
			2.5,
			2.5
		],
		comment: "Jeg følte ikke, at der blev lyttet."
	}]
};
var demoVisits = { anna: 1 };
var citizens = [
	{
		login: "anna",
		name: "Anna Jensen",
		hoursBand: "6-10",
		legalBasis: "sel85",
		startedDaysAgo: 400,
		isActivated: true,
		supporters: [{
			worker: "mette",
			role: "contact",
			isMain: true,
			isTemporary: false
		}]
	},
	{
		login: "bo",
		name: "Bo Madsen",
		hoursBand: "1-5",
		legalBasis: "sel99",
		startedDaysAgo: 120,
		isActivated: true,
		supporters: [{
			worker: "john",
			role: "contact",
			isMain: true,
			isTemporary: true
		}]
	},
	{
		login: "camilla",
		name: "Camilla Sørensen",
		hoursBand: "10-15",
		legalBasis: "sel85",
		startedDaysAgo: 700,
		isActivated: true,
		supporters: [
			{
				worker: "amina",
				role: "practical",
				isMain: true,
				isTemporary: false
			},
			{
				worker: "lars",
				role: "personal",
				isMain: false,
				isTemporary: false
			},
			{
				worker: "mette",
				role: "plan",
				isMain: false,
				isTemporary: false
			}
		]
	},
	{
		login: "david",
		name: "David Olsen",
		hoursBand: "1-5",
		legalBasis: "sel99",
		startedDaysAgo: 250,
		isActivated: true,
		supporters: [{
			worker: "lars",
			role: "contact",
			isMain: true,
			isTemporary: false
		}]
	},
	{
		login: "emma",
		name: "Emma Larsen",
		hoursBand: "6-10",
		legalBasis: "sel85",
		startedDaysAgo: 20,
		isActivated: true,
		supporters: [{
			worker: "amina",
			role: "contact",
			isMain: true,
			isTemporary: true
		}]
	},
	{
		login: "frederik",
		name: "Frederik Holm",
		hoursBand: "1-5",
		legalBasis: "sel99",
		startedDaysAgo: 3,
		isActivated: false,
		supporters: [{
			worker: "john",
			role: "contact",
			isMain: true,
			isTemporary: true
		}]
	}
];
var relatives = [{
	login: "karen",
	name: "Karen Jensen"
}, {
	login: "per",
	name: "Per Madsen"
}];
/** Adds the demo unit, staff, citizens and relatives, but only to a database without any unit. */
async function seedDemoData(db, now = Date.now()) {
	const [existing] = await db.select({ id: unit.id }).from(unit).limit(1);
	if (existing) return null;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const createdAt = new Date(now);
	const today = todayIso(new Date(now));
	const unitId = newId();
	const userIds = /* @__PURE__ */ new Map();
	const citizenIds = /* @__PURE__ */ new Map();
	await db.transaction(async (tx) => {
		await tx.insert(unit).values({
			id: unitId,
			name: DEMO_UNIT_NAME,
			contactPhone: "70 12 34 56",
			createdAt
		});
		const addUser = async (person, role, canLogIn = true) => {
			const id = newId();
			userIds.set(person.login, id);
			await tx.insert(user).values({
				id,
				role,
				loginName: canLogIn ? person.login : null,
				displayName: person.name,
				unitId: role === "relative" ? null : unitId,
				createdAt
			});
			if (canLogIn) await tx.insert(credential).values({
				id: newId(),
				userId: id,
				kind: "password",
				passwordHash,
				createdAt
			});
			return id;
		};
		await addUser(leader, "leader");
		for (const worker of workers) {
			const { login, name, ...profile } = worker;
			const id = await addUser({
				login,
				name
			}, "worker");
			await tx.insert(workerProfile).values({
				userId: id,
				...profile
			});
		}
		for (const person of citizens) {
			const userId = await addUser(person, "citizen", person.isActivated);
			const citizenId = newId();
			citizenIds.set(person.login, citizenId);
			const startDate = addDays(today, -person.startedDaysAgo);
			await tx.insert(citizen).values({
				id: citizenId,
				userId,
				unitId,
				hoursBand: person.hoursBand,
				legalBasis: person.legalBasis,
				startDate,
				createdAt
			});
			for (const supporter of person.supporters) await tx.insert(contactAssignment).values({
				id: newId(),
				citizenId,
				workerId: userIds.get(supporter.worker),
				role: supporter.role,
				isMain: supporter.isMain,
				isTemporary: supporter.isTemporary,
				fromDate: startDate
			});
			if (!person.isActivated) await tx.insert(invitation).values({
				id: newId(),
				kind: "citizen_activation",
				codeHash: hashActivationCode(DEMO_ACTIVATION_CODE),
				userId,
				createdBy: userIds.get(leader.login),
				createdAt,
				expiresAt: new Date(now + INVITATION_LIFETIME)
			});
		}
		for (const relative of relatives) await addUser(relative, "relative");
		const setId = newId();
		await tx.insert(questionSet).values({
			id: setId,
			unitId,
			name: "Samklang",
			isActive: true,
			createdAt
		});
		const questionIds = defaultQuestions.map(() => newId());
		await tx.insert(ratingQuestion).values(defaultQuestions.map((q, position) => ({
			id: questionIds[position],
			setId,
			position,
			...q
		})));
		for (const [login, list] of Object.entries(demoRatings)) {
			const citizenId = citizenIds.get(login);
			let previous = null;
			for (const { daysAgo, scores, comment } of list) {
				const id = newId();
				const score = meanScore(scores);
				await tx.insert(rating).values({
					id,
					citizenId,
					setId,
					comment: comment ?? "",
					score,
					isLow: isLowRating(scores),
					isFalling: isFallingRating(score, previous),
					createdAt: new Date(now - daysAgo * DAY)
				});
				await tx.insert(ratingAnswer).values(scores.map((s, i) => ({
					ratingId: id,
					questionId: questionIds[i],
					score: s
				})));
				const subjects = citizens.find((c) => c.login === login).supporters.map((s) => userIds.get(s.worker));
				await tx.insert(ratingSubject).values(subjects.map((workerId) => ({
					ratingId: id,
					workerId
				})));
				previous = score;
			}
		}
		await tx.insert(contactSuggestion).values({
			id: newId(),
			citizenId: citizenIds.get("bo"),
			fromWorkerId: userIds.get("john"),
			suggestedWorkerId: userIds.get("lars"),
			text: "Jeg har set, at du og Lars snakker meget om cykler. Skal han være din kontaktperson?",
			createdAt: /* @__PURE__ */ new Date(now - 2 * DAY)
		});
		const davidWish = newId();
		await tx.insert(contactWish).values({
			id: davidWish,
			citizenId: citizenIds.get("david"),
			kind: "one",
			reason: "Amina er god til jobcentret. Det har jeg brug for nu.",
			createdAt: /* @__PURE__ */ new Date(now - 16 * DAY)
		});
		await tx.insert(contactWishMember).values({
			wishId: davidWish,
			role: "contact",
			workerId: userIds.get("amina"),
			isMain: true
		});
		for (const [login, daysAgo] of Object.entries(demoVisits)) {
			const supporter = citizens.find((c) => c.login === login).supporters[0];
			await tx.insert(visit).values({
				id: newId(),
				citizenId: citizenIds.get(login),
				workerId: userIds.get(supporter.worker),
				doneAt: new Date(now - daysAgo * DAY)
			});
		}
	});
	return { unitId };
}
/** The demo log-ins as a few lines for the console, or null when the demo unit is not there. */
async function describeDemoLogins(db) {
	const [demo] = await db.select({ id: unit.id }).from(unit).where(eq(unit.name, DEMO_UNIT_NAME)).limit(1);
	if (!demo) return null;
	const line = (role, people) => `  ${role.padEnd(10)} ${people.map((p) => p.login).join(", ")}`;
	return [
		"Samklang demo log-ins (password for all: samklang-demo):",
		line("leader", [leader]),
		line("workers", workers),
		line("citizens", citizens.filter((c) => c.isActivated)),
		line("relatives", relatives),
		`  activation code for Frederik Holm (not yet activated): FRED-ERAK-TEMA, valid 14 days after the first start`
	].join("\n");
}
// src/lib/server/startup.ts
/** Brings the database up to date and, on an empty database, adds the demo data. Runs once per process. */
async function prepareDatabase() {
	await migrateDatabase(db, client, config.databaseUrl, config.migrationsFolder);
	schedulePruning();
	if (!config.seedDemoData) return;
	await seedDemoData(db);
	const logins = await describeDemoLogins(db);
	if (logins) console.log(logins);
}
/** The access log is pruned at start and then daily; with several processes each prunes, which is harmless. */
function schedulePruning() {
	const prune = () => pruneAccessLog().catch((error) => console.error(JSON.stringify({
		event: "prune_failed",
		error: String(error)
	})));
	prune();
	setInterval(prune, DAY).unref();
}
// src/hooks.server.ts
/** Migrations (and demo data) before the first request; not while Kit builds and prerenders. */
var init = async () => {
	if (!building) await prepareDatabase();
};
/** Each language's writing direction, worked out once (Paraglide builds an Intl.Locale per call). */
var textDirections = new Map(locales.map((locale) => [locale, getTextDirection(locale)]));
/** Paraglide keeps the request's language for message functions; `<html lang>` follows it. */
var handleLanguage = ({ event, resolve }) => paraglideMiddleware(event.request, ({ locale }) => resolve(event, { transformPageChunk: ({ html }) => html.replace("%lang%", locale).replace("%dir%", textDirections.get(locale) ?? "ltr") }));
var handle = sequence(handleSecurityHeaders, handleLanguage, handleUnreadableForms, handleSession, handleQueuedWrites);
export { handle, init };

//# sourceMappingURL=hooks.server.js.map