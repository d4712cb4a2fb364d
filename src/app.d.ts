import type { SessionUser } from '#lib/server/auth/session.js';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: { id: string; createdAt: Date; lastUsedAt: Date } | null;
			/** Who typed the form being posted, when the page said so (see written-for.ts); read with the form body. */
			formWrittenFor?: string;
		}
	}
}

export {};
