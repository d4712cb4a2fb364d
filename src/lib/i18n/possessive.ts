import { getLocale } from '../paraglide/runtime.js';

/**
 * A person's name as an owner, for pages that show a citizen to someone else ("Anna Jensens
 * plan", "Anna Jensen's plan"). Danish adds -s, or only an apostrophe after s, x and z
 * ("Lars' plan"); English adds 's.
 */
export function possessive(name: string, locale: string = getLocale()): string {
	const trimmed = name.trim();
	if (locale !== 'da') return `${trimmed}’s`;
	return /[sxz]$/i.test(trimmed) ? `${trimmed}’` : `${trimmed}s`;
}
