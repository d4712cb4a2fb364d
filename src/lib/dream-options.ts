import type { IconName } from './components/ui/icon/icon-names.js';

/** The life areas of DESIGN.md §2.1, each with its icon. */
export const lifeAreas = ['home', 'work', 'health', 'family', 'leisure', 'money', 'other'] as const;
export type LifeArea = (typeof lifeAreas)[number];

export const lifeAreaIcons: Record<LifeArea, IconName> = {
	home: 'house',
	work: 'briefcase',
	health: 'heart-pulse',
	family: 'users',
	leisure: 'bike',
	money: 'piggy-bank',
	other: 'circle-ellipsis'
};

/** kun mig / mit team / også mine pårørende. "me" hides a dream from staff too. */
export const dreamVisibilities = ['me', 'team', 'relatives'] as const;
export type DreamVisibility = (typeof dreamVisibilities)[number];
