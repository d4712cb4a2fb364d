/**
 * The form field a page adds to every form it sends with the id of the person who typed it. The
 * server refuses the form (401, and the draft stays) when someone else is logged in now: after a
 * session ran out, another person may have logged in in another tab on the same phone.
 */
export const writtenForField = '__writtenFor';
