import { r as getLocale } from "./runtime.js";
import { t as faceOfScore } from "./rating-scale.js";
// src/lib/paraglide/messages/face_very_bad.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Face_Very_BadInputs */
var da_face_very_bad = () => {
	return `Meget dårligt`;
};
var en_face_very_bad = () => {
	return `Very bad`;
};
/**
* | output |
* | --- |
* | "Very bad" |
*
* @param {Face_Very_BadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var face_very_bad = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_face_very_bad(inputs);
	return da_face_very_bad(inputs);
});
// src/lib/paraglide/messages/face_bad.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Face_BadInputs */
var da_face_bad = () => {
	return `Dårligt`;
};
var en_face_bad = () => {
	return `Bad`;
};
/**
* | output |
* | --- |
* | "Bad" |
*
* @param {Face_BadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var face_bad = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_face_bad(inputs);
	return da_face_bad(inputs);
});
// src/lib/paraglide/messages/face_okay.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Face_OkayInputs */
var da_face_okay = () => {
	return `Okay`;
};
var en_face_okay = () => {
	return `Okay`;
};
/**
* | output |
* | --- |
* | "Okay" |
*
* @param {Face_OkayInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var face_okay = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_face_okay(inputs);
	return da_face_okay(inputs);
});
// src/lib/paraglide/messages/face_good.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Face_GoodInputs */
var da_face_good = () => {
	return `Godt`;
};
var en_face_good = () => {
	return `Good`;
};
/**
* | output |
* | --- |
* | "Good" |
*
* @param {Face_GoodInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var face_good = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_face_good(inputs);
	return da_face_good(inputs);
});
// src/lib/paraglide/messages/face_very_good.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Face_Very_GoodInputs */
var da_face_very_good = () => {
	return `Meget godt`;
};
var en_face_very_good = () => {
	return `Very good`;
};
/**
* | output |
* | --- |
* | "Very good" |
*
* @param {Face_Very_GoodInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var face_very_good = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_face_very_good(inputs);
	return da_face_very_good(inputs);
});
// src/lib/paraglide/messages/collab_trend_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Trend_NoneInputs */
var da_collab_trend_none = () => {
	return `Der er ingen svar endnu.`;
};
var en_collab_trend_none = () => {
	return `No answers yet.`;
};
/**
* | output |
* | --- |
* | "No answers yet." |
*
* @param {Collab_Trend_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_trend_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_trend_none(inputs);
	return da_collab_trend_none(inputs);
});
// src/lib/paraglide/messages/collab_trend_first.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Trend_FirstInputs */
var da_collab_trend_first = () => {
	return `Der er ét svar indtil nu.`;
};
var en_collab_trend_first = () => {
	return `One answer so far.`;
};
/**
* | output |
* | --- |
* | "One answer so far." |
*
* @param {Collab_Trend_FirstInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_trend_first = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_trend_first(inputs);
	return da_collab_trend_first(inputs);
});
// src/lib/paraglide/messages/collab_trend_better.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Trend_BetterInputs */
var da_collab_trend_better = () => {
	return `Det går bedre end sidste gang.`;
};
var en_collab_trend_better = () => {
	return `It is going better than last time.`;
};
/**
* | output |
* | --- |
* | "It is going better than last time." |
*
* @param {Collab_Trend_BetterInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_trend_better = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_trend_better(inputs);
	return da_collab_trend_better(inputs);
});
// src/lib/paraglide/messages/collab_trend_same.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Trend_SameInputs */
var da_collab_trend_same = () => {
	return `Det går som sidste gang.`;
};
var en_collab_trend_same = () => {
	return `It is going the same as last time.`;
};
/**
* | output |
* | --- |
* | "It is going the same as last time." |
*
* @param {Collab_Trend_SameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_trend_same = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_trend_same(inputs);
	return da_collab_trend_same(inputs);
});
// src/lib/paraglide/messages/collab_trend_worse.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Trend_WorseInputs */
var da_collab_trend_worse = () => {
	return `Det går dårligere end sidste gang.`;
};
var en_collab_trend_worse = () => {
	return `It is going worse than last time.`;
};
/**
* | output |
* | --- |
* | "It is going worse than last time." |
*
* @param {Collab_Trend_WorseInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_trend_worse = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_trend_worse(inputs);
	return da_collab_trend_worse(inputs);
});
// src/lib/i18n/rating-labels.ts
var faceWords = {
	"very-bad": face_very_bad,
	bad: face_bad,
	okay: face_okay,
	good: face_good,
	"very-good": face_very_good
};
var faceLabel = (face) => faceWords[face]();
/** The words of the face nearest to a score. */
var scoreLabel = (score) => faceLabel(faceOfScore(score).value);
var trendWords = {
	none: collab_trend_none,
	first: collab_trend_first,
	better: collab_trend_better,
	same: collab_trend_same,
	worse: collab_trend_worse
};
/** The one-sentence summary: "Det går bedre end sidste gang." */
var trendSentence = (trend) => trendWords[trend]();
export { scoreLabel as n, trendSentence as r, faceLabel as t };

//# sourceMappingURL=rating-labels.js.map