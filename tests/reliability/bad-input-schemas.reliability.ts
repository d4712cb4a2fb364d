// Property tests of every validation schema: hostile forms never make parsing throw, every refusal
// is a message key with words behind it, well-formed forms are taken, and whatever is taken keeps
// to the limits. Every schema exported from src/lib/validation must have a row below.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import * as v from 'valibot';
import { parseForm } from '../../src/lib/validation/form.ts';
import * as auth from '../../src/lib/validation/auth.ts';
import * as contactPerson from '../../src/lib/validation/contact-person.ts';
import * as dreams from '../../src/lib/validation/dreams.ts';
import * as grants from '../../src/lib/validation/grants.ts';
import * as meetings from '../../src/lib/validation/meetings.ts';
import * as plan from '../../src/lib/validation/plan.ts';
import * as ratings from '../../src/lib/validation/ratings.ts';
import { CODE_ALPHABET } from '../../src/lib/validation/invitation-code.ts';
import { formErrorText } from '../../src/lib/i18n/form-errors.ts';
import { m } from '../../src/lib/paraglide/messages.js';
import { dreamVisibilities, lifeAreas } from '../../src/lib/dream-options.ts';
import { declineReasons } from '../../src/lib/wish-options.ts';
import { meetingTypes } from '../../src/lib/meeting-options.ts';
import { hoursBands, legalBases } from '../../src/lib/citizen-options.ts';
import { progressSteps, stepOwners } from '../../src/lib/plan-options.ts';
import { faceValues, skipAnswer } from '../../src/lib/rating-scale.ts';
import { grantableAreas } from '../../src/lib/areas.ts';
import { describe, edgeCases, hostileName, hostileString, wrongType } from './hostile.ts';

const runs = Number(process.env.SCHEMA_RUNS ?? 300);

type FormInput = Record<string, string | string[]>;
type Output = Record<string, unknown>;
type Spec = {
	schema: v.GenericSchema | ((fields: readonly string[]) => v.GenericSchema);
	/** Checkbox groups (parseForm's `lists`). */
	lists?: readonly string[];
	/** The fields the schema reads; for a factory, made from the generated question ids. */
	fields: readonly string[];
	/** Well-formed forms a person could send. */
	valid: fc.Arbitrary<FormInput>;
	/** What taken output must look like: throws when a limit is broken. */
	check: (output: Output, input: FormInput) => void;
	/**
	 * Technical fields no person types (ids, clientId, the list of checkbox values): their length
	 * checks carry no message key, so the page shows the generic "something went wrong".
	 */
	hidden?: readonly string[];
};

// ---- arbitraries for well-formed values ----
const unicodeUnit = fc.oneof(
	{ arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 6 },
	{ arbitrary: fc.constantFrom('\u0000', '\u202E', '\u200D', 'e\u0301', '👨‍👩‍👧', '\uD800', '<', '"', '&', 'æ', ' '), weight: 2 }
);
/** Text a person could write: unicode with edge cases, within `max` UTF-16 units, not blank. */
const text = (max: number, lines = false) =>
	fc
		.string({ unit: lines ? unicodeUnit : fc.oneof(unicodeUnit, fc.constantFrom('\n', '\r\n')), minLength: 1, maxLength: Math.min(max, 60) })
		.map((s) => s.slice(0, max))
		.filter((s) => s.trim() !== '' && !(lines && /[\r\n]/.test(s)));
const optionalText = (max: number) => fc.oneof(fc.constant(''), text(max));
const pick = <T extends string>(options: readonly T[]) => fc.constantFrom(...options);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const id = fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''));
const checkbox = fc.constantFrom('', 'yes');
const loginName = fc.stringMatching(/^[a-zæøå0-9][a-zæøå0-9._-]{1,39}$/);
const password = fc.string({ unit: 'grapheme', minLength: 8, maxLength: 60 }).filter((s) => s.length >= 8 && s.length <= 200);
const code = fc
	.array(fc.constantFrom(...CODE_ALPHABET), { minLength: 12, maxLength: 12 })
	.chain((chars) => fc.constantFrom(chars.join(''), chars.join('').toLowerCase(), `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')} ${chars.slice(8).join('')}`));
