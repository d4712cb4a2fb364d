import { t as declineReasons } from "./wish-options.js";
import { n as isCalendarDate } from "./form2.js";
import * as v from "valibot";
// src/lib/validation/contact-person.ts
var id = v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(64));
var required = (message) => v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty(message), v.maxLength(64, message));
/** Why, and who helped: shared by both kinds of wish. "Det vil jeg ikke sige" empties the reason. */
var why = {
	reason: v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(1e3, "wish_error_reason_long")),
	reasonPrivate: v.pipe(v.optional(v.string(), ""), v.transform((value) => value === "yes")),
	helperId: id
};
var oneWishSchema = v.object({
	workerId: required("wish_error_one"),
	...why
});
/** The first step of a team wish: who does what. Only then can the rest name the people. */
var teamRoleFields = {
	practical: required("wish_error_role_practical"),
	personal: required("wish_error_role_personal"),
	plan: required("wish_error_role_plan")
};
var teamRolesSchema = v.object(teamRoleFields);
var teamWishSchema = v.object({
	...teamRoleFields,
	member: id,
	main: v.pipe(v.optional(v.string(), ""), v.picklist([
		"practical",
		"personal",
		"plan"
	], "wish_error_main")),
	...why
});
var approveWishSchema = v.object({
	wishId: id,
	startDate: v.pipe(v.optional(v.string(), ""), v.check(isCalendarDate, "staff_wish_error_date")),
	confirmOverCapacity: v.pipe(v.optional(v.string(), ""), v.transform((value) => value === "yes"))
});
var declineWishSchema = v.object({
	wishId: id,
	reason: v.pipe(v.optional(v.string(), ""), v.picklist(declineReasons, "staff_wish_error_reason")),
	text: v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(1e3, "staff_wish_error_long")),
	instead: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_wish_error_instead"), v.maxLength(1e3, "staff_wish_error_long"))
});
var profileText = v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(300, "staff_profile_error_long"));
var profileSchema = v.object({
	goodAt: profileText,
	interests: profileText,
	languages: profileText,
	workDays: profileText,
	background: profileText,
	/** Only a leader's form has it; empty means "not changed". */
	capacity: v.pipe(v.optional(v.string(), ""), v.trim(), v.check((value) => value === "" || /^\d{1,2}$/.test(value) && Number(value) <= 50, "staff_profile_error_capacity"), v.transform((value) => value === "" ? void 0 : Number(value)))
});
var photoAltSchema = v.object({ alt: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_photo_error_alt"), v.maxLength(200, "staff_photo_error_alt")) });
var suggestContactSchema = v.object({
	suggestedWorkerId: required("staff_suggest_contact_error_worker"),
	text: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_suggest_contact_error_words"), v.maxLength(300, "staff_suggest_contact_error_words"))
});
export { profileSchema as a, teamWishSchema as c, photoAltSchema as i, declineWishSchema as n, suggestContactSchema as o, oneWishSchema as r, teamRolesSchema as s, approveWishSchema as t };

//# sourceMappingURL=contact-person.js.map