export { t as goalSchema } from "./plan3.js";