const linesOf = (min: number, max: number, length: number) => fc.array(text(length, true), { minLength: min, maxLength: max }).map((l) => l.join('\n'));

// ---- checks of taken output ----
function textOk(value: unknown, max: number, options: { required?: boolean; trimmed?: boolean } = {}) {
	expect(typeof value).toBe('string');
	const s = value as string;
	expect(s.length).toBeLessThanOrEqual(max);
	if (options.trimmed !== false) expect(s).toBe(s.trim());
	if (options.required) expect(s.length).toBeGreaterThan(0);
}
const oneOf = (value: unknown, options: readonly unknown[]) => expect(options).toContain(value);
const dateOk = (value: unknown) => expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
const bool = (value: unknown) => expect(typeof value).toBe('boolean');
const idOrNull = (value: unknown) => (value === null ? undefined : textOk(value, 64, { trimmed: false, required: true }));
function accountOk(o: Output) {
	expect(o.loginName).toMatch(/^[a-zæøå0-9][a-zæøå0-9._-]{1,39}$/);
	textOk(o.password, 200, { trimmed: false });
	expect((o.password as string).length).toBeGreaterThanOrEqual(8);
}
function linesOk(value: unknown, min: number, max: number, length: number) {
	expect(Array.isArray(value)).toBe(true);
	const list = value as unknown[];
	expect(list.length).toBeGreaterThanOrEqual(min);
	expect(list.length).toBeLessThanOrEqual(max);
	for (const line of list) textOk(line, length, { required: true });
}
const daysOk = (value: unknown, min: number, max: number) => {
	expect(Number.isInteger(value)).toBe(true);
	expect(value as number).toBeGreaterThanOrEqual(min);
	expect(value as number).toBeLessThanOrEqual(max);
};

const account = { code, loginName, password };

