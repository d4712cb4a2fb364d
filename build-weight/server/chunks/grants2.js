import { t as grantableAreas } from "./areas.js";
import * as v from "valibot";
// src/lib/validation/grants.ts
var isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** What the citizen chooses for a relative or guide. `areas` is a checkbox group (see parseForm's lists). */
var grantSettingsSchema = v.object({
	areas: v.pipe(v.array(v.string()), v.maxLength(grantableAreas.length * 2), v.transform((areas) => [...new Set(areas)]), v.check((areas) => areas.every((a) => grantableAreas.includes(a)), "helpers_error_areas"), v.minLength(1, "helpers_error_areas_none")),
	canWriteInput: v.pipe(v.optional(v.string(), ""), v.transform((value) => value === "yes")),
	endsOn: v.pipe(v.optional(v.string(), ""), v.trim(), v.check((value) => value === "" || isoDate.test(value) && !Number.isNaN(Date.parse(value)), "helpers_error_date"), v.transform((value) => value === "" ? null : value))
});
var inviteHelperSchema = v.object({
	...grantSettingsSchema.entries,
	kind: v.pipe(v.optional(v.string(), ""), v.picklist(["relative", "guide"], "helpers_error_kind")),
	name: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("helpers_error_name"), v.maxLength(80, "helpers_error_name_long"))
});
var suggestGuideSchema = v.object({ name: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("helpers_error_name"), v.maxLength(80, "helpers_error_name_long")) });
export { inviteHelperSchema as n, suggestGuideSchema as r, grantSettingsSchema as t };

//# sourceMappingURL=grants2.js.map