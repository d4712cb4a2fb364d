/**
 * The icons the app uses, from lucide-static. `npm run icons` draws them into
 * static/icons/sprite.svg; a unit test checks that every name here is in the sprite.
 */
export const iconNames = [
	'arrow-left',
	'arrow-right',
	'calendar-days',
	'check',
	'circle-help',
	'circle-stop',
	'circle-user',
	'eye',
	'file-down',
	'fingerprint',
	'hand-heart',
	'heart-handshake',
	'house',
	'key-round',
	'languages',
	'link',
	'list-checks',
	'log-in',
	'log-out',
	'message-circle-heart',
	'monitor-smartphone',
	'network',
	'phone',
	'save',
	'share-2',
	'sparkles',
	'trash-2',
	'user-plus',
	'user-round',
	'users',
	'volume-2',
	'wifi-off',
] as const;

export type IconName = (typeof iconNames)[number];
