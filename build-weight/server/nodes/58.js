import * as server from '../entries/pages/(staff)/staff/workers/_page.server.ts.js';

export const index = 58;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/workers/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/workers/+page.server.ts";
export const imports = ["_app/immutable/nodes/58.DQUGnwFr.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/VmIs7c7W.js","_app/immutable/chunks/B7k3axnJ.js","_app/immutable/chunks/DjNqoFhY.js","_app/immutable/chunks/DetXsf0H.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/DysRPz7z.js","_app/immutable/chunks/Djh1jHeN.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/cCb3m8W5.js"];
export const stylesheets = [];
export const fonts = [];
