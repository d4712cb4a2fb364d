// The authorization matrix: every route and form action, found in the route tree, called as every
// kind of person. The expected results live in one table (`expected` in route-scene.ts); a route missing from the table,
// or a table row without a route, fails. A "leak" is any answer that lets a person who may not see
// the citizen get past the guard, or any answer to an unrelated person that contains the citizen's name.
import { expect, test } from '@playwright/test';
import { discoverRoutes, expected, roles, scene, type Who } from './route-scene.ts';

/** People with no tie to the citizen: nothing they are answered may contain the citizen's name. */
const unrelated: readonly Who[] = ['otherCitizen', 'removedRelative', 'expiredGuide', 'otherWorker', 'otherLeader', 'nobody'];
/** The one exception: whoever holds an invitation link (a 160-bit secret) sees who invited them. */
const showsInviterToLinkHolder = (route: string) => route.includes(' /invite/[token]');

test('the route tree and the matrix table list the same routes', () => {
	expect(discoverRoutes()).toEqual(Object.keys(expected).sort());
});

test('authorization matrix: every route × every kind of person, zero leaks', async ({ playwright, baseURL }) => {
	// 118 fresh scenes: about a minute on the embedded file, three times that over HTTP to a libSQL server.
	test.setTimeout(process.env.DATABASE_URL?.startsWith('file:') ? 180_000 : 540_000);
	const routes = discoverRoutes();
	const failures: string[] = [];
	let calls = 0;
	for (const route of routes) {
		// A fresh scene per route, so a permitted action (removing a helper, logging out) cannot change the next row.
		const { name, secret, cookies, params, forms } = await scene();
		const [method, pathWithAction] = route.split(' ') as [string, string];
		const path = Object.entries(params).reduce((p, [param, value]) => p.replace(param, value), pathWithAction);
		const allowed = expected[route] ?? [];
		// Those who may not pass go first: a permitted destructive action runs last.
		const order = [...roles].sort((a, b) => Number(allowed.includes(a)) - Number(allowed.includes(b)));
		for (const who of order) {
			const request = await playwright.request.newContext({
				baseURL,
				extraHTTPHeaders: {
					origin: baseURL!,
					// As a browser without JavaScript: Kit answers redirects and errors as real HTTP.
					accept: 'text/html',
					'x-forwarded-for': `10.9.${calls % 250}.${Math.floor(calls / 250) + 1}`,
					...(cookies[who] ? { cookie: cookies[who]! } : {})
				}
			});
			const response = await request.fetch(path, { method, maxRedirects: 0, ...(method === 'POST' ? { form: forms[route] ?? {} } : {}) });
			calls++;
			const status = response.status();
			const location = response.headers()['location'] ?? '';
			const body = await response.text();
			const sentToLogin = status >= 300 && status < 400 && /\/login(\?|$)/.test(location);
			const passed = status !== 404 && !sentToLogin;
			const isAllowed = allowed.includes(who);
			if (passed !== isAllowed) failures.push(`${route} as ${who}: ${status} ${location} (expected ${isAllowed ? 'allowed' : 'refused'})`);
			if (!isAllowed && !sentToLogin && status !== 404) failures.push(`${route} as ${who}: LEAK, answered ${status}`);
			if (unrelated.includes(who) && !showsInviterToLinkHolder(route) && body.includes(name)) failures.push(`${route} as ${who}: LEAK, the citizen's name is in the answer`);
			if (who !== 'citizen' && body.includes(secret)) failures.push(`${route} as ${who}: LEAK, an "only me" dream is in the answer`);
			await request.dispose();
		}
	}
	test.info().annotations.push({ type: 'matrix', description: `${routes.length} routes × ${roles.length} kinds of person = ${calls} calls` });
	console.log(`authorization matrix: ${routes.length} routes × ${roles.length} kinds of person = ${calls} calls, ${failures.length} failures`);
	expect(failures).toEqual([]);
});
