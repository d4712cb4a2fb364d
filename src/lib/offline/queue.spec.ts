import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from './database.js';
import { loadDraft } from './drafts.js';
import { enqueue, outcomeOf, queuedForHeader, sendWaitingWrites, waitingWrites, type QueuedWrite } from './queue.js';

function write(clientId: string, userId = 'user-a', text = `Drøm ${clientId}`): QueuedWrite {
	return {
		clientId,
		userId,
		action: 'http://localhost/me/dreams/new',
		fields: [
			['text', text],
			['lifeArea', 'leisure'],
			['clientId', clientId]
		],
		formKey: 'dream-new',
		queuedAt: Number(clientId.replace(/\D/g, '')) || 0
	};
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('outcomeOf', () => {
	it('counts a redirect or success as stored', () => {
		expect(outcomeOf(200, '{"type":"redirect","status":303,"location":"/me/dreams"}')).toBe('sent');
		expect(outcomeOf(200, '{"type":"success","status":200}')).toBe('sent');
	});
	it('counts a failure as refused: sending it again would not help', () => {
		expect(outcomeOf(400, '{"type":"failure","status":400,"data":"[]"}')).toBe('refused');
		expect(outcomeOf(403, 'Cross-site POST form submissions are forbidden')).toBe('refused');
	});
	it('tries again later when nobody, or someone else, is logged in, or the server failed', () => {
		expect(outcomeOf(401, '')).toBe('retry');
		expect(outcomeOf(500, '{"type":"error","error":{"message":"Internal Error"}}')).toBe('retry');
		expect(outcomeOf(502, '<html>Bad gateway</html>')).toBe('retry');
	});
});

describe('sendWaitingWrites', () => {
	beforeEach(async () => {
		await run('queue', 'readwrite', (store) => store.clear());
		await run('drafts', 'readwrite', (store) => store.clear());
	});
	afterEach(() => vi.unstubAllGlobals());

	it('sends the oldest first, only the person’s own, and names the person in a header', async () => {
		await enqueue(write('w2'));
		await enqueue(write('w1'));
		await enqueue(write('w3', 'user-b'));
		const sent: string[] = [];
		vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
			expect(new Headers(init.headers).get(queuedForHeader)).toBe('user-a');
			sent.push(new URLSearchParams(init.body as URLSearchParams).get('clientId')!);
			return json({ type: 'redirect', status: 303, location: '/me/dreams' });
		});
		expect(await sendWaitingWrites('user-a')).toEqual({ sent: 2, refusedForms: [], waiting: 0 });
		expect(sent).toEqual(['w1', 'w2']);
		expect((await waitingWrites('user-b')).map((w) => w.clientId)).toEqual(['w3']);
	});

	it('keeps everything when the network is still gone', async () => {
		await enqueue(write('w1'));
		await enqueue(write('w2'));
		vi.stubGlobal('fetch', async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(await sendWaitingWrites('user-a')).toEqual({ sent: 0, refusedForms: [], waiting: 2 });
		expect(await waitingWrites('user-a')).toHaveLength(2);
	});

	it('keeps a write the server will not take now (401) for later', async () => {
		await enqueue(write('w1'));
		vi.stubGlobal('fetch', async () => new Response(null, { status: 401 }));
		expect(await sendWaitingWrites('user-a')).toEqual({ sent: 0, refusedForms: [], waiting: 1 });
		expect(await waitingWrites('user-a')).toHaveLength(1);
	});

	it('puts a refused write back into its form as a draft, so nothing is lost', async () => {
		await enqueue(write('w1', 'user-a', 'Jeg vil gerne male'));
		vi.stubGlobal('fetch', async () => json({ type: 'failure', status: 409, data: '[]' }, 409));
		expect(await sendWaitingWrites('user-a')).toEqual({ sent: 0, refusedForms: ['/me/dreams/new'], waiting: 0 });
		expect(await waitingWrites('user-a')).toEqual([]);
		expect(await loadDraft('user-a', 'dream-new')).toEqual({ text: ['Jeg vil gerne male'], lifeArea: ['leisure'] });
	});
});
