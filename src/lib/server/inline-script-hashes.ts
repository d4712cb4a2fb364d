import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy hashes of the inline scripts in the page template (src/app.html),
 * so the policy allows exactly those and no others. Computed from the template when the app is
 * built: changing the script cannot leave a stale hash behind.
 */
export function inlineScriptHashes(template: string): `sha256-${string}`[] {
	return [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body = '']) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}` as const
	);
}
