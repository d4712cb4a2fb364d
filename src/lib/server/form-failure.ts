import { fail } from '@sveltejs/kit';
import { formErrorTexts } from '../i18n/form-errors.js';

/**
 * A form the server will not take: Kit's fail(), with each error key turned into words in the
 * person's language here on the server. Pages then show the words as they are and need not ship
 * the table of every error text in the app (about 3 KB on each form page).
 */
export function invalid<T extends { errors: Record<string, string> }>(status: number, data: T) {
	return fail(status, { ...data, errors: formErrorTexts(data.errors) });
}
