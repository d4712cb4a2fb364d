

export const index = 11;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/_area_comingSoon_/_page.svelte.js')).default;
export const imports = ["_app/immutable/nodes/11.HU-q3jJl.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/oEzBfJu4.js"];
export const stylesheets = [];
export const fonts = [];
