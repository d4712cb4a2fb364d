import { n as fail } from "./exports.js";
import { n as formErrorTexts } from "./form-errors.js";
// src/lib/server/form-failure.ts
/**
* A form the server will not take: Kit's fail(), with each error key turned into words in the
* person's language here on the server. Pages then show the words as they are and need not ship
* the table of every error text in the app (about 3 KB on each form page).
*/
function invalid(status, data) {
	return fail(status, {
		...data,
		errors: formErrorTexts(data.errors)
	});
}
export { invalid as t };

//# sourceMappingURL=form-failure.js.map