#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 166:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* module decorator */ module = __nccwpck_require__.nmd(module);

// We are modularizing this manually because the current modularize setting in Emscripten has some issues:
// https://github.com/kripken/emscripten/issues/5820
// In addition, When you use emcc's modularization, it still expects to export a global object called `Module`,
// which is able to be used/called before the WASM is loaded.
// The modularization below exports a promise that loads and resolves to the actual sql.js module.
// That way, this module can't be used before the WASM is finished loading.

// We are going to define a function that a user will call to start loading initializing our Sql.js library
// However, that function might be called multiple times, and on subsequent calls, we don't actually want it to instantiate a new instance of the Module
// Instead, we want to return the previously loaded module

// TODO: Make this not declare a global if used in the browser
var initSqlJsPromise = undefined;

var initSqlJs = function (moduleConfig) {

    if (initSqlJsPromise){
      return initSqlJsPromise;
    }
    // If we're here, we've never called this function before
    initSqlJsPromise = new Promise(function (resolveModule, reject) {

        // We are modularizing this manually because the current modularize setting in Emscripten has some issues:
        // https://github.com/kripken/emscripten/issues/5820

        // The way to affect the loading of emcc compiled modules is to create a variable called `Module` and add
        // properties to it, like `preRun`, `postRun`, etc
        // We are using that to get notified when the WASM has finished loading.
        // Only then will we return our promise

        // If they passed in a moduleConfig object, use that
        // Otherwise, initialize Module to the empty object
        var Module = typeof moduleConfig !== 'undefined' ? moduleConfig : {};

        // EMCC only allows for a single onAbort function (not an array of functions)
        // So if the user defined their own onAbort function, we remember it and call it
        var originalOnAbortFunction = Module['onAbort'];
        Module['onAbort'] = function (errorThatCausedAbort) {
            reject(new Error(errorThatCausedAbort));
            if (originalOnAbortFunction){
              originalOnAbortFunction(errorThatCausedAbort);
            }
        };

        Module['postRun'] = Module['postRun'] || [];
        Module['postRun'].push(function () {
            // When Emscripted calls postRun, this promise resolves with the built Module
            resolveModule(Module);
        });

        // There is a section of code in the emcc-generated code below that looks like this:
        // (Note that this is lowercase `module`)
        // if (typeof module !== 'undefined') {
        //     module['exports'] = Module;
        // }
        // When that runs, it's going to overwrite our own modularization export efforts in shell-post.js!
        // The only way to tell emcc not to emit it is to pass the MODULARIZE=1 or MODULARIZE_INSTANCE=1 flags,
        // but that carries with it additional unnecessary baggage/bugs we don't want either.
        // So, we have three options:
        // 1) We undefine `module`
        // 2) We remember what `module['exports']` was at the beginning of this function and we restore it later
        // 3) We write a script to remove those lines of code as part of the Make process.
        //
        // Since those are the only lines of code that care about module, we will undefine it. It's the most straightforward
        // of the options, and has the side effect of reducing emcc's efforts to modify the module if its output were to change in the future.
        // That's a nice side effect since we're handling the modularization efforts ourselves
        module = undefined;

        // The emcc-generated code and shell-post.js code goes below,
        // meaning that all of it runs inside of this promise. If anything throws an exception, our promise will abort
var k;k||=typeof Module !== 'undefined' ? Module : {};var aa=!!globalThis.window,ba=!!globalThis.WorkerGlobalScope;
k.onRuntimeInitialized=function(){function a(f,h){mb(f,h instanceof Error?h.message:String(h),-1)}function b(f,h){switch(typeof h){case "boolean":ic(f,h?1:0);break;case "number":jc(f,h);break;case "string":kc(f,h,l(h),-1);break;case "object":if(h===null)nb(f);else if(h.length!=null){var p=ca(h.length);v.set(h,p);lc(f,p,h.length,-1);da(p)}else mb(f,"Wrong API use : tried to return a value of an unknown type ("+h+").",-1);break;default:nb(f)}}function d(f,h){for(var p=[],r=0;r<f;r+=1){var u=y(h+4*r,
"i32"),w=mc(u);if(w===1||w===2)u=nc(u);else if(w===3)w=ob(u),u=oc(u),u=A(u,w,!0);else if(w===4){w=u;u=ob(w);w=pc(w);for(var x=new Uint8Array(u),G=0;G<u;G+=1)x[G]=v[w+G];u=x}else u=null;p.push(u)}return p}function c(f,h){this.Va=f;this.db=h;this.Ta=1;this.Eb=[]}function e(f,h){this.db=h;this.tb=ea(f);if(this.tb===null)throw Error("Unable to allocate memory for the SQL string");this.zb=this.tb;this.fb=this.Kb=null}function g(f){this.filename="dbfile_"+(4294967295*Math.random()>>>0);f!=null&&fa(this.filename,
f);this.handleError(F(this.filename,q));this.db=y(q,"i32");z&&qc(this.db);this.Bb={};this.ab=new Map}function m(f,h){return f.replace(/[A-Z]/g,function(p){return p.toLowerCase()})+":"+h}function t(f){f.forEach(ja)}var z=k.useOldExtensionFunctions!==!1,q=ka(4),n=k.cwrap,F=n("sqlite3_open","number",["string","number"]),S=n("sqlite3_close_v2","number",["number"]),Oa=n("sqlite3_backup_init","number",["number","string","number","string"]),ma=n("sqlite3_backup_step","number",["number","number"]),na=n("sqlite3_backup_finish",
"number",["number"]),ha=n("sqlite3_exec","number",["number","number","number","number","number"]),za=n("sqlite3_changes","number",["number"]),N=n("sqlite3_sql","string",["number"]),rc=n("sqlite3_normalized_sql","string",["number"]),Pa=n("sqlite3_prepare_v2","number",["number","number","number","number","number"]),sc=n("sqlite3_bind_text","number",["number","number","number","number","number"]),qb=n("sqlite3_bind_blob","number",["number","number","number","number","number"]),tc=n("sqlite3_bind_double",
"number",["number","number","number"]),uc=n("sqlite3_bind_int","number",["number","number","number"]),vc=n("sqlite3_bind_parameter_index","number",["number","string"]),wc=n("sqlite3_step","number",["number"]),ia=n("sqlite3_errmsg","string",["number"]),xc=n("sqlite3_column_count","number",["number"]),yc=n("sqlite3_data_count","number",["number"]),zc=n("sqlite3_column_double","number",["number","number"]),Ac=n("sqlite3_column_text","number",["number","number"]),Bc=n("sqlite3_column_blob","number",["number",
"number"]),rb=n("sqlite3_column_bytes","number",["number","number"]),Cc=n("sqlite3_column_type","number",["number","number"]),Dc=n("sqlite3_column_name","string",["number","number"]),Ec=n("sqlite3_reset","number",["number"]),Fc=n("sqlite3_clear_bindings","number",["number"]),Gc=n("sqlite3_finalize","number",["number"]),sb=n("sqlite3_create_function_v2","number","number string number number number number number number number".split(" ")),mc=n("sqlite3_value_type","number",["number"]),ob=n("sqlite3_value_bytes",
"number",["number"]),oc=n("sqlite3_value_text","number",["number"]),pc=n("sqlite3_value_blob","number",["number"]),nc=n("sqlite3_value_double","number",["number"]),jc=n("sqlite3_result_double","",["number","number"]),nb=n("sqlite3_result_null","",["number"]),kc=n("sqlite3_result_text","",["number","string","number","number"]),lc=n("sqlite3_result_blob","",["number","number","number","number"]),ic=n("sqlite3_result_int","",["number","number"]),mb=n("sqlite3_result_error","",["number","string","number"]),
tb=n("sqlite3_aggregate_context","number",["number","number"]),qc=n("RegisterExtensionFunctions","number",["number"]),ub=n("sqlite3_update_hook","number",["number","number","number"]);c.prototype.bind=function(f){if(!this.Va)throw"Statement closed";this.reset();return Array.isArray(f)?this.bc(f):f!=null&&typeof f==="object"?this.cc(f):!0};c.prototype.step=function(){if(!this.Va)throw"Statement closed";this.Ta=1;var f=wc(this.Va);switch(f){case 100:return!0;case 101:return!1;default:throw this.db.handleError(f);
}};c.prototype.Ub=function(f){f==null&&(f=this.Ta,this.Ta+=1);return zc(this.Va,f)};c.prototype.oc=function(f){f==null&&(f=this.Ta,this.Ta+=1);if(typeof BigInt!=="function")throw Error("BigInt is not supported");return BigInt(this.Vb(f))};c.prototype.Vb=function(f){f==null&&(f=this.Ta,this.Ta+=1);var h=Ac(this.Va,f);f=rb(this.Va,f);return A(h,f,!0)};c.prototype.getBlob=function(f){f==null&&(f=this.Ta,this.Ta+=1);var h=rb(this.Va,f);f=Bc(this.Va,f);for(var p=new Uint8Array(h),r=0;r<h;r+=1)p[r]=v[f+
r];return p};c.prototype.get=function(f,h){h=h||{};f!=null&&this.bind(f)&&this.step();f=[];for(var p=yc(this.Va),r=0;r<p;r+=1)switch(Cc(this.Va,r)){case 1:var u=h.useBigInt?this.oc(r):this.Ub(r);f.push(u);break;case 2:f.push(this.Ub(r));break;case 3:f.push(this.Vb(r));break;case 4:f.push(this.getBlob(r));break;default:f.push(null)}return f};c.prototype.Ib=function(){for(var f=[],h=xc(this.Va),p=0;p<h;p+=1)f.push(Dc(this.Va,p));return f};c.prototype.Tb=function(f,h){var p=this.get(f,h);f=this.Ib();
return Object.fromEntries(f.map(function(r,u){return[r,p[u]]}))};c.prototype.tc=function(){return N(this.Va)};c.prototype.qc=function(){return rc(this.Va)};c.prototype.run=function(f){f!=null&&this.bind(f);this.step();return this.reset()};c.prototype.Pb=function(f,h){h==null&&(h=this.Ta,this.Ta+=1);var p=ea(f);this.Eb.push(p);this.db.handleError(sc(this.Va,h,p,l(f),0))};c.prototype.ac=function(f,h){h==null&&(h=this.Ta,this.Ta+=1);var p=ca(f.length);v.set(f,p);this.Eb.push(p);this.db.handleError(qb(this.Va,
h,p,f.length,0))};c.prototype.Ob=function(f,h){h==null&&(h=this.Ta,this.Ta+=1);this.db.handleError((f===(f|0)?uc:tc)(this.Va,h,f))};c.prototype.dc=function(f){f==null&&(f=this.Ta,this.Ta+=1);qb(this.Va,f,0,0,0)};c.prototype.Qb=function(f,h){h==null&&(h=this.Ta,this.Ta+=1);switch(typeof f){case "string":this.Pb(f,h);return;case "number":this.Ob(f,h);return;case "bigint":this.Pb(f.toString(),h);return;case "boolean":this.Ob(f+0,h);return;case "object":if(f===null){this.dc(h);return}if(f.length!=null){this.ac(f,
h);return}}throw"Wrong API use : tried to bind a value of an unknown type ("+f+").";};c.prototype.cc=function(f){var h=this;Object.keys(f).forEach(function(p){var r=vc(h.Va,p);r!==0&&h.Qb(f[p],r)});return!0};c.prototype.bc=function(f){for(var h=0;h<f.length;h+=1)this.Qb(f[h],h+1);return!0};c.prototype.reset=function(){this.Hb();return Fc(this.Va)===0&&Ec(this.Va)===0};c.prototype.Hb=function(){for(var f;(f=this.Eb.pop())!==void 0;)da(f)};c.prototype.jb=function(){this.Hb();var f=Gc(this.Va)===0;delete this.db.Bb[this.Va];
this.Va=0;return f};e.prototype.next=function(){if(this.tb===null)return{done:!0};this.fb!==null&&(this.fb.jb(),this.fb=null);if(!this.db.db)throw this.ub(),Error("Database closed");var f=la(),h=ka(4);oa(q);oa(h);try{this.db.handleError(Pa(this.db.db,this.zb,-1,q,h));this.zb=y(h,"i32");var p=y(q,"i32");if(p===0)return this.ub(),{done:!0};this.fb=new c(p,this.db);this.db.Bb[p]=this.fb;return{value:this.fb,done:!1}}catch(r){throw this.Kb=A(this.zb),this.ub(),r;}finally{pa(f)}};e.prototype.ub=function(){da(this.tb);
this.tb=null};e.prototype["return"]=function(){this.fb!==null&&(this.fb.jb(),this.fb=null);this.ub();return{done:!0}};e.prototype.rc=function(){return this.Kb!==null?this.Kb:A(this.zb)};typeof Symbol==="function"&&typeof Symbol.iterator==="symbol"&&(e.prototype[Symbol.iterator]=function(){return this});g.prototype.run=function(f,h){if(!this.db)throw"Database closed";if(h){f=this.Lb(f,h);try{f.step()}finally{f.jb()}}else{f=ea(f);try{this.handleError(ha(this.db,f,0,0,q))}finally{da(f)}}return this};
g.prototype.exec=function(f,h,p){if(!this.db)throw"Database closed";var r=la(),u=null,w=null,x=null;try{x=w=ea(f);var G=ka(4);for(f=[];y(x,"i8")!==0;){oa(q);oa(G);this.handleError(Pa(this.db,x,-1,q,G));var T=y(q,"i32");x=y(G,"i32");if(T!==0){var D=null;u=new c(T,this);for(h!=null&&u.bind(h);u.step();)D===null&&(D={columns:u.Ib(),values:[]},f.push(D)),D.values.push(u.get(null,p));u.jb()}}return f}catch(K){throw u&&u.jb(),K;}finally{w&&da(w),pa(r)}};g.prototype.lc=function(f,h,p,r,u){typeof h==="function"&&
(r=p,p=h,h=void 0);f=this.Lb(f,h);try{for(;f.step();)p(f.Tb(null,u))}finally{f.jb()}if(typeof r==="function")return r()};g.prototype.Lb=function(f,h){f=ea(f);try{oa(q),this.handleError(Pa(this.db,f,-1,q,0))}finally{da(f)}f=y(q,"i32");if(f===0)throw"Nothing to prepare";var p=new c(f,this);h!=null&&p.bind(h);return this.Bb[f]=p};g.prototype.wc=function(f){return new e(f,this)};g.prototype.nc=function(){if(!this.db)throw Error("Database closed");var f=this.filename+"_export";fa(f,[]);var h=0,p=0;try{var r=
B(f).node,u=null,w=r.Qa.write;r.Qa=Object.create(r.Qa);r.Qa.write=function(T,D,K,V,U){if(u===null)return w(T,D,K,V,U);r.Ua.set(D.subarray(K,K+V),U);r.Wa=Math.max(r.Wa,U+V);return V};var x=F(f,q);h=y(q,"i32");if(x!==0)throw Error(ia(h));p=Oa(h,"main",this.db,"main");if(p===0)throw Error(ia(h));x=ma(p,0);if(x===0){var G=this.exec("PRAGMA main.page_count; PRAGMA main.page_size");u=new Uint8Array(G[0].values[0][0]*G[1].values[0][0]);r.Ua=u;x=ma(p,-1)}if(x===5||x===6)throw Error("Unable to export: SQLite is busy or locked. Finish active write transactions before exporting.");
if(x!==101)throw Error(ia(h));x=na(p);p=0;if(x!==0)throw Error(ia(h));x=S(h);if(x!==0)throw Error(ia(h));h=0;u=new Uint8Array(r.Ua.buffer,r.Ua.byteOffset,r.Wa);u.length>0&&(u[18]=1,u[19]=1);return u}finally{p!==0&&na(p),h!==0&&S(h),qa("/"+f)}};g.prototype.close=function(){this.db!==null&&(Object.values(this.Bb).forEach(function(f){f.jb()}),this.ab.forEach(t),this.ab.clear(),this.lb&&(ja(this.lb),this.lb=void 0),this.handleError(S(this.db)),qa("/"+this.filename),this.db=null)};g.prototype.handleError=
function(f){if(f===0)return null;f=ia(this.db);throw Error(f);};g.prototype.sc=function(){return za(this.db)};g.prototype.jc=function(f,h){var p=m(f,h.length);this.ab.has(p)&&(t(this.ab.get(p)),this.ab.delete(p));var r=ra(function(u,w,x){w=d(w,x);try{var G=h.apply(null,w)}catch(T){a(u,T);return}b(u,G)},"viii");this.ab.set(p,[r]);this.handleError(sb(this.db,f,h.length,1,0,r,0,0,0));return this};g.prototype.hc=function(f,h){function p(D){x.has(D)||x.set(D,r());return x.get(D)}var r=h.init||function(){return null},
u=h.finalize||function(D){return D},w=h.step;if(!w)throw"An aggregate function must have a step function in "+f;var x=new Map;h=m(f,w.length-1);this.ab.has(h)&&(t(this.ab.get(h)),this.ab.delete(h));var G=ra(function(D,K,V){var U=tb(D,1),Ra=p(U);K=d(K,V);Ra=[Ra].concat(K);try{x.set(U,w.apply(null,Ra))}catch(Hc){x.delete(U),a(D,Hc)}},"viii"),T=ra(function(D){var K=tb(D,1);try{var V=u(p(K))}catch(U){x.delete(K);a(D,U);return}b(D,V);x.delete(K)},"vi");this.ab.set(h,[G,T]);this.handleError(sb(this.db,
f,w.length-1,1,0,0,G,T,0));return this};g.prototype.Dc=function(f){this.lb&&(ub(this.db,0,0),ja(this.lb),this.lb=void 0);if(!f)return this;this.lb=ra(function(h,p,r,u,w){switch(p){case 18:h="insert";break;case 23:h="update";break;case 9:h="delete";break;default:throw"unknown operationCode in updateHook callback: "+p;}r=A(r);u=A(u);if(w>Number.MAX_SAFE_INTEGER)throw"rowId too big to fit inside a Number";f(h,r,u,Number(w))},"viiiij");ub(this.db,this.lb,0);return this};c.prototype.bind=c.prototype.bind;
c.prototype.step=c.prototype.step;c.prototype.get=c.prototype.get;c.prototype.getColumnNames=c.prototype.Ib;c.prototype.getAsObject=c.prototype.Tb;c.prototype.getSQL=c.prototype.tc;c.prototype.getNormalizedSQL=c.prototype.qc;c.prototype.run=c.prototype.run;c.prototype.reset=c.prototype.reset;c.prototype.freemem=c.prototype.Hb;c.prototype.free=c.prototype.jb;e.prototype.next=e.prototype.next;e.prototype.getRemainingSQL=e.prototype.rc;g.prototype.run=g.prototype.run;g.prototype.exec=g.prototype.exec;
g.prototype.each=g.prototype.lc;g.prototype.prepare=g.prototype.Lb;g.prototype.iterateStatements=g.prototype.wc;g.prototype["export"]=g.prototype.nc;g.prototype.close=g.prototype.close;g.prototype.handleError=g.prototype.handleError;g.prototype.getRowsModified=g.prototype.sc;g.prototype.create_function=g.prototype.jc;g.prototype.create_aggregate=g.prototype.hc;g.prototype.updateHook=g.prototype.Dc;k.Database=g};var sa="./this.program",ta=globalThis.document?.currentScript?.src;ba&&(ta=self.location.href);
var ua="",va,wa;if(aa||ba){try{ua=(new URL(".",ta)).href}catch{}ba&&(wa=a=>{var b=new XMLHttpRequest;b.open("GET",a,!1);b.responseType="arraybuffer";b.send(null);return new Uint8Array(b.response)});va=async a=>{a=await fetch(a,{credentials:"same-origin"});if(a.ok)return a.arrayBuffer();throw Error(a.status+" : "+a.url);}}var xa=console.log.bind(console),C=console.error.bind(console),ya,Aa=!1,Ba;
function Ca(){if(!v?.buffer?.resizable){var a=Da.buffer;v=new Int8Array(a);Ea=new Int16Array(a);E=new Uint8Array(a);H=new Int32Array(a);I=new Uint32Array(a);Fa=new Float32Array(a);Ga=new Float64Array(a);J=new BigInt64Array(a)}}function Ha(){var a=k.preRun;a&&(typeof a==="function"&&(a=[a]),Ia.push(...a));for(a=Ia;a.length>0;)a.shift()(k)}function Ja(){var a=k.postRun;a&&(typeof a==="function"&&(a=[a]),Ka.push(...a));for(a=Ka;a.length>0;)a.shift()(k)}
function La(a){k.onAbort?.(a);a=`Aborted(${a})`;C(a);Aa=!0;throw new WebAssembly.RuntimeError(a+". Build with -sASSERTIONS for more info.");}var Ma;async function Na(a){if(!ya)try{return await va(a)}catch{}if(a==Ma&&ya)a=new Uint8Array(ya);else if(wa)a=wa(a);else throw"both async and sync fetching of the wasm failed";return a}async function Qa(a,b){try{var d=await Na(a);return await WebAssembly.instantiate(d,b)}catch(c){C(`failed to asynchronously prepare wasm: ${c}`),La(c)}}
async function Sa(a){var b=Ma;if(!ya)try{var d=fetch(b,{credentials:"same-origin"});return await WebAssembly.instantiateStreaming(d,a)}catch(c){C(`wasm streaming compile failed: ${c}`),C("falling back to ArrayBuffer instantiation")}return Qa(b,a)}class Ta{name="ExitStatus";constructor(a){this.message=`Program terminated with exit(${a})`;this.status=a}}
var v,Ka=[],Ia=[],Ua=!0,E,Va=new TextDecoder,Wa=(a,b,d,c)=>{d=b+d;if(c)return d;for(;a[b]&&!(b>=d);)++b;return b},A=(a,b,d)=>a?Va.decode(E.subarray(a,Wa(E,a,b,d))):"",Xa=(a,b)=>{for(var d=0,c=a.length-1;c>=0;c--){var e=a[c];e==="."?a.splice(c,1):e===".."?(a.splice(c,1),d++):d&&(a.splice(c,1),d--)}if(b)for(;d;d--)a.unshift("..");return a},Ya=a=>{var b=a.charAt(0)==="/",d=a.slice(-1)==="/";(a=Xa(a.split("/").filter(c=>!!c),!b).join("/"))||b||(a=".");a&&d&&(a+="/");return(b?"/":"")+a},Za=a=>{var b=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/.exec(a).slice(1);
a=b[0];b=b[1];if(!a&&!b)return".";b&&=b.slice(0,-1);return a+b},$a=a=>a&&a.match(/([^\/]+|\/)\/*$/)[1],ab=(...a)=>{for(var b="",d=!1,c=a.length-1;c>=-1&&!d;c--){d=c>=0?a[c]:"/";if(typeof d!=="string")throw new TypeError("Arguments to path.resolve must be strings");if(!d)return"";b=d+"/"+b;d=d.charAt(0)==="/"}b=Xa(b.split("/").filter(e=>!!e),!d).join("/");return(d?"/":"")+b||"."},l=a=>{for(var b=0,d=0;d<a.length;++d){var c=a.codePointAt(d);c<=127?b++:c<=2047?b+=2:c<=65535?b+=3:(b+=4,d++)}return b},
L=(a,b,d,c)=>{if(!(c>0))return 0;var e=d;c=d+c-1;for(var g=0;g<a.length;++g){var m=a.codePointAt(g);if(m<=127){if(d>=c)break;b[d++]=m}else if(m<=2047){if(d+1>=c)break;b[d++]=192|m>>6;b[d++]=128|m&63}else if(m<=65535){if(d+2>=c)break;b[d++]=224|m>>12;b[d++]=128|m>>6&63;b[d++]=128|m&63}else{if(d+3>=c)break;b[d++]=240|m>>18;b[d++]=128|m>>12&63;b[d++]=128|m>>6&63;b[d++]=128|m&63;g++}}b[d]=0;return d-e},bb=a=>{var b=Array(l(a)+1);a=L(a,b,0,b.length);b.length=a;return b},cb=(a,b)=>{var d=0;a&&(d|=365);
b&&(d|=146);return d},M={cb:null,hb(){return M.createNode(null,"/",16895,0)},createNode(a,b,d,c){if((d&61440)===24576||(d&61440)===4096)throw new O(63);M.cb||(M.cb={dir:{node:{$a:M.Ra.$a,eb:M.Ra.eb,rb:M.Ra.rb,wb:M.Ra.wb,Zb:M.Ra.Zb,Db:M.Ra.Db,Ab:M.Ra.Ab,Nb:M.Ra.Nb,Cb:M.Ra.Cb},stream:{bb:M.Qa.bb}},file:{node:{$a:M.Ra.$a,eb:M.Ra.eb},stream:{bb:M.Qa.bb,read:M.Qa.read,write:M.Qa.write,xb:M.Qa.xb,yb:M.Qa.yb}},link:{node:{$a:M.Ra.$a,eb:M.Ra.eb,kb:M.Ra.kb},stream:{}},Rb:{node:{$a:M.Ra.$a,eb:M.Ra.eb},stream:db}});
d=eb(a,b,d,c);P(d.mode)?(d.Ra=M.cb.dir.node,d.Qa=M.cb.dir.stream,d.Ua={}):(d.mode&61440)===32768?(d.Ra=M.cb.file.node,d.Qa=M.cb.file.stream,d.Wa=0,d.Ua=M.mc??(M.mc=new Uint8Array(0))):(d.mode&61440)===40960?(d.Ra=M.cb.link.node,d.Qa=M.cb.link.stream):(d.mode&61440)===8192&&(d.Ra=M.cb.Rb.node,d.Qa=M.cb.Rb.stream);d.gb=d.Ya=d.Xa=Date.now();a&&(a.Ua[b]=d,a.gb=a.Ya=a.Xa=d.gb);return d},Ra:{$a(a){var b={};b.kc=(a.mode&61440)===8192?a.id:1;b.vc=a.id;b.mode=a.mode;b.yc=1;b.uid=0;b.uc=0;b.sb=a.sb;P(a.mode)?
b.size=4096:(a.mode&61440)===32768?b.size=a.Wa:(a.mode&61440)===40960?b.size=a.link.length:b.size=0;b.gb=new Date(a.gb);b.Ya=new Date(a.Ya);b.Xa=new Date(a.Xa);b.ec=4096;b.fc=Math.ceil(b.size/b.ec);return b},eb(a,b){for(var d of["mode","atime","mtime","ctime"])b[d]!=null&&(a[d]=b[d]);b.size!==void 0&&(b=b.size,a.Wa!=b&&(d=a.Ua,a.Ua=new Uint8Array(b),a.Ua.set(d.subarray(0,Math.min(b,a.Wa))),a.Wa=b))},rb(){M.Fb||(M.Fb=new O(44),M.Fb.stack="<generic error, no stack>");throw M.Fb;},wb(a,b,d,c){return M.createNode(a,
b,d,c)},Zb(a,b,d){try{var c=fb(b,d)}catch(g){}if(c&&P(a.mode))for(var e in c.Ua)throw new O(55);delete a.parent.Ua[a.name];b.Ua[d]=a;a.name=d;b.Xa=b.Ya=a.parent.Xa=a.parent.Ya=Date.now()},Db(a,b){delete a.Ua[b];a.Xa=a.Ya=Date.now()},Ab(a,b){var d=fb(a,b),c;for(c in d.Ua)throw new O(55);delete a.Ua[b];a.Xa=a.Ya=Date.now()},Nb(a){return[".","..",...Object.keys(a.Ua)]},Cb(a,b,d){a=M.createNode(a,b,41471,0);a.link=d;return a},kb(a){if((a.mode&61440)!==40960)throw new O(28);return a.link}},Qa:{read(a,
b,d,c,e){if(e>=a.node.Wa)return 0;c=Math.min(a.node.Wa-e,c);b.set(a.node.Ua.subarray(e,e+c),d);return c},write(a,b,d,c,e,g){b.buffer===v.buffer&&(g=!1);if(!c)return 0;a=a.node;a.Ya=a.Xa=Date.now();if(g)a.Ua=b.subarray(d,d+c),a.Wa=c;else if(a.Wa||e){g=e+c;var m=a.Ua.length;m>=g||(g=Math.max(g,m*(m<1048576?2:1.125)>>>0),m&&(g=Math.max(g,256)),m=a.Ua.subarray(0,a.Wa),a.Ua=new Uint8Array(g),a.Ua.set(m));a.Ua.set(b.subarray(d,d+c),e);a.Wa=Math.max(a.Wa,e+c)}else a.Ua=b.slice(d,d+c),a.Wa=c;return c},bb(a,
b,d){d===1?b+=a.position:d===2&&(a.node.mode&61440)===32768&&(b+=a.node.Wa);if(b<0)throw new O(28);return b},xb(a,b,d,c,e){if((a.node.mode&61440)!==32768)throw new O(43);a=a.node.Ua;if(e&2||a.buffer!==v.buffer){e=!0;c=Math.ceil(b/65536)*65536;var g=gb(65536,c);g&&E.fill(0,g,g+c);c=g;if(!c)throw new O(48);if(a){if(d>0||d+b<a.length)a=a.subarray?a.subarray(d,d+b):a.slice(d,d+b);v.set(a,c)}}else e=!1,c=a.byteOffset;return{Bc:c,$b:e}},yb(a,b,d,c){M.Qa.write(a,b,0,c,d,!1);return 0}}},hb=[],ib=a=>{var b=
Wa(a,0);return Va.decode(a.buffer?a.subarray(0,b):new Uint8Array(a.slice(0,b)))},jb=[];function kb(a,b){jb[a]={input:[],output:[],pb:b};lb(a,pb)}
var pb={open(a){var b=jb[a.node.sb];if(!b)throw new O(43);a.Za=b;a.seekable=!1},close(a){a.Za.pb.qb(a.Za)},qb(a){a.Za.pb.qb(a.Za)},read(a,b,d,c){if(!a.Za||!a.Za.pb.Wb)throw new O(60);for(var e=0,g=0;g<c;g++){try{var m=a.Za.pb.Wb(a.Za)}catch(t){throw new O(29);}if(m===void 0&&!e)throw new O(6);if(m===null||m===void 0)break;e++;b[d+g]=m;if(m===10)break}e&&(a.node.gb=Date.now());return e},write(a,b,d,c){if(!a.Za||!a.Za.pb.Mb)throw new O(60);try{for(var e=0;e<c;e++)a.Za.pb.Mb(a.Za,b[d+e])}catch(g){throw new O(29);
}c&&(a.node.Ya=a.node.Xa=Date.now());return e}},vb={Wb(){a:{if(!hb.length){var a=null;globalThis.window?.prompt&&(a=window.prompt("Input: "),a!==null&&(a+="\n"));if(!a){a=null;break a}hb=bb(a)}a=hb.shift()}return a},Mb(a,b){b===null||b===10?(xa(ib(a.output)),a.output=[]):b!=0&&a.output.push(b)},qb(a){a.output?.length>0&&(xa(ib(a.output)),a.output=[])},Kc(){return{Gc:25856,Ic:5,Fc:191,Hc:35387,Ec:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},Lc(){return 0},Mc(){return[24,
80]}},wb={Mb(a,b){b===null||b===10?(C(ib(a.output)),a.output=[]):b!=0&&a.output.push(b)},qb(a){a.output?.length>0&&(C(ib(a.output)),a.output=[])}},xb=()=>a=>(crypto.getRandomValues(a),0),yb=a=>(yb=xb())(a),zb=null,Ab={},Bb=[],Cb=1,Q=[],Db=!1,Eb=!0,Fb={},O=class{name="ErrnoError";constructor(a){this.Sa=a}},Gb=class{shared={};node=null;get flags(){return this.shared.flags}set flags(a){this.shared.flags=a}get position(){return this.shared.position}set position(a){this.shared.position=a}},Hb=class{Ra=
{};Qa={};nb=null;constructor(a,b,d,c){a||=this;this.parent=a;this.hb=a.hb;this.id=Cb++;this.name=b;this.mode=d;this.sb=c;this.gb=this.Ya=this.Xa=Date.now()}get read(){return(this.mode&365)===365}set read(a){a?this.mode|=365:this.mode&=-366}get write(){return(this.mode&146)===146}set write(a){a?this.mode|=146:this.mode&=-147}Ac(){}};
function B(a,b={}){if(!a)throw new O(44);b.Gb??(b.Gb=!0);a.charAt(0)==="/"||(a="//"+a);var d=0;a:for(;d<40;d++){a=a.split("/").filter(t=>!!t);for(var c=zb,e="/",g=0;g<a.length;g++){var m=g===a.length-1;if(m&&b.parent)break;if(a[g]!==".")if(a[g]==="..")if(e=Za(e),c===c.parent){a=e+"/"+a.slice(g+1).join("/");d--;continue a}else c=c.parent;else{e=Ya(e+"/"+a[g]);try{c=fb(c,a[g])}catch(t){if(t?.Sa===44&&m&&b.zc)return{path:e};throw t;}!c.nb||m&&!b.Gb||(c=c.nb.root);if((c.mode&61440)===40960&&(!m||b.mb)){if(!c.Ra.kb)throw new O(52);
c=c.Ra.kb(c);c.charAt(0)==="/"||(c=Za(e)+"/"+c);a=c+"/"+a.slice(g+1).join("/");continue a}}}return{path:e,node:c}}throw new O(32);}function Ib(a){for(var b;;){if(a===a.parent)return a=a.hb.Yb,b?a[a.length-1]!=="/"?`${a}/${b}`:a+b:a;b=b?`${a.name}/${b}`:a.name;a=a.parent}}function Jb(a,b){for(var d=0,c=0;c<b.length;c++)d=(d<<5)-d+b.charCodeAt(c)|0;return(a+d>>>0)%Q.length}function Kb(a){var b=Jb(a.parent.id,a.name);if(Q[b]===a)Q[b]=a.ob;else for(b=Q[b];b;){if(b.ob===a){b.ob=a.ob;break}b=b.ob}}
function fb(a,b){var d=P(a.mode)?(d=Lb(a,"x"))?d:a.Ra.rb?0:2:54;if(d)throw new O(d);for(d=Q[Jb(a.id,b)];d;d=d.ob){var c=d.name;if(d.parent.id===a.id&&c===b)return d}return a.Ra.rb(a,b)}function eb(a,b,d,c){a=new Hb(a,b,d,c);b=Jb(a.parent.id,a.name);a.ob=Q[b];return Q[b]=a}function P(a){return(a&61440)===16384}function Lb(a,b){return Eb?0:b.includes("r")&&!(a.mode&292)||b.includes("w")&&!(a.mode&146)||b.includes("x")&&!(a.mode&73)?2:0}
function Mb(a,b){if(!P(a.mode))return 54;try{return fb(a,b),20}catch(d){}return Lb(a,"wx")}function Nb(a,b,d){try{var c=fb(a,b)}catch(e){return e.Sa}if(a=Lb(a,"wx"))return a;if(d){if(!P(c.mode))return 54;if(c===c.parent||Ib(c)==="/")return 10}else if(P(c.mode))return 31;return 0}function Ob(a){if(!a)throw new O(63);return a}function R(a){a=Bb[a];if(!a)throw new O(8);return a}
function Pb(a,b=-1){a=Object.assign(new Gb,a);if(b==-1)a:{for(b=0;b<=4096;b++)if(!Bb[b])break a;throw new O(33);}a.ib=b;return Bb[b]=a}function Qb(a,b=-1){a=Pb(a,b);a.Qa?.Jc?.(a);return a}function Rb(a,b,d){var c=a?.Qa.eb;a=c?a:b;c??=b.Ra.eb;Ob(c);try{c(a,d)}catch(e){if(e instanceof RangeError)throw new O(22);throw e;}}var db={open(a){a.Qa=Ab[a.node.sb].Qa;a.Qa.open?.(a)},bb(){throw new O(70);}};function lb(a,b){Ab[a]={Qa:b}}
function Sb(a,b){var d=b==="/";if(d&&zb)throw new O(10);if(!d&&b){var c=B(b,{Gb:!1});b=c.path;c=c.node;if(c.nb)throw new O(10);if(!P(c.mode))throw new O(54);}b={type:a,Nc:{},Yb:b,xc:[]};a=a.hb(b);a.hb=b;b.root=a;d?zb=a:c&&(c.nb=b,c.hb&&c.hb.xc.push(b))}function Tb(a,b,d){var c=B(a,{parent:!0}).node;a=$a(a);if(!a)throw new O(28);if(a==="."||a==="..")throw new O(20);var e=Mb(c,a);if(e)throw new O(e);if(!c.Ra.wb)throw new O(63);return c.Ra.wb(c,a,b,d)}
function Ub(a,b=438){return Tb(a,b&4095|32768,0)}function W(a,b=511){return Tb(a,b&1023|16384,0)}function Vb(a,b,d){typeof d==="undefined"&&(d=b,b=438);Tb(a,b|8192,d)}function Wb(a,b){if(!ab(a))throw new O(44);var d=B(b,{parent:!0}).node;if(!d)throw new O(44);b=$a(b);var c=Mb(d,b);if(c)throw new O(c);if(!d.Ra.Cb)throw new O(63);d.Ra.Cb(d,b,a)}
function Xb(a){var b=B(a,{parent:!0}).node;a=$a(a);var d=fb(b,a),c=Nb(b,a,!0);if(c)throw new O(c);if(!b.Ra.Ab)throw new O(63);if(d.nb)throw new O(10);b.Ra.Ab(b,a);Kb(d)}function qa(a){var b=B(a,{parent:!0}).node;if(!b)throw new O(44);a=$a(a);var d=fb(b,a),c=Nb(b,a,!1);if(c)throw new O(c);if(!b.Ra.Db)throw new O(63);if(d.nb)throw new O(10);b.Ra.Db(b,a);Kb(d)}function Yb(a,b=!1){a=B(a,{mb:!b}).node;return Ob(a.Ra.$a)(a)}function Zb(a,b,d){Rb(a,b,{mode:d&4095|b.mode&-4096,Xa:Date.now(),Sb:!1})}
function $b(a,b){a=typeof a==="string"?B(a,{mb:!0}).node:a;Zb(null,a,b)}function ac(a,b,d){if(P(b.mode))throw new O(31);if((b.mode&61440)!==32768)throw new O(28);var c=Lb(b,"w");if(c)throw new O(c);Rb(a,b,{size:d,timestamp:Date.now()})}function bc(a,b,d,c=!1){a=B(a,{mb:!c});Rb(null,a.node,{gb:b,Ya:d,Sb:c})}
function cc(a,b,d=438){if(a==="")throw new O(44);if(typeof b==="string"){var c={r:0,"r+":2,w:577,"w+":578,a:1089,"a+":1090}[b];if(typeof c==="undefined")throw Error(`Unknown file open mode: ${b}`);b=c}d=b&64?d&4095|32768:0;if(typeof a==="object")c=a;else{var e=a.endsWith("/");a=B(a,{mb:!(b&131072),zc:!0});c=a.node;a=a.path}var g=!1;if(b&64)if(c){if(b&128)throw new O(20);}else{if(e)throw new O(31);c=Tb(a,d|511,0);g=!0}if(!c)throw new O(44);(c.mode&61440)===8192&&(b&=-513);if(b&65536&&!P(c.mode))throw new O(54);
if(!g&&(c?(c.mode&61440)===40960?e=32:(e=["r","w","rw"][b&3],b&512&&(e+="w"),e=P(c.mode)&&(e!=="r"||b&576)?31:Lb(c,e)):e=44,e))throw new O(e);b&512&&!g&&(e=c,e=typeof e==="string"?B(e,{mb:!0}).node:e,ac(null,e,0));b&=-131713;e=Pb({node:c,path:Ib(c),flags:b,seekable:!0,position:0,Qa:c.Qa,Cc:[],error:!1});e.Qa.open&&e.Qa.open(e);g&&$b(c,d&511);!k.logReadFiles||b&1||a in Fb||(Fb[a]=1,C(`read file: ${a}`));return e}
function dc(a){if(a.ib===null)throw new O(8);a.Jb&&(a.Jb=null);a.node?.Ac();try{a.Qa.close&&a.Qa.close(a)}catch(b){throw b;}finally{Bb[a.ib]=null}a.ib=null}function ec(a,b,d){if(a.ib===null)throw new O(8);if(!a.seekable||!a.Qa.bb)throw new O(70);if(d!=0&&d!=1&&d!=2)throw new O(28);a.position=a.Qa.bb(a,b,d);a.Cc=[]}
function fc(a,b,d,c,e){if(c<0||e<0)throw new O(28);if(a.ib===null)throw new O(8);if((a.flags&2097155)===0)throw new O(8);if(P(a.node.mode))throw new O(31);if(!a.Qa.write)throw new O(28);a.seekable&&a.flags&1024&&ec(a,0,2);var g=typeof e!=="undefined";if(!g)e=a.position;else if(!a.seekable)throw new O(70);b=a.Qa.write(a,b,d,c,e,void 0);g||(a.position+=b);return b}
function hc(){var a,b,d;Db=!0;a??=k.stdin;b??=k.stdout;d??=k.stderr;a?X("stdin",a):Wb("/dev/tty","/dev/stdin");b?X("stdout",null,b):Wb("/dev/tty","/dev/stdout");d?X("stderr",null,d):Wb("/dev/tty1","/dev/stderr");cc("/dev/stdin",0);cc("/dev/stdout",1);cc("/dev/stderr",1)}
function fa(a,b){var d="/",c=a;d&&(d=typeof d==="string"?d:Ib(d),c=a?Ya(d+"/"+a):d);a=cb(!0,!0);c=Ub(c,a);b&&(typeof b==="string"&&(b=bb(b)),b.subarray||(b=new Uint8Array(b)),$b(c,a|146),d=cc(c,577),fc(d,b,0,b.length,0),dc(d),$b(c,a))}
function X(a,b,d){a=Ya("/dev/"+a);var c=cb(!!b,!!d);X.Xb??(X.Xb=64);var e=X.Xb++<<8|0;lb(e,{open(g){g.seekable=!1},close(){d?.buffer?.length&&d(10)},read(g,m,t,z){for(var q=0,n=0;n<z;n++){try{var F=b()}catch(S){throw new O(29);}if(F===void 0&&!q)throw new O(6);if(F===null||F===void 0)break;q++;m[t+n]=F}q&&(g.node.gb=Date.now());return q},write(g,m,t,z){for(var q=0;q<z;q++)try{d(m[t+q])}catch(n){throw new O(29);}z&&(g.node.Ya=g.node.Xa=Date.now());return q}});Vb(a,c,e)}var Y={},H,J,I;
function Ic(a,b,d=!1){if(b.charAt(0)==="/")return b;a=a===-100?"/":R(a).path;if(b.length==0){if(!d)throw new O(44);return a}return a+"/"+b}
function Jc(a,b){I[a>>2]=b.kc;I[a+4>>2]=b.mode;I[a+8>>2]=b.yc;I[a+12>>2]=b.uid;I[a+16>>2]=b.uc;I[a+20>>2]=b.sb;J[a+24>>3]=BigInt(b.size);H[a+32>>2]=4096;H[a+36>>2]=b.fc;var d=b.gb.getTime(),c=b.Ya.getTime(),e=b.Xa.getTime();J[a+40>>3]=BigInt(Math.floor(d/1E3));I[a+48>>2]=d%1E3*1E3*1E3;J[a+56>>3]=BigInt(Math.floor(c/1E3));I[a+64>>2]=c%1E3*1E3*1E3;J[a+72>>3]=BigInt(Math.floor(e/1E3));I[a+80>>2]=e%1E3*1E3*1E3;J[a+88>>3]=BigInt(b.vc);return 0}
var Kc=void 0,Ea,Lc=()=>{var a=H[+Kc>>2];Kc+=4;return a},Mc=0,Nc=[0,31,60,91,121,152,182,213,244,274,305,335],Oc=[0,31,59,90,120,151,181,212,243,273,304,334],Pc=a=>{if(!(a instanceof Ta||a=="unwind"))throw a;},Qc=a=>{Ba=a;Ua||Mc>0||(k.onExit?.(a),Aa=!0);throw new Ta(a);},Rc={},Sc={},Uc=()=>{if(!Tc){var a={USER:"web_user",LOGNAME:"web_user",PATH:"/",PWD:"/",HOME:"/home/web_user",LANG:(globalThis.navigator?.language??"C").replace("-","_")+".UTF-8",_:sa},b;for(b in Sc)Sc[b]===void 0?delete a[b]:a[b]=
Sc[b];var d=[];for(b in a)d.push(`${b}=${a[b]}`);Tc=d}return Tc},Tc,Fa,Ga;function oa(a){var b="i32";b.endsWith("*")&&(b="*");switch(b){case "i1":v[a]=0;break;case "i8":v[a]=0;break;case "i16":Ea[a>>1]=0;break;case "i32":H[a>>2]=0;break;case "i64":J[a>>3]=BigInt(0);break;case "float":Fa[a>>2]=0;break;case "double":Ga[a>>3]=0;break;case "*":I[a>>2]=0;break;default:La(`invalid type for setValue: ${b}`)}}
function y(a,b="i8"){b.endsWith("*")&&(b="*");switch(b){case "i1":return v[a];case "i8":return v[a];case "i16":return Ea[a>>1];case "i32":return H[a>>2];case "i64":return J[a>>3];case "float":return Fa[a>>2];case "double":return Ga[a>>3];case "*":return I[a>>2];default:La(`invalid type for getValue: ${b}`)}}
var Vc=(a,b,d,c)=>{var e={string:q=>{var n=0;if(q!==null&&q!==void 0&&q!==0){n=l(q)+1;var F=ka(n);L(q,E,F,n);n=F}return n},array:q=>{var n=ka(q.length);v.set(q,n);return n}};a=k["_"+a];var g=[],m=0;if(c)for(var t=0;t<c.length;t++){var z=e[d[t]];z?(m||=la(),g[t]=z(c[t])):g[t]=c[t]}d=a(...g);return d=function(q){m&&pa(m);return b==="string"?A(q):b==="boolean"?!!q:q}(d)},ea=a=>{var b=l(a)+1,d=ca(b);d&&L(a,E,d,b);return d},Wc=[],Xc,ja=a=>{Xc.delete(Z.get(a));Z.set(a,null);Wc.push(a)},Yc=a=>{var b=a.length;
return[b%128|128,b>>7,...a]},Zc={i:127,p:127,j:126,f:125,d:124,e:111},$c=a=>Yc(Array.from(a,b=>Zc[b])),ra=(a,b)=>{if(!Xc){Xc=new WeakMap;var d=Z.length;if(Xc)for(var c=0;c<0+d;c++){var e=Z.get(c);e&&Xc.set(e,c)}}if(d=Xc.get(a)||0)return d;d=Wc.length?Wc.pop():Z.grow(1);try{Z.set(d,a)}catch(g){if(!(g instanceof TypeError))throw g;b=Uint8Array.of(0,97,115,109,1,0,0,0,1,...Yc([1,96,...$c(b.slice(1)),...$c(b[0]==="v"?"":b[0])]),2,7,1,1,101,1,102,0,0,7,5,1,1,102,0,0);b=new WebAssembly.Module(b);b=(new WebAssembly.Instance(b,
{e:{f:a}})).exports.f;Z.set(d,b)}Xc.set(a,d);return d};Q.length=4096;Sb(M,"/");W("/tmp");W("/home");W("/home/web_user");(function(){W("/dev");lb(259,{read:()=>0,write:(c,e,g,m)=>m,bb:()=>0});Vb("/dev/null",259);kb(1280,vb);kb(1536,wb);Vb("/dev/tty",1280);Vb("/dev/tty1",1536);var a=new Uint8Array(1024),b=0,d=()=>{b||(yb(a),b=a.byteLength);return a[--b]};X("random",d);X("urandom",d);W("/dev/shm");W("/dev/shm/tmp")})();
(function(){W("/proc");var a=W("/proc/self");W("/proc/self/fd");Sb({hb(){var b=eb(a,"fd",16895,73);b.Qa={bb:M.Qa.bb};b.Ra={rb(d,c){d=+c;var e=R(d);d={parent:null,hb:{Yb:"fake"},Ra:{kb:()=>e.path},id:d+1};return d.parent=d},Nb(){return Array.from(Bb.entries()).filter(([,d])=>d).map(([d])=>d.toString())}};return b}},"/proc/self/fd")})();k.noExitRuntime&&(Ua=k.noExitRuntime);k.print&&(xa=k.print);k.printErr&&(C=k.printErr);k.wasmBinary&&(ya=k.wasmBinary);k.thisProgram&&(sa=k.thisProgram);var ad=k.preInit;
if(ad)for(typeof ad==="function"&&(k.preInit=ad=[ad]);ad.length>0;)ad.shift()();k.stackSave=()=>la();k.stackRestore=a=>pa(a);k.stackAlloc=a=>ka(a);k.cwrap=(a,b,d,c)=>{var e=!d||d.every(g=>g==="number"||g==="boolean");return b!=="string"&&e&&!c?k["_"+a]:(...g)=>Vc(a,b,d,g)};k.addFunction=ra;k.removeFunction=ja;k.UTF8ToString=A;k.lengthBytesUTF8=l;k.stringToNewUTF8=ea;k.writeArrayToMemory=(a,b)=>{v.set(a,b)};
var ca,da,gb,bd,pa,ka,la,Da,Z,cd={a:(a,b,d,c)=>La(`Assertion failed: ${A(a)}, at: `+[b?A(b):"unknown filename",d,c?A(c):"unknown function"]),i:function(a,b){try{return a=A(a),$b(a,b),0}catch(d){if(typeof Y==="undefined"||d.name!=="ErrnoError")throw d;return-d.Sa}},D:function(a,b,d){try{b=A(b);b=Ic(a,b);if(d&-8)return-28;var c=B(b,{mb:!0}).node;if(!c)return-44;a="";d&4&&(a+="r");d&2&&(a+="w");d&1&&(a+="x");return a&&Lb(c,a)?-2:0}catch(e){if(typeof Y==="undefined"||e.name!=="ErrnoError")throw e;return-e.Sa}},
j:function(a,b){try{var d=R(a);Zb(d,d.node,b);return 0}catch(c){if(typeof Y==="undefined"||c.name!=="ErrnoError")throw c;return-c.Sa}},h:function(a){try{var b=R(a);Rb(b,b.node,{timestamp:Date.now(),Sb:!1});return 0}catch(d){if(typeof Y==="undefined"||d.name!=="ErrnoError")throw d;return-d.Sa}},b:function(a,b,d){Kc=d;try{var c=R(a);switch(b){case 0:var e=Lc();if(e<0)break;for(;Bb[e];)e++;return Qb(c,e).ib;case 1:case 2:return 0;case 3:return c.flags;case 4:return e=Lc(),c.flags=c.flags&-289793|e&289792,
0;case 12:return e=Lc(),Ea[e+0>>1]=2,0;case 13:case 14:return 0}return-28}catch(g){if(typeof Y==="undefined"||g.name!=="ErrnoError")throw g;return-g.Sa}},g:function(a,b){try{var d=R(a),c=d.node,e=d.Qa.$a;a=e?d:c;e??=c.Ra.$a;Ob(e);var g=e(a);return Jc(b,g)}catch(m){if(typeof Y==="undefined"||m.name!=="ErrnoError")throw m;return-m.Sa}},J:function(a,b){b=b<-9007199254740992||b>9007199254740992?NaN:Number(b);try{if(isNaN(b))return-22;var d=R(a);if(b<0||(d.flags&2097155)===0)throw new O(28);ac(d,d.node,
b);return 0}catch(c){if(typeof Y==="undefined"||c.name!=="ErrnoError")throw c;return-c.Sa}},I:function(a,b){try{if(!b)return-28;var d=l("/")+1;if(b<d)return-68;L("/",E,a,b);return d}catch(c){if(typeof Y==="undefined"||c.name!=="ErrnoError")throw c;return-c.Sa}},F:()=>0,M:function(a,b){try{return a=A(a),Jc(b,Yb(a,!0))}catch(d){if(typeof Y==="undefined"||d.name!=="ErrnoError")throw d;return-d.Sa}},C:function(a,b,d){try{return b=A(b),b=Ic(a,b),W(b,d&-19),0}catch(c){if(typeof Y==="undefined"||c.name!==
"ErrnoError")throw c;return-c.Sa}},L:function(a,b,d,c){try{b=A(b);var e=c&256;b=Ic(a,b,c&4096);return Jc(d,e?Yb(b,!0):Yb(b))}catch(g){if(typeof Y==="undefined"||g.name!=="ErrnoError")throw g;return-g.Sa}},x:function(a,b,d,c){Kc=c;try{b=A(b);b=Ic(a,b);var e=c?Lc():0;d&64&&(e&=-19);return cc(b,d,e).ib}catch(g){if(typeof Y==="undefined"||g.name!=="ErrnoError")throw g;return-g.Sa}},s:function(a,b,d,c){try{b=A(b);b=Ic(a,b);if(c<=0)return-28;var e=B(b).node;if(!e)throw new O(44);if(!e.Ra.kb)throw new O(28);
var g=e.Ra.kb(e);var m=Math.min(c,l(g)),t=v[d+m];L(g,E,d,c+1);v[d+m]=t;return m}catch(z){if(typeof Y==="undefined"||z.name!=="ErrnoError")throw z;return-z.Sa}},r:function(a){try{return a=A(a),Xb(a),0}catch(b){if(typeof Y==="undefined"||b.name!=="ErrnoError")throw b;return-b.Sa}},N:function(a,b){try{return a=A(a),Jc(b,Yb(a))}catch(d){if(typeof Y==="undefined"||d.name!=="ErrnoError")throw d;return-d.Sa}},o:function(a,b,d){try{b=A(b);b=Ic(a,b);if(d)if(d===512)Xb(b);else return-28;else qa(b);return 0}catch(c){if(typeof Y===
"undefined"||c.name!=="ErrnoError")throw c;return-c.Sa}},n:function(a,b,d,c){try{c&=256;b=A(b);b=Ic(a,b,!0);var e=Date.now();if(d){function t(z){var q=H[z+8>>2];return q==1073741823?e:q==1073741822?null:(I[z>>2]+H[z+4>>2]*4294967296)*1E3+Math.floor(q/1E6)}var g=t(d);var m=t(d+16)}else m=g=e;(m??g)!==null&&bc(b,g,m,c);return 0}catch(t){if(typeof Y==="undefined"||t.name!=="ErrnoError")throw t;return-t.Sa}},w:()=>La(""),v:()=>{Ua=!1;Mc=0},A:function(a,b){a=a<-9007199254740992||a>9007199254740992?NaN:
Number(a);a=new Date(a*1E3);if(isNaN(a.getTime()))return 1;H[b>>2]=a.getSeconds();H[b+4>>2]=a.getMinutes();H[b+8>>2]=a.getHours();H[b+12>>2]=a.getDate();H[b+16>>2]=a.getMonth();H[b+20>>2]=a.getFullYear()-1900;H[b+24>>2]=a.getDay();var d=a.getFullYear();H[b+28>>2]=(d%4!==0||d%100===0&&d%400!==0?Oc:Nc)[a.getMonth()]+a.getDate()-1|0;H[b+36>>2]=-(a.getTimezoneOffset()*60);d=(new Date(a.getFullYear(),6,1)).getTimezoneOffset();var c=(new Date(a.getFullYear(),0,1)).getTimezoneOffset();H[b+32>>2]=(d!=c&&
a.getTimezoneOffset()==Math.min(c,d))|0;return 0},y:function(a,b,d,c,e,g,m){e=e<-9007199254740992||e>9007199254740992?NaN:Number(e);try{var t=R(c);if(b&2&&!(d&2)&&(t.flags&2097155)!==2)throw new O(2);if((t.flags&2097155)===1)throw new O(2);if(!t.Qa.xb)throw new O(43);if(!a)throw new O(28);var z=t.Qa.xb(t,a,e,b,d);var q=z.Bc;H[g>>2]=z.$b;I[m>>2]=q;return 0}catch(n){if(typeof Y==="undefined"||n.name!=="ErrnoError")throw n;return-n.Sa}},z:function(a,b,d,c,e,g){g=g<-9007199254740992||g>9007199254740992?
NaN:Number(g);try{var m=R(e);if(d&2){if((m.node.mode&61440)!==32768)throw new O(43);c&2||m.Qa.yb&&m.Qa.yb(m,E.subarray(a,a+b),g,b,c)}}catch(t){if(typeof Y==="undefined"||t.name!=="ErrnoError")throw t;return-t.Sa}},k:(a,b)=>{Rc[a]&&(clearTimeout(Rc[a].id),delete Rc[a]);if(!b)return 0;var d=setTimeout(()=>{delete Rc[a];var c=[a,performance.now()],e=bd;if(!Aa)try{e(...c)}catch(g){Pc(g)}finally{if(!(Ua||Mc>0))try{Ba=c=Ba,Qc(c)}catch(g){Pc(g)}}},b);Rc[a]={id:d,Oc:b};return 0},B:(a,b,d,c)=>{var e=(new Date).getFullYear(),
g=(new Date(e,0,1)).getTimezoneOffset();e=(new Date(e,6,1)).getTimezoneOffset();I[a>>2]=Math.max(g,e)*60;H[b>>2]=Number(g!=e);b=m=>{var t=Math.abs(m);return`UTC${m>=0?"-":"+"}${String(Math.floor(t/60)).padStart(2,"0")}${String(t%60).padStart(2,"0")}`};a=b(g);b=b(e);e<g?(L(a,E,d,17),L(b,E,c,17)):(L(a,E,c,17),L(b,E,d,17))},d:()=>Date.now(),p:()=>2147483648,c:()=>performance.now(),l:a=>{var b=E.length;a>>>=0;if(a>2147483648)return!1;for(var d=1;d<=4;d*=2){var c=b*(1+.2/d);c=Math.min(c,a+100663296);a:{c=
(Math.min(2147483648,Math.ceil(Math.max(a,c)/65536)*65536)-Da.buffer.byteLength+65535)/65536|0;try{Da.grow(c);Ca();var e=1;break a}catch(g){}e=void 0}if(e)return!0}return!1},G:(a,b)=>{var d=0,c=0,e;for(e of Uc()){var g=b+d;I[a+c>>2]=g;d+=L(e,E,g,Infinity)+1;c+=4}return 0},H:(a,b)=>{var d=Uc();I[a>>2]=d.length;a=0;for(var c of d)a+=l(c)+1;I[b>>2]=a;return 0},e:function(a){try{var b=R(a);dc(b);return 0}catch(d){if(typeof Y==="undefined"||d.name!=="ErrnoError")throw d;return d.Sa}},m:function(a,b){try{var d=
R(a);v[b]=d.Za?2:P(d.mode)?3:(d.mode&61440)===40960?7:4;Ea[b+2>>1]=0;J[b+8>>3]=BigInt(0);J[b+16>>3]=BigInt(0);return 0}catch(c){if(typeof Y==="undefined"||c.name!=="ErrnoError")throw c;return c.Sa}},t:function(a,b,d,c){try{a:{var e=R(a);a=b;for(var g,m=b=0;m<d;m++){var t=I[a>>2],z=I[a+4>>2];a+=8;try{var q=e,n=t,F=z,S=g,Oa=v;if(F<0||S<0)throw new O(28);if(q.ib===null)throw new O(8);if((q.flags&2097155)===1)throw new O(8);if(P(q.node.mode))throw new O(31);if(!q.Qa.read)throw new O(28);var ma=typeof S!==
"undefined";if(!ma)S=q.position;else if(!q.seekable)throw new O(70);var na=q.Qa.read(q,Oa,n,F,S);ma||(q.position+=na);var ha=na}catch(N){if(b>0&&N instanceof O&&(N.Sa==6||N.Sa==6))break;throw N;}if(ha<0){var za=-1;break a}b+=ha;if(ha<z)break;typeof g!=="undefined"&&(g+=ha)}za=b}I[c>>2]=za;return 0}catch(N){if(typeof Y==="undefined"||N.name!=="ErrnoError")throw N;return N.Sa}},E:function(a,b,d,c){b=b<-9007199254740992||b>9007199254740992?NaN:Number(b);try{if(isNaN(b))return 22;var e=R(a);ec(e,b,d);
J[c>>3]=BigInt(e.position);e.Jb&&!b&&d===0&&(e.Jb=null);return 0}catch(g){if(typeof Y==="undefined"||g.name!=="ErrnoError")throw g;return g.Sa}},K:function(a){try{var b=R(a);return b.Qa?.qb?.(b)}catch(d){if(typeof Y==="undefined"||d.name!=="ErrnoError")throw d;return d.Sa}},q:function(a,b,d,c){try{var e=R(a);a=b;if(d==1)var g=fc(e,v,I[a>>2],I[a+4>>2]);else{for(var m=b=0,t=a;m<d;m++,t+=8)b+=I[t+4>>2];var z=new Uint8Array(b);for(m=t=0;m<d;m++,a+=8){var q=I[a>>2],n=I[a+4>>2];z.set(E.subarray(q,q+n),
t);t+=n}g=fc(e,z,0,b)}I[c>>2]=g;return 0}catch(F){if(typeof Y==="undefined"||F.name!=="ErrnoError")throw F;return F.Sa}},u:Qc,f:function(a){console.warn("sql.js: legacy function "+A(a)+"() is deprecated and will be disabled by default in the next major version. Initialize with useOldExtensionFunctions: false to use native SQLite functions. See https://github.com/sql-js/sql.js/pull/647")}};
async function dd(){Ha();var a=k.setStatus;a&&(a("Running..."),await new Promise(b=>setTimeout(b,1)),setTimeout(a,1,""));Aa||(k.noFSInit||Db||hc(),ed.P(),Eb=!1,k.onRuntimeInitialized?.(),Ja())}var ed;
(async function(){function a(c){c=ed=c.exports;k._sqlite3_free=c.R;k._sqlite3_value_text=c.S;k._sqlite3_prepare_v2=c.T;k._sqlite3_step=c.U;k._sqlite3_reset=c.V;k._sqlite3_exec=c.W;k._sqlite3_finalize=c.X;k._sqlite3_column_name=c.Y;k._sqlite3_column_text=c.Z;k._sqlite3_column_type=c._;k._sqlite3_errmsg=c.$;k._sqlite3_backup_init=c.aa;k._sqlite3_backup_step=c.ba;k._sqlite3_backup_finish=c.ca;k._sqlite3_clear_bindings=c.da;k._sqlite3_value_blob=c.ea;k._sqlite3_value_bytes=c.fa;k._sqlite3_value_double=
c.ga;k._sqlite3_value_int=c.ha;k._sqlite3_value_type=c.ia;k._sqlite3_result_blob=c.ja;k._sqlite3_result_double=c.ka;k._sqlite3_result_error=c.la;k._sqlite3_result_int=c.ma;k._sqlite3_result_int64=c.na;k._sqlite3_result_null=c.oa;k._sqlite3_result_text=c.pa;k._sqlite3_aggregate_context=c.qa;k._sqlite3_column_count=c.ra;k._sqlite3_data_count=c.sa;k._sqlite3_column_blob=c.ta;k._sqlite3_column_bytes=c.ua;k._sqlite3_column_double=c.va;k._sqlite3_bind_blob=c.wa;k._sqlite3_bind_double=c.xa;k._sqlite3_bind_int=
c.ya;k._sqlite3_bind_text=c.za;k._sqlite3_bind_parameter_index=c.Aa;k._sqlite3_sql=c.Ba;k._sqlite3_normalized_sql=c.Ca;k._sqlite3_changes=c.Da;k._sqlite3_close_v2=c.Ea;k._sqlite3_create_function_v2=c.Fa;k._sqlite3_update_hook=c.Ga;k._sqlite3_open=c.Ha;ca=k._malloc=c.Ia;da=k._free=c.Ja;k._RegisterExtensionFunctions=c.Ka;gb=c.La;bd=c.Ma;pa=c.Na;ka=c.Oa;la=c.Pa;Da=c.O;Z=c.Q;Ca();return ed}var b={a:cd},d=k.instantiateWasm;if(d)return new Promise(c=>{d(b,e=>c(a(e)))});Ma??=k.locateFile?k.locateFile("sql-wasm-browser.wasm",
ua):ua+"sql-wasm-browser.wasm";return function(c){return a(c.instance)}(await Sa(b))})().then(()=>dd());


        // The shell-pre.js and emcc-generated code goes above
        return Module;
    }); // The end of the promise being returned

  return initSqlJsPromise;
} // The end of our initSqlJs function

// This bit below is copied almost exactly from what you get when you use the MODULARIZE=1 flag with emcc
// However, we don't want to use the emcc modularization. See shell-pre.js
if (true){
    module.exports = initSqlJs;
    // This will allow the module to be used in ES6 or CommonJS
    module.exports["default"] = initSqlJs;
}
else {}


/***/ }),

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _store_sqljs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(560);

const SQL = await (0,_store_sqljs_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSqlJs */ .W)();
const db = new SQL.Database();
console.log(db.exec('select sqlite_version()')[0]?.values[0]?.[0]);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W: () => (/* binding */ loadSqlJs)
});

