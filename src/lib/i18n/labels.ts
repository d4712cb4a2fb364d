import { m } from '../paraglide/messages.js';
import type { AssignmentRole, LegalBasis } from '../server/db/schema/index.js';
import type { CitizenArea } from '../areas.js';

/** Words for the assignment roles, shared by the citizen and staff pages. */
export function roleLabel(role: AssignmentRole): string {
	const labels: Record<AssignmentRole, () => string> = {
		contact: m.role_contact,
		practical: m.role_practical,
		personal: m.role_personal,
		plan: m.role_plan,
		member: m.role_member,
		cover: m.role_cover
	};
	return labels[role]();
}

/** The legal basis as staff name it ("§ 85"). */
export function legalBasisLabel(basis: LegalBasis): string {
	return basis === 'sel85' ? m.staff_basis_sel85() : m.staff_basis_sel99();
}

/** The legal basis in a citizen's words: the kind of support, no paragraph number. */
export function supportKindLabel(basis: LegalBasis): string {
	return basis === 'sel85' ? m.print_basis_sel85() : m.print_basis_sel99();
}

const areaLabels: Record<CitizenArea, () => string> = {
	overview: m.area_overview,
	dreams: m.area_dreams,
	plan: m.area_plan,
	meetings: m.area_meetings,
	ratings: m.area_ratings,
	'contact-person': m.area_contact_person,
	network: m.area_network,
	helpers: m.area_helpers,
	'access-log': m.area_access_log,
	account: m.area_account,
	data: m.area_data
};

/** The name of an area of a citizen's data; an unknown key (an area added later) shows as itself. */
export function areaLabel(area: string): string {
	return area in areaLabels ? areaLabels[area as CitizenArea]() : area;
}
