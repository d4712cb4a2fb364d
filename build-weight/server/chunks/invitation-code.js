// src/lib/validation/invitation-code.ts
/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V: letters people mix up when reading a letter or typing. */
var CODE_ALPHABET = "ACDEFHJKMNPRTWXY34679";
/** Groups of four are easier to read aloud and to type: ACDE-FHJK-MNPR. */
function formatCode(code) {
	return code.match(/.{1,4}/g)?.join("-") ?? code;
}
/** Accepts what people type: lower case, spaces, dashes. */
function normalizeCode(input) {
	return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
export { formatCode as n, normalizeCode as r, CODE_ALPHABET as t };

//# sourceMappingURL=invitation-code.js.map