import * as server from '../entries/pages/(staff)/staff/citizens/new/_page.server.ts.js';

export const index = 52;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/citizens/new/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/citizens/new/+page.server.ts";
export const imports = ["_app/immutable/nodes/52.C4tN1v4F.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/VmIs7c7W.js","_app/immutable/chunks/C6yB-LY8.js","_app/immutable/chunks/CI9KGgid.js","_app/immutable/chunks/DtIpjrWz.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/DysRPz7z.js","_app/immutable/chunks/Djh1jHeN.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/cCb3m8W5.js","_app/immutable/chunks/D3udvdKX.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js"];
export const stylesheets = ["_app/immutable/assets/invitation-letter.BNPCBDfN.css"];
export const fonts = [];
