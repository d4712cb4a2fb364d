import { m } from '../paraglide/messages.js';
import type { Progress, StepOwner } from '../plan-options.js';
import { formatDate } from './format.js';

const progressWords: Record<Progress, () => string> = {
	not_started: m.progress_not_started,
	started: m.progress_started,
	nearly: m.progress_nearly,
	done: m.progress_done
};
export const progressLabel = (progress: Progress) => progressWords[progress]();

const ownerWords: Record<StepOwner, () => string> = { me: m.plan_steps_me, contact: m.plan_steps_contact };
export const stepOwnerLabel = (owner: StepOwner) => ownerWords[owner]();

export type PlanChangeKind = 'goal_created' | 'goal_changed' | 'goal_deleted' | 'progress' | 'step_added' | 'step_done' | 'plan_date';
const historyWords: Record<PlanChangeKind, (inputs: { name: string; summary: string }) => string> = {
	goal_created: m.plan_history_goal_created,
	goal_changed: m.plan_history_goal_changed,
	goal_deleted: m.plan_history_goal_deleted,
	progress: m.plan_history_progress,
	step_added: m.plan_history_step_added,
	step_done: m.plan_history_step_done,
	plan_date: m.plan_history_plan_date
};
/** Progress is stored as a key and the plan date as an ISO date; the history shows both in words. */
function planChangeSummary(kind: PlanChangeKind, summary: string) {
	if (kind === 'progress') {
		const [text, step] = summary.split(/: (?=[a-z_]+$)/);
		return `${text}: ${progressLabel(step as Progress)}`;
	}
	return kind === 'plan_date' && summary ? formatDate(summary) : summary;
}
/** One line of the plan's history: "Bent skrev et nyt mål: Flytte selv". */
export const planChangeSentence = (kind: PlanChangeKind, name: string, summary: string) => historyWords[kind]({ name, summary: planChangeSummary(kind, summary) });
