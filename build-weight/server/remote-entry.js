export { a as command, i as form, r as prerender, n as query, t as requested } from "./chunks/remote.js";
