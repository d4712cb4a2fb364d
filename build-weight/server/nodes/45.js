import * as universal from '../entries/pages/(public)/offline/_page.ts.js';

export const index = 45;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(public)/offline/_page.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/(public)/offline/+page.ts";
export const imports = ["_app/immutable/nodes/45.DjK2m-MM.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/uC7S3KIV.js"];
export const stylesheets = [];
export const fonts = [];
