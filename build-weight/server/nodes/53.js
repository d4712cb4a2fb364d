import * as server from '../entries/pages/(staff)/staff/collaboration/_page.server.ts.js';

export const index = 53;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/collaboration/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/collaboration/+page.server.ts";
export const imports = ["_app/immutable/nodes/53.Ck0ah_UW.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/VmIs7c7W.js","_app/immutable/chunks/Ba6FN67c.js","_app/immutable/chunks/D-PVjXtA.js","_app/immutable/chunks/B7k3axnJ.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/DE6YwtAN.js","_app/immutable/chunks/DFyRlmLU.js"];
export const stylesheets = ["_app/immutable/assets/rating-chart.B0rbCu5w.css"];
export const fonts = [];
