import * as server from '../entries/pages/(citizen)/me/contact-person/choose/_page.server.ts.js';

export const index = 17;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/contact-person/choose/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/contact-person/choose/+page.server.ts";
export const imports = ["_app/immutable/nodes/17.CH5szfd3.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/CSgfD56-.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/DysRPz7z.js","_app/immutable/chunks/Djh1jHeN.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/va-u0hAj.js","_app/immutable/chunks/TeKgLg3E.js","_app/immutable/chunks/DdoF9vwI.js","_app/immutable/chunks/DYWK3hhh.js"];
export const stylesheets = [];
export const fonts = [];
