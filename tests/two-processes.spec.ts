// Several app processes on one database, as behind a load balancer: sessions live in the database,
// so a person logged in through one process is served by the other, and what one process writes
// the other shows. Runs on the embedded file (two processes, WAL) and, in `npm run test:remote`,
// on the libSQL server.
import { citizenScene, expect, test, TEST_PASSWORD } from './fixtures.ts';
import { startServer } from './own-server.ts';

const secondPort = Number(process.env.E2E_PORT) + 10;

test('a session made by one process is served by another, and a dream written on one is read on the other', async ({ page, baseURL, loginAs }) => {
	const { citizen } = await citizenScene();
	const server = await startServer(secondPort, process.env.DATABASE_URL!);
	try {
		// Log in through the first process's real form, as a person does.
		const login = await fetch(`${baseURL}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.77.0.1' },
			body: new URLSearchParams({ loginName: citizen.loginName!, password: TEST_PASSWORD })
		});
		expect(login.status).toBe(303);
		const cookie = login.headers.getSetCookie().find((c) => c.startsWith('__Host-session='))!.split(';')[0]!;

		// The second process knows the session, and takes a dream through the form (origin: the build's).
		const text = `Skrevet gennem den anden proces ${Math.random().toString(36).slice(2, 8)}`;
		const written = await fetch(`${server.url}/me/dreams/new`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: baseURL!, cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.77.0.1' },
			body: new URLSearchParams({ text, lifeArea: 'home', visibility: 'me', clientId: crypto.randomUUID() })
		});
		expect(written.status).toBe(303);
		expect(written.headers.get('location')).toMatch(/\/me\/dreams$/);

		// The first process shows it.
		await loginAs(citizen.userId);
		await page.goto('/me/dreams');
		await expect(page.getByText(text)).toBeVisible();

		// Logging out on the second process ends the session for the first too.
		const before = await fetch(`${baseURL}/me`, { redirect: 'manual', headers: { cookie, accept: 'text/html' } });
		expect(before.status).toBe(200);
		const logout = await fetch(`${server.url}/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: baseURL!, cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: ''
		});
		expect(logout.status).toBe(303);
		const after = await fetch(`${baseURL}/me`, { redirect: 'manual', headers: { cookie, accept: 'text/html' } });
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/\/login/);
	} finally {
		await server.stop();
	}
});
