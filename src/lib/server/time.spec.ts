import { describe, expect, it } from 'vitest';
import { fromCopenhagen, todayIso } from './time.js';
import { dayOf, formatDate, formatTime } from '../i18n/format.js';

describe('Danish time', () => {
	it('today is the date in Copenhagen, not in UTC', () => {
		expect(todayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(todayIso(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
		expect(todayIso(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
	});

	it('a clock time means the same in summer and winter, also just after midnight', () => {
		expect(fromCopenhagen('2026-07-01', '00:15').toISOString()).toBe('2026-06-30T22:15:00.000Z');
		expect(fromCopenhagen('2026-01-15', '23:45').toISOString()).toBe('2026-01-15T22:45:00.000Z');
	});

	it('dates and times are shown in Danish time (the base language is Danish)', () => {
		expect(formatDate('2027-02-03')).toBe('3. februar 2027');
		expect(formatTime('2026-07-01T12:05:00Z')).toBe('14.05');
		expect(dayOf('2026-06-30T22:30:00Z')).toBe('2026-07-01');
	});
});
