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
