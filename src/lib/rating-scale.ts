import type { IconName } from './components/ui/icon/icon-names.js';

/**
 * The five faces of "Hvordan går vores samarbejde?", lowest first. The citizen picks a face;
 * the score behind it (0–10) is what is stored and compared.
 */
export const faces = [
	{ value: 'very-bad', score: 0, icon: 'frown' },
	{ value: 'bad', score: 2.5, icon: 'annoyed' },
	{ value: 'okay', score: 5, icon: 'meh' },
	{ value: 'good', score: 7.5, icon: 'smile' },
	{ value: 'very-good', score: 10, icon: 'laugh' }
] as const satisfies readonly { value: string; score: number; icon: IconName }[];

export type Face = (typeof faces)[number]['value'];
export const faceValues = faces.map((face) => face.value) as Face[];

/** The answer that means "spring over": the question counts as not answered. */
export const skipAnswer = 'skip';

export function scoreOfFace(value: Face): number {
	return faces.find((face) => face.value === value)!.score;
}

/** The face nearest to a score, e.g. for a mean of several answers. */
export function faceOfScore(score: number): (typeof faces)[number] {
	return faces.reduce((best, face) => (Math.abs(face.score - score) < Math.abs(best.score - score) ? face : best));
}
