export { default as TextArea } from './text-area.svelte';