// UNUSED EXPORTS: wasmPath

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./node_modules/sql.js/dist/sql-wasm-browser.js
var sql_wasm_browser = __nccwpck_require__(166);
var sql_wasm_browser_default = /*#__PURE__*/__nccwpck_require__.n(sql_wasm_browser);
;// CONCATENATED MODULE: ./src/store/sqljs.ts





// The browser build is the one that survives ncc's ESM bundling (the Node build needs
// __dirname and CommonJS `module`). It loads no file itself: we hand it the wasm bytes.
// The file name is joined from parts so that ncc does not try to rewrite it into a stub.
const WASM_FILE = ['sql-wasm-browser', 'wasm'].join('.');
let sqlJs;
/** Path of sql.js' wasm file: next to the bundle in dist/, else the installed package's copy. */
function wasmPath() {
    const besideBundle = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), WASM_FILE);
    if ((0,external_node_fs_namespaceObject.existsSync)(besideBundle))
        return besideBundle;
    const require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
    return require.resolve(['sql.js', 'dist', WASM_FILE].join('/'));
}
/** The sql.js module, initialised once per process. */
function loadSqlJs() {
    sqlJs ??= sql_wasm_browser_default()({ wasmBinary: (0,external_node_fs_namespaceObject.readFileSync)(wasmPath()) });
    return sqlJs;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
