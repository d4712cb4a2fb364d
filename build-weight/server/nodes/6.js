

export const index = 6;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(account)/account/_page.svelte.js')).default;
export const imports = ["_app/immutable/nodes/6.e-zZRkig.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/uC7S3KIV.js"];
export const stylesheets = [];
export const fonts = [];
