// Throwaway: first-load weight of every citizen page, goal and dream pages included.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { measurePage } from './page-weight.ts';
const port = 4188, app = `http://localhost:${port}`;
const out = 'build-weight';
if (!process.env.SKIP_BUILD) {
	const b = spawnSync('vite', ['build', '--logLevel', 'error'], { env: { ...process.env, BUILD_DIR: out, ORIGIN: app }, stdio: 'inherit' });
	if (b.status) process.exit(1);
}
const dbFile = `/work/main/build-weight-${Date.now()}.db`;
const server = spawn('node', [out], { env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${dbFile}`, SAMKLANG_DEMO: '1' }, stdio: 'inherit' });
for (let i = 0; i < 600; i++) { try { await fetch(app + '/'); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
const login = await fetch(`${app}/login`, { method: 'POST', redirect: 'manual', headers: { origin: app, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, body: new URLSearchParams({ loginName: 'anna', password: 'samklang-demo' }) });
const cookie = login.headers.getSetCookie().find((c) => c.startsWith('__Host-session='))!.split(';')[0]!;
async function post(path: string, fields: Record<string, string>) {
	const page = await (await fetch(app + path, { headers: { cookie } })).text();
	const clientId = /name="clientId" value="([^"]+)"/.exec(page)?.[1] ?? '';
	const r = await fetch(app + path, { method: 'POST', redirect: 'manual', headers: { cookie, origin: app, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, body: new URLSearchParams({ clientId, ...fields }) });
	return r.status;
}
console.log('dream', await post('/me/dreams/new', { text: 'At cykle til stranden', lifeArea: 'leisure', visibility: 'me' }));
console.log('goal', await post('/me/plan/new', { text: 'Lære at svømme' }));
const dreamId = /\/me\/dreams\/([a-z0-9]{20,})/.exec(await (await fetch(app + '/me/dreams', { headers: { cookie } })).text())?.[1];
const goalId = /\/me\/plan\/([a-z0-9]{20,})/.exec(await (await fetch(app + '/me/plan', { headers: { cookie } })).text())?.[1];
const paths = ['/me', '/me/dreams', '/me/dreams/new', `/me/dreams/${dreamId}`, `/me/dreams/${dreamId}?edit`, '/me/plan', '/me/plan/new', `/me/plan/${goalId}`, `/me/plan/${goalId}?edit`, `/me/plan/${goalId}?addStep`, '/me/collaboration', '/me/collaboration/new', '/me/contact-person', '/me/contact-person/workers', '/me/meetings', '/me/contact', '/me/helpers', '/me/access-log', '/me/data'];
for (const p of paths) {
	try { const w = await measurePage(app + p, cookie); console.log(p.padEnd(50), (w.total / 1024).toFixed(1), 'KB', 'js', (w.js / 1024).toFixed(1), 'css', (w.css / 1024).toFixed(1), 'html', (w.html / 1024).toFixed(1)); } catch (e) { console.log(p, String(e)); }
}
server.kill();
