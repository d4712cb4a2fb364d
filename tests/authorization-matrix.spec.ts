// The authorization matrix: every route and form action, found in the route tree, called as every
// kind of person. The expected results live in one table (`expected` in route-scene.ts); a route missing from the table,
// or a table row without a route, fails. A "leak" is any answer that lets a person who may not see
// the citizen get past the guard, or any answer to an unrelated person that contains the citizen's name.
import { expect, test } from '@playwright/test';
import { discoverRoutes, expected, personKinds, roles, scene, unitKinds, type ForeignOwner, type Who } from './route-scene.ts';
import { changedRows, foreignIds, foreignRows } from './foreign-rows.ts';

/** People with no tie to the citizen today: nothing they are answered may contain the citizen's name. */
const unrelated: readonly Who[] = ['otherCitizen', 'otherUnitCitizen', 'removedRelative', 'expiredGuide', 'otherWorker', 'endedWorker', 'futureWorker', 'otherLeader', 'nobody'];
/**
 * The exceptions: whoever holds an invitation link (a 160-bit secret) sees who invited them, and a
 * worker whose assignment starts later sees the citizen under "Ændringer på vej" on their start page.
 */
const mayShowName = (route: string, who: Who) => route.includes(' /invite/[token]') || (route === 'GET /staff' && who === 'futureWorker');

test('the route tree and the matrix table list the same routes', () => {
	expect(discoverRoutes()).toEqual(Object.keys(expected).sort());
});

test('authorization matrix: every route × every kind of person, zero leaks', async ({ playwright, baseURL }) => {
	// One fresh scene per route: under three minutes on the embedded file (2 busy cores), more over HTTP to a libSQL server.
	test.setTimeout(process.env.DATABASE_URL?.startsWith('file:') ? 360_000 : 540_000);
	const routes = discoverRoutes();
	const failures: string[] = [];
	let calls = 0;
	let sceneMs = 0;
	const started = Date.now();
	for (const route of routes) {
		// A fresh scene per route, so a permitted action (removing a helper, logging out) cannot change the next row.
		const sceneStarted = Date.now();
		const { name, secret, cookies, params, forms } = await scene();
		sceneMs += Date.now() - sceneStarted;
		const [method, pathWithAction] = route.split(' ') as [string, string];
		const path = Object.entries(params).reduce((p, [param, value]) => p.replace(param, value), pathWithAction);
		const allowed = expected[route] ?? [];
		const call = async (who: Who) => {
			const address = `10.9.${calls % 250}.${Math.floor(calls / 250) + 1}`;
			calls++;
			const request = await playwright.request.newContext({
				baseURL,
				extraHTTPHeaders: {
					origin: baseURL!,
					// As a browser without JavaScript: Kit answers redirects and errors as real HTTP.
					accept: 'text/html',
					'x-forwarded-for': address,
					...(cookies[who] ? { cookie: cookies[who]! } : {})
				}
			});
			const response = await request.fetch(path, { method, maxRedirects: 0, ...(method === 'POST' ? { form: forms[route] ?? {} } : {}) });
			const status = response.status();
			const location = response.headers()['location'] ?? '';
			const body = await response.text();
			await request.dispose();
			const sentToLogin = status >= 300 && status < 400 && /\/login(\?|$)/.test(location);
			const passed = status !== 404 && !sentToLogin;
			const isAllowed = allowed.includes(who);
			if (passed !== isAllowed) failures.push(`${route} as ${who}: ${status} ${location} (expected ${isAllowed ? 'allowed' : 'refused'})`);
			if (!isAllowed && !sentToLogin && status !== 404) failures.push(`${route} as ${who}: LEAK, answered ${status}`);
			if (unrelated.includes(who) && !mayShowName(route, who) && body.includes(name)) failures.push(`${route} as ${who}: LEAK, the citizen's name is in the answer`);
			if (who !== 'citizen' && body.includes(secret)) failures.push(`${route} as ${who}: LEAK, an "only me" dream is in the answer`);
		};
		// Those who may not pass go first, four at a time (a refusal changes nothing); then, one by
		// one, those who may, so a permitted destructive action runs last.
		const refused = roles.filter((who) => !allowed.includes(who));
		for (let i = 0; i < refused.length; i += 4) await Promise.all(refused.slice(i, i + 4).map(call));
		for (const who of roles.filter((r) => allowed.includes(r))) await call(who);
	}
	test.info().annotations.push({ type: 'matrix', description: `${routes.length} routes × ${roles.length} kinds of person = ${calls} calls` });
	console.log(`authorization matrix: ${routes.length} routes × ${roles.length} kinds of person = ${calls} calls, ${failures.length} failures, ${Math.round((Date.now() - started) / 1000)} s (scenes ${Math.round(sceneMs / 1000)} s)`);
	expect(failures).toEqual([]);
});

