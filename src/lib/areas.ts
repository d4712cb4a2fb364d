/** The parts of a citizen's data that access is decided for, and that the access log names. */
export const citizenAreas = [
	'overview',
	'dreams',
	'plan',
	'meetings',
	'ratings',
	'contact-person',
	'network',
	'helpers',
	'access-log',
	'account',
	'data'
] as const;
export type CitizenArea = (typeof citizenAreas)[number];

/** The areas a citizen can open to a relative or guide. New areas are added here; grants store them as data. */
export const grantableAreas = ['dreams', 'plan', 'meetings', 'ratings', 'network'] as const satisfies readonly CitizenArea[];
export type GrantableArea = (typeof grantableAreas)[number];

export function isGrantableArea(value: string): value is GrantableArea {
	return (grantableAreas as readonly string[]).includes(value);
}
