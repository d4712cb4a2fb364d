export { t as formValues, n as isCalendarDate, r as nonEmptyLines, i as parseForm } from "./form2.js";
