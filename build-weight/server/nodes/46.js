import * as server from '../entries/pages/(staff)/staff/_page.server.ts.js';

export const index = 46;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/+page.server.ts";
export const imports = ["_app/immutable/nodes/46.DtYZOHYd.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/BxsdWCwq.js","_app/immutable/chunks/C6yB-LY8.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/Ba6FN67c.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/pLB0Aw55.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/CAsslz1C.js","_app/immutable/chunks/cZBvvcBC.js","_app/immutable/chunks/DFyRlmLU.js"];
export const stylesheets = ["_app/immutable/assets/46.Bebjdg3W.css"];
export const fonts = [];
