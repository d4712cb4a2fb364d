export { default as ShowPassword } from './show-password.svelte';
