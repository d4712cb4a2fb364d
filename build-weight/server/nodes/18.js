import * as server from '../entries/pages/(citizen)/me/contact-person/workers/_page.server.ts.js';

export const index = 18;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/contact-person/workers/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/contact-person/workers/+page.server.ts";
export const imports = ["_app/immutable/nodes/18.D-HTN2sl.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/TeKgLg3E.js","_app/immutable/chunks/cCb3m8W5.js","_app/immutable/chunks/QmsjOWN3.js"];
export const stylesheets = ["_app/immutable/assets/18.BayATZGN.css"];
export const fonts = [];
