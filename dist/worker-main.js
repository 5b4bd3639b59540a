import{createRequire as r}from"module";var s={8787:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3742);r.exports=o},3742:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function filled(r,s){var i;var o;i=[];for(o=0;o<s;o++){i.push(r)}return i}r.exports=filled},1830:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1401);r.exports=o},1401:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8787);function zeros(r){return o(0,r)}r.exports=zeros},9979:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9714);var u=i(5878);var f=i(8520);var h;if(o()){h=u}else{h=f}r.exports=h},5878:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Float64Array==="function"?Float64Array:void 0;r.exports=s},8520:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},4826:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5613);var u=i(3405);var f=i(523);var h;if(o()){h=u}else{h=f}r.exports=h},3405:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Uint16Array==="function"?Uint16Array:void 0;r.exports=s},523:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},7096:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4171);var u=i(2399);var f=i(3689);var h;if(o()){h=u}else{h=f}r.exports=h},2399:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Uint32Array==="function"?Uint32Array:void 0;r.exports=s},3689:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},5183:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4246);var u=i(8570);var f=i(7540);var h;if(o()){h=u}else{h=f}r.exports=h},8570:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Uint8Array==="function"?Uint8Array:void 0;r.exports=s},7540:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},5265:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Float64Array==="function"?Float64Array:null;r.exports=s},9714:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6405);r.exports=o},6405:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(910);var u=i(5265);function hasFloat64ArraySupport(){var r;var s;if(typeof u!=="function"){return false}try{s=new u([1,3.14,-3.14,NaN]);r=o(s)&&s[0]===1&&s[1]===3.14&&s[2]===-3.14&&s[3]!==s[3]}catch(s){r=false}return r}r.exports=hasFloat64ArraySupport},2878:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3103);r.exports=o},3103:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3595);function hasGeneratorSupport(){var r;try{o('"use strict"; (function* () {})');r=true}catch(s){r=false}return r}r.exports=hasGeneratorSupport},1907:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4270);r.exports=o},4270:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Object.prototype.hasOwnProperty;function hasOwnProp(r,i){if(r===void 0||r===null){return false}return s.call(r,i)}r.exports=hasOwnProp},5547:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(166);r.exports=o},166:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}r.exports=hasSymbolSupport},9501:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6284);r.exports=o},6284:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5547);var u=o();function hasToStringTagSupport(){return u&&typeof Symbol.toStringTag==="symbol"}r.exports=hasToStringTagSupport},5613:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2364);r.exports=o},2364:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3599);var u=i(6653);var f=i(5929);function hasUint16ArraySupport(){var r;var s;if(typeof f!=="function"){return false}try{s=[1,3.14,-3.14,u+1,u+2];s=new f(s);r=o(s)&&s[0]===1&&s[1]===3&&s[2]===u-2&&s[3]===0&&s[4]===1}catch(s){r=false}return r}r.exports=hasUint16ArraySupport},5929:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Uint16Array==="function"?Uint16Array:null;r.exports=s},4171:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8950);r.exports=o},8950:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3209);var u=i(8035);var f=i(2709);function hasUint32ArraySupport(){var r;var s;if(typeof f!=="function"){return false}try{s=[1,3.14,-3.14,u+1,u+2];s=new f(s);r=o(s)&&s[0]===1&&s[1]===3&&s[2]===u-2&&s[3]===0&&s[4]===1}catch(s){r=false}return r}r.exports=hasUint32ArraySupport},2709:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Uint32Array==="function"?Uint32Array:null;r.exports=s},4246:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(249);r.exports=o},249:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(228);var u=i(2732);var f=i(5545);function hasUint8ArraySupport(){var r;var s;if(typeof f!=="function"){return false}try{s=[1,3.14,-3.14,u+1,u+2];s=new f(s);r=o(s)&&s[0]===1&&s[1]===3&&s[2]===u-2&&s[3]===0&&s[4]===1}catch(s){r=false}return r}r.exports=hasUint8ArraySupport},5545:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Uint8Array==="function"?Uint8Array:null;r.exports=s},910:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7439);r.exports=o},7439:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(547);var u=typeof Float64Array==="function";function isFloat64Array(r){return u&&r instanceof Float64Array||o(r)==="[object Float64Array]"}r.exports=isFloat64Array},7604:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5183);var u=i(4826);var f={uint16:u,uint8:o};r.exports=f},347:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7158);r.exports=o},7158:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7604);var u;function isLittleEndian(){var r;var s;r=new o["uint16"](1);r[0]=4660;s=new o["uint8"](r.buffer);return s[0]===52}u=isLittleEndian();r.exports=u},3599:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2394);r.exports=o},2394:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(547);var u=typeof Uint16Array==="function";function isUint16Array(r){return u&&r instanceof Uint16Array||o(r)==="[object Uint16Array]"}r.exports=isUint16Array},3209:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8168);r.exports=o},8168:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(547);var u=typeof Uint32Array==="function";function isUint32Array(r){return u&&r instanceof Uint32Array||o(r)==="[object Uint32Array]"}r.exports=isUint32Array},228:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7755);r.exports=o},7755:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(547);var u=typeof Uint8Array==="function";function isUint8Array(r){return u&&r instanceof Uint8Array||o(r)==="[object Uint8Array]"}r.exports=isUint8Array},9951:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=34028234663852886e22;r.exports=s},8858:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=11754943508222875e-54;r.exports=s},45:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=2.718281828459045;r.exports=s},5088:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=2220446049250313e-31;r.exports=s},2404:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=.5772156649015329;r.exports=s},1877:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=1023|0;r.exports=s},6862:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=.7853981633974483;r.exports=s},3822:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=10.900511;r.exports=s},9475:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=.34657359027997264;r.exports=s},7934:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=1.5707963267948966;r.exports=s},3935:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=2147483647>>>0;r.exports=s},222:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=2146435072;r.exports=s},5976:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=2147483648>>>0;r.exports=s},8910:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=1048575;r.exports=s},4322:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=.9189385332046728;r.exports=s},1239:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=.6931471805599453;r.exports=s},2656:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=-1023|0;r.exports=s},6276:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=1023|0;r.exports=s},4193:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=709.782712893384;r.exports=s},313:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=170|0;r.exports=s},6622:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=9007199254740991;r.exports=s},3424:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=17976931348623157e292;r.exports=s},4862:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=-1074|0;r.exports=s},7999:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=-708.3964185322641;r.exports=s},1475:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4241);var u=o.NEGATIVE_INFINITY;r.exports=u},1277:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=20|0;r.exports=s},9701:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=3.141592653589793;r.exports=s},469:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Number.POSITIVE_INFINITY;r.exports=s},5417:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=22250738585072014e-324;r.exports=s},3975:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=5e-324;r.exports=s},8159:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=1.4901161193847656e-8;r.exports=s},2385:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=2.5066282746310007;r.exports=s},6515:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=1.4142135623730951;r.exports=s},2358:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=6.283185307179586;r.exports=s},3960:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=2147483647|0;r.exports=s},6653:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=65535|0;r.exports=s},8035:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=4294967295;r.exports=s},2732:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=255|0;r.exports=s},6990:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4209);r.exports=o},4209:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Function;r.exports=s},530:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8085);r.exports=o},8085:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2804);function isEven(r){return o(r/2)}r.exports=isEven},7234:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(661);r.exports=o},661:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(469);var u=i(1475);function isInfinite(r){return r===o||r===u}r.exports=isInfinite},2804:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3835);r.exports=o},3835:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2334);function isInteger(r){return o(r)===r}r.exports=isInteger},6523:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9382);r.exports=o},9382:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(r){return r!==r}r.exports=isnan},6590:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7489);r.exports=o},7489:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2334);function isNegativeInteger(r){return o(r)===r&&r<0}r.exports=isNegativeInteger},3270:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8121);r.exports=o},8121:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1475);function isNegativeZero(r){return r===0&&1/r===o}r.exports=isNegativeZero},4993:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(656);r.exports=o},656:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2334);function isNonNegativeInteger(r){return o(r)===r&&r>=0}r.exports=isNonNegativeInteger},7687:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9106);r.exports=o},9106:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(530);function isOdd(r){if(r>0){return o(r-1)}return o(r+1)}r.exports=isOdd},866:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7685);r.exports=o},7685:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(469);function isPositiveZero(r){return r===0&&1/r===o}r.exports=isPositiveZero},6260:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6443);r.exports=o},6443:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function abs(r){return Math.abs(r)}r.exports=abs},9418:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(989);r.exports=o},989:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1995, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var o=i(6523);var u=i(9827);var f=i(5478);var h=i(6862);var v=6123233995736766e-32;function acos(r){var s;if(o(r)){return NaN}if(r<-1||r>1){return NaN}if(r>.5){return 2*u(f(.5-.5*r))}s=h-u(r);s+=v;s+=h;return s}r.exports=acos},9827:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7841);r.exports=o},7841:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1995, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var o=i(6523);var u=i(5478);var f=i(6862);var h=i(7947);var v=i(35);var w=6123233995736766e-32;function asin(r){var s;var i;var x;var _;var S;if(o(r)){return NaN}if(r>0){x=r}else{s=true;x=-r}if(x>1){return NaN}if(x>.625){i=1-x;_=i*v(i);i=u(i+i);S=f-i;i=i*_-w;S-=i;S+=f}else{if(x<1e-8){return r}i=x*x;S=i*h(i);S=x*S+x}return s?-S:S}r.exports=asin},7947:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return.16666666666666713}if(r<0){s=-r}else{s=r}if(s<=1){i=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428))));o=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))}else{r=1/r;i=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825))));o=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))}return i/o}r.exports=evalrational},35:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return.08333333333333809}if(r<0){s=-r}else{s=r}if(s<=1){i=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243)));o=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))}else{r=1/r;i=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616)));o=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))}return i/o}r.exports=evalrational},1354:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1165);r.exports=o},9530:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return Infinity}if(r<0){s=-r}else{s=r}if(s<=1){i=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20)))))))));o=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))}else{r=1/r;i=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658)))))))));o=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))}return i/o}r.exports=evalrational},1165:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6523);var u=i(7260);var f=i(5478);var h=i(6260);var v=i(1851);var w=i(6310);var x=i(45);var _=i(5088);var S=i(9530);var k=10.900511;function beta(r,s){var i;var M;var N;var $;var E;var C;var I;if(o(r)||o(s)){return NaN}if(r<0||s<0){return NaN}if(s===1){return 1/r}if(r===1){return 1/s}I=r+s;if(I<_){E=I/r;E/=s;return E}if(I===r&&s<_){return 1/s}if(I===s&&r<_){return 1/r}if(r<s){C=s;s=r;r=C}M=r+k-.5;N=s+k-.5;$=I+k-.5;E=S(r)*(S(s)/S(I));i=r-.5-s;if(h(s*i)<$*100&&r>100){E*=v(i*u(-s/$))}else{E*=w(M/$,i)}if($>1e10){E*=w(M/$*(N/$),s)}else{E*=w(M*N/($*$),s)}E*=f(x/N);return E}r.exports=beta},9986:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4757);r.exports=o},4757:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9818).assign;function betainc(r,s,i,u,f){var h=[0,0];u=u===false?false:true;f=f===true?true:false;o(r,s,i,u,f,h,1,0);return h[0]}r.exports=betainc},7548:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7811);r.exports=o},7811:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6622);var u=i(469);var f=i(2804);var h=i(6523);var v=i(7687);var w=i(2334);var x=i(4370);function binomcoef(r,s){var i;var _;var S;var k;var M;var N;var $;if(h(r)||h(s)){return NaN}if(!f(r)||!f(s)){return NaN}if(s<0){return 0}_=1;if(r<0){r=-r+s-1;if(v(s)){_*=-1}}if(s>r){return 0}if(s===0||s===r){return _}if(s===1||s===r-1){return _*r}if(r-s<s){s=r-s}$=w(o/r);i=1;for(M=1;M<=s;M++){if(i>$){break}i*=r;i/=M;r-=1}if(M>s){return _*i}S=binomcoef(r,s-M+1);if(S===u){return _*S}k=binomcoef(s,s-M+1);N=x(S,k);S/=N;k/=N;i/=k;return _*i*S}r.exports=binomcoef},3385:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7640);r.exports=o},7640:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Math.ceil;r.exports=s},5672:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9775);r.exports=o},9775:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5976);var u=i(3935);var f=i(7949);var h=i(2882);var v=i(7844);var w=[0,0];function copysign(r,s){var i;var x;f.assign(r,w,1,0);i=w[0];i&=u;x=h(s);x&=o;i|=x;return v(i,w[1])}r.exports=copysign},9191:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4274);r.exports=o},4274:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(2882);var u=i(1567);var f=i(186);var h=i(3982);var v=i(3935);var w=i(222);var x=[0,0];var _=1072243195|0;var S=1044381696|0;function cos(r){var s;var i;s=o(r);s&=v;if(s<=_){if(s<S){return 1}return u(r,0)}if(s>=w){return NaN}i=h(r,x);switch(i&3){case 0:return u(x[0],x[1]);case 1:return-f(x[0],x[1]);case 2:return-u(x[0],x[1]);default:return f(x[0],x[1])}}r.exports=cos},988:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4387);r.exports=o},4387:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(6523);var u=i(1851);var f=i(3786);var h=i(469);var v=i(1475);var w=i(8300);var x=i(8018);var _=i(675);var S=i(5266);var k=i(8925);var M=i(1332);var N=i(516);var $=i(9101);var E=1e-300;var C=13877787807814457e-33;var I=.8450629115104675;var T=.12837916709551256;var O=1;var D=-.0023621185607526594;var F=1;var j=-.009864944034847148;var U=1;var z=-.0098649429247001;var V=1;function erfc(r){var s;var i;var H;var G;var J;var Q;var Y;var K;if(o(r)){return NaN}if(r===h){return 0}if(r===v){return 2}if(r===0){return 1}if(r<0){s=true;i=-r}else{s=false;i=r}if(i<.84375){if(i<C){return 1-r}H=r*r;G=T+H*w(H);J=O+H*x(H);Q=G/J;if(r<.25){return 1-(r+r*Q)}G=r*Q;G+=r-.5;return.5-G}if(i<1.25){J=i-1;Y=D+J*_(J);K=F+J*S(J);if(s){return 1+I+Y/K}return 1-I-Y/K}if(i<28){J=1/(i*i);if(i<2.857142857142857){G=j+J*k(J);J=U+J*M(J)}else{if(r<-6){return 2-E}G=z+J*N(J);J=V+J*$(J)}H=f(i,0);G=u(-(H*H)-.5625)*u((H-i)*(H+i)+G/J);if(s){return 2-G/i}return G/i}if(s){return 2-E}return E*E}r.exports=erfc},675:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.41485611868374833}return.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}r.exports=evalpoly},8300:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.3250421072470015}return-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}r.exports=evalpoly},5266:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.10642088040084423}return.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}r.exports=evalpoly},8018:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.39791722395915535}return.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}r.exports=evalpoly},8925:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.6938585727071818}return-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}r.exports=evalpoly},516:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.799283237680523}return-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}r.exports=evalpoly},1332:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 19.651271667439257}return 19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}r.exports=evalpoly},9101:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 30.33806074348246}return 30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}r.exports=evalpoly},119:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4306);r.exports=o},4306:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_81_0/boost/math/special_functions/detail/erf_inv.hpp}. This implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6523);var u=i(5478);var f=i(1550);var h=i(469);var v=i(1475);var w=i(4801);var x=i(9945);var _=i(5733);var S=i(5917);var k=i(8097);var M=.08913147449493408;var N=2.249481201171875;var $=.807220458984375;var E=.9399557113647461;var C=.9836282730102539;function erfcinv(r){var s;var i;var I;var T;var O;if(o(r)){return NaN}if(r===0){return h}if(r===2){return v}if(r===1){return 0}if(r>2||r<0){return NaN}if(r>1){s=-1;I=2-r}else{s=1;I=r}r=1-I;if(r<=.5){T=r*(r+10);O=w(r);return s*(T*M+T*O)}if(I>=.25){T=u(-2*f(I));I-=.25;O=x(I);return s*(T/(N+O))}I=u(-f(I));if(I<3){i=I-1.125;O=_(i);return s*($*I+O*I)}if(I<6){i=I-3;O=S(i);return s*(E*I+O*I)}i=I-6;O=k(i);return s*(C*I+O*I)}r.exports=erfcinv},4801:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.0005087819496582806}if(r<0){s=-r}else{s=r}if(s<=1){i=-.0005087819496582806+r*(-.008368748197417368+r*(.03348066254097446+r*(-.012692614766297404+r*(-.03656379714117627+r*(.02198786811111689+r*(.008226878746769157+r*(-.005387729650712429+r*(0+r*0))))))));o=1+r*(-.9700050433032906+r*(-1.5657455823417585+r*(1.5622155839842302+r*(.662328840472003+r*(-.7122890234154284+r*(-.05273963823400997+r*(.07952836873415717+r*(-.0023339375937419+r*.0008862163904564247))))))))}else{r=1/r;i=0+r*(0+r*(-.005387729650712429+r*(.008226878746769157+r*(.02198786811111689+r*(-.03656379714117627+r*(-.012692614766297404+r*(.03348066254097446+r*(-.008368748197417368+r*-.0005087819496582806))))))));o=.0008862163904564247+r*(-.0023339375937419+r*(.07952836873415717+r*(-.05273963823400997+r*(-.7122890234154284+r*(.662328840472003+r*(1.5622155839842302+r*(-1.5657455823417585+r*(-.9700050433032906+r*1))))))))}return i/o}r.exports=evalrational},9945:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.20243350835593876}if(r<0){s=-r}else{s=r}if(s<=1){i=-.20243350835593876+r*(.10526468069939171+r*(8.3705032834312+r*(17.644729840837403+r*(-18.851064805871424+r*(-44.6382324441787+r*(17.445385985570866+r*(21.12946554483405+r*-3.6719225470772936)))))));o=1+r*(6.242641248542475+r*(3.971343795334387+r*(-28.66081804998+r*(-20.14326346804852+r*(48.560921310873994+r*(10.826866735546016+r*(-22.643693341313973+r*1.7211476576120028)))))))}else{r=1/r;i=-3.6719225470772936+r*(21.12946554483405+r*(17.445385985570866+r*(-44.6382324441787+r*(-18.851064805871424+r*(17.644729840837403+r*(8.3705032834312+r*(.10526468069939171+r*-.20243350835593876)))))));o=1.7211476576120028+r*(-22.643693341313973+r*(10.826866735546016+r*(48.560921310873994+r*(-20.14326346804852+r*(-28.66081804998+r*(3.971343795334387+r*(6.242641248542475+r*1)))))))}return i/o}r.exports=evalrational},5733:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.1311027816799519}if(r<0){s=-r}else{s=r}if(s<=1){i=-.1311027816799519+r*(-.16379404719331705+r*(.11703015634199525+r*(.38707973897260434+r*(.3377855389120359+r*(.14286953440815717+r*(.029015791000532906+r*(.0021455899538880526+r*(-6.794655751811263e-7+r*(2.8522533178221704e-8+r*-6.81149956853777e-10)))))))));o=1+r*(3.4662540724256723+r*(5.381683457070069+r*(4.778465929458438+r*(2.5930192162362027+r*(.848854343457902+r*(.15226433829533179+r*(.011059242293464892+r*(0+r*(0+r*0)))))))))}else{r=1/r;i=-6.81149956853777e-10+r*(2.8522533178221704e-8+r*(-6.794655751811263e-7+r*(.0021455899538880526+r*(.029015791000532906+r*(.14286953440815717+r*(.3377855389120359+r*(.38707973897260434+r*(.11703015634199525+r*(-.16379404719331705+r*-.1311027816799519)))))))));o=0+r*(0+r*(0+r*(.011059242293464892+r*(.15226433829533179+r*(.848854343457902+r*(2.5930192162362027+r*(4.778465929458438+r*(5.381683457070069+r*(3.4662540724256723+r*1)))))))))}return i/o}r.exports=evalrational},5917:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.0350353787183178}if(r<0){s=-r}else{s=r}if(s<=1){i=-.0350353787183178+r*(-.0022242652921344794+r*(.018557330651423107+r*(.009508047013259196+r*(.0018712349281955923+r*(.00015754461742496055+r*(460469890584318e-20+r*(-2.304047769118826e-10+r*26633922742578204e-28)))))));o=1+r*(1.3653349817554064+r*(.7620591645536234+r*(.22009110576413124+r*(.03415891436709477+r*(.00263861676657016+r*(7646752923027944e-20+r*(0+r*0)))))))}else{r=1/r;i=26633922742578204e-28+r*(-2.304047769118826e-10+r*(460469890584318e-20+r*(.00015754461742496055+r*(.0018712349281955923+r*(.009508047013259196+r*(.018557330651423107+r*(-.0022242652921344794+r*-.0350353787183178)))))));o=0+r*(0+r*(7646752923027944e-20+r*(.00263861676657016+r*(.03415891436709477+r*(.22009110576413124+r*(.7620591645536234+r*(1.3653349817554064+r*1)))))))}return i/o}r.exports=evalrational},8097:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.016743100507663373}if(r<0){s=-r}else{s=r}if(s<=1){i=-.016743100507663373+r*(-.0011295143874558028+r*(.001056288621524929+r*(.00020938631748758808+r*(14962478375834237e-21+r*(4.4969678992770644e-7+r*(4.625961635228786e-9+r*(-2811287356288318e-29+r*9905570997331033e-32)))))));o=1+r*(.5914293448864175+r*(.1381518657490833+r*(.016074608709367652+r*(.0009640118070051656+r*(27533547476472603e-21+r*(2.82243172016108e-7+r*(0+r*0)))))))}else{r=1/r;i=9905570997331033e-32+r*(-2811287356288318e-29+r*(4.625961635228786e-9+r*(4.4969678992770644e-7+r*(14962478375834237e-21+r*(.00020938631748758808+r*(.001056288621524929+r*(-.0011295143874558028+r*-.016743100507663373)))))));o=0+r*(0+r*(2.82243172016108e-7+r*(27533547476472603e-21+r*(.0009640118070051656+r*(.016074608709367652+r*(.1381518657490833+r*(.5914293448864175+r*1)))))))}return i/o}r.exports=evalrational},3034:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8349);r.exports=o},8349:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_48_0/boost/math/special_functions/detail/erf_inv.hpp}. This implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6523);var u=i(5478);var f=i(1550);var h=i(469);var v=i(1475);var w=i(8944);var x=i(8776);var _=i(1964);var S=i(4932);var k=i(1376);var M=.08913147449493408;var N=2.249481201171875;var $=.807220458984375;var E=.9399557113647461;var C=.9836282730102539;function erfinv(r){var s;var i;var I;var T;var O;var D;if(o(r)){return NaN}if(r===1){return h}if(r===-1){return v}if(r===0){return r}if(r>1||r<-1){return NaN}if(r<0){s=-1;i=-r}else{s=1;i=r}T=1-i;if(i<=.5){O=i*(i+10);D=w(i);return s*(O*M+O*D)}if(T>=.25){O=u(-2*f(T));T-=.25;D=x(T);return s*(O/(N+D))}T=u(-f(T));if(T<3){I=T-1.125;D=_(I);return s*($*T+D*T)}if(T<6){I=T-3;D=S(I);return s*(E*T+D*T)}I=T-6;D=k(I);return s*(C*T+D*T)}r.exports=erfinv},8944:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.0005087819496582806}if(r<0){s=-r}else{s=r}if(s<=1){i=-.0005087819496582806+r*(-.008368748197417368+r*(.03348066254097446+r*(-.012692614766297404+r*(-.03656379714117627+r*(.02198786811111689+r*(.008226878746769157+r*(-.005387729650712429+r*(0+r*0))))))));o=1+r*(-.9700050433032906+r*(-1.5657455823417585+r*(1.5622155839842302+r*(.662328840472003+r*(-.7122890234154284+r*(-.05273963823400997+r*(.07952836873415717+r*(-.0023339375937419+r*.0008862163904564247))))))))}else{r=1/r;i=0+r*(0+r*(-.005387729650712429+r*(.008226878746769157+r*(.02198786811111689+r*(-.03656379714117627+r*(-.012692614766297404+r*(.03348066254097446+r*(-.008368748197417368+r*-.0005087819496582806))))))));o=.0008862163904564247+r*(-.0023339375937419+r*(.07952836873415717+r*(-.05273963823400997+r*(-.7122890234154284+r*(.662328840472003+r*(1.5622155839842302+r*(-1.5657455823417585+r*(-.9700050433032906+r*1))))))))}return i/o}r.exports=evalrational},8776:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.20243350835593876}if(r<0){s=-r}else{s=r}if(s<=1){i=-.20243350835593876+r*(.10526468069939171+r*(8.3705032834312+r*(17.644729840837403+r*(-18.851064805871424+r*(-44.6382324441787+r*(17.445385985570866+r*(21.12946554483405+r*-3.6719225470772936)))))));o=1+r*(6.242641248542475+r*(3.971343795334387+r*(-28.66081804998+r*(-20.14326346804852+r*(48.560921310873994+r*(10.826866735546016+r*(-22.643693341313973+r*1.7211476576120028)))))))}else{r=1/r;i=-3.6719225470772936+r*(21.12946554483405+r*(17.445385985570866+r*(-44.6382324441787+r*(-18.851064805871424+r*(17.644729840837403+r*(8.3705032834312+r*(.10526468069939171+r*-.20243350835593876)))))));o=1.7211476576120028+r*(-22.643693341313973+r*(10.826866735546016+r*(48.560921310873994+r*(-20.14326346804852+r*(-28.66081804998+r*(3.971343795334387+r*(6.242641248542475+r*1)))))))}return i/o}r.exports=evalrational},1964:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.1311027816799519}if(r<0){s=-r}else{s=r}if(s<=1){i=-.1311027816799519+r*(-.16379404719331705+r*(.11703015634199525+r*(.38707973897260434+r*(.3377855389120359+r*(.14286953440815717+r*(.029015791000532906+r*(.0021455899538880526+r*(-6.794655751811263e-7+r*(2.8522533178221704e-8+r*-6.81149956853777e-10)))))))));o=1+r*(3.4662540724256723+r*(5.381683457070069+r*(4.778465929458438+r*(2.5930192162362027+r*(.848854343457902+r*(.15226433829533179+r*(.011059242293464892+r*(0+r*(0+r*0)))))))))}else{r=1/r;i=-6.81149956853777e-10+r*(2.8522533178221704e-8+r*(-6.794655751811263e-7+r*(.0021455899538880526+r*(.029015791000532906+r*(.14286953440815717+r*(.3377855389120359+r*(.38707973897260434+r*(.11703015634199525+r*(-.16379404719331705+r*-.1311027816799519)))))))));o=0+r*(0+r*(0+r*(.011059242293464892+r*(.15226433829533179+r*(.848854343457902+r*(2.5930192162362027+r*(4.778465929458438+r*(5.381683457070069+r*(3.4662540724256723+r*1)))))))))}return i/o}r.exports=evalrational},4932:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.0350353787183178}if(r<0){s=-r}else{s=r}if(s<=1){i=-.0350353787183178+r*(-.0022242652921344794+r*(.018557330651423107+r*(.009508047013259196+r*(.0018712349281955923+r*(.00015754461742496055+r*(460469890584318e-20+r*(-2.304047769118826e-10+r*26633922742578204e-28)))))));o=1+r*(1.3653349817554064+r*(.7620591645536234+r*(.22009110576413124+r*(.03415891436709477+r*(.00263861676657016+r*(7646752923027944e-20+r*(0+r*0)))))))}else{r=1/r;i=26633922742578204e-28+r*(-2.304047769118826e-10+r*(460469890584318e-20+r*(.00015754461742496055+r*(.0018712349281955923+r*(.009508047013259196+r*(.018557330651423107+r*(-.0022242652921344794+r*-.0350353787183178)))))));o=0+r*(0+r*(7646752923027944e-20+r*(.00263861676657016+r*(.03415891436709477+r*(.22009110576413124+r*(.7620591645536234+r*(1.3653349817554064+r*1)))))))}return i/o}r.exports=evalrational},1376:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.016743100507663373}if(r<0){s=-r}else{s=r}if(s<=1){i=-.016743100507663373+r*(-.0011295143874558028+r*(.001056288621524929+r*(.00020938631748758808+r*(14962478375834237e-21+r*(4.4969678992770644e-7+r*(4.625961635228786e-9+r*(-2811287356288318e-29+r*9905570997331033e-32)))))));o=1+r*(.5914293448864175+r*(.1381518657490833+r*(.016074608709367652+r*(.0009640118070051656+r*(27533547476472603e-21+r*(2.82243172016108e-7+r*(0+r*0)))))))}else{r=1/r;i=9905570997331033e-32+r*(-2811287356288318e-29+r*(4.625961635228786e-9+r*(4.4969678992770644e-7+r*(14962478375834237e-21+r*(.00020938631748758808+r*(.001056288621524929+r*(-.0011295143874558028+r*-.016743100507663373)))))));o=0+r*(0+r*(2.82243172016108e-7+r*(27533547476472603e-21+r*(.0009640118070051656+r*(.016074608709367652+r*(.1381518657490833+r*(.5914293448864175+r*1)))))))}return i/o}r.exports=evalrational},6567:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(3291);var u=i(1589);function expmulti(r,s,i){var f;var h;var v;var w;f=r-s;h=f*f;v=f-h*u(h);w=1-(s-f*v/(2-v)-r);return o(w,i)}r.exports=expmulti},1851:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1878);r.exports=o},1878:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(6523);var u=i(1262);var f=i(1475);var h=i(469);var v=i(6567);var w=.6931471803691238;var x=1.9082149292705877e-10;var _=1.4426950408889634;var S=709.782712893384;var k=-745.1332191019411;var M=1/(1<<28);var N=-M;function exp(r){var s;var i;var $;if(o(r)||r===h){return r}if(r===f){return 0}if(r>S){return h}if(r<k){return 0}if(r>N&&r<M){return 1+r}if(r<0){$=u(_*r-.5)}else{$=u(_*r+.5)}s=r-$*w;i=$*x;return v(s,i,$)}r.exports=exp},1589:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.16666666666666602}return.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*4.1381367970572385e-8)))}r.exports=evalpoly},141:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6172);r.exports=o},6172:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(6523);var u=i(2882);var f=i(5990);var h=i(7844);var v=i(469);var w=i(1475);var x=i(1877);var _=i(9475);var S=i(6736);var k=709.782712893384;var M=.6931471803691238;var N=1.9082149292705877e-10;var $=1.4426950408889634;var E=38.816242111356935;var C=1.0397207708399179;function expm1(r){var s;var i;var I;var T;var O;var D;var F;var j;var U;var z;var V;var H;var G;if(r===v||o(r)){return r}if(r===w){return-1}if(r===0){return r}if(r<0){I=true;j=-r}else{I=false;j=r}if(j>=E){if(I){return-1}if(j>=k){return v}}D=u(j)|0;if(j>_){if(j<C){if(I){T=r+M;O=-N;G=-1}else{T=r-M;O=N;G=1}}else{if(I){G=$*r-.5}else{G=$*r+.5}G|=0;V=G;T=r-V*M;O=V*N}r=T-O;z=T-r-O}else if(D<1016070144){return r}else{G=0}s=.5*r;U=r*s;F=1+U*S(U);V=3-F*s;H=U*((F-V)/(6-r*V));if(G===0){return r-(r*H-U)}i=h(x+G<<20,0);H=r*(H-z)-z;H-=U;if(G===-1){return.5*(r-H)-.5}if(G===1){if(r<-.25){return-2*(H-(r+.5))}return 1+2*(r-H)}if(G<=-2||G>56){j=1-(H-r);if(G===1024){T=u(j)+(G<<20)|0;j=f(j,T)}else{j*=i}return j-1}V=1;if(G<20){T=1072693248-(2097152>>G)|0;V=f(V,T);j=V-(H-r)}else{T=x-G<<20|0;V=f(V,T);j=r-(H+V);j+=1}j*=i;return j}r.exports=expm1},6736:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.03333333333333313}return-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-2.0109921818362437e-7)))}r.exports=evalpoly},9119:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2938);r.exports=o},2938:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6523);var u=i(2804);var f=i(905);var h=i(469);var v=i(313);var w=i(7994);function factorial(r){if(o(r)){return NaN}if(u(r)){if(r<0){return NaN}if(r<=v){return w[r]}return h}return f(r+1)}r.exports=factorial},297:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2408);r.exports=o},2408:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6590);var u=i(7711);function factorialln(r){if(o(r)){return NaN}return u(r+1)}r.exports=factorialln},2334:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5681);r.exports=o},5681:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Math.floor;r.exports=s},1011:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2950);var u=i(905);var f=i(7260);var h=i(6260);var v=i(1851);var w=i(6310);var x=i(5088);var _=i(45);var S=i(3822);var k=i(313);var M=4269068009004705e289;function gammaDeltaRatioLanczos(r,s){var i;var N;var $;if(r<x){if(s>=k){N=gammaDeltaRatioLanczos(s,k-s);N*=r;N*=M;return 1/N}return 1/(r*u(r+s))}$=r+S-.5;if(r+s===r){if(h(s/$)<x){i=v(-s)}else{i=1}}else{if(h(s)<10){i=v((.5-r)*f(s/$))}else{i=w($/($+s),r-.5)}i*=o(r)/o(r+s)}i*=w(_/($+s),s);return i}r.exports=gammaDeltaRatioLanczos},4320:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2503);r.exports=o},2503:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6260);var u=i(2334);var f=i(905);var h=i(9119);var v=i(313);var w=i(1011);function gammaDeltaRatio(r,s){var i;var x;var _;if(r<=0||r+s<=0){return f(r)/f(r+s)}x=u(s);if(x===s){_=u(r);if(_===r){if(r<=v&&r+s<=v){return h(_-1)/h(x+_-1)}}if(o(s)<20){if(s===0){return 1}if(s<0){r-=1;i=r;s+=1;while(s!==0){r-=1;i*=r;s+=1}return i}i=1/r;s-=1;while(s!==0){r+=1;i/=r;s-=1}return i}}return w(r,s)}r.exports=gammaDeltaRatio},2638:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2193);r.exports=o},2193:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(9497);r.exports=o},9497:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return Infinity}if(r<0){s=-r}else{s=r}if(s<=1){i=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20)))))))));o=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))}else{r=1/r;i=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658)))))))));o=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))}return i/o}r.exports=evalrational},2950:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2185);r.exports=o},2185:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(350);r.exports=o},350:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return Infinity}if(r<0){s=-r}else{s=r}if(s<=1){i=38474670393.31777+r*(36857665043.51951+r*(15889202453.72942+r*(4059208354.298835+r*(680547661.1834733+r*(78239755.00312005+r*(6246580.776401795+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007)))))))));o=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))}else{r=1/r;i=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580.776401795+r*(78239755.00312005+r*(680547661.1834733+r*(4059208354.298835+r*(15889202453.72942+r*(36857665043.51951+r*38474670393.31777)))))))));o=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))}return i/o}r.exports=evalrational},905:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9848);r.exports=o},9848:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var o=i(6523);var u=i(2804);var f=i(3270);var h=i(6260);var v=i(2334);var w=i(1794);var x=i(469);var _=i(1475);var S=i(9701);var k=i(101);var M=i(6630);var N=i(3381);function gamma(r){var s;var i;var $;var E;if(u(r)&&r<0||r===_||o(r)){return NaN}if(r===0){if(f(r)){return _}return x}if(r>171.61447887182297){return x}if(r<-170.5674972726612){return 0}i=h(r);if(i>33){if(r>=0){return k(r)}$=v(i);if(($&1)===0){s=-1}else{s=1}E=i-$;if(E>.5){$+=1;E=i-$}E=i*w(S*E);return s*S/(h(E)*k(i))}E=1;while(r>=3){r-=1;E*=r}while(r<0){if(r>-1e-9){return M(r,E)}E/=r;r+=1}while(r<2){if(r<1e-9){return M(r,E)}E/=r;r+=1}if(r===2){return E}r-=2;return E*N(r)}r.exports=gamma},6886:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.08333333333334822}return.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}r.exports=evalpoly},3381:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return 1}if(r<0){s=-r}else{s=r}if(s<=1){i=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0))))));o=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))}else{r=1/r;i=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1))))));o=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))}return i/o}r.exports=evalrational},6630:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var o=i(2404);function gamma(r,s){return s/((1+o*r)*r)}r.exports=gamma},101:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var o=i(2385);var u=i(6310);var f=i(1851);var h=i(6886);var v=143.01608;function gamma(r){var s;var i;var w;s=1/r;s=1+s*h(s);i=f(r);if(r>v){w=u(r,.5*r-.25);i=w*(w/i)}else{i=u(r,r-.5)/i}return o*i*s}r.exports=gamma},7186:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7013);r.exports=o},3256:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(1550);var u=i(5088);var f=i(8280);var h=i(1440);var v=i(7492);var w=.15896368026733398;var x=.5281534194946289;var _=.45201730728149414;function lgammaSmallImp(r,s,i){var S;var k;var M;var N;if(r<u){return-o(r)}if(s===0||i===0){return 0}k=0;if(r>2){if(r>=3){do{r-=1;i-=1;k+=o(r)}while(r>=3);i=r-2}M=i*(r+1);N=f(i);k+=M*w+M*N;return k}if(r<1){k+=-o(r);i=s;s=r;r+=1}if(r<=1.5){M=h(s);S=s*i;k+=S*x+S*M;return k}M=i*s;N=v(-i);k+=M*_+M*N;return k}r.exports=lgammaSmallImp},7013:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(905);var u=i(141);var f=i(7260);var h=i(6523);var v=i(3256);function gamma1pm1(r){if(h(r)){return NaN}if(r<0){if(r<-.5){return o(1+r)-1}return u(-f(r)+v(r+2,r+1,r))}if(r<2){return u(v(r+1,r,r-1))}return o(1+r)-1}r.exports=gamma1pm1},8280:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.01803556856784494}if(r<0){s=-r}else{s=r}if(s<=1){i=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0))))));o=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-2.2335276320861708e-7))))))}else{r=1/r;i=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494))))));o=-2.2335276320861708e-7+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))}return i/o}r.exports=evalrational},1440:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return.04906224540690395}if(r<0){s=-r}else{s=r}if(s<=1){i=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955)))));o=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))}else{r=1/r;i=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395)))));o=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))}return i/o}r.exports=evalrational},7492:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.029232972183027003}if(r<0){s=-r}else{s=r}if(s<=1){i=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0)))));o=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8.271935218912905e-7)))))}else{r=1/r;i=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003)))));o=-8.271935218912905e-7+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))}return i/o}r.exports=evalrational},7078:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(1851);function finiteGammaQ(r,s){var i;var u;var f;var h;f=o(-s);u=f;if(u!==0){i=u;for(h=1;h<r;++h){i/=h;i*=s;u+=i}}return u}r.exports=finiteGammaQ},5120:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(988);var u=i(5478);var f=i(1851);var h=i(9701);function finiteHalfGammaQ(r,s){var i;var v;var w;var x;var _;x=o(u(s));if(x!==0&&r>1){v=f(-s)/u(h*s);v*=s;i=.5;v/=i;w=v;for(_=2;_<r;++_){v/=_-i;v*=s;w+=v}x+=w}return x}r.exports=finiteHalfGammaQ},5852:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(1851);var u=i(6310);var f=i(1550);var h=i(4193);var v=i(7999);function fullIGammaPrefix(r,s){var i;var w;w=r*f(s);if(s>=1){if(w<h&&-s>v){i=u(s,r)*o(-s)}else if(r>=1){i=u(s/o(s/r),r)}else{i=o(w-s)}}else{if(w>v){i=u(s,r)*o(-s)}else if(s/r<h){i=u(s/o(s/r),r)}else{i=o(w-s)}}return i}r.exports=fullIGammaPrefix},6144:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2334);var u=i(905);var f=i(6260);var h=i(6310);var v=i(1550);var w=i(8159);var x=i(3424);var _=i(4193);var S=i(3781);var k=i(7078);var M=i(5120);var N=i(5852);var $=i(712);var E=i(7178);var C=i(4175);var I=i(97);var T=i(386);function igammaFinal(r,s,i,O){var D;var F;var j;var U;var z;var V;var H;var G;var J;var Q;var Y;var K;var Z;var ee;H=0;G=O;V=s<30&&s<=r+1&&r<_;if(V){Z=o(s);J=Z===s;j=J?false:f(Z-s)===.5}else{J=false;j=false}if(J&&r>.6){G=!G;F=0}else if(j&&r>.2){G=!G;F=1}else if(r<w&&s>1){F=6}else if(r>1e3&&(s<r||f(s-50)/r<1)){G=!G;F=7}else if(r<.5){if(-.4/v(r)<s){F=2}else{F=3}}else if(r<1.1){if(r*.75<s){F=2}else{F=3}}else{z=false;if(i&&s>20){Q=f((r-s)/s);if(s>200){if(20/s>Q*Q){z=true}}else if(Q<.4){z=true}}if(z){F=5}else if(r-1/(3*r)<s){F=2}else{F=4;G=!G}}switch(F){case 0:H=k(s,r);if(i===false){H*=u(s)}break;case 1:H=M(s,r);if(i===false){H*=u(s)}break;case 2:H=i?C(s,r):N(s,r);if(H!==0){U=0;D=false;if(G){U=i?1:u(s);if(i||H>=1||x*H>U){U/=H;if(i||s<1||x/s>U){U*=-s;D=true}else{U=0}}else{U=0}}H*=E(s,r,U)/s;if(D){G=false;H=-H}}break;case 3:G=!G;Y=I(s,r,G);H=Y[0];ee=Y[1];G=false;if(i){H/=ee}break;case 4:H=i?C(s,r):N(s,r);if(H!==0){H*=T(s,r)}break;case 5:H=$(s,r);if(r>=s){G=!G}break;case 6:H=i?h(r,s)/u(s+1):h(r,s)/s;H*=1-s*r/(s+1);break;case 7:H=i?C(s,r):N(s,r);H/=r;if(H!==0){H*=S(s,r)}break}if(i&&H>1){H=1}if(G){K=i?1:u(s);H=K-H}return H}r.exports=igammaFinal},712:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2096);var u=i(5430);var f=i(988);var h=i(5478);var v=i(1851);var w=i(2358);var x=i(4410);var _=i(5273);var S=i(736);var k=i(8135);var M=i(6870);var N=i(7589);var $=i(3164);var E=i(8099);var C=i(9413);var I=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(r,s){var i;var T;var O;var D;var F;T=(s-r)/r;O=-u(T);D=r*O;F=h(2*O);if(s<r){F=-F}I[0]=x(F);I[1]=_(F);I[2]=S(F);I[3]=k(F);I[4]=M(F);I[5]=N(F);I[6]=$(F);I[7]=E(F);I[8]=C(F);I[9]=-.0005967612901927463;i=o(I,1/r);i*=v(-D)/h(w*r);if(s<r){i=-i}i+=f(h(D))/2;return i}r.exports=igammaTemmeLarge},5479:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3218);r.exports=o},7178:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6491);var u=i(3027);function lowerGammaSeries(r,s,i){var f;var h;i=i||0;h=u(r,s);f=o(h,{initialValue:i});return f}r.exports=lowerGammaSeries},3027:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function lowerIncompleteGammaSeries(r,s){var i=1;var o=r;var u=s;return next;function next(){var r=i;o+=1;i*=u/o;return r}}r.exports=lowerIncompleteGammaSeries},3218:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(7711);var u=i(1851);var f=i(1550);var h=i(2385);var v=i(4193);var w=i(469);var x=i(313);var _=i(6144);var S=i(7178);var k=i(386);function gammainc(r,s,i,M){var N;var $;var E;var C;if(r<0||s<=0){return NaN}N=i===void 0?true:i;E=M;if(s>=x&&!N){if(E&&s*4<r){C=s*f(r)-r;C+=f(k(s,r))}else if(!E&&s>4*r){C=s*f(r)-r;$=0;C+=f(S(s,r,$)/s)}else{C=_(r,s,true,E);if(C===0){if(E){C=1+1/(12*s)+1/(288*s*s);C=f(C)-s+(s-.5)*f(s);C+=f(h)}else{C=s*f(r)-r;$=0;C+=f(S(s,r,$)/s)}}else{C=f(C)+o(s)}}if(C>v){return w}return u(C)}return _(r,s,N,E)}r.exports=gammainc},4410:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.3333333333333333}return-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8.296711340953087e-7+r*(-1.7665952736826078e-7+r*(6.707853543401498e-9+r*(1.0261809784240309e-8+r*(-4.382036018453353e-9+r*9.14769958223679e-10)))))))))))))}r.exports=evalpoly},5273:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.001851851851851852}return-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4.018775720164609e-7+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4.647127802807434e-9+r*(1.378633446915721e-7+r*(-5.752545603517705e-8+r*1.1951628599778148e-8)))))))))))}r.exports=evalpoly},736:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.004133597883597883}return.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3.423578734096138e-8+r*(13721957309062932e-22+r*(-6.298992138380055e-7+r*1.4280614206064242e-7)))))))))}r.exports=evalpoly},8135:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0006494341563786008}return.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2.396505113867297e-7+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}r.exports=evalpoly},6870:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.0008618882909167117}return-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}r.exports=evalpoly},7589:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.00033679855336635813}return-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1.419062920643967e-7+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}r.exports=evalpoly},3164:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0005313079364639922}return.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7.902353232660328e-7+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}r.exports=evalpoly},8099:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.00034436760689237765}return.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}r.exports=evalpoly},9413:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.0006526239185953094}return-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}r.exports=evalpoly},4175:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2638);var u=i(7711);var f=i(905);var h=i(5430);var v=i(5478);var w=i(6260);var x=i(1851);var _=i(6310);var S=i(2974);var k=i(8008);var M=i(1550);var N=i(3424);var $=i(4193);var E=i(7999);var C=i(3822);var I=i(45);function regularisedGammaPrefix(r,s){var i;var T;var O;var D;var F;var j;var U;O=r+C-.5;U=(s-r-C+.5)/O;if(r<1){if(s<=E||r<1/N){return x(r*M(s)-s-u(r))}return _(s,r)*x(-s)/f(r)}if(w(U*U*r)<=100&&r>150){i=r*h(U)+s*(.5-C)/O;i=x(i)}else{D=r*M(s/O);F=r-s;if(k(D,F)<=E||S(D,F)>=$){T=F/r;if(k(D,F)/2>E&&S(D,F)/2<$){j=_(s/O,r/2)*x(F/2);i=j*j}else if(k(D,F)/4>E&&S(D,F)/4<$&&s>r){j=_(s/O,r/4)*x(F/4);i=j*j;i*=i}else if(T>E&&T<$){i=_(s*x(T)/O,r)}else{i=x(D+F)}}else{i=_(s/O,r)*x(F)}}i*=v(O/I)/o(r);return i}r.exports=regularisedGammaPrefix},7708:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function smallGamma2Series(r,s){var i;var o;var u;var f;i=-s;s=-s;o=r+1;u=1;return next;function next(){f=i/o;i*=s;u+=1;i/=u;o+=1;return f}}r.exports=smallGamma2Series},3781:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6491);var u=i(4809);function tgammaILargeX(r,s){var i;var f;f=u(r,s);i=o(f);return i}r.exports=tgammaILargeX},4809:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function tgammaILargeXSeries(r,s){var i=1;var o=r;var u=s;return next;function next(){var r=i;i*=o/u;o-=1;return r}}r.exports=tgammaILargeXSeries},97:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(4756);var u=i(6491);var f=i(7186);var h=i(7708);function tgammaSmallUpperPart(r,s,i){var v;var w;var x;var _;var S;w=f(r);x=(w+1)/r;_=o(s,r);w-=_;w/=r;S=h(r,s);_+=1;v=i?x:0;w=-_*u(S,{initialValue:(v-w)/_});if(i){w=-w}return[w,x]}r.exports=tgammaSmallUpperPart},386:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(508);var u=i(2923);function upperGammaFraction(r,s){var i=u(r,s);return 1/(s-r+1+o(i))}r.exports=upperGammaFraction},2923:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function upperIncompleteGammaFract(r,s){var i=s-r+1;var o=r;var u=0;return next;function next(){u+=1;i+=2;return[u*(o-u),i]}}r.exports=upperIncompleteGammaFract},3474:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=[1.9963790515900766,-.0017971032528832887,13129285796384672e-21,-2.340875228178749e-7,7.2291210671127e-9,-3.280997607821e-10,19875070901e-21,-1509214183e-21,1375340084e-22,-145728923e-22,17532367e-22,-2351465e-22,346551e-22,-55471e-22,9548e-22,-1748e-22,3.32e-20,-58e-22];function chepolsum(r,i){var o;var u;var f;var h;var v;u=0;f=0;o=i+i;v=r;do{h=f;f=u;u=o*f-h+s[v];v-=1}while(v>=0);return(u-h)/2}r.exports=chepolsum},8819:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2830);var u=i(2096);var f=i(7711);var h=i(119);var v=i(905);var w=i(5478);var x=i(6260);var _=i(1851);var S=i(8008);var k=i(6310);var M=i(1550);var N=i(2385);var $=i(9951);var E=i(2358);var C=i(4984);var I=i(787);var T=i(8201);var O=i(2469);var D=i(351);var F=i(8195);var j=o("gammaincinv:compute");var U=.5;var z=.3333333333333333;var V=.25;var H=.2;var G=.16666666666666666;var J=.08333333333333333;var Q=.041666666666666664;var Y=[0,0,0,0,0];function compute(r,s,i){var o;var K;var Z;var ee;var te;var re;var ne;var se;var ae;var ie;var oe;var le;var ce;var ue;var fe;var de;var he;var ve;var pe;var me;var ge;var we;var be;var ye;var xe;var _e;var Se;var ke;var Me;var Ne;var $e;var Ee;var Ae;var Ce;var Ie;var Te;var Re;var Oe;var qe;var Le;var De;var Fe;var je;var Be;if(s<U){ee=true;te=s;Fe=-1}else{ee=false;te=i;Fe=1}qe=0;if(x(r-1)<1e-4){Le=0;if(ee){if(s<.001){Ee=s*s;ke=Ee*s;$e=ke*s;me=$e*s;pe=me*s;ge=s+Ee*U+ke*z+$e*V+me*H+pe*G}else{ge=-M(1-s)}}else{ge=-M(i)}if(r===1){qe=2;Ce=ge}else{Z=f(r);qe=1}}if(i<1e-30&&r<U){Le=0;ge=-M(i*v(r))+(r-1)*M(-M(i*v(r)));qe=1;Z=f(r)}if(r>1&&r<500&&s<1e-80){Le=0;re=1/r;o=1/(r+1);ge=(f(r+1)+M(s))*re;ge=_(ge);ue=ge;for(Oe=0;Oe<10;Oe++){ge=ue*_(ge*re)*k(1-ge*o,re)}qe=1;Z=f(r)}ne=1/r*(M(s)+f(r+1));if(ne<M(H*(1+r))&&qe===0){De=_(ne);Le=0;we=r*r;Ae=we*r;Me=Ae*r;fe=r+1;oe=fe*fe;ie=fe*oe;ae=oe*oe;de=r+2;se=de*de;he=r+3;Y[0]=1;Y[1]=1/fe;Y[2]=U*(3*r+5)/(oe*de);Y[3]=z*(31+8*we+33*r)/(ie*de*he);Y[4]=Q*(2888+1179*Ae+125*Me+3971*we+5661*r)/(ae*se*he*(r+4));ge=De*u(Y,De);Z=f(r);qe=1}if(r<10&&qe===0){le=w(r)/(T(r)*N);ce=S(.02,le);if(i<ce){Le=0;Te=1-r;_e=Te*Te;Se=_e*Te;ve=w(-2/r*M(i/le));ge=r*I(ve);Re=M(ge);if(ge>5){be=Re*Re;ye=be*Re;xe=ye*Re;De=1/ge;Y[0]=Re-1;Y[1]=(3*Te-2*Te*Re+be-2*Re+2)*U;Y[2]=(24*Te*Re-11*_e-24*Te-6*be+12*Re-12-9*Te*be+6*_e*Re+2*ye)*G;Y[3]=(-12*Se*Re+8.04*Te*be-114*_e*Re+(72+36*be)+(3*xe-72*Re+162)*(Te-168*Te*Re)-(12*ye+25*Se)-(22*Te*ye+36*_e*be+120*_e))*J;Y[4]=0;ge=ge-Re+Te*De*u(Y,De)}else{De=1/ge;be=Re*Re;Ie=Re-1;je=Re-Te*De*Ie;if(je<ge){ge-=je}}Z=f(r);qe=1}}if(x(te-U)<1e-5&&qe===0){Le=0;re=1/r;ge=r-z+(.019753086419753086+.007211444248481286*re)*re;Z=f(r);qe=1}if(r<1&&qe===0){Le=0;if(ee){ge=_(1/r*(M(te)+f(r+1)))}else{ge=_(1/r*(M(1-te)+f(r+1)))}Z=f(r);qe=1}if(qe===0){Le=1;re=1/r;De=h(2*te);ve=Fe*De/w(r*U);if(De<$){ve+=(O(ve)+(D(ve)+F(ve)*re)*re)*re;ge=r*I(ve);Be=ve;Ne=-w(r/E)*_(-U*r*Be*Be)/T(r);K=1/Ne}else{j("Warning: Overflow problems in one or more steps of the computation.");return NaN}}if(qe<2){Ce=C(ge,r,Le,s,i,Z,K,ee)}return Ce}r.exports=compute},2469:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(1550);var f=i(787);var h=i(2556);function eps1(r){var s;if(o(r)<1){return h(r)}s=f(r);return u(r/(s-1))/r}r.exports=eps1},351:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1550);var u=i(8654);var f=i(5356);var h=i(5482);function eps2(r){var s;var i;if(r<-5){i=r*r;s=o(-r);return(12-i-6*(s*s))/(12*i*r)}if(r<-2){return u(r)}if(r<2){return f(r)}if(r<1e3){i=1/r;return h(r)/(-12*r)}return-1/(12*r)}r.exports=eps2},8195:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1550);var u=i(3679);var f=i(7086);var h=i(4364);var v=i(2594);var w=i(2924);function eps3(r){var s;var i;if(r<-8){s=r*r;i=o(-r)/r;return(-30+r*i*(6*s*i*i-12+s))/(12*r*s*s)}if(r<-4){return u(r)/(r*r)}if(r<-2){return f(r)}if(r<2){return h(r)}if(r<10){s=1/r;return v(s)/(r*r)}if(r<100){s=1/r;return w(s)/(r*r)}return-o(r)/(12*r*r*r)}r.exports=eps3},8201:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1851);var u=i(905);var f=i(1550);var h=i(9951);var v=i(2385);var w=i(5324);function gamstar(r){if(r>=3){return o(w(r))}if(r>0){return u(r)/(o(-r+(r-.5)*f(r))*v)}return h}r.exports=gamstar},4984:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2830);var u=i(5479);var f=i(6260);var h=i(1851);var v=i(1550);var w=i(9951);var x=o("gammaincinv:higher_newton");function higherNewton(r,s,i,o,_,S,k,M){var N;var $;var E;var C;var I;var T;var O;var D;var F;var j;var U;var z;var V;var H;H=r;U=1;z=1;T=s*s;$=r;do{H=r;O=H*H;if(i===0){N=(1-s)*v(H)+H+S;if(N>v(w)){x("Warning: overflow problems in one or more steps of the computation. The initial approximation to the root is returned.");return $}V=h(N)}else{V=-k*H}if(M){D=u(H,s,true,false);E=-V*(D-o)}else{F=u(H,s,true,true);E=V*(F-_)}V=E;if(o>1e-120||z>1){C=.5*(H-s+1)/H;I=(2*O-4*H*s+4*H+2*T-3*s+1)/O;I/=6;r=H+V*(1+V*(C+V*I))}else{r=H+V}U=f(H/r-1);z+=1;H=r;if(H<0){H=$;z=100}}while(U>2e-14&&z<35);if(U>2e-14||z>99){x("Warning: the number of iterations in the Newton method reached the upper limit N=35. The last value obtained for the root is given as output.")}j=H||0;return j}r.exports=higherNewton},5778:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5762);r.exports=o},787:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(1851);var f=i(1550);var h=i(2096);var v=i(3923);var w=i(454);var x=1e-8;var _=.08333333333333333;var S=.008333333333333333;var k=[1,0,0,0,0,0];function lambdaeta(r){var s;var i;var M;var N;var $;var E;var C;var I;var T;T=r*r*.5;if(r===0){$=0}else if(r<-1){I=u(-1-T);$=v(I)}else if(r<1){I=r;$=w(I)}else{I=11+T;E=f(I);$=I+E;I=1/I;s=E*E;i=s*E;M=i*E;N=M*E;k[1]=(2-E)*.5;k[2]=(-9*E+6+2*s)/6;k[3]=-(3*i+36*E-22*s-12)*_;k[4]=(60+350*s-300*E-125*i+12*M)/60;k[5]=-(-120-274*M+900*E-1700*s+1125*i+20*N)*S;$+=E*I*h(k,I)}I=1;if(r>-3.5&&r<-.03||r>.03&&r<40){I=1;C=$;do{$=C*(T+f(C))/(C-1);I=o(C/$-1);C=$}while(I>x)}return $}r.exports=lambdaeta},5762:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6523);var u=i(8858);var f=i(469);var h=i(8819);function gammaincinv(r,s,i){if(o(r)||o(s)){return NaN}if(s<u){return NaN}if(r>1||r<0){return NaN}if(i===true){if(r===0){return f}if(r===1){return 0}return h(s,1-r,r)}if(r===0){return 0}if(r===1){return f}return h(s,r,1-r)}r.exports=gammaincinv},3923:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 0}return 0+r*(1+r*(1+r*(1.5+r*(2.6666666666666665+r*(5.208333333333333+r*10.8)))))}r.exports=evalpoly},454:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 1}return 1+r*(1+r*(.3333333333333333+r*(.027777777777777776+r*(-.003703703703703704+r*(.0002314814814814815+r*5878894767783657e-20)))))}r.exports=evalpoly},2095:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.025721014990011306}return.025721014990011306+r*(.08247596616699963+r*(-.0025328157302663564+r*(.0006099292666946337+r*(-.00033543297638406+r*.000250505279903))))}r.exports=evalpoly},6832:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.08333333333333333}return.08333333333333333+r*(-.002777777777777778+r*(.0007936507936507937+r*-.0005952380952380953))}r.exports=evalpoly},2556:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.3333333333438}if(r<0){s=-r}else{s=r}if(s<=1){i=-.3333333333438+r*(-.2070740359969+r*(-.05041806657154+r*(-.004923635739372+r*-4293658292782e-17)));o=1+r*(.7045554412463+r*(.2118190062224+r*(.03048648397436+r*.001605037988091)))}else{r=1/r;i=-4293658292782e-17+r*(-.004923635739372+r*(-.05041806657154+r*(-.2070740359969+r*-.3333333333438)));o=.001605037988091+r*(.03048648397436+r*(.2118190062224+r*(.7045554412463+r*1)))}return i/o}r.exports=evalrational},8654:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.0172847633523}if(r<0){s=-r}else{s=r}if(s<=1){i=-.0172847633523+r*(-.0159372646475+r*(-.00464910887221+r*(-.00060683488776+r*-614830384279e-17)));o=1+r*(.764050615669+r*(.297143406325+r*(.0579490176079+r*.00574558524851)))}else{r=1/r;i=-614830384279e-17+r*(-.00060683488776+r*(-.00464910887221+r*(-.0159372646475+r*-.0172847633523)));o=.00574558524851+r*(.0579490176079+r*(.297143406325+r*(.764050615669+r*1)))}return i/o}r.exports=evalrational},5356:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.0172839517431}if(r<0){s=-r}else{s=r}if(s<=1){i=-.0172839517431+r*(-.0146362417966+r*(-.00357406772616+r*(-.000391032032692+r*249634036069e-17)));o=1+r*(.690560400696+r*(.249962384741+r*(.0443843438769+r*.00424073217211)))}else{r=1/r;i=249634036069e-17+r*(-.000391032032692+r*(-.00357406772616+r*(-.0146362417966+r*-.0172839517431)));o=.00424073217211+r*(.0443843438769+r*(.249962384741+r*(.690560400696+r*1)))}return i/o}r.exports=evalrational},5482:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return.99994466948}if(r<0){s=-r}else{s=r}if(s<=1){i=.99994466948+r*(104.649839762+r*(857.204033806+r*(731.901559577+r*45.5174411671)));o=1+r*(104.526456943+r*(823.313447808+r*(3119.93802124+r*3970.03311219)))}else{r=1/r;i=45.5174411671+r*(731.901559577+r*(857.204033806+r*(104.649839762+r*.99994466948)));o=3970.03311219+r*(3119.93802124+r*(823.313447808+r*(104.526456943+r*1)))}return i/o}r.exports=evalrational},3679:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return.0495346498136}if(r<0){s=-r}else{s=r}if(s<=1){i=.0495346498136+r*(.0299521337141+r*(.00688296911516+r*(.000512634846317+r*-201411722031e-16)));o=1+r*(.759803615283+r*(.261547111595+r*(.0464854522477+r*.00403751193496)))}else{r=1/r;i=-201411722031e-16+r*(.000512634846317+r*(.00688296911516+r*(.0299521337141+r*.0495346498136)));o=.00403751193496+r*(.0464854522477+r*(.261547111595+r*(.759803615283+r*1)))}return i/o}r.exports=evalrational},7086:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return.00452313583942}if(r<0){s=-r}else{s=r}if(s<=1){i=.00452313583942+r*(.00120744920113+r*(-789724156582e-16+r*(-504476066942e-16+r*-535770949796e-17)));o=1+r*(.912203410349+r*(.405368773071+r*(.0901638932349+r*.00948935714996)))}else{r=1/r;i=-535770949796e-17+r*(-504476066942e-16+r*(-789724156582e-16+r*(.00120744920113+r*.00452313583942)));o=.00948935714996+r*(.0901638932349+r*(.405368773071+r*(.912203410349+r*1)))}return i/o}r.exports=evalrational},4364:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return.00439937562904}if(r<0){s=-r}else{s=r}if(s<=1){i=.00439937562904+r*(.000487225670639+r*(-.000128470657374+r*(529110969589e-17+r*1.5716677175e-7)));o=1+r*(.794435257415+r*(.333094721709+r*(.0703527806143+r*.00806110846078)))}else{r=1/r;i=1.5716677175e-7+r*(529110969589e-17+r*(-.000128470657374+r*(.000487225670639+r*.00439937562904)));o=.00806110846078+r*(.0703527806143+r*(.333094721709+r*(.794435257415+r*1)))}return i/o}r.exports=evalrational},2594:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.0011481191232}if(r<0){s=-r}else{s=r}if(s<=1){i=-.0011481191232+r*(-.112850923276+r*(1.51623048511+r*(-.218472031183+r*.0730002451555)));o=1+r*(14.2482206905+r*(69.7360396285+r*(218.938950816+r*277.067027185)))}else{r=1/r;i=.0730002451555+r*(-.218472031183+r*(1.51623048511+r*(-.112850923276+r*-.0011481191232)));o=277.067027185+r*(218.938950816+r*(69.7360396285+r*(14.2482206905+r*1)))}return i/o}r.exports=evalrational},2924:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var s;var i;var o;if(r===0){return-.000145727889667}if(r<0){s=-r}else{s=r}if(s<=1){i=-.000145727889667+r*(-.290806748131+r*(-13.308504545+r*(199.722374056+r*-11.4311378756)));o=1+r*(139.612587808+r*(2189.01116348+r*(7115.24019009+r*45574.6081453)))}else{r=1/r;i=-11.4311378756+r*(199.722374056+r*(-13.308504545+r*(-.290806748131+r*-.000145727889667)));o=45574.6081453+r*(7115.24019009+r*(2189.01116348+r*(139.612587808+r*1)))}return i/o}r.exports=evalrational},5324:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7711);var u=i(1550);var f=i(4322);var h=i(8858);var v=i(9951);var w=i(3474);var x=i(2095);var _=i(6832);var S=.30865217988013566;function stirling(r){var s;if(r<h){return v}if(r<1){return o(r+1)-(r+.5)*u(r)+r-f}if(r<2){return o(r)-(r-.5)*u(r)+r-f}if(r<3){return o(r-1)-(r-.5)*u(r)+r-f+u(r-1)}if(r<12){s=18/(r*r)-1;return w(17,s)/(12*r)}s=1/(r*r);if(r<1e3){return x(s)/(S+s)/r}return _(s)/r}r.exports=stirling},7711:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8554);r.exports=o},8554:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(6523);var u=i(7234);var f=i(6260);var h=i(1550);var v=i(1262);var w=i(8901);var x=i(9701);var _=i(469);var S=i(9303);var k=i(5690);var M=i(1271);var N=i(7120);var $=i(2778);var E=i(6503);var C=i(2352);var I=i(7942);var T=i(5059);var O=i(9596);var D=.07721566490153287;var F=.3224670334241136;var j=1;var U=-.07721566490153287;var z=.48383612272381005;var V=-.1475877229945939;var H=.06462494023913339;var G=-.07721566490153287;var J=1;var Q=.4189385332046727;var Y=1.4616321449683622;var K=4503599627370496;var Z=72057594037927940;var ee=13877787807814457e-33;var te=1.4616321449683622;var re=-.12148629053584961;var ne=-3638676997039505e-33;function gammaln(r){var s;var i;var se;var ae;var ie;var oe;var le;var ce;var ue;var fe;var de;var he;var ve;if(o(r)||u(r)){return r}if(r===0){return _}if(r<0){s=true;r=-r}else{s=false}if(r<ee){return-h(r)}if(s){if(r>=K){return _}ue=w(r);if(ue===0){return _}i=h(x/f(ue*r))}if(r===1||r===2){return 0}if(r<2){if(r<=.9){ve=-h(r);if(r>=Y-1+.27){de=1-r;se=0}else if(r>=Y-1-.27){de=r-(te-1);se=1}else{de=r;se=2}}else{ve=0;if(r>=Y+.27){de=2-r;se=0}else if(r>=Y-.27){de=r-te;se=1}else{de=r-1;se=2}}switch(se){case 0:he=de*de;oe=D+he*S(he);ie=he*(F+he*k(he));le=de*oe+ie;ve+=le-.5*de;break;case 1:he=de*de;fe=he*de;oe=z+fe*$(fe);ie=V+fe*E(fe);ae=H+fe*C(fe);le=he*oe-(ne-fe*(ie+de*ae));ve+=re+le;break;case 2:oe=de*(G+de*I(de));ie=J+de*T(de);ve+=-.5*de+oe/ie;break}}else if(r<8){se=v(r);de=r-se;le=de*(U+de*N(de));ce=j+de*M(de);ve=.5*de+le/ce;he=1;switch(se){case 7:he*=de+6;case 6:he*=de+5;case 5:he*=de+4;case 4:he*=de+3;case 3:he*=de+2;ve+=h(he)}}else if(r<Z){ue=h(r);he=1/r;de=he*he;fe=Q+he*O(de);ve=(r-.5)*(ue-1)+fe}else{ve=r*(h(r)-1)}if(s){ve=i-ve}return ve}r.exports=gammaln},9303:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.06735230105312927}return.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}r.exports=evalpoly},5690:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.020580808432516733}return.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}r.exports=evalpoly},1271:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 1.3920053346762105}return 1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}r.exports=evalpoly},7120:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.21498241596060885}return.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}r.exports=evalpoly},2778:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.032788541075985965}return-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}r.exports=evalpoly},6503:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.01797067508118204}return.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}r.exports=evalpoly},2352:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.010314224129834144}return-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}r.exports=evalpoly},7942:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.6328270640250934}return.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}r.exports=evalpoly},5059:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 2.4559779371304113}return 2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}r.exports=evalpoly},9596:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.08333333333333297}return.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}r.exports=evalpoly},512:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(r,s){var i=1;var o;if(r===0){return s}if(s===0){return r}while(r%2===0&&s%2===0){r/=2;s/=2;i*=2}while(r%2===0){r/=2}while(s){while(s%2===0){s/=2}if(r>s){o=s;s=r;r=o}s-=r}return i*r}r.exports=gcd},9216:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(r,s){var i=0;var o;if(r===0){return s}if(s===0){return r}while((r&1)===0&&(s&1)===0){r>>>=1;s>>>=1;i+=1}while((r&1)===0){r>>>=1}while(s){while((s&1)===0){s>>>=1}if(r>s){o=s;s=r;r=o}s-=r}return r<<i}r.exports=gcd},4370:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1413);r.exports=o},1413:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6523);var u=i(2804);var f=i(469);var h=i(1475);var v=i(3960);var w=i(9216);var x=i(512);function gcd(r,s){if(o(r)||o(s)){return NaN}if(r===f||s===f||r===h||s===h){return NaN}if(!(u(r)&&u(s))){return NaN}if(r<0){r=-r}if(s<0){s=-s}if(r<=v&&s<=v){return w(r,s)}return x(r,s)}r.exports=gcd},9061:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6523);var u=i(141);var f=i(2334);var h=i(7260);var v=i(9827);var w=i(1354);var x=i(5478);var _=i(1851);var S=i(6310);var k=i(2974);var M=i(8008);var N=i(3424);var $=i(5417);var E=i(3960);var C=i(7934);var I=i(9701);var T=i(1471);var O=i(1402);var D=i(6005);var F=i(2148);var j=i(7531);var U=i(9140);var z=i(6203);var V=1/I;function ibetaImp(r,s,i,H,G,J,Q,Y){var K;var Z;var ee;var te;var re;var ne;var se;var ae;var ie;var oe;var le;var ce;ce=1-r;se=Y;ae=Y+Q;J[ae]=-1;if(o(r)||r<0||r>1){J[se]=NaN;J[ae]=NaN;return J}if(H){if(s<0||i<0){J[se]=NaN;J[ae]=NaN;return J}if(s===0){if(i===0){J[se]=NaN;J[ae]=NaN;return J}if(i>0){J[se]=G?0:1;return J}}else if(i===0){if(s>0){J[se]=G?1:0;return J}}}else if(s<=0||i<=0){J[se]=NaN;J[ae]=NaN;return J}if(r===0){if(s===1){J[ae]=1}else{J[ae]=s<1?N/2:$*2}if(G){J[se]=H?1:w(s,i);return J}J[se]=0;return J}if(r===1){if(i===1){J[ae]=1}else{J[ae]=i<1?N/2:$*2}if(G){J[se]=0}else{J[se]=H?1:w(s,i)}return J}if(s===.5&&i===.5){J[ae]=V*x(ce*r);le=G?v(x(ce)):v(x(r));le/=C;if(!H){le*=I}J[se]=le;return J}if(s===1){ne=i;i=s;s=ne;ne=ce;ce=r;r=ne;G=!G}if(i===1){if(s===1){J[se]=G?ce:r;J[ae]=1;return J}J[ae]=s*S(r,s-1);if(ce<.5){le=G?-u(s*h(-ce)):_(s*h(-ce))}else{le=G?-(S(r,s)-1):S(r,s)}if(!H){le/=s}J[se]=le;return J}if(M(s,i)<=1){if(r>.5){ne=i;i=s;s=ne;ne=ce;ce=r;r=ne;G=!G}if(k(s,i)<=1){if(s>=M(.2,i)||S(r,s)<=.9){if(G){ee=-(H?1:w(s,i));G=false;ee=-z(s,i,r,ee,H,J,ce)}else{ee=z(s,i,r,0,H,J,ce)}}else{ne=i;i=s;s=ne;ne=ce;ce=r;r=ne;G=!G;if(ce>=.3){if(G){ee=-(H?1:w(s,i));G=false;ee=-z(s,i,r,ee,H,J,ce)}else{ee=z(s,i,r,0,H,J,ce)}}else{if(H){Z=1}else{Z=O(s+i,s,20)}ee=U(s,i,r,ce,20,H,J);if(G){ee-=H?1:w(s,i);G=false;ee=-T(s+20,i,r,ce,ee,Z,H)}else{ee=T(s+20,i,r,ce,ee,Z,H)}}}}else if(i<=1||r<.1&&S(i*r,s)<=.7){if(G){ee=-(H?1:w(s,i));G=false;ee=-z(s,i,r,ee,H,J,ce)}else{ee=z(s,i,r,0,H,J,ce)}}else{ne=i;i=s;s=ne;ne=ce;ce=r;r=ne;G=!G;if(ce>=.3){if(G){ee=-(H?1:w(s,i));G=false;ee=-z(s,i,r,ee,H,J,ce)}else{ee=z(s,i,r,0,H,J,ce)}}else if(s>=15){if(G){ee=-(H?1:w(s,i));G=false;ee=-T(s,i,r,ce,ee,1,H)}else{ee=T(s,i,r,ce,0,1,H)}}else{if(H){Z=1}else{Z=O(s+i,s,20)}ee=U(s,i,r,ce,20,H,J);if(G){ee-=H?1:w(s,i);G=false;ee=-T(s+20,i,r,ce,ee,Z,H)}else{ee=T(s+20,i,r,ce,ee,Z,H)}}}}else{if(s<i){K=s-(s+i)*r}else{K=(s+i)*ce-i}if(K<0){ne=i;i=s;s=ne;ne=ce;ce=r;r=ne;G=!G}if(i<40){if(f(s)===s&&f(i)===i&&s<E-100){ie=s-1;oe=i+ie;ee=j(oe,ie,r,ce);if(!H){ee*=w(s,i)}}else if(i*r<=.7){if(G){ee=-(H?1:w(s,i));G=false;ee=-z(s,i,r,ee,H,J,ce)}else{ee=z(s,i,r,0,H,J,ce)}}else if(s>15){oe=f(i);if(oe===i){oe-=1}te=i-oe;if(H){Z=1}else{Z=O(s+te,te,oe)}ee=U(te,s,ce,r,oe,H);ee=T(s,te,r,ce,ee,1,H);ee/=Z}else if(H){oe=f(i);te=i-oe;if(te<=0){oe-=1;te+=1}ee=U(te,s,ce,r,oe,H);ee+=U(s,te,r,ce,20,H);if(G){ee-=1}ee=T(s+20,te,r,ce,ee,1,H);if(G){ee=-ee;G=false}}else{ee=F(s,i,r,ce,H,J)}}else{ee=F(s,i,r,ce,H,J)}}if(J[ae]<0){J[ae]=D(s,i,r,ce,true)}re=ce*r;if(J[ae]!==0){if(N*re<J[ae]){J[ae]=N/2}else{J[ae]/=re}}J[se]=G?(H?1:w(s,i))-ee:ee;return J}r.exports=ibetaImp},1471:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(4320);var u=i(9119);var f=i(5479);var h=i(7260);var v=i(6260);var w=i(6310);var x=i(1550);var _=i(5417);var S=i(5088);var k=i(7499);var M=i(4141);var N=new Array(30);function betaSmallBLargeASeries(r,s,i,$,E,C,I){var T;var O;var D;var F;var j;var U;var z;var V;var H;var G;var J;var Q;var Y;var K;var Z;var ee;var te;var re;U=s-1;te=r+U/2;if($<.35){G=h(-$)}else{G=x(i)}re=-te*G;Q=M(s,re);if(Q<=_){return E}if(I){T=Q/o(r,s);T/=w(te,s)}else{T=k(s,re)/w(te,s)}T*=C;N[0]=1;Y=f(re,s,true,true);Y/=Q;F=E+T*Y;D=1;z=G/2;z*=z;V=1;J=4*te*te;j=s;for(Z=1;Z<N.length;++Z){D+=2;N[Z]=0;H=s-Z;O=3;for(K=1;K<Z;++K){H=K*s-Z;N[Z]+=H*N[Z-K]/u(O);O+=2}N[Z]/=Z;N[Z]+=U/u(D);Y=(j*(j+1)*Y+(re+j+1)*V)/J;V*=z;j+=2;ee=T*N[Z]*Y;F+=ee;if(ee>1){if(v(ee)<v(S*F)){break}}else if(v(ee/S)<v(F)){break}}return F}r.exports=betaSmallBLargeASeries},7531:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(7548);var u=i(2334);var f=i(6310);var h=i(5417);function binomialCCDF(r,s,i,v){var w;var x;var _;var S;var k;x=f(i,r);if(x>h){S=x;for(k=u(r-1);k>s;k--){S*=(k+1)*v/((r-k)*i);x+=S}}else{_=u(r*i);if(_<=s+1){_=u(s+2)}x=f(i,_)*f(v,r-_);x*=o(u(r),u(_));if(x===0){for(k=_-1;k>s;k--){x+=f(i,k)*f(v,r-k);x*=o(u(r),u(k))}}else{S=x;w=x;for(k=_-1;k>s;k--){S*=(k+1)*v/((r-k)*i);x+=S}S=w;for(k=_+1;k<=r;k++){S*=(r-k+1)*i/(k*v);x+=S}}}return x}r.exports=binomialCCDF},7499:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(1851);var u=i(6310);var f=i(1550);var h=i(4193);var v=i(7999);function fullIGammaPrefix(r,s){var i;var w;w=r*f(s);if(s>=1){if(w<h&&-s>v){i=u(s,r)*o(-s)}else if(r>=1){i=u(s/o(s/r),r)}else{i=o(w-s)}}else if(w>v){i=u(s,r)*o(-s)}else if(s/r<h){i=u(s/o(s/r),r)}else{i=o(w-s)}return i}r.exports=fullIGammaPrefix},9140:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6005);function ibetaAStep(r,s,i,u,f,h,v){var w;var x;var _;var S;w=o(r,s,i,u,h);if(v){v[1]=w}w/=r;if(w===0){return w}_=1;x=1;for(S=0;S<f-1;++S){x*=(r+s+S)*i/(r+S+1);_+=x}w*=_;return w}r.exports=ibetaAStep},2148:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(508);var u=i(6005);var f={keep:true,maxIter:1e3};function ibetaFraction2t(r,s,i,o){var u=0;return next;function next(){var f;var h;var v;h=(r+u-1)*(r+s+u-1)*u*(s-u)*i*i;f=r+2*u-1;h/=f*f;v=u;v+=u*(s-u)*i/(r+2*u-1);v+=(r+u)*(r*o-s*i+1+u*(2-i))/(r+2*u+1);u+=1;return[h,v]}}function ibetaFraction2(r,s,i,h,v,w){var x;var _;var S;x=u(r,s,i,h,v);if(w){w[1]=x}if(x===0){return x}S=ibetaFraction2t(r,s,i,h);_=o(S,f);return x/_}r.exports=ibetaFraction2},6005:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2638);var u=i(9594);var f=i(9912);var h=i(141);var v=i(7260);var w=i(5478);var x=i(6260);var _=i(1851);var S=i(6310);var k=i(8008);var M=i(1550);var N=i(4193);var $=i(7999);var E=i(3822);var C=i(45);function ibetaPowerTerms(r,s,i,I,T){var O;var D;var F;var j;var U;var z;var V;var H;var G;var J;var Q;var Y;var K;var Z;if(!T){return S(i,r)*S(I,s)}K=r+s;j=r+E-.5;U=s+E-.5;z=K+E-.5;O=o(K);O/=o(r)*o(s);O*=w(U/C);O*=w(j/z);V=(i*s-I*j)/j;H=(I*r-i*U)/U;if(f(V,H)<.2){if(V*H>0||k(r,s)<1){if(x(V)<.1){O*=_(r*v(V))}else{O*=S(i*z/j,r)}if(x(H)<.1){O*=_(s*v(H))}else{O*=S(I*z/U,s)}}else if(u(V,H)<.5){D=r<s;F=s/r;if(D&&F*H<.1||!D&&V/F>.1){G=h(F*v(H));G=V+G+G*V;G=r*v(G);O*=_(G)}else{G=h(v(V)/F);G=H+G+G*H;G=s*v(G);O*=_(G)}}else if(x(V)<x(H)){Z=r*v(V)+s*M(I*z/U);if(Z<=$||Z>=N){Z+=M(O);if(Z>=N){return NaN}O=_(Z)}else{O*=_(Z)}}else{Z=s*v(H)+r*M(i*z/j);if(Z<=$||Z>=N){Z+=M(O);if(Z>=N){return NaN}O=_(Z)}else{O*=_(Z)}}}else{Q=i*z/j;Y=I*z/U;V=r*M(Q);H=s*M(Y);if(V>=N||V<=$||H>=N||H<=$){if(r<s){J=S(Y,s/r);G=r*(M(Q)+M(J));if(G<N&&G>$){O*=S(J*Q,r)}else{H+=V+M(O);if(H>=N){return NaN}O=_(H)}}else{J=S(Q,r/s);G=(M(J)+M(Y))*s;if(G<N&&G>$){O*=S(J*Y,s)}else{H+=V+M(O);if(H>=N){return NaN}O=_(H)}}}else{O*=S(Q,r)*S(Y,s)}}return O}r.exports=ibetaPowerTerms},6203:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2638);var u=i(6491);var f=i(7260);var h=i(5478);var v=i(1851);var w=i(6310);var x=i(1550);var _=i(5417);var S=i(4193);var k=i(7999);var M=i(3822);var N=i(45);var $={maxTerms:100};function ibetaSeriesT(r,s,i,o){var u=1-s;var f=1;return next;function next(){var s=o/r;r+=1;o*=u*i/f;f+=1;u+=1;return s}}function ibetaSeries(r,s,i,E,C,I,T){var O;var D;var F;var j;var U;var z;var V;var H;if(C){V=r+s;D=r+M-.5;F=s+M-.5;j=V+M-.5;O=o(V)/(o(r)*o(s));U=x(j/F)*(s-.5);z=x(i*j/D)*r;if(U>k&&U<S&&z>k&&z<S){if(r*s<F*10){O*=v((s-.5)*f(r/F))}else{O*=w(j/F,s-.5)}O*=w(i*j/D,r);O*=h(D/N);if(I){I[1]=O*w(T,s)}}else{O=x(O)+U+z+(x(D)-1)/2;if(I){I[1]=v(O+s*x(T))}O=v(O)}}else{O=w(i,r)}if(O<_){return E}H=ibetaSeriesT(r,s,i,O);$.initialValue=E;return u(H,$)}r.exports=ibetaSeries},9818:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(4573);var f=i(9061);o(u,"assign",f);r.exports=u},4573:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9061);function kernelBetainc(r,s,i,u,f){return o(r,s,i,u,f,[0,0],1,0)}r.exports=kernelBetainc},4141:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2638);var u=i(7711);var f=i(905);var h=i(7260);var v=i(5478);var w=i(6260);var x=i(1851);var _=i(6310);var S=i(2974);var k=i(8008);var M=i(1550);var N=i(4193);var $=i(7999);var E=i(3822);var C=i(45);function regularizedGammaPrefix(r,s){var i;var I;var T;var O;var D;var F;var j;T=r+E-.5;j=(s-r-E+.5)/T;if(r<1){if(s<=$){return x(r*M(s)-s-u(r))}return _(s,r)*x(-s)/f(r)}if(w(j*j*r)<=100&&r>150){i=r*(h(j)-j)+s*(.5-E)/T;i=x(i)}else{O=r*M(s/T);D=r-s;if(k(O,D)<=$||S(O,D)>=N){I=D/r;if(k(O,D)/2>$&&S(O,D)/2<N){F=_(s/T,r/2)*x(D/2);i=F*F}else if(k(O,D)/4>$&&S(O,D)/4<N&&s>r){F=_(s/T,r/4)*x(D/4);i=F*F;i*=i}else if(I>$&&I<N){i=_(s*x(I)/T,r)}else{i=x(O+D)}}else{i=_(s/T,r)*x(D)}}i*=v(T/C)/o(r);return i}r.exports=regularizedGammaPrefix},1402:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function risingFactorialRatio(r,s,i){var o;var u;if(i===0){return 1}o=1;for(u=0;u<i;u++){o*=(r+u)/(s+u)}return o}r.exports=risingFactorialRatio},5319:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(3979);function findIBetaInvFromTDist(r,s,i){var u;var f;var h;var v;f=s/2;h=1-f;u=r*2;v=o(u,f,h);if(i){i.value=v*v/(u+v*v)}return u/(u+v*v)}r.exports=findIBetaInvFromTDist},177:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/tools/roots.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6260);var u=i(3291);var f=i(9079);var h=i(2974);var v=i(3424);function halleyIterate(r,s,i,w,x,_){var S;var k;var M;var N;var $;var E;var C;var I;var T;var O;var D;var F;var j;var U;var z;var V;U=0;k=false;E=s;$=u(1,1-x);T=h(1e7*s,1e7);C=0;M=T;N=T;I=_;do{C=U;N=M;M=T;j=r(E);U=j[0];z=j[1];V=j[2];I-=1;if(U===0){break}if(z===0){if(C===0){if(E===i){s=w}else{s=i}C=r(s);T=s-E}if(f(C)*f(U)<0){if(T<0){T=(E-i)/2}else{T=(E-w)/2}}else if(T<0){T=(E-w)/2}else{T=(E-i)/2}}else if(V===0){T=U/z}else{O=2*U;F=2*z-U*(V/z);if(o(F)<1&&o(O)>=o(F)*v){T=U/z}else{T=O/F}if(T*z/U<0){T=U/z;if(o(T)>2*o(s)){T=(T<0?-1:1)*2*o(s)}}}S=o(T/N);if(S>.8&&S<2){T=T>0?(E-i)/2:(E-w)/2;if(o(T)>E){T=f(T)*E}N=T*3}s=E;E-=T;if(E<i){if(o(i)<1&&o(E)>1&&v/o(E)<o(i)){D=1e3}else{D=E/i}if(o(D)<1){D=1/D}if(!k&&D>0&&D<3){T=.99*(s-i);E=s-T;k=true}else{T=(s-i)/2;E=s-T;if(E===i||E===w){break}}}else if(E>w){if(o(w)<1&&o(E)>1&&v/o(E)<o(w)){D=1e3}else{D=E/w}if(o(D)<1){D=1/D}if(!k&&D>0&&D<3){T=.99*(s-w);E=s-T;k=true}else{T=(s-w)/2;E=s-T;if(E===i||E===w){break}}}if(T>0){w=s}else{i=s}}while(I&&o(E*$)<o(T));return E}r.exports=halleyIterate},8670:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(9818).assign;var u=i(6260);var f=i(3424);var h=i(5417);function ibetaRoots(r,s,i,v){return roots;function roots(w){var x;var _;var S;var k;var M;M=1-w;x=[0,0];o(w,r,s,true,v,x,1,0);k=x[0]-i;_=x[1];if(v){_=-_}if(M===0){M=h*64}if(w===0){w=h*64}S=_*(-(M*r)+(s-2)*w+1);if(u(S)<M*w*f){S/=M*w}if(v){S=-S}if(_===0){_=(v?-1:1)*h*64}return[k,_,S]}}r.exports=ibetaRoots},1489:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3184);r.exports=o},3979:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(119);var u=i(2334);var f=i(3291);var h=i(8972);var v=i(9418);var w=i(5478);var x=i(6260);var _=i(9191);var S=i(6310);var k=i(1794);var M=i(6515);var N=i(9701);var $=i(1256);var E=i(5454);var C=i(9201);var I=268435456;var T=1/3;var O=2*53/3;var D=.8549879733383485;function inverseStudentsT(r,s,i){var F;var j;var U;var z;var V;var H;var G;var J;var Q;var Y;var K;var Z;var ee;var te;var re;var ne;V=0;if(s>i){G=i;i=s;s=G;z=true}else{z=false}if(u(r)===r&&r<20){j=f(1,O);switch(u(r)){case 1:if(s===.5){V=0}else{V=-_(N*s)/k(N*s)}break;case 2:V=(2*s-1)/w(2*s*i);break;case 4:H=4*s*i;U=w(H);ee=4*_(v(U)/3)/U;te=w(ee-4);V=s-.5<0?-te:te;break;case 6:if(s<1e-150){return(z?-1:1)*C(r,s)}re=4*(s-s*s);ne=S(re,T);Z=6*(1+D*(1/ne-1));do{Q=Z*Z;Y=Q*Q;K=Z*Y;J=Z;Z=2*(8*re*K-270*Q+2187)/(5*(4*re*Y-216*Z-243))}while(x((Z-J)/Z)>j);Z=w(Z-r);V=s-.5<0?-Z:Z;break;default:if(r>I){V=o(2*s)*M}else if(r<3){F=.2742-r*.0242143;if(s>F){V=$(r,s)}else{V=E(r,s)}}else{F=f(1,h(r/-.654));if(s>F){V=C(r,s)}else{V=E(r,s)}}}}else if(r>I){V=-o(2*s)*M}else if(r<3){F=.2742-r*.0242143;if(s>F){V=$(r,s)}else{V=E(r,s)}}else{F=f(1,h(r/-.654));if(s>F){V=C(r,s)}else{V=E(r,s)}}return z?-V:V}r.exports=inverseStudentsT},1256:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(4320);var u=i(2096);var f=i(5478);var h=i(9701);var v=i(2640);var w=i(6791);var x=i(3066);var _=i(502);var S=i(4564);var k=i(6216);var M=i(7931);var N=i(3636);var $=i(1837);var E=0;var C=[1,0,0,0,0,0,0,0,0,0];function inverseStudentsTBodySeries(r,s){var i;var I;I=o(r/2,.5)*f(r*h)*(s-.5);i=1/r;C[1]=v(i);C[2]=w(i);C[3]=x(i);C[4]=_(i);C[5]=S(i);C[6]=k(i);C[7]=M(i);C[8]=N(i);C[9]=$(i);return E+I*u(C,I*I)}r.exports=inverseStudentsTBodySeries},9201:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(119);var u=i(141);var f=i(5478);var h=i(6310);var v=i(7934);var w=i(6515);function inverseStudentsTHill(r,s){var i;var x;var _;var S;var k;var M;var N;if(r>1e20){return-o(2*s)*w}i=1/(r-.5);x=48/(i*i);_=((20700*i/x-98)*i-16)*i+96.36;S=((94.5/(x+_)-3)/x+1)*f(i*v)*r;N=h(S*2*s,2/r);if(N>.05+i){M=-o(2*s)*w;N=M*M;if(r<5){_+=.3*(r-4.5)*(M+.6)}_+=(((.05*S*M-5)*M-7)*M-2)*M+x;N=(((((.4*N+6.3)*N+36)*N+94.5)/_-N-3)/x+1)*M;N=u(i*N*N)}else{N=((1/(((r+6)/(r*N)-.089*S-.822)*(r+2)*3)+.5/(r+4))*N-1)*(r+1)/(r+2)+1/N}k=f(r*N);return-k}r.exports=inverseStudentsTHill},5454:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(4320);var u=i(2096);var f=i(5478);var h=i(6310);var v=i(9701);var w=[0,0,0,0,0,0,0];function inverseStudentsTTailSeries(r,s){var i;var x;var _;var S;var k;var M;var N;var $;$=o(r/2,.5)*f(r*v)*s;S=r+2;k=r+4;M=r+6;w[0]=1;w[1]=-(r+1)/(2*S);S*=r+2;w[2]=-r*(r+1)*(r+3)/(8*S*k);S*=r+2;w[3]=-r*(r+1)*(r+5)*((3*r+7)*r-2)/(48*S*k*M);S*=r+2;k*=r+4;w[4]=-r*(r+1)*(r+7)*(((((15*r+154)*r+465)*r+286)*r-336)*r+64)/(384*S*k*M*(r+8));S*=r+2;w[5]=-r*(r+1)*(r+3)*(r+9)*((((((35*r+452)*r+1573)*r+600)*r-2020)*r+928)*r-128)/(1280*S*k*M*(r+8)*(r+10));S*=r+2;k*=r+4;M*=r+6;w[6]=-r*(r+1)*(r+11)*(((((((((((945*r+31506)*r+425858)*r+2980236)*r+11266745)*r+20675018)*r+7747124)*r-22574632)*r-8565600)*r+18108416)*r-7099392)*r+884736)/(46080*S*k*M*(r+8)*(r+10)*(r+12));N=f(r);_=h(N*$,1/r);x=_*_;i=u(w,x);i*=N;i/=_;return-i}r.exports=inverseStudentsTTailSeries},3184:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2096);var u=i(9986);var f=i(141);var h=i(7260);var v=i(9827);var w=i(1354);var x=i(5478);var _=i(6260);var S=i(1851);var k=i(6310);var M=i(1794);var N=i(2974);var $=i(8008);var E=i(1550);var C=i(5417);var I=i(7934);var T=i(5088);var O=i(5319);var D=i(5264);var F=i(2259);var j=i(4268);var U=i(177);var z=i(8670);var V=32;var H=1e3;var G=[0,0,0,0,0];function ibetaInvImp(r,s,i,J){var Q;var Y;var K;var Z;var ee;var te;var re;var ne;var se;var ae;var ie;var oe;var le;var ce;var ue;var fe;var de;var he;var ve;var pe;var me;var ge;var we;var be;var ye;var xe;var _e;var Se;var ke;Y=false;if(J===0){return[1,0]}if(i===0){return[0,1]}if(r===1){if(s===1){return[i,1-i]}oe=s;s=r;r=oe;oe=J;J=i;i=oe;Y=true}Se=0;Z=0;te=1;if(r===.5){if(s===.5){Se=M(i*I);Se*=Se;ke=M(J*I);ke*=ke;return[Se,ke]}if(s>.5){oe=s;s=r;r=oe;oe=J;J=i;i=oe;Y=!Y}}if(s===.5&&r>=.5&&i!==1){me={};Se=O(r,i,me);ke=me.value}else if(s===1){if(i<J){if(r>1){Se=k(i,1/r);ke=-f(E(i)/r)}else{Se=k(i,1/r);ke=1-Se}}else{Se=S(h(-J)/r);ke=-f(h(-J)/r)}if(Y){oe=ke;ke=Se;Se=oe}return[Se,ke]}else if(r+s>5){if(i>.5){oe=s;s=r;r=oe;oe=J;J=i;i=oe;Y=!Y}se=$(r,s);ne=N(r,s);if(x(se)>ne-se&&se>5){Se=D(r,s,i);ke=1-Se}else{ye=r+s;ee=v(x(r/ye));K=se/ye;if(K>=.2&&K<=.8&&ye>=10){ie=k(i,1/r);if(ie<.0025&&r+s<200){Se=ie*k(r*w(r,s),1/r)}else{Se=F(i,ye,ee)}ke=1-Se}else{if(r<s){oe=s;s=r;r=oe;oe=J;J=i;i=oe;Y=!Y}ae=0;if(s<2){ae=w(r,s)}if(ae===0){ke=1}else{ke=k(s*J*ae,1/s);Se=1-ke}}if(ke>1e-5){Se=j(r,s,i,J);ke=1-Se}}}else if(r<1&&s<1){pe=(1-r)/(2-r-s);fe=u(pe,r,s)-i;if(_(fe)/i<T*3){if(Y){return[1-pe,pe]}return[pe,1-pe]}if(fe<0){oe=s;s=r;r=oe;oe=J;J=i;i=oe;Y=!Y;pe=1-pe}ve=k(r*i*w(r,s),1/r);Se=ve/(1+ve);ke=1/(1+ve);if(Se>pe){Se=pe}te=pe}else if(r>1&&s>1){pe=(r-1)/(r+s-2);le=(s-1)/(r+s-2);he=u(pe,r,s)-i;if(he<0){oe=s;s=r;r=oe;oe=J;J=i;i=oe;oe=le;le=pe;pe=oe;Y=!Y}de=E(i*r*w(r,s))/r;Se=S(de);ke=Se<.9?1-Se:-f(de);if(s<r&&Se<.2){ce=r-1;ue=s-1;ge=r*r;we=r*ge;be=s*s;G[0]=0;G[1]=1;G[2]=ue/ce;ce*=ce;G[3]=ue*(3*r*s+5*s+ge-r-4)/(2*(r+2)*ce);ce*=r+1;G[4]=ue*(33*r*be+31*be+8*ge*be-30*r*s-47*s+11*ge*s+6*we*s+18+4*r-we+ge*ge-10*ge);G[4]/=3*(r+3)*(r+2)*ce;Se=o(G,Se)}if(Se>pe){Se=pe}te=pe}else{if(s<r){oe=s;s=r;r=oe;oe=J;J=i;i=oe;Y=!Y}if(k(i,1/r)<.5){Se=k(i*r*w(r,s),1/r);if(Se===0){Se=C}ke=1-Se}else{ke=k(1-k(i,s*w(r,s)),1/s);if(ke===0){ke=C}Se=1-ke}}if(Se>.5){oe=s;s=r;r=oe;oe=J;J=i;i=oe;oe=ke;ke=Se;Se=oe;Y=!Y;xe=1-te;_e=1-Z;Z=xe;te=_e}if(Z===0){if(Y){Z=T;if(Se<Z){Se=Z}}else{Z=C}if(Se<Z){Se=Z}}Q=V;if(Se<1e-50&&(r<1||s<1)){Q*=3;Q/=2}re=z(r,s,i<J?i:J,i>=J);Se=U(re,Se,Z,te,Q,H);if(Se===Z){Se=0}if(Y){return[1-Se,Se]}return[Se,1-Se]}r.exports=ibetaInvImp},9346:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/tools/roots.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(9079);var u=i(6260);var f=i(3291);var h=i(3424);function newtonRaphsonIterate(r,s,i,v,w,x){var _;var S;var k;var M;var N;var $;var E;var C;var I;var T;I=0;_=0;N=s;M=f(1,1-w);E=h;S=h;k=h;$=x;do{_=I;k=S;S=E;C=r(N);I=C[0];T=C[1];$-=1;if(I===0){break}if(T===0){if(_===0){if(N===i){s=v}else{s=i}_=r(s);E=s-N}if(o(_)*o(I)<0){if(E<0){E=(N-i)/2}else{E=(N-v)/2}}else if(E<0){E=(N-v)/2}else{E=(N-i)/2}}else{E=I/T}if(u(E*2)>u(k)){E=E>0?(N-i)/2:(N-v)/2}s=N;N-=E;if(N<=i){E=.5*(s-i);N=s-E;if(N===i||N===v){break}}else if(N>=v){E=.5*(s-v);N=s-E;if(N===i||N===v){break}}if(E>0){v=s}else{i=s}}while($&&u(N*M)<u(E));return N}r.exports=newtonRaphsonIterate},8398:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-1}return-1+r*(-5+r*5)}r.exports=evalpoly},1820:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 63149}return 63149+r*(-151557+r*(140052+r*(-727469+r*(2239932+r*(-2251437+r*750479)))))}r.exports=evalpoly},9811:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 29233}return 29233+r*(-78755+r*(105222+r*(146879+r*(-1602610+r*(3195183+r*(-2554139+r*729754))))))}r.exports=evalpoly},9638:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 1}return 1+r*(-13+r*13)}r.exports=evalpoly},7909:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 1}return 1+r*(21+r*(-69+r*46))}r.exports=evalpoly},2640:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.16666666666666666}return.16666666666666666+r*.16666666666666666}r.exports=evalpoly},6791:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.058333333333333334}return.058333333333333334+r*(.06666666666666667+r*.008333333333333333)}r.exports=evalpoly},3066:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0251984126984127}return.0251984126984127+r*(.026785714285714284+r*(.0017857142857142857+r*.0001984126984126984))}r.exports=evalpoly},502:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.012039792768959435}return.012039792768959435+r*(.010559964726631394+r*(-.0011078042328042327+r*(.0003747795414462081+r*27557319223985893e-22)))}r.exports=evalpoly},4564:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.003837005972422639}return.003837005972422639+r*(.00610392115600449+r*(-.0016095979637646305+r*(.0005945867404200738+r*(-6270542728876062e-20+r*2.505210838544172e-8))))}r.exports=evalpoly},6216:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0032177478835464946}return.0032177478835464946+r*(.0010898206731540065+r*(-.0012579159844784845+r*(.0006908420797309686+r*(-.00016376804137220805+r*(154012654012654e-19+r*1.6059043836821613e-10)))))}r.exports=evalpoly},3259:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 1}return 1+r*(21+r*(-69+r*46))}r.exports=evalpoly},7931:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.001743826229834001}return.001743826229834001+r*(3353097688001788e-20+r*(-.0007624513544032393+r*(.0006451304695145635+r*(-.000249472580470431+r*(49255746366361444e-21+r*(-39851014346715405e-22+r*7647163731819816e-28))))))}r.exports=evalpoly},3636:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0009647274732138864}return.0009647274732138864+r*(-.0003110108632631878+r*(-.00036307660358786886+r*(.0005140660578834113+r*(-.00029133414466938067+r*(9086710793521991e-20+r*(-15303004486655377e-21+r*(10914179173496788e-22+r*28114572543455206e-31)))))))}r.exports=evalpoly},1837:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0005422926281312969}return.0005422926281312969+r*(-.0003694266780000966+r*(-.00010230378073700413+r*(.00035764655430568635+r*(-.00028690924218514614+r*(.00012645437628698076+r*(-33202652391372056e-21+r*(4890304529197534e-21+r*(-3.123956959982987e-7+r*822063524662433e-32))))))))}r.exports=evalpoly},8164:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 7}return 7+r*(-2+r*(33+r*(-62+r*31)))}r.exports=evalpoly},5185:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 25}return 25+r*(-52+r*(-17+r*(88+r*(-115+r*46))))}r.exports=evalpoly},7298:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 7}return 7+r*(12+r*(-78+r*52))}r.exports=evalpoly},6255:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-7}return-7+r*(2+r*(183+r*(-370+r*185)))}r.exports=evalpoly},1896:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-533}return-533+r*(776+r*(-1835+r*(10240+r*(-13525+r*5410))))}r.exports=evalpoly},7333:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-1579}return-1579+r*(3747+r*(-3372+r*(-15821+r*(45588+r*(-45213+r*15071)))))}r.exports=evalpoly},9590:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 449}return 449+r*(-1259+r*(-769+r*(6686+r*(-9260+r*3704))))}r.exports=evalpoly},4647:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(1550);var u=i(3424);var f=u/4;function temmeRootFinder(r,s){return roots;function roots(i){var u;var h;var v;v=1-i;if(v===0){return[-f,-f]}if(i===0){return[-f,-f]}h=o(i)+s*o(v)+r;u=1/i-s/v;return[h,u]}}r.exports=temmeRootFinder},5264:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2096);var u=i(119);var f=i(5478);var h=i(1851);var v=i(6515);var w=[0,0,0,0,0,0,0];var x=[0,0,0,0];function temme1(r,s,i){var _;var S;var k;var M;var N;var $;var E;_=u(2*i);_/=-f(r/2);x[0]=_;$=s-r;M=$*$;N=M*$;w[0]=-$*v/2;w[1]=(1-2*$)/8;w[2]=-($*v/48);w[3]=-1/192;w[4]=-$*v/3840;w[5]=0;w[6]=0;x[1]=o(w,_);w[0]=$*v*(3*$-2)/12;w[1]=(20*M-12*$+1)/128;w[2]=$*v*(20*$-1)/960;w[3]=(16*M+30*$-15)/4608;w[4]=$*v*(21*$+32)/53760;w[5]=(-(32*M)+63)/368640;w[6]=-$*v*(120*$+17)/25804480;x[2]=o(w,_);w[0]=$*v*(-75*M+80*$-16)/480;w[1]=(-1080*N+868*M-90*$-45)/9216;w[2]=$*v*(-1190*M+84*$+373)/53760;w[3]=(-2240*N-2508*M+2100*$-165)/368640;w[4]=0;w[5]=0;w[6]=0;x[3]=o(w,_);k=o(x,1/r);S=k*k;E=-h(-S/2);if(S===0){return.5}return(1+k*f((1+E)/S))/2}r.exports=temme1},2259:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(2096);var u=i(119);var f=i(6260);var h=i(1851);var v=i(1550);var w=i(5478);var x=i(1794);var _=i(9191);var S=i(4647);var k=i(9346);var M=i(8398);var N=i(3259);var $=i(8164);var E=i(5185);var C=i(7298);var I=i(6255);var T=i(1896);var O=i(7333);var D=i(9590);var F=i(1820);var j=i(9811);var U=i(9638);var z=i(7909);var V=[0,0,0,0,0,0];var H=[0,0,0,0];function temme2(r,s,i){var G;var J;var Q;var Y;var K;var Z;var ee;var te;var re;var ne;var se;var ae;var ie;var oe;var le;var ce;var ue;var fe;var de;var he;K=u(2*r)/-w(s/2);fe=x(i);ue=_(i);H[0]=K;le=fe*fe;ce=ue*ue;ie=fe*ue;ae=ie*ie;se=ae*ie;ne=ae*ae;re=ae*se;te=se*se;ee=ne*se;V[0]=(2*le-1)/(3*ie);V[1]=-M(le)/(36*ae);V[2]=N(le)/(1620*se);V[3]=$(le)/(6480*ne);V[4]=E(le)/(90720*re);V[5]=0;H[1]=o(V,K);V[0]=-C(le)/(405*se);V[1]=I(le)/(2592*ne);V[2]=-T(le)/(204120*re);V[3]=-O(le)/(2099520*te);V[4]=0;V[5]=0;H[2]=o(V,K);V[0]=D(le)/(102060*re);V[1]=-F(le)/(20995200*te);V[2]=j(le)/(36741600*ee);V[3]=0;V[4]=0;V[5]=0;H[3]=o(V,K);Z=o(H,1/s);Q=ue/fe;Q*=Q;oe=-(Z*Z)/(2*le)+v(le)+ce*v(ce)/le;if(f(Z)<.7){V[0]=le;V[1]=ie;V[2]=(1-2*le)/3;V[3]=U(le)/(36*ie);V[4]=z(le)/(270*ae);V[5]=0;he=o(V,Z)}else{de=h(oe);V[0]=de;V[1]=Q;V[2]=0;V[3]=3*Q*(3*Q+1)/6;V[4]=4*Q*(4*Q+1)*(4*Q+2)/24;V[5]=5*Q*(5*Q+1)*(5*Q+2)*(5*Q+3)/120;he=o(V,de);if((he-le)*Z<0){he=1-he}}if(Z<0){J=0;G=le}else{J=le;G=1}if(he<J||he>G){he=(J+G)/2}Y=S(-oe,Q);he=k(Y,he,J,G,32,100);return he}r.exports=temme2},4268:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(5778);var u=i(1550);var f=i(5478);var h=i(3975);var v=i(4647);var w=i(9346);function temme3(r,s,i,x){var _;var S;var k;var M;var N;var $;var E;var C;var I;var T;var O;var D;var F;var j;var U;var z;var V;var H;var G;var J;var Q;var Y;var K;var Z;var ee;var te;var re;var ne;var se;var ae;if(i<x){N=o(i,s,true)}else{N=o(x,s,false)}N/=r;j=s/r;ne=f(1+j);H=ne*ne;G=H*ne;J=H*H;Q=G*H;Y=G*G;K=J*G;Z=J*J;ee=Q*J;E=Q*Q;re=N-j;U=re*re;z=U*re;V=U*U;te=ne+1;C=te*te;I=te*C;T=C*C;O=(ne+2)*(ne-1)/(3*ne);O+=(G+9*H+21*ne+5)*re/(36*H*te);O-=(J-13*G+69*H+167*ne+46)*U/(1620*C*G);O-=(7*Q+21*J+70*G+26*H-93*ne-31)*z/(6480*I*J);O-=(75*Y+202*Q+188*J-888*G-1345*H+118*ne+138)*V/(272160*T*Q);D=(28*J+131*G+402*H+581*ne+208)*(ne-1)/(1620*te*G);D-=(35*Y-154*Q-623*J-1636*G-3983*H-3514*ne-925)*re/(12960*C*J);D-=(2132*K+7915*Y+16821*Q+35066*J+87490*G+141183*H+95993*ne+21640)*U/(816480*Q*I);D-=(11053*Z+53308*K+117010*Y+163924*Q+116188*J-258428*G-677042*H-481940*ne-105497)*z/(14696640*T*Y);F=-((3592*K+8375*Y-1323*Q-29198*J-89578*G-154413*H-116063*ne-29632)*(ne-1))/(816480*Q*C);F-=(442043*ee+2054169*Z+3803094*K+3470754*Y+2141568*Q-2393568*J-19904934*G-34714674*H-23128299*ne-5253353)*re/(146966400*Y*I);F-=(116932*E+819281*ee+2378172*Z+4341330*K+6806004*Y+10622748*Q+18739500*J+30651894*G+30869976*H+15431867*ne+2919016)*U/(146966400*T*K);$=N+O/r+D/(r*r)+F/(r*r*r);if($<=0){$=h}se=$-j*u($)+(1+j)*u(1+j)-j;_=1/(1+j);k=$<j?_:0;M=$<j?1:_;ae=(k+M)/2;S=v(se,j);return w(S,ae,k,M,32,100)}r.exports=temme3},1567:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4010);r.exports=o},4010:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(5732);var u=i(3242);function kernelCos(r,s){var i;var f;var h;var v;v=r*r;h=v*v;f=v*o(v);f+=h*h*u(v);i=.5*v;h=1-i;return h+(1-h-i+(v*f-r*s))}r.exports=kernelCos},5732:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0416666666666666}return.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}r.exports=evalpoly},3242:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+r*(2.087572321298175e-9+r*-11359647557788195e-27)}r.exports=evalpoly},186:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7485);r.exports=o},7485:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var s=-.16666666666666632;var i=.00833333333332249;var o=-.0001984126982985795;var u=27557313707070068e-22;var f=-2.5050760253406863e-8;var h=1.58969099521155e-10;function kernelSin(r,v){var w;var x;var _;var S;S=r*r;_=S*S;w=i+S*(o+S*u)+S*_*(f+S*h);x=S*r;if(v===0){return r+x*(s+S*w)}return r-(S*(.5*v-x*w)-v-x*s)}r.exports=kernelSin},3291:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3078);r.exports=o},3078:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(469);var u=i(1475);var f=i(1877);var h=i(6276);var v=i(2656);var w=i(4862);var x=i(6523);var _=i(7234);var S=i(5672);var k=i(9335).assign;var M=i(6075);var N=i(7949);var $=i(7844);var E=2220446049250313e-31;var C=2148532223>>>0;var I=[0,0];var T=[0,0];function ldexp(r,s){var i;var O;if(s===0||r===0||x(r)||_(r)){return r}k(r,I,1,0);r=I[0];s+=I[1];s+=M(r);if(s<w){return S(0,r)}if(s>h){if(r<0){return u}return o}if(s<=v){s+=52;O=E}else{O=1}N.assign(r,T,1,0);i=T[0];i&=C;i|=s+f<<20;return O*$(i,T[1])}r.exports=ldexp},1550:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5553);r.exports=o},5553:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(2882);var u=i(5990);var f=i(6523);var h=i(1877);var v=i(1475);var w=i(6488);var x=i(1103);var _=.6931471803691238;var S=1.9082149292705877e-10;var k=0x40000000000000;var M=.3333333333333333;var N=1048575|0;var $=2146435072|0;var E=1048576|0;var C=1072693248|0;function ln(r){var s;var i;var I;var T;var O;var D;var F;var j;var U;var z;var V;var H;if(r===0){return v}if(f(r)||r<0){return NaN}i=o(r);O=0|0;if(i<E){O-=54|0;r*=k;i=o(r)}if(i>=$){return r+r}O+=(i>>20)-h|0;i&=N;j=i+614244&1048576|0;r=u(r,i|j^C);O+=j>>20|0;F=r-1;if((N&2+i)<3){if(F===0){if(O===0){return 0}return O*_+O*S}D=F*F*(.5-M*F);if(O===0){return F-D}return O*_-(D-O*S-F)}z=F/(2+F);H=z*z;j=i-398458|0;V=H*H;U=440401-i|0;T=V*w(V);I=H*x(V);j|=U;D=I+T;if(j>0){s=.5*F*F;if(O===0){return F-(s-z*(s+D))}return O*_-(s-(z*(s+D)+O*S)-F)}if(O===0){return F-z*(F-D)}return O*_-(z*(F-D)-O*S-F)}r.exports=ln},6488:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.3999999999940942}return.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}r.exports=evalpoly},1103:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.6666666666666735}return.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}r.exports=evalpoly},7260:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7306);r.exports=o},7306:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(6523);var u=i(2882);var f=i(5990);var h=i(469);var v=i(1475);var w=i(1877);var x=i(897);var _=.6931471803691238;var S=1.9082149292705877e-10;var k=.41421356237309503;var M=-.2928932188134525;var N=1.862645149230957e-9;var $=5551115123125783e-32;var E=9007199254740992;var C=.6666666666666666;function log1p(r){var s;var i;var I;var T;var O;var D;var F;var j;var U;var z;if(r<-1||o(r)){return NaN}if(r===-1){return v}if(r===h){return r}if(r===0){return r}if(r<0){I=-r}else{I=r}z=1;if(I<k){if(I<N){if(I<$){return r}return r-r*r*.5}if(r>M){z=0;T=r;i=1}}if(z!==0){if(I<E){U=1+r;i=u(U);z=(i>>20)-w;if(z>0){O=1-(U-r)}else{O=r-(U-1)}O/=U}else{U=r;i=u(U);z=(i>>20)-w;O=0}i&=1048575;if(i<434334){U=f(U,i|1072693248)}else{z+=1;U=f(U,i|1071644672);i=1048576-i>>2}T=U-1}s=.5*T*T;if(i===0){if(T===0){O+=z*S;return z*_+O}j=s*(1-C*T);return z*_-(j-(z*S+O)-T)}D=T/(2+T);F=D*D;j=F*x(F);if(z===0){return T-(s-D*(s+j))}return z*_-(s-(D*(s+j)+(z*S+O))-T)}r.exports=log1p},897:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.6666666666666735}return.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}r.exports=evalpoly},5430:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4473);r.exports=o},4781:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/
function log1pSeries(r){var s=-r;var i=-1;var o=0;return next;function next(){i*=s;o+=1;return i/o}}r.exports=log1pSeries},4473:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6260);var u=i(1550);var f=i(5088);var h=i(6491);var v=i(4781);function log1pmx(r){var s;var i;if(r<=-1){return NaN}i=o(r);if(i>.95){return u(1+r)-r}if(i<f){return-r*r/2}s={initialValue:-r};return h(v(r),s)}r.exports=log1pmx},2974:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8641);r.exports=o},8641:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(866);var u=i(6523);var f=i(469);function max(r,s){if(u(r)||u(s)){return NaN}if(r===f||s===f){return f}if(r===s&&r===0){if(o(r)){return r}return s}if(r>s){return r}return s}r.exports=max},9594:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3757);r.exports=o},3757:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(2974);function maxabs(r,s){return u(o(r),o(s))}r.exports=maxabs},8008:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9503);r.exports=o},9503:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3270);var u=i(6523);var f=i(1475);function min(r,s){if(u(r)||u(s)){return NaN}if(r===f||s===f){return f}if(r===s&&r===0){if(o(r)){return r}return s}if(r<s){return r}return s}r.exports=min},9912:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(431);r.exports=o},431:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(8008);function minabs(r,s){return u(o(r),o(s))}r.exports=minabs},6310:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7609);r.exports=o},9905:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(2882);var u=i(3786);var f=i(5990);var h=i(1877);var v=i(1277);var w=i(3140);var x=1048575|0;var _=1048576|0;var S=1072693248|0;var k=536870912|0;var M=524288|0;var N=9007199254740992;var $=.9617966939259756;var E=.9617967009544373;var C=-7.028461650952758e-9;var I=[1,1.5];var T=[0,.5849624872207642];var O=[0,1.350039202129749e-8];function log2ax(r,s,i){var D;var F;var j;var U;var z;var V;var H;var G;var J;var Q;var Y;var K;var Z;var ee;var te;var re;var ne;var se;var ae;var ie;var oe;var le;ie=0|0;if(i<_){s*=N;ie-=53|0;i=o(s)}ie+=(i>>v)-h|0;oe=i&x|0;i=oe|S|0;if(oe<=235662){le=0}else if(oe<767610){le=1}else{le=0;ie+=1|0;i-=_}s=f(s,i);G=I[le];se=s-G;ae=1/(s+G);F=se*ae;U=u(F,0);D=(i>>1|k)+M;D+=le<<18;V=f(0,D);H=s-(V-G);z=ae*(se-U*V-U*H);j=F*F;ne=j*j*w(j);ne+=z*(U+F);j=U*U;V=3+j+ne;V=u(V,0);H=ne-(V-3-j);se=U*V;ae=z*V+H*F;Q=se+ae;Q=u(Q,0);Y=ae-(Q-se);K=E*Q;Z=C*Q+Y*$+O[le];J=T[le];re=ie;ee=K+Z+J+re;ee=u(ee,0);te=Z-(ee-re-J-K);r[0]=ee;r[1]=te;return r}r.exports=log2ax},3726:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(3786);var u=i(837);var f=1.4426950408889634;var h=1.4426950216293335;var v=1.9259629911266175e-8;function logx(r,s){var i;var w;var x;var _;var S;var k;x=s-1;_=x*x*u(x);S=h*x;k=x*v-_*f;w=S+k;w=o(w,0);i=k-(w-S);r[0]=w;r[1]=i;return r}r.exports=logx},7609:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(6523);var u=i(7687);var f=i(7234);var h=i(2804);var v=i(5478);var w=i(6260);var x=i(7949);var _=i(3786);var S=i(6519);var k=i(1475);var M=i(469);var N=i(3935);var $=i(2122);var E=i(888);var C=i(3355);var I=i(9905);var T=i(3726);var O=i(5224);var D=1072693247|0;var F=1105199104|0;var j=1139802112|0;var U=1083179008|0;var z=1072693248|0;var V=1083231232|0;var H=3230714880>>>0;var G=31|0;var J=1e300;var Q=1e-300;var Y=8008566259537294e-32;var K=[0|0,0|0];var Z=[0,0];function pow(r,s){var i;var ee;var te;var re;var ne;var se;var ae;var ie;var oe;var le;var ce;var ue;var fe;var de;var he;var ve;if(o(r)||o(s)){return NaN}x.assign(s,K,1,0);se=K[0];ae=K[1];if(ae===0){if(s===0){return 1}if(s===1){return r}if(s===-1){return 1/r}if(s===.5){return v(r)}if(s===-.5){return 1/v(r)}if(s===2){return r*r}if(s===3){return r*r*r}if(s===4){r*=r;return r*r}if(f(s)){return C(r,s)}}x.assign(r,K,1,0);re=K[0];ne=K[1];if(ne===0){if(re===0){return $(r,s)}if(r===1){return 1}if(r===-1&&u(s)){return-1}if(f(r)){if(r===k){return pow(-0,-s)}if(s<0){return 0}return M}}if(r<0&&h(s)===false){return(r-r)/(r-r)}te=w(r);i=re&N|0;ee=se&N|0;ie=re>>>G|0;oe=se>>>G|0;if(ie&&u(s)){ie=-1}else{ie=1}if(ee>F){if(ee>j){return E(r,s)}if(i<D){if(oe===1){return ie*J*J}return ie*Q*Q}if(i>z){if(oe===0){return ie*J*J}return ie*Q*Q}fe=T(Z,te)}else{fe=I(Z,te,i)}le=_(s,0);ue=(s-le)*fe[0]+s*fe[1];ce=le*fe[0];de=ue+ce;x.assign(de,K,1,0);he=S(K[0]);ve=S(K[1]);if(he>=U){if((he-U|ve)!==0){return ie*J*J}if(ue+Y>de-ce){return ie*J*J}}else if((he&N)>=V){if((he-H|ve)!==0){return ie*Q*Q}if(ue<=de-ce){return ie*Q*Q}}de=O(he,ce,ue);return ie*de}r.exports=pow},3140:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.5999999999999946}return.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}r.exports=evalpoly},5568:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.16666666666666602}return.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*4.1381367970572385e-8)))}r.exports=evalpoly},837:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.5}return.5+r*(-.3333333333333333+r*.25)}r.exports=evalpoly},5224:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(2882);var u=i(5990);var f=i(3786);var h=i(6519);var v=i(3291);var w=i(1239);var x=i(1877);var _=i(3935);var S=i(8910);var k=i(1277);var M=i(5568);var N=1048576|0;var $=1071644672|0;var E=.6931471824645996;var C=-1.904654299957768e-9;function pow2(r,s,i){var I;var T;var O;var D;var F;var j;var U;var z;var V;var H;var G;H=r&_|0;G=(H>>k)-x|0;V=0;if(H>$){V=r+(N>>G+1)>>>0;G=((V&_)>>k)-x|0;I=(V&~(S>>G))>>>0;O=u(0,I);V=(V&S|N)>>k-G>>>0;if(r<0){V=-V}s-=O}O=i+s;O=f(O,0);F=O*E;j=(i-(O-s))*w+O*C;z=F+j;U=j-(z-F);O=z*z;T=z-O*M(O);D=z*T/(T-2)-(U+z*U);z=1-(D-z);r=o(z);r=h(r);r+=V<<k>>>0;if(r>>k<=0){z=v(z,V)}else{z=u(z,r)}return z}r.exports=pow2},2122:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(7687);var u=i(5672);var f=i(1475);var h=i(469);function pow(r,s){if(s===f){return h}if(s===h){return 0}if(s>0){if(o(s)){return r}return 0}if(o(s)){return u(h,r)}return h}r.exports=pow},888:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(3935);var u=i(2882);var f=1072693247|0;var h=1e300;var v=1e-300;function pow(r,s){var i;var w;w=u(r);i=w&o;if(i<=f){if(s<0){return h*h}return v*v}if(s>0){return h*h}return v*v}r.exports=pow},3355:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(469);function pow(r,s){if(r===-1){return(r-r)/(r-r)}if(r===1){return 1}if(o(r)<1===(s===u)){return 0}return u}r.exports=pow},4756:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2603);r.exports=o},2603:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var o=i(6523);var u=i(7234);var f=i(6260);var h=i(141);var v=i(1550);var w=i(6310);var x=i(1262);function powm1(r,s){var i;var _;if(o(r)||o(s)){return NaN}if(s===0){return 0}if(r===0){return-1}if(r<0&&s%2===0){r=-r}if(r>0){if(f(s*(r-1))<.5||f(s)<.2){_=v(r)*s;if(_<.5){return h(_)}}}else if(x(s)!==s){return NaN}i=w(r,s)-1;if(u(i)||o(i)){return NaN}return i}r.exports=powm1},3982:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4385);r.exports=o},7236:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(2334);var u=i(3291);var f=i(1830);var h=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var v=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var w=16777216;var x=5.960464477539063e-8;var _=f(20);var S=f(20);var k=f(20);var M=f(20);function compute(r,s,i,f,_,S,N,$,E){var C;var I;var T;var O;var D;var F;var j;var U;var z;O=S;z=f[i];U=i;for(D=0;U>0;D++){I=x*z|0;M[D]=z-w*I|0;z=f[U-1]+I;U-=1}z=u(z,_);z-=8*o(z*.125);j=z|0;z-=j;T=0;if(_>0){D=M[i-1]>>24-_;j+=D;M[i-1]-=D<<24-_;T=M[i-1]>>23-_}else if(_===0){T=M[i-1]>>23}else if(z>=.5){T=2}if(T>0){j+=1;C=0;for(D=0;D<i;D++){U=M[D];if(C===0){if(U!==0){C=1;M[D]=16777216-U}}else{M[D]=16777215-U}}if(_>0){switch(_){case 1:M[i-1]&=8388607;break;case 2:M[i-1]&=4194303;break}}if(T===2){z=1-z;if(C!==0){z-=u(1,_)}}}if(z===0){U=0;for(D=i-1;D>=S;D--){U|=M[D]}if(U===0){for(F=1;M[S-F]===0;F++){}for(D=i+1;D<=i+F;D++){E[$+D]=h[N+D];I=0;for(U=0;U<=$;U++){I+=r[U]*E[$+(D-U)]}f[D]=I}i+=F;return compute(r,s,i,f,_,S,N,$,E)}i-=1;_-=24;while(M[i]===0){i-=1;_-=24}}else{z=u(z,-_);if(z>=w){I=x*z|0;M[i]=z-w*I|0;i+=1;_+=24;M[i]=I}else{M[i]=z|0}}I=u(1,_);for(D=i;D>=0;D--){f[D]=I*M[D];I*=x}for(D=i;D>=0;D--){I=0;for(F=0;F<=O&&F<=i-D;F++){I+=v[F]*f[D+F]}k[i-D]=I}I=0;for(D=i;D>=0;D--){I+=k[D]}if(T===0){s[0]=I}else{s[0]=-I}I=k[0]-I;for(D=1;D<=i;D++){I+=k[D]}if(T===0){s[1]=I}else{s[1]=-I}return j&7}function kernelRempio2(r,s,i,o){var u;var f;var v;var w;var x;var k;var M;var N;var $;f=4;w=o-1;v=(i-3)/24|0;if(v<0){v=0}k=i-24*(v+1);N=v-w;$=w+f;for(M=0;M<=$;M++){if(N<0){_[M]=0}else{_[M]=h[N]}N+=1}for(M=0;M<=f;M++){u=0;for(N=0;N<=w;N++){u+=r[N]*_[w+(M-N)]}S[M]=u}x=f;return compute(r,s,x,S,k,f,v,w,_)}r.exports=kernelRempio2},4385:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/
var o=i(3935);var u=i(222);var f=i(8910);var h=i(2882);var v=i(1662);var w=i(7844);var x=i(7236);var _=i(499);var S=0;var k=16777216;var M=1.5707963267341256;var N=6077100506506192e-26;var $=2*N;var E=3*N;var C=4*N;var I=598523|0;var T=1072243195|0;var O=1073928572|0;var D=1074752122|0;var F=1074977148|0;var j=1075183036|0;var U=1075388923|0;var z=1075594811|0;var V=1094263291|0;var H=[0,0,0];var G=[0,0];function rempio2(r,s){var i;var J;var Q;var Y;var K;var Z;var ee;var te;Q=h(r)|0;Y=Q&o|0;if(Y<=T){s[0]=r;s[1]=0;return 0}if(Y<=D){if((Y&f)===I){return _(r,Y,s)}if(Y<=O){if(Q>0){te=r-M;s[0]=te-N;s[1]=te-s[0]-N;return 1}te=r+M;s[0]=te+N;s[1]=te-s[0]+N;return-1}if(Q>0){te=r-2*M;s[0]=te-$;s[1]=te-s[0]-$;return 2}te=r+2*M;s[0]=te+$;s[1]=te-s[0]+$;return-2}if(Y<=z){if(Y<=j){if(Y===F){return _(r,Y,s)}if(Q>0){te=r-3*M;s[0]=te-E;s[1]=te-s[0]-E;return 3}te=r+3*M;s[0]=te+E;s[1]=te-s[0]+E;return-3}if(Y===U){return _(r,Y,s)}if(Q>0){te=r-4*M;s[0]=te-C;s[1]=te-s[0]-C;return 4}te=r+4*M;s[0]=te+C;s[1]=te-s[0]+C;return-4}if(Y<V){return _(r,Y,s)}if(Y>=u){s[0]=NaN;s[1]=NaN;return 0}i=v(r);J=(Y>>20)-1046;te=w(Y-(J<<20|0),i);for(Z=0;Z<2;Z++){H[Z]=te|0;te=(te-H[Z])*k}H[2]=te;K=3;while(H[K-1]===S){K-=1}ee=x(H,G,J,K,1);if(Q<0){s[0]=-G[0];s[1]=-G[1];return-ee}s[0]=G[0];s[1]=G[1];return ee}r.exports=rempio2},499:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(8972);var u=i(2882);var f=.6366197723675814;var h=1.5707963267341256;var v=6077100506506192e-26;var w=6077100506303966e-26;var x=20222662487959506e-37;var _=20222662487111665e-37;var S=84784276603689e-45;var k=2047|0;function rempio2Medium(r,s,i){var M;var N;var $;var E;var C;var I;var T;N=o(r*f);E=r-N*h;C=N*v;T=s>>20|0;i[0]=E-C;M=u(i[0]);I=T-(M>>20&k);if(I>16){$=E;C=N*w;E=$-C;C=N*x-($-E-C);i[0]=E-C;M=u(i[0]);I=T-(M>>20&k);if(I>49){$=E;C=N*_;E=$-C;C=N*S-($-E-C);i[0]=E-C}}i[1]=E-i[0]-C;return N}r.exports=rempio2Medium},8972:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6547);r.exports=o},6547:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Math.round;r.exports=s},9079:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(178);r.exports=o},178:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6523);function signum(r){if(r===0||o(r)){return r}return r<0?-1:1}r.exports=signum},1794:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3205);r.exports=o},3205:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var o=i(3935);var u=i(222);var f=i(2882);var h=i(1567);var v=i(186);var w=i(3982);var x=1072243195|0;var _=1045430272|0;var S=[0,0];function sin(r){var s;var i;s=f(r);s&=o;if(s<=x){if(s<_){return r}return v(r,0)}if(s>=u){return NaN}i=w(r,S);switch(i&3){case 0:return v(S[0],S[1]);case 1:return h(S[0],S[1]);case 2:return-v(S[0],S[1]);default:return-h(S[0],S[1])}}r.exports=sin},8901:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3012);r.exports=o},3012:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6523);var u=i(7234);var f=i(9191);var h=i(1794);var v=i(6260);var w=i(5672);var x=i(9701);function sinpi(r){var s;var i;if(o(r)){return NaN}if(u(r)){return NaN}i=r%2;s=v(i);if(s===0||s===1){return w(0,i)}if(s<.25){return h(x*i)}if(s<.75){s=.5-s;return w(f(x*s),i)}if(s<1.25){i=w(1,i)-i;return h(x*i)}if(s<1.75){s-=1.5;return-w(f(x*s),i)}i-=w(2,i);return h(x*i)}r.exports=sinpi},5478:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1689);r.exports=o},1689:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Math.sqrt;r.exports=s},1262:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2657);r.exports=o},2657:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2334);var u=i(3385);function trunc(r){if(r<0){return u(r)}return o(r)}r.exports=trunc},3962:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(5088);var f=i(8858);var h=1e6;function continuedFractionA(r,s,i){var u;var h;var v;var w;var x;var _;_=r();x=_[1];h=_[0];if(x===0){x=f}v=x;w=0;do{_=r();if(_){w=_[1]+_[0]*w;if(w===0){w=f}v=_[1]+_[0]/v;if(v===0){v=f}w=1/w;u=v*w;x*=u}}while(_&&o(u-1)>s&&--i);return h/x}function continuedFractionB(r,s,i){var u;var h;var v;var w;var x;x=r();w=x[1];if(w===0){w=f}h=w;v=0;do{x=r();if(x){v=x[1]+x[0]*v;if(v===0){v=f}h=x[1]+x[0]/h;if(h===0){h=f}v=1/v;u=h*v;w*=u}}while(x&&o(u-1)>s&&--i);return w}function continuedFraction(r,s){var i;var o;var f;o={};if(arguments.length>1){o=s}f=o.tolerance||u;i=o.maxIter||h;if(o.keep){return continuedFractionB(r,f,i)}return continuedFractionA(r,f,i)}r.exports=continuedFraction},7028:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(8858);var f=i(5088);var h=1e6;function continuedFractionA(r,s,i){var f;var h;var v;var w;var x;var _;var S;f=typeof r.next==="function";S=f?r.next().value:r();w=S[1];v=S[0];if(w===0){w=u}x=w;_=0;if(f===true){do{S=r.next().value;if(S){_=S[1]+S[0]*_;if(_===0){_=u}x=S[1]+S[0]/x;if(x===0){x=u}_=1/_;h=x*_;w*=h}}while(o(h-1)>s&&--i)}else{do{S=r();if(S){_=S[1]+S[0]*_;if(_===0){_=u}x=S[1]+S[0]/x;if(x===0){x=u}_=1/_;h=x*_;w*=h}}while(S&&o(h-1)>s&&--i)}return v/w}function continuedFractionB(r,s,i){var f;var h;var v;var w;var x;var _;f=typeof r.next==="function";_=f?r.next().value:r();v=_[1];if(v===0){v=u}w=v;x=0;if(f===true){do{_=r.next().value;if(_){x=_[1]+_[0]*x;if(x===0){x=u}w=_[1]+_[0]/w;if(w===0){w=u}x=1/x;h=w*x;v*=h}}while(_&&o(h-1)>s&&--i)}else{do{_=r();if(_){x=_[1]+_[0]*x;if(x===0){x=u}w=_[1]+_[0]/w;if(w===0){w=u}x=1/x;h=w*x;v*=h}}while(_&&o(h-1)>s&&--i)}return v}function continuedFraction(r,s){var i;var o;var u;o={};if(arguments.length>1){o=s}i=o.maxIter||h;u=o.tolerance||f;if(o.keep){return continuedFractionB(r,u,i)}return continuedFractionA(r,u,i)}r.exports=continuedFraction},508:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2878);var u=i(7028);var f=i(3962);var h;if(o()){h=u}else{h=f}r.exports=h},1278:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6990);var u=i(3767);function factory(r){var s;var i;var f;var h;if(r.length>500){return polyval}s="return function evalpoly(x){";i=r.length;if(i===0){s+="return 0.0;"}else if(i===1){s+="return "+r[0]+";"}else{s+="if(x===0.0){return "+r[0]+";}";s+="return "+r[0];f=i-1;for(h=1;h<i;h++){s+="+x*";if(h<f){s+="("}s+=r[h]}for(h=0;h<f-1;h++){s+=")"}s+=";"}s+="}";s+="//# sourceURL=evalpoly.factory.js";return new o(s)();function polyval(s){return u(r,s)}}r.exports=factory},2096:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(3767);var f=i(1278);o(u,"factory",f);r.exports=u},3767:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r,s){var i;var o;o=r.length;if(o<2||s===0){if(o===0){return 0}return r[0]}o-=1;i=r[o]*s+r[o-1];o-=2;while(o>=0){i=i*s+r[o];o-=1}return i}r.exports=evalpoly},6049:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(5088);var f=1e6;function sumSeries(r,s){var i;var h;var v;var w;var x;x={};if(arguments.length>1){x=s}i=x.tolerance||u;v=x.maxTerms||f;w=x.initialValue||0;do{h=r();w+=h}while(o(i*w)<o(h)&&--v);return w}r.exports=sumSeries},3333:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6260);var u=i(5088);var f=1e6;function sumSeries(r,s){var i;var h;var v;var w;var x;var _;_={};if(arguments.length>1){_=s}h=_.tolerance||u;w=_.maxTerms||f;x=_.initialValue||0;i=typeof r.next==="function";if(i===true){for(v of r){x+=v;if(o(h*x)>=o(v)||--w===0){break}}}else{do{v=r();x+=v}while(o(h*x)<o(v)&&--w)}return x}r.exports=sumSeries},6491:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2878);var u=i(3333);var f=i(6049);var h;if(o()){h=u}else{h=f}r.exports=h},4241:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7696);r.exports=o},7696:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
r.exports=Number},6075:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7014);r.exports=o},7014:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2882);var u=i(222);var f=i(1877);function exponent(r){var s=o(r);s=(s&u)>>>20;return s-f|0}r.exports=exponent},7844:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5259);r.exports=o},9593:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(347);var u;var f;var h;if(o===true){f=1;h=0}else{f=0;h=1}u={HIGH:f,LOW:h};r.exports=u},5259:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7096);var u=i(9979);var f=i(9593);var h=new u(1);var v=new o(h.buffer);var w=f.HIGH;var x=f.LOW;function fromWords(r,s){v[w]=r;v[x]=s;return h[0]}r.exports=fromWords},9828:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(347);var u;if(o===true){u=1}else{u=0}r.exports=u},2882:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6053);r.exports=o},6053:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7096);var u=i(9979);var f=i(9828);var h=new u(1);var v=new o(h.buffer);function getHighWord(r){h[0]=r;return v[f]}r.exports=getHighWord},1662:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3761);r.exports=o},5844:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(347);var u;if(o===true){u=0}else{u=1}r.exports=u},3761:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7096);var u=i(9979);var f=i(5844);var h=new u(1);var v=new o(h.buffer);function getLowWord(r){h[0]=r;return v[f]}r.exports=getLowWord},750:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5417);var u=i(7234);var f=i(6523);var h=i(6260);var v=4503599627370496;function normalize(r,s,i,w){if(f(r)||u(r)){s[w]=r;s[w+i]=0;return s}if(r!==0&&h(r)<o){s[w]=r*v;s[w+i]=-52;return s}s[w]=r;s[w+i]=0;return s}r.exports=normalize},9335:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(6754);var f=i(750);o(u,"assign",f);r.exports=u},6754:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(750);function normalize(r){return o(r,[0,0],1,0)}r.exports=normalize},2880:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(347);var u;if(o===true){u=1}else{u=0}r.exports=u},5990:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6921);r.exports=o},6921:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7096);var u=i(9979);var f=i(2880);var h=new u(1);var v=new o(h.buffer);function setHighWord(r,s){h[0]=r;v[f]=s>>>0;return h[0]}r.exports=setHighWord},3786:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(253);r.exports=o},9760:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(347);var u;if(o===true){u=0}else{u=1}r.exports=u},253:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7096);var u=i(9979);var f=i(9760);var h=new u(1);var v=new o(h.buffer);function setLowWord(r,s){h[0]=r;v[f]=s>>>0;return h[0]}r.exports=setLowWord},5132:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7096);var u=i(9979);var f=i(3808);var h=new u(1);var v=new o(h.buffer);var w=f.HIGH;var x=f.LOW;function toWords(r,s,i,o){h[0]=r;s[o]=v[w];s[o+i]=v[x];return s}r.exports=toWords},7949:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(6364);var f=i(5132);o(u,"assign",f);r.exports=u},3808:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(347);var u;var f;var h;if(o===true){f=1;h=0}else{f=0;h=1}u={HIGH:f,LOW:h};r.exports=u},6364:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5132);function toWords(r){return o(r,[0>>>0,0>>>0],1,0)}r.exports=toWords},6519:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3234);r.exports=o},3234:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(r){return r|0}r.exports=uint32ToInt32},9073:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3084);var u=i(6523);function factory(r){if(u(r)){return o(NaN)}return cdf;function cdf(s){if(u(s)){return NaN}return s<r?0:1}}r.exports=factory},6603:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(7782);var f=i(9073);o(u,"factory",f);r.exports=u},7782:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6523);function cdf(r,s){if(o(r)||o(s)){return NaN}return r<s?0:1}r.exports=cdf},2895:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3084);var u=i(6523);function factory(r){if(u(r)){return o(NaN)}return quantile;function quantile(s){if(u(s)||s<0||s>1){return NaN}return r}}r.exports=factory},3925:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(3844);var f=i(2895);o(u,"factory",f);r.exports=u},3844:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6523);function quantile(r,s){if(o(r)||r<0||r>1){return NaN}return s}r.exports=quantile},7058:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4993);var u=i(6523);var f=i(3084);var h=i(1262);var v=i(2974);var w=i(8008);var x=i(7392);var _=i(469);var S=i(9979);var k=i(6299);function factory(r,s,i){if(u(r)||u(s)||u(i)||!o(r)||!o(s)||!o(i)||r===_||s===_||s>r||i>r){return f(NaN)}return cdf;function cdf(o){var f;var _;var M;var N;var $;if(u(o)){return NaN}o=h(o);if(o<v(0,i+s-r)){return 0}if(o>=w(i,s)){return 1}_=new S(o+1);_[o]=x(o,r,s,i);for($=o-1;$>=0;$--){M=($+1)*(r-s-(i-$-1));f=(s-$)*(i-$);_[$]=M/f*_[$+1]}N=k(_);return w(N,1)}}r.exports=factory},1444:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(2523);var f=i(7058);o(u,"factory",f);r.exports=u},2523:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4993);var u=i(6523);var f=i(1262);var h=i(2974);var v=i(8008);var w=i(7392);var x=i(469);var _=i(9979);var S=i(6299);function cdf(r,s,i,k){var M;var N;var $;var E;var C;if(u(r)||u(s)||u(i)||u(k)||!o(s)||!o(i)||!o(k)||s===x||i===x||i>s||k>s){return NaN}r=f(r);if(r<h(0,k+i-s)){return 0}if(r>=v(k,i)){return 1}N=new _(r+1);N[r]=w(r,s,i,k);for(C=r-1;C>=0;C--){$=(C+1)*(s-i-(k-C-1));M=(i-C)*(k-C);N[C]=$/M*N[C+1]}E=S(N);return v(E,1)}r.exports=cdf},6299:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function sum(r){var s;var i;var o;s=r.length;i=0;for(o=0;o<s;o++){i+=r[o]}return i}r.exports=sum},9646:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4993);var u=i(6523);var f=i(3084);var h=i(1851);var v=i(297);var w=i(2974);var x=i(8008);var _=i(469);function factory(r,s,i){var S;var k;if(u(r)||u(s)||u(i)||!o(r)||!o(s)||!o(i)||r===_||s===_||s>r||i>r){return f(NaN)}k=w(0,i+s-r);S=x(s,i);return pmf;function pmf(f){var w;var x;var _;if(u(f)){return NaN}if(o(f)&&k<=f&&f<=S){x=v(i)+v(s)+v(r-i)+v(r-s);w=v(r)+v(f)+v(i-f);w+=v(s-f)+v(r-s+f-i);_=x-w;return h(_)}return 0}}r.exports=factory},7392:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(9383);var f=i(9646);o(u,"factory",f);r.exports=u},9383:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4993);var u=i(6523);var f=i(1851);var h=i(297);var v=i(2974);var w=i(8008);var x=i(469);function pmf(r,s,i,_){var S;var k;var M;var N;var $;if(u(r)||u(s)||u(i)||u(_)||!o(s)||!o(i)||!o(_)||s===x||i===x||i>s||_>s){return NaN}$=v(0,_+i-s);N=w(i,_);if(o(r)&&$<=r&&r<=N){k=h(_)+h(i)+h(s-_)+h(s-i);S=h(s)+h(r)+h(_-r);S+=h(i-r)+h(s-i+r-_);M=k-S;return f(M)}return 0}r.exports=pmf},1250:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3084);var u=i(6603).factory;var f=i(6523);var h=i(5478);var v=i(988);function factory(r,s){var i;if(f(r)||f(s)||s<0){return o(NaN)}if(s===0){return u(r)}i=s*h(2);return cdf;function cdf(s){var o;if(f(s)){return NaN}o=s-r;return.5*v(-o/i)}}r.exports=factory},2484:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(1643);var f=i(1250);o(u,"factory",f);r.exports=u},1643:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(988);var u=i(5478);var f=i(6523);function cdf(r,s,i){var h;var v;if(f(r)||f(s)||f(i)||i<0){return NaN}if(i===0){return r<s?0:1}h=i*u(2);v=r-s;return.5*o(-v/h)}r.exports=cdf},9354:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3084);var u=i(3925).factory;var f=i(3034);var h=i(6523);var v=i(5478);function factory(r,s){var i;var w;if(h(r)||h(s)||s<0){return o(NaN)}if(s===0){u(r)}i=r;w=s*v(2);return quantile;function quantile(r){if(h(r)||r<0||r>1){return NaN}return i+w*f(2*r-1)}}r.exports=factory},6060:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(4739);var f=i(9354);o(u,"factory",f);r.exports=u},4739:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3034);var u=i(6523);var f=i(5478);function quantile(r,s,i){var h;var v;if(u(s)||u(i)||u(r)||i<0||r<0||r>1){return NaN}if(i===0){return s}h=s;v=i*f(2);return h+v*o(2*r-1)}r.exports=quantile},2335:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3084);var u=i(9986);var f=i(6523);var h=i(6310);function factory(r){if(f(r)||r<=0){return o(NaN)}return cdf;function cdf(s){var i;var o;var v;if(f(s)){return NaN}if(s===0){return.5}i=h(s,2);if(r>2*i){v=i/(r+i);o=u(v,.5,r/2,true,true)/2}else{v=r/(r+i);o=u(v,r/2,.5,true,false)/2}return s>0?1-o:o}}r.exports=factory},6021:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(1044);var f=i(2335);o(u,"factory",f);r.exports=u},1044:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9986);var u=i(6523);var f=i(6310);function cdf(r,s){var i;var h;var v;if(u(r)||u(s)||s<=0){return NaN}if(r===0){return.5}i=f(r,2);if(s>2*i){v=i/(s+i);h=o(v,.5,s/2,true,true)/2}else{v=s/(s+i);h=o(v,s/2,.5,true,false)/2}return r>0?1-h:h}r.exports=cdf},2077:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3084);var u=i(1489);var f=i(6523);var h=i(9079);var v=i(5478);function factory(r){if(f(r)||r<=0){return o(NaN)}return quantile;function quantile(s){var i;var o;if(f(s)||s<0||s>1){return NaN}i=s>.5?1-s:s;o=u(r/2,.5,2*i,1-2*i);return h(s-.5)*v(r*o[1]/o[0])}}r.exports=factory},4455:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4568);var u=i(5186);var f=i(2077);o(u,"factory",f);r.exports=u},5186:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1489);var u=i(6523);var f=i(9079);var h=i(5478);function quantile(r,s){var i;var v;if(u(s)||u(r)||s<=0||r<0||r>1){return NaN}i=r>.5?1-r:r;v=o(s/2,.5,2*i,1-2*i);return f(r-.5)*h(s*v[1]/v[0])}r.exports=quantile},2029:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Math.abs;var i=String.prototype.toLowerCase;var o=String.prototype.toUpperCase;var u=String.prototype.replace;var f=/e\+(\d)$/;var h=/e-(\d)$/;var v=/^(\d+)$/;var w=/^(\d+)e/;var x=/\.0$/;var _=/\.0*e/;var S=/(\..*[^0])0*e/;function formatDouble(r,k){var M;var N;switch(k.specifier){case"e":case"E":N=r.toExponential(k.precision);break;case"f":case"F":N=r.toFixed(k.precision);break;case"g":case"G":if(s(r)<1e-4){M=k.precision;if(M>0){M-=1}N=r.toExponential(M)}else{N=r.toPrecision(k.precision)}if(!k.alternate){N=u.call(N,S,"$1e");N=u.call(N,_,"e");N=u.call(N,x,"")}break;default:throw new Error("invalid double notation. Value: "+k.specifier)}N=u.call(N,f,"e+0$1");N=u.call(N,h,"e-0$1");if(k.alternate){N=u.call(N,v,"$1.");N=u.call(N,w,"$1.e")}if(r>=0&&k.sign){N=k.sign+N}N=k.specifier===o.call(k.specifier)?o.call(N):i.call(N);return N}r.exports=formatDouble},1836:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6392);var u=i(122);var f=String.prototype.toLowerCase;var h=String.prototype.toUpperCase;function formatInteger(r){var s;var i;var v;switch(r.specifier){case"b":s=2;break;case"o":s=8;break;case"x":case"X":s=16;break;case"d":case"i":case"u":default:s=10;break}i=r.arg;v=parseInt(i,10);if(!isFinite(v)){if(!o(i)){throw new Error("invalid integer. Value: "+i)}v=0}if(v<0&&(r.specifier==="u"||s!==10)){v=4294967295+v+1}if(v<0){i=(-v).toString(s);if(r.precision){i=u(i,r.precision,r.padRight)}i="-"+i}else{i=v.toString(s);if(!v&&!r.precision){i=""}else if(r.precision){i=u(i,r.precision,r.padRight)}if(r.sign){i=r.sign+i}}if(s===16){if(r.alternate){i="0x"+i}i=r.specifier===h.call(r.specifier)?h.call(i):f.call(i)}if(s===8){if(r.alternate&&i.charAt(0)!=="0"){i="0"+i}}return i}r.exports=formatInteger},24:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(4879);r.exports=o},6392:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isNumber(r){return typeof r==="number"}r.exports=isNumber},7852:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(r){return typeof r==="string"}r.exports=isString},4879:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1836);var u=i(7852);var f=i(6392);var h=i(2029);var v=i(4484);var w=i(122);var x=String.fromCharCode;var _=Array.isArray;function isnan(r){return r!==r}function initialize(r){var s={};s.specifier=r.specifier;s.precision=r.precision===void 0?1:r.precision;s.width=r.width;s.flags=r.flags||"";s.mapping=r.mapping;return s}function formatInterpolate(r){var s;var i;var S;var k;var M;var N;var $;var E;var C;var I;if(!_(r)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.")}N="";$=1;for(C=0;C<r.length;C++){S=r[C];if(u(S)){N+=S}else{s=S.precision!==void 0;S=initialize(S);if(!S.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+C+"`. Value: `"+S+"`.")}if(S.mapping){$=S.mapping}i=S.flags;for(I=0;I<i.length;I++){k=i.charAt(I);switch(k){case" ":S.sign=" ";break;case"+":S.sign="+";break;case"-":S.padRight=true;S.padZeros=false;break;case"0":S.padZeros=i.indexOf("-")<0;break;case"#":S.alternate=true;break;default:throw new Error("invalid flag: "+k)}}if(S.width==="*"){S.width=parseInt(arguments[$],10);$+=1;if(isnan(S.width)){throw new TypeError("the argument for * width at position "+$+" is not a number. Value: `"+S.width+"`.")}if(S.width<0){S.padRight=true;S.width=-S.width}}if(s){if(S.precision==="*"){S.precision=parseInt(arguments[$],10);$+=1;if(isnan(S.precision)){throw new TypeError("the argument for * precision at position "+$+" is not a number. Value: `"+S.precision+"`.")}if(S.precision<0){S.precision=1;s=false}}}S.arg=arguments[$];switch(S.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(s){S.padZeros=false}S.arg=o(S);break;case"s":S.maxWidth=s?S.precision:-1;S.arg=String(S.arg);break;case"c":if(!isnan(S.arg)){M=parseInt(S.arg,10);if(M<0||M>127){throw new Error("invalid character code. Value: "+S.arg)}S.arg=isnan(M)?String(S.arg):x(M)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!s){S.precision=6}E=parseFloat(S.arg);if(!isFinite(E)){if(!f(S.arg)){throw new Error("invalid floating-point number. Value: "+N)}E=S.arg;S.padZeros=false}S.arg=h(E,S);break;default:throw new Error("invalid specifier: "+S.specifier)}if(S.maxWidth>=0&&S.arg.length>S.maxWidth){S.arg=S.arg.substring(0,S.maxWidth)}if(S.padZeros){S.arg=w(S.arg,S.width||S.precision,S.padRight)}else if(S.width){S.arg=v(S.arg,S.width,S.padRight)}N+=S.arg||"";$+=1}}return N}r.exports=formatInterpolate},4484:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function spaces(r){var s="";var i;for(i=0;i<r;i++){s+=" "}return s}function spacePad(r,s,i){var o=s-r.length;if(o<0){return r}r=i?r+spaces(o):spaces(o)+r;return r}r.exports=spacePad},122:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function startsWithMinus(r){return r[0]==="-"}function zeros(r){var s="";var i;for(i=0;i<r;i++){s+="0"}return s}function zeroPad(r,s,i){var o=false;var u=s-r.length;if(u<0){return r}if(startsWithMinus(r)){o=true;r=r.substr(1)}r=i?r+zeros(u):zeros(u)+r;if(o){r="-"+r}return r}r.exports=zeroPad},9340:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8755);r.exports=o},8755:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(r){var s={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};if(r[4]==="."&&r[5]===void 0){s.precision="1"}return s}function formatTokenize(r){var i;var o;var u;var f;o=[];f=0;u=s.exec(r);while(u){i=r.slice(f,s.lastIndex-u[0].length);if(i.length){o.push(i)}if(u[6]==="%"){o.push("%")}else{o.push(parse(u))}f=s.lastIndex;u=s.exec(r)}i=r.slice(f);if(i.length){o.push(i)}return o}r.exports=formatTokenize},7760:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(3191);r.exports=o},8676:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(r){return typeof r==="string"}r.exports=isString},3191:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(24);var u=i(9340);var f=i(8676);function format(r){var s;var i;if(!f(r)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",r))}s=[u(r)];for(i=1;i<arguments.length;i++){s.push(arguments[i])}return o.apply(null,s)}r.exports=format},2038:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2873);r.exports=o},2873:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Symbol==="function"?Symbol:void 0;r.exports=s},3084:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(8675);r.exports=o},8675:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function wrap(r){return constantFunction;function constantFunction(){return r}}r.exports=wrap},4568:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(6239);r.exports=o},6239:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(708);function setNonEnumerableReadOnly(r,s,i){o(r,s,{configurable:false,enumerable:false,writable:false,value:i})}r.exports=setNonEnumerableReadOnly},7619:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Object.defineProperty;r.exports=s},5141:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=typeof Object.defineProperty==="function"?Object.defineProperty:null;r.exports=s},2342:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5141);function hasDefinePropertySupport(){try{o({},"x",{});return true}catch(r){return false}}r.exports=hasDefinePropertySupport},708:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2342);var u=i(7619);var f=i(61);var h;if(o()){h=u}else{h=f}r.exports=h},61:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(7760);var u=Object.prototype;var f=u.toString;var h=u.__defineGetter__;var v=u.__defineSetter__;var w=u.__lookupGetter__;var x=u.__lookupSetter__;function defineProperty(r,s,i){var _;var S;var k;var M;if(typeof r!=="object"||r===null||f.call(r)==="[object Array]"){throw new TypeError(o("invalid argument. First argument must be an object. Value: `%s`.",r))}if(typeof i!=="object"||i===null||f.call(i)==="[object Array]"){throw new TypeError(o("invalid argument. Property descriptor must be an object. Value: `%s`.",i))}S="value"in i;if(S){if(w.call(r,s)||x.call(r,s)){_=r.__proto__;r.__proto__=u;delete r[s];r[s]=i.value;r.__proto__=_}else{r[s]=i.value}}k="get"in i;M="set"in i;if(S&&(k||M)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(k&&h){h.call(r,s,i.get)}if(M&&v){v.call(r,s,i.set)}return r}r.exports=defineProperty},3595:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=eval;r.exports=s},547:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(9501);var u=i(1006);var f=i(9728);var h;if(o()){h=f}else{h=u}r.exports=h},1006:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(5763);function nativeClass(r){return o.call(r)}r.exports=nativeClass},9728:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(1907);var u=i(4499);var f=i(5763);function nativeClass(r){var s;var i;var h;if(r===null||r===void 0){return f.call(r)}i=r[u];s=o(r,u);try{r[u]=void 0}catch(s){return f.call(r)}h=f.call(r);if(s){r[u]=i}else{delete r[u]}return h}r.exports=nativeClass},5763:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=Object.prototype.toString;r.exports=s},4499:(r,s,i)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=i(2038);var u=typeof o==="function"?o.toStringTag:"";r.exports=u},6110:(r,s,i)=>{s=r.exports=i(1241);s.log=log;s.formatArgs=formatArgs;s.save=save;s.load=load;s.useColors=useColors;s.storage="undefined"!=typeof chrome&&"undefined"!=typeof chrome.storage?chrome.storage.local:localstorage();s.colors=["lightseagreen","forestgreen","goldenrod","dodgerblue","darkorchid","crimson"];function useColors(){if(typeof window!=="undefined"&&window.process&&window.process.type==="renderer"){return true}return typeof document!=="undefined"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window!=="undefined"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator!=="undefined"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)&&parseInt(RegExp.$1,10)>=31||typeof navigator!=="undefined"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}s.formatters.j=function(r){try{return JSON.stringify(r)}catch(r){return"[UnexpectedJSONParseError]: "+r.message}};function formatArgs(r){var i=this.useColors;r[0]=(i?"%c":"")+this.namespace+(i?" %c":" ")+r[0]+(i?"%c ":" ")+"+"+s.humanize(this.diff);if(!i)return;var o="color: "+this.color;r.splice(1,0,o,"color: inherit");var u=0;var f=0;r[0].replace(/%[a-zA-Z%]/g,function(r){if("%%"===r)return;u++;if("%c"===r){f=u}});r.splice(f,0,o)}function log(){return"object"===typeof console&&console.log&&Function.prototype.apply.call(console.log,console,arguments)}function save(r){try{if(null==r){s.storage.removeItem("debug")}else{s.storage.debug=r}}catch(r){}}function load(){var r;try{r=s.storage.debug}catch(r){}if(!r&&typeof process!=="undefined"&&"env"in process){r=process.env.DEBUG}return r}s.enable(load());function localstorage(){try{return window.localStorage}catch(r){}}},1241:(r,s,i)=>{s=r.exports=createDebug.debug=createDebug["default"]=createDebug;s.coerce=coerce;s.disable=disable;s.enable=enable;s.enabled=enabled;s.humanize=i(744);s.names=[];s.skips=[];s.formatters={};var o;function selectColor(r){var i=0,o;for(o in r){i=(i<<5)-i+r.charCodeAt(o);i|=0}return s.colors[Math.abs(i)%s.colors.length]}function createDebug(r){function debug(){if(!debug.enabled)return;var r=debug;var i=+new Date;var u=i-(o||i);r.diff=u;r.prev=o;r.curr=i;o=i;var f=new Array(arguments.length);for(var h=0;h<f.length;h++){f[h]=arguments[h]}f[0]=s.coerce(f[0]);if("string"!==typeof f[0]){f.unshift("%O")}var v=0;f[0]=f[0].replace(/%([a-zA-Z%])/g,function(i,o){if(i==="%%")return i;v++;var u=s.formatters[o];if("function"===typeof u){var h=f[v];i=u.call(r,h);f.splice(v,1);v--}return i});s.formatArgs.call(r,f);var w=debug.log||s.log||console.log.bind(console);w.apply(r,f)}debug.namespace=r;debug.enabled=s.enabled(r);debug.useColors=s.useColors();debug.color=selectColor(r);if("function"===typeof s.init){s.init(debug)}return debug}function enable(r){s.save(r);s.names=[];s.skips=[];var i=(typeof r==="string"?r:"").split(/[\s,]+/);var o=i.length;for(var u=0;u<o;u++){if(!i[u])continue;r=i[u].replace(/\*/g,".*?");if(r[0]==="-"){s.skips.push(new RegExp("^"+r.substr(1)+"$"))}else{s.names.push(new RegExp("^"+r+"$"))}}}function disable(){s.enable("")}function enabled(r){var i,o;for(i=0,o=s.skips.length;i<o;i++){if(s.skips[i].test(r)){return false}}for(i=0,o=s.names.length;i<o;i++){if(s.names[i].test(r)){return true}}return false}function coerce(r){if(r instanceof Error)return r.stack||r.message;return r}},2830:(r,s,i)=>{if(typeof process!=="undefined"&&process.type==="renderer"){r.exports=i(6110)}else{r.exports=i(5108)}},5108:(r,s,i)=>{var o=i(2018);var u=i(9023);s=r.exports=i(1241);s.init=init;s.log=log;s.formatArgs=formatArgs;s.save=save;s.load=load;s.useColors=useColors;s.colors=[6,2,3,4,5,1];s.inspectOpts=Object.keys(process.env).filter(function(r){return/^debug_/i.test(r)}).reduce(function(r,s){var i=s.substring(6).toLowerCase().replace(/_([a-z])/g,function(r,s){return s.toUpperCase()});var o=process.env[s];if(/^(yes|on|true|enabled)$/i.test(o))o=true;else if(/^(no|off|false|disabled)$/i.test(o))o=false;else if(o==="null")o=null;else o=Number(o);r[i]=o;return r},{});var f=parseInt(process.env.DEBUG_FD,10)||2;if(1!==f&&2!==f){u.deprecate(function(){},"except for stderr(2) and stdout(1), any other usage of DEBUG_FD is deprecated. Override debug.log if you want to use a different log function (https://git.io/debug_fd)")()}var h=1===f?process.stdout:2===f?process.stderr:createWritableStdioStream(f);function useColors(){return"colors"in s.inspectOpts?Boolean(s.inspectOpts.colors):o.isatty(f)}s.formatters.o=function(r){this.inspectOpts.colors=this.useColors;return u.inspect(r,this.inspectOpts).split("\n").map(function(r){return r.trim()}).join(" ")};s.formatters.O=function(r){this.inspectOpts.colors=this.useColors;return u.inspect(r,this.inspectOpts)};function formatArgs(r){var i=this.namespace;var o=this.useColors;if(o){var u=this.color;var f="  [3"+u+";1m"+i+" "+"[0m";r[0]=f+r[0].split("\n").join("\n"+f);r.push("[3"+u+"m+"+s.humanize(this.diff)+"[0m")}else{r[0]=(new Date).toUTCString()+" "+i+" "+r[0]}}function log(){return h.write(u.format.apply(u,arguments)+"\n")}function save(r){if(null==r){delete process.env.DEBUG}else{process.env.DEBUG=r}}function load(){return process.env.DEBUG}function createWritableStdioStream(r){var s;var u=process.binding("tty_wrap");switch(u.guessHandleType(r)){case"TTY":s=new o.WriteStream(r);s._type="tty";if(s._handle&&s._handle.unref){s._handle.unref()}break;case"FILE":var f=i(9896);s=new f.SyncWriteStream(r,{autoClose:false});s._type="fs";break;case"PIPE":case"TCP":var h=i(9278);s=new h.Socket({fd:r,readable:false,writable:true});s.readable=false;s.read=null;s._type="pipe";if(s._handle&&s._handle.unref){s._handle.unref()}break;default:throw new Error("Implement me. Unknown stream file type!")}s.fd=r;s._isStdio=true;return s}function init(r){r.inspectOpts={};var i=Object.keys(s.inspectOpts);for(var o=0;o<i.length;o++){r.inspectOpts[i[o]]=s.inspectOpts[i[o]]}}s.enable(load())},744:r=>{var s=1e3;var i=s*60;var o=i*60;var u=o*24;var f=u*365.25;r.exports=function(r,s){s=s||{};var i=typeof r;if(i==="string"&&r.length>0){return parse(r)}else if(i==="number"&&isNaN(r)===false){return s.long?fmtLong(r):fmtShort(r)}throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(r))};function parse(r){r=String(r);if(r.length>100){return}var h=/^((?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|years?|yrs?|y)?$/i.exec(r);if(!h){return}var v=parseFloat(h[1]);var w=(h[2]||"ms").toLowerCase();switch(w){case"years":case"year":case"yrs":case"yr":case"y":return v*f;case"days":case"day":case"d":return v*u;case"hours":case"hour":case"hrs":case"hr":case"h":return v*o;case"minutes":case"minute":case"mins":case"min":case"m":return v*i;case"seconds":case"second":case"secs":case"sec":case"s":return v*s;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return v;default:return undefined}}function fmtShort(r){if(r>=u){return Math.round(r/u)+"d"}if(r>=o){return Math.round(r/o)+"h"}if(r>=i){return Math.round(r/i)+"m"}if(r>=s){return Math.round(r/s)+"s"}return r+"ms"}function fmtLong(r){return plural(r,u,"day")||plural(r,o,"hour")||plural(r,i,"minute")||plural(r,s,"second")||r+" ms"}function plural(r,s,i){if(r<s){return}if(r<s*1.5){return Math.floor(r/s)+" "+i}return Math.ceil(r/s)+" "+i+"s"}},6166:(r,s,i)=>{r=i.nmd(r);var o=undefined;var initSqlJs=function(s){if(o){return o}o=new Promise(function(i,o){var u=typeof s!=="undefined"?s:{};var f=u["onAbort"];u["onAbort"]=function(r){o(new Error(r));if(f){f(r)}};u["postRun"]=u["postRun"]||[];u["postRun"].push(function(){i(u)});r=undefined;var h;h||=typeof u!=="undefined"?u:{};var v=!!globalThis.window,w=!!globalThis.WorkerGlobalScope;h.onRuntimeInitialized=function(){function a(r,s){ue(r,s instanceof Error?s.message:String(s),-1)}function b(r,s){switch(typeof s){case"boolean":ce(r,s?1:0);break;case"number":ae(r,s);break;case"string":oe(r,s,l(s),-1);break;case"object":if(s===null)ie(r);else if(s.length!=null){var i=Ee(s.length);O.set(s,i);le(r,i,s.length,-1);Ae(i)}else ue(r,"Wrong API use : tried to return a value of an unknown type ("+s+").",-1);break;default:ie(r)}}function d(r,s){for(var i=[],o=0;o<r;o+=1){var u=y(s+4*o,"i32"),f=ee(u);if(f===1||f===2)u=se(u);else if(f===3)f=te(u),u=re(u),u=A(u,f,!0);else if(f===4){f=u;u=te(f);f=ne(f);for(var h=new Uint8Array(u),v=0;v<u;v+=1)h[v]=O[f+v];u=h}else u=null;i.push(u)}return i}function c(r,s){this.Va=r;this.db=s;this.Ta=1;this.Eb=[]}function e(r,s){this.db=s;this.tb=ea(r);if(this.tb===null)throw Error("Unable to allocate memory for the SQL string");this.zb=this.tb;this.fb=this.Kb=null}function g(i){this.filename="dbfile_"+(4294967295*Math.random()>>>0);i!=null&&fa(this.filename,i);this.handleError(o(this.filename,s));this.db=y(s,"i32");r&&de(this.db);this.Bb={};this.ab=new Map}function m(r,s){return r.replace(/[A-Z]/g,function(r){return r.toLowerCase()})+":"+s}function t(r){r.forEach(ja)}var r=h.useOldExtensionFunctions!==!1,s=Re(4),i=h.cwrap,o=i("sqlite3_open","number",["string","number"]),u=i("sqlite3_close_v2","number",["number"]),f=i("sqlite3_backup_init","number",["number","string","number","string"]),v=i("sqlite3_backup_step","number",["number","number"]),w=i("sqlite3_backup_finish","number",["number"]),x=i("sqlite3_exec","number",["number","number","number","number","number"]),_=i("sqlite3_changes","number",["number"]),S=i("sqlite3_sql","string",["number"]),k=i("sqlite3_normalized_sql","string",["number"]),M=i("sqlite3_prepare_v2","number",["number","number","number","number","number"]),N=i("sqlite3_bind_text","number",["number","number","number","number","number"]),$=i("sqlite3_bind_blob","number",["number","number","number","number","number"]),E=i("sqlite3_bind_double","number",["number","number","number"]),C=i("sqlite3_bind_int","number",["number","number","number"]),I=i("sqlite3_bind_parameter_index","number",["number","string"]),T=i("sqlite3_step","number",["number"]),D=i("sqlite3_errmsg","string",["number"]),F=i("sqlite3_column_count","number",["number"]),j=i("sqlite3_data_count","number",["number"]),U=i("sqlite3_column_double","number",["number","number"]),z=i("sqlite3_column_text","number",["number","number"]),V=i("sqlite3_column_blob","number",["number","number"]),H=i("sqlite3_column_bytes","number",["number","number"]),G=i("sqlite3_column_type","number",["number","number"]),J=i("sqlite3_column_name","string",["number","number"]),Q=i("sqlite3_reset","number",["number"]),Y=i("sqlite3_clear_bindings","number",["number"]),K=i("sqlite3_finalize","number",["number"]),Z=i("sqlite3_create_function_v2","number","number string number number number number number number number".split(" ")),ee=i("sqlite3_value_type","number",["number"]),te=i("sqlite3_value_bytes","number",["number"]),re=i("sqlite3_value_text","number",["number"]),ne=i("sqlite3_value_blob","number",["number"]),se=i("sqlite3_value_double","number",["number"]),ae=i("sqlite3_result_double","",["number","number"]),ie=i("sqlite3_result_null","",["number"]),oe=i("sqlite3_result_text","",["number","string","number","number"]),le=i("sqlite3_result_blob","",["number","number","number","number"]),ce=i("sqlite3_result_int","",["number","number"]),ue=i("sqlite3_result_error","",["number","string","number"]),fe=i("sqlite3_aggregate_context","number",["number","number"]),de=i("RegisterExtensionFunctions","number",["number"]),he=i("sqlite3_update_hook","number",["number","number","number"]);c.prototype.bind=function(r){if(!this.Va)throw"Statement closed";this.reset();return Array.isArray(r)?this.bc(r):r!=null&&typeof r==="object"?this.cc(r):!0};c.prototype.step=function(){if(!this.Va)throw"Statement closed";this.Ta=1;var r=T(this.Va);switch(r){case 100:return!0;case 101:return!1;default:throw this.db.handleError(r)}};c.prototype.Ub=function(r){r==null&&(r=this.Ta,this.Ta+=1);return U(this.Va,r)};c.prototype.oc=function(r){r==null&&(r=this.Ta,this.Ta+=1);if(typeof BigInt!=="function")throw Error("BigInt is not supported");return BigInt(this.Vb(r))};c.prototype.Vb=function(r){r==null&&(r=this.Ta,this.Ta+=1);var s=z(this.Va,r);r=H(this.Va,r);return A(s,r,!0)};c.prototype.getBlob=function(r){r==null&&(r=this.Ta,this.Ta+=1);var s=H(this.Va,r);r=V(this.Va,r);for(var i=new Uint8Array(s),o=0;o<s;o+=1)i[o]=O[r+o];return i};c.prototype.get=function(r,s){s=s||{};r!=null&&this.bind(r)&&this.step();r=[];for(var i=j(this.Va),o=0;o<i;o+=1)switch(G(this.Va,o)){case 1:var u=s.useBigInt?this.oc(o):this.Ub(o);r.push(u);break;case 2:r.push(this.Ub(o));break;case 3:r.push(this.Vb(o));break;case 4:r.push(this.getBlob(o));break;default:r.push(null)}return r};c.prototype.Ib=function(){for(var r=[],s=F(this.Va),i=0;i<s;i+=1)r.push(J(this.Va,i));return r};c.prototype.Tb=function(r,s){var i=this.get(r,s);r=this.Ib();return Object.fromEntries(r.map(function(r,s){return[r,i[s]]}))};c.prototype.tc=function(){return S(this.Va)};c.prototype.qc=function(){return k(this.Va)};c.prototype.run=function(r){r!=null&&this.bind(r);this.step();return this.reset()};c.prototype.Pb=function(r,s){s==null&&(s=this.Ta,this.Ta+=1);var i=ea(r);this.Eb.push(i);this.db.handleError(N(this.Va,s,i,l(r),0))};c.prototype.ac=function(r,s){s==null&&(s=this.Ta,this.Ta+=1);var i=Ee(r.length);O.set(r,i);this.Eb.push(i);this.db.handleError($(this.Va,s,i,r.length,0))};c.prototype.Ob=function(r,s){s==null&&(s=this.Ta,this.Ta+=1);this.db.handleError((r===(r|0)?C:E)(this.Va,s,r))};c.prototype.dc=function(r){r==null&&(r=this.Ta,this.Ta+=1);$(this.Va,r,0,0,0)};c.prototype.Qb=function(r,s){s==null&&(s=this.Ta,this.Ta+=1);switch(typeof r){case"string":this.Pb(r,s);return;case"number":this.Ob(r,s);return;case"bigint":this.Pb(r.toString(),s);return;case"boolean":this.Ob(r+0,s);return;case"object":if(r===null){this.dc(s);return}if(r.length!=null){this.ac(r,s);return}}throw"Wrong API use : tried to bind a value of an unknown type ("+r+")."};c.prototype.cc=function(r){var s=this;Object.keys(r).forEach(function(i){var o=I(s.Va,i);o!==0&&s.Qb(r[i],o)});return!0};c.prototype.bc=function(r){for(var s=0;s<r.length;s+=1)this.Qb(r[s],s+1);return!0};c.prototype.reset=function(){this.Hb();return Y(this.Va)===0&&Q(this.Va)===0};c.prototype.Hb=function(){for(var r;(r=this.Eb.pop())!==void 0;)Ae(r)};c.prototype.jb=function(){this.Hb();var r=K(this.Va)===0;delete this.db.Bb[this.Va];this.Va=0;return r};e.prototype.next=function(){if(this.tb===null)return{done:!0};this.fb!==null&&(this.fb.jb(),this.fb=null);if(!this.db.db)throw this.ub(),Error("Database closed");var r=Oe(),i=Re(4);oa(s);oa(i);try{this.db.handleError(M(this.db.db,this.zb,-1,s,i));this.zb=y(i,"i32");var o=y(s,"i32");if(o===0)return this.ub(),{done:!0};this.fb=new c(o,this.db);this.db.Bb[o]=this.fb;return{value:this.fb,done:!1}}catch(r){throw this.Kb=A(this.zb),this.ub(),r}finally{Te(r)}};e.prototype.ub=function(){Ae(this.tb);this.tb=null};e.prototype["return"]=function(){this.fb!==null&&(this.fb.jb(),this.fb=null);this.ub();return{done:!0}};e.prototype.rc=function(){return this.Kb!==null?this.Kb:A(this.zb)};typeof Symbol==="function"&&typeof Symbol.iterator==="symbol"&&(e.prototype[Symbol.iterator]=function(){return this});g.prototype.run=function(r,i){if(!this.db)throw"Database closed";if(i){r=this.Lb(r,i);try{r.step()}finally{r.jb()}}else{r=ea(r);try{this.handleError(x(this.db,r,0,0,s))}finally{Ae(r)}}return this};g.prototype.exec=function(r,i,o){if(!this.db)throw"Database closed";var u=Oe(),f=null,h=null,v=null;try{v=h=ea(r);var w=Re(4);for(r=[];y(v,"i8")!==0;){oa(s);oa(w);this.handleError(M(this.db,v,-1,s,w));var x=y(s,"i32");v=y(w,"i32");if(x!==0){var _=null;f=new c(x,this);for(i!=null&&f.bind(i);f.step();)_===null&&(_={columns:f.Ib(),values:[]},r.push(_)),_.values.push(f.get(null,o));f.jb()}}return r}catch(r){throw f&&f.jb(),r}finally{h&&Ae(h),Te(u)}};g.prototype.lc=function(r,s,i,o,u){typeof s==="function"&&(o=i,i=s,s=void 0);r=this.Lb(r,s);try{for(;r.step();)i(r.Tb(null,u))}finally{r.jb()}if(typeof o==="function")return o()};g.prototype.Lb=function(r,i){r=ea(r);try{oa(s),this.handleError(M(this.db,r,-1,s,0))}finally{Ae(r)}r=y(s,"i32");if(r===0)throw"Nothing to prepare";var o=new c(r,this);i!=null&&o.bind(i);return this.Bb[r]=o};g.prototype.wc=function(r){return new e(r,this)};g.prototype.nc=function(){if(!this.db)throw Error("Database closed");var r=this.filename+"_export";fa(r,[]);var i=0,h=0;try{var x=B(r).node,_=null,S=x.Qa.write;x.Qa=Object.create(x.Qa);x.Qa.write=function(r,s,i,o,u){if(_===null)return S(r,s,i,o,u);x.Ua.set(s.subarray(i,i+o),u);x.Wa=Math.max(x.Wa,u+o);return o};var k=o(r,s);i=y(s,"i32");if(k!==0)throw Error(D(i));h=f(i,"main",this.db,"main");if(h===0)throw Error(D(i));k=v(h,0);if(k===0){var M=this.exec("PRAGMA main.page_count; PRAGMA main.page_size");_=new Uint8Array(M[0].values[0][0]*M[1].values[0][0]);x.Ua=_;k=v(h,-1)}if(k===5||k===6)throw Error("Unable to export: SQLite is busy or locked. Finish active write transactions before exporting.");if(k!==101)throw Error(D(i));k=w(h);h=0;if(k!==0)throw Error(D(i));k=u(i);if(k!==0)throw Error(D(i));i=0;_=new Uint8Array(x.Ua.buffer,x.Ua.byteOffset,x.Wa);_.length>0&&(_[18]=1,_[19]=1);return _}finally{h!==0&&w(h),i!==0&&u(i),qa("/"+r)}};g.prototype.close=function(){this.db!==null&&(Object.values(this.Bb).forEach(function(r){r.jb()}),this.ab.forEach(t),this.ab.clear(),this.lb&&(ja(this.lb),this.lb=void 0),this.handleError(u(this.db)),qa("/"+this.filename),this.db=null)};g.prototype.handleError=function(r){if(r===0)return null;r=D(this.db);throw Error(r)};g.prototype.sc=function(){return _(this.db)};g.prototype.jc=function(r,s){var i=m(r,s.length);this.ab.has(i)&&(t(this.ab.get(i)),this.ab.delete(i));var o=ra(function(r,i,o){i=d(i,o);try{var u=s.apply(null,i)}catch(s){a(r,s);return}b(r,u)},"viii");this.ab.set(i,[o]);this.handleError(Z(this.db,r,s.length,1,0,o,0,0,0));return this};g.prototype.hc=function(r,s){function p(r){f.has(r)||f.set(r,i());return f.get(r)}var i=s.init||function(){return null},o=s.finalize||function(r){return r},u=s.step;if(!u)throw"An aggregate function must have a step function in "+r;var f=new Map;s=m(r,u.length-1);this.ab.has(s)&&(t(this.ab.get(s)),this.ab.delete(s));var h=ra(function(r,s,i){var o=fe(r,1),h=p(o);s=d(s,i);h=[h].concat(s);try{f.set(o,u.apply(null,h))}catch(s){f.delete(o),a(r,s)}},"viii"),v=ra(function(r){var s=fe(r,1);try{var i=o(p(s))}catch(i){f.delete(s);a(r,i);return}b(r,i);f.delete(s)},"vi");this.ab.set(s,[h,v]);this.handleError(Z(this.db,r,u.length-1,1,0,0,h,v,0));return this};g.prototype.Dc=function(r){this.lb&&(he(this.db,0,0),ja(this.lb),this.lb=void 0);if(!r)return this;this.lb=ra(function(s,i,o,u,f){switch(i){case 18:s="insert";break;case 23:s="update";break;case 9:s="delete";break;default:throw"unknown operationCode in updateHook callback: "+i}o=A(o);u=A(u);if(f>Number.MAX_SAFE_INTEGER)throw"rowId too big to fit inside a Number";r(s,o,u,Number(f))},"viiiij");he(this.db,this.lb,0);return this};c.prototype.bind=c.prototype.bind;c.prototype.step=c.prototype.step;c.prototype.get=c.prototype.get;c.prototype.getColumnNames=c.prototype.Ib;c.prototype.getAsObject=c.prototype.Tb;c.prototype.getSQL=c.prototype.tc;c.prototype.getNormalizedSQL=c.prototype.qc;c.prototype.run=c.prototype.run;c.prototype.reset=c.prototype.reset;c.prototype.freemem=c.prototype.Hb;c.prototype.free=c.prototype.jb;e.prototype.next=e.prototype.next;e.prototype.getRemainingSQL=e.prototype.rc;g.prototype.run=g.prototype.run;g.prototype.exec=g.prototype.exec;g.prototype.each=g.prototype.lc;g.prototype.prepare=g.prototype.Lb;g.prototype.iterateStatements=g.prototype.wc;g.prototype["export"]=g.prototype.nc;g.prototype.close=g.prototype.close;g.prototype.handleError=g.prototype.handleError;g.prototype.getRowsModified=g.prototype.sc;g.prototype.create_function=g.prototype.jc;g.prototype.create_aggregate=g.prototype.hc;g.prototype.updateHook=g.prototype.Dc;h.Database=g};var x="./this.program",_=globalThis.document?.currentScript?.src;w&&(_=self.location.href);var S="",k,M;if(v||w){try{S=new URL(".",_).href}catch{}w&&(M=r=>{var s=new XMLHttpRequest;s.open("GET",r,!1);s.responseType="arraybuffer";s.send(null);return new Uint8Array(s.response)});k=async r=>{r=await fetch(r,{credentials:"same-origin"});if(r.ok)return r.arrayBuffer();throw Error(r.status+" : "+r.url)}}var N=console.log.bind(console),$=console.error.bind(console),E,C=!1,I;function Ca(){if(!O?.buffer?.resizable){var r=qe.buffer;O=new Int8Array(r);pe=new Int16Array(r);U=new Uint8Array(r);fe=new Int32Array(r);he=new Uint32Array(r);_e=new Float32Array(r);Se=new Float64Array(r);de=new BigInt64Array(r)}}function Ha(){var r=h.preRun;r&&(typeof r==="function"&&(r=[r]),F.push(...r));for(r=F;r.length>0;)r.shift()(h)}function Ja(){var r=h.postRun;r&&(typeof r==="function"&&(r=[r]),D.push(...r));for(r=D;r.length>0;)r.shift()(h)}function La(r){h.onAbort?.(r);r=`Aborted(${r})`;$(r);C=!0;throw new WebAssembly.RuntimeError(r+". Build with -sASSERTIONS for more info.")}var T;async function Na(r){if(!E)try{return await k(r)}catch{}if(r==T&&E)r=new Uint8Array(E);else if(M)r=M(r);else throw"both async and sync fetching of the wasm failed";return r}async function Qa(r,s){try{var i=await Na(r);return await WebAssembly.instantiate(i,s)}catch(r){$(`failed to asynchronously prepare wasm: ${r}`),La(r)}}async function Sa(r){var s=T;if(!E)try{var i=fetch(s,{credentials:"same-origin"});return await WebAssembly.instantiateStreaming(i,r)}catch(r){$(`wasm streaming compile failed: ${r}`),$("falling back to ArrayBuffer instantiation")}return Qa(s,r)}class Ta{name="ExitStatus";constructor(r){this.message=`Program terminated with exit(${r})`;this.status=r}}var O,D=[],F=[],j=!0,U,z=new TextDecoder,Wa=(r,s,i,o)=>{i=s+i;if(o)return i;for(;r[s]&&!(s>=i);)++s;return s},A=(r,s,i)=>r?z.decode(U.subarray(r,Wa(U,r,s,i))):"",Xa=(r,s)=>{for(var i=0,o=r.length-1;o>=0;o--){var u=r[o];u==="."?r.splice(o,1):u===".."?(r.splice(o,1),i++):i&&(r.splice(o,1),i--)}if(s)for(;i;i--)r.unshift("..");return r},Ya=r=>{var s=r.charAt(0)==="/",i=r.slice(-1)==="/";(r=Xa(r.split("/").filter(r=>!!r),!s).join("/"))||s||(r=".");r&&i&&(r+="/");return(s?"/":"")+r},Za=r=>{var s=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/.exec(r).slice(1);r=s[0];s=s[1];if(!r&&!s)return".";s&&=s.slice(0,-1);return r+s},$a=r=>r&&r.match(/([^\/]+|\/)\/*$/)[1],ab=(...r)=>{for(var s="",i=!1,o=r.length-1;o>=-1&&!i;o--){i=o>=0?r[o]:"/";if(typeof i!=="string")throw new TypeError("Arguments to path.resolve must be strings");if(!i)return"";s=i+"/"+s;i=i.charAt(0)==="/"}s=Xa(s.split("/").filter(r=>!!r),!i).join("/");return(i?"/":"")+s||"."},l=r=>{for(var s=0,i=0;i<r.length;++i){var o=r.codePointAt(i);o<=127?s++:o<=2047?s+=2:o<=65535?s+=3:(s+=4,i++)}return s},L=(r,s,i,o)=>{if(!(o>0))return 0;var u=i;o=i+o-1;for(var f=0;f<r.length;++f){var h=r.codePointAt(f);if(h<=127){if(i>=o)break;s[i++]=h}else if(h<=2047){if(i+1>=o)break;s[i++]=192|h>>6;s[i++]=128|h&63}else if(h<=65535){if(i+2>=o)break;s[i++]=224|h>>12;s[i++]=128|h>>6&63;s[i++]=128|h&63}else{if(i+3>=o)break;s[i++]=240|h>>18;s[i++]=128|h>>12&63;s[i++]=128|h>>6&63;s[i++]=128|h&63;f++}}s[i]=0;return i-u},bb=r=>{var s=Array(l(r)+1);r=L(r,s,0,s.length);s.length=r;return s},cb=(r,s)=>{var i=0;r&&(i|=365);s&&(i|=146);return i},V={cb:null,hb(){return V.createNode(null,"/",16895,0)},createNode(r,s,i,o){if((i&61440)===24576||(i&61440)===4096)throw new ie(63);V.cb||(V.cb={dir:{node:{$a:V.Ra.$a,eb:V.Ra.eb,rb:V.Ra.rb,wb:V.Ra.wb,Zb:V.Ra.Zb,Db:V.Ra.Db,Ab:V.Ra.Ab,Nb:V.Ra.Nb,Cb:V.Ra.Cb},stream:{bb:V.Qa.bb}},file:{node:{$a:V.Ra.$a,eb:V.Ra.eb},stream:{bb:V.Qa.bb,read:V.Qa.read,write:V.Qa.write,xb:V.Qa.xb,yb:V.Qa.yb}},link:{node:{$a:V.Ra.$a,eb:V.Ra.eb,kb:V.Ra.kb},stream:{}},Rb:{node:{$a:V.Ra.$a,eb:V.Ra.eb},stream:ce}});i=eb(r,s,i,o);P(i.mode)?(i.Ra=V.cb.dir.node,i.Qa=V.cb.dir.stream,i.Ua={}):(i.mode&61440)===32768?(i.Ra=V.cb.file.node,i.Qa=V.cb.file.stream,i.Wa=0,i.Ua=V.mc??(V.mc=new Uint8Array(0))):(i.mode&61440)===40960?(i.Ra=V.cb.link.node,i.Qa=V.cb.link.stream):(i.mode&61440)===8192&&(i.Ra=V.cb.Rb.node,i.Qa=V.cb.Rb.stream);i.gb=i.Ya=i.Xa=Date.now();r&&(r.Ua[s]=i,r.gb=r.Ya=r.Xa=i.gb);return i},Ra:{$a(r){var s={};s.kc=(r.mode&61440)===8192?r.id:1;s.vc=r.id;s.mode=r.mode;s.yc=1;s.uid=0;s.uc=0;s.sb=r.sb;P(r.mode)?s.size=4096:(r.mode&61440)===32768?s.size=r.Wa:(r.mode&61440)===40960?s.size=r.link.length:s.size=0;s.gb=new Date(r.gb);s.Ya=new Date(r.Ya);s.Xa=new Date(r.Xa);s.ec=4096;s.fc=Math.ceil(s.size/s.ec);return s},eb(r,s){for(var i of["mode","atime","mtime","ctime"])s[i]!=null&&(r[i]=s[i]);s.size!==void 0&&(s=s.size,r.Wa!=s&&(i=r.Ua,r.Ua=new Uint8Array(s),r.Ua.set(i.subarray(0,Math.min(s,r.Wa))),r.Wa=s))},rb(){V.Fb||(V.Fb=new ie(44),V.Fb.stack="<generic error, no stack>");throw V.Fb},wb(r,s,i,o){return V.createNode(r,s,i,o)},Zb(r,s,i){try{var o=fb(s,i)}catch(r){}if(o&&P(r.mode))for(var u in o.Ua)throw new ie(55);delete r.parent.Ua[r.name];s.Ua[i]=r;r.name=i;s.Xa=s.Ya=r.parent.Xa=r.parent.Ya=Date.now()},Db(r,s){delete r.Ua[s];r.Xa=r.Ya=Date.now()},Ab(r,s){var i=fb(r,s),o;for(o in i.Ua)throw new ie(55);delete r.Ua[s];r.Xa=r.Ya=Date.now()},Nb(r){return[".","..",...Object.keys(r.Ua)]},Cb(r,s,i){r=V.createNode(r,s,41471,0);r.link=i;return r},kb(r){if((r.mode&61440)!==40960)throw new ie(28);return r.link}},Qa:{read(r,s,i,o,u){if(u>=r.node.Wa)return 0;o=Math.min(r.node.Wa-u,o);s.set(r.node.Ua.subarray(u,u+o),i);return o},write(r,s,i,o,u,f){s.buffer===O.buffer&&(f=!1);if(!o)return 0;r=r.node;r.Ya=r.Xa=Date.now();if(f)r.Ua=s.subarray(i,i+o),r.Wa=o;else if(r.Wa||u){f=u+o;var h=r.Ua.length;h>=f||(f=Math.max(f,h*(h<1048576?2:1.125)>>>0),h&&(f=Math.max(f,256)),h=r.Ua.subarray(0,r.Wa),r.Ua=new Uint8Array(f),r.Ua.set(h));r.Ua.set(s.subarray(i,i+o),u);r.Wa=Math.max(r.Wa,u+o)}else r.Ua=s.slice(i,i+o),r.Wa=o;return o},bb(r,s,i){i===1?s+=r.position:i===2&&(r.node.mode&61440)===32768&&(s+=r.node.Wa);if(s<0)throw new ie(28);return s},xb(r,s,i,o,u){if((r.node.mode&61440)!==32768)throw new ie(43);r=r.node.Ua;if(u&2||r.buffer!==O.buffer){u=!0;o=Math.ceil(s/65536)*65536;var f=Ce(65536,o);f&&U.fill(0,f,f+o);o=f;if(!o)throw new ie(48);if(r){if(i>0||i+s<r.length)r=r.subarray?r.subarray(i,i+s):r.slice(i,i+s);O.set(r,o)}}else u=!1,o=r.byteOffset;return{Bc:o,$b:u}},yb(r,s,i,o){V.Qa.write(r,s,0,o,i,!1);return 0}}},H=[],ib=r=>{var s=Wa(r,0);return z.decode(r.buffer?r.subarray(0,s):new Uint8Array(r.slice(0,s)))},G=[];function kb(r,s){G[r]={input:[],output:[],pb:s};lb(r,J)}var J={open(r){var s=G[r.node.sb];if(!s)throw new ie(43);r.Za=s;r.seekable=!1},close(r){r.Za.pb.qb(r.Za)},qb(r){r.Za.pb.qb(r.Za)},read(r,s,i,o){if(!r.Za||!r.Za.pb.Wb)throw new ie(60);for(var u=0,f=0;f<o;f++){try{var h=r.Za.pb.Wb(r.Za)}catch(r){throw new ie(29)}if(h===void 0&&!u)throw new ie(6);if(h===null||h===void 0)break;u++;s[i+f]=h;if(h===10)break}u&&(r.node.gb=Date.now());return u},write(r,s,i,o){if(!r.Za||!r.Za.pb.Mb)throw new ie(60);try{for(var u=0;u<o;u++)r.Za.pb.Mb(r.Za,s[i+u])}catch(r){throw new ie(29)}o&&(r.node.Ya=r.node.Xa=Date.now());return u}},Q={Wb(){e:{if(!H.length){var r=null;globalThis.window?.prompt&&(r=window.prompt("Input: "),r!==null&&(r+="\n"));if(!r){r=null;break e}H=bb(r)}r=H.shift()}return r},Mb(r,s){s===null||s===10?(N(ib(r.output)),r.output=[]):s!=0&&r.output.push(s)},qb(r){r.output?.length>0&&(N(ib(r.output)),r.output=[])},Kc(){return{Gc:25856,Ic:5,Fc:191,Hc:35387,Ec:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},Lc(){return 0},Mc(){return[24,80]}},Y={Mb(r,s){s===null||s===10?($(ib(r.output)),r.output=[]):s!=0&&r.output.push(s)},qb(r){r.output?.length>0&&($(ib(r.output)),r.output=[])}},xb=()=>r=>(crypto.getRandomValues(r),0),yb=r=>(yb=xb())(r),K=null,Z={},ee=[],te=1,re=[],ne=!1,se=!0,ae={},ie=class{name="ErrnoError";constructor(r){this.Sa=r}},oe=class{shared={};node=null;get flags(){return this.shared.flags}set flags(r){this.shared.flags=r}get position(){return this.shared.position}set position(r){this.shared.position=r}},le=class{Ra={};Qa={};nb=null;constructor(r,s,i,o){r||=this;this.parent=r;this.hb=r.hb;this.id=te++;this.name=s;this.mode=i;this.sb=o;this.gb=this.Ya=this.Xa=Date.now()}get read(){return(this.mode&365)===365}set read(r){r?this.mode|=365:this.mode&=-366}get write(){return(this.mode&146)===146}set write(r){r?this.mode|=146:this.mode&=-147}Ac(){}};function B(r,s={}){if(!r)throw new ie(44);s.Gb??(s.Gb=!0);r.charAt(0)==="/"||(r="//"+r);var i=0;e:for(;i<40;i++){r=r.split("/").filter(r=>!!r);for(var o=K,u="/",f=0;f<r.length;f++){var h=f===r.length-1;if(h&&s.parent)break;if(r[f]!==".")if(r[f]==="..")if(u=Za(u),o===o.parent){r=u+"/"+r.slice(f+1).join("/");i--;continue e}else o=o.parent;else{u=Ya(u+"/"+r[f]);try{o=fb(o,r[f])}catch(r){if(r?.Sa===44&&h&&s.zc)return{path:u};throw r}!o.nb||h&&!s.Gb||(o=o.nb.root);if((o.mode&61440)===40960&&(!h||s.mb)){if(!o.Ra.kb)throw new ie(52);o=o.Ra.kb(o);o.charAt(0)==="/"||(o=Za(u)+"/"+o);r=o+"/"+r.slice(f+1).join("/");continue e}}}return{path:u,node:o}}throw new ie(32)}function Ib(r){for(var s;;){if(r===r.parent)return r=r.hb.Yb,s?r[r.length-1]!=="/"?`${r}/${s}`:r+s:r;s=s?`${r.name}/${s}`:r.name;r=r.parent}}function Jb(r,s){for(var i=0,o=0;o<s.length;o++)i=(i<<5)-i+s.charCodeAt(o)|0;return(r+i>>>0)%re.length}function Kb(r){var s=Jb(r.parent.id,r.name);if(re[s]===r)re[s]=r.ob;else for(s=re[s];s;){if(s.ob===r){s.ob=r.ob;break}s=s.ob}}function fb(r,s){var i=P(r.mode)?(i=Lb(r,"x"))?i:r.Ra.rb?0:2:54;if(i)throw new ie(i);for(i=re[Jb(r.id,s)];i;i=i.ob){var o=i.name;if(i.parent.id===r.id&&o===s)return i}return r.Ra.rb(r,s)}function eb(r,s,i,o){r=new le(r,s,i,o);s=Jb(r.parent.id,r.name);r.ob=re[s];return re[s]=r}function P(r){return(r&61440)===16384}function Lb(r,s){return se?0:s.includes("r")&&!(r.mode&292)||s.includes("w")&&!(r.mode&146)||s.includes("x")&&!(r.mode&73)?2:0}function Mb(r,s){if(!P(r.mode))return 54;try{return fb(r,s),20}catch(r){}return Lb(r,"wx")}function Nb(r,s,i){try{var o=fb(r,s)}catch(r){return r.Sa}if(r=Lb(r,"wx"))return r;if(i){if(!P(o.mode))return 54;if(o===o.parent||Ib(o)==="/")return 10}else if(P(o.mode))return 31;return 0}function Ob(r){if(!r)throw new ie(63);return r}function R(r){r=ee[r];if(!r)throw new ie(8);return r}function Pb(r,s=-1){r=Object.assign(new oe,r);if(s==-1)e:{for(s=0;s<=4096;s++)if(!ee[s])break e;throw new ie(33)}r.ib=s;return ee[s]=r}function Qb(r,s=-1){r=Pb(r,s);r.Qa?.Jc?.(r);return r}function Rb(r,s,i){var o=r?.Qa.eb;r=o?r:s;o??=s.Ra.eb;Ob(o);try{o(r,i)}catch(r){if(r instanceof RangeError)throw new ie(22);throw r}}var ce={open(r){r.Qa=Z[r.node.sb].Qa;r.Qa.open?.(r)},bb(){throw new ie(70)}};function lb(r,s){Z[r]={Qa:s}}function Sb(r,s){var i=s==="/";if(i&&K)throw new ie(10);if(!i&&s){var o=B(s,{Gb:!1});s=o.path;o=o.node;if(o.nb)throw new ie(10);if(!P(o.mode))throw new ie(54)}s={type:r,Nc:{},Yb:s,xc:[]};r=r.hb(s);r.hb=s;s.root=r;i?K=r:o&&(o.nb=s,o.hb&&o.hb.xc.push(s))}function Tb(r,s,i){var o=B(r,{parent:!0}).node;r=$a(r);if(!r)throw new ie(28);if(r==="."||r==="..")throw new ie(20);var u=Mb(o,r);if(u)throw new ie(u);if(!o.Ra.wb)throw new ie(63);return o.Ra.wb(o,r,s,i)}function Ub(r,s=438){return Tb(r,s&4095|32768,0)}function W(r,s=511){return Tb(r,s&1023|16384,0)}function Vb(r,s,i){typeof i==="undefined"&&(i=s,s=438);Tb(r,s|8192,i)}function Wb(r,s){if(!ab(r))throw new ie(44);var i=B(s,{parent:!0}).node;if(!i)throw new ie(44);s=$a(s);var o=Mb(i,s);if(o)throw new ie(o);if(!i.Ra.Cb)throw new ie(63);i.Ra.Cb(i,s,r)}function Xb(r){var s=B(r,{parent:!0}).node;r=$a(r);var i=fb(s,r),o=Nb(s,r,!0);if(o)throw new ie(o);if(!s.Ra.Ab)throw new ie(63);if(i.nb)throw new ie(10);s.Ra.Ab(s,r);Kb(i)}function qa(r){var s=B(r,{parent:!0}).node;if(!s)throw new ie(44);r=$a(r);var i=fb(s,r),o=Nb(s,r,!1);if(o)throw new ie(o);if(!s.Ra.Db)throw new ie(63);if(i.nb)throw new ie(10);s.Ra.Db(s,r);Kb(i)}function Yb(r,s=!1){r=B(r,{mb:!s}).node;return Ob(r.Ra.$a)(r)}function Zb(r,s,i){Rb(r,s,{mode:i&4095|s.mode&-4096,Xa:Date.now(),Sb:!1})}function $b(r,s){r=typeof r==="string"?B(r,{mb:!0}).node:r;Zb(null,r,s)}function ac(r,s,i){if(P(s.mode))throw new ie(31);if((s.mode&61440)!==32768)throw new ie(28);var o=Lb(s,"w");if(o)throw new ie(o);Rb(r,s,{size:i,timestamp:Date.now()})}function bc(r,s,i,o=!1){r=B(r,{mb:!o});Rb(null,r.node,{gb:s,Ya:i,Sb:o})}function cc(r,s,i=438){if(r==="")throw new ie(44);if(typeof s==="string"){var o={r:0,"r+":2,w:577,"w+":578,a:1089,"a+":1090}[s];if(typeof o==="undefined")throw Error(`Unknown file open mode: ${s}`);s=o}i=s&64?i&4095|32768:0;if(typeof r==="object")o=r;else{var u=r.endsWith("/");r=B(r,{mb:!(s&131072),zc:!0});o=r.node;r=r.path}var f=!1;if(s&64)if(o){if(s&128)throw new ie(20)}else{if(u)throw new ie(31);o=Tb(r,i|511,0);f=!0}if(!o)throw new ie(44);(o.mode&61440)===8192&&(s&=-513);if(s&65536&&!P(o.mode))throw new ie(54);if(!f&&(o?(o.mode&61440)===40960?u=32:(u=["r","w","rw"][s&3],s&512&&(u+="w"),u=P(o.mode)&&(u!=="r"||s&576)?31:Lb(o,u)):u=44,u))throw new ie(u);s&512&&!f&&(u=o,u=typeof u==="string"?B(u,{mb:!0}).node:u,ac(null,u,0));s&=-131713;u=Pb({node:o,path:Ib(o),flags:s,seekable:!0,position:0,Qa:o.Qa,Cc:[],error:!1});u.Qa.open&&u.Qa.open(u);f&&$b(o,i&511);!h.logReadFiles||s&1||r in ae||(ae[r]=1,$(`read file: ${r}`));return u}function dc(r){if(r.ib===null)throw new ie(8);r.Jb&&(r.Jb=null);r.node?.Ac();try{r.Qa.close&&r.Qa.close(r)}catch(r){throw r}finally{ee[r.ib]=null}r.ib=null}function ec(r,s,i){if(r.ib===null)throw new ie(8);if(!r.seekable||!r.Qa.bb)throw new ie(70);if(i!=0&&i!=1&&i!=2)throw new ie(28);r.position=r.Qa.bb(r,s,i);r.Cc=[]}function fc(r,s,i,o,u){if(o<0||u<0)throw new ie(28);if(r.ib===null)throw new ie(8);if((r.flags&2097155)===0)throw new ie(8);if(P(r.node.mode))throw new ie(31);if(!r.Qa.write)throw new ie(28);r.seekable&&r.flags&1024&&ec(r,0,2);var f=typeof u!=="undefined";if(!f)u=r.position;else if(!r.seekable)throw new ie(70);s=r.Qa.write(r,s,i,o,u,void 0);f||(r.position+=s);return s}function hc(){var r,s,i;ne=!0;r??=h.stdin;s??=h.stdout;i??=h.stderr;r?X("stdin",r):Wb("/dev/tty","/dev/stdin");s?X("stdout",null,s):Wb("/dev/tty","/dev/stdout");i?X("stderr",null,i):Wb("/dev/tty1","/dev/stderr");cc("/dev/stdin",0);cc("/dev/stdout",1);cc("/dev/stderr",1)}function fa(r,s){var i="/",o=r;i&&(i=typeof i==="string"?i:Ib(i),o=r?Ya(i+"/"+r):i);r=cb(!0,!0);o=Ub(o,r);s&&(typeof s==="string"&&(s=bb(s)),s.subarray||(s=new Uint8Array(s)),$b(o,r|146),i=cc(o,577),fc(i,s,0,s.length,0),dc(i),$b(o,r))}function X(r,s,i){r=Ya("/dev/"+r);var o=cb(!!s,!!i);X.Xb??(X.Xb=64);var u=X.Xb++<<8|0;lb(u,{open(r){r.seekable=!1},close(){i?.buffer?.length&&i(10)},read(r,i,o,u){for(var f=0,h=0;h<u;h++){try{var v=s()}catch(r){throw new ie(29)}if(v===void 0&&!f)throw new ie(6);if(v===null||v===void 0)break;f++;i[o+h]=v}f&&(r.node.gb=Date.now());return f},write(r,s,o,u){for(var f=0;f<u;f++)try{i(s[o+f])}catch(r){throw new ie(29)}u&&(r.node.Ya=r.node.Xa=Date.now());return f}});Vb(r,o,u)}var ue={},fe,de,he;function Ic(r,s,i=!1){if(s.charAt(0)==="/")return s;r=r===-100?"/":R(r).path;if(s.length==0){if(!i)throw new ie(44);return r}return r+"/"+s}function Jc(r,s){he[r>>2]=s.kc;he[r+4>>2]=s.mode;he[r+8>>2]=s.yc;he[r+12>>2]=s.uid;he[r+16>>2]=s.uc;he[r+20>>2]=s.sb;de[r+24>>3]=BigInt(s.size);fe[r+32>>2]=4096;fe[r+36>>2]=s.fc;var i=s.gb.getTime(),o=s.Ya.getTime(),u=s.Xa.getTime();de[r+40>>3]=BigInt(Math.floor(i/1e3));he[r+48>>2]=i%1e3*1e3*1e3;de[r+56>>3]=BigInt(Math.floor(o/1e3));he[r+64>>2]=o%1e3*1e3*1e3;de[r+72>>3]=BigInt(Math.floor(u/1e3));he[r+80>>2]=u%1e3*1e3*1e3;de[r+88>>3]=BigInt(s.vc);return 0}var ve=void 0,pe,Lc=()=>{var r=fe[+ve>>2];ve+=4;return r},me=0,ge=[0,31,60,91,121,152,182,213,244,274,305,335],we=[0,31,59,90,120,151,181,212,243,273,304,334],Pc=r=>{if(!(r instanceof Ta||r=="unwind"))throw r},Qc=r=>{I=r;j||me>0||(h.onExit?.(r),C=!0);throw new Ta(r)},be={},ye={},Uc=()=>{if(!xe){var r={USER:"web_user",LOGNAME:"web_user",PATH:"/",PWD:"/",HOME:"/home/web_user",LANG:(globalThis.navigator?.language??"C").replace("-","_")+".UTF-8",_:x},s;for(s in ye)ye[s]===void 0?delete r[s]:r[s]=ye[s];var i=[];for(s in r)i.push(`${s}=${r[s]}`);xe=i}return xe},xe,_e,Se;function oa(r){var s="i32";s.endsWith("*")&&(s="*");switch(s){case"i1":O[r]=0;break;case"i8":O[r]=0;break;case"i16":pe[r>>1]=0;break;case"i32":fe[r>>2]=0;break;case"i64":de[r>>3]=BigInt(0);break;case"float":_e[r>>2]=0;break;case"double":Se[r>>3]=0;break;case"*":he[r>>2]=0;break;default:La(`invalid type for setValue: ${s}`)}}function y(r,s="i8"){s.endsWith("*")&&(s="*");switch(s){case"i1":return O[r];case"i8":return O[r];case"i16":return pe[r>>1];case"i32":return fe[r>>2];case"i64":return de[r>>3];case"float":return _e[r>>2];case"double":return Se[r>>3];case"*":return he[r>>2];default:La(`invalid type for getValue: ${s}`)}}var Vc=(r,s,i,o)=>{var u={string:r=>{var s=0;if(r!==null&&r!==void 0&&r!==0){s=l(r)+1;var i=Re(s);L(r,U,i,s);s=i}return s},array:r=>{var s=Re(r.length);O.set(r,s);return s}};r=h["_"+r];var f=[],v=0;if(o)for(var w=0;w<o.length;w++){var x=u[i[w]];x?(v||=Oe(),f[w]=x(o[w])):f[w]=o[w]}i=r(...f);return i=function(r){v&&Te(v);return s==="string"?A(r):s==="boolean"?!!r:r}(i)},ea=r=>{var s=l(r)+1,i=Ee(s);i&&L(r,U,i,s);return i},ke=[],Me,ja=r=>{Me.delete(Le.get(r));Le.set(r,null);ke.push(r)},Yc=r=>{var s=r.length;return[s%128|128,s>>7,...r]},Ne={i:127,p:127,j:126,f:125,d:124,e:111},$c=r=>Yc(Array.from(r,r=>Ne[r])),ra=(r,s)=>{if(!Me){Me=new WeakMap;var i=Le.length;if(Me)for(var o=0;o<0+i;o++){var u=Le.get(o);u&&Me.set(u,o)}}if(i=Me.get(r)||0)return i;i=ke.length?ke.pop():Le.grow(1);try{Le.set(i,r)}catch(o){if(!(o instanceof TypeError))throw o;s=Uint8Array.of(0,97,115,109,1,0,0,0,1,...Yc([1,96,...$c(s.slice(1)),...$c(s[0]==="v"?"":s[0])]),2,7,1,1,101,1,102,0,0,7,5,1,1,102,0,0);s=new WebAssembly.Module(s);s=new WebAssembly.Instance(s,{e:{f:r}}).exports.f;Le.set(i,s)}Me.set(r,i);return i};re.length=4096;Sb(V,"/");W("/tmp");W("/home");W("/home/web_user");(function(){W("/dev");lb(259,{read:()=>0,write:(r,s,i,o)=>o,bb:()=>0});Vb("/dev/null",259);kb(1280,Q);kb(1536,Y);Vb("/dev/tty",1280);Vb("/dev/tty1",1536);var r=new Uint8Array(1024),s=0,d=()=>{s||(yb(r),s=r.byteLength);return r[--s]};X("random",d);X("urandom",d);W("/dev/shm");W("/dev/shm/tmp")})();(function(){W("/proc");var r=W("/proc/self");W("/proc/self/fd");Sb({hb(){var s=eb(r,"fd",16895,73);s.Qa={bb:V.Qa.bb};s.Ra={rb(r,s){r=+s;var i=R(r);r={parent:null,hb:{Yb:"fake"},Ra:{kb:()=>i.path},id:r+1};return r.parent=r},Nb(){return Array.from(ee.entries()).filter(([,r])=>r).map(([r])=>r.toString())}};return s}},"/proc/self/fd")})();h.noExitRuntime&&(j=h.noExitRuntime);h.print&&(N=h.print);h.printErr&&($=h.printErr);h.wasmBinary&&(E=h.wasmBinary);h.thisProgram&&(x=h.thisProgram);var $e=h.preInit;if($e)for(typeof $e==="function"&&(h.preInit=$e=[$e]);$e.length>0;)$e.shift()();h.stackSave=()=>Oe();h.stackRestore=r=>Te(r);h.stackAlloc=r=>Re(r);h.cwrap=(r,s,i,o)=>{var u=!i||i.every(r=>r==="number"||r==="boolean");return s!=="string"&&u&&!o?h["_"+r]:(...o)=>Vc(r,s,i,o)};h.addFunction=ra;h.removeFunction=ja;h.UTF8ToString=A;h.lengthBytesUTF8=l;h.stringToNewUTF8=ea;h.writeArrayToMemory=(r,s)=>{O.set(r,s)};var Ee,Ae,Ce,Ie,Te,Re,Oe,qe,Le,De={a:(r,s,i,o)=>La(`Assertion failed: ${A(r)}, at: `+[s?A(s):"unknown filename",i,o?A(o):"unknown function"]),i:function(r,s){try{return r=A(r),$b(r,s),0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},D:function(r,s,i){try{s=A(s);s=Ic(r,s);if(i&-8)return-28;var o=B(s,{mb:!0}).node;if(!o)return-44;r="";i&4&&(r+="r");i&2&&(r+="w");i&1&&(r+="x");return r&&Lb(o,r)?-2:0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},j:function(r,s){try{var i=R(r);Zb(i,i.node,s);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},h:function(r){try{var s=R(r);Rb(s,s.node,{timestamp:Date.now(),Sb:!1});return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},b:function(r,s,i){ve=i;try{var o=R(r);switch(s){case 0:var u=Lc();if(u<0)break;for(;ee[u];)u++;return Qb(o,u).ib;case 1:case 2:return 0;case 3:return o.flags;case 4:return u=Lc(),o.flags=o.flags&-289793|u&289792,0;case 12:return u=Lc(),pe[u+0>>1]=2,0;case 13:case 14:return 0}return-28}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},g:function(r,s){try{var i=R(r),o=i.node,u=i.Qa.$a;r=u?i:o;u??=o.Ra.$a;Ob(u);var f=u(r);return Jc(s,f)}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},J:function(r,s){s=s<-9007199254740992||s>9007199254740992?NaN:Number(s);try{if(isNaN(s))return-22;var i=R(r);if(s<0||(i.flags&2097155)===0)throw new ie(28);ac(i,i.node,s);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},I:function(r,s){try{if(!s)return-28;var i=l("/")+1;if(s<i)return-68;L("/",U,r,s);return i}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},F:()=>0,M:function(r,s){try{return r=A(r),Jc(s,Yb(r,!0))}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},C:function(r,s,i){try{return s=A(s),s=Ic(r,s),W(s,i&-19),0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},L:function(r,s,i,o){try{s=A(s);var u=o&256;s=Ic(r,s,o&4096);return Jc(i,u?Yb(s,!0):Yb(s))}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},x:function(r,s,i,o){ve=o;try{s=A(s);s=Ic(r,s);var u=o?Lc():0;i&64&&(u&=-19);return cc(s,i,u).ib}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},s:function(r,s,i,o){try{s=A(s);s=Ic(r,s);if(o<=0)return-28;var u=B(s).node;if(!u)throw new ie(44);if(!u.Ra.kb)throw new ie(28);var f=u.Ra.kb(u);var h=Math.min(o,l(f)),v=O[i+h];L(f,U,i,o+1);O[i+h]=v;return h}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},r:function(r){try{return r=A(r),Xb(r),0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},N:function(r,s){try{return r=A(r),Jc(s,Yb(r))}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},o:function(r,s,i){try{s=A(s);s=Ic(r,s);if(i)if(i===512)Xb(s);else return-28;else qa(s);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},n:function(r,s,i,o){try{o&=256;s=A(s);s=Ic(r,s,!0);var u=Date.now();if(i){function t(r){var s=fe[r+8>>2];return s==1073741823?u:s==1073741822?null:(he[r>>2]+fe[r+4>>2]*4294967296)*1e3+Math.floor(s/1e6)}var f=t(i);var h=t(i+16)}else h=f=u;(h??f)!==null&&bc(s,f,h,o);return 0}catch(v){if(typeof ue==="undefined"||v.name!=="ErrnoError")throw v;return-v.Sa}},w:()=>La(""),v:()=>{j=!1;me=0},A:function(r,s){r=r<-9007199254740992||r>9007199254740992?NaN:Number(r);r=new Date(r*1e3);if(isNaN(r.getTime()))return 1;fe[s>>2]=r.getSeconds();fe[s+4>>2]=r.getMinutes();fe[s+8>>2]=r.getHours();fe[s+12>>2]=r.getDate();fe[s+16>>2]=r.getMonth();fe[s+20>>2]=r.getFullYear()-1900;fe[s+24>>2]=r.getDay();var i=r.getFullYear();fe[s+28>>2]=(i%4!==0||i%100===0&&i%400!==0?we:ge)[r.getMonth()]+r.getDate()-1|0;fe[s+36>>2]=-(r.getTimezoneOffset()*60);i=new Date(r.getFullYear(),6,1).getTimezoneOffset();var o=new Date(r.getFullYear(),0,1).getTimezoneOffset();fe[s+32>>2]=(i!=o&&r.getTimezoneOffset()==Math.min(o,i))|0;return 0},y:function(r,s,i,o,u,f,h){u=u<-9007199254740992||u>9007199254740992?NaN:Number(u);try{var v=R(o);if(s&2&&!(i&2)&&(v.flags&2097155)!==2)throw new ie(2);if((v.flags&2097155)===1)throw new ie(2);if(!v.Qa.xb)throw new ie(43);if(!r)throw new ie(28);var w=v.Qa.xb(v,r,u,s,i);var x=w.Bc;fe[f>>2]=w.$b;he[h>>2]=x;return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},z:function(r,s,i,o,u,f){f=f<-9007199254740992||f>9007199254740992?NaN:Number(f);try{var h=R(u);if(i&2){if((h.node.mode&61440)!==32768)throw new ie(43);o&2||h.Qa.yb&&h.Qa.yb(h,U.subarray(r,r+s),f,s,o)}}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},k:(r,s)=>{be[r]&&(clearTimeout(be[r].id),delete be[r]);if(!s)return 0;var i=setTimeout(()=>{delete be[r];var s=[r,performance.now()],i=Ie;if(!C)try{i(...s)}catch(r){Pc(r)}finally{if(!(j||me>0))try{I=s=I,Qc(s)}catch(r){Pc(r)}}},s);be[r]={id:i,Oc:s};return 0},B:(r,s,i,o)=>{var u=(new Date).getFullYear(),f=new Date(u,0,1).getTimezoneOffset();u=new Date(u,6,1).getTimezoneOffset();he[r>>2]=Math.max(f,u)*60;fe[s>>2]=Number(f!=u);s=r=>{var s=Math.abs(r);return`UTC${r>=0?"-":"+"}${String(Math.floor(s/60)).padStart(2,"0")}${String(s%60).padStart(2,"0")}`};r=s(f);s=s(u);u<f?(L(r,U,i,17),L(s,U,o,17)):(L(r,U,o,17),L(s,U,i,17))},d:()=>Date.now(),p:()=>2147483648,c:()=>performance.now(),l:r=>{var s=U.length;r>>>=0;if(r>2147483648)return!1;for(var i=1;i<=4;i*=2){var o=s*(1+.2/i);o=Math.min(o,r+100663296);e:{o=(Math.min(2147483648,Math.ceil(Math.max(r,o)/65536)*65536)-qe.buffer.byteLength+65535)/65536|0;try{qe.grow(o);Ca();var u=1;break e}catch(r){}u=void 0}if(u)return!0}return!1},G:(r,s)=>{var i=0,o=0,u;for(u of Uc()){var f=s+i;he[r+o>>2]=f;i+=L(u,U,f,Infinity)+1;o+=4}return 0},H:(r,s)=>{var i=Uc();he[r>>2]=i.length;r=0;for(var o of i)r+=l(o)+1;he[s>>2]=r;return 0},e:function(r){try{var s=R(r);dc(s);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},m:function(r,s){try{var i=R(r);O[s]=i.Za?2:P(i.mode)?3:(i.mode&61440)===40960?7:4;pe[s+2>>1]=0;de[s+8>>3]=BigInt(0);de[s+16>>3]=BigInt(0);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},t:function(r,s,i,o){try{e:{var u=R(r);r=s;for(var f,h=s=0;h<i;h++){var v=he[r>>2],w=he[r+4>>2];r+=8;try{var x=u,_=v,S=w,k=f,M=O;if(S<0||k<0)throw new ie(28);if(x.ib===null)throw new ie(8);if((x.flags&2097155)===1)throw new ie(8);if(P(x.node.mode))throw new ie(31);if(!x.Qa.read)throw new ie(28);var N=typeof k!=="undefined";if(!N)k=x.position;else if(!x.seekable)throw new ie(70);var $=x.Qa.read(x,M,_,S,k);N||(x.position+=$);var E=$}catch(r){if(s>0&&r instanceof ie&&(r.Sa==6||r.Sa==6))break;throw r}if(E<0){var C=-1;break e}s+=E;if(E<w)break;typeof f!=="undefined"&&(f+=E)}C=s}he[o>>2]=C;return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},E:function(r,s,i,o){s=s<-9007199254740992||s>9007199254740992?NaN:Number(s);try{if(isNaN(s))return 22;var u=R(r);ec(u,s,i);de[o>>3]=BigInt(u.position);u.Jb&&!s&&i===0&&(u.Jb=null);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},K:function(r){try{var s=R(r);return s.Qa?.qb?.(s)}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},q:function(r,s,i,o){try{var u=R(r);r=s;if(i==1)var f=fc(u,O,he[r>>2],he[r+4>>2]);else{for(var h=s=0,v=r;h<i;h++,v+=8)s+=he[v+4>>2];var w=new Uint8Array(s);for(h=v=0;h<i;h++,r+=8){var x=he[r>>2],_=he[r+4>>2];w.set(U.subarray(x,x+_),v);v+=_}f=fc(u,w,0,s)}he[o>>2]=f;return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},u:Qc,f:function(r){console.warn("sql.js: legacy function "+A(r)+"() is deprecated and will be disabled by default in the next major version. Initialize with useOldExtensionFunctions: false to use native SQLite functions. See https://github.com/sql-js/sql.js/pull/647")}};async function dd(){Ha();var r=h.setStatus;r&&(r("Running..."),await new Promise(r=>setTimeout(r,1)),setTimeout(r,1,""));C||(h.noFSInit||ne||hc(),Fe.P(),se=!1,h.onRuntimeInitialized?.(),Ja())}var Fe;(async function(){function a(r){r=Fe=r.exports;h._sqlite3_free=r.R;h._sqlite3_value_text=r.S;h._sqlite3_prepare_v2=r.T;h._sqlite3_step=r.U;h._sqlite3_reset=r.V;h._sqlite3_exec=r.W;h._sqlite3_finalize=r.X;h._sqlite3_column_name=r.Y;h._sqlite3_column_text=r.Z;h._sqlite3_column_type=r._;h._sqlite3_errmsg=r.$;h._sqlite3_backup_init=r.aa;h._sqlite3_backup_step=r.ba;h._sqlite3_backup_finish=r.ca;h._sqlite3_clear_bindings=r.da;h._sqlite3_value_blob=r.ea;h._sqlite3_value_bytes=r.fa;h._sqlite3_value_double=r.ga;h._sqlite3_value_int=r.ha;h._sqlite3_value_type=r.ia;h._sqlite3_result_blob=r.ja;h._sqlite3_result_double=r.ka;h._sqlite3_result_error=r.la;h._sqlite3_result_int=r.ma;h._sqlite3_result_int64=r.na;h._sqlite3_result_null=r.oa;h._sqlite3_result_text=r.pa;h._sqlite3_aggregate_context=r.qa;h._sqlite3_column_count=r.ra;h._sqlite3_data_count=r.sa;h._sqlite3_column_blob=r.ta;h._sqlite3_column_bytes=r.ua;h._sqlite3_column_double=r.va;h._sqlite3_bind_blob=r.wa;h._sqlite3_bind_double=r.xa;h._sqlite3_bind_int=r.ya;h._sqlite3_bind_text=r.za;h._sqlite3_bind_parameter_index=r.Aa;h._sqlite3_sql=r.Ba;h._sqlite3_normalized_sql=r.Ca;h._sqlite3_changes=r.Da;h._sqlite3_close_v2=r.Ea;h._sqlite3_create_function_v2=r.Fa;h._sqlite3_update_hook=r.Ga;h._sqlite3_open=r.Ha;Ee=h._malloc=r.Ia;Ae=h._free=r.Ja;h._RegisterExtensionFunctions=r.Ka;Ce=r.La;Ie=r.Ma;Te=r.Na;Re=r.Oa;Oe=r.Pa;qe=r.O;Le=r.Q;Ca();return Fe}var r={a:De},s=h.instantiateWasm;if(s)return new Promise(i=>{s(r,r=>i(a(r)))});T??=h.locateFile?h.locateFile("sql-wasm-browser.wasm",S):S+"sql-wasm-browser.wasm";return function(r){return a(r.instance)}(await Sa(r))})().then(()=>dd());return u});return o};if(true){r.exports=initSqlJs;r.exports["default"]=initSqlJs}else{}},9896:s=>{s.exports=r(import.meta.url)("fs")},9278:s=>{s.exports=r(import.meta.url)("net")},2018:s=>{s.exports=r(import.meta.url)("tty")},9023:s=>{s.exports=r(import.meta.url)("util")},7994:r=>{r.exports=JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]")}};var i={};function __nccwpck_require__(r){var o=i[r];if(o!==undefined){return o.exports}var u=i[r]={id:r,loaded:false,exports:{}};var f=true;try{s[r](u,u.exports,__nccwpck_require__);f=false}finally{if(f)delete i[r]}u.loaded=true;return u.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{__nccwpck_require__.n=r=>{var s=r&&r.__esModule?()=>r["default"]:()=>r;__nccwpck_require__.d(s,{a:s});return s}})();(()=>{__nccwpck_require__.d=(r,s)=>{for(var i in s){if(__nccwpck_require__.o(s,i)&&!__nccwpck_require__.o(r,i)){Object.defineProperty(r,i,{enumerable:true,get:s[i]})}}}})();(()=>{__nccwpck_require__.o=(r,s)=>Object.prototype.hasOwnProperty.call(r,s)})();(()=>{__nccwpck_require__.nmd=r=>{r.paths=[];if(!r.children)r.children=[];return r}})();var o={};__nccwpck_require__.d(o,{X:()=>serveRequest});const u=r(import.meta.url)("node:worker_threads");const f=["quality_score","accuracy","latency_ms","success","cost_eur","total_tokens"];const h=["welch_t","mann_whitney_u","fisher_exact"];const v=["paired_t","wilcoxon_signed_rank","mcnemar_exact","cmh_exact","cmh_normal"];const w=[...h,...v,"day_level_t"];const x={welch_t:"paired_t",mann_whitney_u:"wilcoxon_signed_rank",fisher_exact:"mcnemar_exact"};const _={quality_score:{metric:"quality_score",label:"Quality",better:"higher",test:"welch_t",center:"mean",threshold:"relative",defaultThreshold:.1},accuracy:{metric:"accuracy",label:"Accuracy",better:"higher",test:"welch_t",center:"mean",threshold:"relative",defaultThreshold:.1},latency_ms:{metric:"latency_ms",label:"Latency",better:"lower",test:"mann_whitney_u",center:"median",threshold:"relative",defaultThreshold:.3},success:{metric:"success",label:"Success rate",better:"higher",test:"fisher_exact",center:"rate",threshold:"points",defaultThreshold:.05},cost_eur:{metric:"cost_eur",label:"Cost",better:"lower",test:"welch_t",center:"mean",threshold:"relative",defaultThreshold:.2},total_tokens:{metric:"total_tokens",label:"Tokens",better:"lower",test:"welch_t",center:"mean",threshold:"relative",defaultThreshold:.2}};const S=Object.fromEntries(f.map(r=>[r,_[r].defaultThreshold]));const k=1e-9;function reachesThreshold(r,s){return r>=s-k*Math.max(1,Math.abs(s))}function isMetric(r){return f.includes(r)}function toWorse(r,s,i){const o=i.better==="higher"?-r:r;if(i.threshold==="points")return o;if(s!==0)return o/Math.abs(s);return o===0?0:o>0?Infinity:-Infinity}class UserError extends Error{name="UserError"}class InstallError extends UserError{constructor(r){super(`The installation is incomplete (${r}): reinstall it.`);this.name="InstallError"}}function apiError(r){const s=r;if(r.name!=="HttpError"||typeof s.status!=="number")return null;const i=typeof s.request?.method==="string"?s.request.method:"";const o=typeof s.request?.url==="string"?s.request.url:"";const u=o.replace(/^https?:\/\/[^/]+/,"").replace(/\?.*$/,"");const f=i&&u?` on ${i} ${u}`:"";const h=s.status>=500?"GitHub failed after the retries; re-run the job":s.status===401||s.status===403||s.status===404?"check the token's permissions (see the README's permissions per event)":"see the message";return`GitHub API error ${s.status}${f} (${r.message}): ${h}.`}const M=/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;function describeError(r){const oneLine=r=>r.replace(/\s+/g," ").replace(M,"�").trim().slice(0,500);if(r instanceof Error){const s=apiError(r);if(s!==null)return oneLine(s);return r instanceof UserError?oneLine(r.message):oneLine(`${r.name}: ${r.message}`)}return oneLine(`unexpected error: ${String(r)}`)}const N=36e5;const $=24*N;function dayNumber(r){return Math.round(Date.parse(`${r}T00:00:00Z`)/$)}const E=/(?:[zZ]|[+-]\d{2}:?\d{2})$/;function parseInstant(r){const s=r.trim().replace(" ","T");const i=E.test(s)||!s.includes("T")?s:`${s}Z`;return Date.parse(i)}const C=/:\d\d\.\d{3}\d*[1-9]/;function instantAfter(r){return parseInstant(r)+(C.test(r)?2:1)}function toIso(r){return new Date(r).toISOString()}function daysBetween(r,s){if(r===null||s===null)return null;const i=(parseInstant(s)-parseInstant(r))/$;return Number.isFinite(i)?i:null}const I=null&&["passed","regressed","warning","no_changes"];const T=null&&["regressed","degraded","inconclusive","untested","never"];const O=null&&["holm","bh","none"];const D=["regressed","degraded","inconclusive","insufficient_data","unchanged","improved"];const F=[...D,"new_prompt"];const j=null&&["fresh","history"];const U=null&&["explicit","production_tag","latest","same_text"];const z=null&&["tag_not_moved","newer_few_calls"];function worstStatus(r){for(const s of D){if(r.some(r=>r.status===s))return s}return"insufficient_data"}function failingFrom(r){return r==="untested"?"insufficient_data":r}function failingStatuses(r){if(r==="never")return[];return D.slice(0,D.indexOf(failingFrom(r))+1)}function policy_failsPolicy(r,s){if(r==="new_prompt")return false;return failingStatuses(s).includes(r)}function policy_verdictStatus(r){if(r.status==="new_prompt"&&r.candidate.n===0)return"insufficient_data";return untestedModels(r)?"insufficient_data":r.status}const V=.1;function untestedModels(r){const s=r.candidate.left_out;return(r.status==="unchanged"||r.status==="improved")&&s!==undefined&&s.calls>=V*(s.calls+r.candidate.n)}function baselineInDoubt(r){return(r.status==="unchanged"||r.status==="improved")&&r.baseline?.doubt!==undefined}const H=["regressed","degraded","inconclusive","insufficient_data"];function runVerdict(r,s,i=0,o=false,u=0){if(r.some(r=>policy_failsPolicy(r,s)))return"regressed";if(i>0)return"warning";if(r.length===0)return"no_changes";if(o||u>0)return"warning";return r.some(r=>H.includes(r))?"warning":"passed"}function countStatuses(r){const n=s=>r.filter(r=>r.status===s).length;return{candidates:r.length,regressed:n("regressed"),degraded:n("degraded"),inconclusive:n("inconclusive"),improved:n("improved"),new_prompts:n("new_prompt"),untested:r.filter(r=>policy_verdictStatus(r)==="insufficient_data").length,prompts:new Set(r.map(r=>r.prompt)).size}}const G=3;const J="−";const Q="–";function sign(r,s){if(r<0)return J;return s&&r>0?"+":""}function group(r){const[s="",i]=r.split(".");const o=s.replace(/\B(?=(\d{3})+(?!\d))/g,",");return i===undefined?o:`${o}.${i}`}function significantAbs(r,s){const i=Math.abs(r);if(i===0)return"0";const o=Math.floor(Math.log10(i));let u=Math.min(20,Math.max(0,s-1-o));let f=i.toFixed(u);if(u>0&&Number(f)>=10**(o+1)){u-=1;f=i.toFixed(u)}if(f.includes("."))f=f.replace(/\.?0+$/,"");return group(f)}function formatSignificant(r,s=3,i=false){if(r===null||!Number.isFinite(r))return Q;return sign(r,i)+significantAbs(r,s)}function formatFixed(r,s,i=false){if(r===null||!Number.isFinite(r))return Q;const o=Math.abs(r).toFixed(s);return(Number(o)===0?"":sign(r,i))+group(o)}function numbers_formatCount(r){return formatFixed(r===null?null:Math.round(r),0)}function formatLatency(r,s=false,i=3){if(r===null||!Number.isFinite(r))return Q;const o=Math.abs(r);if(o>=1e5)return`${formatFixed(r/6e4,1,s)} min`;if(o>=1e3)return`${formatSignificant(r/1e3,i,s)} s`;if(o>=100)return`${formatFixed(r,0,s)} ms`;return`${formatSignificant(r,i,s)} ms`}function formatEur(r,s=false,i=3){if(r===null||!Number.isFinite(r))return Q;const o=Math.abs(r)>=1?formatFixed(Math.abs(r),2):significantAbs(r,i);return`${sign(r,s)}€${o}`}function formatTokens(r,s=false,i=3){if(r===null||!Number.isFinite(r))return Q;return Math.abs(r)>=100?formatFixed(r,0,s):formatSignificant(r,i,s)}function formatRate(r){if(r===null||!Number.isFinite(r))return Q;return`${formatFixed(r*100,1)} %`}const Y=1e-9;function formatChangePercent(r){if(r===null||!Number.isFinite(r))return Q;if(Math.abs(r)<Y)return"0.0 %";const s=r*100;const i=Math.abs(s);if(i>=100)return`${formatFixed(s,0,true)} %`;if(i>=.1||i===0)return`${formatFixed(s,1,true)} %`;return`${formatSignificant(s,2,true)} %`}function formatPercentShort(r){const s=Number((r*100).toFixed(2));return`${sign(s,true)}${Math.abs(s)} %`}function formatPointsShort(r){const s=Number((r*100).toFixed(2));return`${sign(s,true)}${Math.abs(s)} pp`}function formatPoints(r){if(r===null||!Number.isFinite(r))return Q;return`${formatFixed(r*100,1,true)} pp`}const K=1e-10;function formatPValue(r){if(r===null||!Number.isFinite(r))return Q;if(r<K)return"< 1e-10";if(r<.001){const[s="",i=""]=r.toExponential(1).split("e");return`${s}e${i.replace("+","")}`}if(r<.1)return significantAbs(r,2);return r>=.995?"1.00":r.toFixed(2)}function formatPInline(r){const s=formatPValue(r);return s.startsWith("<")?`p ${s}`:`p = ${s}`}function formatInterval(r,s){if(r===null)return Q;return`[${s(r[0])}, ${s(r[1])}]`}function numbers_formatLevel(r){return`${Number(((1-2*r)*100).toFixed(1))} %`}const Z="unknown date";function formatTimestamp(r){const s=new Date(parseInstant(r));if(Number.isNaN(s.getTime()))return Z;return`${s.toISOString().slice(0,16).replace("T"," ")} UTC`}function formatDays(r){const s=Math.round(r);return`${numbers_formatCount(s)} ${s===1?"day":"days"}`}const ee={regressed:"❌",degraded:"⚠️",inconclusive:"❔",insufficient_data:"⏳",unchanged:"✅",improved:"✨",new_prompt:"🆕"};const te={regressed:"regressed",degraded:"degraded",inconclusive:"inconclusive",insufficient_data:"too few calls",unchanged:"unchanged",improved:"improved",new_prompt:"new prompt"};function metricHeading(r){const s=_[r];return s.center==="rate"?s.label:`${s.label} (${s.center})`}function labels_metricName(r){return _[r].label.toLowerCase()}function centerOf(r,s){return _[r].center==="median"?s.median:s.mean}function formatMetricValue(r,s){switch(r){case"quality_score":case"accuracy":return s!==null&&Math.abs(s)<=1?formatFixed(s,3):formatSignificant(s,3);case"latency_ms":return formatLatency(s);case"success":return formatRate(s);case"cost_eur":return formatEur(s);case"total_tokens":return formatTokens(s)}}function formatMetricDelta(r,s){switch(r){case"quality_score":case"accuracy":return formatSignificant(s,2,true);case"latency_ms":return formatLatency(s,true,2);case"success":return formatPoints(s);case"cost_eur":return formatEur(s,true,2);case"total_tokens":return formatTokens(s,true,2)}}function formatChange(r){if(_[r.metric].threshold==="points")return formatPoints(r.absolute_change);const{relative_change:s,absolute_change:i}=r;if((s===null||!Number.isFinite(s))&&i!==null&&i!==0)return formatMetricDelta(r.metric,i);return formatChangePercent(s)}function formatThreshold(r,s){const i=_[r];const o=i.better==="higher"?-Math.abs(s):Math.abs(s);return i.threshold==="points"?formatPointsShort(o):formatPercentShort(o)}function severity(r){return STATUS_ORDER.indexOf(r)}function failingComparisons(r){const s=r.settings.fail_on;return sortWorstFirst(r.comparisons.filter(r=>failsPolicy(verdictStatus(r),s)))}function sortWorstFirst(r){return r.map((r,s)=>({c:r,i:s})).sort((r,s)=>severity(r.c.status)-severity(s.c.status)||r.i-s.i).map(({c:r})=>r)}function decisiveMetrics(r){return r.metrics.filter(s=>s.status===r.status).sort((r,s)=>(r.p_value_adjusted??1)-(s.p_value_adjusted??1))}function testCount(r){return r.comparisons.reduce((r,s)=>r+s.metrics.filter(r=>r.p_value!==null).length,0)}function ciHeading(r){return r.correction==="none"?`${formatLevel(r.alpha)} CI`:"CI (adj.)"}function labels_plural(r,s,i=`${s}s`){return`${numbers_formatCount(r)} ${r===1?s:i}`}const re={holm:"Holm",bh:"Benjamini-Hochberg",none:"no correction"};function addToMean(r,s,i){return r+(i-r)/(s+1)}function chunk(r,s){var i=[];if(s<1){throw new Error("chunk size must be a positive number")}if(Math.floor(s)!==s){throw new Error("chunk size must be an integer")}for(var o=0;o<r.length;o+=s){i.push(r.slice(o,o+s))}return i}function makeMatrix(r,s){var i=[];for(var o=0;o<r;o++){var u=[];for(var f=0;f<s;f++){u.push(0)}i.push(u)}return i}function numericSort(r){return r.slice().sort(function(r,s){return r-s})}function uniqueCountSorted(r){var s=0;var i;for(var o=0;o<r.length;o++){if(o===0||r[o]!==i){i=r[o];s++}}return s}function ssq(r,s,i,o){var u;if(r>0){var f=(i[s]-i[r-1])/(s-r+1);u=o[s]-o[r-1]-(s-r+1)*f*f}else{u=o[s]-i[s]*i[s]/(s+1)}if(u<0){return 0}return u}function fillMatrixColumn(r,s,i,o,u,f,h){if(r>s){return}var v=Math.floor((r+s)/2);o[i][v]=o[i-1][v-1];u[i][v]=v;var w=i;if(r>i){w=Math.max(w,u[i][r-1]||0)}w=Math.max(w,u[i-1][v]||0);var x=v-1;if(s<o[0].length-1){x=Math.min(x,u[i][s+1]||0)}var _;var S;var k;var M;for(var N=x;N>=w;--N){_=ssq(N,v,f,h);if(_+o[i-1][w-1]>=o[i][v]){break}S=ssq(w,v,f,h);k=S+o[i-1][w-1];if(k<o[i][v]){o[i][v]=k;u[i][v]=w}w++;M=_+o[i-1][N-1];if(M<o[i][v]){o[i][v]=M;u[i][v]=N}}fillMatrixColumn(r,v-1,i,o,u,f,h);fillMatrixColumn(v+1,s,i,o,u,f,h)}function fillMatrices(r,s,i){var o=s[0].length;var u=r[Math.floor(o/2)];var f=[];var h=[];for(var v=0,w=void 0;v<o;++v){w=r[v]-u;if(v===0){f.push(w);h.push(w*w)}else{f.push(f[v-1]+w);h.push(h[v-1]+w*w)}s[0][v]=ssq(0,v,f,h);i[0][v]=0}var x;for(var _=1;_<s.length;++_){if(_<s.length-1){x=_}else{x=o-1}fillMatrixColumn(x,o-1,_,s,i,f,h)}}function ckmeans(r,s){if(s>r.length){throw new Error("cannot generate more classes than there are data values")}var i=numericSort(r);var o=uniqueCountSorted(i);if(o===1){return[i]}var u=makeMatrix(s,i.length);var f=makeMatrix(s,i.length);fillMatrices(i,u,f);var h=[];var v=f[0].length-1;for(var w=f.length-1;w>=0;w--){var x=f[w][v];h[w]=i.slice(x,v+1);if(w>0){v=x-1}}return h}function sum(r){if(r.length===0){return 0}var s=r[0];var i=0;var o;if(typeof s!=="number"){return Number.NaN}for(var u=1;u<r.length;u++){if(typeof r[u]!=="number"){return Number.NaN}o=s+r[u];if(Math.abs(s)>=Math.abs(r[u])){i+=s-o+r[u]}else{i+=r[u]-o+s}s=o}return s+i}function mean(r){if(r.length===0){throw new Error("mean requires at least one data point")}return sum(r)/r.length}function sumNthPowerDeviations(r,s){var i=mean(r);var o=0;var u;var f;if(s===2){for(f=0;f<r.length;f++){u=r[f]-i;o+=u*u}}else{for(f=0;f<r.length;f++){o+=Math.pow(r[f]-i,s)}}return o}function sampleVariance(r){if(r.length<2){throw new Error("sampleVariance requires at least two data points")}var s=sumNthPowerDeviations(r,2);var i=r.length-1;return s/i}function sampleStandardDeviation(r){var s=sampleVariance(r);return Math.sqrt(s)}function coefficientOfVariation(r){return sampleStandardDeviation(r)/mean(r)}function combinations(r,s){if(s===0){return[[]]}var i;var o;var u=[];var f;var h;for(i=0;i<r.length;i++){if(s===1){u.push([r[i]])}else{f=combinations(r.slice(i+1,r.length),s-1);for(o=0;o<f.length;o++){h=f[o];h.unshift(r[i]);u.push(h)}}}return u}function combinationsReplacement(r,s){if(s===0){return[[]]}var i=[];for(var o=0;o<r.length;o++){if(s===1){i.push([r[o]])}else{var u=combinationsReplacement(r.slice(o,r.length),s-1);for(var f=0;f<u.length;f++){i.push([r[o]].concat(u[f]))}}}return i}function combineMeans(r,s,i,o){return(r*s+i*o)/(s+o)}function combineVariances(r,s,i,o,u,f){var h=combineMeans(s,i,u,f);return(i*(r+Math.pow(s-h,2))+f*(o+Math.pow(u-h,2)))/(i+f)}function max(r){if(r.length===0){throw new Error("max requires at least one data point")}var s=r[0];for(var i=1;i<r.length;i++){if(r[i]>s){s=r[i]}}return s}function min(r){if(r.length===0){throw new Error("min requires at least one data point")}var s=r[0];for(var i=1;i<r.length;i++){if(r[i]<s){s=r[i]}}return s}function equalIntervalBreaks(r,s){if(r.length<2){return r}var i=min(r);var o=max(r);var u=[i];var f=(o-i)/s;for(var h=1;h<s;h++){u.push(u[0]+f*h)}u.push(o);return u}function extent(r){if(r.length===0){throw new Error("extent requires at least one data point")}var s=r[0];var i=r[0];for(var o=1;o<r.length;o++){if(r[o]>i){i=r[o]}if(r[o]<s){s=r[o]}}return[s,i]}function extentSorted(r){return[r[0],r[r.length-1]]}function geometricMean(r){if(r.length===0){throw new Error("geometricMean requires at least one data point")}var s=1;for(var i=0;i<r.length;i++){if(r[i]<0){throw new Error("geometricMean requires only non-negative numbers as input")}s*=r[i]}return Math.pow(s,1/r.length)}function harmonicMean(r){if(r.length===0){throw new Error("harmonicMean requires at least one data point")}var s=0;for(var i=0;i<r.length;i++){if(r[i]<=0){throw new Error("harmonicMean requires only positive numbers as input")}s+=1/r[i]}return r.length/s}function quantileSorted(r,s){var i=(r.length-1)*s;if(r.length===0){throw new Error("quantile requires at least one data point.")}else if(s<0||s>1){throw new Error("quantiles must be between 0 and 1")}else if(s===1){return r[r.length-1]}else if(s===0){return r[0]}else if(i%1!==0){var o=Math.floor(i);var u=Math.ceil(i);var f=i-o;return r[o]+f*(r[u]-r[o])}else{return r[i]}}function quickselect(r,s,i,o){i=i||0;o=o||r.length-1;while(o>i){if(o-i>600){var u=o-i+1;var f=s-i+1;var h=Math.log(u);var v=.5*Math.exp(2*h/3);var w=.5*Math.sqrt(h*v*(u-v)/u);if(f-u/2<0){w*=-1}var x=Math.max(i,Math.floor(s-f*v/u+w));var _=Math.min(o,Math.floor(s+(u-f)*v/u+w));quickselect(r,s,x,_)}var S=r[s];var k=i;var M=o;swap(r,i,s);if(r[o]>S){swap(r,i,o)}while(k<M){swap(r,k,M);k++;M--;while(r[k]<S){k++}while(r[M]>S){M--}}if(r[i]===S){swap(r,i,M)}else{M++;swap(r,M,o)}if(M<=s){i=M+1}if(s<=M){o=M-1}}}function swap(r,s,i){var o=r[s];r[s]=r[i];r[i]=o}function quantile(r,s){var i=r.slice();if(Array.isArray(s)){multiQuantileSelect(i,s);var o=[];for(var u=0;u<s.length;u++){o[u]=quantileSorted(i,s[u])}return o}else{var f=quantileIndex(i.length,s);quantileSelect(i,f,0,i.length-1);return quantileSorted(i,s)}}function quantileSelect(r,s,i,o){if(s%1===0){quickselect(r,s,i,o)}else{s=Math.floor(s);quickselect(r,s,i,o);quickselect(r,s+1,s+1,o)}}function multiQuantileSelect(r,s){var i=new Set;for(var o=0;o<s.length;o++){var u=quantileIndex(r.length,s[o]);i.add(Math.floor(u));i.add(Math.ceil(u))}var f=Array.from(i).sort(compare);multiselect(r,f,0,f.length-1,0,r.length-1)}function multiselect(r,s,i,o,u,f){if(i>o){return}var h=i+o>>1;quickselect(r,s[h],u,f);multiselect(r,s,i,h-1,u,s[h]-1);multiselect(r,s,h+1,o,s[h]+1,f)}function compare(r,s){return r-s}function quantileIndex(r,s){var i=(r-1)*s;if(s===1){return r-1}else if(s===0){return 0}else if(i%1!==0){return i}else{return i}}function interquartileRange(r){var s=quantile(r,.75);var i=quantile(r,.25);if(typeof s==="number"&&typeof i==="number"){return s-i}}function jenksBreaks(r,s,i){var o=r.length;var u=[];var f=i;u[i]=r[r.length-1];while(f>0){u[f-1]=r[s[o][f]-1];o=s[o][f]-1;f--}return u}function jenksMatrices(r,s){var i=[];var o=[];var u;var f;var h=0;for(u=0;u<r.length+1;u++){var v=[];var w=[];for(f=0;f<s+1;f++){v.push(0);w.push(0)}i.push(v);o.push(w)}for(u=1;u<s+1;u++){i[1][u]=1;o[1][u]=0;for(f=2;f<r.length+1;f++){o[f][u]=Number.POSITIVE_INFINITY}}var x=r[Math.floor(r.length/2)];for(var _=2;_<r.length+1;_++){var S=0;var k=0;var M=0;var N=0;for(var $=1;$<_+1;$++){var E=_-$+1;var C=r[E-1]-x;M++;S+=C;k+=C*C;h=k-S*S/M;N=E-1;if(N!==0){for(f=2;f<s+1;f++){if(o[_][f]>=h+o[N][f-1]){i[_][f]=E;o[_][f]=h+o[N][f-1]}}}}i[_][1]=1;o[_][1]=h}return{lowerClassLimits:i,varianceCombinations:o}}function jenks(r,s){if(s>r.length){return null}r=r.slice().sort(function(r,s){return r-s});var i=jenksMatrices(r,s);var o=i.lowerClassLimits;return jenksBreaks(r,o,s)}function linearRegression(r){var s;var i;var o=r.length;if(o===1){s=0;i=r[0][1]}else{var u=0;var f=0;for(var h=0;h<o;h++){u+=r[h][0];f+=r[h][1]}var v=u/o;var w=f/o;var x=0;var _=0;for(var S=0;S<o;S++){var k=r[S][0]-v;x+=k*(r[S][1]-w);_+=k*k}s=x/_;i=w-s*v}return{m:s,b:i}}function linearRegressionLine(r){return function(s){return r.b+r.m*s}}function logAverage(r){if(r.length===0){throw new Error("logAverage requires at least one data point")}var s=0;for(var i=0;i<r.length;i++){if(r[i]<0){throw new Error("logAverage requires only non-negative numbers as input")}s+=Math.log(r[i])}return Math.exp(s/r.length)}function maxSorted(r){return r[r.length-1]}function sumSimple(r){var s=0;for(var i=0;i<r.length;i++){if(typeof r[i]!=="number"){return Number.NaN}s+=r[i]}return s}function meanSimple(r){if(r.length===0){throw new Error("meanSimple requires at least one data point")}return sumSimple(r)/r.length}function median(r){return+quantile(r,.5)}function medianAbsoluteDeviation(r){var s=median(r);var i=[];for(var o=0;o<r.length;o++){i.push(Math.abs(r[o]-s))}return median(i)}function medianSorted(r){return quantileSorted(r,.5)}function minSorted(r){return r[0]}function modeSorted(r){if(r.length===0){throw new Error("mode requires at least one data point")}if(r.length===1){return r[0]}var s=r[0];var i=Number.NaN;var o=0;var u=1;for(var f=1;f<r.length+1;f++){if(r[f]!==s){if(u>o){o=u;i=s}u=1;s=r[f]}else{u++}}return i}function mode(r){return modeSorted(numericSort(r))}function modeFast(r){var s=new Map;var i;var o=0;for(var u=0;u<r.length;u++){var f=s.get(r[u]);if(f===undefined){f=1}else{f++}if(f>o){i=r[u];o=f}s.set(r[u],f)}if(o===0){throw new Error("mode requires at last one data point")}return i}function permutationsHeap(r){var s=new Array(r.length);var i=[r.slice()];for(var o=0;o<r.length;o++){s[o]=0}for(var u=0;u<r.length;){if(s[u]<u){var f=0;if(u%2!==0){f=s[u]}var h=r[f];r[f]=r[u];r[u]=h;i.push(r.slice());s[u]++;u=0}else{s[u]=0;u++}}return i}function product(r){var s=1;for(var i=0;i<r.length;i++){s*=r[i]}return s}function quantileRankSorted(r,s){if(s<r[0]){return 0}if(s>r[r.length-1]){return 1}var i=lowerBound(r,s);if(r[i]!==s){return i/r.length}i++;var o=upperBound(r,s);if(o===i){return i/r.length}var u=o-i+1;var f=u*(o+i)/2;var h=f/u;return h/r.length}function lowerBound(r,s){var i=0;var o=0;var u=r.length;while(o<u){i=o+u>>>1;if(s<=r[i]){u=i}else{o=-~i}}return o}function upperBound(r,s){var i=0;var o=0;var u=r.length;while(o<u){i=o+u>>>1;if(s>=r[i]){o=-~i}else{u=i}}return o}function quantileRank(r,s){var i=numericSort(r);return quantileRankSorted(i,s)}function rSquared(r,s){if(r.length<2){return 1}var i=0;for(var o=0;o<r.length;o++){i+=r[o][1]}var u=i/r.length;var f=0;for(var h=0;h<r.length;h++){f+=Math.pow(u-r[h][1],2)}var v=0;for(var w=0;w<r.length;w++){v+=Math.pow(r[w][1]-s(r[w][0]),2)}return 1-v/f}function rootMeanSquare(r){if(r.length===0){throw new Error("rootMeanSquare requires at least one data point")}var s=0;for(var i=0;i<r.length;i++){s+=Math.pow(r[i],2)}return Math.sqrt(s/r.length)}function shuffleInPlace(r,s){s=s||Math.random;var i=r.length;var o;var u;while(i>0){u=Math.floor(s()*i--);o=r[i];r[i]=r[u];r[u]=o}return r}function shuffle(r,s){var i=r.slice();return shuffleInPlace(i,s)}function sample(r,s,i){var o=shuffle(r,i);return o.slice(0,s)}function sampleCovariance(r,s){if(r.length!==s.length){throw new Error("sampleCovariance requires samples with equal lengths")}if(r.length<2){throw new Error("sampleCovariance requires at least two data points in each sample")}var i=mean(r);var o=mean(s);var u=0;for(var f=0;f<r.length;f++){u+=(r[f]-i)*(s[f]-o)}var h=r.length-1;return u/h}function sampleCorrelation(r,s){var i=sampleCovariance(r,s);var o=sampleStandardDeviation(r);var u=sampleStandardDeviation(s);return i/o/u}function sampleKurtosis(r){var s=r.length;if(s<4){throw new Error("sampleKurtosis requires at least four data points")}var i=mean(r);var o;var u=0;var f=0;for(var h=0;h<s;h++){o=r[h]-i;u+=o*o;f+=o*o*o*o}return(s-1)/((s-2)*(s-3))*(s*(s+1)*f/(u*u)-3*(s-1))}function midranks(r){var s=r.map(function(r,s){return[r,s]}).sort(function(r,s){return r[0]-s[0]});var i=Array(r.length);var o=0;while(o<s.length){var u=o;while(u+1<s.length&&s[u+1][0]===s[o][0]){u++}var f=(o+u)/2;for(var h=o;h<=u;h++){i[s[h][1]]=f}o=u+1}return i}function sampleRankCorrelation(r,s){return sampleCorrelation(midranks(r),midranks(s))}function sampleSkewness(r,s){if(s===void 0)s=false;if(r.length<3){throw new Error("sampleSkewness requires at least three data points")}var i=mean(r);var o;var u=0;var f=0;for(var h=0;h<r.length;h++){o=r[h]-i;u+=o*o;f+=o*o*o}var v=r.length;if(s){var w=u/v;var x=f/v;return x/Math.pow(w,3/2)}var _=r.length-1;var S=Math.sqrt(u/_);var k=Math.pow(S,3);return v*f/((v-1)*(v-2)*k)}function sampleWithReplacement(r,s,i){if(r.length===0){return[]}i=i||Math.random;var o=r.length;var u=[];for(var f=0;f<s;f++){var h=Math.floor(i()*o);u.push(r[h])}return u}function scaledRootMeanSquare(r){if(r.length===0){throw new Error("scaledRootMeanSquare requires at least one data point")}var s=0;for(var i=0;i<r.length;i++){var o=Math.abs(r[i]);s=Math.max(s,o)}if(s===0){return 0}if(!Number.isFinite(s)){return s}var u=0;for(var f=0;f<r.length;f++){var h=r[f]/s;u+=h*h}return s*Math.sqrt(u/r.length)}function variance(r){if(r.length===0){throw new Error("variance requires at least one data point")}return sumNthPowerDeviations(r,2)/r.length}function standardDeviation(r){if(r.length===1){return 0}var s=variance(r);return Math.sqrt(s)}function subtractFromMean(r,s,i){return(r*s-i)/(s-1)}function tTest(r,s){var i=mean(r);var o=standardDeviation(r);var u=Math.sqrt(r.length);return(i-s)/(o/u)}function tTestTwoSample(r,s,i){var o=r.length;var u=s.length;if(!o||!u){return null}if(!i){i=0}var f=mean(r);var h=mean(s);var v=sampleVariance(r);var w=sampleVariance(s);if(typeof f==="number"&&typeof h==="number"&&typeof v==="number"&&typeof w==="number"){var x=((o-1)*v+(u-1)*w)/(o+u-2);return(f-h-i)/Math.sqrt(x*(1/o+1/u))}}function validateWeightedInput(r,s,i){if(r.length===0){throw new Error(i+" requires at least one data point")}if(r.length!==s.length){throw new Error(i+" requires values and weights to be the same length")}var o=0;for(var u=0;u<s.length;u++){if(s[u]<0){throw new Error(i+" requires weights to be non-negative")}o+=s[u]}if(o===0){throw new Error(i+" requires at least one positive weight")}return o}function weightedLinearRegression(r,s){var i=validateWeightedInput(r,s,"weightedLinearRegression");if(r.length===1){return{m:0,b:r[0][1]}}var o=0;var u=0;for(var f=0;f<r.length;f++){o+=s[f]*r[f][0];u+=s[f]*r[f][1]}var h=o/i;var v=u/i;var w=0;var x=0;for(var _=0;_<r.length;_++){var S=r[_][0]-h;w+=s[_]*S*(r[_][1]-v);x+=s[_]*S*S}var k=w/x;return{m:k,b:v-k*h}}function weightedMean(r,s){var i=validateWeightedInput(r,s,"weightedMean");var o=r[0]*s[0];var u=0;var f;var h;for(var v=1;v<r.length;v++){h=r[v]*s[v];f=o+h;if(Math.abs(o)>=Math.abs(h)){u+=o-f+h}else{u+=h-f+o}o=f}return(o+u)/i}function weightedQuantile(r,s,i){var o=validateWeightedInput(r,s,"weightedQuantile");var u=[];for(var f=0;f<r.length;f++){u.push([r[f],s[f]])}u.sort(compareValue);if(Array.isArray(i)){var h=[];for(var v=0;v<i.length;v++){h[v]=weightedQuantileSorted(u,o,i[v])}return h}return weightedQuantileSorted(u,o,i)}function weightedQuantileSorted(r,s,i){if(i<0||i>1){throw new Error("quantiles must be between 0 and 1")}if(i===0){return r[0][0]}var o=i*s;var u=0;for(var f=0;f<r.length;f++){u+=r[f][1];if(u>=o){return r[f][0]}}return r[r.length-1][0]}function compareValue(r,s){return r[0]-s[0]}function weightedVariance(r,s){var i=validateWeightedInput(r,s,"weightedVariance");var o=weightedMean(r,s);var u=0;for(var f=0;f<r.length;f++){var h=r[f]-o;u+=s[f]*h*h}return u/i}function weightedStandardDeviation(r,s){return Math.sqrt(weightedVariance(r,s))}function wilcoxonRankSum(r,s){if(!r.length||!s.length){throw new Error("Neither sample can be empty")}var i=r.map(function(r){return{label:"x",value:r}}).concat(s.map(function(r){return{label:"y",value:r}})).sort(function(r,s){return r.value-s.value});for(var o=0;o<i.length;o++){i[o].rank=o}var u=[i[0].rank];for(var f=1;f<i.length;f++){if(i[f].value===i[f-1].value){u.push(i[f].rank);if(f===i.length-1){replaceRanksInPlace(i,u)}}else{if(u.length>1){replaceRanksInPlace(i,u)}u=[i[f].rank]}}function replaceRanksInPlace(r,s){var i=(s[0]+s[s.length-1])/2;for(var o=0;o<s.length;o++){r[s[o]].rank=i}}var h=0;for(var v=0;v<i.length;v++){var w=i[v];if(w.label==="x"){h+=w.rank+1}}return h}var ne=1e-4;function relativeError(r,s){if(r===0&&s===0){return 0}return Math.abs((r-s)/s)}function approxEqual(r,s,i){if(i===void 0)i=ne;return relativeError(r,s)<=i}var se=function BayesianClassifier(){this.totalCount=0;this.data={}};se.prototype.train=function train(r,s){if(!this.data[s]){this.data[s]={}}for(var i in r){var o=r[i];if(this.data[s][i]===undefined){this.data[s][i]={}}if(this.data[s][i][o]===undefined){this.data[s][i][o]=0}this.data[s][i][o]++}this.totalCount++};se.prototype.score=function score(r){var s={};var i;for(var o in r){var u=r[o];for(i in this.data){if(s[i]===undefined){s[i]={}}if(this.data[i][o]){s[i][o+"_"+u]=(this.data[i][o][u]||0)/this.totalCount}else{s[i][o+"_"+u]=0}}}var f={};for(i in s){f[i]=0;for(var h in s[i]){f[i]+=s[i][h]}}return f};function bernoulliDistribution(r){if(r<0||r>1){throw new Error("bernoulliDistribution requires probability to be between 0 and 1 inclusive")}return[1-r,r]}var ae=null&&[.9999999999999971,57.15623566586292,-59.59796035547549,14.136097974741746,-.4919138160976202,3399464998481189e-20,4652362892704858e-20,-9837447530487956e-20,.0001580887032249125,-.00021026444172410488,.00021743961811521265,-.0001643181065367639,8441822398385275e-20,-26190838401581408e-21,36899182659531625e-22];var ie=null&&607/128;var oe=Math.log(Math.sqrt(2*Math.PI));function gammaln(r){if(r<=0){return Number.POSITIVE_INFINITY}r--;var s=ae[0];for(var i=1;i<15;i++){s+=ae[i]/(r+i)}var o=ie+.5+r;return oe+Math.log(s)-o+(r+.5)*Math.log(o)}var le=1e6;function binomialDistribution(r,s){if(s<0||s>1||r<=0||r%1!==0){return undefined}var i=Math.min(r,le-1);if(s===0){return[1]}if(s===1){if(r>i){return undefined}var o=new Array(r+1).fill(0);o[r]=1;return o}var u=0;var f=0;var h=[];var v=gammaln(r+1);var w=Math.log(s);var x=Math.log1p(-s);do{h[u]=Math.exp(v-gammaln(u+1)-gammaln(r-u+1)+u*w+(r-u)*x);f+=h[u];u++}while(f<1-ne&&u<=i);if(Number.isNaN(f)||f<1-ne){return undefined}return h}function simple_statistics_sign(r){if(typeof r==="number"){if(r<0){return-1}else if(r===0){return 0}else{return 1}}else{throw new TypeError("not a number")}}function bisect(r,s,i,o,u){if(typeof r!=="function"){throw new TypeError("func must be a function")}for(var f=0;f<o;f++){var h=(s+i)/2;if(r(h)===0||Math.abs((i-s)/2)<u){return h}if(simple_statistics_sign(r(h))===simple_statistics_sign(r(s))){s=h}else{i=h}}throw new Error("maximum number of iterations exceeded")}var ce={1:{.995:0,.99:0,.975:0,.95:0,.9:.02,.5:.45,.1:2.71,.05:3.84,.025:5.02,.01:6.63,.005:7.88},2:{.995:.01,.99:.02,.975:.05,.95:.1,.9:.21,.5:1.39,.1:4.61,.05:5.99,.025:7.38,.01:9.21,.005:10.6},3:{.995:.07,.99:.11,.975:.22,.95:.35,.9:.58,.5:2.37,.1:6.25,.05:7.81,.025:9.35,.01:11.34,.005:12.84},4:{.995:.21,.99:.3,.975:.48,.95:.71,.9:1.06,.5:3.36,.1:7.78,.05:9.49,.025:11.14,.01:13.28,.005:14.86},5:{.995:.41,.99:.55,.975:.83,.95:1.15,.9:1.61,.5:4.35,.1:9.24,.05:11.07,.025:12.83,.01:15.09,.005:16.75},6:{.995:.68,.99:.87,.975:1.24,.95:1.64,.9:2.2,.5:5.35,.1:10.65,.05:12.59,.025:14.45,.01:16.81,.005:18.55},7:{.995:.99,.99:1.24,.975:1.69,.95:2.17,.9:2.83,.5:6.35,.1:12.02,.05:14.07,.025:16.01,.01:18.48,.005:20.28},8:{.995:1.34,.99:1.65,.975:2.18,.95:2.73,.9:3.49,.5:7.34,.1:13.36,.05:15.51,.025:17.53,.01:20.09,.005:21.96},9:{.995:1.73,.99:2.09,.975:2.7,.95:3.33,.9:4.17,.5:8.34,.1:14.68,.05:16.92,.025:19.02,.01:21.67,.005:23.59},10:{.995:2.16,.99:2.56,.975:3.25,.95:3.94,.9:4.87,.5:9.34,.1:15.99,.05:18.31,.025:20.48,.01:23.21,.005:25.19},11:{.995:2.6,.99:3.05,.975:3.82,.95:4.57,.9:5.58,.5:10.34,.1:17.28,.05:19.68,.025:21.92,.01:24.72,.005:26.76},12:{.995:3.07,.99:3.57,.975:4.4,.95:5.23,.9:6.3,.5:11.34,.1:18.55,.05:21.03,.025:23.34,.01:26.22,.005:28.3},13:{.995:3.57,.99:4.11,.975:5.01,.95:5.89,.9:7.04,.5:12.34,.1:19.81,.05:22.36,.025:24.74,.01:27.69,.005:29.82},14:{.995:4.07,.99:4.66,.975:5.63,.95:6.57,.9:7.79,.5:13.34,.1:21.06,.05:23.68,.025:26.12,.01:29.14,.005:31.32},15:{.995:4.6,.99:5.23,.975:6.27,.95:7.26,.9:8.55,.5:14.34,.1:22.31,.05:25,.025:27.49,.01:30.58,.005:32.8},16:{.995:5.14,.99:5.81,.975:6.91,.95:7.96,.9:9.31,.5:15.34,.1:23.54,.05:26.3,.025:28.85,.01:32,.005:34.27},17:{.995:5.7,.99:6.41,.975:7.56,.95:8.67,.9:10.09,.5:16.34,.1:24.77,.05:27.59,.025:30.19,.01:33.41,.005:35.72},18:{.995:6.26,.99:7.01,.975:8.23,.95:9.39,.9:10.87,.5:17.34,.1:25.99,.05:28.87,.025:31.53,.01:34.81,.005:37.16},19:{.995:6.84,.99:7.63,.975:8.91,.95:10.12,.9:11.65,.5:18.34,.1:27.2,.05:30.14,.025:32.85,.01:36.19,.005:38.58},20:{.995:7.43,.99:8.26,.975:9.59,.95:10.85,.9:12.44,.5:19.34,.1:28.41,.05:31.41,.025:34.17,.01:37.57,.005:40},21:{.995:8.03,.99:8.9,.975:10.28,.95:11.59,.9:13.24,.5:20.34,.1:29.62,.05:32.67,.025:35.48,.01:38.93,.005:41.4},22:{.995:8.64,.99:9.54,.975:10.98,.95:12.34,.9:14.04,.5:21.34,.1:30.81,.05:33.92,.025:36.78,.01:40.29,.005:42.8},23:{.995:9.26,.99:10.2,.975:11.69,.95:13.09,.9:14.85,.5:22.34,.1:32.01,.05:35.17,.025:38.08,.01:41.64,.005:44.18},24:{.995:9.89,.99:10.86,.975:12.4,.95:13.85,.9:15.66,.5:23.34,.1:33.2,.05:36.42,.025:39.36,.01:42.98,.005:45.56},25:{.995:10.52,.99:11.52,.975:13.12,.95:14.61,.9:16.47,.5:24.34,.1:34.38,.05:37.65,.025:40.65,.01:44.31,.005:46.93},26:{.995:11.16,.99:12.2,.975:13.84,.95:15.38,.9:17.29,.5:25.34,.1:35.56,.05:38.89,.025:41.92,.01:45.64,.005:48.29},27:{.995:11.81,.99:12.88,.975:14.57,.95:16.15,.9:18.11,.5:26.34,.1:36.74,.05:40.11,.025:43.19,.01:46.96,.005:49.65},28:{.995:12.46,.99:13.57,.975:15.31,.95:16.93,.9:18.94,.5:27.34,.1:37.92,.05:41.34,.025:44.46,.01:48.28,.005:50.99},29:{.995:13.12,.99:14.26,.975:16.05,.95:17.71,.9:19.77,.5:28.34,.1:39.09,.05:42.56,.025:45.72,.01:49.59,.005:52.34},30:{.995:13.79,.99:14.95,.975:16.79,.95:18.49,.9:20.6,.5:29.34,.1:40.26,.05:43.77,.025:46.98,.01:50.89,.005:53.67},40:{.995:20.71,.99:22.16,.975:24.43,.95:26.51,.9:29.05,.5:39.34,.1:51.81,.05:55.76,.025:59.34,.01:63.69,.005:66.77},50:{.995:27.99,.99:29.71,.975:32.36,.95:34.76,.9:37.69,.5:49.33,.1:63.17,.05:67.5,.025:71.42,.01:76.15,.005:79.49},60:{.995:35.53,.99:37.48,.975:40.48,.95:43.19,.9:46.46,.5:59.33,.1:74.4,.05:79.08,.025:83.3,.01:88.38,.005:91.95},70:{.995:43.28,.99:45.44,.975:48.76,.95:51.74,.9:55.33,.5:69.33,.1:85.53,.05:90.53,.025:95.02,.01:100.42,.005:104.22},80:{.995:51.17,.99:53.54,.975:57.15,.95:60.39,.9:64.28,.5:79.33,.1:96.58,.05:101.88,.025:106.63,.01:112.33,.005:116.32},90:{.995:59.2,.99:61.75,.975:65.65,.95:69.13,.9:73.29,.5:89.33,.1:107.57,.05:113.14,.025:118.14,.01:124.12,.005:128.3},100:{.995:67.33,.99:70.06,.975:74.22,.95:77.93,.9:82.36,.5:99.33,.1:118.5,.05:124.34,.025:129.56,.01:135.81,.005:140.17}};function chiSquaredGoodnessOfFit(r,s,i){var o=mean(r);var u=0;var f=1;var h=s(o);var v=[];var w=[];for(var x=0;x<r.length;x++){if(v[r[x]]===undefined){v[r[x]]=0}v[r[x]]++}for(var _=0;_<v.length;_++){if(v[_]===undefined){v[_]=0}}for(var S in h){if(S in v){w[+S]=h[S]*r.length}}if(w.length===0){throw new Error("chiSquaredGoodnessOfFit requires distributionType to return a distribution for the mean of the data")}var k=w.length-1;for(var M=v.length-1;M>k;M--){v[k]+=v[M];v.pop()}for(var N=w.length-1;N>=1;N--){if(w[N]<3){w[N-1]+=w[N];w.splice(N,1);v[N-1]+=v[N];v.splice(N,1)}}for(var $=0;$<v.length;$++){u+=Math.pow(v[$]-w[$],2)/w[$]}if(!Number.isFinite(u)){throw new Error("chiSquaredGoodnessOfFit could not compute a test statistic for this data and distribution")}var E=v.length-f-1;if(E<1){throw new Error("chiSquaredGoodnessOfFit requires more data: the classes that survive collapsing leave no degrees of freedom")}var C=ce[E];if(C===undefined){throw new Error("chiSquaredGoodnessOfFit has no critical values tabulated for "+E+" degrees of freedom")}if(C[i]===undefined){throw new Error("chiSquaredGoodnessOfFit has no critical value tabulated for a significance of "+i)}return C[i]<u}function cumulativeStdLogisticProbability(r){return 1/(Math.exp(-r)+1)}var ue=Math.sqrt(2*Math.PI);function cumulativeDistribution(r){var s=r;var i=r;for(var o=1;o<30;o++){i*=r*r/(2*o+1);s+=i}return Math.round((.5+s/ue*Math.exp(-r*r/2))*1e4)/1e4}var fe=[];for(var de=0;de<=3.09;de+=.01){fe.push(cumulativeDistribution(de))}function cumulativeStdNormalProbability(r){var s=Math.abs(r);var i=Math.min(Math.round(s*100),fe.length-1);if(r>=0){return fe[i]}else{return Math.round((1-fe[i])*1e4)/1e4}}function errorFunction(r){var s=1/(1+.5*Math.abs(r));var i=s*Math.exp(-r*r+((((((((.17087277*s-.82215223)*s+1.48851587)*s-1.13520398)*s+.27886807)*s-.18628806)*s+.09678418)*s+.37409196)*s+1.00002368)*s-1.26551223);if(r>=0){return 1-i}else{return i-1}}function factorial(r){if(r<0){throw new Error("factorial requires a non-negative value")}if(Math.floor(r)!==r){throw new Error("factorial requires an integer input")}var s=1;for(var i=2;i<=r;i++){s*=i}return s}var he=20;function gamma(r){if(Number.isInteger(r)){if(r<=0){return Number.NaN}else{return factorial(r-1)}}if(r>0&&r<he){return gamma(r+1)/r}r--;if(r<0){return Math.PI/(Math.sin(Math.PI*-r)*gamma(-r))}else{var s=Math.pow(r/Math.E,r)*Math.sqrt(2*Math.PI*(r+1/6));var i=r+1/4;var o=1+1/144/Math.pow(i,2)-1/12960/Math.pow(i,3)-257/207360/Math.pow(i,4)-52/2612736/Math.pow(i,5)+5741173/9405849600/Math.pow(i,6)+37529/18811699200/Math.pow(i,7);return s*o}}function inverseErrorFunction(r){var s=8*(Math.PI-3)/(3*Math.PI*(4-Math.PI));var i=Math.sqrt(Math.sqrt(Math.pow(2/(Math.PI*s)+Math.log(1-r*r)/2,2)-Math.log(1-r*r)/s)-(2/(Math.PI*s)+Math.log(1-r*r)/2));if(r>=0){return i}else{return-i}}function euclideanDistance(r,s){var i=0;for(var o=0;o<r.length;o++){var u=r[o]-s[o];i+=u*u}return Math.sqrt(i)}function kMeansCluster(r,s,i){if(i===void 0)i=Math.random;var o=null;var u=sample(r,s,i);var f=null;var h=Number.MAX_VALUE;while(h!==0){f=labelPoints(r,u);o=u;u=calculateCentroids(r,f,s);h=calculateChange(u,o)}return{labels:f,centroids:u}}function labelPoints(r,s){return r.map(function(r){var i=Number.MAX_VALUE;var o=-1;for(var u=0;u<s.length;u++){var f=euclideanDistance(r,s[u]);if(f<i){i=f;o=u}}return o})}function calculateCentroids(r,s,i){var o=r[0].length;var u=makeMatrix(i,o);var f=Array(i).fill(0);var h=r.length;for(var v=0;v<h;v++){var w=r[v];var x=s[v];var _=u[x];for(var S=0;S<o;S++){_[S]+=w[S]}f[x]+=1}for(var k=0;k<i;k++){if(f[k]===0){throw new Error("Centroid "+k+" has no friends")}var M=u[k];for(var N=0;N<o;N++){M[N]/=f[k]}}return u}function calculateChange(r,s){var i=0;for(var o=0;o<r.length;o++){i+=euclideanDistance(r[o],s[o])}return i}var ve=Math.sqrt(2*Math.PI);var pe={gaussian:function(r){return Math.exp(-.5*r*r)/ve}};var me={nrd:function(r){var s=sampleStandardDeviation(r);var i=interquartileRange(r);if(typeof i==="number"){s=Math.min(s,i/1.34)}return 1.06*s*Math.pow(r.length,-.2)}};function kernelDensityEstimation(r,s,i){var o;if(s===undefined){o=pe.gaussian}else if(typeof s==="string"){if(!pe[s]){throw new Error('Unknown kernel "'+s+'"')}o=pe[s]}else{o=s}var u;if(typeof i==="undefined"){u=me.nrd(r)}else if(typeof i==="string"){if(!me[i]){throw new Error('Unknown bandwidth method "'+i+'"')}u=me[i](r)}else{u=i}return function(s){var i=0;var f=0;for(i=0;i<r.length;i++){f+=o((s-r[i])/u)}return f/u/r.length}}function logit(r){if(r<=0||r>=1){throw new Error("p must be strictly between zero and one")}return Math.log(r/(1-r))}function normalDistribution(r,s,i,o){if(o===void 0)o=false;if(i<=0){throw new Error("normalDistribution requires a standard deviation greater than zero")}var u=(r-s)/i;if(o){return.5*(1+errorFunction(u/Math.SQRT2))}return Math.exp(-.5*u*u)/(i*Math.sqrt(2*Math.PI))}var ge=function PerceptronModel(){this.weights=[];this.bias=0};ge.prototype.predict=function predict(r){if(r.length!==this.weights.length){return null}var s=0;for(var i=0;i<this.weights.length;i++){s+=this.weights[i]*r[i]}s+=this.bias;if(s>0){return 1}else{return 0}};ge.prototype.train=function train(r,s){if(s!==0&&s!==1){return null}if(r.length!==this.weights.length){this.weights=r.slice();this.bias=1}var i=this.predict(r);if(typeof i==="number"&&i!==s){var o=s-i;for(var u=0;u<this.weights.length;u++){this.weights[u]+=o*r[u]}this.bias+=o}return this};function permutationTest(r,s,i,o,u){if(o===undefined){o=1e4}if(i===undefined){i="two_side"}if(i!=="two_side"&&i!=="greater"&&i!=="less"){throw new Error("`alternative` must be either 'two_side', 'greater', or 'less'.")}var f=mean(r);var h=mean(s);var v=f-h;var w=new Array(o);var x=r.concat(s);var _=r.length;for(var S=0;S<o;S++){shuffleInPlace(x,u);var k=x.slice(0,_);var M=x.slice(_,x.length);var N=mean(k)-mean(M);w[S]=N}var $=0;if(i==="two_side"){for(var E=0;E<=o;E++){if(Math.abs(w[E])>=Math.abs(v)){$+=1}}}else if(i==="greater"){for(var C=0;C<=o;C++){if(w[C]>=v){$+=1}}}else{for(var I=0;I<=o;I++){if(w[I]<=v){$+=1}}}return $/o}function poissonDistribution(r){if(r<=0){return undefined}if(r>=le){return undefined}var s=0;var i=0;var o=[];var u=Math.log(r);do{o[s]=Math.exp(s*u-r-gammaln(s+1));i+=o[s];s++}while(i<1-ne&&s<le);if(Number.isNaN(i)||i<1-ne){return undefined}return o}function probit(r){if(r===0){r=ne}else if(r>=1){r=1-ne}return Math.sqrt(2)*inverseErrorFunction(2*r-1)}function silhouette(r,s){if(r.length!==s.length){throw new Error("must have exactly as many labels as points")}var i=createGroups(s);var o=calculateAllDistances(r);var u=[];for(var f=0;f<r.length;f++){var h=0;if(i[s[f]].length>1){var v=meanDistanceFromPointToGroup(f,i[s[f]],o);var w=meanDistanceToNearestGroup(f,s,i,o);h=(w-v)/Math.max(v,w)}u.push(h)}return u}function createGroups(r){var s=1+max(r);var i=Array(s);for(var o=0;o<r.length;o++){var u=r[o];if(i[u]===undefined){i[u]=[]}i[u].push(o)}return i}function calculateAllDistances(r){var s=r.length;var i=makeMatrix(s,s);for(var o=0;o<s;o++){for(var u=0;u<o;u++){i[o][u]=euclideanDistance(r[o],r[u]);i[u][o]=i[o][u]}}return i}function meanDistanceToNearestGroup(r,s,i,o){var u=s[r];var f=Number.MAX_VALUE;for(var h=0;h<i.length;h++){if(h!==u){var v=meanDistanceFromPointToGroup(r,i[h],o);if(v<f){f=v}}}return f}function meanDistanceFromPointToGroup(r,s,i){var o=0;var u=0;for(var f=0;f<s.length;f++){if(s[f]===r){continue}o+=i[r][s[f]];u++}return o/u}function silhouetteMetric(r,s){var i=silhouette(r,s);return max(i)}function zScore(r,s,i){return(r-s)/i}function view(r){if(Array.isArray(r)||ArrayBuffer.isView(r))return r;return Array.from(r)}function isConstant(r){const s=r[0];for(let i=1;i<r.length;i++)if(r[i]!==s)return false;return true}function describe_mean(r){if(r.length===0)throw new RangeError("mean of an empty sample");if(isConstant(r))return r[0];return mean(view(r))}function describe_variance(r){if(r.length<2)throw new RangeError("variance needs at least 2 values");if(isConstant(r))return 0;return sampleVariance(view(r))}function describe_median(r){if(r.length===0)throw new RangeError("median of an empty sample");return medianOfSorted(sortedCopy(r))}function medianOfSorted(r){if(r.length===0)throw new RangeError("median of an empty sample");return medianSorted(view(r))}function describe_quantile(r,s){const i=ranks(r.length,s);return interpolate(r[i.below],r[i.above],i.gamma)}function ranks(r,s){if(r===0)throw new RangeError("quantile of an empty sample");if(!(s>=0&&s<=1))throw new RangeError(`quantile p must be in [0, 1], got ${s}`);const i=(r-1)*s;const o=i>=r-1?r-1:Math.floor(i);const u=i>=r-1?r-1:o+1;return{below:o,above:u,gamma:i-o}}function interpolate(r,s,i){const o=s-r;return i>=.5?s-o*(1-i):r+o*i}function quantilesInPlace(r,s){const i=s.map(s=>ranks(r.length,s));const o=[...new Set(i.flatMap(r=>[r.below,r.above]))].sort((r,s)=>r-s);const u=new Map;let f=0;for(const s of o){quickselect(r,s,f,r.length-1);u.set(s,r[s]);f=s+1}const value=s=>{const i=u.get(s);return i===0?signedZero(r,s):i};return i.map(r=>interpolate(value(r.below),value(r.above),r.gamma))}function signedZero(r,s){let i=0;let o=0;for(const s of r){if(s<0)i++;else if(s===0&&Object.is(s,-0))o++}return s>=i&&s<i+o?-0:0}function sortedCopy(r){return sortAscending(Float64Array.from(r))}function sortAscending(r){for(let s=0;s<r.length;s++)if(!(r[s]>=0))return r.sort();new BigInt64Array(r.buffer,r.byteOffset,r.length).sort();return r}function lazy(r){let s;return()=>s??=r()}const we=lazy(()=>__nccwpck_require__(2484));const be=lazy(()=>__nccwpck_require__(6060));const ye=lazy(()=>__nccwpck_require__(6021));const xe=lazy(()=>__nccwpck_require__(4455));const _e=lazy(()=>__nccwpck_require__(1444));const Se=lazy(()=>__nccwpck_require__(7392));const normalCdf=(r,s,i)=>we()(r,s,i);const normalQuantile=(r,s,i)=>be()(r,s,i);const tCdf=(r,s)=>ye()(r,s);const tQuantile=(r,s)=>xe()(r,s);const hypergeometricCdf=(r,s,i,o)=>_e()(r,s,i,o);const hypergeometricPmf=(r,s,i,o)=>Se()(r,s,i,o);function assertLevel(r,s){if(!(s>0&&s<1)){throw new RangeError(`${r} must be strictly between 0 and 1, got ${s}`)}}function welchTTest(r,s,i,o=.95){const u=welch(r,s);const f=u.ci(o);return{t:u.t,df:u.df,pValue:u.p(i),diff:u.diff,ci:f}}function welch(r,s){const i=r.length;const o=s.length;if(i<2||o<2){throw new RangeError(`Welch's t-test needs at least 2 values per side, got ${i} and ${o}`)}const u=describe_mean(r)-describe_mean(s);const f=describe_variance(r)/i;const h=describe_variance(s)/o;const v=f+h;if(v===0){const r=u===0?0:Math.sign(u)*Infinity;return{t:r,df:1,diff:u,p:r=>(r==="less"?u<0:u>0)?0:1,ci:r=>{assertLevel("ciLevel",r);return[u,u]}}}const w=Math.sqrt(v);const x=u/w;const _=v*v/(f*f/(i-1)+h*h/(o-1));return{t:x,df:_,diff:u,p:r=>r==="less"?tCdf(x,_):tCdf(-x,_),ci:r=>{assertLevel("ciLevel",r);const s=tQuantile(1-(1-r)/2,_)*w;return[u-s,u+s]}}}const ke=0x8000000000000000n;const Me=new DataView(new ArrayBuffer(8));function orderedKey(r){Me.setFloat64(0,r);const s=Me.getBigUint64(0);return s&ke?-(s&~ke):s}function fromKey(r){Me.setBigUint64(0,r<0n?-r|ke:r);return Me.getFloat64(0)}function countAtMost(r,s,i){const o=s.length;let u=0;let f=0;for(let h=0;h<r.length;h++){const v=r[h];while(u<o&&v-s[u]>i)u++;f+=o-u}return f}function kthPairwiseDifference(r,s,i){const o=r.length*s.length;if(!(Number.isInteger(i)&&i>=1&&i<=o)){throw new RangeError(`k must be an integer in [1, ${o}], got ${i}`)}let u=orderedKey(r[0]-s[s.length-1]);let f=orderedKey(r[r.length-1]-s[0]);while(u<f){const o=u+f>>1n;if(countAtMost(r,s,fromKey(o))>=i)f=o;else u=o+1n}return fromKey(u)+0}function allPairwiseDifferences(r,s){const i=new Float64Array(r.length*s.length);let o=0;for(let u=0;u<r.length;u++){const f=r[u];for(let r=0;r<s.length;r++)i[o++]=f-s[r]}return sortAscending(i)}function sortedSides(r,s){const i={candidate:sortedCopy(r),baseline:sortedCopy(s)};if([i.candidate,i.baseline].some(r=>Number.isNaN(r[r.length-1]))){throw new RangeError("samples must not contain NaN")}return i}function rankSumAndTies(r,s){let i=0;let o=0;let u=0;let f=0;let h=0;while(i<r.length||o<s.length){const v=o>=s.length||i<r.length&&r[i]<=s[o]?r[i]:s[o];let w=0;let x=0;while(i<r.length&&r[i]===v){i++;w++}while(o<s.length&&s[o]===v){o++;x++}const _=w+x;f+=w*(u+(_+1)/2);h+=_*_*_-_;u+=_}return{r1:f,tieTerm:h}}function mannWhitneyU(r,s,i){return mannWhitneyUs(r,s)(i)}function mannWhitneyUs(r,s,i){const o=r.length;const u=s.length;if(o<1||u<1){throw new RangeError(`Mann-Whitney U needs at least 1 value per side, got ${o} and ${u}`)}const f=o+u;const{candidate:h,baseline:v}=i??sortedSides(r,s);const{r1:w,tieTerm:x}=rankSumAndTies(h,v);const _=w-o*(o+1)/2;const S=Math.sqrt(o*u/12*(f+1-x/(f*(f-1))));const k=o*u/2;return r=>{if(!(S>0))return{u:_,z:0,pValue:1};if(r==="greater"){const r=(_-k-.5)/S;return{u:_,z:r,pValue:normalCdf(-r,0,1)}}const s=(_-k+.5)/S;return{u:_,z:s,pValue:normalCdf(s,0,1)}}}const Ne=1e4;function hodgesLehmann(r,s,i=.95,o){const u=r.length;const f=s.length;if(u<1||f<1){throw new RangeError(`Hodges-Lehmann needs at least 1 value per side, got ${u} and ${f}`)}assertLevel("ciLevel",i);const h=u*f;const v=normalQuantile(1-(1-i)/2,0,1);const w=Math.max(1,Math.floor(h/2-v*Math.sqrt(h*(u+f+1)/12)));const x=Math.ceil(h/2);const _=h%2===0;const{candidate:S,baseline:k}=o??sortedSides(r,s);let M;if(h<=Ne){const r=allPairwiseDifferences(S,k);M=s=>r[s-1]}else{M=r=>kthPairwiseDifference(S,k,r)}const N=_?(M(x)+M(x+1))/2:M(x);return{shift:N,ci:[M(w),M(h+1-w)]}}function hypergeometricLowerTail(r,s,i,o){if(r*s<=o*i)return hypergeometricCdf(r,s,i,o);return 1-hypergeometricCdf(o-r-1,s,s-i,o)}function assertCounts(r,s,i){if(!Number.isInteger(s)||s<=0){throw new RangeError(`${i} sample size must be a positive integer, got ${s}`)}if(!Number.isInteger(r)||r<0||r>s){throw new RangeError(`${i} successes must be an integer in [0, ${s}], got ${r}`)}}function fisherExact(r,s,i,o,u){assertCounts(r,s,"candidate");assertCounts(i,o,"baseline");const f=r;const h=s-f;const v=i;const w=o-v;if(f+v===0||h+w===0)return{pValue:1,oddsRatio:NaN};const x=v>0&&h>0?f*w/(v*h):Infinity;const _=s+o;const S=u==="less"?hypergeometricLowerTail(f,_,s,f+v):hypergeometricLowerTail(h,_,s,h+w);return{pValue:Math.min(S,1),oddsRatio:x}}function wilson(r,s,i){const o=r/s;const u=i*i/s;const f=(o+u/2)/(1+u);const h=i*Math.sqrt(o*(1-o)/s+u/(4*s))/(1+u);const v=r===0?0:f-h;const w=r===s?1:f+h;return[v,w]}function newcombeInterval(r,s,i,o,u=.95){assertCounts(r,s,"candidate");assertCounts(i,o,"baseline");assertLevel("ciLevel",u);const f=normalQuantile(1-(1-u)/2,0,1);const h=r/s;const v=i/o;const[w,x]=wilson(r,s,f);const[_,S]=wilson(i,o,f);const k=h-v;return[k-Math.hypot(h-w,S-v),k+Math.hypot(x-h,v-_)]}function ascendingOrder(r){return r.map((r,s)=>s).sort((s,i)=>r[s]-r[i]||s-i)}function adjustPValues(r,s){const i=r.length;const o=r.slice();if(s==="none"||i===0)return o;const u=ascendingOrder(r);if(s==="holm"){let s=0;u.forEach((u,f)=>{s=Math.max(s,Math.min(1,(i-f)*r[u]));o[u]=s});return o}let f=1;for(let s=i-1;s>=0;s--){const h=u[s];f=Math.min(f,r[h]*(i/(s+1)));o[h]=f}return o}function localLevels(r,s,i){const o=r.length;if(i==="none"||o===0)return r.map(()=>s);const u=adjustPValues(r,i);const f=u.filter(r=>r<s).length;if(i==="bh")return r.map(()=>s*(Math.max(1,f)/o));const h=ascendingOrder(r);const v=r.map(()=>s/(o-f));h.forEach((r,i)=>{if(u[r]<s)v[r]=s/(o-i)});return v}const $e=3/Math.PI;function assertProbability(r,s){if(!(s>0&&s<1))throw new RangeError(`${r} must be strictly between 0 and 1, got ${s}`)}function zSum(r,s){assertProbability("alpha",r);assertProbability("power",s);return normalQuantile(1-r,0,1)+normalQuantile(s,0,1)}function perSide(r){return r===Infinity?Infinity:Math.max(2,Math.ceil(r))}function meansRaw(r,s,i,o,u){if(!(r>=0&&s>=0))throw new RangeError("standard deviations must be >= 0");const f=zSum(o,u);if(i===0)return Infinity;return f*f*(r*r+s*s)/(i*i)}function samplesForMeans(r,s,i,o,u=.8){return perSide(meansRaw(r,s,i,o,u))}function samplesForMedians(r,s,i,o,u=.8){return perSide(meansRaw(r,s,i,o,u)/$e)}function samplesForRates(r,s,i,o=.8){for(const[i,o]of[["pBaseline",r],["pCandidate",s]]){if(!(o>=0&&o<=1))throw new RangeError(`${i} must be in [0, 1], got ${o}`)}assertProbability("alpha",i);assertProbability("power",o);if(r===s)return Infinity;const u=normalQuantile(1-i,0,1);const f=normalQuantile(o,0,1);const h=(r+s)/2;const v=u*Math.sqrt(2*h*(1-h))+f*Math.sqrt(r*(1-r)+s*(1-s));const w=s-r;return perSide(v*v/(w*w))}function mann_kendall_sign(r){return r>0?1:r<0?-1:0}function tieTerm(r){const s=sortedCopy(r);let i=0;for(let r=0;r<s.length;){let o=r+1;while(o<s.length&&s[o]===s[r])o++;const u=o-r;i+=u*(u-1)*(2*u+5);r=o}return i}function mannKendall(r,s){const i=r.length;const o=s??r.map((r,s)=>s);if(o.length!==i)throw new RangeError(`x has ${o.length} offsets for ${i} values`);for(let r=1;r<i;r++){if(!(o[r]>o[r-1])){throw new RangeError("x must be strictly increasing")}}if(i<3)return null;let u=0;const f=new Float64Array(i*(i-1)/2);let h=0;for(let s=0;s<i-1;s++){const v=r[s];const w=o[s];for(let x=s+1;x<i;x++){const s=r[x]-v;u+=mann_kendall_sign(s);f[h++]=s/(o[x]-w)}}const v=(i*(i-1)*(2*i+5)-tieTerm(r))/18;const w=u>0?(u-1)/Math.sqrt(v):u<0?(u+1)/Math.sqrt(v):0;const x=Math.min(1,2*normalCdf(-Math.abs(w),0,1));const _=describe_median(f);return{n:i,s:u,varS:v,z:w,tau:u/(i*(i-1)/2),pValue:x,pIncreasing:normalCdf(-w,0,1),pDecreasing:normalCdf(w,0,1),senSlope:_,intercept:describe_median(r)-_*describe_median(o)}}function pairedTTest(r,s,i=.95){const o=r.length;if(o<2)throw new RangeError(`the paired t-test needs at least 2 pairs, got ${o}`);assertLevel("ciLevel",i);const u=describe_mean(r);const f=describe_variance(r)/o;const h=o-1;if(f===0){const r=s==="less"?u<0:u>0;const i=u===0?0:Math.sign(u)*Infinity;return{t:i,df:h,pValue:r?0:1,diff:u,ci:[u,u]}}const v=Math.sqrt(f);const w=u/v;const x=s==="less"?tCdf(w,h):tCdf(-w,h);const _=tQuantile(1-(1-i)/2,h)*v;return{t:w,df:h,pValue:x,diff:u,ci:[u-_,u+_]}}const Ee=64*Number.EPSILON;function caseDifferences(r,s,i){const o=r.length;if(s.length!==o||i.length!==o)throw new RangeError(`baseline, candidate and scale must have one value per case, got ${o}, ${s.length} and ${i.length}`);const u=new Float64Array(o);for(let f=0;f<o;f++){const o=r[f];const h=s[f];const v=h-o;const w=Math.max(Math.abs(i[f]),Math.abs(o),Math.abs(h));u[f]=Math.abs(v)<=Ee*w?0:v}return u}const Ae=50;const Ce=13;const Ie=new Map;function subsetCounts(r){let s=Ie.get(r);if(s)return s;const i=r*(r+1)/2;s=new Float64Array(i+1);s[0]=1;for(let i=1;i<=r;i++){for(let r=i*(i+1)/2;r>=i;r--){s[r]=s[r]+s[r-i]}}Ie.set(r,s);return s}function signedRankTail(r,s,i){const o=subsetCounts(s);let u=0;if(i==="lower")for(let s=0;s<=Math.min(r,o.length-1);s++)u+=o[s];else for(let s=Math.max(0,r);s<o.length;s++)u+=o[s];return u/2**s}function rankNonZero(r){const s=r.length;const i=Array.from({length:s},(r,s)=>s).sort((s,i)=>Math.abs(r[s])-Math.abs(r[i]));const o=new Float64Array(s);const u=new Uint8Array(s);let f=false;let h=0;for(let u=0;u<s;){const v=Math.abs(r[i[u]]);let w=u+1;while(w<s&&Math.abs(r[i[w]])===v)w++;const x=w-u;if(x>1)f=true;h+=x*x*x-x;for(let r=u;r<w;r++)o[r]=(u+1+w)/2;u=w}i.forEach((s,i)=>u[i]=r[s]>0?1:0);return{ranks:o,positive:u,ties:f,tieTerm:h}}function permutationP(r,s,i){const o=r.length;const u=Math.abs(s)*1e-14;let f=0;for(let h=0;h<2**o;h++){let v=0;for(let s=0;s<o;s++)if(h&1<<s)v+=r[s];if(i==="greater"?v>=s-u:v<=s+u)f++}return f/2**o}function wilcoxonSignedRank(r,s){const i=Float64Array.from(r);if(i.some(r=>Number.isNaN(r)))throw new RangeError("differences must not contain NaN");const o=i.filter(r=>r!==0);const u=i.length-o.length;const f=o.length;const{ranks:h,positive:v,ties:w,tieTerm:x}=rankNonZero(o);let _=0;for(let r=0;r<f;r++)if(v[r])_+=h[r];if(f===0)return{rPlus:0,n:f,method:"asymptotic",z:null,pValue:1};if(i.length<=Ae&&!w&&u===0){const r=signedRankTail(_,f,s==="greater"?"upper":"lower");return{rPlus:_,n:f,method:"exact",z:null,pValue:r}}if(i.length<=Ce){return{rPlus:_,n:f,method:"permutation",z:null,pValue:permutationP(h,_,s)}}const S=f*(f+1)/4;const k=Math.sqrt((f*(f+1)*(2*f+1)-x/2)/24);const M=(_-S)/k;return{rPlus:_,n:f,method:"asymptotic",z:M,pValue:s==="greater"?normalCdf(-M,0,1):normalCdf(M,0,1)}}function walshReach(r){return 2**-r}function countWalshAtMost(r,s){const i=r.length;let o=0;let u=i-1;for(let f=0;f<i;f++){while(u>=f&&(r[f]+r[u])/2>s)u--;if(u<f)break;o+=u-f+1}return o}const Te=0x8000000000000000n;const Re=new DataView(new ArrayBuffer(8));const keyOf=r=>{Re.setFloat64(0,r);const s=Re.getBigUint64(0);return s&Te?-(s&~Te):s};const wilcoxon_fromKey=r=>{Re.setBigUint64(0,r<0n?-r|Te:r);return Re.getFloat64(0)};function kthWalshAverage(r,s){const i=r.length;const o=i*(i+1)/2;if(!(Number.isInteger(s)&&s>=1&&s<=o)){throw new RangeError(`k must be an integer in [1, ${o}], got ${s}`)}let u=keyOf(r[0]);let f=keyOf(r[i-1]);while(u<f){const i=u+f>>1n;if(countWalshAtMost(r,wilcoxon_fromKey(i))>=s)f=i;else u=i+1n}return wilcoxon_fromKey(u)+0}function walshInterval(r,s=.95){const i=sortedCopy(r);const o=i.length;if(o<1)throw new RangeError("the Walsh interval needs at least 1 difference");if(Number.isNaN(i[o-1]))throw new RangeError("differences must not contain NaN");if(!(s>0&&s<1))throw new RangeError("ciLevel must be in (0, 1)");const u=o*(o+1)/2;const f=(1-s)/2;let h=o<=Ae&&!i.includes(0);if(h){const r=sortAscending(Float64Array.from(i,Math.abs));for(let s=1;s<o;s++)if(r[s]===r[s-1])h=false}let v;if(h){v=0;while(signedRankTail(v,o,"lower")<f)v++}else{const r=normalQuantile(1-f,0,1);v=Math.floor(u/2-r*Math.sqrt(o*(o+1)*(2*o+1)/24))}const w=v<1?Math.max(f,walshReach(o)):f;v=Math.max(1,v);const x=Math.ceil(u/2);const _=u%2===0?(kthWalshAverage(i,x)+kthWalshAverage(i,x+1))/2:kthWalshAverage(i,x);return{estimate:_,ci:[kthWalshAverage(i,v),kthWalshAverage(i,u+1-v)],alpha:w}}function assertTrials(r,s,i){if(!Number.isInteger(s)||s<0)throw new RangeError(`n must be a whole number, got ${s}`);if(!Number.isInteger(r))throw new RangeError(`k must be a whole number, got ${r}`);if(!(i>=0&&i<=1))throw new RangeError(`p must be in [0, 1], got ${i}`)}function pmfSum(r,s,i,o){const u=Math.min(i,Math.floor((i+1)*o));const f=o/(1-o);let h=1;let v=u>=r&&u<=s?1:0;let w=1;for(let o=u;o<i&&w>0;o++){w*=(i-o)/(o+1)*f;h+=w;if(o+1>=r&&o+1<=s)v+=w}w=1;for(let o=u;o>0&&w>0;o--){w*=o/(i-o+1)/f;h+=w;if(o-1>=r&&o-1<=s)v+=w}return v/h}function binomialCdf(r,s,i){assertTrials(r,s,i);if(r<0)return 0;if(r>=s)return 1;if(i===0)return 1;if(i===1)return 0;const o=s*i;return r<o?pmfSum(0,r,s,i):1-pmfSum(r+1,s,s,i)}function binomialUpperTail(r,s,i){assertTrials(r,s,i);return binomialCdf(s-r,s,1-i)}function solve(r,s,i){let o=0;let u=1;for(let f=0;f<200;f++){const f=(o+u)/2;if(f===o||f===u)break;if(r(f)<s===i)o=f;else u=f}return(o+u)/2}function clopperPearson(r,s,i){assertTrials(r,s,.5);if(s<1||r<0||r>s)throw new RangeError(`need 0 <= k <= n and n >= 1, got ${r}, ${s}`);if(!(i>0&&i<1))throw new RangeError(`ciLevel must be in (0, 1)`);const o=(1-i)/2;const u=r===0?0:solve(i=>binomialUpperTail(r,s,i),o,true);const f=r===s?1:solve(i=>binomialCdf(r,s,i),o,false);return[u,f]}function mcnemarExact(r,s,i,o,u=.95){for(const[o,u]of[["up",r],["down",s],["cases",i]]){if(!Number.isInteger(u)||u<0)throw new RangeError(`${o} must be a whole number, got ${u}`)}if(i<1||r+s>i){throw new RangeError(`need 1 <= cases and up + down <= cases, got ${r}, ${s}, ${i}`)}assertLevel("ciLevel",u);const f=r+s;const h=(r-s)/i;const v=(1+u)/2;const[w,x]=clopperPearson(f,i,v);const[_,S]=f>0?clopperPearson(r,f,v):[0,1];const k=2*_-1;const M=2*S-1;const N=[k<0?x*k:w*k,M>0?x*M:w*M];if(f===0)return{up:r,down:s,pValue:1,diff:h,ci:N};const $=o==="less"?binomialCdf(r,f,.5):binomialCdf(s,f,.5);return{up:r,down:s,pValue:$,diff:h,ci:N}}const Oe=2e7;function stratifiedExact(r,s,i=Oe){const o=stratifiedTails(r,i);return{pValue:o[s],exact:o.exact}}function stratifiedTails(r,s=Oe){const i=[];let o=0;let u=0;let f=0;let h=0;for(const s of r){for(const[r,i]of[[s.kc,s.nc],[s.kb,s.nb]])if(!(Number.isInteger(r)&&Number.isInteger(i)&&r>=0&&i>=1&&r<=i))throw new RangeError(`successes must be whole numbers within 1 or more calls, got ${r} of ${i}`);const r=s.kc+s.kb;if(r===0||r===s.nc+s.nb)continue;i.push(s);const[v,w]=range(s);o+=s.kc;u+=v;f+=w-v;h+=(f+1)*(w-v+1)}if(i.length===0)return{less:1,greater:1,exact:true};if(h>s)return{less:approximate(i,o,"less"),greater:approximate(i,o,"greater"),exact:false};let v=new Float64Array(f+1);let w=new Float64Array(f+1);v[0]=1;let x=0;for(const r of i){const[s,i]=range(r);const o=r.nc+r.nb;const u=r.kc+r.kb;const f=Array.from({length:i-s+1},(i,f)=>hypergeometricPmf(s+f,o,u,r.nc));w.fill(0,0,x+f.length);for(let r=0;r<=x;r++){const s=v[r];if(s===0)continue;for(let i=0;i<f.length;i++)w[r+i]+=s*f[i]}[v,w]=[w,v];x+=f.length-1}const _=o-u;let S=0;let k=0;for(let r=0;r<=_;r++)S+=v[r];for(let r=x;r>=_;r--)k+=v[r];return{less:Math.min(1,S),greater:Math.min(1,k),exact:true}}function stratifiedLean(r){let s=0;for(const i of r)s+=i.kc-i.nc*(i.kc+i.kb)/(i.nc+i.nb);return s}function range(r){const s=r.kc+r.kb;return[Math.max(0,s-r.nb),Math.min(r.nc,s)]}function approximate(r,s,i){let o=0;let u=0;for(const s of r){const r=s.nc+s.nb;const i=s.kc+s.kb;o+=s.nc*i/r;u+=s.nc*s.nb*i*(r-i)/(r*r*(r-1))}const f=Math.sqrt(u);return i==="less"?normalCdf((s-o+.5)/f,0,1):normalCdf((o-s+.5)/f,0,1)}function stratifiedInterval(r,s,i){const o=r.length;if(o<2||s.length!==o)throw new RangeError(`need at least 2 cases, one stratum each, got ${o} and ${s.length}`);assertLevel("level",i);let u=0;let f=0;let h=0;for(const r of s){u+=r.kc+r.kb;f+=r.nc+r.nb;h+=1/r.nc+1/r.nb}const v=(u+2)/(f+4);const w=v*(1-v)*h/o;const x=Math.sqrt(Math.max(describe_variance(r),w));const _=describe_mean(r);const S=tQuantile(1-(1-i)/2,o-1)*(x/Math.sqrt(o));return{ci:[Math.max(-1,_-S),Math.min(1,_+S)],sd:x}}function stratifiedT(r,s,i){const o=r.length;const{sd:u}=stratifiedInterval(r,s,.95);const f=describe_mean(r)/(u/Math.sqrt(o));return i==="less"?tCdf(f,o-1):tCdf(-f,o-1)}function paired_power_zSum(r,s){for(const[i,o]of[["alpha",r],["power",s]]){if(!(o>0&&o<1))throw new RangeError(`${i} must be strictly between 0 and 1, got ${o}`)}return[normalQuantile(1-r,0,1),normalQuantile(s,0,1)]}const cases=r=>r===Infinity?Infinity:Math.max(2,Math.ceil(r));function casesForDifferences(r,s,i,o=.8,u=false){if(!(r>=0))throw new RangeError("the standard deviation must be >= 0");const[f,h]=paired_power_zSum(i,o);if(s===0)return Infinity;const v=(f+h)**2*r**2/s**2;return cases(u?v/$e:v)}function casesForMcNemar(r,s,i,o=.8){if(!(r>=0&&r<=1)){throw new RangeError(`discordance must be in [0, 1], got ${r}`)}const[u,f]=paired_power_zSum(i,o);if(s===0)return Infinity;const h=Math.max(r,Math.abs(s));return cases((u*Math.sqrt(h)+f*Math.sqrt(h-s*s))**2/s**2)}function commonMean(r){const s=r[0]?.mean;if(s===undefined)return null;return r.every(r=>r.mean===s)?s:null}function momentsOf(r){let s=0;let i=0;let o=0;for(let u=0;u<r.length;u++){const f=r[u];s+=1;const h=f-i;i+=h/s;o+=h*(f-i)}return{n:s,mean:i,m2:o}}function varianceComponents(r){const s=r.filter(r=>r.n>0);const i=s.length;const o=s.reduce((r,s)=>r+s.n,0);if(i<2||o-i<1)return null;const u=commonMean(s)??s.reduce((r,s)=>r+s.n*s.mean,0)/o;const f=s.reduce((r,s)=>r+s.n*(s.mean-u)**2,0);const h=s.reduce((r,s)=>r+s.m2,0);const v=f/(i-1);const w=h/(o-i);const x=(o-s.reduce((r,s)=>r+s.n*s.n,0)/o)/(i-1);const _=w>0?v/w:v>0?Infinity:NaN;const S=Math.max(0,(v-w)/x);return{days:i,calls:o,grandMean:u,msBetween:v,msWithin:w,f:_,n0:x,tau2:S}}function dayLevelShift(r,s){const i=varianceComponents(s);if(i===null||r.n<2)return null;const{tau2:o,msWithin:u}=i;const f=s.filter(r=>r.n>0);const h=f.map(r=>1/(u/r.n+o));const v=h.reduce((r,s)=>r+s,0);let w;let x;if(Number.isFinite(v)&&v>0){w=commonMean(f)??f.reduce((r,s,i)=>r+h[i]*s.mean,0)/v;x=1/v}else{w=i.grandMean;x=0}const _=(r.m2>0?r.m2/(r.n-1):u)/r.n;const S=o+x;const k=_+S;const M=r.mean-w;const N=Math.sqrt(k);const $=o>0?i.days-1:i.calls-i.days;const E=k>0?k**2/(_**2/(r.n-1)+S**2/$):1;const C=M===0?0:M>0?1:-1;const I=N===0?C*Infinity||0:M/N;return{reference:w,diff:M,se:N,t:I,df:E,components:i}}function shiftPValue(r,s){const i=(s==="less"?1:-1)*(r.diff===0?0:r.diff>0?1:-1);if(r.se===0)return i<0?0:1;return tCdf(s==="less"?r.t:-r.t,r.df)}function shiftPValues(r){return{pLess:shiftPValue(r,"less"),pGreater:shiftPValue(r,"greater")}}function dayLevelTest(r,s,i=.95){const o=dayLevelShift(r,s);if(o===null)return null;const{reference:u,diff:f,se:h,t:v,df:w,components:x}=o;const _=shiftPValues(o);const S=h===0?[f,f]:dayLevelInterval({diff:f,se:h,df:w},i);return{reference:u,diff:f,se:h,t:v,df:w,pLess:_.pLess,pGreater:_.pGreater,ci:S,components:x}}function dayLevelInterval(r,s){if(r.se===0)return[r.diff,r.diff];const i=tQuantile(1-(1-s)/2,r.df);return[r.diff-i*r.se,r.diff+i*r.se]}function metricStatus(r,s,i,o,u){const is=(r,s=false)=>({status:r,underpowered:s});if(r.notTested!==undefined)return is("inconclusive");if(s===null||i===null||r.worseBy===null)return is("insufficient_data");if(s<u)return is(reachesThreshold(r.worseBy,r.threshold)?"regressed":"degraded");if((r.leftOut??0)>0)return is("inconclusive");if(i<u)return is("improved");if(o!==null&&!reachesThreshold(o,r.threshold))return is("unchanged");return r.worseBy<=0?is("unchanged",true):is("inconclusive")}function adjustFamily(r,s,i=.05){const o=r.flat().filter(r=>r.pWorse!==null&&r.pBetter!==null);const u=o.map(r=>r.pWorse);const f=o.map(r=>r.pBetter);const[h,v]=[adjustPValues(u,s),adjustPValues(f,s)];const[w,x]=[localLevels(u,i,s),localLevels(f,i,s)];return new Map(o.map((r,s)=>[r,{p:[h[s],v[s]],level:[w[s],x[s]]}]))}function settleSize(r,s,i){if(r.test==="day_level_t")return null;const o=Math.min(r.candidate.n,r.baseline.n);const u=r.worseBy;const f=u!==null&&u>=r.threshold;let h=f?0:r.samplesNeeded(i)??0;if(s!==null&&u!==null&&u>0&&o>0){const i=s-u;const f=Math.max(r.threshold-u,u);if(i>0&&f>0)h=Math.max(h,Math.ceil(o*(i/f)**2))}const v=r.pWorse;if(f&&o>0&&v!==null&&v>i&&v<.25){const r=normalQuantile(1-v,0,1);h=Math.max(h,Math.ceil(o*(normalQuantile(1-i,0,1)/r)**2))}return h>o&&Number.isFinite(h)?h:null}function decideFamily(r,s){const i=adjustFamily(r,s.correction,s.alpha);return r.map(r=>r.map(r=>{const o=i.get(r);const u=o&&r.interval?r.interval(o.level[0],o.level[1]):null;const reach=s=>Math.max(s,r.minAlpha??0);const f=o!==undefined&&reach(o.level[1])>o.level[1];const h=u===null||f?null:r.worseOf(u[r.worseEnd]);const{status:v,underpowered:w}=metricStatus(r,o?.p[0]??null,o?.p[1]??null,h,s.alpha);const x=o?r.worseEnd===0?[reach(o.level[1]),reach(o.level[0])]:[reach(o.level[0]),reach(o.level[1])]:null;const _=v==="inconclusive"||w;return{metric:r.metric,status:v,baseline:r.baseline,candidate:r.candidate,relative_change:r.relativeChange,absolute_change:r.absoluteChange,test:r.test??r.spec.test,p_value:r.pWorse,p_value_adjusted:o?.p[0]??null,ci:u,ci_alpha:u===null?null:x,threshold:r.threshold,samples_needed:_&&o?settleSize(r,h,o.level[0]):null,underpowered:w,secondary:r.secondary,...r.notTested!==undefined?{not_tested:r.notTested}:{},...r.pairing}}))}function oneLine(r,s=200){const i=r.replace(/[\u0000-\u001f\u007f]+/g," ").trim();return i.length>s?`${i.slice(0,s)}…`:i}class StoreError extends UserError{code;label;sqlite;name="StoreError";constructor(r,s,i,o){super(`Cannot read store ${JSON.stringify(oneLine(s))}: ${i}`);this.code=r;this.label=s;this.sqlite=o}}const qe=1e3;const Le=`substr(timestamp, 1, ${qe})`;const De=`max(julianday(timestamp)), ${Le}`;function column(r,s,i){if(!r.has(s))return"NULL";return i===undefined?`"${s}"`:`${i}."${s}"`}function numeric(r,s,i){const o=column(r,s,i);return o==="NULL"?o:`CASE WHEN ${o} < '' AND ${o} > -9e999 AND ${o} < 9e999 THEN ${o} END`}function capped(r,s,i,o){const u=column(r,s,o);return u==="NULL"?u:cappedText(u,i)}function cappedText(r,s){return`CASE WHEN typeof(${r}) <> 'text' THEN substr(${r}, 1, ${s}) `+`WHEN length(CAST(${r} AS BLOB)) <= ${s} THEN ${r} `+`WHEN instr(CAST(${r} AS BLOB), X'00') > 0 THEN CAST(substr(CAST(${r} AS BLOB), 1, ${s}) AS TEXT) `+`ELSE substr(${r}, 1, ${s}) END`}const Fe=new WeakMap;function guardQueries(r,s){Fe.set(r,s)}function verifyReads(r){Fe.get(r)?.verify()}function failure(r,s){if(!r)return s;r.verify();const i=s instanceof Error?s.message:String(s);return new StoreError("corrupt",r.label,`SQLite cannot read it (${oneLine(i)}).`,i)}const je=new WeakMap;const Be=64;function take(r,s){const i=je.get(r);const o=i?.get(s);if(o&&i){i.delete(s);return o}return r.prepare(s)}function giveBack(r,s,i){let o=je.get(r);if(!o)je.set(r,o=new Map);i.reset();o.set(s,i);if(o.size>Be){const[r,s]=o.entries().next().value;o.delete(r);s.free()}}function forEachRow(r,s,i,o){const u=Fe.get(r);let f;try{f=take(r,s)}catch(r){throw failure(u,r)}let h=false;try{f.bind(i);for(;;){let r;try{r=f.step()}catch(r){throw failure(u,r)}if(!r)break;o(f.get())}h=true}finally{if(h)giveBack(r,s,f);else f.free()}u?.verify()}function allRows(r,s,i=[]){const o=[];forEachRow(r,s,i,r=>o.push(r));return o}function usesIndex(r,s,i){const o=allRows(r,`EXPLAIN QUERY PLAN ${s}`,i).map(r=>String(r[3]));return o.some(r=>/USING (COVERING )?INDEX/.test(r))&&!o.some(r=>/TEMP/.test(r))}function indexInPlan(r,s){for(const[,,,i]of allRows(r,`EXPLAIN QUERY PLAN ${s}`)){const r=/USING (?:COVERING )?INDEX (\S+)(?: |$)/.exec(String(i))?.[1];if(r!==undefined)return r}return null}function num(r){return typeof r==="number"&&Number.isFinite(r)?r:null}function str(r){return r===null||r===undefined||r instanceof Uint8Array?null:String(r)}function utf8Text(r){return allRows(r,"PRAGMA encoding")[0]?.[0]==="UTF-8"}function sqliteMs(r){return Math.trunc(r*864e5+.5)}const Pe=21086676e7;function timestampsById(r,s){const i=[...new Set(s.filter(r=>Number.isSafeInteger(r)))];const o=new Map;if(i.length===0)return o;for(const[s,u]of allRows(r,`SELECT id, ${Le} FROM prompt_metrics WHERE id IN (SELECT value FROM json_each(?))`,[JSON.stringify(i)]))if(typeof u==="string"&&!o.has(Number(s)))o.set(Number(s),u);return o}const We=new WeakMap;const Ue=1e4;function askOnce(r,s,i,o=true){let u=We.get(r);if(!u)We.set(r,u=new Map);const f=`${s}\0${typeof i}\0${i}`;if(u.has(f))return u.get(f);const h=allRows(r,s,[i])[0]?.[0];if(o&&u.size<Ue)u.set(f,h);return h}function julian(r,s,i){const o=julianOrNull(r,s);if(o===null)throw new RangeError(`${i} is not an ISO 8601 time: ${JSON.stringify(s)}`);return o}function julianOrNull(r,s){const i=!/[a-z]/i.test(s.replace(/[TZ]/g,""));return num(askOnce(r,"SELECT julianday(?)",s,i))}function timeRange(r,s,i){const o=[];const u=[];const f=s===undefined?undefined:julian(r,s,"since");const h=i===undefined?undefined:julian(r,i,"until");if(f!==undefined){o.push("julianday(timestamp) >= ?");u.push(f)}if(h!==undefined){o.push("julianday(timestamp) < ?");u.push(h)}return{sql:o.map(r=>` AND ${r}`).join(""),params:u,...f===undefined?{}:{from:f},...h===undefined?{}:{to:h}}}function below(r){const s=new DataView(new ArrayBuffer(8));s.setFloat64(0,r);s.setBigUint64(0,s.getBigUint64(0)-1n);return s.getFloat64(0)}const ze=2**51;class NeumaierSum{n=0;exact=true;sum=0;err=0;add(r){const s=this.sum;const i=s+r;if(Math.abs(s)>Math.abs(r))this.err+=s-i+r;else this.err+=r-i+s;this.sum=i;this.n++;if(Math.abs(r)>=ze||Math.abs(i)>=ze)this.exact=false}total(){return Number.isFinite(this.err)?this.sum+this.err:this.sum}mean(){if(this.n===0)return null;return this.total()/this.n}}const Ve=1e3;function compareText(r,s){return Buffer.compare(Buffer.from(r,"utf8"),Buffer.from(s,"utf8"))}function compareNumber(r,s){if(r===null||s===null)return r===s?0:r===null?-1:1;return r<s?-1:r>s?1:0}function compareGroup(r,s){if(r.kind!==s.kind)return r.kind-s.kind;if(r.kind===1){const i=compareText(r.model,s.model);if(i!==0)return i}else if(r.kind===2){const i=Buffer.compare(r.blob,s.blob);if(i!==0)return i}return compareNumber(r.temperature,s.temperature)||compareNumber(r.maxTokens,s.maxTokens)}function spanContexts(r,s,i){const o=new Float64Array(r.groups.length);const{jds:u,group:f,n:h}=r;for(let r=0;r<h;r++){const h=u[r];if(h>=s&&h<i)o[f[r]]+=1}const v=r.groups.map((r,s)=>({g:r,calls:o[s]}));return v.filter(r=>r.calls>0).sort((r,s)=>s.calls-r.calls||compareGroup(r.g,s.g)).slice(0,Ve).map(({g:r,calls:s})=>({model:r.model,temperature:r.temperature,maxTokens:r.maxTokens,calls:s}))}function groupFilter(r,s){const i=s===undefined?null:new Set(s);return Uint8Array.from(r.groups,r=>i===null||r.kind===1&&i.has(r.model)?1:0)}const He=new WeakMap;function byNewest(r){let s=He.get(r);if(s)return s;const{jds:i,ids:o,n:u}=r;const before=(r,s)=>i[s]-i[r]||o[s]-o[r];s=new Uint32Array(u);for(let r=0;r<u;r++)s[r]=u-1-r;let f=0;for(let r=1;r<u&&f<=4*u;r++){const i=s[r];let o=r-1;for(;o>=0&&before(i,s[o])<0;o--)s[o+1]=s[o];s[o+1]=i;f+=r-1-o}if(f>4*u)s.sort(before);He.set(r,s);return s}function spanSamples(r,s,i,o,u,f){const h=groupFilter(r,f);const v=s.map(s=>r.values[s]);const w=u===undefined?r.n:Math.min(u,r.n);const x=s.map(()=>new Float64Array(w));const _=new Uint32Array(s.length);let S=0;let k=Infinity;let M=-Infinity;let N=NaN;let $=NaN;const visit=s=>{S++;const i=r.jds[s];if(i<k){k=i;N=r.ids[s]}if(i>M){M=i;$=r.ids[s]}for(let r=0;r<v.length;r++){const i=v[r][s];if(!Number.isNaN(i))x[r][_[r]++]=i}};const selected=s=>{const u=r.jds[s];return u>=i&&u<o&&h[r.group[s]]===1};if(u===undefined){for(let s=0;s<r.n;s++)if(selected(s))visit(s)}else{const s=byNewest(r);for(let r=0;r<s.length&&S<u;r++)if(selected(s[r]))visit(s[r])}const E={};s.forEach((r,s)=>E[r]=x[s].slice(0,_[s]));return{rows:S,values:E,minId:N,maxId:$}}function sqliteDay(r){return Math.floor((sqliteMs(r)+432e5)/864e5)}const finite=r=>r!==null&&Number.isFinite(r)?r:null;function spanDaily(r,s,i,o,u){const f=new Map;const h=new Float64Array(0);const[v,w,x,_]=["quality_score","success","cost_eur","latency_ms"].map(s=>r.values[s]??h);const{jds:S,n:k}=r;let M=NaN;let N;for(let r=0;r<k;r++){const o=S[r];if(!(o>=s&&o<i))continue;const u=sqliteDay(o);if(u!==M||!N){M=u;N=f.get(M);if(!N){N={calls:0,q:new NeumaierSum,s:new NeumaierSum,c:new NeumaierSum,latency:[]};f.set(M,N)}}N.calls+=1;if(r<v.length&&!Number.isNaN(v[r]))N.q.add(v[r]);if(r<w.length&&!Number.isNaN(w[r]))N.s.add(w[r]);if(r<x.length&&!Number.isNaN(x[r]))N.c.add(x[r]);if(r<_.length&&!Number.isNaN(_[r]))N.latency.push(_[r])}const $=[];for(const[r,s]of f){if(!(s.q.exact&&s.s.exact&&s.c.exact))return null;const i=s.c.total();$.push({day:u(r),calls:s.calls,quality:finite(s.q.mean()),latencyP50:o&&s.latency.length>0?describe_quantile(sortAscending(Float64Array.from(s.latency)),.5):null,successRate:finite(s.s.mean()),costPerCall:finite(s.c.mean()),costTotal:Number.isFinite(i)?i:0})}return $.sort((r,s)=>r.day<s.day?-1:r.day>s.day?1:0)}function spanDays(r,s,i){const o=new Map;const{jds:u,n:f}=r;for(let r=0;r<f;r++){const f=u[r];if(!(f>=s&&f<i))continue;const h=sqliteDay(f);o.set(h,(o.get(h)??0)+1)}return[...o].sort((r,s)=>r[0]-s[0])}function spanBlocks(r,s,i){const o=groupFilter(r,i);const u=s.metrics.map(s=>r.values[s]);const{jds:f,group:h,n:v}=r;for(let r=0;r<v;r++){const i=f[r];if(i>=s.from&&i<s.to&&o[h[r]]===1)s.addRow(i,u,r)}return s.finish()}const Ge=new Set(["latency_ms"]);const Je=2440587.5;const Qe=1e4;class Welford{n=0;mean=0;m2=0;add(r){this.n+=1;const s=r-this.mean;this.mean+=s/this.n;this.m2+=s*(r-this.mean)}}class BlockFold{q;metrics;from;to;until;untilMs;calls;folds;logs;constructor(r,s,i){this.q=r;if(!Number.isInteger(r.count)||r.count<1||r.count>Qe)throw new RangeError(`count must be a whole number in 1..${Qe}, got ${r.count}`);if(!(r.blockMs>0))throw new RangeError(`blockMs must be positive, got ${r.blockMs}`);this.metrics=[...new Set(r.metrics)].filter(r=>s.metrics.has(r));const o=i(r.until);this.until=o;this.untilMs=Math.round((o-Je)*864e5);const u=r.blockMs/864e5;const f=1/864e5;this.from=o-u*r.count-f;this.to=o+f;this.calls=new Array(r.count).fill(0);this.folds=Array.from({length:r.count},()=>this.metrics.map(()=>new Welford));this.logs=this.metrics.map(r=>Ge.has(r))}add(r,s,i){const o=this.enter(r);if(o)for(let r=0;r<this.metrics.length;r++)this.fold(o,r,s[i+r])}addRow(r,s,i){const o=this.enter(r);if(o)for(let r=0;r<this.metrics.length;r++)this.fold(o,r,s[r][i])}enter(r){const s=Math.round((r-Je)*864e5);const i=Math.ceil((this.untilMs-s)/this.q.blockMs)-1;if(i<0||i>=this.q.count)return null;this.calls[i]=(this.calls[i]??0)+1;return this.folds[i]}fold(r,s,i){if(typeof i!=="number"||!Number.isFinite(i))return;if(this.logs[s]){if(i>0)r[s].add(Math.log(i))}else r[s].add(i)}finish(){return this.calls.map((r,s)=>{const i={};this.metrics.forEach((r,o)=>{const u=this.folds[s][o];i[r]={n:u.n,mean:u.n>0?u.mean:0,m2:u.m2}});return{index:s,calls:r,metrics:i}})}}function readBlocks(r,s,i,o=()=>null){const u=new BlockFold(i,s,s=>julian(r,s,"until"));const f=i.models??null;if(f!==null&&f.length===0)return u.finish();const h=o(u.from,u.until);if(h)return spanBlocks(h,u,i.models);const v=`SELECT julianday(timestamp), ${u.metrics.map(r=>column(s.callColumns,r)).join(", ")||"NULL"} `+"FROM prompt_metrics WHERE version_id = ? AND julianday(timestamp) >= ? AND julianday(timestamp) < ?"+(f?` AND ${column(s.callColumns,"model_name")} IN (${f.map(()=>"?").join(", ")})`:"");const w=[i.versionId,u.from,u.to,...f??[]];forEachRow(r,v,w,r=>{const s=r[0];if(typeof s==="number")u.add(s,r,1)});return u.finish()}function endsAt(r,s,i){const level=r=>Math.max(1-2*r,1e-12);const o=r(level(s));const u=i===s?o:r(level(i));return[o[0],u[1]]}function oneSidedEnds(r,s){return(i,o)=>s.better==="higher"?endsAt(r,o,i):endsAt(r,i,o)}const Ye=1e150;function largest(r,s){let i=0;for(let s=0;s<r.length;s++)if(Math.abs(r[s])>i)i=Math.abs(r[s]);for(let r=0;r<s.length;r++)if(Math.abs(s[r])>i)i=Math.abs(s[r]);return i}function highest(r){let s=-Infinity;for(let i=0;i<r.length;i++)if(r[i]>s)s=r[i];return s}const Xe=1.5;function otherScale(r,s){const fractional=r=>r.some(r=>r>0&&r<1);const[i,o]=[highest(r),highest(s)];const past=r=>r.reduce((r,s)=>s>=Xe?r+1:r,0);const say=(r,s,i,o)=>`${past(s)} of the ${r}'s ${s.length} scores ${past(s)===1?"is":"are"} ${Xe} or more (up to ${i.toPrecision(3)}), while the ${o}'s stay within about 0 to 1: another scale, or scores logged wrong; log both on one scale`;if(i<Xe&&o>=Xe&&(i<=1||fractional(r)))return say("candidate",s,o,"baseline");if(o<Xe&&i>=Xe&&fractional(s))return say("baseline",r,i,"candidate");return null}function notBoolean(r,s){const odd=r=>r.reduce((r,s)=>s===0||s===1?r:r+1,0);const[i,o]=[odd(s),odd(r)];if(i+o===0)return null;const[u,f,h]=i>0?["candidate",s,i]:["baseline",r,o];const v=f.find(r=>r!==0&&r!==1);const w=i>0&&o>0?" (and some of the baseline's too)":"";return`${h} of the ${u}'s ${f.length} success values ${h===1?"is":"are"} neither 0 nor 1 (${v.toPrecision(3)})${w}: a call succeeds or not; log success as True or False`}const Ke=100;function otherUnit(r,s){if(r===null||s===null||!(s>=0))return null;if(s===0?r<1:r<Ke*s)return null;const i=s===0?"far":`${Math.round(r/s)} times`;return`the candidate's median latency is ${i} lower than the baseline's (${s.toPrecision(3)} against ${r.toPrecision(3)}): seconds logged as milliseconds, or a cache that came; log both in milliseconds`}const finiteOrNull=r=>r!==null&&Number.isFinite(r)?r:null;function side(r,s,i,o){if(r.length===0)return{n:0,mean:null,median:null};return{n:r.length,mean:finiteOrNull(describe_mean(r)),median:s.center==="rate"||!o?null:finiteOrNull(medianOfSorted(i()))}}function center(r,s){return s.center==="median"?r.median:r.mean}function successes(r){let s=0;for(let i=0;i<r.length;i++)if(r[i]!==0)s+=1;return s}const sd=r=>Math.sqrt(describe_variance(r));const Ze={fisher_exact:(r,s,i)=>{const o=successes(s);const u=successes(r);const f=u/r.length;return{p:i=>fisherExact(o,s.length,u,r.length,i).pValue,at:i=>newcombeInterval(o,s.length,u,r.length,i),samplesNeeded:r=>samplesForRates(f,Math.max(0,f-i),r),secondary:[]}},mann_whitney_u:(r,s,i,o)=>{const u=sd(s);const f=sd(r);const h=once(()=>mannWhitneyUs(s,r,o()));const v=once(()=>welch(s,r));return{p:r=>h()(r).pValue,at:i=>hodgesLehmann(s,r,i,o()).ci,samplesNeeded:r=>{let s=1;while(rankReach(s,s)>r)s++;return Math.max(samplesForMedians(u,f,i,r),s)},minAlpha:rankReach(s.length,r.length),secondary:[["welch_t",r=>v().p(r)]]}},welch_t:(r,s,i,o)=>{const u=sd(s);const f=sd(r);const h=once(()=>welch(s,r));const v=once(()=>mannWhitneyUs(s,r,o()));return{p:r=>h().p(r),at:r=>h().ci(r),samplesNeeded:r=>samplesForMeans(u,f,i,r),secondary:[["mann_whitney_u",r=>v()(r).pValue]]}}};function rankReach(r,s){const[i,o]=r<s?[r,s]:[s,r];let u=1;for(let r=1;r<=i&&u>0;r++)u*=r/(o+r);return u}function once(r){let s;return()=>(s??={v:r()}).v}function testMetric(r,s,i,o){const u=_[r];const f=once(()=>sortedSides(i,s));const h=!o.worseOnly||u.center==="median";const v=side(s,u,()=>f().baseline,h);const w=side(i,u,()=>f().candidate,h);const x=center(v,u);const S=center(w,u);const k=x!==null&&S!==null?S-x:null;const M=k!==null&&x!==null&&x!==0?k/Math.abs(x):null;const N={metric:r,spec:u,baseline:v,candidate:w,relativeChange:M,absoluteChange:k,threshold:o.threshold,worseBy:k!==null&&x!==null?toWorse(k,x,u):null,worseOf:r=>toWorse(r,x??0,u),worseEnd:u.better==="higher"?0:1};const $=v.n>=o.minSamples&&w.n>=o.minSamples;const E={...N,pWorse:null,pBetter:null,interval:null,secondary:[],samplesNeeded:()=>null};const C=N.worseBy!==null&&reachesThreshold(N.worseBy,o.threshold);if(o.worseOnly&&!C)return E;const I=$?largest(s,i):0;if(I>Ye)return{...E,worseBy:null,notTested:`a value of ${I.toPrecision(3)} is too large to test (the limit is ±${Ye.toPrecision(1)}); check how it was logged`};const T=$&&r==="quality_score"?otherScale(s,i):null;if(T!==null)return{...E,worseBy:null,notTested:T};const O=$&&r==="success"?notBoolean(s,i):null;if(O!==null)return{...E,worseBy:null,notTested:O};const D=$&&r==="latency_ms"?otherUnit(x,S):null;if(D!==null)return{...E,worseBy:null,notTested:D};if(!$||x===null)return E;const F=u.threshold==="points"?o.threshold:o.threshold*Math.abs(x);const j=Ze[u.test](s,i,F,f);const U=u.better==="higher"?"less":"greater";const z=u.better==="higher"?"greater":"less";const V=j.secondary.map(([r,s])=>({test:r,p_value:s(U)}));return{...N,pWorse:j.p(U),pBetter:j.p(z),interval:oneSidedEnds(j.at,u),...j.minAlpha!==undefined?{minAlpha:j.minAlpha}:{},secondary:V,samplesNeeded:j.samplesNeeded}}const et=.9;const tt=5;function lacksValues(r,s,i){if(r.rows===0)return 0;const share=r=>r.rows>0?(r.values[i]?.length??0)/r.rows:1;const o=s.rows-(s.values[i]?.length??0);return share(r)>=et&&share(s)<et&&o>=tt?o:0}function failures(r){const s=r.values.success;let i=0;if(s)for(let r=0;r<s.length;r++)if(s[r]===0)i++;return i}const rt={latency_ms:{what:"latency (NULL, text, or not a finite number, such as a timeout logged as infinity)",hides:"the slowest calls may be the ones left out; log a timeout's real duration"},quality_score:{what:"quality score (NULL, text, or not a finite number, such as a failure scored as -infinity)",hides:"the worst calls may be the ones left out; score every call, a bad answer with a low score"}};function unmeasured(r,s,i){const o=rt[r];if(o===undefined)return null;const unexplained=s=>Math.max(0,s.rows-(s.values[r]?.length??0)-failures(s));const u=unexplained(i);const f=s.rows>0&&unexplained(s)<(1-et)*s.rows&&u>=(1-et)*i.rows&&u>=tt;return f?`${u} of the candidate's ${i.rows} calls that did not fail have no ${o.what}, though the baseline has one on nearly every call: ${o.hides}`:null}const nt={latency_ms:"latency",cost_eur:"cost",total_tokens:"token count"};const st=.01;function negative(r,s,i){const o=nt[r];if(o===undefined)return null;for(const[u,f]of[["candidate",i],["baseline",s]]){const s=f.values[r];let i=0;let h=0;let v=0;let w=0;if(s)for(let r=0;r<s.length;r++){w+=Math.abs(s[r]);if(s[r]<0)[i,h,v]=[i+1,Math.min(h,s[r]),v-s[r]]}const x=r==="latency_ms"?i>=st*(s?.length??0):v>=st*w;if(i>0&&x)return`${i} of the ${u}'s ${s.length} calls ${i===1?"has":"have"} a negative ${o} (down to ${formatSignificant(h,3)}), which no call can have: check how it was logged${r==="cost_eur"?" (the token counts and prices it comes from)":""}`}return null}function unflagged(r,s){const i=lacksValues(r,s,"success");return i>0?`${i} of the candidate's ${s.rows} calls have no success value (NULL or text), though the baseline has one on nearly every call: they may be its failures; log a failed call with success=False`:null}const it={latency_ms:"latencies",cost_eur:"costs",total_tokens:"token counts"};function neverSucceeded(r){const s=r.values.success?.length??0;return s>0&&s>=et*r.rows&&failures(r)===s}function failedThroughout(r,s,i,o){const u=it[r];if(u===undefined)return null;const[f,h]=o();if(!f&&!h)return null;if(f&&h)return`every call of both versions failed (success 0): their ${u} are those of failures, not of the prompts; make the calls succeed and evaluate again`;const[v,w]=f?["baseline",s.rows]:["candidate",i.rows];return`every one of the ${v}'s ${w} calls failed (success 0): its ${u} are those of failures, not comparable with ones of calls that succeeded`}function testMetrics(r,s,i,o,u=false){const values=(r,s)=>r.values[s]??new Float64Array;let f;const sidesFailed=()=>f??=[neverSucceeded(s),neverSucceeded(i)];return r.filter(r=>values(s,r).length+values(i,r).length>0).map(r=>{const f=testMetric(r,values(s,r),values(i,r),{minSamples:o.minSamples,threshold:o.thresholds[r],worseOnly:u});const h=values(i,r).length<o.minSamples&&i.rows>=o.minSamples&&values(s,r).length>=o.minSamples;const v=f.pWorse===null?h?r==="success"?unflagged(s,i):unmeasured(r,s,i):null:r==="success"?unflagged(s,i):negative(r,s,i)??failedThroughout(r,s,i,sidesFailed)??unmeasured(r,s,i);return v===null?f:{...f,pWorse:null,pBetter:null,interval:null,secondary:[],worseBy:null,notTested:v}})}function regressedUncorrected(r,s){return r.some(r=>r.pWorse!==null&&r.pWorse<s&&r.worseBy!==null&&reachesThreshold(r.worseBy,r.threshold))}const ot=5;const lt=1e3;const ct=2;function metricDays(r,s){return r.map(r=>r.metrics[s]).filter(r=>r!==undefined&&r.n>=ct)}function worseOfShift(r,s){const i=Ge.has(r.metric);const o=i?Math.exp(s.reference):s.reference;const u=i?o*Math.expm1(s.diff):s.diff;return toWorse(u,o,r.spec)}function judge(r,s){return{r:s,worseBy:worseOfShift(r,s),pWorse:r.spec.better==="higher"?s.pLess:s.pGreater}}function dayAgainst(r,s,i,o){if(i.length<ot)return"ok";const u=dayLevelShift(s,i);if(u===null)return"ok";if(!(worseOfShift(r,u)>0))return"ok";if(!(shiftPValue(u,r.spec.better==="higher"?"less":"greater")<o))return"ok";return reachesThreshold(worseOfShift(r,u),r.threshold)?"regressed":"worse"}function regressedDay(r,s,i,o){return dayAgainst(r,s,i,o)==="regressed"}function referenceDays(r,s,i,o){const u=earlyEpisode(r,s,o);if(u.size===0)return replay(r,s,i,o);const f=replay(r,s.filter((r,s)=>!u.has(s)),i,o);return{days:f.days,excluded:f.excluded+u.size}}function earlyEpisode(r,s,i){const o=new Set;if(s.length<=ot)return o;const u=replay(r,[...s].reverse(),undefined,i);if(u.excluded===0)return o;const f=new Set(u.kept.map(r=>s.length-1-r));for(let r=0;r<s.length;r++){if(f.has(r)){if(o.size>0||r>=ot-1)break;continue}if(o.size===0&&r>=ot)break;o.add(r)}return o}function replay(r,s,i,o){const u=[];const f=[];const keep=r=>{u.push(r);f.push(s[r])};let h=0;let v=[];for(let i=0;i<s.length;i++){const u=dayAgainst(r,s[i],f,o);if(u!=="ok"){v.push({i:i,regressed:u==="regressed"});continue}h+=closeEpisode(v,keep);keep(i);v=[]}const w=i===undefined||v.length===0?"ok":dayAgainst(r,i,f,o);const x=v.length+(w==="ok"?0:1);const _=v.filter(r=>r.regressed).length+(w==="regressed"?1:0);if(v.some(r=>r.regressed)&&x>=2&&2*_>=x)return{days:f,kept:u,excluded:h+v.length};const S=v.length>0&&v.at(-1).regressed&&w==="regressed";const k=S?v.slice(0,-1):v;const M=closeEpisode(k,keep)+(S?1:0);return{days:f,kept:u,excluded:h+M}}function closeEpisode(r,s){let i=0;for(let o=0;o<r.length;){let u=o;while(u<r.length&&r[u].regressed===r[o].regressed)u++;if(r[o].regressed&&u-o>=2)i+=u-o;else for(const i of r.slice(o,u))s(i.i);o=u}return i}function dayLevelMayRun(r){return r.pWorse!==null&&!r.pairing?.paired}function dayLevelMayApply(r,s){return dayLevelMayRun(r)&&s!==undefined}function dayLevelMetricTest(r,s,i){if(!dayLevelMayApply(r,s))return r;if(i.length<ot)return r;const o=dayLevelTest(s,i);if(o===null)return r;const u=Ge.has(r.metric);const{worseBy:f,pWorse:h}=judge(r,o);const v=u?Math.exp(o.reference):o.reference;const w=u?Math.exp(s.mean):s.mean;const units=r=>u?v*Math.expm1(r):r;const[x,_]=r.spec.center==="rate"?[-1,1]:[-Infinity,Infinity];const at=r=>{const s=dayLevelInterval(o,r);return[Math.max(x,units(s[0])),Math.min(_,units(s[1]))]};const worseOf=s=>toWorse(s,v,r.spec);const S=w-v;const k=r.test==="day_level_t"||r.pWorse===null?[]:[{test:r.spec.test,p_value:r.pWorse}];return{...r,test:"day_level_t",baseline:{n:o.components.calls,mean:u?null:v,median:u?v:null},candidate:u?{...r.candidate,median:w}:{...r.candidate,mean:w},absoluteChange:S,relativeChange:v!==0?S/Math.abs(v):null,worseBy:f,worseOf:worseOf,pWorse:h,pBetter:r.spec.better==="higher"?o.pGreater:o.pLess,interval:oneSidedEnds(at,r.spec),minAlpha:0,secondary:[...k,...r.secondary]}}const ut=28;function sideMoments(r,s){const i=s??new Float64Array;return momentsOf(Ge.has(r)?i.filter(r=>r>0).map(Math.log):i)}function historyDayLevel(r,s,i){const o=s.store.blocks?.bind(s.store);const u=s.newestCall===null?NaN:instantAfter(s.newestCall);if(!o||!Number.isFinite(u))return{tests:[...r],days:0};const f=s.since===null?-Infinity:parseInstant(s.since);const h=o({versionId:s.versionId,metrics:r.map(r=>r.metric),until:toIso(u),blockMs:$,count:ut,...s.models?{models:s.models}:{}}).filter(r=>u-(r.index+1)*$>=f);let v=0;const w=r.map(r=>{const s=metricDays(h,r.metric);const o=dayLevelMetricTest(r,sideMoments(r.metric,i.values[r.metric]),s);if(o!==r)v=Math.max(v,s.length);return o});return{tests:w,days:v}}function sameStoredText(r,s){if(typeof r.promptText==="string"&&typeof s.promptText==="string")return r.promptKey===s.promptKey&&r.promptText===s.promptText;return r.promptHash!==null&&r.promptHash===s.promptHash}function isProductionTag(r){const s=r.trim().toLowerCase();return s==="production"||s==="prod"}const taggedProduction=r=>r.tags.some(isProductionTag);function taggedLive(r,s){const i=r.filter(taggedProduction);if(i.length<2)return i;let o=i[0];let u=-Infinity;for(const r of i){const s=r.lastCallAt===null?NaN:parseInstant(r.lastCallAt);if(s>u)[o,u]=[r,s]}const f=[o,...i.filter(r=>r!==o)];return s?servingOrder(f,s):f}function servingOrder(r,s){if(r.length<2)return[...r];const i=new Map(r.map(r=>[r,s(r)]));const o=Math.max(...i.values());if(o===0)return[...r];const u=r.filter(r=>2*i.get(r)>=o);const f=u.reduce((r,s)=>parseInstant(s.timestamp)<parseInstant(r.timestamp)?s:r);return[f,...r.filter(r=>r!==f)]}const ft=$;function recentCalls(r,s){const i=s.filter(taggedProduction);if(i.length<2)return null;const o=Math.max(...i.map(r=>r.lastCallAt===null?-Infinity:parseInstant(r.lastCallAt)));if(!Number.isFinite(o))return null;const[u,f]=[toIso(o-ft),toIso(o+2)];const h=new Map;const calls=s=>{if(s.lastCallAt===null||parseInstant(s.lastCallAt)<o-ft)return 0;let i=h.get(s.id);if(i===undefined){i=r.contexts(s.id,u,f).reduce((r,s)=>r+s.calls,0);h.set(s.id,i)}return i};return{until:toIso(o),calls:calls}}function rollbackPastTag(r,s,i=()=>false){const o=parseInstant(r.timestamp);const u=s.filter(r=>parseInstant(r.timestamp)>o&&r.calls>0);if(u.length===0)return undefined;const f=r.lastCallAt===null?-Infinity:parseInstant(r.lastCallAt);const h=s.filter(r=>parseInstant(r.timestamp)<o);return u.find(r=>h.some(s=>sameStoredText(s,r))&&(r.lastCallAt!==null&&parseInstant(r.lastCallAt)>f||i(r)))}function tookOverFromTag(r,s,i){const o=parseInstant(r.timestamp);const u=s.filter(r=>parseInstant(r.timestamp)>o&&r.calls>=i);if(u.length===0)return undefined;const f=r.lastCallAt===null?-Infinity:parseInstant(r.lastCallAt);return u.find(r=>parseInstant(r.timestamp)>=f)}function liveVersion(r,s,i){const o=i?recentCalls(i,r):null;const u=taggedLive(r,o?.calls)[0];if(u)return rollbackPastTag(u,r)??u;return newestCalled(r,s)}function newestCalled(r,s){return r.find(r=>r.calls>=s)??r.find(r=>r.calls>0)??r[0]}const dt=r(import.meta.url)("node:module");let ht;function quickKey(r){let s=3735928559;let i=1103547991;for(let o=0;o<r.length;o++){const u=r.charCodeAt(o);s=Math.imul(s^u,2654435761);i=Math.imul(i^u,1597334677)}s=Math.imul(s^s>>>16,2246822507)^Math.imul(i^i>>>13,3266489909);i=Math.imul(i^i>>>16,2246822507)^Math.imul(s^s>>>13,3266489909);return 4294967296*(2097151&i)+(s>>>0)}function hash_shortSha256(r){ht??=(0,dt.createRequire)(import.meta.url)("node:crypto");return ht.createHash("sha256").update(r).digest("hex").slice(0,16)}const vt=1e5;const pt=2;const mt=1e3;function casePath(r){if(r.includes('"')||r.includes("\\")){throw new RangeError(`a case key must not contain '"' or '\\', got ${JSON.stringify(r)}`)}return`$."${r}"`}function caseIdColumn(r,s){const i=column(r.callColumns,"metadata");if(i==="NULL")return{sql:"NULL",params:[]};return{sql:`CASE WHEN typeof(${i}) <> 'text' THEN NULL WHEN length(${i}) > ${vt} THEN 0 `+`WHEN json_valid(${i}, ${pt}) THEN nullif(${i} -> ?, 'null') END`,params:[casePath(s)]}}const gt=5;const wt=100;function metadataHint(r,s,i){const o=column(s.callColumns,"metadata");if(o==="NULL")return{keys:[],unusable:0};const u=`typeof(${o}) = 'text' AND length(${o}) <= ${vt} AND json_valid(${o}, ${pt})`;const f=allRows(r,`SELECT substr(j.key, 1, ${wt}) FROM prompt_metrics AS m, `+`json_each(CASE WHEN ${u} AND json_type(${o}) = 'object' THEN ${o} END) AS j `+`WHERE m.version_id = ? GROUP BY j.key ORDER BY count(*) DESC, j.key LIMIT ${gt}`,[i]).map(r=>String(r[0]));const[h]=allRows(r,`SELECT count(*) FROM prompt_metrics WHERE version_id = ? AND ${o} IS NOT NULL `+`AND NOT (${u} AND json_type(${o}) = 'object')`,[i]);return{keys:f,unusable:Number(h?.[0]??0)}}class CaseCollector{metrics;ids=[];codeOf=new Map;codes;without=0;tooLong=0;constructor(r){this.metrics=r;this.codes=r.map(()=>[])}code(r){if(typeof r!=="string"){this.without+=1;if(r===0)this.tooLong+=1;return-1}const s=r.length>mt?`${r.slice(0,mt)}… (sha256 ${hash_shortSha256(r)})`:r;let i=this.codeOf.get(s);if(i===undefined){i=this.ids.length;this.ids.push(s);this.codeOf.set(s,i)}return i}push(r,s){this.codes[r].push(s)}finish(){const r={};this.metrics.forEach((s,i)=>r[s]=Int32Array.from(this.codes[i]));return{ids:this.ids,codes:r,withoutKey:this.without,...this.tooLong>0?{tooLong:this.tooLong}:{}}}}const bt=.05;function withoutCase(r,s){const i=r.cases?.codes[s];const o=r.values[s]??new Float64Array;const u=o.length;let f=0;let h=0;for(let r=0;r<u;r++)if(!i||i[r]<0){f++;if(o[r]===0)h++}return{calls:f,zeros:h,of:u}}function perCaseMeans(r,s){const i=r.values[s]??new Float64Array;const o=r.cases?.codes[s];const u=r.cases?.ids??[];const f=new Map;if(!o)return new Map;for(let r=0;r<i.length;r++){const s=o[r];if(s<0)continue;const u=f.get(s);if(u)u.push(i[r]);else f.set(s,[i[r]])}return new Map([...f].map(([r,s])=>[u[r],{mean:describe_mean(sortedCopy(s)),n:s.length,ones:s.filter(r=>r===1).length,binary:s.every(r=>r===0||r===1),scale:s.reduce((r,s)=>Math.max(r,Math.abs(s)),0)}]))}function matchCases(r,s,i){const o=perCaseMeans(r,i);const u=perCaseMeans(s,i);const f=[...u.keys()].filter(r=>o.has(r)).sort();const of=(r,s)=>Float64Array.from(f,i=>r.get(i)[s]);return{baseline:of(o,"mean"),candidate:of(u,"mean"),baselineOnly:o.size-f.length,candidateOnly:u.size-f.length,scale:Float64Array.from(f,r=>Math.max(o.get(r).scale,u.get(r).scale)),calls:{baseline:Int32Array.from(of(o,"n")),candidate:Int32Array.from(of(u,"n"))},ones:{baseline:Int32Array.from(of(o,"ones")),candidate:Int32Array.from(of(u,"ones"))},binary:f.every(r=>o.get(r).binary&&u.get(r).binary)}}function paired_side(r,s){return{n:r.length,mean:describe_mean(r),median:s?null:describe_median(r)}}function testPairedMetric(r,s,i,o){const u=_[r];const{baseline:f,candidate:h}=s;const v=f.length;if(v<2)throw new RangeError(`a paired test needs at least 2 matched cases, got ${v}`);const w=u.center==="rate";const S=paired_side(f,w);const k=paired_side(h,w);const pick=r=>u.center==="median"?r.median:r.mean;const M=pick(S);const N=caseDifferences(f,h,s.scale);const $=u.test==="mann_whitney_u"?walshInterval(N).estimate:describe_mean(N);const E=u.better==="higher"?"less":"greater";const C=u.better==="higher"?"greater":"less";const I=u.threshold==="points"?i.threshold:i.threshold*Math.abs(M);const T=Math.sqrt(describe_variance(N));let O;let D;let F;let j;let U=x[u.test];let z;const V=s.calls&&[s.calls.baseline,s.calls.candidate].some(r=>r.some(r=>r>1));if(u.test==="fisher_exact"&&V){const r=Array.from({length:v},(r,i)=>({kc:s.ones.candidate[i],nc:s.calls.candidate[i],kb:s.ones.baseline[i],nb:s.calls.baseline[i]}));const same=r=>r.every(s=>s===r[0]);const i=same(s.calls.candidate)&&same(s.calls.baseline);const sign=r=>Math.abs(r)<1e-12?0:Math.sign(r);const o=i||sign(stratifiedLean(r))===sign(describe_mean(N));if(s.binary&&o){const s=stratifiedTails(r);U=s.exact?"cmh_exact":"cmh_normal";[O,D]=[s[E],s[C]]}else{U="paired_t";[O,D]=[stratifiedT(N,r,E),stratifiedT(N,r,C)]}F=s=>stratifiedInterval(N,r,s).ci;j=s=>casesForDifferences(stratifiedInterval(N,r,.95).sd,I,s)}else if(u.test==="fisher_exact"){let r=0;let s=0;for(const i of N){if(i>0)r++;else if(i<0)s++}O=mcnemarExact(r,s,v,E).pValue;D=mcnemarExact(r,s,v,C).pValue;F=i=>mcnemarExact(r,s,v,E,i).ci;j=i=>casesForMcNemar((r+s)/v,I,i)}else if(u.test==="mann_whitney_u"){O=wilcoxonSignedRank(N,E).pValue;D=wilcoxonSignedRank(N,C).pValue;F=r=>walshInterval(N,r).ci;j=r=>Math.max(casesForDifferences(T,I,r,.8,true),Math.ceil(-Math.log2(r)));z=walshReach(v)}else{O=pairedTTest(N,E).pValue;D=pairedTTest(N,C).pValue;F=r=>pairedTTest(N,E,r).ci;j=r=>casesForDifferences(T,I,r)}return{metric:r,spec:u,test:U,baseline:S,candidate:k,relativeChange:M!==0?$/Math.abs(M):null,absoluteChange:$,threshold:i.threshold,worseBy:toWorse($,M,u),pWorse:O,pBetter:D,interval:oneSidedEnds(F,u),...z!==undefined?{minAlpha:z}:{},secondary:o?.pWorse!=null?[{test:u.test,p_value:o.pWorse}]:[],worseOf:r=>toWorse(r,M,u),worseEnd:u.better==="higher"?0:1,samplesNeeded:j,pairing:pairingOf(s,true)}}function pairingOf(r,s){return{paired:s,matched_cases:r.baseline.length,baseline_only_cases:r.baselineOnly,candidate_only_cases:r.candidateOnly}}function caseCounts(r,s){const i=new Set(r.cases?.ids??[]);const o=new Set(s.cases?.ids??[]);const u=sharedCases(r,s);return[u,i.size-u,o.size-u]}function sharedCases(r,s){const i=new Set(r.cases?.ids??[]);return[...new Set(s.cases?.ids??[])].filter(r=>i.has(r)).length}function testMetricsPaired(r,s,i,o,u=s,f){const h=o.pairBy;const v=testMetrics(r,s,i,o);const w=[];const x=[];let S=0;let k;const M=v.map(r=>{const s=matchCases(u,i,r.metric);if(r.notTested!==undefined||s.baseline.length<Math.max(2,o.minSamples)){if(r.pWorse!==null)w.push(r.metric);return{...r,pairing:pairingOf(s,false)}}const h=withoutCase(i,r.metric);const v=r.metric==="success"?h.zeros:0;if(r.pWorse!==null&&h.calls>0&&(h.calls>=h.of*bt||v>0)){x.push({metric:r.metric,calls:h.calls,failures:v,of:h.of});return{...r,pairing:pairingOf(s,false)}}const _={minSamples:o.minSamples,threshold:r.threshold};const M=o.baselineMaxGiven===true&&u.rows>=o.baselineMaxSamples;const N=M&&s.candidateOnly>=(s.baseline.length+s.candidateOnly)*bt?s.candidateOnly:0;const $=testPairedMetric(r.metric,s,_,r);const E=N>0?{...$,leftOut:N}:$;if(r.metric==="success"&&(E.worseBy??0)>0){k=f?.();if(k)S=withoutCase(k,"success").zeros}return E});const[N,$,E]=caseCounts(u,i);const C={key:h,paired:M.some(r=>r.pairing?.paired),matched_cases:N,baseline_only_cases:$,candidate_only_cases:E,baseline_calls_without_case:s.cases?.withoutKey??s.rows,candidate_calls_without_case:i.cases?.withoutKey??i.rows};const I={baseline:s.cases?.hint,candidate:i.cases?.hint};const T=pairingNotes(C,w,o.minSamples,I);if(o.baselineMaxGiven&&E>0&&u.rows>=o.baselineMaxSamples)T.push(`Pairing by ${h} read the baseline's newest ${labels_plural(o.baselineMaxSamples,"call")} with one (baseline-max-samples): ${numbers_formatCount(E)} of the candidate's ${numbers_formatCount(N+E)} cases ${E===1?"is":"are"} not among them${C.paired?`, left out of the paired tests${M.some(r=>(r.leftOut??0)>0)?": untested, so no metric paired on the rest passes (inconclusive unless significantly worse)":""}`:", too few matched cases left to pair"}. Its older calls may have them: raise baseline-max-samples to pair them.`);const O=i.cases?.tooLong??0;const D=O>0?`${labels_plural(O,"call")} of the candidate ${O===1?"has":"have"} metadata longer than ${numbers_formatCount(vt)} characters, which is not read: log long texts elsewhere than in metadata`:"an error path logging without it?";for(const r of x)T.push(`Not paired by ${h} (${_[r.metric].label.toLowerCase()}): ${numbers_formatCount(r.calls)} of the candidate's ${numbers_formatCount(r.of)} calls have no ${h}${r.failures>0?`, ${numbers_formatCount(r.failures)} of them failed`:""} (${D}), and the pairs alone would leave them out; tested unpaired on all calls instead.`);if(S>0)T.push(`Success rate, paired by ${h}: ${labels_plural(S,"call")} of the baseline without a ${h}, logged between its first and last call with one (${k.from.slice(0,10)} to ${k.to.slice(0,10)}), failed and ${S===1?"is":"are"} left out of the pairs. If ${S===1?"it is":"they are"} its evaluation's failures logged without the case (an error path), the baseline's rate reads better than it was and the change worse; if production traffic, nothing is amiss.`);if(w.length>0&&N===0&&$>0&&E>0)T.push(`${h} values seen, compared as JSON text: baseline ${someIds(u)}; candidate ${someIds(i)}.`);return{tests:M,pairing:C,notes:T}}function someIds(r){const s=r.cases?.ids??[];const i=s.slice(0,3).map(r=>r.length>40?`${r.slice(0,40)}…`:r);return s.length>3?`${i.join(", ")}, …`:i.join(", ")}function pairingNotes(r,s,i,o){const u=[];if(s.length>0){const f=s.map(r=>_[r].label.toLowerCase()).join(", ");const h=[r.baseline_calls_without_case>0&&r.matched_cases+r.baseline_only_cases===0?"baseline":"",r.candidate_calls_without_case>0&&r.matched_cases+r.candidate_only_cases===0?"candidate":""].filter(r=>r!=="");const v=h.filter(s=>o[s]?.keys.includes(r.key));const w=bothAlike(h,o)?[hintText("both",o.baseline)]:h.flatMap(r=>hintText(r,o[r])??[]);const x=v.length>0?`the ${v.join(" and the ")}'s calls that have a ${r.key} are not among those compared (on other models, or before baseline-since)`:h.length>0?`no call of the ${h.join(" or the ")} has a ${r.key} in its metadata`+(w.length>0?` (${w.join("; ")})`:""):r.matched_cases===0?`the two sides share no ${r.key}`:`fewer than ${i} matched cases have a value on both sides`;u.push(`Not paired by ${r.key} (${f}): ${x}; tested unpaired on all calls instead.`)}return u}function bothAlike(r,s){const[i,o]=[s.baseline,s.candidate];return r.length===2&&i!==undefined&&o!==undefined&&i.unusable===0&&o.unusable===0&&i.keys.join("\0")===o.keys.join("\0")}function hintText(r,s){if(s===undefined)return null;const i=r==="both"?"both sides'":`the ${r}'s`;const o=[];if(s.keys.length>0){const r=s.keys.map(r=>JSON.stringify(r)).join(", ");o.push(`${i} metadata has ${s.keys.length===1?"the key":"the keys"} ${r}`)}if(s.unusable>0)o.push(`${labels_plural(s.unusable,`${r} call`)} with metadata that is not a JSON object`);if(o.length===0)return r==="both"?"neither side's calls have metadata":`${i} calls have no metadata`;return o.join(", ")}const yt=.1;const xt=.01;function callsByModel(r){const s=new Map;for(const i of r){const r=i.model??"unset";s.set(r,(s.get(r)??0)+i.calls)}return s}function modelMixWarning(r,s,i={baseline:"baseline",candidate:"candidate",both:"the sides"}){const o=callsByModel(r);const u=callsByModel(s);const f=[...o.keys()].sort();if(f.length<2||f.join("\0")!==[...u.keys()].sort().join("\0"))return null;const h=[...o.values()].reduce((r,s)=>r+s,0);const v=[...u.values()].reduce((r,s)=>r+s,0);const w=f.some(r=>{const[s,i]=[o.get(r)??0,u.get(r)??0];if(Math.abs(i/v-s/h)<yt)return false;const w=i/v<s/h?"less":"greater";return fisherExact(i,v,s,h,w).pValue<xt/(2*f.length)});if(!w)return null;const shares=(r,s)=>f.map(i=>`${Math.round(100*(r.get(i)??0)/s)} % ${i}`).join(", ");return`The model mix differs: ${i.baseline} ${shares(o,h)}; ${i.candidate} ${shares(u,v)}. A difference between ${i.both} may come from the mix rather than the prompt.`}const _t=1e6;const modelsOf=r=>[...new Set(r.map(r=>r.model).filter(r=>r!==null))].sort();function sameModels(r,s){const i=r.filter(r=>s.some(s=>s.model===r));const o=i.length>0?i:null;return{models:o,contexts:o?s.filter(r=>r.model!==null&&o.includes(r.model)):s,crossModel:r.length>0&&o===null&&s.length>0}}function readSides(r,s,i,o,u,f){const h=f===undefined?undefined:toIso(instantAfter(f));const v=r.contexts(s.id,h);const w=modelsOf(v);const x=u.pairBy?{caseKey:u.pairBy}:{};const{source:_,freshSince:S,unused:k=0}=pickSource(i,w,u);const{store:M,version:N}=_==="fresh"&&i.fresh?i.fresh:i.history;const $=_==="fresh"?S:u.baselineSince??undefined;const E=_==="history"?i.historyUntil:undefined;const{models:C,contexts:I,crossModel:T}=sameModels(w,M.contexts(N.id,$,E));const O=C?w.filter(r=>!C.includes(r)):[];const D=r.samples({versionId:s.id,metrics:o,newest:_t,...h?{since:h}:{},...O.length>0&&C?{models:C}:{},...x});const F={versionId:N.id,metrics:o,...$?{since:$}:{},...E?{until:E}:{},...C?{models:C}:{}};const j=M.samples({...F,newest:u.baselineMaxSamples,...x});const U=u.pairBy?keyedBaseline(M,{...F,caseKey:u.pairBy},D,u):undefined;const z=U&&once(()=>spanOf(M,F,U,u.pairBy??undefined));if(U&&_==="fresh"&&u.baselineSamples==="auto"){const h=sharedCases(U,D);if(h<Math.max(2,u.minSamples)){const v={...u,baselineSamples:"history"};const w=readSides(r,s,i,o,v,f);if(w.pairedBaseline&&sharedCases(w.pairedBaseline,w.candidate)>h)return{...w,freshCases:h}}}const V=v.filter(r=>r.model!==null&&O.includes(r.model)).reduce((r,s)=>r+s.calls,0);return{candidate:D,candidateContexts:v,baseline:j,...U?{pairedBaseline:U}:{},...z?{pairedSpan:z}:{},baselineContexts:I,source:_,models:C,crossModel:T,freshUnused:k,...O.length>0?{candidateLeftOut:{models:O,calls:V}}:{}}}const St=4;function keyedBaseline(r,s,i,o){const u=i.rows-(i.cases?.withoutKey??i.rows);const f=o.baselineMaxGiven?o.baselineMaxSamples:Math.max(o.baselineMaxSamples,St*u);const h=Math.min(_t,f);return r.samples({...s,newest:h,withCaseOnly:true})}function spanOf(r,s,i,o){const[u,f]=[plainInstant(i.from),plainInstant(i.to)];if(o===undefined||!s.metrics.includes("success"))return undefined;if(!Number.isFinite(u)||!Number.isFinite(f))return undefined;return r.samples({...s,metrics:["success"],since:toIso(u),until:toIso(instantAfter(i.to)),newest:_t,caseKey:o})}const kt=/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?$/;const plainInstant=r=>r!==null&&kt.test(r)?parseInstant(r):NaN;function nothingFresh(r,s){if(r.calls===0)return true;const i=plainInstant(r.lastCallAt);return i<=plainInstant(s.lastCallAt)}function freshFrom(r){const s=r.history.version.lastCallAt;if(s===null)return null;if(Number.isFinite(plainInstant(s)))return instantAfter(s);const i=r.fresh?.after()??null;return i===null?null:i+1}function pickSource(r,s,i){const{fresh:o}=r;if(i.baselineSamples==="history"||!o)return{source:"history"};const u=o.since===undefined?nothingFresh(o.version,r.history.version):!(plainInstant(o.version.lastCallAt)>=parseInstant(o.since));if(i.baselineSamples==="auto"&&u)return{source:"history"};const f=o.since===undefined?freshFrom(r):parseInstant(o.since);const h=f===null?undefined:toIso(f);if(i.baselineSamples==="fresh")return{source:"fresh",freshSince:h};const v=o.store.contexts(o.version.id,h);const w=sameModels(s,v);if(w.crossModel){const{history:o}=r;const u=o.store.contexts(o.version.id,i.baselineSince??undefined);if(sameModels(s,u).models!==null)return{source:"history",freshSince:h}}const x=w.contexts.reduce((r,s)=>r+s.calls,0);if(x>=i.minSamples)return{source:"fresh",freshSince:h};return{source:"history",freshSince:h,unused:w.crossModel?0:x}}function contextWarnings(r){const s=[];const list=r=>[...new Set(r.map(r=>r===null?"unset":String(r)))].sort().join(", ");const differs=(i,o)=>{const u=list(r.baselineContexts.map(i));const f=list(r.candidateContexts.map(i));if(u!==""&&f!==""&&u!==f)s.push(`${o} differs: baseline ${u}; candidate ${f}.`)};if(r.crossModel){s.push("The baseline has no calls on the candidate's models: this compares across models.")}const i=r.candidateLeftOut;if(i){const o=i.models.length===1?"it":"them";s.push(`Left out: the candidate's ${labels_plural(i.calls,"call")} on ${i.models.join(", ")}, ${i.models.length===1?"a model":"models"} the baseline has no call on; only its calls on ${r.models?.join(", ")??""} are compared, like with like. Run the live version on ${o} too to test ${o}.`)}differs(r=>r.model,"Model");const o=modelMixWarning(r.baselineContexts,r.candidateContexts);if(o!==null)s.push(o);differs(r=>r.temperature,"Temperature");differs(r=>r.maxTokens,"max_tokens");s.push(...missingValues(r),...otherScales(r));const u=unpricedSides(r);if(u)s.push(unpricedWarning(u,r));return s}function unpricedWarning(r,s){const i=modelsOf(r==="baseline"?s.baselineContexts:s.candidateContexts);const o=i.length>0?` (${i.slice(0,3).join(", ")})`:"";const u="log cost_eur with each call, or add the model's price to the library's PricingManager";return r==="baseline"?`Cost is 0 on every call of the baseline though it logged tokens: its model is free, or one the library could not price${o}, or cost_eur=0 was logged. The cost change is measured from 0; if the model was not free, ${u}.`:`Cost is 0 on every call of ${r==="both sides"?"both sides":`the ${r}`} though ${r==="both sides"?"they":"it"} logged tokens: the library stores 0 for a model missing from its price table${o}, cost_eur=0 was logged, or the model is free. Cost is left out of the comparison; ${u}.`}function costLeftOut(r){return r==="candidate"||r==="both sides"}function unpriced(r){const s=r.values.cost_eur;const i=r.values.total_tokens;if(s===undefined||s.length===0||i===undefined||!(samples_largest(i)>0))return false;for(let r=0;r<s.length;r++)if(s[r]!==0)return false;return true}function unpricedSides(r){const[s,i]=[unpriced(r.baseline),unpriced(r.candidate)];return s&&i?"both sides":s?"baseline":i?"candidate":null}const samples_largest=r=>r?highest(r):-Infinity;function middle(r){return r&&r.length>0?describe_median(r):NaN}function mostlyAbove(r,s){let i=0;if(r)for(let o=0;o<r.length;o++)if(r[o]>s)i++;return r!==undefined&&i>r.length/2}function otherScales(r){const s=[];const i=[["baseline",r.baseline,"candidate",r.candidate],["candidate",r.candidate,"baseline",r.baseline]];for(const[r,o,u,f]of i){const i=samples_largest(o.values.quality_score);const h=samples_largest(f.values.quality_score);if(i>-Infinity&&i<=1&&mostlyAbove(f.values.quality_score,1))s.push(`Quality scores on different scales: the ${r}'s lie within 0 to 1, the ${u}'s reach ${formatSignificant(h,3)}; the change shown is the scale's. Log both on one scale.`);const[v,w]=[o.values.latency_ms,f.values.latency_ms];const[x,_]=[middle(v),middle(w)];if(x>0&&_>=Ke*x)s.push(`Latency: the ${r}'s median is ${formatSignificant(x,3)}, the ${u}'s ${formatSignificant(_,3)}, ${numbers_formatCount(Math.round(_/x))} times more. If one side logged seconds, log both in milliseconds; a cache that came or went does this too.`);if(v?.length&&w?.length&&samples_largest(v)===0&&samples_largest(w)>0)s.push(`Latency is 0 on every call of the ${r} (not timed?), and not on the ${u}'s: its test compares a measurement with none.`)}return s}function missingValues(r){const{baseline:s,candidate:i}=r;if(s.rows===0)return[];const o=new Map;for(const r of Object.keys(i.values)){const u=lacksValues(s,i,r);if(u>0)o.set(u,[...o.get(u)??[],_[r].label])}return[...o].map(([r,s])=>{const o=s.map((r,s)=>s===0?r:r.toLowerCase());const u=o.length===1?o[0]:`${o.slice(0,-1).join(", ")} and ${o.at(-1)}`;const f=s.length===1?"it":"them";return`${u}: ${numbers_formatCount(r)} of the candidate's ${numbers_formatCount(i.rows)} calls have no usable value (NULL, text, or not a finite number, such as a timeout logged as infinity), though the baseline has ${f} on nearly every call; the test reads only the calls that have one.`})}class SelectionError extends UserError{name="SelectionError"}const Mt=20;function pooledReader(r,s){const[i]=s;const o=s.slice(0,Mt);const u={contexts:(s,u,f)=>s===i?mergeContexts(o.map(s=>r.contexts(s,u,f))):r.contexts(s,u,f),samples:s=>{if(s.versionId!==i)return r.samples(s);const u=[];let f=s.newest??_t;for(const i of o){if(f<=0)break;const o=r.samples({...s,versionId:i,newest:f});u.push(o);f-=o.rows}return mergeSamples(u,s.metrics)},...r.loggedErrors?{loggedErrors:s=>s===i?o.reduce((s,i)=>s+(r.loggedErrors?.(i)??0),0):r.loggedErrors(s)}:{}};return new Proxy(r,{get(r,s){if(Object.hasOwn(u,s))return u[s];const i=Reflect.get(r,s,r);return typeof i==="function"?i.bind(r):i}})}function mergeContexts(r){const s=new Map;for(const i of r.flat()){const r=JSON.stringify([i.model,i.temperature,i.maxTokens]);const o=s.get(r);s.set(r,o?{...o,calls:o.calls+i.calls}:i)}return[...s.values()].sort((r,s)=>s.calls-r.calls)}const earlier=(r,s,i)=>{if(r===null)return s;if(s===null)return r;const[o,u]=[parseInstant(r),parseInstant(s)];return(i?u<o:u>o)?s:r};function mergeSamples(r,s){if(r.length===1)return r[0];const i={};for(const o of s){const s=r.map(r=>r.values[o]).filter(r=>r!==undefined);if(s.length===0)continue;const u=new Float64Array(s.reduce((r,s)=>r+s.length,0));let f=0;for(const r of s){u.set(r,f);f+=r.length}i[o]=u}const o=r.every(r=>r.cases!==undefined);return{rows:r.reduce((r,s)=>r+s.rows,0),values:i,from:r.reduce((r,s)=>earlier(r,s.from,true),null),to:r.reduce((r,s)=>earlier(r,s.to,false),null),...o?{cases:mergeCases(r,s)}:{}}}function mergeCases(r,s){const i=[];const o=new Map;const u=r.map(r=>r.cases.ids.map(r=>{let s=o.get(r);if(s===undefined){s=i.length;o.set(r,s);i.push(r)}return s}));const f={};for(const i of s){const s=r.flatMap((r,s)=>{const o=r.cases.codes[i];return o?[{a:o,remap:u[s]}]:[]});if(s.length===0)continue;const o=new Int32Array(s.reduce((r,{a:s})=>r+s.length,0));let h=0;for(const{a:r,remap:i}of s)for(const s of r)o[h++]=s<0?s:i[s];f[i]=o}const h=r.reduce((r,s)=>r+(s.cases.tooLong??0),0);const v=r.find(r=>r.cases.hint)?.cases.hint;return{ids:i,codes:f,withoutKey:r.reduce((r,s)=>r+s.cases.withoutKey,0),...h>0?{tooLong:h}:{},...v&&i.length===0?{hint:v}:{}}}const Nt=.05;function straggled(r,s,i){if(!s||r.lastCallAt===null||s.lastCallAt===null)return false;if(parseInstant(s.lastCallAt)-parseInstant(r.lastCallAt)>=$)return true;if(!i||!Number.isFinite(parseInstant(s.timestamp)))return false;const o=i.contexts(r.id,s.timestamp).reduce((r,s)=>r+s.calls,0);return o<Nt*s.calls}function staged(r,s,i){if(!s||r===s||r.calls>=i||s.lastCallAt===null)return false;return parseInstant(r.timestamp)>=parseInstant(s.timestamp)}function stillCalled(r,s){if(!s||r.lastCallAt===null)return false;return parseInstant(r.lastCallAt)>=parseInstant(s.timestamp)}function abandoned(r,s){if(!s||r===s||r.lastCallAt===null||s.lastCallAt===null)return false;return parseInstant(s.lastCallAt)-parseInstant(r.lastCallAt)>=$}function sameContent(r,s){if(r.promptText!==undefined&&s.promptText!==undefined){if(r.promptText===null||s.promptText===null)return r.version===s.version;return r.promptKey===s.promptKey&&r.promptText===s.promptText}if(r.promptHash===null||s.promptHash===null)return r.version===s.version;return r.promptHash===s.promptHash}const foldName=r=>r.normalize("NFKC").trim().toLowerCase();function renameHints(r,s,i=[]){const o=[];const u=JSON.stringify(r.name);const f=foldName(r.name);const h=s.versions().find(s=>s.name!==r.name&&foldName(s.name)===f);if(h)o.push(`The base store has no prompt ${u}, but has ${JSON.stringify(h.name)}, a name that differs only in case, surrounding spaces or Unicode form: if the prompt was renamed, this version is not tested against it.`);const v=s.versions().find(s=>s.name!==r.name&&sameStoredText(s,r));if(v)o.push(`The base store's ${JSON.stringify(v.name)} ${JSON.stringify(v.version)} has this very text: if the prompt was renamed, this version is not tested against it.`);if(o.length===0&&i.length>0)o.push(`The head store no longer has the base's ${i.slice(0,3).map(r=>JSON.stringify(r)).join(", ")}${i.length>3?" and others":""}: if this prompt is one of them renamed, it is not tested against it. Keep the prompt's name to have the change tested.`);return o}const $t=3;function droppedNames(r,s){const i=byName(r.versions());const o=byName(s.versions());const u=[...o].some(([r,s])=>(i.get(r)??[]).some(r=>s.some(s=>s.version===r.version&&sameContent(s,r))));const answered=s=>r.versions().some(r=>foldName(r.name)===foldName(s)||(o.get(s)??[]).some(s=>sameStoredText(s,r)));const f=[...o.keys()].filter(r=>!i.has(r)&&!answered(r));return u||f.length<=$t?f:[]}const rowKey=r=>JSON.stringify([r.name,r.version,r.timestamp]);function copiedFrom(r){const s=new Map(r.versions().map(r=>[rowKey(r),r]));return r=>{const i=s.get(rowKey(r));return i!==undefined&&sameContent(i,r)}}function contentChanges(r,s,i){const o=byName(s?.versions()??[]);const u=byName(r.versions());const f=newerThanBase(r,s);const h=[];const v=[];const w=[];const x=[];const _=[];const S=[];let k;const newestCopied=()=>{if(k===undefined){const i=s?copiedFrom(s):()=>false;k=r.versions().filter(i).reduce((r,s)=>Math.max(r,parseInstant(s.timestamp)),-Infinity)}return k};for(const k of r.versions()){const r=o.get(k.name)??[];const M=r.filter(r=>sameContent(r,k));const N=M.find(r=>r.version===k.version);const $=N!==undefined&&taggedProduction(k)&&!taggedProduction(N)?knowsLive(u.get(k.name)??[],r,i,s):null;const E=$!==null;if($==="text")x.push({version:k,sameAs:liveVersion(r,i,s)});if(N&&!E&&!f(k,N))continue;const C=liveVersion(r,i,s);let I;const liveRan=()=>I??=C!==undefined&&(u.get(k.name)??[]).some(r=>sameContent(r,C)&&f(r,C));const runs=(i,o)=>i===C||!E&&(i===r[0]&&!(o&&abandoned(i,C))||stillCalled(i,C)&&!(o&&(!liveRan()||straggled(i,C,s))));const ranStaged=s=>s===r[0]&&staged(s,C,i);if(N&&runs(N,true)){if(ranStaged(N))w.push({version:k,sameAs:N});continue}const T=M.find(r=>runs(r,f(k,r)));if(T&&ranStaged(T)&&f(k,T))w.push({version:k,sameAs:T});if(T)v.push({version:k,sameAs:T});else if(N){const r=E&&stillCalled(N,C)&&!straggled(N,C,s);const i=!r&&N.lastCallAt!==null&&f(k,N);h.push({version:k,versionReused:false,...i?{ranAgainAfter:N.lastCallAt}:{},...r&&N.lastCallAt!==null?{promotedAfter:N.lastCallAt}:{}})}else{const i=r.find(r=>r.version===k.version);const o=parseInstant(k.timestamp);if(i&&taggedProduction(k)&&parseInstant(i.timestamp)>o&&(o<=newestCopied()||(u.get(k.name)??[]).some(r=>parseInstant(r.timestamp)>o))){_.push({version:k,sameAs:i});continue}if((!i||parseInstant(i.timestamp)>o)&&o<newestCopied()&&!calledAfter(k,s)){S.push(k);continue}const f=i&&i.id===k.id&&i.timestamp===k.timestamp;h.push({version:k,versionReused:i!==undefined,...f&&i.lastCallAt!==null?{editedAfter:i.lastCallAt}:{}})}}return{changed:h,sameText:v,stagedRan:w,tagMoved:x,rewrittenSince:_,removedSince:S}}function calledAfter(r,s){if(r.lastCallAt===null)return false;return!(parseInstant(r.lastCallAt)<=(s?.lastCallMs()??-Infinity))}function knowsLive(r,s,i,o){const u=liveVersion(s,i,o);if(u===undefined)return null;const f=r.filter(r=>sameContent(r,u));if(f.some(r=>r.version===u.version&&r.timestamp===u.timestamp))return"row";return f.length>0?"text":null}const Et=1e5;function newerThanBase(r,s){let i;let o;return(u,f)=>{if(i===undefined){const[u,f]=[r.lastRowId?.()??null,s?.lastRowId?.()??null];i=u!==null&&f!==null&&u>f?r.versionsAfterRow?.(f)??null:null;o=u===null||u<=Et||!r.lastRowId}if(i)return i.has(u.id);if(!o||u.lastCallAt===null)return false;const h=parseInstant(u.lastCallAt);return f.lastCallAt===null?Number.isFinite(h):h>parseInstant(f.lastCallAt)}}function byName(r){const s=new Map;for(const i of r){const r=s.get(i.name);if(r)r.push(i);else s.set(i.name,[i])}return s}function baselineOf(r){return{baseline:r?.version??null,chosenBy:r?.chosenBy??null,...r?.alsoTagged?{alsoTagged:r.alsoTagged}:{},...r?.tagCalls?{tagCalls:r.tagCalls}:{},...r?.tagLeftBehind?{tagLeftBehind:r.tagLeftBehind}:{},...r?.fewCalls?{fewCalls:r.fewCalls}:{},...r?.tagIdle?{tagIdle:r.tagIdle}:{},...r?.sameText?{liveSameText:true}:{}}}function chooseBaseline(r,s,i,o,u=r.name){const f=s.filter(s=>s.name===u&&!sameContent(s,r));const h=recentCalls(o,f);const[v,...w]=taggedLive(f,h?.calls);const x=v&&rollbackPastTag(v,f);if(x)return{version:x,chosenBy:"latest",tagLeftBehind:v};if(v){const r=tookOverFromTag(v,f,i);return{version:v,chosenBy:"production_tag",...w.length>0?{alsoTagged:w}:{},...w.length>0&&h?{tagCalls:{until:h.until,counts:[v,...w].map(h.calls)}}:{},...r?{tagIdle:r}:{}}}const _=newestCalled(f,i);if(!_)return null;const S=f.slice(0,f.indexOf(_)).filter(r=>r.calls>0);return{version:_,chosenBy:"latest",...S.length>0?{fewCalls:S}:{}}}function revertedTo(r,s,i){return i.versions().find(i=>i.name===r.name&&i!==s&&sameStoredText(i,r))}function sameTextBaseline(r,s,i,o,u=r.name){const f=s.filter(s=>s.name===u&&(o||s.version!==r.version));const h=newestCalled(f,i);return h?{version:h,chosenBy:"same_text"}:null}function findVersion(r,s,i,o){const u=r.versions().filter(r=>r.name===s);if(u.length===0){const i=[...new Set(r.versions().map(r=>r.name))];const o=i.slice(0,10);throw new SelectionError(`Prompt ${JSON.stringify(s)} is not in ${r.label}; it has: ${o.map(r=>JSON.stringify(r)).join(", ")||"no prompts"}.${encodedOtherwise(s,i)}${spacedOtherwise(s,i,"prompt")}`)}const f=u.find(r=>r.version===i);if(!f){const f=u.slice(0,10).map(r=>JSON.stringify(r.version));const h=u.map(r=>r.version);const v=`${encodedOtherwise(i,h)}${spacedOtherwise(i,h,o)}`;throw new SelectionError(`The ${o} version ${JSON.stringify(i)} of ${JSON.stringify(s)} is not in ${r.label}; newest versions: ${f.join(", ")}.${v}`)}return f}function spacedOtherwise(r,s,i){const o=s.find(s=>s!==r&&s.trim()===r.trim());if(o===undefined)return"";const u=JSON.stringify(o);return` The store's ${u} has spaces at its ends, which GitHub trims from action inputs: give it there as a JSON string, ${i}: '${u.replace(/'/g,"''")}' (pv-check takes it quoted as it is, --${i} ${u}).`}function encodedOtherwise(r,s){const i=r.normalize("NFC");const o=s.find(s=>s!==r&&s.normalize("NFC")===i);return o===undefined?"":` The store's ${JSON.stringify(o)} reads the same but encodes its accents otherwise (Unicode NFC against NFD): copy the name from the store (pv-check summary lists it).`}function planPairings(r,s,i,o){if(o){const u=findVersion(r,o.prompt,o.candidate,"candidate");const f=s??r;const h=s!==null&&s.versions().some(r=>r.name===u.name&&r.version===u.version&&!sameContent(r,u));if(o.baseline){const r=findVersion(f,o.prompt,o.baseline,"baseline");if(s===null&&r.version===u.version)throw new SelectionError(`The baseline and the candidate are the same version ${JSON.stringify(u.version)} of ${JSON.stringify(u.name)}: name another version as the baseline, or leave it out to compare with the live one.`);return[{candidate:u,baseline:r,chosenBy:"explicit",versionReused:h}]}const v=parseInstant(u.timestamp);const w=s?s.versions():r.versions().filter(r=>r.name===u.name&&parseInstant(r.timestamp)<=v);const x=r.versions().filter(r=>r.name===u.name&&r.version!==u.version);const _=w.filter(r=>r.name===u.name&&r.id!==u.id);const[S]=taggedLive(_,recentCalls(f,_)?.calls);const k=S&&sameContent(S,u)&&!rollbackPastTag(S,_)?{version:S,chosenBy:"production_tag",sameText:true}:null;const M=k??chooseBaseline(u,w,i,f)??sameTextBaseline(u,w,i,s!==null);if(!M&&!s&&taggedLive(x.concat(u),recentCalls(r,x.concat(u))?.calls)[0]===u&&x.length>0)throw new SelectionError(`${JSON.stringify(u.version)} is the live version of ${JSON.stringify(u.name)} (tagged production) and no version was registered before it: name the version to compare it with as the baseline.`);const N=M??(s?null:chooseBaseline(u,x,i,r));if(!N)throw new SelectionError(`There is no other version of ${JSON.stringify(u.name)} to compare ${JSON.stringify(u.version)} with${s?` in ${s.label}`:""}: name one as the baseline, or log calls of the live version first.`);return[{candidate:u,versionReused:h,...baselineOf(N)}]}const u=pooledChanges(contentChanges(r,s,i).changed);const f=s?renames(r,s,u):new Map;return u.map(({version:r,versionReused:o,editedAfter:u,ranAgainAfter:h,promotedAfter:v,pooled:w})=>{const x=f.get(r);const _=!s?null:x===undefined?chooseBaseline(r,s.versions(),i,s):chooseBaseline(r,s.versions(),i,s,x)??sameTextBaseline(r,s.versions(),i,true,x);const S=_&&s&&!v?revertedTo(r,_.version,s):undefined;return{candidate:r,versionReused:o,...baselineOf(_),...S?{revertsTo:S}:{},...u?{editedAfter:u}:{},...h?{ranAgainAfter:h}:{},...v?{promotedAfter:v}:{},...w?{pooled:w}:{},...x!==undefined&&_?{renamedFrom:x}:{}}})}function renames(r,s,i){const o=byName(r.versions());const u=byName(s.versions());const f=i.filter(r=>!u.has(r.version.name)).map(r=>r.version);const h=new Map;if(f.length===0)return h;const v=[...u.keys()].filter(r=>!o.has(r));if(v.length===0)return h;for(const r of f){const s=v.find(s=>u.get(s).some(s=>sameStoredText(s,r)))??v.find(s=>foldName(s)===foldName(r.name));if(s!==undefined)h.set(r,s)}return h}function pooledChanges(r){const plain=r=>!r.editedAfter&&!r.ranAgainAfter&&!r.promotedAfter;const s=[];for(const i of r){const r=plain(i)?s.find(r=>r.length<Mt&&plain(r[0])&&r[0].version.name===i.version.name&&sameContent(r[0].version,i.version)):undefined;if(r)r.push(i);else s.push([i])}return s.map(r=>{if(r.length===1)return r[0];const s=r.find(r=>taggedProduction(r.version))??r[0];return{...s,pooled:r.filter(r=>r!==s).map(r=>r.version)}})}function addsTo(r,s,i){return s.changed.length>0||r.versions().some(r=>!i(r))}function lostVersions(r,s,i,o,u="adding",f=new Set){if(u==="none")return[];const h=copiedFrom(s);const v=u!=="every"&&!addsTo(r,i,h);const w=byName(s.versions());const x=v?[]:i.rewrittenSince.map(({version:r,sameAs:i})=>({version:i,live:liveVersion(w.get(i.name)??[],o,s)?.id===i.id,olderCopy:r}));const _=new Set(x.map(r=>r.version.id));const S=r.versions().filter(h).map(r=>parseInstant(r.timestamp));if(S.length===0)return x;const k=Math.max(...S);const M=byName(r.versions());const N=new Set(i.changed.map(r=>r.version.name));for(const[r,i]of w){if(f.has(r))continue;const u=M.get(r)??[];const w=u.some(r=>taggedProduction(r)&&i.some(s=>s.version===r.version&&s.timestamp===r.timestamp&&!taggedProduction(s)&&sameContent(s,r)));const has=r=>u.some(s=>sameContent(s,r)||!w&&s.version===r.version&&parseInstant(s.timestamp)>=parseInstant(r.timestamp));if(i.every(r=>u.some(s=>sameContent(s,r))))continue;const before=r=>parseInstant(r.timestamp)<=k;const S=!N.has(r)&&(u.some(h)||i.some(before))?liveVersion(i,o,s):undefined;const gone=r=>v?before(r)&&!has(r):!u.some(s=>sameContent(s,r));if(S&&gone(S)&&(u.some(h)||before(S))){if(!_.has(S.id))x.push({version:S,live:true});continue}if(v)continue;for(const r of i)if(parseInstant(r.timestamp)>k&&!has(r)&&!_.has(r.id))x.push({version:r,live:false})}return x}const day=r=>new Date(parseInstant(r)).toISOString().slice(0,10);function changeWarnings(r){const s=[];for(const{version:i,sameAs:o}of r?.stagedRan??[]){const[r,u]=[JSON.stringify(i.name),JSON.stringify(i.version)];const f=o.calls===0?"never called":labels_plural(o.calls,"call");s.push(`The head ran ${r} ${u}, the base's newest text (${f} there): not compared, as it is on the base branch. Compare it on demand: pv-check compare --prompt ${r} --candidate ${u} (or workflow_dispatch).`)}for(const{version:i,sameAs:o}of r?.tagMoved??[]){const[r,u]=[JSON.stringify(i.name),JSON.stringify(i.version)];s.push(`The head tags ${r} ${u} production over the base's ${JSON.stringify(o.version)}, whose text it registered anew: if the head store is a copy from before the base moved the tag (a restored cache), copy the base's store again; else it is tested as what now runs.`)}for(const i of r?.removedSince??[]){const[r,o]=[JSON.stringify(i.name),JSON.stringify(i.version)];s.push(`The head holds ${r} ${o} (registered ${day(i.timestamp)}), which the base store no longer has: a row of the store this branch copied, removed on the base since (delete_version?), not called after the base's newest call. Not compared: it is no change of this branch's.`)}return s}function lostWarnings(r){const s=r.filter(r=>!r.olderCopy);const named=r=>{const s=r.slice(0,2).map(({version:r})=>`${JSON.stringify(r.name)} ${JSON.stringify(r.version)}`);return s.join(", ")+(r.length>2?` and ${r.length-2} more`:"")};const i=s.filter(r=>r.live);const o=s.filter(r=>!r.live);const u=[];if(i.length>0)u.push(`The head store, a copy of the base's, lacks the base's live ${named(i)}: take the base branch's store again and re-run the evaluation (an older copy kept in a merge conflict, a revert, or the stores swapped?). Not compared.`);if(o.length>0)u.push(`The head store, a copy of the base's, lacks ${labels_plural(o.length,"version")} the base registered after its newest copied one (${named(o)}): take the base branch's store again and re-run the evaluation (an older copy kept, a revert, or the stores swapped?).`);for(const{version:s,olderCopy:i}of r){if(!i)continue;const[r,o]=[JSON.stringify(i.name),JSON.stringify(i.version)];u.push(`The head's ${r} ${o} is an older text: the base registered ${o} again with other text (overwrite=True) on ${day(s.timestamp)}, after the head's row (${day(i.timestamp)}). Not compared: take the base branch's store again and re-run the evaluation.`)}return u}const At=14;function compareStores(r){const{head:s,base:i,options:o}=r;const u=f.filter(r=>s.metrics.has(r)&&(i??s).metrics.has(r));if(!r.selection&&i&&s.versions().length===0&&i.versions().length>0)throw new UserError(`The head store ${s.label} has no prompt versions, though the baseline store has ${i.versions().length}: the evaluation logged nothing (did it run, and write this store?), so nothing was checked.`);const h=planPairings(s,i,o.minSamples,r.selection);const v=h.map(s=>planOne(s,r,u));const w=decideFamily(v.map(r=>r.tests),o);const x=i&&!r.selection?droppedNames(s,i):[];const _=v.map((r,s)=>{const o=toComparison(r,w[s]??[]);return o.status==="new_prompt"&&i?{...o,warnings:renameHints(r.pairing.candidate,i,x)}:o});const S=r.selection?_:withSuperseded(_,v.map(r=>taggedProduction(r.pairing.candidate)));const k=S.map(policy_verdictStatus);const M=r.selection?null:contentChanges(s,i,r.options.minSamples);const N=M?.sameText??[];const $=[];const E=!i&&!r.selection;if(E){$.push("No baseline store (none at the base commit, or none given): nothing was compared, every added version reads as new. Commit the store on the base branch, or give the base branch's store (baseline-artifact, or --base).")}const C=o.baselineSince;if(C!==null&&Date.parse(C)>Date.parse(r.generatedAt))$.push(`baseline-since (${C}) is after this run's time (${r.generatedAt}): it leaves out every call of every baseline's history. Set an earlier date, or leave it empty.`);const I=i&&M?lostVersions(s,i,M,r.options.minSamples,r.lostScope,new Set(h.flatMap(r=>r.renamedFrom??[]))):[];$.push(...lostWarnings(I),...changeWarnings(M));return{schema:1,kind:"compare",verdict:runVerdict(k,r.failOn,I.length,E,S.filter(baselineInDoubt).length),generated_at:r.generatedAt,settings:{alpha:o.alpha,correction:o.correction,min_samples:o.minSamples,fail_on:r.failOn,thresholds:o.thresholds,...o.pairBy?{pair_by:o.pairBy}:{}},counts:countStatuses(S),comparisons:S,lost_versions:I.map(r=>({prompt:r.version.name,version:r.version.version,live:r.live})),same_text:N.map(r=>({prompt:r.version.name,version:r.version.version,same_as:r.sameAs.version})),...E?{no_baseline_store:true}:{},warnings:$}}function locate(r,s,i){const o={store:i.base??i.head,version:r};const u=i.base;if(!u){const u=parseInstant(s.timestamp);if(!Number.isFinite(u))return{history:o,fresh:null};const f=toIso(u);if(!i.head.contexts(r.id,undefined,f).some(r=>r.calls>0))return{history:o,fresh:null};return{history:o,fresh:{store:i.head,version:r,after:()=>null,since:f},historyUntil:f}}const f=i.head.versions().filter(i=>i.name===r.name&&i.id!==s.id&&sameContent(i,r));const h=f.filter(s=>!nothingFresh(s,r));const pick=s=>s.find(s=>s.version===r.version)??s[0];const v=pick(h)??pick(f);return{history:o,fresh:v?{store:i.head,version:v,after:()=>u.lastCallMs()}:null}}function withSuperseded(r,s){const i=new Map;for(const s of r){const r=i.get(s.prompt);if(!r||parseInstant(s.candidate.timestamp)>parseInstant(r.timestamp))i.set(s.prompt,s.candidate)}return r.map((r,o)=>{const u=i.get(r.prompt);if(!u||u===r.candidate||s[o])return r;if(!(parseInstant(u.timestamp)>parseInstant(r.candidate.timestamp)))return r;return{...r,warnings:[...r.warnings,`Superseded in this change by ${JSON.stringify(u.version)}, registered after it. It is still judged: if it no longer runs, delete it from the head store (the library's storage.delete_version) so that only the final text is compared.`]}})}function planOne(r,s,i){const o=r.pooled?{...s,head:pooledReader(s.head,[r.candidate,...r.pooled].map(r=>r.id))}:s;if(!r.baseline){const s=modelsOf(o.head.contexts(r.candidate.id));return{pairing:r,plan:null,tests:[],candidateModels:s,minSamples:0}}const u=locate(r.baseline,r.candidate,o);const read=s=>readSides(o.head,r.candidate,u,i,o.options,s);let f=read(r.editedAfter??r.ranAgainAfter);let h=false;if(r.ranAgainAfter&&!r.editedAfter&&f.candidateContexts.length===0){f=read(undefined);h=true}let v;const w=r.promotedAfter;if(w&&f.source==="fresh"){const s=read(w);const h=s.candidate.rows;if(s.source==="fresh"&&(h>=o.options.minSamples||forcedFresh(o))){v={fresh:h,inProduction:false};f=s}else if(!forcedFresh(o)){f=readSides(o.head,r.candidate,u,i,{...o.options,baselineSamples:"history"});v={fresh:h,inProduction:true}}}const x=f.candidateContexts.reduce((r,s)=>r+s.calls,0);const _=r.ranAgainAfter&&!h?r.candidate.calls-x:0;const S=modelsOf(f.candidateContexts);const k=costLeftOut(unpricedSides(f))?i.filter(r=>r!=="cost_eur"):i;const{pairBy:M}=o.options;const N=M?testMetricsPaired(k,f.baseline,f.candidate,{...o.options,pairBy:M},f.pairedBaseline,f.pairedSpan):undefined;const $=N?.tests??testMetrics(k,f.baseline,f.candidate,o.options);const E=o.base??o.head;const{tests:C,days:I}=f.source==="history"?historyDayLevel($,{store:E,versionId:r.baseline.id,newestCall:f.baseline.to,models:f.models,since:o.options.baselineSince},f.candidate):{tests:$,days:0};return{pairing:r,plan:f,tests:C,candidateModels:S,baselineDays:I,minSamples:o.options.minSamples,loggedErrors:o.head.loggedErrors?.(r.candidate.id)??0,...N?{paired:N}:{},...h?{unstamped:h}:{},..._>0?{oldCalls:_}:{},...v?{promoted:v}:{}}}function alsoTaggedNote(r,s,i){const q=r=>JSON.stringify(r.version);if(!i)return`Also tagged production: ${s.map(q).join(", ")}; the one called last, ${q(r)}, is the baseline (none has a call to count). Untag the versions that are no longer live.`;const[o=0,...u]=i.counts;const f=s.map((r,s)=>`${q(r)} (${labels_plural(u[s]??0,"call")})`).join(", ");const h=u.some(r=>2*r>=o&&r>0)?"the oldest of those serving at least half as many calls as the most called":"the one serving most of their calls";return`Also tagged production: ${f} in the 24 hours up to the newest call of a tagged version (${i.until.slice(0,16)}Z); the baseline is ${q(r)} (${labels_plural(o,"call")}), ${h}, as the health report picks the live version. Untag the versions that are no longer live, or name the baseline.`}const forcedFresh=r=>r.options.baselineSamples==="fresh";function toComparison(r,s){const{candidate:i,baseline:o,chosenBy:u,versionReused:f}=r.pairing;const h={version:i.version,version_reused:f,prompt_hash:i.promptHash,n:r.plan?.candidate.rows??(r.pairing.pooled??[]).reduce((r,s)=>r+s.calls,i.calls),models:r.candidateModels,timestamp:i.timestamp,git_commit:i.gitCommit,...r.plan?.candidateLeftOut?{left_out:r.plan.candidateLeftOut}:{},...r.pairing.revertsTo?{reverts_to:r.pairing.revertsTo.version}:{},...r.pairing.pooled?{pooled:r.pairing.pooled.map(r=>r.version)}:{}};if(!o||!r.plan||!u){return{prompt:i.name,candidate:h,baseline:null,status:"new_prompt",metrics:[],cross_model:false,warnings:[]}}const v=r.plan;const w=daysBetween(v.baseline.to,v.candidate.to);const x=[...r.paired?.notes??[],...contextWarnings(v)];const _=r.pairing.editedAfter;if(_)x.push(`The candidate's text was edited in place (the base store's own row of ${JSON.stringify(i.version)}, with other text): only its calls after the base's newest one (${_.slice(0,40)}) ran the new text and are tested.`);const S=r.pairing.ranAgainAfter;if(S&&r.unstamped)x.push(`The candidate is a text the base store ran before and replaced (its own row of ${JSON.stringify(i.version)}, run again in this change), but none of its calls is stamped after the base's newest one (${S.slice(0,40)}): a clock that is off, or a backfill? All its calls are tested, those from before it was replaced included.`);else if(S&&r.oldCalls)x.push(`The candidate is a text the base store ran before and replaced (its own row of ${JSON.stringify(i.version)}, run again in this change): only its calls after the base's newest one (${S.slice(0,40)}) are tested, not the ${labels_plural(r.oldCalls,"call")} from before it was replaced.`);const k=r.pairing.promotedAfter;if(k&&r.promoted)x.push(r.promoted.inProduction?`The candidate ran in production beside ${JSON.stringify(o.version)} before this change (an A/B arm it promotes), and this change's evaluation ran it ${labels_plural(r.promoted.fresh,"time")}, too few to meet the re-run of ${JSON.stringify(o.version)}: its calls are compared with ${JSON.stringify(o.version)}'s in production instead.`:`The candidate ran in production beside ${JSON.stringify(o.version)} before this change (an A/B arm it promotes): only its ${labels_plural(r.promoted.fresh,"call")} after the base's newest one (${k.slice(0,40)}) are compared with the re-run of ${JSON.stringify(o.version)}, not its production traffic.`);if(r.pairing.liveSameText)x.push(`The baseline ${JSON.stringify(o.version)}, tagged production, has the candidate's very text: this compares two runs of one text (a re-run, other settings or models), not a prompt change.`);const M=r.pairing.renamedFrom;if(M!==undefined)x.push(`Renamed from ${JSON.stringify(M)}? The base store has no prompt ${JSON.stringify(i.name)}, and the head store no longer has ${JSON.stringify(M)}: compared with its ${JSON.stringify(o.version)}. If it is a new prompt and the old one was removed, this comparison does not apply.`);const N=r.pairing.tagLeftBehind;if(N)x.push(`The production tag is on ${JSON.stringify(N.version)}, but ${JSON.stringify(o.version)}, registered after it with the text of an earlier version (a rollback), has been called since its newest call: ${JSON.stringify(o.version)} is what runs, and the baseline. Move the production tag to it.`);const $=r.pairing.tagIdle;if($){const[r,s]=[JSON.stringify(o.version),JSON.stringify($.version)];x.push(`The production tag is on ${r}, not called since ${s} was registered after it (${labels_plural($.calls,"call")} since): the baseline is the tagged ${r}. If ${s} is what runs, move the tag to it or name it as the baseline; after a rollback to ${r}, nothing to do.`)}const E=r.pairing.fewCalls;if(E)x.push(`No version is tagged production, and ${E.map(r=>`${JSON.stringify(r.version)} (${labels_plural(r.calls,"call")})`).join(", ")}, newer than the baseline, ${E.length===1?"has":"have"} fewer calls than min-samples (${r.minSamples}): passed over for ${JSON.stringify(o.version)}. If a newer one is what runs, tag it production (or name it with baseline).`);const C=r.pairing.alsoTagged;if(C)x.push(alsoTaggedNote(o,C,r.pairing.tagCalls));const I=v.freshCases!==undefined?"Re-run the live version on every case the candidate ran for a fresh baseline.":v.freshUnused>0?`Log at least ${r.minSamples} calls of the live version on the candidate's models in the evaluation for a fresh baseline.`:"Re-run the live version in the evaluation for a fresh baseline.";if(r.loggedErrors)x.push(`${labels_plural(r.loggedErrors,"candidate call")} logged an error message with success left at 1 (the library's default for log_metrics and test.log): the success rate counts ${r.loggedErrors===1?"it":"them"} as ${r.loggedErrors===1?"a success":"successes"}. Log failed calls with success=False.`);if(v.freshCases!==undefined)x.push(`The evaluation re-ran the live version on ${labels_plural(v.freshCases,"case")} the candidate ran, fewer than the ${r.minSamples} needed (min-samples) to pair them: the baseline is its history instead, which shares more of them.`);if(v.freshUnused>0)x.push(`The evaluation re-ran the live version on the candidate's models ${labels_plural(v.freshUnused,"time")}, fewer than the ${r.minSamples} needed (min-samples): the baseline is its history instead.`);if(r.baselineDays)x.push(`The baseline is history from ${r.baselineDays} days: judged against the spread of its daily means, from every call of those days (not only the newest baseline-max-samples), so a change must be larger to be sure than against a fresh baseline. ${I}`);const T=r.paired?.pairing.paired?v.pairedBaseline?.to:undefined;const O=T?daysBetween(T,v.candidate.to):null;if(v.source==="history"&&O!==null&&O>At){x.push(`The baseline's calls with a ${r.paired.pairing.key}, which the paired tests compare, are ${Math.round(O)} days older than the candidate's (the newest of them ${T.slice(0,10)}): conditions may have changed. ${I}`)}else if(v.source==="history"&&w!==null&&w>At){x.push(`The baseline's newest call is ${Math.round(w)} days older than the candidate's: conditions may have changed. ${I}`)}return{prompt:i.name,candidate:h,baseline:{version:o.version,prompt_hash:o.promptHash,n:v.baseline.rows,models:modelsOf(v.baselineContexts),timestamp:o.timestamp,chosen_by:u,source:v.source,newest_call:v.baseline.to,age_days:w===null?null:Math.round(w*10)/10,...r.pairing.renamedFrom!==undefined?{prompt:r.pairing.renamedFrom}:{},...r.pairing.tagIdle?{doubt:"tag_not_moved"}:r.pairing.fewCalls?{doubt:"newer_few_calls"}:{}},status:worstStatus(s),metrics:s,cross_model:v.crossModel,warnings:x,...r.paired?{pairing:r.paired.pairing}:{}}}function formatDuration(r){const whole=s=>r%s===0;const count=(r,s)=>`${numbers_formatCount(r)} ${s}${r===1?"":"s"}`;if(whole($)&&r>=2*$)return count(r/$,"day");if(whole(N))return count(r/N,"hour");if(whole(6e4))return count(r/6e4,"minute");return count(r/1e3,"second")}function formatMoney(r){if(r===null||!Number.isFinite(r))return Q;return Math.abs(r)>=.01||r===0?`€${formatFixed(r,2)}`:formatEur(r)}const Ct={quality_score:"Daily mean quality",latency_ms:"Daily median latency",success:"Daily success rate",cost_eur:"Daily cost per call"};function formatTrendChange(r,s){return _[r].threshold==="points"?formatPoints(s):formatChangePercent(s)}const It=5;function firstFew(r){const s=r.length-It;return r.slice(0,It).join(", ")+(s>0?` and ${s} more`:"")}const Tt={regressed:"regressed: see its alert",degraded:"worse, within the thresholds",inconclusive:"inconclusive",insufficient_data:"too few calls to test",unchanged:"no significant difference",improved:"better"};function endedReleases(r,s){return r.prompts.flatMap(r=>{const i=r.release_ended;if(!i)return[];const o=i.metrics.map(metricName).join(", ");return[`${s(r.prompt)} ${s(r.live.version)} (worse than ${s(i.version)} on ${o} in its first days)`]})}function endedLine(r,s){const i=endedReleases(r,s);if(i.length===0)return null;const o=firstFew(i);const u=i.length===1;return`Compared with ${u?"its":"their"} own history from now on, as the calls of the version ${u?"it":"each"} replaced have left it, so reading healthy though nothing changed: ${o}.`}function alsoCalledLine(r,s){const i=r.prompts.flatMap(r=>(r.also_called??[]).map(s=>({prompt:r.prompt,...s})));if(i.length===0)return null;const o=[...i.filter(r=>r.status==="regressed"),...i.filter(r=>r.status!=="regressed")];const u=r.settings.min_samples;const word=r=>r.status===null?"older than the live version: not tested":r.status==="insufficient_data"&&r.calls>=u&&r.live_calls<u?`the live version had ${plural(r.live_calls,"call")} in its hours: too few to test`:Tt[r.status];const f=o.map(r=>`${s(r.prompt)} ${s(r.version)} (${plural(r.calls,"call")}, ${word(r)})`);const h=firstFew(f);const v=i.some(r=>r.status==="insufficient_data")?" One with too few calls here is tested over all its calls by a comparison with the live version on demand.":"";return`Also called in the window beside the live version, each newer one tested against its calls in the same hours: ${h}.${v}`}function unlistedPhrase(r){const{inactive:s,retired:i=0}=r.counts;const o=[s>0?`${plural(s,"prompt")} without calls in either`:"",i>0?`${plural(i,"prompt")} tagged retired`:""].filter(Boolean);return o.length>0?`${o.join(", ")}, not listed`:""}function historyCalls(r,s,i){const o=formatCount(r.n);const u=r.n>=s?`the newest ${o}`:o;return r.version===undefined?`${u} in the history`:`${u} in the history of ${i(r.version)}, the version it replaced`}function dayLevelNote(r,s){const i=s.reduce((r,s)=>s.test==="day_level_t"?Math.max(r,s.baseline.n):r,0);return i>r.n?` (the day-level tests read every call of its days: ${formatCount(i)})`:""}const Rt=["quality_score","latency_ms","success","cost_eur"];const Ot=7;const qt=.5;const Lt=60;const Dt=14;const Ft=.5;function currentTraffic(r){const medianCalls=s=>describe_median(r.slice(-s).map(r=>r.calls));return Math.max(medianCalls(3),medianCalls(7))}function trendSeries(r,s,i=0){const o=Math.floor(s/$)-i;const u=r.filter(r=>{const s=dayNumber(r.day);return s<o&&s>=o-Dt});const f=u.filter(r=>r.calls>0);if(f.length===0)return u;const h=Ft*currentTraffic(f);return u.filter(r=>r.calls>=h)}const jt=3;const Bt=.6;function spread(r,s,i){let o=0;for(let u=s;u<i;u++)o+=r[u]/(i-s);let u=0;for(let f=s;f<i;f++)u+=(r[f]-o)**2;return u}function stepLike(r){return stepAt(r)!==null}function stepAt(r){const s=r.length;if(s<2*jt)return null;const i=(s-1)/2;const o=r.reduce((r,s)=>r+s,0)/s;let u=0;let f=0;for(let h=0;h<s;h++){u+=(h-i)*(r[h]-o);f+=(h-i)**2}const h=spread(r,0,s)-u*u/f;let v=Infinity;let w=jt;for(let i=jt;i<=s-jt;i++){const o=spread(r,0,i)+spread(r,i,s);if(o<v)[v,w]=[o,i]}return v<Bt*h?w:null}function meanOf(r,s,i){let o=0;for(let u=s;u<i;u++)o+=r[u];return o/(i-s)}function dailyPoints(r){return r.map(r=>({day:r.day,calls:r.calls,quality_score:r.quality,latency_ms:r.latencyP50,success:r.successRate,cost_eur:r.costPerCall}))}function testTrend(r,s,i,o=false){const u=[];const f=[];for(const i of s){const s=i[r];const o=dayNumber(i.day);if(s!==null&&Number.isFinite(s)&&Number.isFinite(o)){u.push(s);f.push(o)}}const h=f.map(r=>r-(f[0]??0));const v=h.at(-1)??0;const w=u.length>0?describe_median(u):null;const x=s.find(r=>dayNumber(r.day)===f[0])?.day??null;const S={metric:r,days:u.length,median:w,span:v,threshold:i,firstDay:x};const k=u.length>=Ot?mannKendall(u,h):null;if(k===null||w===null){return{...S,slope:null,intercept:null,change:null,relative:null,projected:null,worseBy:null,pWorse:null,pBetter:null}}const M=_[r];const N=k.senSlope*v;const E=M.threshold==="points"?N:w!==0?N/Math.abs(w):null;const C=k.senSlope*Lt;const I=M.threshold==="points"?C:w!==0?C/Math.abs(w):null;const T=stepAt(u);let O=toWorse(C,w,M);let D;if(T!==null&&o){const r=meanOf(u,0,T);const s=meanOf(u,T,u.length);const i=new Date(f[T]*$).toISOString().slice(0,10);const o=M.threshold==="points"?s-r:(s-r)/Math.abs(r);D={day:i,before:r,after:s,change:Number.isFinite(o)?o:null};O=toWorse(s-r,r,M)*qt}else if(T!==null)O=Math.min(0,O);return{...S,...D?{step:D}:{},slope:k.senSlope,intercept:k.intercept,change:N,relative:E,projected:I,worseBy:O,pWorse:M.better==="higher"?k.pDecreasing:k.pIncreasing,pBetter:M.better==="higher"?k.pIncreasing:k.pDecreasing}}function trends_status(r,s,i,o){if(s===null||i===null||r.worseBy===null)return"insufficient_data";if(s<o)return r.worseBy>=qt*r.threshold?"worsening":"slight";return i<o?"improving":"stable"}function decideTrends(r,s){const i=adjustFamily(r,s.correction);return r.map(r=>r.map(r=>{const[o,u]=i.get(r)?.p??[null,null];return{metric:r.metric,status:trends_status(r,o,u,s.alpha),days:r.days,median:r.median,slope_per_day:r.slope,intercept:r.intercept,span_days:r.span,change:r.change,relative_change:r.relative,projected_change:r.projected,first_day:r.firstDay,p_value:r.pWorse,p_value_adjusted:o,p_better_adjusted:u,...r.step?{step:r.step}:{}}}))}function make(r){return{kind:r.kind,severity:r.severity,prompt:r.prompt??null,version:r.version??null,metric:r.metric??null,budget:r.budget??null,change:r.change??null,amount:r.amount??null,limit:r.limit??null,p_value_adjusted:r.p_value_adjusted??null,confirmed:r.confirmed??r.severity==="critical",message:r.message}}function worse(r){return r==="higher"?"fell":"rose"}function testedPhrase(r,s,i){const o=i?.release;return o?.tested==="after_first_days"?`in the calls of ${s} since ${o.since.slice(0,10)}`:`in the last ${formatDuration(r.windowMs)}`}function againstPhrase(r,s,i){const o=`the previous ${formatDuration(r.historyMs)}`;if(i===undefined)return o;const u=i.release;if(u?.tested==="after_first_days")return`the calls of version ${i.version}, which it replaced, since ${u.reference.slice(0,10)} (the first ${u.days} days of ${s}, from ${u.released}, read worse than its calls before then; the last ${formatDuration(r.windowMs)} hold too few calls to test on their own)`;const f=u===undefined?"":` (the first ${u.days} days of ${s}, from ${u.released}, read worse too)`;return`${o} of version ${i.version}, which it replaced${f}`}function metricMessage(r,s,i,o){const u=_[r.metric];const f=formatMetricValue(r.metric,centerOf(r.metric,r.baseline));const h=formatMetricValue(r.metric,centerOf(r.metric,r.candidate));const v=formatThreshold(r.metric,r.threshold);const w=r.status==="regressed"?`beyond the ${v} threshold`:`significant, but within the ${v} threshold`;return`${metricHeading(r.metric)} ${worse(u.better)} from ${f} to ${h} (${formatChange(r)}) `+`${testedPhrase(s,i,o)} against ${againstPhrase(s,i,o)}; `+`${formatPInline(r.p_value_adjusted)}, ${w}.`}function priceNote(r,s){const i=r.relative_change;const o=s?.relative_change;if(r.metric!=="cost_eur"||i===null||!(i>0)||!s||o==null)return"";if(s.p_value===null||s.status==="regressed"||Math.abs(o)>i/4)return"";return` Tokens per call moved ${formatChange(s)} only: the price per token rose (a model's price, or a dearer model), not the prompt's length.`}function metricAlert(r,s,i,o,u,f){if(i.status!=="regressed")return null;const h=_[i.metric];return make({kind:"regression",severity:"critical",prompt:r,version:s,metric:i.metric,change:h.threshold==="points"?i.absolute_change:i.relative_change,p_value_adjusted:i.p_value_adjusted,message:metricMessage(i,o,s,u)+priceNote(i,f)})}function modelsNote(r){if(r.crossModel)return" Compared across models: the live version had no call on its models in those hours.";return r.mainModelOnly&&r.models?` Compared on ${r.models.join(", ")} alone: the two ran their models in clearly different shares.`:""}function variantAlert(r,s,i,o,u,f){if(o.status!=="regressed")return null;const h=_[o.metric];const v=formatMetricValue(o.metric,centerOf(o.metric,o.baseline));const w=formatMetricValue(o.metric,centerOf(o.metric,o.candidate));return make({kind:"variant",severity:"warning",prompt:r,version:i.version,metric:o.metric,change:h.threshold==="points"?o.absolute_change:o.relative_change,p_value_adjusted:o.p_value_adjusted,confirmed:f,message:`Version ${i.version}, called beside the live version ${s} in the last ${formatDuration(u.windowMs)} `+`(${i.calls.toLocaleString("en-US")} ${i.calls===1?"call":"calls"}): ${metricHeading(o.metric).toLowerCase()} `+`${w} against ${v} for ${s} in the same hours (${formatChange(o)}); ${formatPInline(o.p_value_adjusted)}, `+`beyond the ${formatThreshold(o.metric,o.threshold)} threshold.${modelsNote(i)} ${i.rolledBackFrom?`It is the version ${s} rolled back from, still serving calls.`:"Promoted as it is, it would regress."}`})}function untestedAlert(r,s,i,o,u){if(i.not_tested===undefined||u&&i.metric!=="success")return null;return make({kind:"untested",severity:"warning",prompt:r,version:s,metric:i.metric,confirmed:true,message:`${_[i.metric].label} not tested in the last ${formatDuration(o.windowMs)}: ${i.not_tested}.`})}function degradedNote(r,s,i,o){return r.status==="degraded"?`${metricMessage(r,s,i,o)} A note, not an alert.`:null}function trendAlert(r,s,i,o){if(i.status!=="worsening"||i.slope_per_day===null)return null;const u=_[i.metric];const f=` (Mann-Kendall ${formatPInline(i.p_value_adjusted)})`;const h=i.step;const v=h?`${Ct[i.metric]} ${u.better==="higher"?"fell":"rose"} by ${formatTrendChange(i.metric,h.change)} on ${h.day} and stayed there over ${i.days} days`+`${f}; the window has too few calls to be tested against the history.`:`${Ct[i.metric]} ${u.better==="higher"?"falls":"rises"} steadily over ${i.days} days: `+`Sen's slope ${formatMetricDelta(i.metric,i.slope_per_day)} per day, `+`${formatTrendChange(i.metric,i.relative_change)} over ${i.span_days} days`+(i.projected_change===null?"":`, ${formatTrendChange(i.metric,i.projected_change)} in ${Lt} days at this pace`)+`${f}.`;return make({kind:"trend",severity:"warning",prompt:r,version:s,metric:i.metric,change:h?h.change:i.relative_change,p_value_adjusted:i.p_value_adjusted,confirmed:o,message:v})}function silentAlert(r,s,i,o,u,f){const h=u===null?"":` Version ${u} has calls in the window: is the production tag out of date?`;return make({kind:"silent",severity:"warning",prompt:r,version:s,confirmed:f,message:`No calls in the last ${formatDuration(o.windowMs)}, after ${i.toLocaleString("en-US")} `+`in the previous ${formatDuration(o.historyMs)}.${h}`})}function budgetAlert(r,s,i,o,u=r!=="projection"){const f=`over the ${r==="day"||r==="today"?"daily":"monthly"} budget of ${formatMoney(i)}`;const h={day:`${o.day??""} cost ${formatMoney(s)}, ${f}.`,today:`Today (${o.day??""}, until ${o.until?formatTimestamp(o.until):"now"}) has cost ${formatMoney(s)} so far, ${f}.`,month:o.complete?`${o.month??""} cost ${formatMoney(s)}, ${f}.`:`${o.month??""} has cost ${formatMoney(s)} to date, ${f}.`,projection:`At its spend so far and last week's by weekday, ${o.month??""} is projected to cost ${formatMoney(s)}, ${f}.`};return make({kind:"budget",severity:r==="projection"?"warning":"critical",prompt:null,version:null,budget:r,amount:s,limit:i,confirmed:u,message:h[r]})}function sortAlerts(r){const s=["regression","budget","degradation","variant","untested","trend","silent"];const key=r=>`${r.prompt??""}\0${r.metric??r.budget??""}`;return[...r].sort((r,i)=>(r.severity===i.severity?0:r.severity==="critical"?-1:1)||s.indexOf(r.kind)-s.indexOf(i.kind)||(key(r)<key(i)?-1:key(r)>key(i)?1:0))}const Pt=7;const Wt=$;const Ut=["January","February","March","April","May","June","July","August","September","October","November","December"];function endedMonth(r,s,i){const o=s.filter(r=>r.complete).at(-1)?.day;if(o===undefined||o.startsWith(i))return null;const u=Date.UTC(Number(o.slice(0,4)),Number(o.slice(5,7))-1,1);const f=Date.UTC(Number(o.slice(0,4)),Number(o.slice(5,7)),1);const h=r.costByDay(toIso(u),toIso(f)).reduce((r,s)=>r+s.cost,0);const v=new Date(u);return{month:`${Ut[v.getUTCMonth()]??""} ${v.getUTCFullYear()}`,cost:h}}const dayOf=r=>toIso(r).slice(0,10);const dayCost=(r,s)=>new Map(r.costByDay(toIso(s),toIso(s+$)).map(r=>[r.day,r]));const zt=3;function weekdayProjection(r,s,i,o){const{nowMs:u,todayStart:f,monthEnd:h}=i;const v=[];for(let s=7;s>=1;s--){const i=f-s*$;v[new Date(i).getUTCDay()]=r.get(dayOf(i))?.cost??0}if(!v.some(r=>r>0))return null;const w=[...v].sort((r,s)=>r-s)[3];const high=r=>r!==undefined&&r>zt*w;const dayAt=r=>new Date(f-r*$).getUTCDay();const x=[];for(let r=7;r>=2&&w>0;r--){if(!high(v[dayAt(r)]))continue;let s=true;for(let i=r-1;i>=1&&s;i--)s=!high(v[dayAt(i)]);if(s)x.push(r)}for(const r of x){const i=s(f-(r+7)*$);if(i!==undefined&&!high(i))v[dayAt(r)]=i}const at=r=>v[new Date(r).getUTCDay()]??0;let _=o+(f+$-u)/$*at(f);for(let r=f+$;r<h;r+=$)_+=at(r);return _}function costReport(r,s,i,o=true){const u=new Date(s-1);const f=Math.floor((s-1)/$)*$;const h=s===f+$;const v=f-(Pt-1)*$;const w=Date.UTC(u.getUTCFullYear(),u.getUTCMonth(),1);const x=Date.UTC(u.getUTCFullYear(),u.getUTCMonth()+1,1);const _=Math.min(v-$,w);const S=r.costByDay(toIso(_),toIso(s));const k=new Map(S.map(r=>[r.day,r]));const M=[];for(let r=v;r<=f;r+=$){const s=dayOf(r);const i=k.get(s);M.push({day:s,calls:i?.calls??0,cost:i?.cost??0,complete:r<f||h})}const N=toIso(w).slice(0,7);const E=S.filter(r=>r.day.startsWith(N)).reduce((r,s)=>r+s.cost,0);const C=s-w;const I=C/(x-w);const T=C>=Wt?weekdayProjection(k,s=>(s>=_?k:dayCost(r,s)).get(dayOf(s))?.cost,{nowMs:s,todayStart:f,monthEnd:x},E)??E/I:null;const O=`${Ut[u.getUTCMonth()]??""} ${u.getUTCFullYear()}`;const D=[];const F=i.dailyBudget;if(F!==null){const r=M.filter(r=>r.complete).at(-1);if(r&&r.cost>F)D.push(budgetAlert("day",r.cost,F,{day:r.day}));const i=M.at(-1);if(i&&!i.complete&&i.cost>F)D.push(budgetAlert("today",i.cost,F,{day:i.day,until:toIso(s)}))}const j=i.monthlyBudget;if(j!==null){const u=endedMonth(r,M,N);if(u&&u.cost>j)D.push(budgetAlert("month",u.cost,j,{month:u.month,complete:true}));if(E>j)D.push(budgetAlert("month",E,j,{month:O}));else if(T!==null&&T>j){const u=o?costReport(r,s-$,i,false).alerts.some(r=>r.budget==="projection"||r.budget==="month"):false;D.push(budgetAlert("projection",T,j,{month:O},u))}}return{days:M,month:N,month_to_date:E,month_elapsed:I,projection:T,daily_budget:F,monthly_budget:j,alerts:D}}function allAlerts(r){return[...r.prompts.flatMap(r=>r.alerts),...r.cost.alerts]}function alertsFingerprint(r){return shortSha256(confirmedKeys(r).join("\n"))}function alertKeys(r){return[...new Set(confirmedKeys(r).map(r=>shortSha256(r).slice(0,8)))].sort()}function confirmedKeys(r){const s=allAlerts(r).filter(r=>r.confirmed).map(r=>JSON.stringify([r.kind,r.prompt??"",r.version??"",r.metric??r.budget??""]));return[...new Set(s)].sort((r,s)=>r<s?-1:r>s?1:0)}function callsIn(r,s,i){if(s.calls===0||s.lastCallAt===null)return 0;const o=parseInstant(s.lastCallAt);if(Number.isFinite(o)&&o<parseInstant(i.since))return 0;return r.contexts(s.id,i.since,i.until).reduce((r,s)=>r+s.calls,0)}const Vt=4;const Ht=7*$;function clockSlack(r){return Math.min(N,r/4)}function surelyRan(r){if(r===null)return-Infinity;return r===undefined?NaN:Date.parse(`${r}T00:00:00Z`)+$}function quietWeeks(r,s,i,o){const u=parseInstant(i.since);const f=parseInstant(i.until)-u;const h=surelyRan(o);if(!(f<Ht)||Number.isNaN(h))return 0;const v=clockSlack(f);let w=0;for(let i=1;i<=Vt;i++){const o=u-i*Ht;if(o<h)break;const x={since:toIso(o+v),until:toIso(o+f-v)};if(callsIn(r,s,x)>0)return 0;w=i}return w>=2?w:0}function expectedCalls(r,s,i,o){const u=s.lastCallAt===null?NaN:parseInstant(s.lastCallAt);const f=u<parseInstant(i.since)?u:parseInstant(i.since);const h=parseInstant(i.until);const v=surelyRan(o);if(!(f<h)||Number.isNaN(v))return null;const w=clockSlack(h-f);let x=0;let _=0;for(let i=1;i<=Vt;i++){const o=f+1-i*Ht;if(o<v)break;const u={since:toIso(o+w),until:toIso(h-i*Ht-w)};_+=callsIn(r,s,u);x=i}return x>=2?_/x:null}const Gt=3;function replacedVersion(r,s,i,o,u,f){const h=s.indexOf(i);const enough=(s,i)=>r.contexts(s.id,o.since,i).reduce((r,s)=>r+s.calls,0)>=f;const v=s.slice(h+1,h+1+Gt);const w=s.slice(Math.max(0,h-Gt),h).reverse();const x=`${u}T00:00:00.000Z`;return v.find(r=>enough(r,o.until))??w.find(r=>enough(r,x))??null}function olderWithText(r,s){const i=s.promptHash;if(i===null)return[];return r.slice(r.indexOf(s)+1).filter(r=>r.promptHash===i)}function sameTextVersion(r,s,i,o,u){return olderWithText(s,i).find(s=>callsIn(r,s,o)>=u)??null}function latest(r,s,i,o,u){const f={activeOther:null,idleTagged:u};for(const u of s){const s=callsIn(r,u,i);if(s>0){const i=callsIn(r,u,o);return{...f,version:u,chosenBy:"latest_in_window",windowCalls:s,historyCalls:i}}}for(const i of s){const s=callsIn(r,i,o);if(s>0)return{...f,version:i,chosenBy:"latest_in_history",windowCalls:0,historyCalls:s}}return null}function alsoCalled(r,s,i){const o=s.reduce((r,s)=>r+s.pick.windowCalls,0);if(r.callsInRange?.(i.since,i.until)===o)return s.map(()=>undefined);const u=r.callsByVersion?.(i.since,i.until);return s.map(({versions:s,pick:o})=>{if(o.windowCalls===0)return undefined;const f=s.flatMap(s=>{if(s===o.version)return[];const f=u?u.get(s.id)??0:callsIn(r,s,i);return f>0?[{version:s,calls:f}]:[]});return f.length>0?f:undefined})}function pickLive(r,s,i,o){const[u,...f]=taggedLive(s,s=>callsIn(r,s,i));if(!u)return latest(r,s,i,o,null);const h=callsIn(r,u,i);const v=rollbackPastTag(u,s,s=>callsIn(r,s,i)>h);const w=v?latest(r,[v],i,o,null):null;if(w)return{...w,tagLeftBehind:u};const x=h;const _=callsIn(r,u,o);if(x===0&&_===0){const f=s.filter(r=>r!==u);return latest(r,f,i,o,u)}const S=x>0?null:s.find(s=>s!==u&&callsIn(r,s,i)>0)??null;return{version:u,chosenBy:"production_tag",windowCalls:x,historyCalls:_,activeOther:S,idleTagged:null,...f.length>0?{alsoTagged:f}:{}}}const Jt=.2;const Qt={baseline:"history",candidate:"window","both sides":"window and history"};function planWindow(r,s,i,o,u,f,h=null,v=false){const w=h??s;const x=f.baselineSince===null||parseInstant(f.baselineSince)<=parseInstant(o.since)?o.since:parseInstant(f.baselineSince)<parseInstant(o.until)?f.baselineSince:o.until;const _={since:x,until:o.until};const S=r.contexts(s.id,i.since,i.until);const k=r.contexts(w.id,_.since,_.until);const M=modelsOf(S);const N=sameModels(M,k);const{crossModel:$}=N;const calls=r=>r.reduce((r,s)=>r+s.calls,0);const E=calls(k);const C=N.models!==null&&E>0&&calls(N.contexts)/E<Jt?calls(N.contexts)/E:null;const I=C===null?N.models:null;const T=C===null?N.contexts:k;const O=calls(T);const D=I&&O<E?{models:modelsOf(k.filter(r=>!T.includes(r))),share:(E-O)/E}:null;const F=modelMixWarning(T,S,{baseline:"history",candidate:"window",both:"the window and the history"});const j=r.samples({versionId:s.id,metrics:u,since:i.since,until:i.until,newest:_t});const U=r.samples({versionId:w.id,metrics:u,since:_.since,until:_.until,newest:f.baselineMaxSamples,...I?{models:I}:{}});const z=unpricedSides({baseline:U,candidate:j});const V=costLeftOut(z)?u.filter(r=>r!=="cost_eur"):u;const H=j.rows===0?[]:testMetrics(V,U,j,f,v);const G=parseInstant(i.until)-parseInstant(i.since);const J=Math.min(lt,Math.floor((parseInstant(_.until)-parseInstant(_.since))/G));const Q=[];let Y=H;if(J>=ot&&H.some(dayLevelMayRun)){const o=w===s;const h=r.blocks({versionId:w.id,metrics:u,until:o?i.until:_.until,blockMs:G,count:o?J+1:J,...I?{models:I}:{}});const v=o?h[0]:r.blocks({versionId:s.id,metrics:u,until:i.until,blockMs:G,count:1,...I?{models:I}:{}})[0];const x=(o?h.slice(1):[...h]).reverse();Y=H.map(r=>{const s=v?.metrics[r.metric];if(!dayLevelMayApply(r,s))return r;const i=referenceDays(r,metricDays(x,r.metric),s,f.alpha);const o=i.days;const u=dayLevelMetricTest(r,s,o);if(u!==r)Q.push({metric:r.metric,days:o.length,excluded:i.excluded});return u})}return{window:j,history:U,historyRange:_,windowModels:M,historyModels:modelsOf(T),crossModel:$,modelChange:C,historyLeftOut:D,mix:F,tests:Y,dayLevel:Q,blockMs:G,historyVersion:h,unpricedCost:z?Qt[z]:null}}const Yt="9999-12-31T23:59:59.999Z";function releasedWithin(r,s,i){const o=s.version;const u=s.historyCalls+s.windowCalls;if(u>=o.calls)return true;const f=r.callsFrom?.(o.id,i.until)??callsIn(r,o,{since:i.until,until:Yt});return u+f>=o.calls}function daysBefore(r,s){const i=s.since.slice(0,10);return r.filter(r=>r.calls>0&&r.day<i)}function firstBlock(r,s){let i=0;for(let o=0;o<r.length;o++){i+=r[o].calls;if(o+1>=ot&&i>=s)return r.slice(0,o+1)}return null}const Xt={reference:null,outOfReach:false};const Kt={reference:null,outOfReach:true};function checkRelease(r,s,i,o,u,f,h,v){const w=i.version;const x=o?.at(-1)?.day;const _=o?.[0]?.day??"";if(!o||x===undefined)return Xt;if(_<=f.since.slice(0,10))return Kt;if(!releasedWithin(r,i,u))return Kt;const S=replacedVersion(r,s,w,f,_,v.minSamples);const{since:k,until:M}=f;const N=S?r.callDays?.(S.id,k,M)??r.daily(S.id,k,M):[];const E=N.filter(r=>r.calls>0);if(!S||E.length<ot)return Kt;const C={since:`${_}T00:00:00.000Z`,until:toIso(parseInstant(x)+$)};const I=i.windowCalls<v.minSamples;const[T,O]=I?halves(E,f):[f,f];const D=planWindow(r,w,C,T,h,v,S,true);const F=D.tests.filter(r=>regressedUncorrected([r],v.alpha));const thin=r=>r.tests.some(r=>r.candidate.n>=v.minSamples&&r.baseline.n<v.minSamples);if(F.length===0)return thin(D)?Kt:Xt;const j=I?{since:C.until,until:u.until}:u;const U=planWindow(r,w,j,O,F.map(r=>r.metric),v,S);const z=U.tests.filter(r=>r.pWorse!==null).map(r=>r.metric);if(z.length===0)return thin(U)?Kt:Xt;const V=O.since.slice(0,10);return{outOfReach:false,reference:{version:S,released:_,days:o.length,calls:E.reduce((r,s)=>r+(s.day>=V?s.calls:0),0),metrics:z,tested:I?"after_first_days":"window",testedSince:j.since,plan:U}}}const Zt=7;function lookBackStart(r){return parseInstant(r.since)-Zt*$}function mayLookBack(r,s,i){return r.length>=2&&parseInstant(s.timestamp)>=lookBackStart(i)}function endedRelease(r,s,i,o,u,f,h){const v=i.version;if(!mayLookBack(s,v,u))return null;const w=lookBackStart(u);const x={since:toIso(w),until:u.until};const _=daysBefore(r.daily(v.id,x.since,x.until),o);const S=firstBlock(_,h.minSamples);const k={...i,historyCalls:callsIn(r,v,x)};return checkRelease(r,s,k,S,o,x,f,h).reference}function halves(r,s){const i=r.reduce((r,s)=>r+s.calls,0);let o=0;let u=0;while(u<r.length-1&&2*(o+r[u].calls)<=i)o+=r[u++].calls;const f=`${r[Math.max(1,u)].day}T00:00:00.000Z`;return[{since:s.since,until:f},{since:f,until:s.until}]}function withRelease(r,s){const i=new Map(s.plan.tests.map(r=>[r.metric,r]));const moved=r=>s.metrics.includes(r);return{...r,tests:r.tests.map(r=>moved(r.metric)?i.get(r.metric)??r:r),dayLevel:[...r.dayLevel.filter(r=>!moved(r.metric)),...s.tested==="window"?s.plan.dayLevel.filter(r=>moved(r.metric)):[]]}}function releaseSide(r){return{version:r.version.version,released:r.released,days:r.days,...r.plan.historyRange,n:r.calls,metrics:r.metrics,tested:r.tested,tested_since:r.testedSince}}const er=3;function list(r){const s=r.slice(0,er).join(", ");return r.length>er?`${s} and ${r.length-er} more`:s}function promptNotes(r,s,i,o){const u=[];const f=formatDuration(i.historyMs);if(r.idleTagged)u.push(`Version ${r.idleTagged.version} is tagged production but has no calls in the window or the previous ${f}; this reports on the newest version with calls instead.`);if(r.retiredNewest)u.push(`The newest version, ${r.retiredNewest.version}, is tagged retired, but a version tagged production still has calls in the window: the prompt is checked. To take the whole prompt out of service, tag that version retired too.`);if(r.tagLeftBehind)u.push(`The production tag is on ${r.tagLeftBehind.version}, but ${r.version.version}, registered after it with the text of an earlier version (a rollback), has been called since its newest call or serves more of the window's calls: ${r.version.version} is taken as live. Move the production tag to it.`);if(r.alsoTagged)u.push(`${labels_plural(r.alsoTagged.length,"other version")} (${list(r.alsoTagged.map(r=>r.version))}) ${r.alsoTagged.length===1?"is":"are"} also tagged production; ${r.version.version}, ${r.windowCalls>0?"the one serving the window (most calls, or the oldest of those with at least half as many)":"the one called last"}, is taken as live.`);const h=s.historyVersion;if(h)u.push(`Version ${r.version.version} has calls on too few days of the previous ${f}, or too few calls on them, to be its own reference: the window is compared with the history of version ${h.version}, ${h.promptHash!==null&&h.promptHash===r.version.promptHash?"whose text it runs again (a rollback)":"which it replaced"}.`);if(s.window.rows>0&&s.history.rows===0)u.push(`No calls of this version in the previous ${f}: nothing to compare the window with yet.`);if(s.modelChange!==null)u.push(`The window ran on ${list(s.windowModels)}, which only ${(s.modelChange*100).toFixed(0)} % of the history's calls ran on: a model change, so the window is compared with the history on every model.`);else if(s.crossModel)u.push(`The history has no calls on the window's models (${list(s.windowModels)}): this compares across models.`);else if(s.history.rows>0){const r=s.windowModels.filter(r=>!s.historyModels.includes(r));if(r.length>0)u.push(`The window also ran on ${list(r)}, which the history has no calls on; the history is restricted to the models both have.`)}const v=s.historyLeftOut;if(v&&s.history.rows>0)u.push(`The history is restricted to the window's models: its calls on ${list(v.models)} (${(v.share*100).toFixed(0)} % of them) are left out, so traffic moved between models does not show here (the cost table counts every call).`);if(s.mix&&s.window.rows>0)u.push(s.mix);if(s.unpricedCost)u.push(`Cost is 0 on every call of the ${s.unpricedCost} though tokens were logged: the library stores 0 for a model missing from its price table, cost_eur=0 was logged, or the model is free${s.unpricedCost==="history"?"":` (${list(s.windowModels)})`}. ${s.unpricedCost==="history"?"The window's cost is measured from 0":"Cost is not tested here"}, and the budgets count such calls as free: if the model is not free, log cost_eur with each call, or add the model's price to the library's PricingManager.`);const w=s.dayLevel;if(w.length>0){const r=Math.max(...w.map(r=>r.days));const i=formatDuration(s.blockMs);const o=w.filter(r=>r.excluded>0);u.push(`The window is compared with the spread of ${r} earlier blocks of ${i} of the history (day-level test)`+(o.length>0?`; left out as already regressed: ${o.map(r=>`${r.excluded} for ${r.metric}`).join(", ")}.`:"."))}else if(s.history.rows>=o)u.push(`The history is its newest ${o.toLocaleString("en-US")} calls (baseline-max-samples).`);return u}function releaseNote(r,s,i){const{version:o,released:u,metrics:f}=s;const h=formatDuration(i.historyMs);const v=s.calls.toLocaleString("en-US");const w=f.map(labels_metricName).join(", ");const x="If the change was meant, closing the tracking issue as not planned dismisses its alerts.";if(s.tested==="after_first_days"){const f=s.plan.historyRange.since.slice(0,10);return`Version ${r}, first called on ${u}, read worse in its first ${s.days} days than the calls of version ${o.version}, which it replaced, before ${f}, and the last ${formatDuration(i.windowMs)} hold too few calls to test: for ${w}, its calls since ${s.testedSince.slice(0,10)} are tested against ${o.version}'s calls since ${f} (${v} calls) instead, while the previous ${h} hold its calls on ${ot} days or more. Each half of ${o.version}'s calls serves one side, so that a chance low of its calls does not make both read worse. ${x}`}return`Version ${r}, first called on ${u}, read worse than version ${o.version}, which it replaced, in its first ${s.days} days: ${w} ${f.length===1?"is":"are"} compared with the history of ${o.version} (${v} calls) while the previous ${h} hold its calls on ${ot} days or more; the other metrics with ${r}'s own history. ${x}`}function endedNote(r,s,i){const{version:o,released:u,days:f,metrics:h}=s;const v=h.map(labels_metricName).join(", ");return`Version ${r} is no longer compared with version ${o.version}, which it replaced: the previous ${formatDuration(i.historyMs)} no longer hold enough of ${o.version}'s calls, or ${r}'s first day (${u}). Its first ${f} days read worse than ${o.version} on ${v}, and it is now its own reference: a level it kept since then reads healthy, though nothing changed. Said for about ${Zt} days after that comparison ends.`}function prompt_sum(r){let s=0;if(r)for(let i=0;i<r.length;i++)s+=r[i];return s}function prompt_meanOf(r){return r&&r.length>0?prompt_sum(r)/r.length:null}function statusOf(r,s,i){if(r.some(r=>r.kind!=="silent"))return"alert";if(r.length>0)return"silent";const o=s.some(r=>r.p_value!==null)||i.some(r=>r.p_value!==null);return o?"healthy":"insufficient_data"}const tr=.2;function trendConfirmed(r,s){const worsening=s=>s.some(s=>s.metric===r.metric&&s.status==="worsening");if(!worsening(s.day))return false;const i=r.p_value_adjusted;return i!==null&&i<tr*s.alpha||worsening(s.week)}function promptHealth(r,s,i,o,u,f,h,v){const{pick:w,plan:x}=r;const _=w.version;const S=w.windowCalls===0&&w.historyCalls>0;const k=S&&r.expectedCalls!==null&&r.expectedCalls<G;const M=S&&(r.quietWeeks>0||k);const N=S&&!M?[silentAlert(_.name,_.version,w.historyCalls,f,w.activeOther?.version??null,r.previousWindowCalls===0)]:[];const $=s.find(r=>r.metric==="total_tokens");const against=s=>{const i=r.release;if(i?.metrics.includes(s))return{version:i.version.version,release:{released:i.released,days:i.days,tested:i.tested,since:i.testedSince,reference:i.plan.historyRange.since}};return x.historyVersion?{version:x.historyVersion.version}:undefined};const E=s.some(r=>r.metric==="success"&&r.candidate.n>0&&r.candidate.mean===0);const C=sortAlerts([...s.map(r=>metricAlert(_.name,_.version,r,f,against(r.metric),$)),...s.map(r=>untestedAlert(_.name,_.version,r,f,E)),...i.flatMap(r=>r.metrics.map(s=>variantAlert(_.name,_.version,{...r,version:r.version.version},s,f,r.confirmed.has(s.metric)))),...o.map(r=>trendAlert(_.name,_.version,r,trendConfirmed(r,u))),...N].filter(r=>r!==null));return{prompt:_.name,live:{version:_.version,chosen_by:w.chosenBy,timestamp:_.timestamp,git_commit:_.gitCommit},status:statusOf(C,s,o),window_status:worstStatus(s),window:{...h,n:x.window.rows,models:x.windowModels,first_call:x.window.from,last_call:x.window.to},history:{...x.historyRange,n:x.history.rows,models:x.historyModels,first_call:x.history.from,last_call:x.history.to,...x.historyVersion?{version:x.historyVersion.version}:{}},cross_model:x.crossModel,...r.release?{release:releaseSide(r.release)}:{},...r.ended?{release_ended:{version:r.ended.version.version,released:r.ended.released,days:r.ended.days,metrics:r.ended.metrics}}:{},metrics:s,trends:o,daily:r.daily,cost:{per_call_window:prompt_meanOf(x.window.values.cost_eur),per_call_history:prompt_meanOf(x.history.values.cost_eur),window_total:prompt_sum(x.window.values.cost_eur)},alerts:C,notes:[...M&&r.quietWeeks>0?[`No calls in the last ${formatDuration(f.windowMs)}, as in the same hours of each of the ${r.quietWeeks} weeks before: a usual quiet time, not an alert.`]:M?[`No calls in the last ${formatDuration(f.windowMs)}; the same hours of the week had ${formatSignificant(r.expectedCalls??0,2)} ${r.expectedCalls===1?"call":"calls"} on average in the weeks before: too few for none to be an alert.`]:[],...promptNotes(w,x,f,v),...r.release?[releaseNote(_.version,r.release,f)]:[],...r.ended?[endedNote(_.version,r.ended,f)]:[],...s.map(r=>degradedNote(r,f,_.version,against(r.metric))).filter(r=>r!==null)],...i.length>0?{also_called:i.map(r=>({version:r.version.version,calls:r.calls,status:r.tested?worstStatus(r.metrics):null,live_calls:r.liveCalls,models:r.models,metrics:r.metrics}))}:{}}}const rr=24;function calledSlots(r,s,i,o){const u=parseInstant(i.until);const f=(u-parseInstant(i.since))/rr;if(!(f>0))return[i];const h=new Set(r.blocks({versionId:s.id,metrics:[],until:i.until,blockMs:f,count:rr,...o?{models:o}:{}}).filter(r=>r.calls>0).map(r=>r.index));const v=[];for(let r=rr-1;r>=0;r--){if(!h.has(r))continue;const s=r===rr-1?i.since:toIso(u-(r+1)*f);const o=r===0?i.until:toIso(u-r*f);const w=v.at(-1);if(w&&w.until===s)v[v.length-1]={since:w.since,until:o};else v.push({since:s,until:o})}return v.length>0?v:[i]}function joined(r){if(r.length===1)return r[0];const s={};for(const i of new Set(r.flatMap(r=>Object.keys(r.values)))){const o=r.map(r=>r.values[i]??new Float64Array);const u=new Float64Array(o.reduce((r,s)=>r+s.length,0));o.reduce((r,s)=>(u.set(s,r),r+s.length),0);s[i]=u}const i=r.flatMap(r=>[r.from,r.to]).filter(r=>r!==null);const by=(r,s)=>parseInstant(r)-parseInstant(s);const o=[...i].sort(by);return{rows:r.reduce((r,s)=>r+s.rows,0),values:s,from:o[0]??null,to:o.at(-1)??null}}function comparedModels(r,s){const i=sameModels(modelsOf(r),s);const{models:o,crossModel:u}=i;const f={models:o,crossModel:u,mainModelOnly:false};if(o===null||o.length<2)return f;const h=r.filter(r=>r.model!==null&&o.includes(r.model));if(modelMixWarning(i.contexts,h)===null)return f;const calls=r=>h.filter(s=>s.model===r).reduce((r,s)=>r+s.calls,0);return{...f,models:[o.reduce((r,s)=>calls(s)>calls(r)?s:r)],mainModelOnly:true}}function variantTests(r,s,i,o,u,f){const h=comparedModels(r.contexts(i.id,o.since,o.until),r.contexts(s.id,o.since,o.until));const{models:v}=h;const w=v?{models:v}:{};const x=r.samples({versionId:i.id,metrics:u,since:o.since,until:o.until,newest:_t,...w});const _=joined(calledSlots(r,i,o,v).map(i=>r.samples({versionId:s.id,metrics:u,...i,newest:_t,...w})));const S={liveCalls:_.rows,...h,from:x.from,to:x.to};if(Math.min(x.rows,_.rows)<f.minSamples)return{tests:[],...S};const k=costLeftOut(unpricedSides({baseline:_,candidate:x}))?u.filter(r=>r!=="cost_eur"):u;return{tests:testMetrics(k,_,x,f),...S}}function planVariants(r,s,i,o,u,f,h){const v=s.indexOf(i.version);const enough=r=>r>=h.minSamples&&i.windowCalls>=h.minSamples;const w=o.some(r=>s.indexOf(r.version)>v&&enough(r.calls))?olderWithText(s,i.version)[0]:undefined;const x=w?s.indexOf(w):-1;return o.map(({version:o,calls:w})=>{const _=s.indexOf(o);const S=_>v&&_<x;const k=_<v||S;return k&&enough(w)?{version:o,calls:w,tested:k,rolledBackFrom:S,...variantTests(r,i.version,o,u,f,h)}:{version:o,calls:w,tested:k,rolledBackFrom:S,tests:[],liveCalls:i.windowCalls,models:null,crossModel:false,mainModelOnly:false,from:null,to:null}})}function variantConfirmed(r,s,i,o,u,f){if(u.length===0)return new Set;const h=variantTests(r,s,i.version,o,u,f);const v=h.from===null?NaN:parseInstant(h.from);const w=i.to===null?NaN:parseInstant(i.to);const x=parseInstant(o.until)-parseInstant(o.since);if(!(w-v>=x))return new Set;return new Set(u.filter(r=>regressedUncorrected(h.tests.filter(s=>s.metric===r),f.alpha)))}function stillRuns(r,s,i){return s.some(s=>taggedProduction(s)&&!s.tags.some(isRetiredTag)&&callsIn(r,s,i)>0)}const nr="retired";const isRetiredTag=r=>r.trim().toLowerCase()===nr;const sr=864e13;const ar=5*6e4;function clockAhead(r,s){const i=r.lastCallMs();if(i===null||!(i-s>ar))return[];const o=i-s;const[u,f]=o>=2*$?[Math.round(o/$),"day"]:o>=2*36e5?[Math.round(o/36e5),"hour"]:[Math.round(o/6e4),"minute"];return[`The store's newest call (${(r.lastCallAt()??"").slice(0,40)}) is ${u} ${f}s after this run's time: calls stamped after it are left out. Is the clock of the host that logs them ahead?`]}const ir={alert:1,silent:2,insufficient_data:3,healthy:4};function rank(r){return r.alerts.some(r=>r.severity==="critical")?0:ir[r.status]}function staleStore(r,s,i){const o=[];const u=r.lastCallAt();if(u===null)o.push("The store has no calls at all.");else if((r.lastCallMs()??Infinity)<parseInstant(s.since))o.push(`The store's newest call (${u.slice(0,40)}) is older than the window: is this the production store, and is the time right?`);if(!i&&u!==null)o.push("No prompt has calls in the window or the history: nothing was checked. Is this the production store, and is the time right?");return o}function firstRan(r,s,i){const o=r.find(r=>r.calls>0)?.day;const u=parseInstant(i.timestamp)<parseInstant(s.since);return o===s.since.slice(0,10)&&u?null:o}function baselineAfterWindow(r,s){if(r===null||parseInstant(r)<parseInstant(s.since))return[];return[`The baseline start (baseline-since, ${r}) is not before the window's start (${s.since}): every history is empty, so no window is tested. Give an earlier time, or leave it out.`]}function healthReport(r,s){const i=parseInstant(s.now);if(!Number.isFinite(i))throw new RangeError(`now must be an ISO 8601 time, got ${s.now}`);const{analysis:o,health:u}=s;const h={windowMs:u.windowMs,historyMs:u.historyMs};const v={since:toIso(i-u.windowMs),until:toIso(i)};const w={since:toIso(i-u.windowMs-u.historyMs),until:v.since};const x=f.filter(s=>r.metrics.has(s));const _=Rt.filter(s=>r.metrics.has(s));const S=byName(r.versions());const k=[...S.values()].some(r=>r.some(s=>mayLookBack(r,s,w)));const M=k?Zt*$:0;const N=Math.min(i-u.windowMs-u.historyMs-M,i-2*u.windowMs);if(Math.abs(N-1e3)<=sr)r.focus?.(toIso(N-1e3),v.until);const E={since:toIso(i-2*u.windowMs),until:v.since};const C=[];let I=0;let T=0;for(const s of S.values()){const u=s[0];const f=u?.tags.some(isRetiredTag)?u:undefined;if(f&&!stillRuns(r,s,v)){T+=1;continue}const h=pickLive(r,s,v,w);const S=h&&f?{...h,retiredNewest:f}:h;if(!S){I+=1;continue}const k=dailyPoints(r.daily(S.version.id,w.since,v.until));const M=daysBefore(k,v);const N=firstBlock(M,o.minSamples);const $=k.find(r=>r.calls>0)?.day??v.since.slice(0,10);const O=M.length<ot||!N&&S.windowCalls>=o.minSamples;const D=O?replacedVersion(r,s,S.version,w,$,o.minSamples):null;let F=planWindow(r,S.version,v,w,x,o,D);if(D&&!regressedUncorrected(F.tests,o.alpha)){const i=sameTextVersion(r,s,S.version,w,o.minSamples);const u=i&&i!==D?planWindow(r,S.version,v,w,x,o,i):null;if(u&&regressedUncorrected(u.tests,o.alpha))F=u}const j=D?null:checkRelease(r,s,S,N,v,w,x,o);const U=j?.reference??null;if(U)F=withRelease(F,U);const z=j?.outOfReach?endedRelease(r,s,S,v,w,x,o):null;const V=Math.min(F.window.rows,F.history.rows)<o.minSamples;const trendsAt=r=>{const s=trendSeries(k,i,r);return _.map(r=>testTrend(r,s,o.thresholds[r],V))};const H=S.windowCalls===0;const G=H?firstRan(k,w,S.version):undefined;C.push({versions:s,pick:S,plan:F,release:U,ended:z,daily:k,trends:trendsAt(0),previousTrends:trendsAt(1),weekTrends:trendsAt(7),previousWindowCalls:S.windowCalls>0?0:callsIn(r,S.version,E),quietWeeks:H?quietWeeks(r,S.version,v,G):0,expectedCalls:H?expectedCalls(r,S.version,v,G):null})}alsoCalled(r,C,v).forEach((s,i)=>{const u=C[i];if(s)C[i]={...u,pick:{...u.pick,alsoCalled:s},variants:planVariants(r,u.versions,u.pick,s,v,x,o)}});const O=decideFamily(C.map(r=>r.plan.tests),o);const D=decideFamily(C.flatMap(r=>(r.variants??[]).map(r=>r.tests)),o);let F=0;const j=C.map(s=>(s.variants??[]).map(i=>{const u=D[F++]??[];const f=u.filter(r=>r.status==="regressed").map(r=>r.metric);const h=variantConfirmed(r,s.pick.version,i,E,f,o);return{...i,metrics:u,confirmed:h}}));const U=decideTrends(C.map(r=>r.trends),o);const z=decideTrends(C.map(r=>r.previousTrends),o);const V=decideTrends(C.map(r=>r.weekTrends),o);const H=C.map((r,s)=>promptHealth(r,O[s]??[],j[s]??[],U[s]??[],{day:z[s]??[],week:V[s]??[],alpha:o.alpha},h,v,o.baselineMaxSamples)).sort((r,s)=>rank(r)-rank(s)||(r.prompt<s.prompt?-1:r.prompt>s.prompt?1:0));const G=costReport(r,i,u);const J=C.some(r=>r.pick.windowCalls>0);const Q=[...J?[]:staleStore(r,v,H.length>0),...s.clock?clockAhead(r,i):[],...baselineAfterWindow(o.baselineSince,v)];const Y=allAlerts({prompts:H,cost:G});const n=r=>H.filter(s=>s.status===r).length;const K=H.some(r=>policy_failsPolicy(r.window_status,s.failOn));const Z=H.every(r=>r.status==="insufficient_data");return{schema:1,kind:"health",verdict:K?"regressed":Y.length>0||Z?"warning":"passed",generated_at:v.until,window:v,history:w,settings:{alpha:o.alpha,correction:o.correction,min_samples:o.minSamples,fail_on:s.failOn,thresholds:o.thresholds,window_ms:u.windowMs,history_ms:u.historyMs,baseline_max_samples:o.baselineMaxSamples,daily_budget:u.dailyBudget,monthly_budget:u.monthlyBudget,min_trend_days:Ot,trend_days:Dt,trend_min_traffic:Ft,trend_horizon_days:Lt},counts:{prompts:H.length,healthy:n("healthy"),alert:n("alert"),silent:n("silent"),insufficient_data:n("insufficient_data"),inactive:I,retired:T,alerts:Y.length,critical:Y.filter(r=>r.severity==="critical").length,warnings:Y.filter(r=>r.severity==="warning").length,confirmed:Y.filter(r=>r.confirmed).length},prompts:H,cost:G,warnings:Q}}function summarize(r,s=(new Date).toISOString()){const i=r.digest({means:["success","quality_score","cost_eur","total_tokens"],quantiles:{quality_score:[.5],latency_ms:[.5,.95]}});const o=r.versions().map(r=>{const s=i.get(r.id);const mean=r=>s?.means[r]??null;const o=s?.quantiles.quality_score??null;const u=s?.quantiles.latency_ms??null;return{prompt:r.name,version:r.version,timestamp:r.timestamp,git_commit:r.gitCommit,tags:r.tags,models:s?.models??[],calls:r.calls,success_rate:mean("success"),quality_mean:mean("quality_score"),quality_median:o?.[0]??null,latency_p50:u?.[0]??null,latency_p95:u?.[1]??null,cost_mean:mean("cost_eur"),tokens_mean:mean("total_tokens"),first_call:s?.firstCall??null,last_call:s?.lastCall??null}});return{schema:1,kind:"summary",store:r.label,generated_at:s,prompts:new Set(o.map(r=>r.prompt)).size,versions:o}}const or=r(import.meta.url)("node:fs");const lr=r(import.meta.url)("node:path");var cr=__nccwpck_require__.n(lr);const ur=512*1024*1024;const fr="SQLite format 3\0";const dr="version https://git-lfs.github.com/spec/";function formatSize(r){if(r<1048576)return`${r} bytes`;return`${(r/1048576).toFixed(r%1048576===0?0:1)} MiB`}function tooLarge(r,s,i){return new StoreError("too_large",r,`the file is ${formatSize(s)}, above the ${formatSize(i)} limit; raise it with the `+"action input max-store-size or the CLI option --max-store-size.")}function shellQuote(r){return/^[\w./-]+$/.test(r)?r:`'${r.replace(/'/g,"'\\''")}'`}function startsAsSqlite(r){return String.fromCharCode(...r.subarray(0,fr.length))===fr}const hr=fr.length;const vr=[{magic:[80,75,3,4],kind:"a zip archive",fix:"unzip it and give the db.sqlite inside"},{magic:[31,139],kind:"a gzip file",fix:"decompress it (gunzip) and give the file inside"},{magic:[40,181,47,253],kind:"a zstd file",fix:"decompress it (zstd -d) and give the file inside"},{magic:[66,90,104],kind:"a bzip2 file",fix:"decompress it (bunzip2) and give the file inside"},{magic:[253,55,122,88,90,0],kind:"an xz file",fix:"decompress it (unxz) and give the file inside"}];function notSqlite(r){if(String.fromCharCode(...r.subarray(0,dr.length))===dr)return"it is a Git LFS pointer, not the store itself: fetch the store with git lfs pull (in a workflow, actions/checkout with lfs: true).";const s=vr.find(s=>s.magic.every((s,i)=>r[i]===s));if(s)return`it is ${s.kind}, not the store itself: ${s.fix}.`;return'not a SQLite database (it does not start with "SQLite format 3").'}function checkHeader(r,s,i,o){if(s===0)throw new StoreError("empty",i,"the file is empty (0 bytes), not a Prompt Versioner store.");if(s>o.maxBytes)throw tooLarge(i,s,o.maxBytes);if(!startsAsSqlite(r))throw new StoreError("not_sqlite",i,notSqlite(r));if(s<100||r.length<100)throw new StoreError("truncated",i,`the SQLite file is truncated (${s} bytes).`);const u=new DataView(r.buffer,r.byteOffset,100);const f=u.getUint16(16);const h=f===1?65536:f;if(h<512||(h&h-1)!==0)throw new StoreError("corrupt",i,`the SQLite header is corrupt (page size ${f}).`);const v=u.getUint32(28);const w=v>0&&u.getUint32(92)===u.getUint32(24)?v:null;const x=w===null?h:w*h;if(x>s)throw new StoreError("truncated",i,`the SQLite file is truncated: its header announces ${x} bytes, the file has `+`${s}; copy the whole file again.`);const _=r[18]===2||r[19]===2;if(o.walPresent)throw new StoreError("wal_pending",i,`${_?"the store is in WAL mode and a -wal file lies beside it":"a -wal file lies beside the store (its header says rollback mode, but SQLite reads a -wal it finds)"}, which may hold changes not yet in the main file (only SQLite can tell); `+(o.onDisk?`run sqlite3 ${shellQuote(oneLine(i))} 'PRAGMA wal_checkpoint(TRUNCATE)' while nothing writes to it, then retry.`:"where the store is written, before it is uploaded or committed, run sqlite3 db.sqlite 'PRAGMA wal_checkpoint(TRUNCATE)' once the writer has finished (or switch the store out of WAL mode with 'PRAGMA journal_mode=DELETE'), then retry."))}const pr=65536;function pageAligned(r){const s=Math.max(1,Math.ceil(r/pr));try{const{buffer:i}=new WebAssembly.Memory({initial:s,maximum:s});return new Uint8Array(i,0,r)}catch{return new Uint8Array(r)}}const mr=[217,213,5,249,32,161,99,215];const gr=1073741824;const wr=65536;const u32=(r,s)=>(r[s]<<24|r[s+1]<<16|r[s+2]<<8|r[s+3])>>>0;function hasMagic(r,s){return s+8<=r.length&&mr.every((i,o)=>r[s+o]===i)}function checksum(r,s){let i=r;for(let r=s.length-200;r>0;r-=200)i=i+s[r]>>>0;return i}function namesSuperJournal(r){const s=r.length;if(s<16||!hasMagic(r,s-8))return false;const i=u32(r,s-16);return i>0&&i<=s-24}function readJournal(r,s,i){if(!hasMagic(r,0))return null;const refuse=r=>new StoreError("hot_journal",s,`a writer was interrupted inside a transaction and left a rollback journal (-journal) that ${r}; ${i}`);if(r.length<28)throw refuse("is truncated");const o=u32(r,20);const u=u32(r,24);const power=r=>(r&r-1)===0;if(u<512||u>65536||!power(u)||o<32||o>wr||!power(o))throw refuse(`has a corrupt header (page size ${u}, sector size ${o})`);if(namesSuperJournal(r))throw refuse("belongs to a transaction over several databases");const f=Math.floor(gr/u)+1;const h=new Map;const v=u+8;let w=0;let x=0;let _=true;e:while(x+o<=r.length&&hasMagic(r,x)){let s=u32(r,x+8);const i=u32(r,x+12);if(_)w=u32(r,x+16);_=false;let S=x+o;if(s===4294967295)s=Math.floor((r.length-S)/v);for(let o=0;o<s;o++,S+=v){if(S+v>r.length)break e;const s=u32(r,S);const o=r.subarray(S+4,S+4+u);if(s===0||s===f)break e;if(checksum(i,o)!==u32(r,S+4+u))break e;if(s<=w)h.set(s,o)}x=Math.ceil(S/o)*o}return{pageSize:u,pages:w,original:h}}function applyRollback(r,s){const i=new Uint8Array(s.pages*s.pageSize);i.set(r.subarray(0,i.length));for(const[r,o]of s.original)i.set(o,(r-1)*s.pageSize);return i}function readRolledBack(r,s,i,o){const u=new Uint8Array(i);const f=Math.min(s+i,r.pages*r.pageSize);if(f<=s)return u;u.set(o(s,f-s));const{pageSize:h}=r;for(let i=Math.floor(s/h);i*h<f;i++){const o=r.original.get(i+1);if(!o)continue;const v=Math.max(s,i*h);const w=Math.min(f,(i+1)*h);u.set(o.subarray(v-i*h,w-i*h),v-s)}return u}const br=64*1024;const yr=1024*1024;const xr=8*1024*1024;function changedError(r){return new StoreError("changed",r,"the file changed while it was being read (is a program logging into it?): read a copy "+"made with SQLite's backup, which waits for a consistent state (sqlite3 STORE '.backup "+"copy.sqlite', or Python's sqlite3 Connection.backup); retrying helps only when the "+"writer pauses.")}function changeCounter(r,s=new Uint8Array(4)){try{if((0,or.readSync)(r,s,0,4,24)<4)return-1}catch{return-1}return(s[0]<<24|s[1]<<16|s[2]<<8|s[3])>>>0}function readInPlace(r){const subarray=(s,i)=>r.subarray(s,i);return{length:r.length,subarray:subarray,slice:()=>r}}class LazyFile{bytesRead=0;reads=0;fd;opened;label;constructor(r,s=xr){this.label=r;this.fd=(0,or.openSync)(r,"r");this.opened=(0,or.fstatSync)(this.fd,{bigint:true});this.openedCounter=this.changeCounter();this.whole=Number(this.opened.size)<=Math.max(s,xr)}whole;rollback=null;get size(){return this.rollback?this.rollback.pages*this.rollback.pageSize:Number(this.opened.size)}rollBack(r){this.rollback=r}head(r){return this.read(0,Math.min(r,this.size)).slice()}pages(){return{length:this.size,subarray:(r,s)=>this.read(r,s-r),copy:(r,s)=>this.copy(r,s)}}copy(r,s){if(this.rollback||this.whole){r.set(this.read(s,r.length));return}this.bytesRead+=r.length;r.fill(0,this.fill(r,s))}verify(){if(this.failure!==undefined)throw new StoreError("unreadable",this.label,`reading it failed (${this.failure}).`);if(this.fd===null||this.settled)return;if(!this.unchanged())throw changedError(this.label)}settled=false;unchanged(){if(this.fd===null)return false;const r=(0,or.fstatSync)(this.fd,{bigint:true});return r.size===this.opened.size&&r.mtimeNs===this.opened.mtimeNs&&r.ctimeNs===this.opened.ctimeNs&&this.changeCounter()===this.openedCounter}changeCounter(){return this.fd===null?-1:changeCounter(this.fd,this.counterBytes)}openedCounter;counterBytes=new Uint8Array(4);close(){if(this.fd!==null)(0,or.closeSync)(this.fd);this.fd=null}failure;read(r,s){if(!this.rollback)return this.readFile(r,s);return readRolledBack(this.rollback,r,s,(r,s)=>this.readFile(r,s))}chunk=pageAligned(65536);chunkStart=0;chunkEnd=0;nextPosition=-1;ahead=0;readFile(r,s){this.bytesRead+=s;if(this.whole)return this.fromWhole(r,s);const i=r===this.nextPosition;this.nextPosition=r+s;if(r>=this.chunkStart&&r+s<=this.chunkEnd)return this.chunk.subarray(r-this.chunkStart,r-this.chunkStart+s);this.ahead=i?Math.min(yr,Math.max(br,this.ahead*2)):0;const o=Math.max(s,Math.min(this.ahead,Number(this.opened.size)-r));if(this.chunk.length<o)this.chunk=pageAligned(o);const u=this.fill(this.chunk.subarray(0,o),r);this.chunkStart=r;this.chunkEnd=r+u;const f=this.chunk.subarray(0,s);f.fill(0,Math.min(u,s));return f}wholeRead=false;fromWhole(r,s){if(!this.wholeRead){this.wholeRead=true;this.chunk=pageAligned(Number(this.opened.size));this.chunkStart=0;this.chunkEnd=this.fill(this.chunk,0);this.settled=this.unchanged()}if(r+s<=this.chunkEnd)return this.chunk.subarray(r,r+s);const i=new Uint8Array(s);if(r<this.chunkEnd)i.set(this.chunk.subarray(r,this.chunkEnd));return i}fill(r,s){this.reads+=1;let i=0;try{while(this.fd!==null&&i<r.length){const o=(0,or.readSync)(this.fd,r,i,r.length-i,s+i);if(o===0)break;i+=o}}catch(r){this.failure??=oneLine(r instanceof Error?r.message:String(r))}return i}}class Decline extends Error{constructor(r){super(`page walk declined: ${r}`);this.name="Decline"}}const _r=new WeakMap;function registerPages(r,s){_r.set(r,s)}const Sr=new WeakMap;function shapeOf(r,s){if(!utf8Text(r))return"not UTF-8";const i=s.subarray(0,100);const o=i[16]*256+i[17];const u=o===1?65536:o;const f=u-i[20];const h=Number(allRows(r,"PRAGMA page_count")[0]?.[0]);if(f<480||u<512||!(h>0))return"page size";if(s.length<h*u)return"a short file";return{pageSize:u,usable:f,pageCount:h}}const kr=8;function storeBytes(r){return _r.get(r)?.length??0}const Mr=256;class PageReader{pageSize;usable;pageCount;pages;seen;inMemory;window=new Uint8Array(0);first=0;count=0;size=1;constructor(r){const s=_r.get(r);if(!s)throw new Decline("no pages to read");let i=Sr.get(r);if(!i)Sr.set(r,i=shapeOf(r,s));if(typeof i==="string")throw new Decline(i);this.pageSize=i.pageSize;this.usable=i.usable;this.pageCount=i.pageCount;this.pages=s;this.inMemory=s instanceof Uint8Array;this.seen=new Uint8Array(this.pageCount+1)}restart(){this.seen.fill(0)}page(r){if(!(r>=2&&r<=this.pageCount)||this.seen[r])throw new Decline("page number");this.seen[r]=1;const{pageSize:s}=this;if(this.inMemory)return this.pages.subarray((r-1)*s,r*s);if(r<this.first||r>=this.first+this.count){const i=r>=this.first+this.count&&r<this.first+this.count+this.size;this.size=i?Math.min(Mr,this.size*2):1;const o=Math.min(this.size,this.pageCount-r+1);if(this.window.length<o*s)this.window=pageAligned(Mr*s);const u=this.window.subarray(0,o*s);if(this.pages.copy)this.pages.copy(u,(r-1)*s);else u.set(this.pages.subarray((r-1)*s,(r-1+o)*s));this.first=r;this.count=o}const i=(r-this.first)*s;return this.window.subarray(i,i+s)}loose=new Uint8Array(0);overflow(r){if(!(r>=2&&r<=this.pageCount))throw new Decline("page number");const{pageSize:s}=this;const i=this.pages.subarray((r-1)*s,r*s);if(this.inMemory)return i;if(this.loose.length!==s)this.loose=new Uint8Array(s);this.loose.set(i);return this.loose}}function pages_u32(r,s){return r[s]*16777216+r[s+1]*65536+r[s+2]*256+r[s+3]}function cellAt(r,s,i,o){const u=r[s+2*i]*256+r[s+2*i+1];if(u<s+2*(r[3]*256+r[4])||u>o-4)throw new Decline("cell offset");return u}function cellsOf(r,s,i){const o=r[3]*256+r[4];const u=r[5]*256+r[6]||65536;if(s+2*o>u||u>i)throw new Decline("cell count");return o}function btreePage(r,s,i){const o=r.page(s);const[u,f]=i==="table"?[13,5]:[10,2];const h=o[0];if(h!==u&&h!==f)throw new Decline("page type");const v=h===f;const w=v?12:8;return{page:o,interior:v,header:w,cells:cellsOf(o,w,r.usable)}}function rootPage(r,s,i){const o=allRows(r,"SELECT rootpage FROM sqlite_schema WHERE type = ? AND lower(name) = lower(?)",[s,i])[0]?.[0];if(typeof o!=="number"||o<2)throw new Decline("root page");return o}const Nr=8;const $r=1e4;const Er=864e5;const DIGIT=r=>r>=48&&r<=57;const two=(r,s,i)=>(r[s+i]-48)*10+r[s+i+1]-48;const Ar=Int32Array.of(0,1,2,3,5,6,8,9,11,12,14,15,17,18);class JulianDays{db;days=new Map;asked=new Map;decoder=new TextDecoder;checked=0;lastKey=-1;lastDay=null;constructor(r){this.db=r}of(r,s,i){const o=this.fast(r,s,i);return o===undefined?this.ask(r,s,i):o}fast(r,s,i){if(i<19||i>35)return undefined;const o=s+i;for(let i=0;i<Ar.length;i++)if(!DIGIT(r[s+Ar[i]]))return undefined;const u=r[s+10];if(r[s+4]!==45||r[s+7]!==45||u!==84&&u!==32)return undefined;if(r[s+13]!==58||r[s+16]!==58)return undefined;const f=two(r,s,11);const h=two(r,s,14);const v=two(r,s,17);if(f>23||h>59||v>59)return undefined;let w=s+19;let x=0;if(w<o&&r[w]===46){let s=1;let i=0;for(w++;w<o&&DIGIT(r[w]);w++,i++){x=x*10+r[w]-48;s*=10}if(i===0||i>9)return undefined;x/=s;if(x>.999)x=.999}let _=0;if(w<o&&r[w]===90)w++;else if(w<o&&(r[w]===43||r[w]===45)){if(o-w!==6||r[w+3]!==58)return undefined;if(!DIGIT(r[w+1])||!DIGIT(r[w+2]))return undefined;if(!DIGIT(r[w+4])||!DIGIT(r[w+5]))return undefined;const s=(r[w+1]-48)*10+r[w+2]-48;const i=(r[w+4]-48)*10+r[w+5]-48;if(s>14||i>59)return undefined;_=(r[w]===45?-1:1)*(s*60+i);w+=6}if(w!==o)return undefined;const S=(two(r,s,0)*100+two(r,s,2))*1e4+two(r,s,5)*100+two(r,s,8);let k=S===this.lastKey?this.lastDay:this.days.get(S);if(k===undefined){k=this.dayMs(S,r.subarray(s,s+10));this.days.set(S,k);if(k!==null&&this.checked++<Nr)this.check(r,s,i,k,f,h,v+x,_)}this.lastKey=S;this.lastDay=k;if(k===null)return null;const M=k+f*36e5+h*6e4+Math.trunc((v+x)*1e3+.5)-_*6e4;return M/Er}dayMs(r,s){let i=Math.trunc(r/1e4);let o=Math.trunc(r/100)%100;const u=r%100;if(o<1||o>12||u<1||u>31){const r=this.sqlite(this.decoder.decode(s));return r===null?null:r*Er}if(o<=2){i--;o+=12}const f=Math.trunc(i/100);const h=Math.trunc(36525*(i+4716)/100);const v=Math.trunc(306001*(o+1)/1e4);return(h+v+u+(2-f+Math.trunc(f/4))-1524.5)*Er}check(r,s,i,o,...u){const[f,h,v,w]=u;const x=(o+f*36e5+h*6e4+Math.trunc(v*1e3+.5)-w*6e4)/Er;const _=this.ask(r,s,i);if(!Object.is(x,_))throw new Decline("julianday() differs from SQLite")}ask(r,s,i){const o=r.subarray(s,s+i);for(const r of o)if(r>=128)throw new Decline("a timestamp that is not ASCII");const u=this.decoder.decode(o);if(/now/i.test(u))throw new Decline("a timestamp 'now'");let f=this.asked.get(u);if(f===undefined){if(this.asked.size>=$r)throw new Decline("too many timestamps of other shapes");f=this.sqlite(u);this.asked.set(u,f)}return f}sqlite(r){const s=allRows(this.db,"SELECT julianday(?)",[r])[0]?.[0];return typeof s==="number"?s:null}}const Cr=64;const Ir=4*1024*1024;class RecordReader{pages;julianDays;wanted;rowidValue=0;data=new Uint8Array(0);view=new DataView(this.data.buffer);base=0;end=0;fields=0;types=new Int32Array(Cr);offsets=new Int32Array(Cr);decoder=new TextDecoder;spill=new Uint8Array(0);lastCode=0;usable;constructor(r,s,i){this.pages=r;this.julianDays=s;this.wanted=i;this.usable=r.usable}cell(r,s){let i=s;let o=0;for(let s=0;;s++){if(s===4)throw new Decline("payload size");const u=r[i++];o=o*128+(u&127);if(u<128)break}const u=i;let f=0;let h=0;for(;h<8;h++){const s=r[i++];f=f*128+(s&127);if(s<128)break}if(h===8){if(i>=this.usable)throw new Decline("cell size");let s=0n;for(let i=0;i<8;i++)s=s<<7n|BigInt(r[u+i]&127);f=Number(BigInt.asIntN(64,s<<8n|BigInt(r[i++])))}this.rowidValue=f;const v=this.usable-35;const w=Math.floor((this.usable-12)*32/255)-23;const x=w+(o-w)%(this.usable-4);const _=o<=v?o:x<=v?x:w;if(i+_+(_<o?4:0)>this.usable)throw new Decline("cell size");if(_===o){this.setData(r,i,o)}else{if(o>Ir)throw new Decline("a large record");if(this.spill.length<o)this.spill=new Uint8Array(Math.max(o,2*this.spill.length));this.spill.set(r.subarray(i,i+_));this.overflow(pages_u32(r,i+_),_,o);this.setData(this.spill,0,o)}this.header()}setData(r,s,i){if(this.data!==r){this.data=r;this.view=new DataView(r.buffer,r.byteOffset,r.byteLength)}this.base=s;this.end=s+i}overflow(r,s,i){const o=this.usable-4;let u=r;for(let r=s;r<i;){const s=this.pages.overflow(u);const f=Math.min(o,i-r);this.spill.set(s.subarray(4,4+f),r);r+=f;u=pages_u32(s,0)}}header(){const r=this.data;let s=this.base;const i=r[s++];if(i>=128||this.base+i>this.end)throw new Decline("record header");let o=this.base+i;let u=0;while(s<this.base+i&&u<this.wanted){let i=r[s++];if(i>=128){i&=127;for(let o=1;;o++){if(o===4)throw new Decline("serial type");const u=r[s++];i=i*128+(u&127);if(u<128)break}}this.types[u]=i;this.offsets[u]=o;o+=i>=12?i-12>>1:Tr[i];u++}if(o>this.end)throw new Decline("record size");this.fields=u}rowid(r){if(r<this.fields&&this.types[r]!==0)throw new Decline("id stored in the record");return this.rowidValue}number(r){if(r>=this.fields)return NaN;const s=this.types[r];const i=this.offsets[r];if(i+(s>=12?0:Tr[s])>this.end)throw new Decline("field past the record");const o=this.data;switch(s){case 0:return NaN;case 1:return o[i]<<24>>24;case 2:return this.view.getInt16(i);case 3:return(o[i]<<24>>8)+o[i+1]*256+o[i+2];case 4:return this.view.getInt32(i);case 5:return this.view.getInt16(i)*4294967296+this.view.getUint32(i+2);case 6:return this.view.getInt32(i)*4294967296+this.view.getUint32(i+4);case 7:return this.view.getFloat64(i);case 8:return 0;case 9:return 1;case 10:case 11:throw new Decline("reserved serial type");default:return NaN}}julian(r){if(r>=this.fields)return NaN;const s=this.types[r];if(s===0)return NaN;if(s<13||(s&1)===0)throw new Decline("a timestamp that is not text");const i=this.offsets[r];const o=s-13>>1;if(i+o>this.end)throw new Decline("field past the record");return this.julianDays.of(this.data,i,o)??NaN}name(r,s,i){if(r>=this.fields)return null;const o=this.types[r];if(o===0)return null;if(o<12)throw new Decline("a name that is a number");const u=this.offsets[r];const f=o-12>>1;if(u+f>this.end||f>s.cap)throw new Decline("a long name");const h=this.data;if((o&1)===0)return h.slice(u,u+f);const v=i[this.lastCode];if(v!==undefined&&equal(v,h,u,f))return this.lastCode;for(let r=0;r<i.length;r++)if(equal(i[r],h,u,f))return this.lastCode=r;const w=h.subarray(u,u+f);const x=this.decoder.decode(w);if(s.codes.length>=s.maxCodes)return x;s.codes.push(x);i.push(w.slice());return this.lastCode=s.codes.length-1}}const Tr=Int32Array.of(0,1,2,3,4,6,8,8,0,0,0,0);function equal(r,s,i,o){if(r.length!==o)return false;for(let u=0;u<o;u++)if(r[u]!==s[i+u])return false;return true}const Rr=["id","name","version","timestamp","system_prompt","user_prompt","git_commit","tags"];const Or=["id","version_id","timestamp","model_name","temperature","max_tokens","metadata","error_message"];const qr=["prompt_versions","prompt_metrics"];function columnsOf(r,s){const i=allRows(r,"SELECT lower(name) FROM pragma_table_info(?)",[s]);return new Set(i.map(r=>String(r[0])))}function known(r,s){return new Set(s.filter(s=>r.has(s)))}function checkSchema(r,s){const i=allRows(r,"SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 5");if(i.length>0)throw new StoreError("trigger",s,`the store defines triggers (${oneLine(i.map(r=>String(r[0])).join(", "))}); `+"Prompt Versioner creates none, so this is not a store as it writes them.");const o=new Map;const u=allRows(r,"SELECT lower(name), type FROM pragma_table_list WHERE schema = 'main' "+"AND lower(name) IN ('prompt_versions', 'prompt_metrics', 'version_tags')");for(const[r,s]of u)o.set(String(r),String(s));for(const r of qr){const i=o.get(r);if(i===undefined)throw new StoreError("missing_table",s,`it has no ${r} table; is this the Prompt Versioner store (.prompt_versions/db.sqlite)?`);if(i!=="table")throw new StoreError("not_a_table",s,`${r} is a ${kindOf(i)}, not a table.`)}const h=columnsOf(r,"prompt_versions");const v=columnsOf(r,"prompt_metrics");requireColumns(s,"prompt_versions",h,Rr.slice(0,4));requireColumns(s,"prompt_metrics",v,Or.slice(0,3));const w=known(v,f);if(w.size===0)throw new StoreError("missing_column",s,`prompt_metrics has none of the metric columns ${f.join(", ")}.`);const x=o.get("version_tags")==="table"?columnsOf(r,"version_tags"):new Set;return{versionColumns:known(h,Rr),callColumns:known(v,[...Or,...f]),metrics:w,versionTags:x.has("version_id")&&x.has("tag")}}function kindOf(r){if(r==="virtual")return"virtual table";if(r==="shadow")return"shadow table of a virtual table";return oneLine(r)}function requireColumns(r,s,i,o){const u=o.filter(r=>!i.has(r));if(u.length>0)throw new StoreError("missing_column",r,`${s} lacks the required column${u.length>1?"s":""} ${u.join(", ")}.`)}const Lr=new WeakMap;function callsTable(r){let s=Lr.get(r);if(s===undefined)Lr.set(r,s=readCallsTable(r));return s}function readCallsTable(r){const[s]=allRows(r,"SELECT wr, (SELECT sql FROM sqlite_schema WHERE type = 'table' AND lower(name) = 'prompt_metrics') "+"FROM pragma_table_list WHERE schema = 'main' AND lower(name) = 'prompt_metrics'");if(!s)return null;const i=allRows(r,"SELECT lower(name), upper(type), dflt_value, pk, hidden FROM pragma_table_xinfo('prompt_metrics')").map(([r,s,i,o,u])=>({name:String(r),type:String(s??""),dflt:i===null?null:String(i),pk:Number(o),hidden:Number(u)}));return{rowid:s[0]===0,sql:String(s[1]??""),columns:i}}const Dr=["number","julian","id","name","null"];const[Fr,jr,Br,Pr]=[0,1,2,3];function walkCalls(r,s,i){new CallsPages(r,s).walk(i)}class CallsPages{fields;root;names;codes;julianDays;wanted;kinds;at;numbers;texts;reader;records;constructor(r,s,i=new JulianDays(r)){this.reader=new PageReader(r);this.fields=layoutOf(r,s);this.root=rootPage(r,"table","prompt_metrics");this.names=s.map(r=>r.kind==="name"?r:null);this.codes=this.names.map(r=>r?.codes.map(r=>(new TextEncoder).encode(r))??[]);this.julianDays=i;this.wanted=Math.max(...this.fields.map(r=>r.field))+1;this.kinds=Int32Array.from(this.fields,r=>Dr.indexOf(r.kind));this.at=Int32Array.from(this.fields,r=>r.field);this.numbers=new Float64Array(s.length).fill(NaN);this.texts=s.map(()=>null);this.records=new RecordReader(this.reader,this.julianDays,this.wanted)}walk(r){const{reader:s}=this;const{usable:i}=s;s.restart();let o=[this.root];for(;;){const u=[];for(let f=0;f<o.length;f++){const h=btreePage(s,o[f],"table");const{page:v,interior:w,header:x,cells:_}=h;if(!w){if(f>0)throw new Decline("b-tree depth");return this.leaves(o,h,r)}for(let r=0;r<_;r++)u.push(pages_u32(v,cellAt(v,x,r,i)));u.push(pages_u32(v,8))}o=u}}leaves(r,s,i){const{reader:o,records:u}=this;const{usable:f}=o;let h=s;for(let s=0;;){const{page:v,header:w,cells:x}=h;for(let r=0;r<x;r++){u.cell(v,cellAt(v,w,r,f));this.read(u);i(this.numbers,this.texts)}if(++s===r.length)return;h=btreePage(o,r[s],"table");if(h.interior)throw new Decline("b-tree depth")}}seek(r,s){if(r.length===0)return;const{reader:i,records:o}=this;const{usable:u}=i;i.restart();const f=[this.root,0,r.length];const h=[];while(f.length>0){const v=f.pop();let w=f.pop();const{page:x,interior:_,header:S,cells:k}=btreePage(i,f.pop(),"table");if(_){h.length=0;for(let s=0;s<k&&w<v;s++){const i=cellAt(x,S,s,u);const o=varint(x,i+4,u);let f=w;while(f<v&&r[f]<=o)f++;if(f>w)h.push(pages_u32(x,i),w,f);w=f}if(w<v)h.push(pages_u32(x,8),w,v);for(let r=h.length-3;r>=0;r-=3)f.push(h[r],h[r+1],h[r+2]);continue}let M=0;for(let i=w;i<v;i++){const f=r[i];for(;;M++){if(M>=k)throw new Decline("a rowid the table lacks");const r=cellAt(x,S,M,u);const i=varint(x,r+varintLength(x,r,u),u);if(i<f)continue;if(i>f)throw new Decline("a rowid the table lacks");o.cell(x,r);this.read(o);s(this.numbers,this.texts);M++;break}}}}read(r){const{kinds:s,at:i,numbers:o,texts:u}=this;if(r.fields<this.wanted&&this.fields.some(s=>s.dflt&&s.field>=r.fields))throw new Decline("a default value");for(let f=0;f<s.length;f++){const h=i[f];switch(s[f]){case Fr:o[f]=r.number(h);break;case jr:o[f]=r.julian(h);break;case Br:o[f]=r.rowid(h);break;case Pr:u[f]=r.name(h,this.names[f],this.codes[f]);break;default:}}}}function varintLength(r,s,i){for(let o=0;o<9;o++){if(s+o>=i)throw new Decline("cell size");if(r[s+o]<128)return o+1}return 9}function varint(r,s,i){let o=0;for(let u=0;u<8;u++){if(s+u>=i)throw new Decline("cell size");const f=r[s+u];o=o*128+(f&127);if(f<128){if(!Number.isSafeInteger(o))throw new Decline("a rowid past 2^53");return o}}throw new Decline("a negative rowid")}function layoutOf(r,s){const i=callsTable(r);if(!i||!i.rowid||/\bdesc\b/i.test(i.sql))throw new Decline("table kind");const o=i.columns;if(o.some(r=>r.hidden!==0))throw new Decline("generated columns");const u=new Map(o.map((r,s)=>[r.name,{i:s,col:r}]));const f=o.filter(r=>r.pk!==0).length;return s.map(r=>{if(r.kind==="null")return{field:-1,kind:"null",dflt:false};const s=u.get(r.kind==="id"?"id":r.name);if(!s||s.i>=Cr)throw new Decline("column");const{i:i,col:o}=s;if(r.kind==="id"&&(f!==1||o.pk!==1||o.type!=="INTEGER"))throw new Decline("id is not the rowid");if(r.kind!=="id"&&o.pk!==0)throw new Decline("a key column");return{field:i,kind:r.kind,dflt:o.dflt!==null}})}const Wr=new WeakMap;const Ur=new WeakMap;function timestampsOf(r,s){const i=Float64Array.from(new Set(s.filter(r=>Number.isSafeInteger(r)))).sort();const o=new Map;if(i.length===0)return o;const u=(Ur.get(r)??0)+1;Ur.set(r,u);const f=u>kr?readerOf(r):null;if(f){try{f.seek(i,(r,s)=>{const i=s[1];if(typeof i==="string")o.set(r[0],i)});verifyReads(r);return o}catch(r){if(!(r instanceof Decline))throw r}}return timestampsById(r,s)}function readerOf(r){let s=Wr.get(r);if(s!==undefined)return s;try{s=new CallsPages(r,[{kind:"id"},{kind:"name",name:"timestamp",cap:qe,codes:[],maxCodes:0}])}catch(r){if(!(r instanceof Decline))throw r;s=null}Wr.set(r,s);return s}class Float64Builder{buf;n=0;constructor(r=1024){this.buf=new Float64Array(Math.max(16,r))}get capacity(){return this.buf.length}push(r){if(this.n===this.buf.length){const r=new Float64Array(this.buf.length*2);r.set(this.buf);this.buf=r}this.buf[this.n++]=r}get length(){return this.n}view(){return this.buf.subarray(0,this.n)}finish(){return this.n===this.buf.length?this.buf:this.buf.slice(0,this.n)}}function validNewest(r){if(r===undefined)return undefined;if(!Number.isInteger(r)||r<0)throw new RangeError(`newest must be a whole number >= 0, got ${r}`);return r}function forgedIndex(r,s,i,o){return new StoreError("corrupt",r,`the SQLite file is corrupt: the index on prompt_metrics(version_id) lists call ${s} under `+`version id ${i}, but the call belongs to ${oneLine(String(o),40)}; rebuild the `+"index with sqlite3 STORE 'REINDEX'.")}function readSamples(r,s,i,o,u,f=()=>null){const h=[...new Set(i.metrics)].filter(r=>s.metrics.has(r));const v=validNewest(i.newest);const w=timeRange(r,i.since,i.until);const x=i.models??[];const _=i.caseKey===undefined?null:new CaseCollector(h);const S=i.caseKey===undefined?null:caseIdColumn(s,i.caseKey);const k={rows:0,values:Object.fromEntries(h.map(r=>[r,new Float64Array(0)])),from:null,to:null,..._?{cases:_.finish()}:{}};if(v===0||i.models!==undefined&&x.length===0)return k;const M=_===null&&w.from!==undefined&&w.to!==undefined?f(w.from,w.to):null;if(M){const s=spanSamples(M,h,w.from,w.to,v,i.models);if(s.rows===0)return k;return{rows:s.rows,values:s.values,...samples_timestampsOf(r,s.minId,s.maxId)}}let N="SELECT id, julianday(timestamp), "+"(SELECT r.version_id FROM prompt_metrics AS r NOT INDEXED WHERE r.rowid = m.rowid), "+`${h.map(r=>column(s.callColumns,r)).join(", ")||"NULL"}`+`${S?`, ${S.sql}`:""} FROM prompt_metrics AS m WHERE version_id = ?${w.sql}`;const $=[...S?.params??[],i.versionId,...w.params];if(S&&i.withCaseOnly){N+=` AND typeof(${S.sql}) = 'text'`;$.push(...S.params)}if(i.models!==undefined){N+=` AND ${column(s.callColumns,"model_name")} IN (${x.map(()=>"?").join(", ")})`;$.push(...x)}if(v!==undefined){N+=" ORDER BY 2 DESC, id DESC LIMIT ?";$.push(v)}const E=i.since!==undefined||i.until!==undefined;const C=Math.min((E?undefined:u)??1024,v??Infinity);const I=h.map(()=>new Float64Builder(C));let T=0;let O=Infinity;let D=-Infinity;let F=NaN;let j=NaN;forEachRow(r,N,$,r=>{T++;const[s,u,f]=r;if(f!==i.versionId)throw forgedIndex(o,Number(s),i.versionId,f);if(typeof u==="number"){if(u<O){O=u;F=Number(s)}if(u>D){D=u;j=Number(s)}}const h=_?_.code(r[3+Math.max(1,I.length)]):-1;for(let s=0;s<I.length;s++){const i=r[s+3];if(typeof i==="number"&&Number.isFinite(i)){I[s].push(i);_?.push(s,h)}}});if(T===0)return k;const U={};h.forEach((r,s)=>U[r]=I[s].finish());let z=_?.finish();if(z&&z.withoutKey===T)z={...z,hint:metadataHint(r,s,i.versionId)};return{rows:T,values:U,...samples_timestampsOf(r,F,j),...z?{cases:z}:{}}}function samples_timestampsOf(r,s,i){const o=timestampsOf(r,[s,i]);return{from:o.get(s)??null,to:o.get(i)??null}}const zr=1e6;const Vr=65536;const Hr=1e3;const Gr=2**52;class WholeTally{lastJd=-Infinity;lastId=NaN;after=0;met(r,s,i){if(i)this.after++;if(s>this.lastJd){this.lastJd=s;this.lastId=r}}whole(r){const s=this.lastJd===-Infinity?null:this.lastJd;return{calls:r,lastJd:s,lastId:this.lastId,after:this.after}}}class GiveUp extends Error{}class Column{buf;grow;n=0;constructor(r,s){this.buf=r;this.grow=s}push(r){if(this.n===this.buf.length){const r=this.grow(this.buf.length*2);r.set(this.buf);this.buf=r}this.buf[this.n++]=r}finish(){const r=this.buf.length>2*this.n+64?this.buf.slice(0,this.n):this.buf;return r.subarray(0,this.n)}}const floats=r=>new Column(new Float64Array(r),r=>new Float64Array(r));function spanSchema(r,s){if(!utf8Text(r))return false;const i=callsTable(r);if(!i||!i.rowid||/collate/i.test(i.sql))return false;const o=i.columns.filter(r=>r.pk>0);if(o.length!==1||o[0]?.name!=="id"||o[0].type!=="INTEGER")return false;if(s.callColumns.has("model_name")){const r=i.columns.find(r=>r.name==="model_name")?.type??"";if(r.includes("INT")||!/CHAR|CLOB|TEXT/.test(r))return false}const u=allRows(r,"SELECT l.partial, (SELECT count(*) FROM pragma_index_xinfo(l.name) AS x WHERE x.key), "+"(SELECT lower(x.name) FROM pragma_index_xinfo(l.name) AS x WHERE x.key AND x.seqno = 0) "+"FROM pragma_index_list('prompt_metrics') AS l");return u.every(([r,s,i])=>r===0&&s===1&&(i==="version_id"||i==="timestamp"))}function readSpan(r,s,i,o,u,f,h=1024){const v=[...s.metrics];const w=s.callColumns.has("model_name")?firstModel(r,o):null;const x=spanQuery(s,w!==null);const _=new SpanBuilder(v.length,h,w);const S=[...w===null?[]:[w,w],o,u,below(f)];try{forEachRow(r,x,S,r=>{const[s,u,f]=r;if(f!==o)throw forgedIndex(i,Number(s),o,f);if(typeof s!=="number"||typeof u!=="number")throw new GiveUp;_.call(s,u,_.groups.of(r[3],r[4],r[5],r[6]));for(let s=0;s<v.length;s++){const i=r[7+s];_.value(s,typeof i==="number"&&Number.isFinite(i)?i:NaN)}})}catch(r){if(r instanceof GiveUp)return null;throw r}return _.finish(o,u,f,v)}class SpanBuilder{ids;jds;group;values;groups;constructor(r,s,i=null){const o=Math.max(16,Math.min(s,zr,Vr));this.ids=floats(o);this.jds=floats(o);this.group=new Column(new Int32Array(o),r=>new Int32Array(r));this.values=Array.from({length:r},()=>floats(o));this.groups=new Groups(i)}call(r,s,i){if(!Number.isSafeInteger(r)||this.ids.n>=zr)throw new GiveUp;this.ids.push(r);this.jds.push(s);this.group.push(i)}value(r,s){this.values[r].push(s)}finish(r,s,i,o){return{versionId:r,from:s,to:i,n:this.ids.n,ids:this.ids.finish(),jds:this.jds.finish(),group:this.group.finish(),groups:this.groups.list,values:Object.fromEntries(o.map((r,s)=>[r,this.values[s].finish()]))}}}function spanQuery(r,s){const i=r.callColumns;const unlessLikely=r=>s?`CASE WHEN r."model_name" = ? THEN 0 ELSE ${r} END`:r;const o=unlessLikely(capped(i,"model_name",Hr,"r"));const u=i.has("model_name")?unlessLikely('length(CAST(r."model_name" AS BLOB))'):"NULL";return"SELECT r.id, julianday(r.timestamp), r.version_id, "+`${o}, ${u}, `+`${numeric(i,"temperature","r")}, ${numeric(i,"max_tokens","r")}, `+`${[...r.metrics].map(r=>column(i,r,"r")).join(", ")} `+"FROM prompt_metrics AS m CROSS JOIN prompt_metrics AS r NOT INDEXED ON r.rowid = m.rowid "+"WHERE m.version_id = ? AND julianday(r.timestamp) BETWEEN ? AND ?"}function firstModel(r,s){const[i]=allRows(r,`SELECT ${cappedText("model_name",Hr)} FROM prompt_metrics WHERE version_id = ? LIMIT 1`,[s]);const o=i?.[0];return typeof o==="string"&&o.length<Hr?o:null}class Groups{likely;list=[];byKey=new Map;textBytes=new Map;last=null;constructor(r){this.likely=r;if(r!==null)this.textBytes.set(r,Buffer.byteLength(r,"utf8"))}of(r,s,i,o){const u=r===0&&this.likely!==null?this.likely:r;if(r!==0&&typeof u==="string"&&this.textBytes.get(u)!==s)this.checkText(u,s);const f=this.last;if(f&&f[0]===u&&f[1]===i&&f[2]===o&&!(u instanceof Uint8Array))return f[3];const h=span_num(i);const v=span_num(o);let w=0;let x="n";if(typeof u==="string")[w,x]=[1,`t${u}`];else if(u instanceof Uint8Array)[w,x]=[2,`b${Buffer.from(u).toString("hex")}`];else if(u!==null)throw new GiveUp;x+=`\0${h}\0${v}`;let _=this.byKey.get(x);if(_===undefined){_=this.list.length;this.byKey.set(x,_);this.list.push({model:w===1?str(u):null,kind:w,blob:w===2?u:null,temperature:h,maxTokens:v})}this.last=[u,i,o,_];return _}checkText(r,s){const i=this.textBytes.get(r);if(i!==undefined&&i!==s)throw new GiveUp;if(r.length>=Hr||r.includes("�"))throw new GiveUp;if(Buffer.byteLength(r,"utf8")!==s)throw new GiveUp;this.textBytes.set(r,s)}}function span_num(r){if(r===null)return null;if(typeof r!=="number"||!(Math.abs(r)<Gr))throw new GiveUp;return r}const Jr=r(import.meta.url)("node:buffer");function countVersions(r,s){checkIndex(r,s);const i=new PageReader(r);const{usable:o}=i;const u=maxLocal(o);const f=new Map;let h=NaN;let v=0;const w=[rootPage(r,"index",s)];while(w.length>0){const{page:r,interior:s,header:x,cells:_}=btreePage(i,w.pop(),"index");if(s)w.push(pages_u32(r,8));for(let i=0;i<_;i++){let _=cellAt(r,x,i,o);if(s){w.push(pages_u32(r,_));_+=4}if(_>=o)throw new Decline("key size");const S=r[_++];if(S>=128||S>u||_+S>o)throw new Decline("key size");const k=versionId(r,_,_+S);if(k===h)v++;else{if(v>0)f.set(h,(f.get(h)??0)+v);h=k;v=1}}}if(v>0)f.set(h,(f.get(h)??0)+v);return f}const Qr=new WeakMap;class VersionIndex{reader;root;constructor(r,s){this.reader=r;this.root=s}static open(r,s){const i=Qr.get(r);if(i?.name===s)return i.walk;const{desc:o,keys:u}=checkIndex(r,s);if(o||u!==1)throw new Decline("not an index on version_id alone, ascending");const f=new VersionIndex(new PageReader(r),rootPage(r,"index",s));Qr.set(r,{name:s,walk:f});return f}count(r){let s=0;this.entries(r,()=>s++);return s}rowids(r,s){let i=new Float64Array(1024);let o=0;this.entries(r,r=>{if(o===i.length){if(o>=s)throw new Decline("too many entries");const r=new Float64Array(2*o);r.set(i);i=r}i[o++]=r});return sortAscending(i.subarray(0,o))}entries(r,s){const{reader:i}=this;const{usable:o}=i;i.restart();const u=maxLocal(o);const f=[this.root];while(f.length>0){const{page:h,interior:v,header:w,cells:x}=btreePage(i,f.pop(),"index");let _=-Infinity;let S=0;for(;S<x;S++){let i=cellAt(h,w,S,o);const x=v?pages_u32(h,i):0;if(v)i+=4;const k=keyEnd(h,i,o,u);const M=versionId(h,i+1,k);if(v&&_<=r&&M>=r)f.push(x);if(M===r)s(rowidOf(h,i+1,k));if(M>r)break;_=M}if(v&&S===x)f.push(pages_u32(h,8))}}}function checkIndex(r,s,i="version_id"){const o=allRows(r,"SELECT x.name, x.coll, l.partial, x.desc, "+"(SELECT count(*) FROM pragma_index_xinfo(?) WHERE key) "+"FROM pragma_index_xinfo(?) AS x, pragma_index_list(?) AS l "+"WHERE x.seqno = 0 AND l.name = ?",[s,s,"prompt_metrics",s]);const[u,f,h,v,w]=o[0]??[];if(o.length!==1||String(u).toLowerCase()!==i||h!==0)throw new Decline(`not an index on ${i}`);if(f!=="BINARY")throw new Decline("a collation");return{desc:v===1,keys:Number(w)}}const maxLocal=r=>Math.floor((r-12)*64/255)-23;function keyEnd(r,s,i,o){if(s>=i)throw new Decline("key size");const u=r[s];if(u>=128||u>o||s+1+u>i)throw new Decline("key size");return s+1+u}function rowidOf(r,s,i){const o=r[s];if(o<3||s+o>i)throw new Decline("key header");const u=r[s+1];const f=r[s+2];const h=s+o+(u>=8?0:u===5?6:u===6?8:u);return integer(r,h,f,i)}function versionId(r,s,i){const o=r[s];const u=r[s+1];const f=s+o;if(o<2||f>i)throw new Decline("key header");return integer(r,f,u,i)}function integer(r,s,i,o){if(i===8||i===9)return i-8;if(i<1||i>6)throw new Decline("a key that is not an integer");const u=i===5?6:i===6?8:i;if(s+u>o)throw new Decline("key size");let f=r[s]<<24>>24;for(let i=1;i<u;i++)f=f*256+r[s+i];if(!Number.isSafeInteger(f))throw new Decline("a key past 2^53");return f}const Yr=15e5;const Xr=8;const Kr=64;class Rowids{ids=new Float64Array(16);count=0;add(r){if(this.count===this.ids.length){const r=new Float64Array(2*this.count);r.set(this.ids);this.ids=r}this.ids[this.count++]=r}equals(r){if(r.length!==this.count)return false;for(let s=0;s<this.count;s++)if(r[s]!==this.ids[s])return false;return true}}class PassVersion{rowids=new Rowids;tally=new WholeTally;span;met(r,s,i){this.rowids.add(r);this.tally.met(r,s,i)}keep(r,s){if(this.span===null)return;try{s(this.span??=r())}catch(r){if(!(r instanceof GiveUp))throw r;this.span=null}}}class FocusPass{from;to;versions;finish;constructor(r,s,i,o){this.from=r;this.to=s;this.versions=i;this.finish=o}spanOf(r,s){const i=this.versions.get(r);if(i===undefined||!i.rowids.equals(s))return undefined;if(i.span===null)return null;return{...this.finish(r,i.span),whole:i.tally.whole(i.rowids.count)}}}function focus_pass_spread(r){const s=r.length;return s>=Kr&&r[s-1]-r[0]+1>Xr*s}const Zr=1e3;const en=4e6;const[tn,rn,nn,sn,an,on,cn]=[0,1,2,3,4,5,6];class SpanWalk{db;index;metrics;table;codes;known;codeBytes=[];constructor(r,s,i,o,u,f){this.db=r;this.index=s;this.metrics=i;this.table=o;this.codes=u;this.known=f}pass;static prepare(r,s,i=null){try{const o=indexInPlan(r,spanQuery(s,false));if(o===null)return null;const u=VersionIndex.open(r,o);const f=s.callColumns;const h=[...s.metrics];const number=r=>f.has(r)?{kind:"number",name:r}:{kind:"null"};const v=[];const w=[{kind:"id"},{kind:"julian",name:"timestamp"},{kind:"number",name:"version_id"},f.has("model_name")?{kind:"name",name:"model_name",cap:Hr,codes:v,maxCodes:Zr}:{kind:"null"},number("temperature"),number("max_tokens"),...h.map(r=>number(r))];return new SpanWalk(r,u,h,new CallsPages(r,w),v,i)}catch(r){if(r instanceof Decline)return null;throw r}}read(r,s,i,o){const u=below(i);try{const f=this.index.rowids(r,en);const h=this.fromPass(r,f,s,i);if(h!==undefined)return h;const v=new SpanBuilder(this.metrics.length,o);const w=this.keeper(r,f.length);const x=new WholeTally;this.table.seek(f,(i,o)=>{const f=i[rn];if(i[nn]!==r)throw new Decline("a call of another version");w?.keep(i[tn],f,w.cost<0?NaN:i[cn+w.cost]);x.met(i[tn],f,f>u);if(f>=s&&f<=u)this.take(v,i,o)});verifyReads(this.db);w?.done();const _=x.whole(f.length);return{...v.finish(r,s,i,this.metrics),whole:_}}catch(r){if(r instanceof GiveUp)return null;if(r instanceof Decline)return undefined;throw r}}take(r,s,i){const o=i[sn];const u=typeof o==="number"?this.codes[o]:o;const f=typeof o==="number"?this.bytesOf(o):typeof u==="string"?Jr.Buffer.byteLength(u,"utf8"):null;const h=r.groups.of(u,f,span_pages_finite(s[an]),span_pages_finite(s[on]));r.call(s[tn],s[rn],h);for(let i=0;i<this.metrics.length;i++){const o=s[cn+i];r.value(i,Number.isFinite(o)?o:NaN)}}fromPass(r,s,i,o){if(this.pass===undefined&&focus_pass_spread(s)){const r=Number(allRows(this.db,"SELECT max(rowid) FROM prompt_metrics")[0]?.[0]);this.pass=r<=Yr?this.readAll(i,o):null}const u=this.pass;if(!u||u.from!==i||u.to!==o)return undefined;return u.spanOf(r,s)}readAll(r,s){const i=below(s);const o=new Map;const start=()=>new SpanBuilder(this.metrics.length,16);try{this.table.walk((s,u)=>{const f=s[nn];let h=o.get(f);if(h===undefined){if(!Number.isSafeInteger(f))return;o.set(f,h=new PassVersion)}const v=s[rn];h.met(s[tn],v,v>i);if(v>=r&&v<=i)h.keep(start,r=>this.take(r,s,u))});verifyReads(this.db)}catch(r){if(r instanceof Decline)return null;throw r}const finish=(i,o)=>(o??start()).finish(i,r,s,this.metrics);return new FocusPass(r,s,o,finish)}keeper(r,s){const i=this.known;if(!i?.wants(r,s))return null;const o=new Float64Array(s);const u=new Float64Array(s);const f=new Float64Array(s);let h=0;return{cost:this.metrics.indexOf("cost_eur"),keep:(r,s,i)=>{o[h]=r;u[h]=s;f[h++]=i},done:()=>i.add(r,o,u,f,h)}}bytesOf(r){let s=this.codeBytes[r];if(s===undefined)this.codeBytes[r]=s=Jr.Buffer.byteLength(this.codes[r],"utf8");return s}}const span_pages_finite=r=>Number.isFinite(r)?r:null;class TimeIndex{reader;root;desc;local;encoder=new TextEncoder;constructor(r,s){const{desc:i,keys:o}=checkIndex(r,s,"timestamp");if(o!==1)throw new Decline("not an index on timestamp alone");this.desc=i;this.reader=new PageReader(r);this.root=rootPage(r,"index",s);this.local=maxLocal(this.reader.usable)}scan(r,s,i,o){const{reader:u,desc:f,local:h}=this;const{usable:v}=u;const w=this.encoder.encode(r);const x=this.encoder.encode(s);u.restart();const _=new Key;const S=[this.root];const k=[];while(S.length>0){const r=S.pop();if(r===-1){const r=S.pop();o(S.pop(),r);continue}const{page:s,interior:M,header:N,cells:$}=btreePage(u,r,"index");k.length=0;let E=true;let C=0;for(;C<$;C++){let r=cellAt(s,N,C,v);const u=M?pages_u32(s,r):0;if(M)r+=4;_.read(s,r+1,keyEnd(s,r,v,h));const S=_.compare(x)<0;const $=_.compare(w)>=0;const I=f?S:$;if(M&&E&&I)k.push(u);if(S&&$){const r=i.of(s,_.at,_.length)??NaN;if(M)k.push(r,_.rowid,-1);else o(r,_.rowid)}if(!(f?$:S))break;E=f?$:S}if(M&&C===$&&E)k.push(pages_u32(s,8));for(let r=k.length-1;r>=0;r--){const s=k[r];if(s===-1){S.push(k[r-2],k[r-1],-1);r-=2}else S.push(s)}}}}class Key{kind=0;at=0;length=0;rowid=0;bytes=new Uint8Array(0);read(r,s,i){const o=r[s];let u=s+1;let f=r[u++];if(f>=128)f=(f&127)*128+r[u++];if(f>=16384||o>=128||u>=s+o)throw new Decline("key header");const h=r[u++];if(u!==s+o)throw new Decline("key header");const v=f>=12?f-12>>1:f===7||f===6?8:f===5?6:f>7?0:f;this.kind=f===0?0:f<12?1:f&1?2:3;if(f===10||f===11)throw new Decline("reserved serial type");this.bytes=r;this.at=s+o;this.length=v;if(this.at+v>i)throw new Decline("key size");this.rowid=integer(r,this.at+v,h,i)}compare(r){if(this.kind!==2)return this.kind<2?-1:1;const s=this.bytes;const i=Math.min(this.length,r.length);for(let o=0;o<i;o++){const i=s[this.at+o]-r[o];if(i!==0)return i}return this.length-r.length}}const un=8*1024*1024;const fn=2**18;class TimeWalk{name;static batch=fn;index;table;keyDays;constructor(r,s,i){this.name=i;const has=r=>s.callColumns.has(r);this.index=new TimeIndex(r,i);this.keyDays=new JulianDays(r);this.table=new CallsPages(r,[{kind:"id"},{kind:"julian",name:"timestamp"},has("version_id")?{kind:"number",name:"version_id"}:{kind:"null"},has("cost_eur")?{kind:"number",name:"cost_eur"}:{kind:"null"}],this.keyDays)}static of(r,s,i){const o=allRows(r,`EXPLAIN QUERY PLAN ${i.sql}`,i.params).map(r=>String(r[3])).filter(r=>/\bprompt_metrics\b/.test(r));const u=new Set(o.map(r=>/USING (?:COVERING )?INDEX (\S+)(?: |$)/.exec(r)?.[1]));const[f]=u;if(u.size!==1||f===undefined||o.some(r=>/^SCAN|TEMP/.test(r)))return null;let h=dn.get(r);if(h===undefined||h?.name!==f){const i=allRows(r,"SELECT EXISTS (SELECT 1 FROM prompt_metrics WHERE timestamp < '') OR "+"EXISTS (SELECT 1 FROM prompt_metrics WHERE timestamp >= x'')");h=i[0]?.[0]===0?new TimeWalk(r,s,f):null;dn.set(r,h)}return h}read(r,s,i,o){const u=Math.min(TimeWalk.batch,fn);const f=new Float64Array(u);const h=new Float64Array(u);const v=new Float64Array(u);const w=new Float64Array(u);const x=new Float64Array(u);const _=s==="version_id"?2:3;let S=0;const flush=()=>{const r=s==="cost_eur"?o?.lookup(f,S):undefined;if(r===null)throw new Decline("a call listed twice");let u=0;for(let s=0;s<S;s++){const i=r?r.where[s]:-1;if(i>=0){if(!Object.is(r.jds[i],h[s]))throw new Decline("an index entry that is not its call");x[s]=r.costs[i];continue}const o=f[s];if(!(o>=0&&o<2**53/fn))throw new Decline("a large rowid");v[u++]=o*fn+s}const k=v.subarray(0,u);sortAscending(k);const M=w.subarray(0,u);for(let r=0;r<u;r++){M[r]=Math.floor(k[r]/fn);if(r>0&&M[r]===M[r-1])throw new Decline("a call listed twice")}let N=0;if(u>0)this.table.seek(M,r=>{const s=k[N++]%fn;if(!Object.is(r[1],h[s]))throw new Decline("an index entry that is not its call");x[s]=r[_]});i({n:S,jds:h.subarray(0,S),values:x.subarray(0,S),rowid:r=>f[r]});S=0};for(const[s,i]of r)this.index.scan(s,i,this.keyDays,(r,s)=>{if(S===u)flush();f[S]=s;h[S++]=r});if(S>0)flush()}countIndexed(r,s,i){let o=0;for(const[u,f]of r)this.index.scan(u,f,this.keyDays,r=>{if(r>=s&&r<=i)o+=1});return o}}const dn=new WeakMap;const hn=500;const vn=1e5;const pn=qe;const mn=/^\d{4}-\d\d-\d\d/;const SEEK=r=>`SELECT substr(timestamp, 1, ${pn+1}) FROM prompt_metrics `+`WHERE timestamp ${r} ? AND timestamp < x'' `+"ORDER BY timestamp LIMIT 1";const after=r=>r.slice(0,-1)+String.fromCharCode(r.charCodeAt(r.length-1)+1);function walkTimestamps(r){if(!usesIndex(r,SEEK(">="),[""]))return null;const s=[];const i=[];let o="";let u=">=";for(;;){const f=allRows(r,SEEK(u),[o])[0]?.[0];if(typeof f!=="string")break;if(mn.test(f)){const r=f.slice(0,10);s.push(r);if(s.length>vn)return null;[o,u]=[after(r),">="]}else{if(f.length>pn||i.includes(f)||i.length>=hn)return null;i.push(f);[o,u]=[f,">"]}}const f=allRows(r,"SELECT julianday(value) FROM json_each(?)",[JSON.stringify(s)]);return{days:s.map((r,s)=>({prefix:r,jd:num(f[s]?.[0])})),odd:i}}function candidates(r,s,i){const o=["timestamp < ''","timestamp >= x''"];const u=[];for(const f of candidateRanges(r,s,i)){o.push("(timestamp >= ? AND timestamp < ?)");u.push(...f)}if(r.odd.length>0){o.push(`timestamp IN (${r.odd.map(()=>"?").join(", ")})`);u.push(...r.odd)}return{sql:`(${o.join(" OR ")})`,params:u}}function candidateRanges(r,s,i){const o=[];let u=null;for(const f of r.days){const r=f.jd!==null&&(s===null||f.jd+2>=s)&&(i===null||f.jd-1<i);if(r)u??=f.prefix;else if(u!==null){o.push([u,f.prefix]);u=null}}const f=r.days.at(-1);if(u!==null&&f)o.push([u,after(f.prefix)]);return o}function newestCall(r,s,i,o){const sql=r=>`SELECT ${De} FROM prompt_metrics WHERE ${r} AND ${i}`;const newest=s=>{const i=allRows(r,sql(s.sql),s.params)[0];return{jd:num(i?.[0])??-Infinity,at:str(i?.[1])}};let u=newest(candidates({days:[],odd:s.odd},null,null));const f=s.days.filter(r=>r.jd!==null).sort((r,s)=>s.jd-r.jd);for(const s of f){if(s.jd+2<u.jd)break;const i={sql:"timestamp >= ? AND timestamp < ?",params:[s.prefix,after(s.prefix)]};const f=(o&&newestOnPages(r,o,{sql:sql(i.sql),params:i.params}))??newest(i);if(f.jd>u.jd)u=f}return u.jd===-Infinity?null:u}function newestOnPages(r,s,i){try{const o=TimeWalk.of(r,s.schema,i);if(!o)return undefined;let u={jd:-Infinity,rowid:NaN};o.read([i.params],"version_id",r=>{let i=-1;for(let o=0;o<r.n;o++){const f=r.jds[o];if(f>u.jd&&s.versions.has(r.values[o]))[i,u.jd]=[o,f]}if(i>=0)u={jd:u.jd,rowid:r.rowid(i)}});verifyReads(r);if(u.jd===-Infinity)return{jd:-Infinity,at:null};return{jd:u.jd,at:timestampsOf(r,[u.rowid]).get(u.rowid)??null}}catch(r){if(r instanceof Decline)return undefined;throw r}}const gn=1e3;const wn=1e5;class ModelCounts{coded;text=new Map;blobs=new Map;constructor(r){this.coded=new Float64Array(r)}add(r){if(typeof r==="number")this.coded[r]=(this.coded[r]??0)+1;else if(typeof r==="string"){const s=this.text.get(r);this.text.set(r,(s??0)+1);return s===undefined}else if(r instanceof Uint8Array){const s=r.join(",");const i=this.blobs.get(s);if(i)i.calls++;else this.blobs.set(s,{bytes:r,calls:1});return i===undefined}return false}counted(r){const s=new Map(this.text);this.coded.forEach((i,o)=>{const u=r[o];if(i>0)s.set(u,(s.get(u)??0)+i)});return[...[...s].map(([r,s])=>({name:r,bytes:null,calls:s})),...[...this.blobs.values()].map(r=>({name:String(r.bytes),...r}))]}}function digest_models_byName(r,s){if(r.bytes===null!==(s.bytes===null))return r.bytes===null?-1:1;return Buffer.compare(r.bytes??Buffer.from(r.name),s.bytes??Buffer.from(s.name))}function listModels(r,s){const i=new Map;let o=wn;for(const u of[...r].sort((r,s)=>r.id-s.id)){if(o<=0)break;const r=u.models.counted(s).sort((r,s)=>s.calls-r.calls||digest_models_byName(r,s));const f=r.slice(0,o).map(r=>r.name);o-=f.length;i.set(u.id,f)}return i}function listModelsBySql(r,s,i){const o=new Map;let u=wn;for(const f of[...i].sort((r,s)=>r-s)){if(u<=0)break;const i=allRows(r,`SELECT ${capped(s.callColumns,"model_name",gn)} FROM prompt_metrics `+"WHERE version_id = ? AND model_name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?",[f,u]).map(([r])=>String(r));u-=i.length;o.set(f,i)}return o}const bn=3e6;const yn=1e5;const xn=16;const _n=65536;const Sn=1e4;const kn=256;class Running{id;calls=0;sums;values=null;quantiles=null;setAside=false;minJd=Infinity;maxJd=-Infinity;minId=NaN;maxId=NaN;expected=-1;models;constructor(r,s,i){this.id=r;this.sums=Array.from({length:s},()=>new NeumaierSum);this.models=new ModelCounts(i)}held(){return this.values?this.values.reduce((r,s)=>r+s.length,0):0}}function indexDisagrees(r){return new StoreError("corrupt",r,"the SQLite file is corrupt: the index on prompt_metrics(version_id) does not list the "+"calls the table holds; rebuild the index with sqlite3 STORE 'REINDEX'.")}function plan(r,s,i){const has=r=>s.metrics.has(r);const o=[...new Set(i.means)].filter(has);const u=Object.entries(i.quantiles).filter(([r])=>has(r)).map(([r,s])=>[r,s]);const f=[...new Set([...o,...u.map(([r])=>r)])];const h=s.callColumns.has("model_name");return{means:o,quantiles:u,columns:f,hasModels:h}}function commonModels(r,s){const i=capped(s.callColumns,"model_name",gn);const o=mayHold(r);const u=Number.isFinite(o)?Math.floor(o/kn):0;const f=u>1?Array.from({length:kn},(r,s)=>(s+1)*u):[];return allRows(r,`SELECT name FROM (SELECT ${i} AS name FROM (SELECT model_name FROM prompt_metrics `+`NOT INDEXED LIMIT ${Sn}) UNION ALL SELECT ${i} FROM prompt_metrics `+`WHERE rowid IN (SELECT value FROM json_each(?))) WHERE typeof(name) = 'text' `+`GROUP BY name ORDER BY count(*) DESC, name LIMIT ${xn}`,[JSON.stringify(f)]).map(r=>r[0])}function forEachCall(r,s,i,o,u,f){const h=3+i.columns.length;if(!o){if(i.hasModels)u.push(...commonModels(r,s));return forEachRow(r,scanSql(s,i,u),u,r=>f(r,r[h]??null))}const has=r=>s.callColumns.has(r);const v=[{kind:"id"},{kind:"number",name:"version_id"},{kind:"julian",name:"timestamp"},...i.columns.map(r=>has(r)?{kind:"number",name:r}:{kind:"null"}),i.hasModels?{kind:"name",name:"model_name",cap:gn,codes:u,maxCodes:xn}:{kind:"null"}];walkCalls(r,v,(r,s)=>f(r,s[h]??null));verifyReads(r)}function scanSql(r,s,i){const o=capped(r.callColumns,"model_name",gn);const u=!s.hasModels?"NULL":i.length===0?o:`CASE ${o} ${i.map((r,s)=>`WHEN ? THEN ${s}`).join(" ")} ELSE ${o} END`;const f=s.columns.map(s=>`${column(r.callColumns,s)}, `).join("");return`SELECT id, version_id, julianday(timestamp), ${f}${u} FROM prompt_metrics NOT INDEXED`}function digestCalls(r,s,i,o,u){const f=plan(r,s,u);if(u.readPages===false)return digest(r,s,i,o,u,f,false);try{return digest(r,s,i,o,u,f,true)}catch(h){if(h instanceof Decline)return digest(r,s,i,o,u,f,false);throw h}}function digest(r,s,i,o,u,f,h){const v=u.maxHeld??bn;const w=3;const x=f.means.map(r=>w+f.columns.indexOf(r));const _=f.quantiles.map(([r])=>w+f.columns.indexOf(r));const S=[];const k=new Map(o.map(r=>[r,new Running(r,f.means.length,xn)]));const M=new Set;const N=indexCounts(r);for(const r of k.values())r.expected=N?.get(r.id)??-1;let $=0;let E=0;let C=!utf8Text(r);const settle=r=>{const s=r.values;$-=r.held();r.quantiles=s.map((r,s)=>r.length===0?null:quantilesInPlace(r.view(),f.quantiles[s][1]));r.values=null;M.delete(r)};const relieve=()=>{while($>v/2&&M.size>0){const r=[...M].reduce((r,s)=>s.held()>r.held()?s:r);$-=r.held();r.values=null;r.setAside=true;M.delete(r)}};let I;let T=null;forEachCall(r,s,f,h,S,(o,u)=>{const f=o[1];if(f!==T){T=f;I=typeof f==="number"?k.get(f):undefined}const h=I;if(h===undefined)return;if(h.quantiles!==null)throw disagreement(r,s,i,h.id);h.calls++;const w=o[2];if(typeof w==="number"){if(w<h.minJd){h.minJd=w;h.minId=Number(o[0])}if(w>h.maxJd){h.maxJd=w;h.maxId=Number(o[0])}}for(let r=0;r<x.length;r++){const s=o[x[r]];if(typeof s==="number"&&Number.isFinite(s))h.sums[r].add(s)}if(!h.setAside){if(h.values===null){const r=Math.min(_n,h.expected>0?h.expected:16);h.values=_.map(()=>new Float64Builder(r));M.add(h)}for(let r=0;r<_.length;r++){const s=o[_[r]];if(typeof s==="number"&&Number.isFinite(s)){h.values[r].push(s);$++}}if(h.expected===h.calls)settle(h);else if($>v)relieve()}if(!C&&h.models.add(u))E++;if(E>yn)C=true});for(const r of[...M])settle(r);if(N)for(const o of k.values())if((N.get(o.id)??0)!==o.calls)throw disagreement(r,s,i,o.id);const O=[...k.values()].filter(r=>r.calls>0);for(const o of O)if(o.setAside)readAgain(r,s,i,f,o);const D=timestampsById(r,O.flatMap(r=>[r.minId,r.maxId]));const F=C?listModelsBySql(r,s,O.map(r=>r.id)):listModels(O,S);const j=new Map;for(const i of O){const o={};f.means.forEach((u,f)=>{const h=i.sums[f];o[u]=h.exact?h.mean():meanFromSql(r,s,i.id,u)});const u={};f.quantiles.forEach(([r],s)=>u[r]=i.quantiles?.[s]??null);j.set(i.id,{calls:i.calls,means:o,quantiles:u,firstCall:D.get(i.minId)??null,lastCall:D.get(i.maxId)??null,models:F.get(i.id)??[]})}return j}function mayHold(r){try{return Number(allRows(r,"SELECT max(rowid) FROM prompt_metrics")[0]?.[0]??0)}catch{return Infinity}}function indexCounts(r){const s="SELECT version_id, count(*) FROM prompt_metrics GROUP BY version_id";if(!usesIndex(r,s,[]))return null;const i=indexInPlan(r,s);if(i!==null)try{const s=countVersions(r,i);verifyReads(r);return s}catch(r){if(!(r instanceof Decline))throw r}return new Map(allRows(r,s).map(([r,s])=>[Number(r),Number(s)]))}function disagreement(r,s,i,o){try{readSamples(r,s,{versionId:o,metrics:[]},i)}catch(r){return r}return indexDisagrees(i)}function readAgain(r,s,i,o,u){const f=o.quantiles.map(([r])=>r);const h=readSamples(r,s,{versionId:u.id,metrics:f},i,u.calls);if(h.rows!==u.calls)throw indexDisagrees(i);u.quantiles=o.quantiles.map(([r,s])=>{const i=h.values[r];return i&&i.length>0?quantilesInPlace(i,s):null})}function meanFromSql(r,s,i,o){const u=`SELECT avg(${numeric(s.callColumns,o)}) FROM prompt_metrics WHERE version_id = ?`;const f=allRows(r,u,[i])[0]?.[0];return typeof f==="number"?f:null}function costDaysFromPages(r,s,i,o,u,f,h){if(i.odd.length>0)return undefined;try{const v=TimeWalk.of(r,s,o);if(!v)return undefined;const w=new Map;const x=below(f);v.read(candidateRanges(i,u,f),"cost_eur",r=>cost_pages_sum(w,r,u,x),h);verifyReads(r);return w}catch(r){if(r instanceof Decline)return undefined;throw r}}function cost_pages_sum(r,s,i,o){let u=NaN;let f;for(let h=0;h<s.n;h++){const v=s.jds[h];if(!(v>=i&&v<=o))continue;const w=sqliteDay(v);if(w!==u||!f){u=w;f=r.get(u);if(!f)r.set(u,f={calls:0,cost:new NeumaierSum})}f.calls+=1;const x=s.values[h];if(Number.isFinite(x))f.cost.add(x)}}function trends_window(r,s,i){return[julian(r,s,"since"),julian(r,i,"until")]}function readDaily(r,s,i,o,u,f=()=>null){const h=s.callColumns;const[v,w]=trends_window(r,o,u);const x=f(v,w);const _=x?spanDaily(x,v,w,s.metrics.has("latency_ms"),s=>dayName(r,s)):null;if(_)return _;const S=[];forEachRow(r,"SELECT date(jd), count(*), avg(q), avg(s), avg(c), total(c) FROM ("+`SELECT julianday(timestamp) AS jd, ${numeric(h,"quality_score")} AS q, `+`${numeric(h,"success")} AS s, ${numeric(h,"cost_eur")} AS c `+"FROM prompt_metrics WHERE version_id = ?) WHERE jd >= ? AND jd < ? GROUP BY 1 ORDER BY 1",[i,v,w],([r,s,i,o,u,f])=>S.push({day:String(r),calls:Number(s),quality:num(i),latencyP50:null,successRate:num(o),costPerCall:num(u),costTotal:num(f)??0}));if(!s.metrics.has("latency_ms")||S.length===0)return S;const k=new Map;let M="";let N=[];const flush=()=>{if(N.length>0)k.set(M,describe_quantile(N,.5))};forEachRow(r,`SELECT date(jd), l FROM (SELECT julianday(timestamp) AS jd, ${numeric(h,"latency_ms")} AS l `+"FROM prompt_metrics WHERE version_id = ?) WHERE jd >= ? AND jd < ? AND l IS NOT NULL ORDER BY 1, 2",[i,v,w],([r,s])=>{if(r!==M){flush();M=String(r);N=[]}const i=num(s);if(i!==null)N.push(i)});flush();return S.map(r=>({...r,latencyP50:k.get(r.day)??null}))}function readCallDays(r,s,[i,o],u=()=>null){const[f,h]=trends_window(r,i,o);const v=u(f,h);if(v)return spanDays(v,f,h).map(([s,i])=>({day:dayName(r,s),calls:i}));const w=[];forEachRow(r,"SELECT date(jd), count(*) FROM (SELECT julianday(timestamp) AS jd "+"FROM prompt_metrics WHERE version_id = ?) WHERE jd >= ? AND jd < ? GROUP BY 1 ORDER BY 1",[s,f,h],([r,s])=>w.push({day:String(r),calls:Number(s)}));return w}function dayName(r,s){return String(askOnce(r,"SELECT date(?)",s))}function readCostByDay(r,s,i,o,u=null,f=false,h){const[v,w]=trends_window(r,i,o);const x=u?candidates(u,v,w):{sql:"TRUE",params:[]};const _=numeric(s.callColumns,"cost_eur");if(f){const i=u!==null&&storeBytes(r)>=un;const o=costInJs(r,x,_,v,w,o=>i?costDaysFromPages(r,s,u,o,v,w,h):undefined);if(o)return o}const S=[];forEachRow(r,`SELECT date(jd), count(*), total(c) FROM (SELECT julianday(timestamp) AS jd, `+`${_} AS c FROM prompt_metrics WHERE ${x.sql}) `+"WHERE jd >= ? AND jd < ? GROUP BY 1 ORDER BY 1",[...x.params,v,w],([r,s,i])=>S.push({day:String(r),calls:Number(s),cost:num(i)??0}));return S}function costInJs(r,s,i,o,u,f){const h={sql:`SELECT julianday(timestamp), ${i} FROM prompt_metrics WHERE ${s.sql} `+"AND julianday(timestamp) BETWEEN ? AND ?",params:[...s.params,o,below(u)]};let v=f(h);if(!v){const s=new Map;forEachRow(r,h.sql,h.params,([r,i])=>{const o=sqliteDay(r);let u=s.get(o);if(!u)s.set(o,u={calls:0,cost:new NeumaierSum});u.calls+=1;if(typeof i==="number")u.cost.add(i)});v=s}const w=[];for(const[s,i]of v){if(!i.cost.exact)return null;const o=i.cost.total();w.push({day:dayName(r,s),calls:i.calls,cost:Number.isFinite(o)?o:0})}return w.sort((r,s)=>r.day<s.day?-1:r.day>s.day?1:0)}class RangeCalls{db;schema;index;viaPages;from;to;constructor(r,s,i,o,u,f=storeBytes(r)>=un){this.db=r;this.schema=s;this.index=i;this.viaPages=f;this.from=julian(r,o,"since");this.to=julian(r,u,"until")}byVersion(){const{from:r,to:s}=this;const i=this.onPages((s,i,o)=>{const u=new Map;s.read(i,"version_id",s=>{for(let i=0;i<s.n;i++){const f=s.jds[i];const h=s.values[i];if(f>=r&&f<=o&&Number.isFinite(h))u.set(h,(u.get(h)??0)+1)}});return u});if(i)return i;const o=this.index?candidates(this.index,r,s):{sql:"TRUE",params:[]};const u=new Map;forEachRow(this.db,"SELECT v, count(*) FROM (SELECT version_id AS v, julianday(timestamp) AS jd "+`FROM prompt_metrics WHERE ${o.sql}) WHERE jd >= ? AND jd < ? GROUP BY 1`,[...o.params,r,s],([r,s])=>{if(typeof r==="number")u.set(r,Number(s))});return u}countIndexed(){const r=this.onPages((r,s,i)=>r.countIndexed(s,this.from,i));return r??null}onPages(r){const{db:s,index:i,from:o,to:u}=this;if(!i||!this.viaPages||i.odd.length>0)return undefined;const f=candidates(i,o,u);try{const h=TimeWalk.of(s,this.schema,{sql:`SELECT version_id FROM prompt_metrics WHERE ${f.sql}`,params:f.params});if(!h)return undefined;const v=r(h,candidateRanges(i,o,u),below(u));verifyReads(s);return v}catch(r){if(r instanceof Decline)return undefined;throw r}}}const Mn={calls:0,lastJd:null,lastAt:null};const Nn="SELECT count(*) FROM prompt_metrics WHERE version_id = ?";class VersionCalls{db;versions;counts=new Map;newest=new Map;all=false;complete=false;lookups=0;indexed;index;constructor(r,s){this.db=r;this.versions=s}calls(r){let s=this.counts.get(r);if(s===undefined&&this.complete)return 0;if(s===undefined&&!this.all&&(this.index||this.oneByOne())){s=this.count(r);this.counts.set(r,s)}return s??this.loadAll().counts.get(r)??0}of(r){let s=this.newest.get(r);if(s===undefined&&this.known(r)===0)return Mn;if(s===undefined&&!this.all&&this.oneByOne()){const i=allRows(this.db,`SELECT count(*), ${De} FROM prompt_metrics WHERE version_id = ?`,[r])[0];const o=num(i?.[1]);s={calls:Number(i?.[0]??0),lastJd:o,lastAt:o===null?null:str(i?.[2])};this.newest.set(r,s)}return s??this.loadAll().newest.get(r)??Mn}known(r){return this.counts.get(r)??this.newest.get(r)?.calls??(this.complete?0:undefined)}learnCounts(r,s={}){for(const[s,i]of r)this.counts.set(s,i);if(s.complete)this.complete=true}hasNewest(r){return this.newest.has(r)}learnNewest(r,s){this.counts.set(r,s.calls);this.newest.set(r,s)}count(r){try{if(this.index===undefined&&this.lookups>kr){const r=indexInPlan(this.db,Nn);this.index=r===null?null:VersionIndex.open(this.db,r)}if(this.index){const s=this.index.count(r);verifyReads(this.db);return s}}catch(r){if(!(r instanceof Decline))throw r;this.index=null}return Number(allRows(this.db,Nn,[r])[0]?.[0])}oneByOne(){this.indexed??=usesIndex(this.db,Nn,[0]);this.lookups+=1;return this.indexed&&this.lookups<=Math.max(64,this.versions/4)}loadAll(){if(this.all)return this;this.counts.clear();this.newest.clear();for(const[r,s,i,o]of allRows(this.db,`SELECT version_id, count(*), ${De} FROM prompt_metrics GROUP BY version_id`)){const u=num(i);const f={calls:Number(s),lastJd:u,lastAt:u===null?null:str(o)};this.counts.set(Number(r),f.calls);this.newest.set(Number(r),f)}this.all=true;return this}}const $n=1e6;const En=4096;function promptColumn(r,s){const i=column(r,s);if(i==="NULL")return"NULL, NULL";const o=`CAST(${i} AS BLOB)`;return`substr(${i}, 1, ${$n}), `+`CASE WHEN instr(${o}, X'00') > 0 OR length(${i}) > ${$n} `+`THEN length(${o}) || ':' || hex(substr(${o}, -${En})) END`}function promptColumns(r){return`${promptColumn(r,"system_prompt")}, ${promptColumn(r,"user_prompt")}`}function promptTextOf(r,s){const[i,o,u,f]=[0,1,2,3].map(i=>str(r[s+i]));const h=`${i??""}\0${u??""}`;return o===null&&f===null?h:`${h}\0cut\0${o??""}\0${f??""}`}const An=1<<18;const Cn=4;class KnownRows{chunks=[];count=0;built=null;where=new Int32Array(0);versions=new Set;wants(r,s){return this.built===null&&!this.versions.has(r)&&this.count+s<=An}add(r,s,i,o,u){if(!this.wants(r,u))return;this.versions.add(r);if(u===0)return;const cut=r=>r.length===u?r:r.slice(0,u);this.chunks.push({ids:cut(s),jds:cut(i),costs:cut(o)});this.count+=u}lookup(r,s){const i=this.built??=this.build();const{first:o,slots:u,seen:f}=i;const h=this.where.length>=s?this.where:this.where=new Int32Array(s);let v=false;for(let i=0;i<s;i++){const s=r[i]-o;const w=s>=0&&s<u.length?u[s]-1:-1;if(w>=0){if(f[s]===1)v=true;f[s]=1}h[i]=w}for(let i=0;i<s;i++)if(h[i]>=0)f[r[i]-o]=0;return v?null:{where:h,jds:i.jds,costs:i.costs}}build(){const r=this.count;let s=Infinity;let i=-Infinity;for(const{ids:r}of this.chunks)for(let o=0;o<r.length;o++){const u=r[o];if(u<s)s=u;if(u>i)i=u}const o=i-s+1;const u=new Float64Array(0);if(!(Number.isInteger(s)&&Number.isInteger(i)&&o<=Cn*r+1024)){this.chunks=[];return{first:0,slots:new Int32Array(0),seen:new Uint8Array(0),jds:u,costs:u}}const f=new Int32Array(o);const h=this.chunks.length===1?this.chunks[0].jds:new Float64Array(r);const v=this.chunks.length===1?this.chunks[0].costs:new Float64Array(r);let w=0;for(const r of this.chunks){if(h!==r.jds)h.set(r.jds,w);if(v!==r.costs)v.set(r.costs,w);for(let i=0;i<r.ids.length;i++)f[r.ids[i]-s]=w+i+1;w+=r.ids.length}this.chunks=[];return{first:s,slots:f,seen:new Uint8Array(o),jds:h,costs:v}}}const In=1e5;const Tn=4;const Rn=1e4;const On=200;const qn=1e5;const Ln=3;function setText(r,s){Object.defineProperties(r,{promptText:{enumerable:false,value:s},promptKey:{enumerable:false,value:s===null?null:quickKey(s)}})}function parseTags(r){if(r===null)return[];try{const s=JSON.parse(r);return Array.isArray(s)?s.filter(r=>typeof r==="string"):[]}catch{return[]}}class SqliteStore{db;schema;label;release;options;metrics;notes;cached;walked;distinctIds;newest;contextCache=new Map;focused=null;spans=new Map;wholes=new Map;spanSchema;spanWalk;known;constructor(r,s,i,o=()=>undefined,u={textsWhenAsked:false}){this.db=r;this.schema=s;this.label=i;this.release=o;this.options=u;this.metrics=s.metrics;this.notes=u.notes??[]}versions(){return this.load().rows}lastCallAt(){return this.newestCall().at}lastRowId(){return num(allRows(this.db,"SELECT max(rowid) FROM prompt_metrics")[0]?.[0]??null)}versionsAfterRow(r){const s=allRows(this.db,"SELECT DISTINCT version_id FROM prompt_metrics NOT INDEXED WHERE rowid > ? LIMIT ?",[r,In+1]);return new Set(s.map(r=>Number(r[0])))}lastCallMs(){const{jd:r}=this.newestCall();return r===null?null:sqliteMs(r)-Pe}newestCall(){if(this.newest)return this.newest;const r=this.timestamps();const s="+version_id IN (SELECT id FROM prompt_versions)";if(r){const i=newestCall(this.db,r,s,this.knownVersions());this.newest={at:i?.at??null,jd:i?.jd??null}}else{const[r,i]=allRows(this.db,`SELECT ${De} FROM prompt_metrics WHERE ${s}`)[0]??[null,null];this.newest=num(r)===null?{at:null,jd:null}:{at:str(i),jd:num(r)}}return this.newest}knownVersions(){if(storeBytes(this.db)<un)return undefined;const r=allRows(this.db,"SELECT id FROM prompt_versions").map(r=>r[0]);if(!r.every(r=>typeof r==="number"))return undefined;return{schema:this.schema,versions:new Set(r)}}focus(r,s){const[i,o]=allRows(this.db,"SELECT julianday(?), julianday(?)",[r,s])[0]??[];this.focused=num(i)===null||num(o)===null?null:{from:num(i),to:num(o)};this.spans.clear();this.wholes.clear()}callsFrom(r,s){const i=this.focused;const o=this.wholes.get(r);if(i===null||o===undefined)return undefined;return julianOrNull(this.db,s)===i.to?o.after:undefined}spanOf(r){return(s,i)=>{const o=this.focused;if(o===null||s<o.from||i>o.to)return null;if(!this.inOrder())return null;let u=this.spans.get(r);if(u===undefined){const s=this.cached?.calls.known(r);if(this.spanWalk===undefined){if(storeBytes(this.db)>=un)this.known=new KnownRows;this.spanWalk=SpanWalk.prepare(this.db,this.schema,this.known)}u=this.spanWalk?.read(r,o.from,o.to,s??1024);if(u?.whole)this.wholes.set(r,u.whole);if(u===undefined)u=readSpan(this.db,this.schema,this.label,r,o.from,o.to,s);this.spans.set(r,u);const held=()=>[...this.spans.values()].reduce((r,s)=>r+(s?.n??0),0);while(this.spans.size>1&&(this.spans.size>Ln||held()>zr))this.spans.delete(this.spans.keys().next().value)}return u}}lastCallOf(r){const{calls:s}=this.load();const i=this.focused;if(i!==null&&!s.hasNewest(r)){const o=s.calls(r);const u=o>0&&o<=zr?this.spanOf(r)(i.from,i.to):null;const f=u===null?null:newestOf(u,o);if(f){const{lastJd:i,lastId:u}=f;const h=i===null?null:timestampsOf(this.db,[u]).get(u)??null;s.learnNewest(r,{calls:o,lastJd:i,lastAt:h})}}return s.of(r).lastAt}inOrder(){this.spanSchema??=spanSchema(this.db,this.schema);return this.spanSchema}samples(r){const s=this.cached?.calls.known(r.versionId);return readSamples(this.db,this.schema,r,this.label,s,this.spanOf(r.versionId))}contexts(r,s,i){const o=JSON.stringify([r,s,i]);let u=this.contextCache.get(o);if(!u)this.contextCache.set(o,u=this.readContexts(r,s,i));return u}loggedErrors(r){const s=this.schema.callColumns;if(!s.has("error_message")||!s.has("success"))return 0;const i=allRows(this.db,`SELECT count(*) FROM prompt_metrics WHERE version_id = ? AND ${numeric(s,"success")} = 1 `+"AND typeof(error_message) = 'text' AND trim(substr(error_message, 1, 200)) <> ''",[r])[0];return Number(i?.[0]??0)}readContexts(r,s,i){const o=this.schema.callColumns;const u=timeRange(this.db,s,i);const f=u.from!==undefined&&u.to!==undefined?this.spanOf(r)(u.from,u.to):null;if(f)return spanContexts(f,u.from,u.to);const h=allRows(this.db,`SELECT ${capped(o,"model_name",gn)}, ${numeric(o,"temperature")}, `+`${numeric(o,"max_tokens")}, count(*) FROM prompt_metrics `+`WHERE version_id = ?${u.sql} GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT 1000`,[r,...u.params]);return h.map(([r,s,i,o])=>({model:str(r),temperature:num(s),maxTokens:num(i),calls:Number(o)}))}callsByVersion(r,s){return new RangeCalls(this.db,this.schema,this.timestamps(),r,s).byVersion()}callsInRange(r,s){return new RangeCalls(this.db,this.schema,this.timestamps(),r,s).countIndexed()}daily(r,s,i){return readDaily(this.db,this.schema,r,s,i,this.spanOf(r))}callDays(r,s,i){return readCallDays(this.db,r,[s,i],this.spanOf(r))}blocks(r){return readBlocks(this.db,this.schema,r,this.spanOf(r.versionId))}costByDay(r,s){const{db:i,schema:o}=this;return readCostByDay(i,o,r,s,this.timestamps(),this.inOrder(),this.known)}totals(r=f,s={}){const i=this.schema.callColumns;const o=f.filter(s=>this.metrics.has(s)&&r.includes(s));const u=o.map(r=>`, count(${numeric(i,r)}), avg(${numeric(i,r)})`);const h=new Map;for(const[r,s,...i]of allRows(this.db,`SELECT version_id, count(*)${u.join("")} FROM prompt_metrics GROUP BY version_id`)){const u=Object.fromEntries(o.map((r,s)=>[r,{n:Number(i[2*s]),mean:num(i[2*s+1])}]));h.set(Number(r),{versionId:Number(r),calls:Number(s),metrics:u,models:[]})}const v=new Map([...h].map(([r,s])=>[r,s.calls]));this.load().calls.learnCounts(v,{complete:true});if(i.has("model_name")){const r=[...h.values()].reduce((r,s)=>r+s.calls,0);if(r>(s.modelsByVersionAbove??qn))for(const[r,s]of listModelsBySql(this.db,this.schema,[...h.keys()]))h.get(r)?.models.push(...s);else for(const[r,s]of allRows(this.db,`SELECT version_id, ${capped(i,"model_name",gn)} FROM prompt_metrics `+`WHERE model_name IS NOT NULL GROUP BY 1, 2 ORDER BY 1, count(*) DESC, 2 LIMIT ${wn}`))h.get(Number(r))?.models.push(String(s))}return h}digest(r){const{rows:s,calls:i}=this.load();const o=digestCalls(this.db,this.schema,this.label,s.map(r=>r.id),r);i.learnCounts(new Map([...o].map(([r,s])=>[r,s.calls])),{complete:true});return o}close(){this.db.close();this.release()}timestamps(){if(this.walked===undefined)this.walked=walkTimestamps(this.db);return this.walked}load(){if(this.cached)return this.cached;const r=this.schema.versionColumns;const s=!this.options.textsWhenAsked;const i=r.has("system_prompt")||r.has("user_prompt");const o=`SELECT v.id, ${capped(r,"name",gn)}, ${capped(r,"version",gn)}, `+`${capped(r,"timestamp",gn)}, ${capped(r,"git_commit",gn)}, `+`${capped(r,"tags",Rn)}`+(s?`, ${promptColumns(r)}`:"")+" FROM prompt_versions AS v ORDER BY 2, julianday(v.timestamp) DESC, v.id DESC LIMIT ?";const u=allRows(this.db,o,[In+1]);if(u.length>In)throw new StoreError("too_many_versions",this.label,`it holds more than ${In} prompt versions.`);const f=this.versionTags();const h=new VersionCalls(this.db,u.length);const v=u.map(r=>{const o=Number(r[0]);let u;const v={id:o,name:str(r[1])??"",version:str(r[2])??"",timestamp:str(r[3])??"",gitCommit:str(r[4]),tags:[...new Set([...parseTags(str(r[5])),...f.get(o)??[]])]};const text=()=>(withTexts(v.name),v.promptText);Object.defineProperties(v,{promptHash:{enumerable:true,get:()=>{if(u!==undefined)return u;const r=text();return u=r===null?null:hash_shortSha256(r)}},calls:{enumerable:true,get:()=>h.calls(o)},lastCallAt:{enumerable:true,get:()=>this.lastCallOf(o)}});if(s)setText(v,i?promptTextOf(r,6):null);else Object.defineProperties(v,{promptText:{enumerable:false,configurable:true,get:text},promptKey:{enumerable:false,configurable:true,get:()=>(withTexts(v.name),v.promptKey)}});return v});const w=new Set;const withTexts=r=>{if(s||w.has(r))return;const i=w.size<Tn;const o=v.filter(s=>i?s.name===r:!w.has(s.name));const u=this.promptTexts(i?o.map(r=>r.id):null);for(const r of o)w.add(r.name);for(const r of o)setText(r,u(r.id))};this.cached={rows:v,calls:h};return this.cached}promptTexts(r){const s=this.schema.versionColumns;if(!s.has("system_prompt")&&!s.has("user_prompt"))return()=>null;this.distinctIds??=allRows(this.db,"SELECT count(DISTINCT id) = count(*) FROM prompt_versions")[0]?.[0]===1;if(!this.distinctIds)throw new StoreError("corrupt",this.label,"two prompt versions share an id, or one has none (prompt_versions.id must be unique).");const i=r!==null&&r.every(r=>Number.isSafeInteger(r));const o=new Map(allRows(this.db,`SELECT v.id, ${promptColumns(s)} FROM prompt_versions AS v `+`${i?"WHERE v.id IN (SELECT value FROM json_each(?)) ":""}LIMIT ?`,[...i?[JSON.stringify(r)]:[],In+1]).map(r=>[Number(r[0]),promptTextOf(r,1)]));return r=>o.get(r)??null}versionTags(){const r=new Map;if(!this.schema.versionTags)return r;for(const[s,i]of allRows(this.db,`SELECT version_id, ${cappedText("tag",On)} FROM version_tags `+"WHERE tag IS NOT NULL LIMIT 1000000")){const o=r.get(Number(s))??[];o.push(String(i));r.set(Number(s),o)}return r}}function newestOf(r,s){if(r.whole?.calls===s)return r.whole;if(r.n!==s)return null;let i=0;for(let s=1;s<r.n;s++)if(r.jds[s]>r.jds[i])i=s;return{lastJd:r.jds[i],lastId:r.ids[i]}}const Dn=r(import.meta.url)("node:url");var Fn=__nccwpck_require__(6166);var jn=__nccwpck_require__.n(Fn);const Bn=["sql-wasm-browser","wasm"].join(".");let Pn;function wasmPath(r){if((0,or.existsSync)(r))return r;const s=(0,dt.createRequire)(import.meta.url);return s.resolve(["sql.js","dist",Bn].join("/"))}function wasmBytes(){const r=cr().join(cr().dirname((0,Dn.fileURLToPath)(import.meta.url)),Bn);try{return(0,or.readFileSync)(wasmPath(r))}catch{throw new InstallError(`${r} is missing or unreadable`)}}function loadSqlJs(){Pn??=Promise.resolve().then(()=>jn()({wasmBinary:wasmBytes()}));return Pn}const Wn=8*1024*1024;const Un=32*1024;async function openDatabase(r,s){const{label:i}=s;const{input:o,restored:u}=committedState(r,s);const f=o instanceof LazyFile?o:null;const h=f?f.size:o.length;checkHeader(f?f.head(100):o,h,i,{maxBytes:s.maxBytes??ur,walPresent:s.walPresent??false,onDisk:f!==null});const v=await loadSqlJs();const w=f?f.pages():o;const x=new v.Database(readInPlace(w));registerPages(x,w);try{x.run("PRAGMA query_only = ON");x.run("PRAGMA trusted_schema = OFF");x.run("PRAGMA cell_size_check = ON");x.run(`PRAGMA cache_size = -${Un}`);x.run("PRAGMA temp_store = MEMORY");guardQueries(x,f??{label:i,verify:()=>undefined});integrityCheck(x,i,h<=Wn?null:"sqlite_schema");const r=checkSchema(x,i);if(h>Wn){integrityCheck(x,i,"prompt_versions");if(r.versionTags)integrityCheck(x,i,"version_tags")}f?.verify();return{db:x,schema:r,notes:u===null?[]:[rolledBackNote(i,u)]}}catch(r){x.close();if(r instanceof StoreError)throw r;throw new StoreError("corrupt",i,`SQLite cannot read it (${reason(r)}).`,raw(r))}}function recoverHint(r,s){const i=r instanceof LazyFile?`run sqlite3 ${shellQuote(oneLine(s))} 'PRAGMA integrity_check'`:"open the store once with sqlite3 (e.g. sqlite3 db.sqlite 'PRAGMA integrity_check') before it is uploaded or committed";return`${i}: SQLite rolls the journal back; then retry.`}function rolledBackNote(r,s){return`Store ${JSON.stringify(oneLine(r))}: a -journal from an interrupted write was rolled back (${s} ${s===1?"page":"pages"} put back), as SQLite does: the calls of the transaction that was interrupted are not counted. If the evaluation was killed (a timeout), run it again to log them.`}function committedState(r,s){if(!s.journal)return{input:r,restored:null};const i=readJournal(s.journal,s.label,recoverHint(r,s.label));if(!i)return{input:r,restored:null};if(i.pages===0)throw new StoreError("empty",s.label,"a writer was interrupted inside the transaction that created it (it left a rollback journal, -journal): nothing was ever committed.");const o=i.original.size;if(r instanceof LazyFile){r.rollBack(i);return{input:r,restored:o}}return{input:applyRollback(r,i),restored:o}}async function openStore(r,s){const{db:i,schema:o,notes:u}=await openDatabase(r,s);const f=r instanceof LazyFile?r:null;return new SqliteStore(i,o,s.label,()=>f?.close(),{textsWhenAsked:s.textsWhenAsked??false,notes:u})}function integrityCheck(r,s,i){let o;try{o=r.exec(`PRAGMA integrity_check(${i??1})`)[0]?.values[0]?.[0]}catch(r){throw new StoreError("corrupt",s,`the SQLite file is corrupt (${reason(r)}).`,raw(r))}if(o!=="ok")throw new StoreError("corrupt",s,`the SQLite file is corrupt (integrity_check: ${oneLine(String(o))}).`)}function raw(r){return r instanceof Error?r.message:String(r)}function reason(r){return oneLine(raw(r))}function code(r){return r instanceof Error&&"code"in r?String(r.code):""}function statOrNone(r){try{return(0,or.statSync)(r)}catch{return undefined}}function checkFile(r,s){let i;try{const s=(0,or.statSync)(r);if(s.isDirectory())throw new StoreError("unreadable",r,folderHint(r));if(!s.isFile())throw new StoreError("unreadable",r,"it is not a regular file.");i=s.size}catch(s){throw unreadable(r,s)}if(i>s)throw tooLarge(r,i,s);const o=statOrNone(`${r}-wal`);return{walPresent:o!==undefined&&o.size>0}}function journalBeside(r,s){const i=`${r}-journal`;const o=statOrNone(i);if(!o?.isFile()||o.size===0)return undefined;if(o.size>s)throw tooLarge(i,o.size,s);try{return(0,or.readFileSync)(i)}catch(r){if(code(r)==="ENOENT")return undefined;throw unreadable(i,r)}}const zn=8;function stamp(r){try{const s=(0,or.statSync)(r,{bigint:true});return`${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`}catch{return null}}function counter(r){let s;try{s=(0,or.openSync)(r,"r");return changeCounter(s)}catch{return-1}finally{if(s!==undefined)(0,or.closeSync)(s)}}const state=r=>`${stamp(r)}|${counter(r)}|${stamp(`${r}-journal`)}`;async function snapshot(r,s,i){for(let o=1;;o++){const u=state(r);const f=journalBeside(r,s);let h;try{h=new LazyFile(r,i)}catch(s){throw unreadable(r,s)}h.head(100);if(state(r)===u&&h.unchanged())return{file:h,journal:f};h.close();if(o===zn)throw changedError(r);await new Promise(r=>setTimeout(r,5*o))}}function folderHint(r){for(const s of["db.sqlite",".prompt_versions/db.sqlite"]){const i=(0,lr.join)(r,s);if((0,or.existsSync)(i))return`it is a folder; the store is the file inside it: ${i}.`}return"it is a folder, not a store file; give the path of the db.sqlite file."}function unreadable(r,s){if(s instanceof StoreError)return s;const i=code(s);return new StoreError("unreadable",r,i==="ENOENT"&&/^~[/\\]/.test(r)?"no such file: the shell leaves a ~ after = as it is (--store=~/db.sqlite); write --store ~/db.sqlite, or the whole path.":i==="ENOENT"?"no such file. Check the path (a relative one starts at the working folder); Prompt Versioner writes .prompt_versions/db.sqlite under the folder its script runs in.":i==="EACCES"||i==="EPERM"?"this user may not read it (or a folder on its path): give it read permission, or run as a user who may.":i==="ENAMETOOLONG"?"its path, or a name in it, is longer than the system allows (ENAMETOOLONG): check how it was built, or give a shorter path.":i==="ELOOP"?"its path goes round a loop of symbolic links (ELOOP): give the path of the store file itself.":`cannot read it (${oneLine(String(s))}).`)}async function openStoreFile(r,s={}){const i=s.maxBytes??ur;const{walPresent:o}=checkFile(r,i);const{file:u,journal:f}=await snapshot(r,i,s.wholeUpTo);try{return await openStore(u,{label:r,maxBytes:s.maxBytes,walPresent:o,...f?{journal:f}:{},...s.textsWhenAsked?{textsWhenAsked:true}:{}})}catch(s){const i=s instanceof StoreError&&s.code!=="changed"&&!u.unchanged();u.close();throw i?changedError(r):s}}function openInput(r,s,i){const o=i?{textsWhenAsked:i}:{};const u=s.maxStoreBytes;const f=s.wholeUpTo===undefined?{}:{wholeUpTo:s.wholeUpTo};return"path"in r?openStoreFile(r.path,{maxBytes:u,...f,...o}):openStore(r.bytes,{label:r.label,maxBytes:u,...r.journal?{journal:r.journal}:{},...r.walPresent?{walPresent:true}:{},...o})}async function withStores(r,s,i){const o=r.kind!=="compare";const u=[];try{for(const i of s)u.push(i?await openInput(i,r,o):null);const f=i(u);const h=u.flatMap(r=>r?.notes??[]);return h.length===0?f:{...f,warnings:[...h,...f.warnings??[]]}}finally{for(const r of u)r?.close()}}function runCompare(r){return withStores(r,[r.head,r.base],([s,i])=>compareStores({head:s,base:i??null,...r.selection?{selection:r.selection}:{},...r.lostScope?{lostScope:r.lostScope}:{},options:r.options,failOn:r.failOn,generatedAt:r.generatedAt}))}function runSummary(r){return withStores(r,[r.store],([s])=>summarize(s,r.generatedAt))}function runHealth(r){return withStores(r,[r.store],([s])=>healthReport(s,{analysis:r.options,health:r.health,failOn:r.failOn,now:r.now,clock:r.clock??false}))}function executeRequest(r){const s=r;switch(s.kind){case"compare":return runCompare(s);case"summary":return runSummary(s);case"health":return runHealth(s)}}function requestLabels(r){const s=r.kind==="compare"?[r.head,r.base]:[r.store];return s.flatMap(r=>r===null?[]:["path"in r?r.path:r.label])}const Vn=1024*1024;class StoreLimitError extends UserError{kind;name="StoreLimitError";constructor(r,s){super(s);this.kind=r}}function formatLimit(r){if(r<1e3)return`${Math.round(r)}ms`;return`${Number((r/1e3).toFixed(3))}s`}function stores(r){const s=r.map(r=>JSON.stringify(oneLine(r)));if(s.length===0)return"the store";if(s.length===1)return`the store ${s[0]}`;return`the stores ${s.slice(0,-1).join(", ")} and ${s.at(-1)}`}function timeoutError(r,s,i){return new StoreLimitError("timeout",`Reading ${stores(r)} took longer than ${i} (${formatLimit(s)}): the store may `+`be hostile or far too large; raise ${i} if it is genuine.`)}function memoryError(r,s,i){return new StoreLimitError("memory",`Reading ${stores(r)} needed more memory than allowed (${s.heapMb} MiB of JavaScript `+`heap, ${s.sqliteBytes/Vn} MiB for SQLite, both set from ${i}): the store `+`may be hostile or far too large; raise ${i} if it is genuine.`)}function crashError(r,s){return new StoreLimitError("crash",`Reading ${stores(r)} stopped unexpectedly (${oneLine(s,300)}); the store may be hostile.`)}const Hn=["code","label","sqlite","kind"];const Gn="out of memory";function toWire(r,s){if(!(r instanceof Error))return{name:"Error",message:`unexpected error: ${String(r)}`,fields:{}};const i=requestLabels(s.request);let o=r;const u=o instanceof StoreError?o.sqlite:o.message;if(u===Gn)o=memoryError(i,s.limits,s.sizeSetting);else if(o.name==="RuntimeError")o=crashError(i,`${o.name}: ${o.message}`);const f={};for(const r of Hn){const s=o[r];if(typeof s==="string")f[r]=s}return{name:o.name,message:o.message,fields:f}}async function limitSqliteHeap(r){const s=await loadSqlJs();const i=new s.Database;try{i.run(`PRAGMA hard_heap_limit = ${Math.floor(r)}`)}finally{i.close()}}async function serveRequest(){const r=u.parentPort;if(!r){process.stderr.write("pv-check: worker.js is started by the action and the CLI, not alone.\n");process.exitCode=2;return}const s=u.workerData;let i;if("spare"in s){const s=new Promise(s=>r.once("message",s));await Promise.resolve().then(loadSqlJs).catch(()=>undefined);i=await s}else i=s;let o;try{await limitSqliteHeap(i.limits.sqliteBytes);o={ok:true,report:await executeRequest(i.request)}}catch(r){o={ok:false,error:toWire(r,i)}}try{r.postMessage(o)}catch(s){r.postMessage({ok:false,error:toWire(s,i)})}}var Jn=o.X;export{Jn as serveRequest};
//# sourceMappingURL=worker-main.js.map
