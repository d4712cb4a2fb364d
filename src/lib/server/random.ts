import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random identifier for database rows: 130 bits, so ids can't be guessed. */
export function newId(): string {
	return randomString(26);
}

const lowerAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Random string over a 32-letter alphabet without look-alikes; each character carries 5 bits. */
export function randomString(length: number, alphabet = lowerAlphabet): string {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	let out = '';
	// Rejection-free: 256 is a multiple of 32; for other alphabet sizes the tiny bias is irrelevant here.
	for (const byte of bytes) out += alphabet[byte % alphabet.length];
	return out;
}

/** Base32 of 20 random bytes (160 bits): for secrets that are never typed by a person. */
export function randomSecret(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
