import { describe, expect, it } from 'vitest';
import { DAY } from '../time.js';
import { isFallingRating, isLowRating, meanScore, shouldAskHowItWent, trendOf } from './rating-rules.js';
import { faceOfScore, scoreOfFace } from '../../rating-scale.js';

describe('scoring', () => {
	it('stores the five faces as 0–10 and takes the mean of the answered questions only', () => {
		expect(['very-bad', 'bad', 'okay', 'good', 'very-good'].map((f) => scoreOfFace(f as never))).toEqual([0, 2.5, 5, 7.5, 10]);
		expect(meanScore([10, 7.5, 5])).toBe(7.5);
		expect(meanScore([])).toBeNull();
		expect(faceOfScore(6.6).value).toBe('good');
		expect(faceOfScore(0.4).value).toBe('very-bad');
	});
});

describe('the low or falling rule', () => {
	it('is low when any answer is in the lowest two faces', () => {
		expect(isLowRating([10, 10, 2.5])).toBe(true);
		expect(isLowRating([0])).toBe(true);
		expect(isLowRating([5, 7.5, 10])).toBe(false);
		expect(isLowRating([])).toBe(false);
	});

	it('is falling when the mean drops one whole face or more from the previous rating', () => {
		expect(isFallingRating(7.5, 10)).toBe(true);
		expect(isFallingRating(5, 8.75)).toBe(true);
		expect(isFallingRating(8.75, 10)).toBe(false);
		expect(isFallingRating(10, 5)).toBe(false);
		expect(isFallingRating(5, null)).toBe(false);
		expect(isFallingRating(null, 10)).toBe(false);
	});
});

describe('trend in words', () => {
	it('compares the last two answered ratings', () => {
		expect(trendOf([])).toBe('none');
		expect(trendOf([null])).toBe('none');
		expect(trendOf([5])).toBe('first');
		expect(trendOf([5, 7.5])).toBe('better');
		expect(trendOf([7.5, 7])).toBe('same');
		expect(trendOf([7.5, null, 5])).toBe('worse');
	});
});

describe('when "Hvordan gik det?" is asked', () => {
	const now = new Date('2026-11-22T12:00:00Z');
	const ago = (days: number) => new Date(now.getTime() - days * DAY);

	it('asks after a visit that came after the last rating', () => {
		expect(shouldAskHowItWent({ lastVisitAt: ago(1), lastRatingAt: ago(10), dismissedAt: null, now })).toBe(true);
		expect(shouldAskHowItWent({ lastVisitAt: ago(1), lastRatingAt: null, dismissedAt: null, now })).toBe(true);
	});

	it('does not ask without a new visit', () => {
		expect(shouldAskHowItWent({ lastVisitAt: null, lastRatingAt: null, dismissedAt: null, now })).toBe(false);
		expect(shouldAskHowItWent({ lastVisitAt: ago(3), lastRatingAt: ago(2), dismissedAt: null, now })).toBe(false);
	});

	it('asks at most once a week: not within a week of a rating or an "Ikke nu"', () => {
		expect(shouldAskHowItWent({ lastVisitAt: ago(1), lastRatingAt: ago(6), dismissedAt: null, now })).toBe(false);
		expect(shouldAskHowItWent({ lastVisitAt: ago(1), lastRatingAt: null, dismissedAt: ago(6), now })).toBe(false);
		expect(shouldAskHowItWent({ lastVisitAt: ago(1), lastRatingAt: null, dismissedAt: ago(7), now })).toBe(true);
	});
});