/** One row per exported schema: `<file>:<export>`. */
const specs: Record<string, Spec> = {
	'auth:loginSchema': {
		schema: auth.loginSchema,
		fields: ['loginName', 'password', 'next'],
		valid: fc.record({ loginName: text(100), password: text(1000), next: fc.constantFrom('/me', '/staff', '') }),
		check: (o) => {
			textOk(o.loginName, 100, { required: true });
			textOk(o.password, 1000, { required: true, trimmed: false });
		}
	},
	'auth:activationCodeSchema': {
		schema: auth.activationCodeSchema,
		fields: ['code'],
		valid: fc.record({ code }),
		check: (o) => expect(o.code).toMatch(/^[A-Z0-9]{12}$/)
	},
	'auth:newAccountSchema': {
		schema: auth.newAccountSchema,
		fields: ['code', 'loginName', 'password'],
		valid: fc.record(account),
		check: (o) => {
			expect(o.code).toMatch(/^[A-Z0-9]{12}$/);
			accountOk(o);
		}
	},
	'auth:helperAccountSchema': {
		schema: auth.helperAccountSchema,
		fields: ['displayName', 'loginName', 'password'],
		valid: fc.record({ displayName: text(80), loginName, password }),
		check: (o) => {
			textOk(o.displayName, 80, { required: true });
			accountOk(o);
		}
	},
	'auth:changePasswordSchema': {
		schema: auth.changePasswordSchema,
		fields: ['currentPassword', 'password'],
		valid: fc.record({ currentPassword: text(1000), password }),
		check: (o) => {
			textOk(o.currentPassword, 1000, { required: true, trimmed: false });
			textOk(o.password, 200, { trimmed: false });
		}
	},
	'contact-person:oneWishSchema': {
		schema: contactPerson.oneWishSchema,
		fields: ['workerId', 'reason', 'reasonPrivate', 'helperId'],
		valid: fc.record({ workerId: id, reason: optionalText(1000), reasonPrivate: checkbox, helperId: fc.oneof(fc.constant(''), id) }),
		check: (o) => {
			textOk(o.workerId, 64, { required: true });
			textOk(o.reason, 1000);
			bool(o.reasonPrivate);
			textOk(o.helperId, 64);
		},
		hidden: ['helperId']
	},
	'contact-person:teamRolesSchema': {
		schema: contactPerson.teamRolesSchema,
		fields: ['practical', 'personal', 'plan'],
		valid: fc.record({ practical: id, personal: id, plan: id }),
		check: (o) => {
			for (const role of ['practical', 'personal', 'plan']) textOk(o[role], 64, { required: true });
		},
	},
	'contact-person:teamWishSchema': {
		schema: contactPerson.teamWishSchema,
		fields: ['practical', 'personal', 'plan', 'member', 'main', 'reason', 'reasonPrivate', 'helperId'],
		valid: fc.record({
			practical: id,
			personal: id,
			plan: id,
			member: fc.oneof(fc.constant(''), id),
			main: pick(['practical', 'personal', 'plan'] as const),
			reason: optionalText(1000),
			reasonPrivate: checkbox,
			helperId: fc.constant('')
		}),
		check: (o) => {
			for (const role of ['practical', 'personal', 'plan']) textOk(o[role], 64, { required: true });
			textOk(o.member, 64);
			oneOf(o.main, ['practical', 'personal', 'plan']);
			textOk(o.reason, 1000);
			bool(o.reasonPrivate);
		},
		hidden: ['member', 'helperId']
	},
	'contact-person:approveWishSchema': {
		schema: contactPerson.approveWishSchema,
		fields: ['wishId', 'startDate', 'confirmOverCapacity'],
		valid: fc.record({ wishId: id, startDate: isoDate, confirmOverCapacity: checkbox }),
		check: (o) => {
			textOk(o.wishId, 64);
			dateOk(o.startDate);
			bool(o.confirmOverCapacity);
		},
		hidden: ['wishId']
	},
	'contact-person:declineWishSchema': {
		schema: contactPerson.declineWishSchema,
		fields: ['wishId', 'reason', 'text', 'instead'],
		valid: fc.record({ wishId: id, reason: pick(declineReasons), text: optionalText(1000), instead: text(1000) }),
		check: (o) => {
			textOk(o.wishId, 64);
			oneOf(o.reason, declineReasons);
			textOk(o.text, 1000);
			textOk(o.instead, 1000, { required: true });
		},
		hidden: ['wishId']
	},
	'contact-person:profileSchema': {
		schema: contactPerson.profileSchema,
		fields: ['goodAt', 'interests', 'languages', 'workDays', 'background', 'capacity'],
		valid: fc.record({
			goodAt: optionalText(300),
			interests: optionalText(300),
			languages: optionalText(300),
			workDays: optionalText(300),
			background: optionalText(300),
			capacity: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 50 }).map(String))
		}),
		check: (o) => {
			for (const field of ['goodAt', 'interests', 'languages', 'workDays', 'background']) textOk(o[field], 300);
			if (o.capacity !== undefined) daysOk(o.capacity, 0, 50);
		}
	},
	'contact-person:photoAltSchema': {
		schema: contactPerson.photoAltSchema,
		fields: ['alt'],
		valid: fc.record({ alt: text(200) }),
		check: (o) => textOk(o.alt, 200, { required: true })
	},
	'contact-person:suggestContactSchema': {
		schema: contactPerson.suggestContactSchema,
		fields: ['suggestedWorkerId', 'text'],
		valid: fc.record({ suggestedWorkerId: id, text: text(300) }),
		check: (o) => {
			textOk(o.suggestedWorkerId, 64, { required: true });
			textOk(o.text, 300, { required: true });
		}
	},
	'dreams:dreamSchema': {
		schema: dreams.dreamSchema,
		fields: ['text', 'lifeArea', 'visibility', 'talkAtNextMeeting', 'clientId'],
		valid: fc.record({ text: text(1000), lifeArea: pick(lifeAreas), visibility: pick(dreamVisibilities), talkAtNextMeeting: checkbox, clientId: fc.oneof(fc.constant(''), fc.uuid()) }),
		check: (o) => {
			textOk(o.text, 1000, { required: true });
			oneOf(o.lifeArea, lifeAreas);
			oneOf(o.visibility, dreamVisibilities);
			bool(o.talkAtNextMeeting);
			idOrNull(o.clientId);
		},
		hidden: ['clientId']
	},
	'grants:grantSettingsSchema': {
		schema: grants.grantSettingsSchema,
		lists: ['areas'],
		fields: ['areas', 'canWriteInput', 'endsOn'],
		valid: fc.record({ areas: fc.subarray([...grantableAreas], { minLength: 1 }), canWriteInput: checkbox, endsOn: fc.oneof(fc.constant(''), isoDate) }),
		check: (o) => grantOk(o),
		hidden: ['areas']
	},
	'grants:inviteHelperSchema': {
		schema: grants.inviteHelperSchema,
		lists: ['areas'],
		fields: ['areas', 'canWriteInput', 'endsOn', 'kind', 'name'],
		valid: fc.record({
			areas: fc.subarray([...grantableAreas], { minLength: 1 }),
			canWriteInput: checkbox,
			endsOn: fc.oneof(fc.constant(''), isoDate),
			kind: pick(['relative', 'guide'] as const),
			name: text(80)
		}),
		check: (o) => {
			grantOk(o);
			oneOf(o.kind, ['relative', 'guide']);
			textOk(o.name, 80, { required: true });
		},
		hidden: ['areas']
	},
	'grants:suggestGuideSchema': {
		schema: grants.suggestGuideSchema,
		fields: ['name'],
		valid: fc.record({ name: text(80) }),
		check: (o) => textOk(o.name, 80, { required: true })
	},
	'meetings:meetingNoteSchema': {
		schema: meetings.meetingNoteSchema,
		fields: ['text', 'clientId'],
		valid: fc.record({ text: text(1000), clientId: fc.oneof(fc.constant(''), fc.uuid()) }),
		check: (o) => {
			textOk(o.text, 1000, { required: true });
			idOrNull(o.clientId);
		},
		hidden: ['clientId']
	},
	'meetings:citizenBringsSchema': {
		schema: meetings.citizenBringsSchema,
		fields: ['citizenBrings'],
		valid: fc.record({ citizenBrings: optionalText(300) }),
		check: (o) => textOk(o.citizenBrings, 300)
	},
	'meetings:scheduleMeetingSchema': {
		schema: meetings.scheduleMeetingSchema,
		lists: ['participants'],
		fields: ['type', 'date', 'time', 'place', 'participants'],
		valid: fc.record({
			type: pick(meetingTypes),
			date: isoDate,
			time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, min]) => `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`),
			place: text(200),
			participants: fc.array(fc.uuid(), { maxLength: 20 })
		}),
		check: (o) => {
			oneOf(o.type, meetingTypes);
			dateOk(o.date);
			expect(o.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
			textOk(o.place, 200, { required: true });
			expect((o.participants as string[]).length).toBeLessThanOrEqual(20);
			for (const p of o.participants as string[]) textOk(p, 64, { trimmed: false });
		},
		hidden: ['participants']
	},
	'meetings:summarySchema': {
		schema: meetings.summarySchema,
		fields: ['summary', 'agreements'],
		valid: fc.record({ summary: text(3000), agreements: linesOf(0, 20, 500) }),
		check: (o) => {
			textOk(o.summary, 3000, { required: true });
			linesOk(o.agreements, 0, 20, 500);
		}
	},
	'meetings:unitSettingsSchema': {
		schema: meetings.unitSettingsSchema,
		fields: ['choicePeriodDays', 'wishAnswerDays', 'accessLogRetentionMonths', 'contactPhone', 'openingHoursDa', 'openingHoursEn', 'outOfHoursDa', 'outOfHoursEn'],
		valid: fc.record({
			choicePeriodDays: fc.integer({ min: 1, max: 365 }).map(String),
			wishAnswerDays: fc.integer({ min: 1, max: 365 }).map(String),
			accessLogRetentionMonths: fc.integer({ min: 6, max: 120 }).map(String),
			contactPhone: optionalText(40),
			openingHoursDa: optionalText(500),
			openingHoursEn: optionalText(500),
			outOfHoursDa: optionalText(500),
			outOfHoursEn: optionalText(500)
		}),
		check: (o) => {
			daysOk(o.choicePeriodDays, 1, 365);
			daysOk(o.wishAnswerDays, 1, 365);
			daysOk(o.accessLogRetentionMonths, 6, 120);
			textOk(o.contactPhone, 40);
			for (const field of ['openingHoursDa', 'openingHoursEn', 'outOfHoursDa', 'outOfHoursEn']) textOk(o[field], 500);
		}
	},
	'meetings:newCitizenSchema': {
		schema: meetings.newCitizenSchema,
		fields: ['name', 'hoursBand', 'legalBasis', 'startDate', 'temporaryWorkerId'],
		valid: fc.record({ name: text(80), hoursBand: pick(hoursBands), legalBasis: pick(legalBases), startDate: isoDate, temporaryWorkerId: id }),
		check: (o) => {
			textOk(o.name, 80, { required: true });
			oneOf(o.hoursBand, hoursBands);
			oneOf(o.legalBasis, legalBases);
			dateOk(o.startDate);
			textOk(o.temporaryWorkerId, 64, { required: true, trimmed: false });
		}
	},
	'meetings:endSupportSchema': {
		schema: meetings.endSupportSchema,
		fields: ['endDate'],
		valid: fc.record({ endDate: isoDate }),
		check: (o) => dateOk(o.endDate)
	},
	'meetings:newStaffSchema': {
		schema: meetings.newStaffSchema,
		fields: ['name', 'role'],
		valid: fc.record({ name: text(80), role: pick(['worker', 'leader'] as const) }),
		check: (o) => {
			textOk(o.name, 80, { required: true });
			oneOf(o.role, ['worker', 'leader']);
		}
	},
	'plan:goalSchema': {
		schema: plan.goalSchema,
		lists: ['dreamIds'],
		fields: ['text', 'dreamIds', 'progress', 'clientId'],
		valid: fc.record({ text: text(500), dreamIds: fc.array(fc.uuid(), { maxLength: 50 }), progress: pick(progressSteps), clientId: fc.oneof(fc.constant(''), fc.uuid()) }),
		check: (o) => {
			textOk(o.text, 500, { required: true });
			expect((o.dreamIds as string[]).length).toBeLessThanOrEqual(50);
			for (const d of o.dreamIds as string[]) textOk(d, 40, { trimmed: false });
			oneOf(o.progress, progressSteps);
			idOrNull(o.clientId);
		},
		hidden: ['dreamIds', 'clientId']
	},
	'plan:stepSchema': {
		schema: plan.stepSchema,
		fields: ['stepText', 'owner'],
		valid: fc.record({ stepText: text(500), owner: pick(stepOwners) }),
		check: (o) => {
			textOk(o.stepText, 500, { required: true });
			oneOf(o.owner, stepOwners);
		}
	},
	'plan:planDateSchema': {
		schema: plan.planDateSchema,
		fields: ['planDate'],
		valid: fc.record({ planDate: fc.oneof(fc.constant(''), isoDate) }),
		check: (o) => (o.planDate === null ? undefined : dateOk(o.planDate))
	},
	'ratings:ratingSchema': {
		// A factory: the fields are the unit's questions, named q-<id>.
		schema: (fields) => ratings.ratingSchema(fields.filter((f) => f.startsWith('q-')).map((f) => f.slice(2))),
		fields: ['q-a1', 'q-b2', 'q-c3', 'comment', 'setId', 'visitId', 'clientId'],
		valid: fc
			.record({
				'q-a1': pick([...faceValues, skipAnswer]),
				'q-b2': pick([...faceValues, skipAnswer]),
				'q-c3': pick([...faceValues, skipAnswer]),
				comment: optionalText(1000),
				setId: fc.uuid(),
				visitId: fc.oneof(fc.constant(''), fc.uuid()),
				clientId: fc.oneof(fc.constant(''), fc.uuid())
			})
			.filter((r) => r.comment.trim() !== '' || ['q-a1', 'q-b2', 'q-c3'].some((q) => r[q as 'q-a1'] !== skipAnswer)),
		check: (o) => {
			const answers = ['q-a1', 'q-b2', 'q-c3'].map((q) => o[q]);
			// A question left out stays undefined (the form's error then points at it); a given answer is a face or "Spring over".
			for (const answer of answers) if (answer !== undefined) oneOf(answer, [...faceValues, skipAnswer]);
			textOk(o.comment, 1000);
			expect(o.comment !== '' || answers.some((a) => a !== undefined && a !== skipAnswer)).toBe(true);
			textOk(o.setId, 64, { trimmed: false });
			idOrNull(o.visitId);
			idOrNull(o.clientId);
		},
		hidden: ['setId', 'visitId', 'clientId']
	},
	'ratings:questionSetSchema': {
		schema: ratings.questionSetSchema,
		fields: ['name', 'questionsDa', 'questionsEn'],
		valid: fc.record({ name: text(80), questionsDa: linesOf(1, 10, 200), questionsEn: linesOf(0, 10, 200) }),
		check: (o) => {
			textOk(o.name, 80, { required: true });
			const questions = o.questions as { textDa: string; textEn: string }[];
			expect(questions.length).toBeGreaterThanOrEqual(1);
			expect(questions.length).toBeLessThanOrEqual(10);
			for (const q of questions) {
				textOk(q.textDa, 200, { required: true });
				textOk(q.textEn, 200);
			}
		}
	}
};

