// src/lib/offline/send-result.ts
/** An error without a status is a send that never reached the server (no network on the way). */
var neverArrived = (result) => result.type === "error" && result.status === void 0;
export { neverArrived as t };

//# sourceMappingURL=send-result.js.map