import { m } from '#lib/paraglide/messages.js';
import { routes } from '#lib/routes.js';

/** Where a page's back link leads, and its words. */
export type BackLink = { href: string; label: () => string };

const toHome: BackLink = { href: routes.citizenHome(), label: m.shell_back_home };
const toDreams: BackLink = { href: routes.citizenArea('dreams'), label: m.dreams_back };
const toPlan: BackLink = { href: routes.citizenArea('plan'), label: m.plan_back };
const toHelpers: BackLink = { href: routes.citizenHelpers(), label: m.helpers_back };
const toContactPerson: BackLink = { href: routes.citizenContactPerson(), label: m.choose_back };
const toRatings: BackLink = { href: routes.citizenRatings(), label: m.collab_back };
const toMeetings: BackLink = { href: routes.citizenMeetings(), label: m.meeting_back };
const toData: BackLink = { href: routes.citizenArea('data'), label: m.data_back };

/**
 * The one page above each citizen page, by route id. An installed app has no browser back button,
 * so every page below Min side starts with a link one step up (issue 15); a page missing here
 * falls back to Min side rather than leaving the person without a way back.
 */
export const citizenParents: Record<string, BackLink> = {
	'/(citizen)/me/[area=comingSoon]': toHome,
	'/(citizen)/me/access-log': toHome,
	'/(citizen)/me/collaboration': toHome,
	'/(citizen)/me/collaboration/new': toRatings,
	'/(citizen)/me/contact': toHome,
	'/(citizen)/me/contact-person': toHome,
	'/(citizen)/me/contact-person/choose': toContactPerson,
	'/(citizen)/me/contact-person/workers': toContactPerson,
	'/(citizen)/me/data': toHome,
	'/(citizen)/me/data/print': toData,
	'/(citizen)/me/dreams': toHome,
	'/(citizen)/me/dreams/[dreamId]': toDreams,
	'/(citizen)/me/dreams/new': toDreams,
	'/(citizen)/me/helpers': toHome,
	'/(citizen)/me/helpers/[grantId]': toHelpers,
	'/(citizen)/me/helpers/new': toHelpers,
	'/(citizen)/me/meetings': toHome,
	'/(citizen)/me/meetings/[meetingId]': toMeetings,
	'/(citizen)/me/plan': toHome,
	'/(citizen)/me/plan/[goalId]': toPlan,
	'/(citizen)/me/plan/new': toPlan
};

/** The back link of a citizen page; null on Min side itself, which is the top. */
export function citizenBackLink(routeId: string | null): BackLink | null {
	if (routeId === null || routeId === '/(citizen)/me') return null;
	return citizenParents[routeId] ?? toHome;
}
