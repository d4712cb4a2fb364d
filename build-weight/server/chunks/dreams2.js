export { t as dreamSchema } from "./dreams3.js";
