/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V: letters people mix up when reading a letter or typing. */
export const CODE_ALPHABET = 'ACDEFHJKMNPRTWXY34679';
export const CODE_LENGTH = 12;

/** Groups of four are easier to read aloud and to type: ACDE-FHJK-MNPR. */
export function formatCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** Accepts what people type: lower case, spaces, dashes. */
export function normalizeCode(input: string): string {
	return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
