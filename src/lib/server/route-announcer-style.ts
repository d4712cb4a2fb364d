/**
 * Kit's route announcer (the live region that tells screen readers a new page has opened) is a div
 * with an inline style attribute. Our Content-Security-Policy allows that one style, and no other,
 * by its hash ('unsafe-hashes'; see vite.config.ts). The spec beside this file recomputes it from
 * Kit's source, so a Kit update that changes the style fails the unit tests instead of the page.
 */
export const routeAnnouncerStyleHash = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';
