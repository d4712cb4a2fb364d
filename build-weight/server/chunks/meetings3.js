import { n as isCalendarDate, r as nonEmptyLines } from "./form2.js";
import { n as meetingTypes } from "./meeting-options.js";
import { n as legalBases, t as hoursBands } from "./citizen-options.js";
import * as v from "valibot";
// src/lib/validation/meetings.ts
var meetingNoteSchema = v.object({
	text: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("meeting_error_text"), v.maxLength(1e3, "meeting_error_long")),
	clientId: v.pipe(v.optional(v.string(), ""), v.maxLength(64), v.transform((value) => value || null))
});
var citizenBringsSchema = v.object({ citizenBrings: v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(300, "meeting_error_long")) });
var scheduleMeetingSchema = v.object({
	type: v.pipe(v.optional(v.string(), ""), v.picklist(meetingTypes, "staff_meeting_error_type")),
	date: v.pipe(v.optional(v.string(), ""), v.check(isCalendarDate, "staff_meeting_error_when")),
	time: v.pipe(v.optional(v.string(), ""), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "staff_meeting_error_when")),
	place: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_meeting_error_place"), v.maxLength(200, "staff_meeting_error_place")),
	participants: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(20))
});
var summarySchema = v.object({
	summary: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_summary_error"), v.maxLength(3e3, "staff_summary_error")),
	agreements: v.pipe(v.optional(v.string(), ""), v.transform(nonEmptyLines), v.check((list) => list.length <= 20 && list.every((line) => line.length <= 500), "staff_summary_error"))
});
var days = v.pipe(v.optional(v.string(), ""), v.trim(), v.regex(/^\d{1,3}$/, "staff_settings_error_days"), v.transform(Number), v.minValue(1, "staff_settings_error_days"), v.maxValue(365, "staff_settings_error_days"));
var text = v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(500, "staff_settings_error_text"));
var unitSettingsSchema = v.object({
	choicePeriodDays: days,
	wishAnswerDays: days,
	accessLogRetentionMonths: v.pipe(v.optional(v.string(), ""), v.trim(), v.regex(/^\d{1,3}$/, "staff_settings_error_months"), v.transform(Number), v.minValue(6, "staff_settings_error_months"), v.maxValue(120, "staff_settings_error_months")),
	contactPhone: v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(40, "staff_settings_error_text")),
	openingHoursDa: text,
	openingHoursEn: text,
	outOfHoursDa: text,
	outOfHoursEn: text
});
var newCitizenSchema = v.object({
	name: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_new_citizen_error_name"), v.maxLength(80, "staff_new_citizen_error_name")),
	hoursBand: v.pipe(v.optional(v.string(), ""), v.picklist(hoursBands, "staff_new_citizen_error_hours")),
	legalBasis: v.pipe(v.optional(v.string(), ""), v.picklist(legalBases, "staff_new_citizen_error_basis")),
	startDate: v.pipe(v.optional(v.string(), ""), v.check(isCalendarDate, "staff_new_citizen_error_start")),
	temporaryWorkerId: v.pipe(v.optional(v.string(), ""), v.nonEmpty("staff_new_citizen_error_worker"), v.maxLength(64, "staff_new_citizen_error_worker"))
});
var endSupportSchema = v.object({ endDate: v.pipe(v.optional(v.string(), ""), v.check(isCalendarDate, "staff_end_support_error")) });
var newStaffSchema = v.object({
	name: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_new_staff_error_name"), v.maxLength(80, "staff_new_staff_error_name")),
	role: v.pipe(v.optional(v.string(), ""), v.picklist(["worker", "leader"], "staff_new_staff_error_role"))
});
export { newStaffSchema as a, unitSettingsSchema as c, newCitizenSchema as i, endSupportSchema as n, scheduleMeetingSchema as o, meetingNoteSchema as r, summarySchema as s, citizenBringsSchema as t };

//# sourceMappingURL=meetings3.js.map