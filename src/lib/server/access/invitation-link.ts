import { renderSVG } from 'uqr';

/** The link a helper opens, and the same link as a QR code (SVG markup, drawn on the server). */
export function invitationLink(origin: string, token: string) {
	const link = `${origin}/invite/${token}`;
	return { link, qrSvg: renderSVG(link, { border: 2 }) };
}
