import { defineParams } from '@sveltejs/kit/params';

/** Areas of Min side (DESIGN.md §2) that later issues build; until then they show "kommer snart". */
export const comingSoonAreas = [
	'dreams',
	'plan',
	'collaboration',
	'contact-person',
	'meetings',
	'network',
	'helpers',
	'access-log',
	'data',
	'contact'
] as const;

export const params = defineParams({
	comingSoon: (param) => ((comingSoonAreas as readonly string[]).includes(param) ? param : undefined)
});
