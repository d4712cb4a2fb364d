import { m } from '../paraglide/messages.js';
import type { DreamVisibility, LifeArea } from '../dream-options.js';

const lifeAreaWords: Record<LifeArea, () => string> = {
	home: m.life_home,
	work: m.life_work,
	health: m.life_health,
	family: m.life_family,
	leisure: m.life_leisure,
	money: m.life_money,
	other: m.life_other
};
export const lifeAreaLabel = (area: LifeArea) => lifeAreaWords[area]();

const visibilityWords: Record<DreamVisibility, () => string> = {
	me: m.visibility_me,
	team: m.visibility_team,
	relatives: m.visibility_relatives
};
export const visibilityLabel = (visibility: DreamVisibility) => visibilityWords[visibility]();

export type DreamChange = 'create' | 'update' | 'delete' | 'restore' | 'confirm';
const changeWords: Record<DreamChange, () => string> = {
	create: m.change_create,
	update: m.change_update,
	delete: m.change_delete,
	restore: m.change_restore,
	confirm: m.change_confirm
};
/** "Skrevet", "Rettet" …: what a version of a dream did. */
export const dreamChangeLabel = (change: DreamChange) => changeWords[change]();
