import * as server from '../entries/pages/(citizen)/me/helpers/_grantId_/_page.server.ts.js';

export const index = 25;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/helpers/_grantId_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/helpers/[grantId]/+page.server.ts";
export const imports = ["_app/immutable/nodes/25.Dhz5qttn.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/B0sRkFBT.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/cCb3m8W5.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/TeKgLg3E.js","_app/immutable/chunks/Iri6cX8c.js","_app/immutable/chunks/Djh1jHeN.js","_app/immutable/chunks/DRkcs8ft.js","_app/immutable/chunks/DozBAgbR.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js"];
export const stylesheets = [];
export const fonts = [];