function grantOk(o: Output) {
	const areas = o.areas as string[];
	expect(areas.length).toBeGreaterThanOrEqual(1);
	expect(new Set(areas).size).toBe(areas.length);
	for (const area of areas) oneOf(area, grantableAreas);
	bool(o.canWriteInput);
	if (o.endsOn !== null) dateOk(o.endsOn);
}

/** Schemas defined inside route files (Kit allows no other exports there): covered over HTTP instead. */
const routeLocalSchemas: Record<string, string> = {
	'src/routes/(citizen)/me/data/+page.server.ts': 'POST /me/data?/requestDeletion in bad-input-forms',
	'src/routes/(staff)/staff/deletion-requests/+page.server.ts': 'POST /staff/deletion-requests?/answer in bad-input-forms',
	'src/routes/(account)/account/passkeys/register/+server.ts': 'POST /account/passkeys/register in bad-input-forms',
	'src/routes/(public)/login/passkey/verify/+server.ts': 'POST /login/passkey/verify in bad-input-forms'
};

const schemaOf = (spec: Spec) => (typeof spec.schema === 'function' ? spec.schema(spec.fields) : spec.schema);
const generic = m.error_generic_text();

/** Builds FormData the way a browser or a hostile client could: any field missing, repeated, a file, or extra. */
function toFormData(entries: readonly (readonly [string, string | 'FILE'])[]) {
	const data = new FormData();
	for (const [name, value] of entries) {
		if (value === 'FILE') data.append(name, new Blob(['<svg onload=alert(1)>'], { type: 'image/svg+xml' }), 'x.svg');
		else data.append(name, value);
	}
	return data;
}

