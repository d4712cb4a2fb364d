import { describe, expect, it } from 'vitest';
import { describeDevice } from './device-name.js';

describe('describeDevice', () => {
	it('names browser and system', () => {
		expect(
			describeDevice('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36')
		).toEqual({ browser: 'Chrome', os: 'Android' });
		expect(
			describeDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')
		).toEqual({ browser: 'Safari', os: 'iOS' });
	});

	it('gives null for nothing useful', () => {
		expect(describeDevice('')).toBeNull();
		expect(describeDevice('playwright')).toBeNull();
	});
});
