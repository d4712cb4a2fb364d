import type { Action } from 'svelte/action';

export type QuestionStepTexts = { next: string; back: string; progress: (position: { number: number; total: number }) => string };

/** Phones narrower than this get one question per screen. */
const smallScreen = '(max-width: 40rem)';

/**
 * On a small phone, shows the questions in the element (its child elements) one at a time with
 * "Næste" and "Tilbage". Without JavaScript, and on larger screens, all questions stay on one
 * page. The code for the steps loads only on small screens.
 */
export const oneQuestionAtATime: Action<HTMLElement, QuestionStepTexts> = (container, texts) => {
	if (!matchMedia(smallScreen).matches) return;
	let isActive = true;
	let stop: (() => void) | undefined;
	import('./question-steps.js')
		.then(({ showQuestionSteps }) => {
			if (isActive) stop = showQuestionSteps(container, texts);
		})
		.catch(() => {});
	return {
		destroy() {
			isActive = false;
			stop?.();
		}
	};
};
