// The framework's floor: a bare SvelteKit page, built in the same run as Samklang for comparison.
import { defineConfig } from 'vite';
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
			paths: { origin: process.env.ORIGIN ?? 'http://localhost:4181' }
		})
	]
});
