import * as server from '../entries/pages/(helper)/helper/_citizenId_/plan/_page.server.ts.js';

export const index = 37;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(helper)/helper/_citizenId_/plan/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(helper)/helper/[citizenId]/plan/+page.server.ts";
export const imports = ["_app/immutable/nodes/37.Vj6VBkA5.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/CCcEMLXa.js","_app/immutable/chunks/BUwgnJum.js","_app/immutable/chunks/IUw3bH_r.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/sFSnW51w.js","_app/immutable/chunks/B9GYZgI_.js","_app/immutable/chunks/BJFHuHkD.js","_app/immutable/chunks/CqxHBbX9.js"];
export const stylesheets = [];
export const fonts = [];
