export { default as ErrorSummary } from './error-summary.svelte';
