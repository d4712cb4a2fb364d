import * as server from '../entries/pages/(staff)/staff/citizens/_citizenId_/meetings/_meetingId_/_page.server.ts.js';

export const index = 49;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/citizens/_citizenId_/meetings/_meetingId_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/citizens/[citizenId]/meetings/[meetingId]/+page.server.ts";
export const imports = ["_app/immutable/nodes/49.B_NGe6Sm.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/BExuDBBN.js","_app/immutable/chunks/DXqlb-_D.js","_app/immutable/chunks/9cK-xDlr.js","_app/immutable/chunks/BD91TyZp.js","_app/immutable/chunks/IPRJvNQN.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/BXTaR-5y.js","_app/immutable/chunks/DFyRlmLU.js","_app/immutable/chunks/CqxHBbX9.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/va-u0hAj.js","_app/immutable/chunks/QmsjOWN3.js"];
export const stylesheets = ["_app/immutable/assets/49.BF8hPqug.css"];
export const fonts = [];
