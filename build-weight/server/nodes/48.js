import * as server from '../entries/pages/(staff)/staff/citizens/_citizenId_/access-log/_page.server.ts.js';

export const index = 48;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/citizens/_citizenId_/access-log/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/citizens/[citizenId]/access-log/+page.server.ts";
export const imports = ["_app/immutable/nodes/48.UEFF-TId.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/DXtcntkq.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js"];
export const stylesheets = [];
export const fonts = [];
