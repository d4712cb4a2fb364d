import { n as stepOwners, t as progressSteps } from "./plan-options.js";
import * as v from "valibot";
// src/lib/validation/plan.ts
var isoDate = /^\d{4}-\d{2}-\d{2}$/;
var goalSchema = v.object({
	text: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("plan_error_goal"), v.maxLength(500, "plan_error_goal_long")),
	dreamIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(50)),
	progress: v.pipe(v.optional(v.string(), "not_started"), v.picklist(progressSteps, "plan_error_progress")),
	/** Made when the form is shown, so sending the same form twice stores one goal. */
	clientId: v.pipe(v.optional(v.string(), ""), v.maxLength(64), v.transform((value) => value || null))
});
var stepSchema = v.object({
	stepText: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("plan_error_step"), v.maxLength(500, "plan_error_goal_long")),
	owner: v.pipe(v.optional(v.string(), ""), v.picklist(stepOwners, "plan_error_owner"))
});
var planDateSchema = v.object({ planDate: v.pipe(v.optional(v.string(), ""), v.trim(), v.check((value) => value === "" || isoDate.test(value) && !Number.isNaN(Date.parse(value)), "helpers_error_date"), v.transform((value) => value === "" ? null : value)) });
export { planDateSchema as n, stepSchema as r, goalSchema as t };

//# sourceMappingURL=plan3.js.map