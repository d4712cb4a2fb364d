export { t as clearAllDrafts, n as clearDraft, r as loadDraft, i as saveDraft } from "./drafts.js";
