import * as server from '../entries/pages/(citizen)/me/helpers/_page.server.ts.js';

export const index = 24;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/helpers/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/helpers/+page.server.ts";
export const imports = ["_app/immutable/nodes/24.Cviw7Em9.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/Cy_6p7Qi.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/DRkcs8ft.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/DozBAgbR.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js"];
export const stylesheets = [];
export const fonts = [];
