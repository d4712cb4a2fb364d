import { n as deLocalizeUrl } from "../chunks/runtime.js";
// src/hooks.ts
/** `/en/login` is served by the `/login` route; the language is read from the prefix. */
var reroute = ({ url }) => deLocalizeUrl(url).pathname;
export { reroute };

//# sourceMappingURL=hooks.universal.js.map