import { DAY } from '../time.js';

export { trendOf, type Trend } from '../../rating-trend.js';

/** An answer in one of the two lowest faces (0 or 2.5 of 10). */
export const lowScore = 2.5;
/** A fall of one whole face or more on average, from one rating to the next, is a clear fall. */
export const clearFall = 2.5;
/** "Hvordan gik det?" is asked at most once a week. */
export const promptInterval = 7 * DAY;

/** The mean of the answered questions, 0–10; null when every question was skipped. */
export function meanScore(scores: readonly number[]): number | null {
	if (scores.length === 0) return null;
	return Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100;
}

/** Any answer in the lowest two faces. */
export function isLowRating(scores: readonly number[]): boolean {
	return scores.some((score) => score <= lowScore);
}

/** The mean dropped clearly from the previous rating's (both must have answers). */
export function isFallingRating(mean: number | null, previousMean: number | null): boolean {
	return mean !== null && previousMean !== null && previousMean - mean >= clearFall;
}

/**
 * Whether Min side asks "Hvordan gik det?": a visit was marked done or a meeting took place
 * (`lastVisitAt`: the later of the two) after the last rating, and neither a rating nor an
 * "Ikke nu" happened in the last week (no nagging).
 */
export function shouldAskHowItWent(input: {
	lastVisitAt: Date | null;
	lastRatingAt: Date | null;
	dismissedAt: Date | null;
	now: Date;
}): boolean {
	const { lastVisitAt, lastRatingAt, dismissedAt, now } = input;
	if (!lastVisitAt) return false;
	if (lastRatingAt && lastRatingAt >= lastVisitAt) return false;
	const withinWeek = (at: Date | null) => at !== null && now.getTime() - at.getTime() < promptInterval;
	return !withinWeek(lastRatingAt) && !withinWeek(dismissedAt);
}
