import('/_app/immutable/entry/start.CDLR9K66.js').then(x => x.load_css(['/_app/immutable/assets/0.o1fMuIzd.css',]));
export const route = {
	id: "/(public)/offline",
	errors: [1],
	layouts: [[true,0]],
	leaf: [false,45],
	nodes: {
		'1': () => import('/_app/immutable/nodes/1.Doerc9qB.js'),
		'0': () => import('/_app/immutable/nodes/0.DQ4TqHKF.js'),
		'45': () => import('/_app/immutable/nodes/45.DjK2m-MM.js')
	}
};
export const params = {}