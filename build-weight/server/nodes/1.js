

export const index = 1;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_error.svelte.js')).default;
export const imports = ["_app/immutable/nodes/1.Doerc9qB.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/Daa_Vo4M.js","_app/immutable/chunks/Bi8qTrkZ.js","_app/immutable/chunks/CUcZ-CwL.js","_app/immutable/chunks/uC7S3KIV.js"];
export const stylesheets = [];
export const fonts = [];
