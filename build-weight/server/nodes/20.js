import * as server from '../entries/pages/(citizen)/me/data/print/_page.server.ts.js';

export const index = 20;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/data/print/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/data/print/+page.server.ts";
export const imports = ["_app/immutable/nodes/20.D-asK2Dz.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/BxsdWCwq.js","_app/immutable/chunks/CsatACia.js","_app/immutable/chunks/C6yB-LY8.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/CAsslz1C.js","_app/immutable/chunks/6CnSsoex.js","_app/immutable/chunks/DozBAgbR.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/C9-qD5ZI.js","_app/immutable/chunks/DPnuDx_E.js","_app/immutable/chunks/BvNmixek.js","_app/immutable/chunks/UCOeOVch.js","_app/immutable/chunks/DXtcntkq.js","_app/immutable/chunks/BEBRu1qq.js","_app/immutable/chunks/VBXwMfKb.js","_app/immutable/chunks/BZDn7JLt.js","_app/immutable/chunks/BUwgnJum.js","_app/immutable/chunks/B9GYZgI_.js","_app/immutable/chunks/BfIWoCcd.js","_app/immutable/chunks/CqxHBbX9.js","_app/immutable/chunks/BFnK0Bxe.js","_app/immutable/chunks/B0asYtaS.js","_app/immutable/chunks/BXTaR-5y.js","_app/immutable/chunks/CdvHIAej.js","_app/immutable/chunks/DXqlb-_D.js","_app/immutable/chunks/9cK-xDlr.js","_app/immutable/chunks/BD91TyZp.js","_app/immutable/chunks/CIjg5zW0.js","_app/immutable/chunks/qyu_8IYO.js","_app/immutable/chunks/DFyRlmLU.js","_app/immutable/chunks/BX_e5WzC.js"];
export const stylesheets = [];
export const fonts = [];