const fieldValue = fc.oneof(hostileString, wrongType, fc.constant('FILE' as const));
/** A hostile form for a schema's fields: each field missing, once or repeated, plus random extra fields. */
const hostileForm = (fields: readonly string[]) =>
	fc
		.tuple(
			fc.tuple(...fields.map((field) => fc.array(fieldValue, { maxLength: 3 }).map((values) => values.map((value) => [field, value] as const)))),
			fc.array(fc.tuple(hostileName, fieldValue), { maxLength: 4 })
		)
		.map(([perField, extra]) => [...perField.flat(), ...extra]);

/** A well-formed form with one field made hostile (the usual shape of a tampered or mistyped form). */
const oneFieldWrong = (spec: Spec) =>
	fc.tuple(spec.valid, fc.constantFrom(...spec.fields), fc.oneof(hostileString, wrongType, fc.constantFrom(...edgeCases))).map(([form, field, value]) => {
		const entries: (readonly [string, string])[] = [];
		for (const [name, raw] of Object.entries({ ...form, [field]: value })) for (const item of Array.isArray(raw) ? raw : [raw]) entries.push([name, item]);
		return entries;
	});

function formOf(input: FormInput) {
	const entries: (readonly [string, string])[] = [];
	for (const [name, raw] of Object.entries(input)) for (const item of Array.isArray(raw) ? raw : [raw]) entries.push([name, item]);
	return toFormData(entries);
}

