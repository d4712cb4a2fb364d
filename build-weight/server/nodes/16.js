import * as server from '../entries/pages/(citizen)/me/contact-person/_page.server.ts.js';

export const index = 16;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/contact-person/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/contact-person/+page.server.ts";
export const imports = ["_app/immutable/nodes/16.B-9Okx2b.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/CXDLSAK8.js","_app/immutable/chunks/CAsslz1C.js","_app/immutable/chunks/6CnSsoex.js","_app/immutable/chunks/u9LA4Q2i.js","_app/immutable/chunks/CSgfD56-.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/BX_e5WzC.js"];
export const stylesheets = [];
export const fonts = [];
