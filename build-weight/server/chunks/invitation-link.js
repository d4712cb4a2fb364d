import { renderSVG } from "uqr";
// src/lib/server/access/invitation-link.ts
/** The link a helper opens, and the same link as a QR code (SVG markup, drawn on the server). */
function invitationLink(origin, token) {
	const link = `${origin}/invite/${token}`;
	return {
		link,
		qrSvg: renderSVG(link, { border: 2 })
	};
}
export { invitationLink as t };

//# sourceMappingURL=invitation-link.js.map