import { m } from '../paraglide/messages.js';

/** Message keys that validation and actions may return, and the words for each. */
const formErrors = {
	login_error_name_required: m.login_error_name_required,
	login_error_password_required: m.login_error_password_required,
	login_error_failed: m.login_error_failed,
	login_error_limited: m.login_error_limited,
	login_error_too_long: m.login_error_too_long,
	activate_error_code_required: m.activate_error_code_required,
	activate_error_code_format: m.activate_error_code_format,
	activate_error_code_invalid: m.activate_error_code_invalid,
	activate_error_code_expired: m.activate_error_code_expired,
	activate_error_code_used: m.activate_error_code_used,
	activate_error_limited: m.activate_error_limited,
	activate_error_login_name_required: m.activate_error_login_name_required,
	activate_error_login_name_format: m.activate_error_login_name_format,
	activate_error_login_name_taken: m.activate_error_login_name_taken,
	activate_error_password_short: m.activate_error_password_short,
	activate_error_password_long: m.activate_error_password_long,
	activate_error_password_mismatch: m.activate_error_password_mismatch,
	helpers_error_areas: m.helpers_error_areas,
	helpers_error_areas_none: m.helpers_error_areas_none,
	helpers_error_date: m.helpers_error_date,
	helpers_error_kind: m.helpers_error_kind,
	helpers_error_name: m.helpers_error_name,
	helpers_error_name_long: m.helpers_error_name_long,
	invite_error_wrong_role: m.invite_error_wrong_role,
	invite_error_invalid: m.invite_error_invalid,
	invite_error_expired: m.invite_error_expired,
	invite_error_used: m.invite_error_used,
	password_error_current: m.password_error_current,
	passkeys_failed: m.passkeys_failed,
	data_error_message_long: m.data_error_message_long,
	staff_request_error_answer: m.staff_request_error_answer,
	dreams_error_text: m.dreams_error_text,
	dreams_error_text_long: m.dreams_error_text_long,
	dreams_error_area: m.dreams_error_area,
	dreams_error_visibility: m.dreams_error_visibility,
	dreams_error_conflict: m.dreams_error_conflict,
	plan_error_conflict: m.plan_error_conflict,
	plan_error_goal: m.plan_error_goal,
	plan_error_goal_long: m.plan_error_goal_long,
	plan_error_step: m.plan_error_step,
	plan_error_owner: m.plan_error_owner,
	plan_error_progress: m.plan_error_progress,
	collab_error_empty: m.collab_error_empty,
	collab_error_answer: m.collab_error_answer,
	collab_error_comment_long: m.collab_error_comment_long,
	collab_error_conflict: m.collab_error_conflict,
	staff_questions_error_name: m.staff_questions_error_name,
	staff_questions_error_questions: m.staff_questions_error_questions,
	staff_questions_error_last: m.staff_questions_error_last,
	wish_error_one: m.wish_error_one,
	wish_error_role_practical: m.wish_error_role_practical,
	wish_error_role_personal: m.wish_error_role_personal,
	wish_error_role_plan: m.wish_error_role_plan,
	wish_error_team_size: m.wish_error_team_size,
	wish_error_main: m.wish_error_main,
	wish_error_worker: m.wish_error_worker,
	wish_error_waiting: m.wish_error_waiting,
	wish_error_open: m.wish_error_open,
	wish_error_reason_long: m.wish_error_reason_long,
	wish_error_helper: m.wish_error_helper,
	staff_wish_error_date: m.staff_wish_error_date,
	staff_wish_error_over: m.staff_wish_error_over,
	staff_wish_error_reason: m.staff_wish_error_reason,
	staff_wish_error_instead: m.staff_wish_error_instead,
	staff_wish_error_long: m.staff_wish_error_long,
	staff_wish_error_gone: m.staff_wish_error_gone,
	staff_profile_error_long: m.staff_profile_error_long,
	staff_profile_error_capacity: m.staff_profile_error_capacity,
	staff_photo_error_file: m.staff_photo_error_file,
	staff_photo_error_large: m.staff_photo_error_large,
	staff_photo_error_image: m.staff_photo_error_image,
	staff_photo_error_alt: m.staff_photo_error_alt,
	staff_suggest_contact_error_worker: m.staff_suggest_contact_error_worker,
	staff_suggest_contact_error_words: m.staff_suggest_contact_error_words
} satisfies Record<string, () => string>;

export type FormErrorKey = keyof typeof formErrors;

/** The text for an error key; an unknown key shows the generic "something went wrong". */
export function formErrorText(key: string): string {
	return key in formErrors ? formErrors[key as FormErrorKey]() : m.error_generic_text();
}

/** Every error key of a form turned into words, in the language of the request or page. */
export function formErrorTexts(errors: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, formErrorText(key)]));
}
