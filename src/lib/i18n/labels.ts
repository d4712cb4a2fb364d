import { m } from '../paraglide/messages.js';
import type { AssignmentRole, LegalBasis } from '../server/db/schema/index.js';

/** Words for the assignment roles, shared by the citizen and staff pages. */
export function roleLabel(role: AssignmentRole): string {
	const labels: Record<AssignmentRole, () => string> = {
		contact: m.role_contact,
		practical: m.role_practical,
		personal: m.role_personal,
		plan: m.role_plan,
		cover: m.role_cover
	};
	return labels[role]();
}

export function legalBasisLabel(basis: LegalBasis): string {
	return basis === 'sel85' ? m.basis_sel85() : m.basis_sel99();
}
