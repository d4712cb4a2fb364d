import type { QueuedWrite } from './queue.js';

/** A write waiting on the phone, as the status line lists it. */
export type WaitingItem = {
	clientId: string;
	/** The first words written (a dream, a goal, a topic, a rating's comment), or null for none. */
	words: string | null;
	/** An answer about the collaboration, which may have no words at all. */
	isRating: boolean;
};

const shownWords = 6;

/** The first few words of a waiting write, so the person sees that what they wrote is kept. */
export function waitingItem(write: QueuedWrite): WaitingItem {
	const written = write.fields.find(([name, value]) => (name === 'text' || name === 'comment') && value.trim() !== '')?.[1] ?? '';
	const words = written.trim().split(/\s+/).filter(Boolean);
	return {
		clientId: write.clientId,
		words: words.length === 0 ? null : words.slice(0, shownWords).join(' ') + (words.length > shownWords ? ' …' : ''),
		isRating: new URL(write.action, 'http://x').pathname.includes('/collaboration/')
	};
}
