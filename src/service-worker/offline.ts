/** The precached offline page for a path: `/en/…` gets the English one, everything else Danish. */
export function offlinePageFor(pathname: string): string {
	return pathname === '/en' || pathname.startsWith('/en/') ? '/en/offline' : '/offline';
}
