import * as v from "valibot";
// src/lib/validation/form.ts
/**
* Reads a form with a valibot schema. Each issue's message is a Paraglide message key,
* so the server and the page show the same words in the user's language.
* A repeated field keeps only its first value, unless it is named in `lists` (checkbox groups).
*/
function parseForm(schema, data, lists = []) {
	const values = {};
	for (const key of new Set(data.keys())) {
		if (lists.includes(key)) {
			values[key] = data.getAll(key).filter((value) => typeof value === "string");
			continue;
		}
		const value = data.get(key);
		values[key] = typeof value === "string" ? value : void 0;
	}
	for (const key of lists) values[key] ??= [];
	const result = v.safeParse(schema, values);
	if (result.success) return {
		success: true,
		output: result.output
	};
	const errors = {};
	for (const issue of result.issues) {
		const field = v.getDotPath(issue) ?? "form";
		errors[field] ??= issue.message;
	}
	return {
		success: false,
		errors
	};
}
/** A form's text fields as they were sent (each cut to `maxLength`), to show again with a problem. */
function formValues(data, maxLength = 1e3) {
	return Object.fromEntries([...data].flatMap(([key, value]) => typeof value === "string" && key !== "__proto__" ? [[key, value.slice(0, maxLength)]] : []));
}
/** A textarea's non-empty lines, trimmed: one question or agreement per line. */
function nonEmptyLines(text) {
	return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}
/** A real day of the calendar as YYYY-MM-DD: "2026-02-30" or "0000-00-00" would break date arithmetic later (a 500). */
function isCalendarDate(value) {
	const time = Date.parse(`${value}T00:00:00Z`);
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
export { parseForm as i, isCalendarDate as n, nonEmptyLines as r, formValues as t };

//# sourceMappingURL=form2.js.map