export { r as meetingNoteSchema } from "./meetings3.js";
