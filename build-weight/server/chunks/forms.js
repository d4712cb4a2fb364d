import { t as disallow_on_server } from "./functions.js";
disallow_on_server("applyAction");
export {};

//# sourceMappingURL=forms.js.map