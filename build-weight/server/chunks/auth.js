import { r as normalizeCode } from "./invitation-code.js";
import * as v from "valibot";
// src/lib/validation/auth.ts
/** A missing field arrives as undefined: treat it as an empty string so the "required" message shows. */
var text = () => v.optional(v.string(), "");
var loginSchema = v.object({
	loginName: v.pipe(text(), v.trim(), v.nonEmpty("login_error_name_required"), v.maxLength(100, "login_error_too_long")),
	password: v.pipe(text(), v.nonEmpty("login_error_password_required"), v.maxLength(1e3, "login_error_too_long")),
	next: v.optional(v.string())
});
var activationCodeSchema = v.object({ code: v.pipe(text(), v.nonEmpty("activate_error_code_required"), v.transform(normalizeCode), v.length(12, "activate_error_code_format")) });
/**
* Log-in name and password chosen by a new person; shared by citizens' activation and helpers'
* invitations. The password is typed once: "Vis adgangskode" lets the person see what they typed.
*/
var accountEntries = {
	loginName: v.pipe(text(), v.trim(), v.toLowerCase(), v.nonEmpty("activate_error_login_name_required"), v.regex(/^[a-zæøå0-9][a-zæøå0-9._-]{1,39}$/, "activate_error_login_name_format")),
	password: v.pipe(text(), v.minLength(8, "activate_error_password_short"), v.maxLength(200, "activate_error_password_long"))
};
var newAccountSchema = v.object({
	...activationCodeSchema.entries,
	...accountEntries
});
var helperAccountSchema = v.object({
	displayName: v.pipe(text(), v.trim(), v.nonEmpty("helpers_error_name"), v.maxLength(80, "helpers_error_name_long")),
	...accountEntries
});
var changePasswordSchema = v.object({
	currentPassword: v.pipe(text(), v.nonEmpty("login_error_password_required"), v.maxLength(1e3, "login_error_too_long")),
	password: accountEntries.password
});
export { newAccountSchema as a, loginSchema as i, changePasswordSchema as n, helperAccountSchema as r, activationCodeSchema as t };

//# sourceMappingURL=auth.js.map