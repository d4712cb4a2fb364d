import { describe, expect, it } from 'vitest';
import { parseForm } from './form.js';
import { declineWishSchema, oneWishSchema, profileSchema, teamWishSchema } from './contact-person.js';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) data.append(key, value);
	return data;
};

describe('wish forms', () => {
	it('one kontaktperson needs a person; "det vil jeg ikke sige" is fine', () => {
		expect(parseForm(oneWishSchema, form({}))).toMatchObject({ success: false, errors: { workerId: 'wish_error_one' } });
		expect(parseForm(oneWishSchema, form({ workerId: 'w1', reasonPrivate: 'yes' }))).toMatchObject({ success: true, output: { workerId: 'w1', reasonPrivate: true } });
	});

	it('a team names each role and a main contact', () => {
		expect(parseForm(teamWishSchema, form({ practical: 'a' }))).toMatchObject({
			success: false,
			errors: { personal: 'wish_error_role_personal', plan: 'wish_error_role_plan', main: 'wish_error_main' }
		});
		expect(parseForm(teamWishSchema, form({ practical: 'a', personal: 'b', plan: 'c', main: 'plan' }))).toMatchObject({ success: true });
	});
});

describe('the leader’s answer and profiles', () => {
	it('a no always says what can happen instead', () => {
		expect(parseForm(declineWishSchema, form({ reason: 'no_room' }))).toMatchObject({ success: false, errors: { instead: 'staff_wish_error_instead' } });
		expect(parseForm(declineWishSchema, form({ reason: 'maybe', instead: 'x' }))).toMatchObject({ success: false, errors: { reason: 'staff_wish_error_reason' } });
	});

	it('capacity is a number from 0 to 50, or left out', () => {
		expect(parseForm(profileSchema, form({ capacity: '12' }))).toMatchObject({ success: true, output: { capacity: 12 } });
		expect(parseForm(profileSchema, form({}))).toMatchObject({ success: true, output: { capacity: undefined } });
		expect(parseForm(profileSchema, form({ capacity: '51' }))).toMatchObject({ success: false, errors: { capacity: 'staff_profile_error_capacity' } });
		expect(parseForm(profileSchema, form({ capacity: '-1' }))).toMatchObject({ success: false });
	});
});
