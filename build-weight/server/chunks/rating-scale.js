// src/lib/rating-scale.ts
/**
* The five faces of "Hvordan går vores samarbejde?", lowest first. The citizen picks a face;
* the score behind it (0–10) is what is stored and compared.
*/
var faces = [
	{
		value: "very-bad",
		score: 0,
		icon: "frown"
	},
	{
		value: "bad",
		score: 2.5,
		icon: "annoyed"
	},
	{
		value: "okay",
		score: 5,
		icon: "meh"
	},
	{
		value: "good",
		score: 7.5,
		icon: "smile"
	},
	{
		value: "very-good",
		score: 10,
		icon: "laugh"
	}
];
var faceValues = faces.map((face) => face.value);
/** The answer that means "spring over": the question counts as not answered. */
var skipAnswer = "skip";
function scoreOfFace(value) {
	return faces.find((face) => face.value === value).score;
}
/** The face nearest to a score, e.g. for a mean of several answers. */
function faceOfScore(score) {
	return faces.reduce((best, face) => Math.abs(face.score - score) < Math.abs(best.score - score) ? face : best);
}
export { skipAnswer as a, scoreOfFace as i, faceValues as n, faces as r, faceOfScore as t };

//# sourceMappingURL=rating-scale.js.map