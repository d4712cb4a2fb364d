export { default as ChoiceFieldset } from './choice-fieldset.svelte';
