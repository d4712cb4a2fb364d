import { describe, expect, it } from 'vitest';
import { parseForm } from './form.js';
import { scheduleMeetingSchema, summarySchema, unitSettingsSchema } from './meetings.js';
import { fromCopenhagen } from '../server/time.js';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
};

describe('meeting forms', () => {
	it('a meeting needs a kind, a date and time, and a place', () => {
		expect(parseForm(scheduleMeetingSchema, form([]), ['participants'])).toMatchObject({
			success: false,
			errors: { type: 'staff_meeting_error_type', date: 'staff_meeting_error_when', time: 'staff_meeting_error_when', place: 'staff_meeting_error_place' }
		});
		const ok = parseForm(scheduleMeetingSchema, form([['type', 'plan'], ['date', '2026-12-01'], ['time', '10:30'], ['place', 'Hjemme'], ['participants', 'a'], ['participants', 'b']]), ['participants']);
		expect(ok).toMatchObject({ success: true, output: { participants: ['a', 'b'] } });
	});

	it('agreements are one per line', () => {
		expect(parseForm(summarySchema, form([['summary', 'Vi talte om job.'], ['agreements', 'Ring til jobcentret\n\n  Find en praktik  ']]))).toMatchObject({
			success: true,
			output: { agreements: ['Ring til jobcentret', 'Find en praktik'] }
		});
	});

	it('settings are whole numbers in range', () => {
		const base: [string, string][] = [['choicePeriodDays', '91'], ['wishAnswerDays', '14'], ['accessLogRetentionMonths', '24']];
		expect(parseForm(unitSettingsSchema, form(base))).toMatchObject({ success: true, output: { choicePeriodDays: 91, accessLogRetentionMonths: 24 } });
		expect(parseForm(unitSettingsSchema, form([['choicePeriodDays', '0'], ['wishAnswerDays', 'x'], ['accessLogRetentionMonths', '3']]))).toMatchObject({
			success: false,
			errors: { choicePeriodDays: 'staff_settings_error_days', wishAnswerDays: 'staff_settings_error_days', accessLogRetentionMonths: 'staff_settings_error_months' }
		});
	});

	it('a meeting time is Danish time, summer and winter', () => {
		expect(fromCopenhagen('2026-12-01', '10:30').toISOString()).toBe('2026-12-01T09:30:00.000Z');
		expect(fromCopenhagen('2026-07-01', '10:30').toISOString()).toBe('2026-07-01T08:30:00.000Z');
	});
});
