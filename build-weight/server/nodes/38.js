import * as server from '../entries/pages/(helper)/helper/_citizenId_/ratings/_page.server.ts.js';

export const index = 38;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(helper)/helper/_citizenId_/ratings/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(helper)/helper/[citizenId]/ratings/+page.server.ts";
export const imports = ["_app/immutable/nodes/38.DfLXinWT.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/CCcEMLXa.js","_app/immutable/chunks/IUw3bH_r.js","_app/immutable/chunks/Dod6Yvin.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/DvyOaO7C.js","_app/immutable/chunks/DFyRlmLU.js","_app/immutable/chunks/BFnK0Bxe.js","_app/immutable/chunks/BExuDBBN.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/DE6YwtAN.js"];
export const stylesheets = ["_app/immutable/assets/rating-chart.B0rbCu5w.css","_app/immutable/assets/rating-history.BRZKQXal.css"];
export const fonts = [];