/** A refusal: each field named is one of the schema's (or `form`), and each message has words behind it. */
function expectClearRefusal(spec: Spec, errors: Record<string, string>) {
	expect(Object.keys(errors).length).toBeGreaterThan(0);
	for (const [path, key] of Object.entries(errors)) {
		const field = path.split('.')[0]!;
		expect([...spec.fields, 'form']).toContain(field);
		if (spec.hidden?.includes(field)) continue;
		expect(formErrorText(key), `${path}: "${key}" is not a message key`).not.toBe(generic);
	}
}

function inputOf(form: FormData): FormInput {
	const input: FormInput = {};
	for (const [name, value] of form) if (typeof value === 'string') input[name] = value;
	return input;
}

test('every schema exported from src/lib/validation has a property test', async () => {
	const found: string[] = [];
	for (const file of readdirSync('src/lib/validation').filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
		const module = (await import(`../../src/lib/validation/${file}`)) as Record<string, unknown>;
		for (const [name, value] of Object.entries(module)) {
			const isSchema = typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'schema';
			const isFactory = typeof value === 'function' && /Schema$/.test(name);
			if (isSchema || isFactory) found.push(`${file.replace(/\.ts$/, '')}:${name}`);
		}
	}
	expect(found.sort()).toEqual(Object.keys(specs).sort());

	// Schemas written inside route files cannot be imported; each must be named here and covered over HTTP.
	const inRoutes: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.ts$/.test(entry.name) && /\bv\.(object|looseObject|strictObject)\(/.test(readFileSync(path, 'utf8'))) inRoutes.push(path);
		}
	};
	walk('src/routes');
	expect(inRoutes.sort()).toEqual(Object.keys(routeLocalSchemas).sort());
});

