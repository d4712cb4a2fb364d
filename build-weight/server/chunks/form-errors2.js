export { t as formErrorText, n as formErrorTexts } from "./form-errors.js";
