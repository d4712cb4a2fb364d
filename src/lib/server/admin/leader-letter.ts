import { m } from '#lib/paraglide/messages.js';

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The first leader's activation letter as a page of its own, for `npm run bootstrap`: the same
 * words, QR code and code as the letters the app prints, without the app around it.
 */
export function leaderLetterPage(input: { leaderName: string; unitName: string; origin: string; letter: { code: string; link: string; qrSvg: string } }) {
	const address = escapeHtml(new URL(input.origin).host + '/activate');
	return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m.letter_title({ name: input.leaderName }))}</title>
<style>body{font-family:system-ui,sans-serif;font-size:18px;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}.qr svg{width:12rem;height:12rem}.code{font-size:2rem;font-weight:700;letter-spacing:.1em}</style>
</head>
<body>
<h1>${escapeHtml(m.letter_title({ name: input.leaderName }))}</h1>
<p>${escapeHtml(m.staff_letter_leader({ unit: input.unitName }))}</p>
<p>${escapeHtml(m.letter_scan())}</p>
<div class="qr" role="img" aria-label="${escapeHtml(m.letter_qr_label())}">${input.letter.qrSvg}</div>
<p>${escapeHtml(m.letter_or({ address }))}</p>
<p class="code">${escapeHtml(input.letter.code)}</p>
<p>${escapeHtml(m.letter_valid())}</p>
</body>
</html>
`;
}
