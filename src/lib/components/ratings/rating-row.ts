/** One rating as pages show it; `at` is an ISO timestamp. */
export type RatingRow = {
	id: string;
	at: string;
	score: number | null;
	comment: string;
	answers: { question: string; score: number }[];
};
