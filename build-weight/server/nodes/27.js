import * as server from '../entries/pages/(citizen)/me/meetings/_page.server.ts.js';

export const index = 27;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/meetings/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/meetings/+page.server.ts";
export const imports = ["_app/immutable/nodes/27.TDbxp9gP.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/CdvHIAej.js","_app/immutable/chunks/Dr2Ie5bC.js","_app/immutable/chunks/DXqlb-_D.js","_app/immutable/chunks/9cK-xDlr.js","_app/immutable/chunks/BD91TyZp.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/BXTaR-5y.js","_app/immutable/chunks/Dhm9_ZZp.js"];
export const stylesheets = [];
export const fonts = [];
