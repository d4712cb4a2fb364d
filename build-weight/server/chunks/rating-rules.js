import { t as DAY } from "./time.js";
// src/lib/server/ratings/rating-rules.ts
/** An answer in one of the two lowest faces (0 or 2.5 of 10). */
var lowScore = 2.5;
/** "Hvordan gik det?" is asked at most once a week. */
var promptInterval = 7 * DAY;
/** The mean of the answered questions, 0–10; null when every question was skipped. */
function meanScore(scores) {
	if (scores.length === 0) return null;
	return Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length * 100) / 100;
}
/** Any answer in the lowest two faces. */
function isLowRating(scores) {
	return scores.some((score) => score <= lowScore);
}
/** The mean dropped clearly from the previous rating's (both must have answers). */
function isFallingRating(mean, previousMean) {
	return mean !== null && previousMean !== null && previousMean - mean >= 2.5;
}
/**
* Whether Min side asks "Hvordan gik det?": a visit was marked done or a meeting took place
* (`lastVisitAt`: the later of the two) after the last rating, and neither a rating nor an
* "Ikke nu" happened in the last week (no nagging).
*/
function shouldAskHowItWent(input) {
	const { lastVisitAt, lastRatingAt, dismissedAt, now } = input;
	if (!lastVisitAt) return false;
	if (lastRatingAt && lastRatingAt >= lastVisitAt) return false;
	const withinWeek = (at) => at !== null && now.getTime() - at.getTime() < promptInterval;
	return !withinWeek(lastRatingAt) && !withinWeek(dismissedAt);
}
export { shouldAskHowItWent as i, isLowRating as n, meanScore as r, isFallingRating as t };

//# sourceMappingURL=rating-rules.js.map