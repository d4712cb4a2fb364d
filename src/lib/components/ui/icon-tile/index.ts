export { default as IconTile } from './icon-tile.svelte';
