export { default as FieldError } from './field-error.svelte';
