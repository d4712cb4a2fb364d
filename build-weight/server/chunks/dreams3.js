import { r as lifeAreas, t as dreamVisibilities } from "./dream-options.js";
import * as v from "valibot";
// src/lib/validation/dreams.ts
var dreamSchema = v.object({
	text: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("dreams_error_text"), v.maxLength(1e3, "dreams_error_text_long")),
	lifeArea: v.pipe(v.optional(v.string(), ""), v.picklist(lifeAreas, "dreams_error_area")),
	visibility: v.pipe(v.optional(v.string(), ""), v.picklist(dreamVisibilities, "dreams_error_visibility")),
	talkAtNextMeeting: v.pipe(v.optional(v.string(), ""), v.transform((value) => value === "yes")),
	/** Made when the form is shown, so sending the same form twice stores one dream. */
	clientId: v.pipe(v.optional(v.string(), ""), v.maxLength(64), v.transform((value) => value || null))
});
export { dreamSchema as t };

//# sourceMappingURL=dreams3.js.map