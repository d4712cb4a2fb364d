import * as server from '../entries/pages/(helper)/helper/_citizenId_/_area_grantable_/_page.server.ts.js';

export const index = 34;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(helper)/helper/_citizenId_/_area_grantable_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(helper)/helper/[citizenId]/[area=grantable]/+page.server.ts";
export const imports = ["_app/immutable/nodes/34.S94x4IOe.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/oEzBfJu4.js","_app/immutable/chunks/CCcEMLXa.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/CC50LDZM.js"];
export const stylesheets = [];
export const fonts = [];
