import type { SessionUser } from '#lib/server/auth/session.js';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: { id: string; createdAt: Date; lastUsedAt: Date } | null;
		}
	}
}

export {};
