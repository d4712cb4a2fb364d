import { sequence, type Handle, type ServerInit } from '@sveltejs/kit/hooks';
import { building } from '$app/env';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { getTextDirection, locales } from '#lib/paraglide/runtime.js';
import { handleSession } from '#lib/server/auth/handle.js';
import { handleQueuedWrites } from '#lib/server/offline-queue-guard.js';
import { handleSecurityHeaders } from '#lib/server/security-headers.js';
import { handleUnreadableForms } from '#lib/server/form-body.js';
import { prepareDatabase } from '#lib/server/startup.js';

/** Migrations (and demo data) before the first request; not while Kit builds and prerenders. */
export const init: ServerInit = async () => {
	if (!building) await prepareDatabase();
};

/** Each language's writing direction, worked out once (Paraglide builds an Intl.Locale per call). */
const textDirections = new Map(locales.map((locale) => [locale, getTextDirection(locale)]));

/** Paraglide keeps the request's language for message functions; `<html lang>` follows it. */
const handleLanguage: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', locale).replace('%dir%', textDirections.get(locale) ?? 'ltr')
		})
	);

export const handle = sequence(handleSecurityHeaders, handleLanguage, handleUnreadableForms, handleSession, handleQueuedWrites);
