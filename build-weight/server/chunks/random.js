import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
// src/lib/server/random.ts
/** A random identifier for database rows: 130 bits, so ids can't be guessed. */
function newId() {
	return randomString(26);
}
var lowerAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
/** Random string over a 32-letter alphabet without look-alikes; each character carries 5 bits. */
function randomString(length, alphabet = lowerAlphabet) {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	let out = "";
	for (const byte of bytes) out += alphabet[byte % alphabet.length];
	return out;
}
/** Base32 of 20 random bytes (160 bits): for secrets that are never typed by a person. */
function randomSecret() {
	const bytes = /* @__PURE__ */ new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
export { randomSecret as n, randomString as r, newId as t };

//# sourceMappingURL=random.js.map