import { describe, expect, it } from 'vitest';
import { waitingItem } from './waiting-items.js';
import type { QueuedWrite } from './queue.js';

const write = (action: string, fields: [string, string][]): QueuedWrite => ({
	clientId: 'c1',
	userId: 'u1',
	action,
	fields: [['clientId', 'c1'], ...fields],
	formKey: 'k',
	queuedAt: 0
});

describe('waitingItem', () => {
	it('shows the first six words of a dream, goal or topic', () => {
		expect(waitingItem(write('http://localhost/me/dreams/new', [['text', 'At gå en tur ved stranden hver søndag'], ['lifeArea', 'leisure']]))).toEqual({
			clientId: 'c1',
			words: 'At gå en tur ved stranden …',
			isRating: false
		});
		expect(waitingItem(write('http://localhost/en/me/plan/new', [['text', '  Ride   a bike ']])).words).toBe('Ride a bike');
	});

	it("shows a rating's comment, or that it is a rating without words", () => {
		const rating = write('http://localhost/me/collaboration/new?visit=v', [['q-1', '4'], ['comment', '']]);
		expect(waitingItem(rating)).toEqual({ clientId: 'c1', words: null, isRating: true });
		expect(waitingItem(write('http://localhost/me/collaboration/new', [['comment', 'Godt møde']])).words).toBe('Godt møde');
	});
});
