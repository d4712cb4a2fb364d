export type Trend = 'none' | 'first' | 'better' | 'same' | 'worse';

/** How the last rating compares with the one before, in a word for the one-sentence summary. */
export function trendOf(means: readonly (number | null)[]): Trend {
	const answered = means.filter((mean): mean is number => mean !== null);
	if (answered.length === 0) return 'none';
	if (answered.length === 1) return 'first';
	const difference = answered.at(-1)! - answered.at(-2)!;
	if (difference >= 1) return 'better';
	if (difference <= -1) return 'worse';
	return 'same';
}
