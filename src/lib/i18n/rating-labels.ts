import { m } from '../paraglide/messages.js';
import { faceOfScore, type Face } from '../rating-scale.js';
import type { Trend } from '../rating-trend.js';

const faceWords: Record<Face, () => string> = {
	'very-bad': m.face_very_bad,
	bad: m.face_bad,
	okay: m.face_okay,
	good: m.face_good,
	'very-good': m.face_very_good
};
export const faceLabel = (face: Face) => faceWords[face]();
/** The words of the face nearest to a score. */
export const scoreLabel = (score: number) => faceLabel(faceOfScore(score).value);

const trendWords: Record<Trend, () => string> = {
	none: m.collab_trend_none,
	first: m.collab_trend_first,
	better: m.collab_trend_better,
	same: m.collab_trend_same,
	worse: m.collab_trend_worse
};
/** The one-sentence summary: "Det går bedre end sidste gang." */
export const trendSentence = (trend: Trend) => trendWords[trend]();
