import { r as getLocale } from "./runtime.js";
// src/lib/i18n/possessive.ts
/**
* A person's name as an owner, for pages that show a citizen to someone else ("Anna Jensens
* plan", "Anna Jensen's plan"). Danish adds -s, or only an apostrophe after s, x and z
* ("Lars' plan"); English adds 's.
*/
function possessive(name, locale = getLocale()) {
	const trimmed = name.trim();
	if (locale !== "da") return `${trimmed}’s`;
	return /[sxz]$/i.test(trimmed) ? `${trimmed}’` : `${trimmed}s`;
}
export { possessive as t };

//# sourceMappingURL=possessive.js.map