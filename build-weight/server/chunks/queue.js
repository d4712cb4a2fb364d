export { t as currentUser, n as enqueue, r as outcomeOf, i as queueChangedEvent, a as queuedForHeader, o as rememberCurrentUser, s as sendWaitingWrites, c as waitingWrites } from "./queue2.js";
