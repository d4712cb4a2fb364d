import * as server from '../entries/pages/(citizen)/me/collaboration/new/_page.server.ts.js';

export const index = 14;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/collaboration/new/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/collaboration/new/+page.server.ts";
export const imports = ["_app/immutable/nodes/14.BxMA8G7x.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/BEy4CUuf.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/va-u0hAj.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/DpFTYBT1.js","_app/immutable/chunks/DYWK3hhh.js","_app/immutable/chunks/Djh1jHeN.js","_app/immutable/chunks/DFyRlmLU.js"];
export const stylesheets = ["_app/immutable/assets/14.j-vY7cRl.css"];
export const fonts = [];
