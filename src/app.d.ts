import type { SessionUser } from '#lib/server/auth/session.js';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: { id: string; createdAt: Date; lastUsedAt: Date } | null;
			/** Set on the one request where an ended session's cookie came back: the log-in page says why. */
			sessionEndedBecause?: import('#lib/server/auth/session.js').SessionEndReason | null;
			/** Who typed the form being posted, when the page said so (see written-for.ts); read with the form body. */
			formWrittenFor?: string;
		}
	}
}

export {};
