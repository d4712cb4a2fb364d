import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './inline-script-hashes.ts';

describe('inlineScriptHashes', () => {
	it('hashes the exact text between the tags, as browsers do', () => {
		// The example from the CSP specification: 'sha256-…' of `alert('Hello, world.');`.
		expect(inlineScriptHashes("<script>alert('Hello, world.');</script>")).toEqual(['sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=']);
	});

	it('finds the one inline script of the page template', () => {
		expect(inlineScriptHashes(readFileSync('src/app.html', 'utf8'))).toHaveLength(1);
	});
});
