// SvelteKit 3 has no svelte.config.js: the Kit configuration is the argument of sveltekit() below.
import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { readFileSync } from 'node:fs';
import { routeAnnouncerStyleHash } from './src/lib/server/route-announcer-style.ts';
import { inlineScriptHashes } from './src/lib/server/inline-script-hashes.ts';

/**
 * The public origin is fixed at build time (adapter-node 6 has no runtime ORIGIN).
 * Kit uses it for the CSRF origin check on form posts, so it must match the address people use.
 */
const origin = process.env.ORIGIN ?? 'http://localhost:3000';

/**
 * Builds for another directory (the e2e tests, the benchmark, the reliability suite) get Kit's
 * working files to themselves, so two builds at once cannot overwrite each other's output.
 */
const buildDir = process.env.BUILD_DIR;
const kitOutDir = buildDir ? `.svelte-kit-${buildDir.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}` : '.svelte-kit';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The language is in the URL (/en/...), so links and the offline page work without cookies or JavaScript.
			strategy: ['url', 'baseLocale']
		}),
		sveltekit({
			// BUILD_DIR lets the e2e tests and the benchmark build beside a running `npm start`.
			adapter: adapter({ out: buildDir ?? 'build', precompress: true }),
			outDir: kitOutDir,
			// Absolute asset paths: the prerendered offline page is served at whatever address failed
			// (say /me/dreams/new), and its styles and scripts must still load from there.
			paths: { origin, relative: false },
			compilerOptions: {
				runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
			},
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					// The template's own few lines (see app.html) by their hash; Kit adds its own.
					'script-src': ['self', ...inlineScriptHashes(readFileSync('src/app.html', 'utf8'))],
					// Kit's route announcer has an inline style attribute: that one, and no other, may apply.
					'style-src': ['self', 'unsafe-hashes', routeAnnouncerStyleHash],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'manifest-src': ['self'],
					'worker-src': ['self'],
					'form-action': ['self'],
					'object-src': ['none'],
					'base-uri': ['none'],
					'frame-ancestors': ['none']
				}
			},
			version: { pollInterval: 0 },
			// The server looks up the route on navigation, so the browser is not sent the list of every
			// route (staff pages included) with each first load: lighter pages, and less to read for
			// whoever looks.
			router: { resolution: 'server' }
		})
	],
	server: { port: 3000 },
	preview: { port: 4173 },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'bench/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['src/lib/server/test-setup.ts'],
		expect: { requireAssertions: true },
		// Expected auth failures log warnings; show output only for failing tests.
		silent: 'passed-only'
	}
});
