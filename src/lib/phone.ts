/** A phone number as a `tel:` link: digits and a leading + only ("70 20 30 40" → "tel:70203040"). */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
