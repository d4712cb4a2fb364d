import type { QuestionStepTexts } from './one-question-at-a-time.js';

function button(label: string, className: string) {
	const element = document.createElement('button');
	element.type = 'button';
	element.className = className;
	element.textContent = label;
	return element;
}

/**
 * Turns the child elements of `container` into steps, one shown at a time, and returns a function
 * that puts everything back. The form's own send button shows on the last step only. A problem
 * found after sending, or a link in the error summary, opens the step it is about.
 */
export function showQuestionSteps(container: HTMLElement, texts: QuestionStepTexts): () => void {
	const questions = [...container.children].filter((child): child is HTMLElement => child instanceof HTMLElement);
	const form = container.closest('form');
	const send = form?.querySelector<HTMLButtonElement>(':scope > button[type="submit"]');
	if (questions.length < 2 || !form || !send) return () => {};

	const steps = document.createElement('div');
	steps.className = 'question-steps';
	const progress = document.createElement('p');
	progress.className = 'question-steps__progress';
	const back = button(texts.back, 'button button--secondary');
	const next = button(texts.next, 'button button--large');
	steps.append(progress, back, next);
	container.after(steps);

	let current = 0;
	// Each step is a page of its own to the person: the tab and the screen reader's title say which.
	const pageTitle = document.title;
	const stepOf = (element: Element | null) => questions.findIndex((question) => element && question.contains(element));
	// A text field with a problem is aria-invalid; a group of radios (the faces) is a fieldset marked .field--error.
	const problem = '[aria-invalid="true"], .field--error';
	const firstWithProblem = () => stepOf(container.querySelector(problem));

	function show(index: number, moveFocus: boolean) {
		current = index;
		const isLast = index === questions.length - 1;
		questions.forEach((question, i) => (question.hidden = i !== index));
		back.hidden = index === 0;
		next.hidden = isLast;
		send!.hidden = !isLast;
		progress.textContent = texts.progress({ number: index + 1, total: questions.length });
		document.title = `${progress.textContent} – ${pageTitle}`;
		if (moveFocus) questions[index]!.querySelector<HTMLElement>('input, textarea, select')?.focus();
	}

	next.addEventListener('click', () => show(current + 1, true));
	back.addEventListener('click', () => show(current - 1, true));
	const openLinkedStep = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#"]');
		const target = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
		const index = stepOf(target);
		if (index < 0) return;
		show(index, false);
		// As GOV.UK's error summary: the field itself gets the focus, so typing or arrow keys go there.
		event.preventDefault();
		target!.focus();
	};
	const problems = new MutationObserver(() => {
		const index = firstWithProblem();
		if (index >= 0 && !questions[current]!.querySelector(problem)) show(index, false);
	});
	const startAgain = () => show(0, false);

	// Capture, so the step is visible before the browser scrolls to the field.
	document.addEventListener('click', openLinkedStep, true);
	problems.observe(container, { subtree: true, attributeFilter: ['aria-invalid', 'class'] });
	form.addEventListener('reset', startAgain);
	show(Math.max(firstWithProblem(), 0), false);

	return () => {
		document.removeEventListener('click', openLinkedStep, true);
		problems.disconnect();
		form.removeEventListener('reset', startAgain);
		for (const question of questions) question.hidden = false;
		send.hidden = false;
		steps.remove();
		document.title = pageTitle;
	};
}
