import { defineParams } from '@sveltejs/kit/params';
// Kit loads this file with Node's own loader at build time: import the .ts file itself.
import { isGrantableArea } from './lib/areas.ts';

/** Areas of Min side (DESIGN.md §2) that later issues build; until then they show "kommer snart". */
export const comingSoonAreas = [
	'network'
] as const;

export const params = defineParams({
	grantable: (param) => (isGrantableArea(param) ? param : undefined),
	comingSoon: (param) => ((comingSoonAreas as readonly string[]).includes(param) ? param : undefined)
});
