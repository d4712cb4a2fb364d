import * as server from '../entries/pages/(helper)/helper/_citizenId_/_page.server.ts.js';

export const index = 33;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(helper)/helper/_citizenId_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(helper)/helper/[citizenId]/+page.server.ts";
export const imports = ["_app/immutable/nodes/33.DhLZo13m.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/Ci336iTX.js","_app/immutable/chunks/CCcEMLXa.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js"];
export const stylesheets = [];
export const fonts = [];
