import * as server from '../entries/pages/(citizen)/me/meetings/_meetingId_/_page.server.ts.js';

export const index = 28;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/meetings/_meetingId_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/meetings/[meetingId]/+page.server.ts";
export const imports = ["_app/immutable/nodes/28.zlMSEspl.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/BEy4CUuf.js","_app/immutable/chunks/DXqlb-_D.js","_app/immutable/chunks/9cK-xDlr.js","_app/immutable/chunks/BD91TyZp.js","_app/immutable/chunks/CIjg5zW0.js","_app/immutable/chunks/IPRJvNQN.js","_app/immutable/chunks/qyu_8IYO.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/BXTaR-5y.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/va-u0hAj.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/cCb3m8W5.js"];
export const stylesheets = [];
export const fonts = [];
