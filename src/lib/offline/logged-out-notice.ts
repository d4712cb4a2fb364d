import { mount, unmount } from 'svelte';
import LoggedOutNotice from '../components/offline/logged-out-notice.svelte';

/** Shows, just above the form, that the session ran out and the words are kept (see keepDraft). */
export function showLoggedOutNotice(form: HTMLFormElement): { destroy(): void } {
	const notice = mount(LoggedOutNotice, { target: form.parentElement ?? document.body, anchor: form });
	return { destroy: () => void unmount(notice) };
}
