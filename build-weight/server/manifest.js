export const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	app_dir: "_app",
	app_path: "_app",
	assets: new Set(["favicon.svg","icons/icon-192.png","icons/icon-512.png","icons/icon-maskable-512.png","icons/sprite.svg","manifest.webmanifest","robots.txt","service-worker.js"]),
	mime_types: {".svg":"image/svg+xml",".png":"image/png",".webmanifest":"application/manifest+json",".txt":"text/plain",".json":"application/json",".js":"text/javascript"},
	client: {start:"_app/immutable/entry/start.CDLR9K66.js",app:"_app/immutable/entry/app.Lo9LEtVt.js",imports:["_app/immutable/entry/start.CDLR9K66.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/CD7rCy0z.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/entry/app.Lo9LEtVt.js","_app/immutable/chunks/ZV3labvK.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false,nodes:["_app/immutable/nodes/0.DQ4TqHKF.js","_app/immutable/nodes/1.Doerc9qB.js","_app/immutable/nodes/2.BhrBGnWV.js","_app/immutable/nodes/3.B6kD9Nt3.js","_app/immutable/nodes/4.BhrBGnWV.js","_app/immutable/nodes/5.BhrBGnWV.js","_app/immutable/nodes/6.e-zZRkig.js","_app/immutable/nodes/7.BeO1JNw8.js","_app/immutable/nodes/8.BZUw2fBZ.js","_app/immutable/nodes/9.DCQUH0i2.js","_app/immutable/nodes/10.D7m2yXdx.js","_app/immutable/nodes/11.HU-q3jJl.js","_app/immutable/nodes/12.BdTik4eJ.js","_app/immutable/nodes/13.DxMjzNIK.js","_app/immutable/nodes/14.BxMA8G7x.js","_app/immutable/nodes/15.Cqd9bqly.js","_app/immutable/nodes/16.B-9Okx2b.js","_app/immutable/nodes/17.CH5szfd3.js","_app/immutable/nodes/18.D-HTN2sl.js","_app/immutable/nodes/19.2_xW0li9.js","_app/immutable/nodes/20.D-asK2Dz.js","_app/immutable/nodes/21.C9G2WZZg.js","_app/immutable/nodes/22.C0YpDzMj.js","_app/immutable/nodes/23.D5GICHFn.js","_app/immutable/nodes/24.Cviw7Em9.js","_app/immutable/nodes/25.Dhz5qttn.js","_app/immutable/nodes/26.DzM8wtO3.js","_app/immutable/nodes/27.TDbxp9gP.js","_app/immutable/nodes/28.zlMSEspl.js","_app/immutable/nodes/29.Bi03Rrhi.js","_app/immutable/nodes/30.DdaVFl5Y.js","_app/immutable/nodes/31.CamWDCXD.js","_app/immutable/nodes/32.DvYeNgvb.js","_app/immutable/nodes/33.DhLZo13m.js","_app/immutable/nodes/34.S94x4IOe.js","_app/immutable/nodes/35.D8t-9Pi0.js","_app/immutable/nodes/36.Xf-WqEMF.js","_app/immutable/nodes/37.Vj6VBkA5.js","_app/immutable/nodes/38.DfLXinWT.js","_app/immutable/nodes/39.Dm24p0o2.js","_app/immutable/nodes/40.CjHHV2bB.js","_app/immutable/nodes/41.BS_nPu-j.js","_app/immutable/nodes/42.Di1PdC1O.js","_app/immutable/nodes/43.BGeJFXHb.js","_app/immutable/nodes/44.4gKpvufE.js","_app/immutable/nodes/45.DjK2m-MM.js","_app/immutable/nodes/46.DtYZOHYd.js","_app/immutable/nodes/47.B0O940MU.js","_app/immutable/nodes/48.UEFF-TId.js","_app/immutable/nodes/49.B_NGe6Sm.js","_app/immutable/nodes/50.ZAN5Mzno.js","_app/immutable/nodes/51.nJOvvpqy.js","_app/immutable/nodes/52.C4tN1v4F.js","_app/immutable/nodes/53.Ck0ah_UW.js","_app/immutable/nodes/54.BP8p2KR-.js","_app/immutable/nodes/55.CAVNNojC.js","_app/immutable/nodes/56.DN1pxkoI.js","_app/immutable/nodes/57.OCBfDfE-.js","_app/immutable/nodes/58.DQUGnwFr.js","_app/immutable/nodes/59.BlMxT5AM.js"],css:[["_app/immutable/assets/0.o1fMuIzd.css"],[],[],[],[],[],[],[],[],[],[],[],[],["_app/immutable/assets/rating-history.BRZKQXal.css","_app/immutable/assets/rating-chart.B0rbCu5w.css"],["_app/immutable/assets/14.j-vY7cRl.css"],[],[],[],["_app/immutable/assets/18.BayATZGN.css"],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],["_app/immutable/assets/rating-history.BRZKQXal.css","_app/immutable/assets/rating-chart.B0rbCu5w.css"],[],[],[],[],[],[],[],["_app/immutable/assets/46.Bebjdg3W.css"],["_app/immutable/assets/rating-history.BRZKQXal.css","_app/immutable/assets/rating-chart.B0rbCu5w.css","_app/immutable/assets/invitation-letter.BNPCBDfN.css"],[],["_app/immutable/assets/49.BF8hPqug.css"],[],["_app/immutable/assets/invitation-letter.BNPCBDfN.css"],["_app/immutable/assets/invitation-letter.BNPCBDfN.css"],["_app/immutable/assets/rating-chart.B0rbCu5w.css"],[],[],[],[],[],["_app/immutable/assets/59.DOSHXRXa.css"]],routes:[{id:"/(public)",pattern:new RegExp("^\\/$"),params:[],layouts:[[true,0]],errors:[1],leaf:[false,39]},{id:"/(account)/account",pattern:new RegExp("^\\/account\\/?$"),params:[],layouts:[[true,0],[true,2]],errors:[1,void 0],leaf:[false,6]},{id:"/(account)/account/passkeys",pattern:new RegExp("^\\/account\\/passkeys\\/?$"),params:[],layouts:[[true,0],[true,2]],errors:[1,void 0],leaf:[true,7]},{id:"/(account)/account/password",pattern:new RegExp("^\\/account\\/password\\/?$"),params:[],layouts:[[true,0],[true,2]],errors:[1,void 0],leaf:[false,8]},{id:"/(account)/account/sessions",pattern:new RegExp("^\\/account\\/sessions\\/?$"),params:[],layouts:[[true,0],[true,2]],errors:[1,void 0],leaf:[true,9]},{id:"/(public)/activate/[[code]]",pattern:new RegExp("^\\/activate(?:\\/([^/]+))?\\/?$"),params:[{name:"code",matcher:void 0,optional:true,rest:false,chained:true}],layouts:[[true,0]],errors:[1],leaf:[true,40]},{id:"/(helper)/helper",pattern:new RegExp("^\\/helper\\/?$"),params:[],layouts:[[true,0],[true,4]],errors:[1,void 0],leaf:[true,32]},{id:"/(helper)/helper/[citizenId]",pattern:new RegExp("^\\/helper\\/([^/]+?)\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,4]],errors:[1,void 0],leaf:[true,33]},{id:"/(helper)/helper/[citizenId]/dreams",pattern:new RegExp("^\\/helper\\/([^/]+?)\\/dreams\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,4]],errors:[1,void 0],leaf:[true,35]},{id:"/(helper)/helper/[citizenId]/meetings",pattern:new RegExp("^\\/helper\\/([^/]+?)\\/meetings\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,4]],errors:[1,void 0],leaf:[true,36]},{id:"/(helper)/helper/[citizenId]/plan",pattern:new RegExp("^\\/helper\\/([^/]+?)\\/plan\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,4]],errors:[1,void 0],leaf:[true,37]},{id:"/(helper)/helper/[citizenId]/ratings",pattern:new RegExp("^\\/helper\\/([^/]+?)\\/ratings\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,4]],errors:[1,void 0],leaf:[true,38]},{id:"/(helper)/helper/[citizenId]/[area=grantable]",pattern:new RegExp("^\\/helper\\/([^/]+?)\\/([^/]+?)\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false},{name:"area",matcher:"grantable",optional:false,rest:false,chained:false}],layouts:[[true,0],[true,4]],errors:[1,void 0],leaf:[true,34]},{id:"/(public)/help",pattern:new RegExp("^\\/help\\/?$"),params:[],layouts:[[true,0]],errors:[1],leaf:[true,41]},{id:"/(public)/invite/[token]",pattern:new RegExp("^\\/invite\\/([^/]+?)\\/?$"),params:[{name:"token",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0]],errors:[1],leaf:[true,42]},{id:"/(public)/login",pattern:new RegExp("^\\/login\\/?$"),params:[],layouts:[[true,0]],errors:[1],leaf:[true,43]},{id:"/(public)/logout",pattern:new RegExp("^\\/logout\\/?$"),params:[],layouts:[[true,0]],errors:[1],leaf:[true,44]},{id:"/(citizen)/me",pattern:new RegExp("^\\/me\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,10]},{id:"/(citizen)/me/access-log",pattern:new RegExp("^\\/me\\/access-log\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,12]},{id:"/(citizen)/me/collaboration",pattern:new RegExp("^\\/me\\/collaboration\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,13]},{id:"/(citizen)/me/collaboration/new",pattern:new RegExp("^\\/me\\/collaboration\\/new\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,14]},{id:"/(citizen)/me/contact-person",pattern:new RegExp("^\\/me\\/contact-person\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,16]},{id:"/(citizen)/me/contact-person/choose",pattern:new RegExp("^\\/me\\/contact-person\\/choose\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,17]},{id:"/(citizen)/me/contact-person/workers",pattern:new RegExp("^\\/me\\/contact-person\\/workers\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,18]},{id:"/(citizen)/me/contact",pattern:new RegExp("^\\/me\\/contact\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,15]},{id:"/(citizen)/me/data",pattern:new RegExp("^\\/me\\/data\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,19]},{id:"/(citizen)/me/data/print",pattern:new RegExp("^\\/me\\/data\\/print\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,20]},{id:"/(citizen)/me/dreams",pattern:new RegExp("^\\/me\\/dreams\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,21]},{id:"/(citizen)/me/dreams/new",pattern:new RegExp("^\\/me\\/dreams\\/new\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,23]},{id:"/(citizen)/me/dreams/[dreamId]",pattern:new RegExp("^\\/me\\/dreams\\/([^/]+?)\\/?$"),params:[{name:"dreamId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,22]},{id:"/(citizen)/me/helpers",pattern:new RegExp("^\\/me\\/helpers\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,24]},{id:"/(citizen)/me/helpers/new",pattern:new RegExp("^\\/me\\/helpers\\/new\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,26]},{id:"/(citizen)/me/helpers/[grantId]",pattern:new RegExp("^\\/me\\/helpers\\/([^/]+?)\\/?$"),params:[{name:"grantId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,25]},{id:"/(citizen)/me/meetings",pattern:new RegExp("^\\/me\\/meetings\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,27]},{id:"/(citizen)/me/meetings/[meetingId]",pattern:new RegExp("^\\/me\\/meetings\\/([^/]+?)\\/?$"),params:[{name:"meetingId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,28]},{id:"/(citizen)/me/plan",pattern:new RegExp("^\\/me\\/plan\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,29]},{id:"/(citizen)/me/plan/new",pattern:new RegExp("^\\/me\\/plan\\/new\\/?$"),params:[],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,31]},{id:"/(citizen)/me/plan/[goalId]",pattern:new RegExp("^\\/me\\/plan\\/([^/]+?)\\/?$"),params:[{name:"goalId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[true,30]},{id:"/(citizen)/me/[area=comingSoon]",pattern:new RegExp("^\\/me\\/([^/]+?)\\/?$"),params:[{name:"area",matcher:"comingSoon",optional:false,rest:false,chained:false}],layouts:[[true,0],[true,3]],errors:[1,void 0],leaf:[false,11]},{id:"/(public)/offline",pattern:new RegExp("^\\/offline\\/?$"),params:[],layouts:[[true,0]],errors:[1],leaf:[false,45]},{id:"/(staff)/staff",pattern:new RegExp("^\\/staff\\/?$"),params:[],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,46]},{id:"/(staff)/staff/citizens/new",pattern:new RegExp("^\\/staff\\/citizens\\/new\\/?$"),params:[],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,52]},{id:"/(staff)/staff/citizens/[citizenId]",pattern:new RegExp("^\\/staff\\/citizens\\/([^/]+?)\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,47]},{id:"/(staff)/staff/citizens/[citizenId]/access-log",pattern:new RegExp("^\\/staff\\/citizens\\/([^/]+?)\\/access-log\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,48]},{id:"/(staff)/staff/citizens/[citizenId]/meetings/new",pattern:new RegExp("^\\/staff\\/citizens\\/([^/]+?)\\/meetings\\/new\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,50]},{id:"/(staff)/staff/citizens/[citizenId]/meetings/[meetingId]",pattern:new RegExp("^\\/staff\\/citizens\\/([^/]+?)\\/meetings\\/([^/]+?)\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false},{name:"meetingId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,49]},{id:"/(staff)/staff/citizens/[citizenId]/reset-access",pattern:new RegExp("^\\/staff\\/citizens\\/([^/]+?)\\/reset-access\\/?$"),params:[{name:"citizenId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,51]},{id:"/(staff)/staff/collaboration",pattern:new RegExp("^\\/staff\\/collaboration\\/?$"),params:[],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,53]},{id:"/(staff)/staff/deletion-requests",pattern:new RegExp("^\\/staff\\/deletion-requests\\/?$"),params:[],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,54]},{id:"/(staff)/staff/question-sets",pattern:new RegExp("^\\/staff\\/question-sets\\/?$"),params:[],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,55]},{id:"/(staff)/staff/settings",pattern:new RegExp("^\\/staff\\/settings\\/?$"),params:[],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,56]},{id:"/(staff)/staff/wishes",pattern:new RegExp("^\\/staff\\/wishes\\/?$"),params:[],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,57]},{id:"/(staff)/staff/workers",pattern:new RegExp("^\\/staff\\/workers\\/?$"),params:[],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,58]},{id:"/(staff)/staff/workers/[workerId]",pattern:new RegExp("^\\/staff\\/workers\\/([^/]+?)\\/?$"),params:[{name:"workerId",matcher:void 0,optional:false,rest:false,chained:false}],layouts:[[true,0],[true,5]],errors:[1,void 0],leaf:[true,59]}]},
	
	nodes: [
		__memo(() => import('./nodes/0.js')),
		__memo(() => import('./nodes/1.js')),
		__memo(() => import('./nodes/2.js')),
		__memo(() => import('./nodes/3.js')),
		__memo(() => import('./nodes/4.js')),
		__memo(() => import('./nodes/5.js')),
		__memo(() => import('./nodes/6.js')),
		__memo(() => import('./nodes/7.js')),
		__memo(() => import('./nodes/8.js')),
		__memo(() => import('./nodes/9.js')),
		__memo(() => import('./nodes/10.js')),
		__memo(() => import('./nodes/11.js')),
		__memo(() => import('./nodes/12.js')),
		__memo(() => import('./nodes/13.js')),
		__memo(() => import('./nodes/14.js')),
		__memo(() => import('./nodes/15.js')),
		__memo(() => import('./nodes/16.js')),
		__memo(() => import('./nodes/17.js')),
		__memo(() => import('./nodes/18.js')),
		__memo(() => import('./nodes/19.js')),
		__memo(() => import('./nodes/20.js')),
		__memo(() => import('./nodes/21.js')),
		__memo(() => import('./nodes/22.js')),
		__memo(() => import('./nodes/23.js')),
		__memo(() => import('./nodes/24.js')),
		__memo(() => import('./nodes/25.js')),
		__memo(() => import('./nodes/26.js')),
		__memo(() => import('./nodes/27.js')),
		__memo(() => import('./nodes/28.js')),
		__memo(() => import('./nodes/29.js')),
		__memo(() => import('./nodes/30.js')),
		__memo(() => import('./nodes/31.js')),
		__memo(() => import('./nodes/32.js')),
		__memo(() => import('./nodes/33.js')),
		__memo(() => import('./nodes/34.js')),
		__memo(() => import('./nodes/35.js')),
		__memo(() => import('./nodes/36.js')),
		__memo(() => import('./nodes/37.js')),
		__memo(() => import('./nodes/38.js')),
		__memo(() => import('./nodes/39.js')),
		__memo(() => import('./nodes/40.js')),
		__memo(() => import('./nodes/41.js')),
		__memo(() => import('./nodes/42.js')),
		__memo(() => import('./nodes/43.js')),
		__memo(() => import('./nodes/44.js')),
		__memo(() => import('./nodes/46.js')),
		__memo(() => import('./nodes/47.js')),
		__memo(() => import('./nodes/48.js')),
		__memo(() => import('./nodes/49.js')),
		__memo(() => import('./nodes/50.js')),
		__memo(() => import('./nodes/51.js')),
		__memo(() => import('./nodes/52.js')),
		__memo(() => import('./nodes/53.js')),
		__memo(() => import('./nodes/54.js')),
		__memo(() => import('./nodes/55.js')),
		__memo(() => import('./nodes/56.js')),
		__memo(() => import('./nodes/57.js')),
		__memo(() => import('./nodes/58.js')),
		__memo(() => import('./nodes/59.js'))
	],
	remotes: {
		
	},
	routes: [
		{
			id: "/(public)",
			pattern: /^\/$/,
			params: [],
			page: { layouts: [0,], errors: [1,], leaf: 39 },
			endpoint: null
		},
		{
			id: "/(account)/account",
			pattern: /^\/account\/?$/,
			params: [],
			page: { layouts: [0,2,], errors: [1,,], leaf: 6 },
			endpoint: null
		},
		{
			id: "/(account)/account/passkeys",
			pattern: /^\/account\/passkeys\/?$/,
			params: [],
			page: { layouts: [0,2,], errors: [1,,], leaf: 7 },
			endpoint: null
		},
		{
			id: "/(account)/account/passkeys/options",
			pattern: /^\/account\/passkeys\/options\/?$/,
			params: [],
			page: null,
			endpoint: __memo(() => import('./entries/endpoints/(account)/account/passkeys/options/_server.ts.js'))
		},
		{
			id: "/(account)/account/passkeys/register",
			pattern: /^\/account\/passkeys\/register\/?$/,
			params: [],
			page: null,
			endpoint: __memo(() => import('./entries/endpoints/(account)/account/passkeys/register/_server.ts.js'))
		},
		{
			id: "/(account)/account/password",
			pattern: /^\/account\/password\/?$/,
			params: [],
			page: { layouts: [0,2,], errors: [1,,], leaf: 8 },
			endpoint: null
		},
		{
			id: "/(account)/account/sessions",
			pattern: /^\/account\/sessions\/?$/,
			params: [],
			page: { layouts: [0,2,], errors: [1,,], leaf: 9 },
			endpoint: null
		},
		{
			id: "/(public)/activate/[[code]]",
			pattern: /^\/activate(?:\/([^/]+))?\/?$/,
			params: [{"name":"code","optional":true,"rest":false,"chained":true}],
			page: { layouts: [0,], errors: [1,], leaf: 40 },
			endpoint: null
		},
		{
			id: "/(helper)/helper",
			pattern: /^\/helper\/?$/,
			params: [],
			page: { layouts: [0,4,], errors: [1,,], leaf: 32 },
			endpoint: null
		},
		{
			id: "/(helper)/helper/[citizenId]",
			pattern: /^\/helper\/([^/]+?)\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,4,], errors: [1,,], leaf: 33 },
			endpoint: null
		},
		{
			id: "/(helper)/helper/[citizenId]/dreams",
			pattern: /^\/helper\/([^/]+?)\/dreams\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,4,], errors: [1,,], leaf: 35 },
			endpoint: null
		},
		{
			id: "/(helper)/helper/[citizenId]/meetings",
			pattern: /^\/helper\/([^/]+?)\/meetings\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,4,], errors: [1,,], leaf: 36 },
			endpoint: null
		},
		{
			id: "/(helper)/helper/[citizenId]/plan",
			pattern: /^\/helper\/([^/]+?)\/plan\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,4,], errors: [1,,], leaf: 37 },
			endpoint: null
		},
		{
			id: "/(helper)/helper/[citizenId]/ratings",
			pattern: /^\/helper\/([^/]+?)\/ratings\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,4,], errors: [1,,], leaf: 38 },
			endpoint: null
		},
		{
			id: "/(helper)/helper/[citizenId]/[area=grantable]",
			pattern: /^\/helper\/([^/]+?)\/([^/]+?)\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false},{"name":"area","matcher":"grantable","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,4,], errors: [1,,], leaf: 34 },
			endpoint: null
		},
		{
			id: "/(public)/help",
			pattern: /^\/help\/?$/,
			params: [],
			page: { layouts: [0,], errors: [1,], leaf: 41 },
			endpoint: null
		},
		{
			id: "/(public)/invite/[token]",
			pattern: /^\/invite\/([^/]+?)\/?$/,
			params: [{"name":"token","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,], errors: [1,], leaf: 42 },
			endpoint: null
		},
		{
			id: "/(public)/login",
			pattern: /^\/login\/?$/,
			params: [],
			page: { layouts: [0,], errors: [1,], leaf: 43 },
			endpoint: null
		},
		{
			id: "/(public)/login/passkey/options",
			pattern: /^\/login\/passkey\/options\/?$/,
			params: [],
			page: null,
			endpoint: __memo(() => import('./entries/endpoints/(public)/login/passkey/options/_server.ts.js'))
		},
		{
			id: "/(public)/login/passkey/verify",
			pattern: /^\/login\/passkey\/verify\/?$/,
			params: [],
			page: null,
			endpoint: __memo(() => import('./entries/endpoints/(public)/login/passkey/verify/_server.ts.js'))
		},
		{
			id: "/(public)/logout",
			pattern: /^\/logout\/?$/,
			params: [],
			page: { layouts: [0,], errors: [1,], leaf: 44 },
			endpoint: null
		},
		{
			id: "/(citizen)/me",
			pattern: /^\/me\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 10 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/access-log",
			pattern: /^\/me\/access-log\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 12 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/collaboration",
			pattern: /^\/me\/collaboration\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 13 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/collaboration/new",
			pattern: /^\/me\/collaboration\/new\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 14 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/contact-person",
			pattern: /^\/me\/contact-person\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 16 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/contact-person/choose",
			pattern: /^\/me\/contact-person\/choose\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 17 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/contact-person/workers",
			pattern: /^\/me\/contact-person\/workers\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 18 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/contact",
			pattern: /^\/me\/contact\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 15 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/data",
			pattern: /^\/me\/data\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 19 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/data/export.json",
			pattern: /^\/me\/data\/export\.json\/?$/,
			params: [],
			page: null,
			endpoint: __memo(() => import('./entries/endpoints/(citizen)/me/data/export.json/_server.ts.js'))
		},
		{
			id: "/(citizen)/me/data/print",
			pattern: /^\/me\/data\/print\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 20 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/dreams",
			pattern: /^\/me\/dreams\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 21 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/dreams/new",
			pattern: /^\/me\/dreams\/new\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 23 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/dreams/[dreamId]",
			pattern: /^\/me\/dreams\/([^/]+?)\/?$/,
			params: [{"name":"dreamId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,3,], errors: [1,,], leaf: 22 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/helpers",
			pattern: /^\/me\/helpers\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 24 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/helpers/new",
			pattern: /^\/me\/helpers\/new\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 26 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/helpers/[grantId]",
			pattern: /^\/me\/helpers\/([^/]+?)\/?$/,
			params: [{"name":"grantId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,3,], errors: [1,,], leaf: 25 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/meetings",
			pattern: /^\/me\/meetings\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 27 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/meetings/[meetingId]",
			pattern: /^\/me\/meetings\/([^/]+?)\/?$/,
			params: [{"name":"meetingId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,3,], errors: [1,,], leaf: 28 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/plan",
			pattern: /^\/me\/plan\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 29 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/plan/new",
			pattern: /^\/me\/plan\/new\/?$/,
			params: [],
			page: { layouts: [0,3,], errors: [1,,], leaf: 31 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/plan/[goalId]",
			pattern: /^\/me\/plan\/([^/]+?)\/?$/,
			params: [{"name":"goalId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,3,], errors: [1,,], leaf: 30 },
			endpoint: null
		},
		{
			id: "/(citizen)/me/[area=comingSoon]",
			pattern: /^\/me\/([^/]+?)\/?$/,
			params: [{"name":"area","matcher":"comingSoon","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,3,], errors: [1,,], leaf: 11 },
			endpoint: null
		},
		{
			id: "/photos/[workerId]",
			pattern: /^\/photos\/([^/]+?)\/?$/,
			params: [{"name":"workerId","optional":false,"rest":false,"chained":false}],
			page: null,
			endpoint: __memo(() => import('./entries/endpoints/photos/_workerId_/_server.ts.js'))
		},
		{
			id: "/(staff)/staff",
			pattern: /^\/staff\/?$/,
			params: [],
			page: { layouts: [0,5,], errors: [1,,], leaf: 45 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/citizens/new",
			pattern: /^\/staff\/citizens\/new\/?$/,
			params: [],
			page: { layouts: [0,5,], errors: [1,,], leaf: 51 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/citizens/[citizenId]",
			pattern: /^\/staff\/citizens\/([^/]+?)\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,5,], errors: [1,,], leaf: 46 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/citizens/[citizenId]/access-log",
			pattern: /^\/staff\/citizens\/([^/]+?)\/access-log\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,5,], errors: [1,,], leaf: 47 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/citizens/[citizenId]/meetings/new",
			pattern: /^\/staff\/citizens\/([^/]+?)\/meetings\/new\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,5,], errors: [1,,], leaf: 49 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/citizens/[citizenId]/meetings/[meetingId]",
			pattern: /^\/staff\/citizens\/([^/]+?)\/meetings\/([^/]+?)\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false},{"name":"meetingId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,5,], errors: [1,,], leaf: 48 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/citizens/[citizenId]/reset-access",
			pattern: /^\/staff\/citizens\/([^/]+?)\/reset-access\/?$/,
			params: [{"name":"citizenId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,5,], errors: [1,,], leaf: 50 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/collaboration",
			pattern: /^\/staff\/collaboration\/?$/,
			params: [],
			page: { layouts: [0,5,], errors: [1,,], leaf: 52 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/deletion-requests",
			pattern: /^\/staff\/deletion-requests\/?$/,
			params: [],
			page: { layouts: [0,5,], errors: [1,,], leaf: 53 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/question-sets",
			pattern: /^\/staff\/question-sets\/?$/,
			params: [],
			page: { layouts: [0,5,], errors: [1,,], leaf: 54 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/settings",
			pattern: /^\/staff\/settings\/?$/,
			params: [],
			page: { layouts: [0,5,], errors: [1,,], leaf: 55 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/wishes",
			pattern: /^\/staff\/wishes\/?$/,
			params: [],
			page: { layouts: [0,5,], errors: [1,,], leaf: 56 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/workers",
			pattern: /^\/staff\/workers\/?$/,
			params: [],
			page: { layouts: [0,5,], errors: [1,,], leaf: 57 },
			endpoint: null
		},
		{
			id: "/(staff)/staff/workers/[workerId]",
			pattern: /^\/staff\/workers\/([^/]+?)\/?$/,
			params: [{"name":"workerId","optional":false,"rest":false,"chained":false}],
			page: { layouts: [0,5,], errors: [1,,], leaf: 58 },
			endpoint: null
		}
	],
	prerendered_routes: new Set(["/offline","/offline/__data.json","/offline/__route.js","/_app/routes/(public)/offline/__route.js","/en/offline","/en/offline/__data.json","/en/offline/__route.js"]),
	matchers: async () => {
		const { params } = await import('./entries/params.js');
		return params;
	},
	server_assets: {}
}
})();
