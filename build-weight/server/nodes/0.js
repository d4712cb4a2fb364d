import * as server from '../entries/pages/_layout.server.ts.js';

export const index = 0;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js')).default;
export { server };
export const server_id = "src/routes/+layout.server.ts";
export const imports = ["_app/immutable/nodes/0.DQ4TqHKF.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js"];
export const stylesheets = ["_app/immutable/assets/0.o1fMuIzd.css"];
export const fonts = [];
