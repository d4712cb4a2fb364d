import { m } from '../paraglide/messages.js';
import type { Progress, StepOwner } from '../plan-options.js';

const progressWords: Record<Progress, () => string> = {
	not_started: m.progress_not_started,
	started: m.progress_started,
	nearly: m.progress_nearly,
	done: m.progress_done
};
export const progressLabel = (progress: Progress) => progressWords[progress]();

const ownerWords: Record<StepOwner, () => string> = { me: m.plan_steps_me, contact: m.plan_steps_contact };
export const stepOwnerLabel = (owner: StepOwner) => ownerWords[owner]();
