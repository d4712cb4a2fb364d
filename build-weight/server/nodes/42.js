import * as server from '../entries/pages/(public)/invite/_token_/_page.server.ts.js';

export const index = 42;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(public)/invite/_token_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(public)/invite/[token]/+page.server.ts";
export const imports = ["_app/immutable/nodes/42.Di1PdC1O.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/Ugerqmae.js","_app/immutable/chunks/BIzqO_q4.js","_app/immutable/chunks/F9wZvVSh.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/Bi8qTrkZ.js","_app/immutable/chunks/D-JnKMJk.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/cCb3m8W5.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/B8TdcfrX.js"];
export const stylesheets = [];
export const fonts = [];
