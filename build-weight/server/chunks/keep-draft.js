import "./forms.js";
import "./state.js";
export {};