/** Who sends an action's form in the form-body part: the first of these the route lets in. */
const senders: readonly Who[] = ['citizen', 'leader', 'assignedWorker', 'activeGuide', 'writingRelative', 'relativeWithArea', 'relativeWithoutArea'];
/** Routes that act for one citizen: there even another citizen of the same unit is foreign. */
const actsForOneCitizen = (route: string) => /^POST \/(me|helper\/\[citizenId\]|staff\/citizens\/\[citizenId\])[/?]/.test(route);

test('authorization matrix: ids of another citizen and another unit in form bodies are refused and change nothing', async ({ playwright, baseURL }) => {
	test.setTimeout(process.env.DATABASE_URL?.startsWith('file:') ? 120_000 : 300_000);
	// One scene for every variant: each must be refused and change nothing, so none can spoil the next.
	const started = Date.now();
	const s = await scene({ foreign: true });
	const theirIds = await foreignIds(s.foreignRoots);
	const failures: string[] = [];
	const sent: string[] = [];
	for (const [route, form] of Object.entries(s.forms).sort()) {
		const sender = senders.find((who) => (expected[route] ?? []).includes(who));
		if (!sender) continue;
		const [method, pathWithAction] = route.split(' ') as [string, string];
		const path = Object.entries(s.params).reduce((p, [param, value]) => p.replace(param, value), pathWithAction);
		// Every field whose name or value holds one of the citizen's ids, with the id of someone else's object of that kind.
		for (const { kind, own, foreign } of s.owned) {
			const fields = Object.entries(form).filter(([key, value]) => key.includes(own) || value.includes(own));
			if (fields.length === 0) continue;
			for (const [owner, theirs] of Object.entries(foreign) as [ForeignOwner, string][]) {
				// Another citizen of the unit shares its workers and question sets, and a leader's queue acts for the whole unit.
				if (owner === 'otherCitizen' && (unitKinds.includes(kind) || (!actsForOneCitizen(route) && !personKinds.includes(kind)))) continue;
				const variant = Object.fromEntries(Object.entries(form).map(([key, value]) => [key.replaceAll(own, theirs), value.replaceAll(own, theirs)]));
				const label = `${route} as ${sender}, ${fields.map(([key]) => key.replace(own, '<id>')).join('+')} = ${kind} of ${owner}`;
				const before = await foreignRows(theirIds);
				const request = await playwright.request.newContext({
					baseURL,
					extraHTTPHeaders: { origin: baseURL!, accept: 'text/html', 'x-forwarded-for': `10.8.${sent.length % 250}.1`, cookie: s.cookies[sender]! }
				});
				const response = await request.fetch(path, { method, maxRedirects: 0, form: variant });
				const status = response.status();
				await request.dispose();
				sent.push(label);
				const changed = changedRows(before, await foreignRows(theirIds));
				if (![400, 404, 409].includes(status)) failures.push(`${label}: answered ${status}, not refused`);
				if (changed.length > 0) failures.push(`${label}: their rows changed: ${changed.join('; ')}`);
			}
		}
	}
	test.info().annotations.push({ type: 'matrix', description: `${sent.length} form-body variants` });
	console.log(`authorization matrix, form bodies: ${sent.length} variants with another citizen's or another unit's ids, ${failures.length} failures, ${Math.round((Date.now() - started) / 1000)} s`);
	expect(failures).toEqual([]);
});