for (const [name, spec] of Object.entries(specs)) {
	test.describe(name, () => {
		test('hostile forms: parsing never throws, refusals are message keys, what is taken keeps the limits', () => {
			let refused = 0;
			let taken = 0;
			fc.assert(
				fc.property(fc.oneof(hostileForm(spec.fields), oneFieldWrong(spec)), (entries) => {
					const form = toFormData(entries);
					const result = parseForm(schemaOf(spec), form, spec.lists);
					if (result.success) {
						taken++;
						spec.check(result.output as Output, inputOf(form));
					} else {
						refused++;
						expectClearRefusal(spec, result.errors);
					}
				}),
				{ numRuns: runs }
			);
			test.info().annotations.push({ type: 'inputs', description: `${runs} hostile forms: ${refused} refused, ${taken} taken` });
		});

		test('well-formed forms are taken and keep the limits', () => {
			fc.assert(
				fc.property(spec.valid, (input) => {
					const result = parseForm(schemaOf(spec), formOf(input), spec.lists);
					expect(result.success, `refused ${describe(input)}: ${describe(!result.success && result.errors)}`).toBe(true);
					if (result.success) spec.check(result.output as Output, input);
				}),
				{ numRuns: runs }
			);
		});

		test('wrong types straight into the schema: never throws, never takes what breaks the limits', () => {
			const wrongTypeValue = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom(null, undefined, 0, -1, Number.NaN, Infinity, true, [], {}, 1n));
			const input = fc.oneof(
				fc.anything({ maxDepth: 3 }),
				fc.tuple(spec.valid, fc.constantFrom(...spec.fields), wrongTypeValue).map(([form, field, value]) => ({ ...form, [field]: value })),
				fc.dictionary(fc.oneof(fc.constantFrom(...spec.fields), hostileName), wrongTypeValue)
			);
			fc.assert(
				fc.property(input, (value) => {
					const result = v.safeParse(schemaOf(spec), value);
					if (result.success) spec.check(result.output as Output, {});
					else expect(result.issues.length).toBeGreaterThan(0);
				}),
				{ numRuns: runs }
			);
		});
	});
}
