import type { Reroute } from '@sveltejs/kit/hooks';
import { deLocalizeUrl } from '#lib/paraglide/runtime.js';

/** `/en/login` is served by the `/login` route; the language is read from the prefix. */
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
