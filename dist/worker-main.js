import{createRequire as r}from"module";var i={8787:(r,i,s)=>{
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
var o=s(3742);r.exports=o},3742:r=>{
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
function filled(r,i){var s;var o;s=[];for(o=0;o<i;o++){s.push(r)}return s}r.exports=filled},1830:(r,i,s)=>{
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
var o=s(1401);r.exports=o},1401:(r,i,s)=>{
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
var o=s(8787);function zeros(r){return o(0,r)}r.exports=zeros},9979:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9714);var u=s(5878);var f=s(8520);var v;if(o()){v=u}else{v=f}r.exports=v},5878:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=typeof Float64Array==="function"?Float64Array:void 0;r.exports=i},8520:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},4826:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5613);var u=s(3405);var f=s(523);var v;if(o()){v=u}else{v=f}r.exports=v},3405:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=typeof Uint16Array==="function"?Uint16Array:void 0;r.exports=i},523:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},7096:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4171);var u=s(2399);var f=s(3689);var v;if(o()){v=u}else{v=f}r.exports=v},2399:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=typeof Uint32Array==="function"?Uint32Array:void 0;r.exports=i},3689:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},5183:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4246);var u=s(8570);var f=s(7540);var v;if(o()){v=u}else{v=f}r.exports=v},8570:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=typeof Uint8Array==="function"?Uint8Array:void 0;r.exports=i},7540:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var i=typeof Float64Array==="function"?Float64Array:null;r.exports=i},9714:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6405);r.exports=o},6405:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(910);var u=s(5265);function hasFloat64ArraySupport(){var r;var i;if(typeof u!=="function"){return false}try{i=new u([1,3.14,-3.14,NaN]);r=o(i)&&i[0]===1&&i[1]===3.14&&i[2]===-3.14&&i[3]!==i[3]}catch(i){r=false}return r}r.exports=hasFloat64ArraySupport},2878:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3103);r.exports=o},3103:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3595);function hasGeneratorSupport(){var r;try{o('"use strict"; (function* () {})');r=true}catch(i){r=false}return r}r.exports=hasGeneratorSupport},1907:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4270);r.exports=o},4270:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=Object.prototype.hasOwnProperty;function hasOwnProp(r,s){if(r===void 0||r===null){return false}return i.call(r,s)}r.exports=hasOwnProp},5547:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(166);r.exports=o},166:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}r.exports=hasSymbolSupport},9501:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6284);r.exports=o},6284:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5547);var u=o();function hasToStringTagSupport(){return u&&typeof Symbol.toStringTag==="symbol"}r.exports=hasToStringTagSupport},5613:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2364);r.exports=o},2364:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3599);var u=s(6653);var f=s(5929);function hasUint16ArraySupport(){var r;var i;if(typeof f!=="function"){return false}try{i=[1,3.14,-3.14,u+1,u+2];i=new f(i);r=o(i)&&i[0]===1&&i[1]===3&&i[2]===u-2&&i[3]===0&&i[4]===1}catch(i){r=false}return r}r.exports=hasUint16ArraySupport},5929:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=typeof Uint16Array==="function"?Uint16Array:null;r.exports=i},4171:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(8950);r.exports=o},8950:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3209);var u=s(8035);var f=s(2709);function hasUint32ArraySupport(){var r;var i;if(typeof f!=="function"){return false}try{i=[1,3.14,-3.14,u+1,u+2];i=new f(i);r=o(i)&&i[0]===1&&i[1]===3&&i[2]===u-2&&i[3]===0&&i[4]===1}catch(i){r=false}return r}r.exports=hasUint32ArraySupport},2709:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=typeof Uint32Array==="function"?Uint32Array:null;r.exports=i},4246:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(249);r.exports=o},249:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(228);var u=s(2732);var f=s(5545);function hasUint8ArraySupport(){var r;var i;if(typeof f!=="function"){return false}try{i=[1,3.14,-3.14,u+1,u+2];i=new f(i);r=o(i)&&i[0]===1&&i[1]===3&&i[2]===u-2&&i[3]===0&&i[4]===1}catch(i){r=false}return r}r.exports=hasUint8ArraySupport},5545:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=typeof Uint8Array==="function"?Uint8Array:null;r.exports=i},910:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7439);r.exports=o},7439:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(547);var u=typeof Float64Array==="function";function isFloat64Array(r){return u&&r instanceof Float64Array||o(r)==="[object Float64Array]"}r.exports=isFloat64Array},7604:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5183);var u=s(4826);var f={uint16:u,uint8:o};r.exports=f},347:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7158);r.exports=o},7158:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7604);var u;function isLittleEndian(){var r;var i;r=new o["uint16"](1);r[0]=4660;i=new o["uint8"](r.buffer);return i[0]===52}u=isLittleEndian();r.exports=u},3599:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2394);r.exports=o},2394:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(547);var u=typeof Uint16Array==="function";function isUint16Array(r){return u&&r instanceof Uint16Array||o(r)==="[object Uint16Array]"}r.exports=isUint16Array},3209:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(8168);r.exports=o},8168:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(547);var u=typeof Uint32Array==="function";function isUint32Array(r){return u&&r instanceof Uint32Array||o(r)==="[object Uint32Array]"}r.exports=isUint32Array},228:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7755);r.exports=o},7755:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(547);var u=typeof Uint8Array==="function";function isUint8Array(r){return u&&r instanceof Uint8Array||o(r)==="[object Uint8Array]"}r.exports=isUint8Array},9951:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=34028234663852886e22;r.exports=i},8858:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=11754943508222875e-54;r.exports=i},45:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=2.718281828459045;r.exports=i},5088:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=2220446049250313e-31;r.exports=i},2404:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=.5772156649015329;r.exports=i},1877:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=1023|0;r.exports=i},6862:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=.7853981633974483;r.exports=i},3822:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=10.900511;r.exports=i},9475:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=.34657359027997264;r.exports=i},7934:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=1.5707963267948966;r.exports=i},3935:r=>{
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
var i=2147483647>>>0;r.exports=i},222:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=2146435072;r.exports=i},5976:r=>{
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
var i=2147483648>>>0;r.exports=i},8910:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=1048575;r.exports=i},4322:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=.9189385332046728;r.exports=i},1239:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=.6931471805599453;r.exports=i},2656:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=-1023|0;r.exports=i},6276:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=1023|0;r.exports=i},4193:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=709.782712893384;r.exports=i},313:r=>{
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
var i=170|0;r.exports=i},6622:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=9007199254740991;r.exports=i},3424:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=17976931348623157e292;r.exports=i},4862:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=-1074|0;r.exports=i},7999:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=-708.3964185322641;r.exports=i},1475:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4241);var u=o.NEGATIVE_INFINITY;r.exports=u},1277:r=>{
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
var i=20|0;r.exports=i},9701:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=3.141592653589793;r.exports=i},469:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=Number.POSITIVE_INFINITY;r.exports=i},5417:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=22250738585072014e-324;r.exports=i},3975:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=5e-324;r.exports=i},8159:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=1.4901161193847656e-8;r.exports=i},2385:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=2.5066282746310007;r.exports=i},6515:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=1.4142135623730951;r.exports=i},2358:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=6.283185307179586;r.exports=i},3960:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=2147483647|0;r.exports=i},6653:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=65535|0;r.exports=i},8035:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=4294967295;r.exports=i},2732:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=255|0;r.exports=i},6990:(r,i,s)=>{
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
var o=s(4209);r.exports=o},4209:r=>{
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
var i=Function;r.exports=i},530:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(8085);r.exports=o},8085:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2804);function isEven(r){return o(r/2)}r.exports=isEven},7234:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(661);r.exports=o},661:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(469);var u=s(1475);function isInfinite(r){return r===o||r===u}r.exports=isInfinite},2804:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3835);r.exports=o},3835:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2334);function isInteger(r){return o(r)===r}r.exports=isInteger},6523:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9382);r.exports=o},9382:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(r){return r!==r}r.exports=isnan},6590:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7489);r.exports=o},7489:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2334);function isNegativeInteger(r){return o(r)===r&&r<0}r.exports=isNegativeInteger},3270:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(8121);r.exports=o},8121:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1475);function isNegativeZero(r){return r===0&&1/r===o}r.exports=isNegativeZero},4993:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(656);r.exports=o},656:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2334);function isNonNegativeInteger(r){return o(r)===r&&r>=0}r.exports=isNonNegativeInteger},7687:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9106);r.exports=o},9106:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(530);function isOdd(r){if(r>0){return o(r-1)}return o(r+1)}r.exports=isOdd},866:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7685);r.exports=o},7685:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(469);function isPositiveZero(r){return r===0&&1/r===o}r.exports=isPositiveZero},6260:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6443);r.exports=o},6443:r=>{
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
function abs(r){return Math.abs(r)}r.exports=abs},9418:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(989);r.exports=o},989:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(9827);var f=s(5478);var v=s(6862);var h=6123233995736766e-32;function acos(r){var i;if(o(r)){return NaN}if(r<-1||r>1){return NaN}if(r>.5){return 2*u(f(.5-.5*r))}i=v-u(r);i+=h;i+=v;return i}r.exports=acos},9827:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7841);r.exports=o},7841:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(5478);var f=s(6862);var v=s(7947);var h=s(35);var w=6123233995736766e-32;function asin(r){var i;var s;var x;var _;var S;if(o(r)){return NaN}if(r>0){x=r}else{i=true;x=-r}if(x>1){return NaN}if(x>.625){s=1-x;_=s*h(s);s=u(s+s);S=f-s;s=s*_-w;S-=s;S+=f}else{if(x<1e-8){return r}s=x*x;S=s*v(s);S=x*S+x}return i?-S:S}r.exports=asin},7947:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return.16666666666666713}if(r<0){i=-r}else{i=r}if(i<=1){s=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428))));o=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))}else{r=1/r;s=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825))));o=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))}return s/o}r.exports=evalrational},35:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return.08333333333333809}if(r<0){i=-r}else{i=r}if(i<=1){s=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243)));o=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))}else{r=1/r;s=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616)));o=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))}return s/o}r.exports=evalrational},1354:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1165);r.exports=o},9530:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return Infinity}if(r<0){i=-r}else{i=r}if(i<=1){s=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20)))))))));o=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))}else{r=1/r;s=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658)))))))));o=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))}return s/o}r.exports=evalrational},1165:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(7260);var f=s(5478);var v=s(6260);var h=s(1851);var w=s(6310);var x=s(45);var _=s(5088);var S=s(9530);var M=10.900511;function beta(r,i){var s;var E;var k;var N;var $;var I;var T;if(o(r)||o(i)){return NaN}if(r<0||i<0){return NaN}if(i===1){return 1/r}if(r===1){return 1/i}T=r+i;if(T<_){$=T/r;$/=i;return $}if(T===r&&i<_){return 1/i}if(T===i&&r<_){return 1/r}if(r<i){I=i;i=r;r=I}E=r+M-.5;k=i+M-.5;N=T+M-.5;$=S(r)*(S(i)/S(T));s=r-.5-i;if(v(i*s)<N*100&&r>100){$*=h(s*u(-i/N))}else{$*=w(E/N,s)}if(N>1e10){$*=w(E/N*(k/N),i)}else{$*=w(E*k/(N*N),i)}$*=f(x/k);return $}r.exports=beta},9986:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4757);r.exports=o},4757:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9818).assign;function betainc(r,i,s,u,f){var v=[0,0];u=u===false?false:true;f=f===true?true:false;o(r,i,s,u,f,v,1,0);return v[0]}r.exports=betainc},7548:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7811);r.exports=o},7811:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6622);var u=s(469);var f=s(2804);var v=s(6523);var h=s(7687);var w=s(2334);var x=s(4370);function binomcoef(r,i){var s;var _;var S;var M;var E;var k;var N;if(v(r)||v(i)){return NaN}if(!f(r)||!f(i)){return NaN}if(i<0){return 0}_=1;if(r<0){r=-r+i-1;if(h(i)){_*=-1}}if(i>r){return 0}if(i===0||i===r){return _}if(i===1||i===r-1){return _*r}if(r-i<i){i=r-i}N=w(o/r);s=1;for(E=1;E<=i;E++){if(s>N){break}s*=r;s/=E;r-=1}if(E>i){return _*s}S=binomcoef(r,i-E+1);if(S===u){return _*S}M=binomcoef(i,i-E+1);k=x(S,M);S/=k;M/=k;s/=M;return _*s*S}r.exports=binomcoef},3385:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7640);r.exports=o},7640:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=Math.ceil;r.exports=i},5672:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9775);r.exports=o},9775:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5976);var u=s(3935);var f=s(7949);var v=s(2882);var h=s(7844);var w=[0,0];function copysign(r,i){var s;var x;f.assign(r,w,1,0);s=w[0];s&=u;x=v(i);x&=o;s|=x;return h(s,w[1])}r.exports=copysign},9191:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4274);r.exports=o},4274:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2882);var u=s(1567);var f=s(186);var v=s(3982);var h=s(3935);var w=s(222);var x=[0,0];var _=1072243195|0;var S=1044381696|0;function cos(r){var i;var s;i=o(r);i&=h;if(i<=_){if(i<S){return 1}return u(r,0)}if(i>=w){return NaN}s=v(r,x);switch(s&3){case 0:return u(x[0],x[1]);case 1:return-f(x[0],x[1]);case 2:return-u(x[0],x[1]);default:return f(x[0],x[1])}}r.exports=cos},988:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4387);r.exports=o},4387:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(1851);var f=s(3786);var v=s(469);var h=s(1475);var w=s(8300);var x=s(8018);var _=s(675);var S=s(5266);var M=s(8925);var E=s(1332);var k=s(516);var N=s(9101);var $=1e-300;var I=13877787807814457e-33;var T=.8450629115104675;var C=.12837916709551256;var q=1;var D=-.0023621185607526594;var O=1;var F=-.009864944034847148;var j=1;var U=-.0098649429247001;var z=1;function erfc(r){var i;var s;var V;var G;var H;var Q;var J;var Y;if(o(r)){return NaN}if(r===v){return 0}if(r===h){return 2}if(r===0){return 1}if(r<0){i=true;s=-r}else{i=false;s=r}if(s<.84375){if(s<I){return 1-r}V=r*r;G=C+V*w(V);H=q+V*x(V);Q=G/H;if(r<.25){return 1-(r+r*Q)}G=r*Q;G+=r-.5;return.5-G}if(s<1.25){H=s-1;J=D+H*_(H);Y=O+H*S(H);if(i){return 1+T+J/Y}return 1-T-J/Y}if(s<28){H=1/(s*s);if(s<2.857142857142857){G=F+H*M(H);H=j+H*E(H)}else{if(r<-6){return 2-$}G=U+H*k(H);H=z+H*N(H)}V=f(s,0);G=u(-(V*V)-.5625)*u((V-s)*(V+s)+G/H);if(i){return 2-G/s}return G/s}if(i){return 2-$}return $*$}r.exports=erfc},675:r=>{
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
function evalpoly(r){if(r===0){return 30.33806074348246}return 30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}r.exports=evalpoly},119:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4306);r.exports=o},4306:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(5478);var f=s(1550);var v=s(469);var h=s(1475);var w=s(4801);var x=s(9945);var _=s(5733);var S=s(5917);var M=s(8097);var E=.08913147449493408;var k=2.249481201171875;var N=.807220458984375;var $=.9399557113647461;var I=.9836282730102539;function erfcinv(r){var i;var s;var T;var C;var q;if(o(r)){return NaN}if(r===0){return v}if(r===2){return h}if(r===1){return 0}if(r>2||r<0){return NaN}if(r>1){i=-1;T=2-r}else{i=1;T=r}r=1-T;if(r<=.5){C=r*(r+10);q=w(r);return i*(C*E+C*q)}if(T>=.25){C=u(-2*f(T));T-=.25;q=x(T);return i*(C/(k+q))}T=u(-f(T));if(T<3){s=T-1.125;q=_(s);return i*(N*T+q*T)}if(T<6){s=T-3;q=S(s);return i*($*T+q*T)}s=T-6;q=M(s);return i*(I*T+q*T)}r.exports=erfcinv},4801:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.0005087819496582806}if(r<0){i=-r}else{i=r}if(i<=1){s=-.0005087819496582806+r*(-.008368748197417368+r*(.03348066254097446+r*(-.012692614766297404+r*(-.03656379714117627+r*(.02198786811111689+r*(.008226878746769157+r*(-.005387729650712429+r*(0+r*0))))))));o=1+r*(-.9700050433032906+r*(-1.5657455823417585+r*(1.5622155839842302+r*(.662328840472003+r*(-.7122890234154284+r*(-.05273963823400997+r*(.07952836873415717+r*(-.0023339375937419+r*.0008862163904564247))))))))}else{r=1/r;s=0+r*(0+r*(-.005387729650712429+r*(.008226878746769157+r*(.02198786811111689+r*(-.03656379714117627+r*(-.012692614766297404+r*(.03348066254097446+r*(-.008368748197417368+r*-.0005087819496582806))))))));o=.0008862163904564247+r*(-.0023339375937419+r*(.07952836873415717+r*(-.05273963823400997+r*(-.7122890234154284+r*(.662328840472003+r*(1.5622155839842302+r*(-1.5657455823417585+r*(-.9700050433032906+r*1))))))))}return s/o}r.exports=evalrational},9945:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.20243350835593876}if(r<0){i=-r}else{i=r}if(i<=1){s=-.20243350835593876+r*(.10526468069939171+r*(8.3705032834312+r*(17.644729840837403+r*(-18.851064805871424+r*(-44.6382324441787+r*(17.445385985570866+r*(21.12946554483405+r*-3.6719225470772936)))))));o=1+r*(6.242641248542475+r*(3.971343795334387+r*(-28.66081804998+r*(-20.14326346804852+r*(48.560921310873994+r*(10.826866735546016+r*(-22.643693341313973+r*1.7211476576120028)))))))}else{r=1/r;s=-3.6719225470772936+r*(21.12946554483405+r*(17.445385985570866+r*(-44.6382324441787+r*(-18.851064805871424+r*(17.644729840837403+r*(8.3705032834312+r*(.10526468069939171+r*-.20243350835593876)))))));o=1.7211476576120028+r*(-22.643693341313973+r*(10.826866735546016+r*(48.560921310873994+r*(-20.14326346804852+r*(-28.66081804998+r*(3.971343795334387+r*(6.242641248542475+r*1)))))))}return s/o}r.exports=evalrational},5733:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.1311027816799519}if(r<0){i=-r}else{i=r}if(i<=1){s=-.1311027816799519+r*(-.16379404719331705+r*(.11703015634199525+r*(.38707973897260434+r*(.3377855389120359+r*(.14286953440815717+r*(.029015791000532906+r*(.0021455899538880526+r*(-6.794655751811263e-7+r*(2.8522533178221704e-8+r*-6.81149956853777e-10)))))))));o=1+r*(3.4662540724256723+r*(5.381683457070069+r*(4.778465929458438+r*(2.5930192162362027+r*(.848854343457902+r*(.15226433829533179+r*(.011059242293464892+r*(0+r*(0+r*0)))))))))}else{r=1/r;s=-6.81149956853777e-10+r*(2.8522533178221704e-8+r*(-6.794655751811263e-7+r*(.0021455899538880526+r*(.029015791000532906+r*(.14286953440815717+r*(.3377855389120359+r*(.38707973897260434+r*(.11703015634199525+r*(-.16379404719331705+r*-.1311027816799519)))))))));o=0+r*(0+r*(0+r*(.011059242293464892+r*(.15226433829533179+r*(.848854343457902+r*(2.5930192162362027+r*(4.778465929458438+r*(5.381683457070069+r*(3.4662540724256723+r*1)))))))))}return s/o}r.exports=evalrational},5917:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.0350353787183178}if(r<0){i=-r}else{i=r}if(i<=1){s=-.0350353787183178+r*(-.0022242652921344794+r*(.018557330651423107+r*(.009508047013259196+r*(.0018712349281955923+r*(.00015754461742496055+r*(460469890584318e-20+r*(-2.304047769118826e-10+r*26633922742578204e-28)))))));o=1+r*(1.3653349817554064+r*(.7620591645536234+r*(.22009110576413124+r*(.03415891436709477+r*(.00263861676657016+r*(7646752923027944e-20+r*(0+r*0)))))))}else{r=1/r;s=26633922742578204e-28+r*(-2.304047769118826e-10+r*(460469890584318e-20+r*(.00015754461742496055+r*(.0018712349281955923+r*(.009508047013259196+r*(.018557330651423107+r*(-.0022242652921344794+r*-.0350353787183178)))))));o=0+r*(0+r*(7646752923027944e-20+r*(.00263861676657016+r*(.03415891436709477+r*(.22009110576413124+r*(.7620591645536234+r*(1.3653349817554064+r*1)))))))}return s/o}r.exports=evalrational},8097:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.016743100507663373}if(r<0){i=-r}else{i=r}if(i<=1){s=-.016743100507663373+r*(-.0011295143874558028+r*(.001056288621524929+r*(.00020938631748758808+r*(14962478375834237e-21+r*(4.4969678992770644e-7+r*(4.625961635228786e-9+r*(-2811287356288318e-29+r*9905570997331033e-32)))))));o=1+r*(.5914293448864175+r*(.1381518657490833+r*(.016074608709367652+r*(.0009640118070051656+r*(27533547476472603e-21+r*(2.82243172016108e-7+r*(0+r*0)))))))}else{r=1/r;s=9905570997331033e-32+r*(-2811287356288318e-29+r*(4.625961635228786e-9+r*(4.4969678992770644e-7+r*(14962478375834237e-21+r*(.00020938631748758808+r*(.001056288621524929+r*(-.0011295143874558028+r*-.016743100507663373)))))));o=0+r*(0+r*(2.82243172016108e-7+r*(27533547476472603e-21+r*(.0009640118070051656+r*(.016074608709367652+r*(.1381518657490833+r*(.5914293448864175+r*1)))))))}return s/o}r.exports=evalrational},3034:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(8349);r.exports=o},8349:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(5478);var f=s(1550);var v=s(469);var h=s(1475);var w=s(8944);var x=s(8776);var _=s(1964);var S=s(4932);var M=s(1376);var E=.08913147449493408;var k=2.249481201171875;var N=.807220458984375;var $=.9399557113647461;var I=.9836282730102539;function erfinv(r){var i;var s;var T;var C;var q;var D;if(o(r)){return NaN}if(r===1){return v}if(r===-1){return h}if(r===0){return r}if(r>1||r<-1){return NaN}if(r<0){i=-1;s=-r}else{i=1;s=r}C=1-s;if(s<=.5){q=s*(s+10);D=w(s);return i*(q*E+q*D)}if(C>=.25){q=u(-2*f(C));C-=.25;D=x(C);return i*(q/(k+D))}C=u(-f(C));if(C<3){T=C-1.125;D=_(T);return i*(N*C+D*C)}if(C<6){T=C-3;D=S(T);return i*($*C+D*C)}T=C-6;D=M(T);return i*(I*C+D*C)}r.exports=erfinv},8944:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.0005087819496582806}if(r<0){i=-r}else{i=r}if(i<=1){s=-.0005087819496582806+r*(-.008368748197417368+r*(.03348066254097446+r*(-.012692614766297404+r*(-.03656379714117627+r*(.02198786811111689+r*(.008226878746769157+r*(-.005387729650712429+r*(0+r*0))))))));o=1+r*(-.9700050433032906+r*(-1.5657455823417585+r*(1.5622155839842302+r*(.662328840472003+r*(-.7122890234154284+r*(-.05273963823400997+r*(.07952836873415717+r*(-.0023339375937419+r*.0008862163904564247))))))))}else{r=1/r;s=0+r*(0+r*(-.005387729650712429+r*(.008226878746769157+r*(.02198786811111689+r*(-.03656379714117627+r*(-.012692614766297404+r*(.03348066254097446+r*(-.008368748197417368+r*-.0005087819496582806))))))));o=.0008862163904564247+r*(-.0023339375937419+r*(.07952836873415717+r*(-.05273963823400997+r*(-.7122890234154284+r*(.662328840472003+r*(1.5622155839842302+r*(-1.5657455823417585+r*(-.9700050433032906+r*1))))))))}return s/o}r.exports=evalrational},8776:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.20243350835593876}if(r<0){i=-r}else{i=r}if(i<=1){s=-.20243350835593876+r*(.10526468069939171+r*(8.3705032834312+r*(17.644729840837403+r*(-18.851064805871424+r*(-44.6382324441787+r*(17.445385985570866+r*(21.12946554483405+r*-3.6719225470772936)))))));o=1+r*(6.242641248542475+r*(3.971343795334387+r*(-28.66081804998+r*(-20.14326346804852+r*(48.560921310873994+r*(10.826866735546016+r*(-22.643693341313973+r*1.7211476576120028)))))))}else{r=1/r;s=-3.6719225470772936+r*(21.12946554483405+r*(17.445385985570866+r*(-44.6382324441787+r*(-18.851064805871424+r*(17.644729840837403+r*(8.3705032834312+r*(.10526468069939171+r*-.20243350835593876)))))));o=1.7211476576120028+r*(-22.643693341313973+r*(10.826866735546016+r*(48.560921310873994+r*(-20.14326346804852+r*(-28.66081804998+r*(3.971343795334387+r*(6.242641248542475+r*1)))))))}return s/o}r.exports=evalrational},1964:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.1311027816799519}if(r<0){i=-r}else{i=r}if(i<=1){s=-.1311027816799519+r*(-.16379404719331705+r*(.11703015634199525+r*(.38707973897260434+r*(.3377855389120359+r*(.14286953440815717+r*(.029015791000532906+r*(.0021455899538880526+r*(-6.794655751811263e-7+r*(2.8522533178221704e-8+r*-6.81149956853777e-10)))))))));o=1+r*(3.4662540724256723+r*(5.381683457070069+r*(4.778465929458438+r*(2.5930192162362027+r*(.848854343457902+r*(.15226433829533179+r*(.011059242293464892+r*(0+r*(0+r*0)))))))))}else{r=1/r;s=-6.81149956853777e-10+r*(2.8522533178221704e-8+r*(-6.794655751811263e-7+r*(.0021455899538880526+r*(.029015791000532906+r*(.14286953440815717+r*(.3377855389120359+r*(.38707973897260434+r*(.11703015634199525+r*(-.16379404719331705+r*-.1311027816799519)))))))));o=0+r*(0+r*(0+r*(.011059242293464892+r*(.15226433829533179+r*(.848854343457902+r*(2.5930192162362027+r*(4.778465929458438+r*(5.381683457070069+r*(3.4662540724256723+r*1)))))))))}return s/o}r.exports=evalrational},4932:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.0350353787183178}if(r<0){i=-r}else{i=r}if(i<=1){s=-.0350353787183178+r*(-.0022242652921344794+r*(.018557330651423107+r*(.009508047013259196+r*(.0018712349281955923+r*(.00015754461742496055+r*(460469890584318e-20+r*(-2.304047769118826e-10+r*26633922742578204e-28)))))));o=1+r*(1.3653349817554064+r*(.7620591645536234+r*(.22009110576413124+r*(.03415891436709477+r*(.00263861676657016+r*(7646752923027944e-20+r*(0+r*0)))))))}else{r=1/r;s=26633922742578204e-28+r*(-2.304047769118826e-10+r*(460469890584318e-20+r*(.00015754461742496055+r*(.0018712349281955923+r*(.009508047013259196+r*(.018557330651423107+r*(-.0022242652921344794+r*-.0350353787183178)))))));o=0+r*(0+r*(7646752923027944e-20+r*(.00263861676657016+r*(.03415891436709477+r*(.22009110576413124+r*(.7620591645536234+r*(1.3653349817554064+r*1)))))))}return s/o}r.exports=evalrational},1376:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.016743100507663373}if(r<0){i=-r}else{i=r}if(i<=1){s=-.016743100507663373+r*(-.0011295143874558028+r*(.001056288621524929+r*(.00020938631748758808+r*(14962478375834237e-21+r*(4.4969678992770644e-7+r*(4.625961635228786e-9+r*(-2811287356288318e-29+r*9905570997331033e-32)))))));o=1+r*(.5914293448864175+r*(.1381518657490833+r*(.016074608709367652+r*(.0009640118070051656+r*(27533547476472603e-21+r*(2.82243172016108e-7+r*(0+r*0)))))))}else{r=1/r;s=9905570997331033e-32+r*(-2811287356288318e-29+r*(4.625961635228786e-9+r*(4.4969678992770644e-7+r*(14962478375834237e-21+r*(.00020938631748758808+r*(.001056288621524929+r*(-.0011295143874558028+r*-.016743100507663373)))))));o=0+r*(0+r*(2.82243172016108e-7+r*(27533547476472603e-21+r*(.0009640118070051656+r*(.016074608709367652+r*(.1381518657490833+r*(.5914293448864175+r*1)))))))}return s/o}r.exports=evalrational},6567:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(3291);var u=s(1589);function expmulti(r,i,s){var f;var v;var h;var w;f=r-i;v=f*f;h=f-v*u(v);w=1-(i-f*h/(2-h)-r);return o(w,s)}r.exports=expmulti},1851:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1878);r.exports=o},1878:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(1262);var f=s(1475);var v=s(469);var h=s(6567);var w=.6931471803691238;var x=1.9082149292705877e-10;var _=1.4426950408889634;var S=709.782712893384;var M=-745.1332191019411;var E=1/(1<<28);var k=-E;function exp(r){var i;var s;var N;if(o(r)||r===v){return r}if(r===f){return 0}if(r>S){return v}if(r<M){return 0}if(r>k&&r<E){return 1+r}if(r<0){N=u(_*r-.5)}else{N=u(_*r+.5)}i=r-N*w;s=N*x;return h(i,s,N)}r.exports=exp},1589:r=>{
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
function evalpoly(r){if(r===0){return.16666666666666602}return.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*4.1381367970572385e-8)))}r.exports=evalpoly},141:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6172);r.exports=o},6172:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(2882);var f=s(5990);var v=s(7844);var h=s(469);var w=s(1475);var x=s(1877);var _=s(9475);var S=s(6736);var M=709.782712893384;var E=.6931471803691238;var k=1.9082149292705877e-10;var N=1.4426950408889634;var $=38.816242111356935;var I=1.0397207708399179;function expm1(r){var i;var s;var T;var C;var q;var D;var O;var F;var j;var U;var z;var V;var G;if(r===h||o(r)){return r}if(r===w){return-1}if(r===0){return r}if(r<0){T=true;F=-r}else{T=false;F=r}if(F>=$){if(T){return-1}if(F>=M){return h}}D=u(F)|0;if(F>_){if(F<I){if(T){C=r+E;q=-k;G=-1}else{C=r-E;q=k;G=1}}else{if(T){G=N*r-.5}else{G=N*r+.5}G|=0;z=G;C=r-z*E;q=z*k}r=C-q;U=C-r-q}else if(D<1016070144){return r}else{G=0}i=.5*r;j=r*i;O=1+j*S(j);z=3-O*i;V=j*((O-z)/(6-r*z));if(G===0){return r-(r*V-j)}s=v(x+G<<20,0);V=r*(V-U)-U;V-=j;if(G===-1){return.5*(r-V)-.5}if(G===1){if(r<-.25){return-2*(V-(r+.5))}return 1+2*(r-V)}if(G<=-2||G>56){F=1-(V-r);if(G===1024){C=u(F)+(G<<20)|0;F=f(F,C)}else{F*=s}return F-1}z=1;if(G<20){C=1072693248-(2097152>>G)|0;z=f(z,C);F=z-(V-r)}else{C=x-G<<20|0;z=f(z,C);F=r-(V+z);F+=1}F*=s;return F}r.exports=expm1},6736:r=>{
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
function evalpoly(r){if(r===0){return-.03333333333333313}return-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-2.0109921818362437e-7)))}r.exports=evalpoly},9119:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2938);r.exports=o},2938:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6523);var u=s(2804);var f=s(905);var v=s(469);var h=s(313);var w=s(7994);function factorial(r){if(o(r)){return NaN}if(u(r)){if(r<0){return NaN}if(r<=h){return w[r]}return v}return f(r+1)}r.exports=factorial},297:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2408);r.exports=o},2408:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6590);var u=s(7711);function factorialln(r){if(o(r)){return NaN}return u(r+1)}r.exports=factorialln},2334:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5681);r.exports=o},5681:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=Math.floor;r.exports=i},1011:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2950);var u=s(905);var f=s(7260);var v=s(6260);var h=s(1851);var w=s(6310);var x=s(5088);var _=s(45);var S=s(3822);var M=s(313);var E=4269068009004705e289;function gammaDeltaRatioLanczos(r,i){var s;var k;var N;if(r<x){if(i>=M){k=gammaDeltaRatioLanczos(i,M-i);k*=r;k*=E;return 1/k}return 1/(r*u(r+i))}N=r+S-.5;if(r+i===r){if(v(i/N)<x){s=h(-i)}else{s=1}}else{if(v(i)<10){s=h((.5-r)*f(i/N))}else{s=w(N/(N+i),r-.5)}s*=o(r)/o(r+i)}s*=w(_/(N+i),i);return s}r.exports=gammaDeltaRatioLanczos},4320:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2503);r.exports=o},2503:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6260);var u=s(2334);var f=s(905);var v=s(9119);var h=s(313);var w=s(1011);function gammaDeltaRatio(r,i){var s;var x;var _;if(r<=0||r+i<=0){return f(r)/f(r+i)}x=u(i);if(x===i){_=u(r);if(_===r){if(r<=h&&r+i<=h){return v(_-1)/v(x+_-1)}}if(o(i)<20){if(i===0){return 1}if(i<0){r-=1;s=r;i+=1;while(i!==0){r-=1;s*=r;i+=1}return s}s=1/r;i-=1;while(i!==0){r+=1;s/=r;i-=1}return s}}return w(r,i)}r.exports=gammaDeltaRatio},2638:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2193);r.exports=o},2193:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(9497);r.exports=o},9497:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return Infinity}if(r<0){i=-r}else{i=r}if(i<=1){s=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20)))))))));o=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))}else{r=1/r;s=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658)))))))));o=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))}return s/o}r.exports=evalrational},2950:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2185);r.exports=o},2185:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(350);r.exports=o},350:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return Infinity}if(r<0){i=-r}else{i=r}if(i<=1){s=38474670393.31777+r*(36857665043.51951+r*(15889202453.72942+r*(4059208354.298835+r*(680547661.1834733+r*(78239755.00312005+r*(6246580.776401795+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007)))))))));o=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))}else{r=1/r;s=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580.776401795+r*(78239755.00312005+r*(680547661.1834733+r*(4059208354.298835+r*(15889202453.72942+r*(36857665043.51951+r*38474670393.31777)))))))));o=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))}return s/o}r.exports=evalrational},905:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9848);r.exports=o},9848:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(2804);var f=s(3270);var v=s(6260);var h=s(2334);var w=s(1794);var x=s(469);var _=s(1475);var S=s(9701);var M=s(101);var E=s(6630);var k=s(3381);function gamma(r){var i;var s;var N;var $;if(u(r)&&r<0||r===_||o(r)){return NaN}if(r===0){if(f(r)){return _}return x}if(r>171.61447887182297){return x}if(r<-170.5674972726612){return 0}s=v(r);if(s>33){if(r>=0){return M(r)}N=h(s);if((N&1)===0){i=-1}else{i=1}$=s-N;if($>.5){N+=1;$=s-N}$=s*w(S*$);return i*S/(v($)*M(s))}$=1;while(r>=3){r-=1;$*=r}while(r<0){if(r>-1e-9){return E(r,$)}$/=r;r+=1}while(r<2){if(r<1e-9){return E(r,$)}$/=r;r+=1}if(r===2){return $}r-=2;return $*k(r)}r.exports=gamma},6886:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return 1}if(r<0){i=-r}else{i=r}if(i<=1){s=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0))))));o=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))}else{r=1/r;s=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1))))));o=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))}return s/o}r.exports=evalrational},6630:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2404);function gamma(r,i){return i/((1+o*r)*r)}r.exports=gamma},101:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2385);var u=s(6310);var f=s(1851);var v=s(6886);var h=143.01608;function gamma(r){var i;var s;var w;i=1/r;i=1+i*v(i);s=f(r);if(r>h){w=u(r,.5*r-.25);s=w*(w/s)}else{s=u(r,r-.5)/s}return o*s*i}r.exports=gamma},7186:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7013);r.exports=o},3256:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(1550);var u=s(5088);var f=s(8280);var v=s(1440);var h=s(7492);var w=.15896368026733398;var x=.5281534194946289;var _=.45201730728149414;function lgammaSmallImp(r,i,s){var S;var M;var E;var k;if(r<u){return-o(r)}if(i===0||s===0){return 0}M=0;if(r>2){if(r>=3){do{r-=1;s-=1;M+=o(r)}while(r>=3);s=r-2}E=s*(r+1);k=f(s);M+=E*w+E*k;return M}if(r<1){M+=-o(r);s=i;i=r;r+=1}if(r<=1.5){E=v(i);S=i*s;M+=S*x+S*E;return M}E=s*i;k=h(-s);M+=E*_+E*k;return M}r.exports=lgammaSmallImp},7013:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(905);var u=s(141);var f=s(7260);var v=s(6523);var h=s(3256);function gamma1pm1(r){if(v(r)){return NaN}if(r<0){if(r<-.5){return o(1+r)-1}return u(-f(r)+h(r+2,r+1,r))}if(r<2){return u(h(r+1,r,r-1))}return o(1+r)-1}r.exports=gamma1pm1},8280:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.01803556856784494}if(r<0){i=-r}else{i=r}if(i<=1){s=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0))))));o=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-2.2335276320861708e-7))))))}else{r=1/r;s=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494))))));o=-2.2335276320861708e-7+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))}return s/o}r.exports=evalrational},1440:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return.04906224540690395}if(r<0){i=-r}else{i=r}if(i<=1){s=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955)))));o=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))}else{r=1/r;s=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395)))));o=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))}return s/o}r.exports=evalrational},7492:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.029232972183027003}if(r<0){i=-r}else{i=r}if(i<=1){s=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0)))));o=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8.271935218912905e-7)))))}else{r=1/r;s=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003)))));o=-8.271935218912905e-7+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))}return s/o}r.exports=evalrational},7078:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(1851);function finiteGammaQ(r,i){var s;var u;var f;var v;f=o(-i);u=f;if(u!==0){s=u;for(v=1;v<r;++v){s/=v;s*=i;u+=s}}return u}r.exports=finiteGammaQ},5120:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(988);var u=s(5478);var f=s(1851);var v=s(9701);function finiteHalfGammaQ(r,i){var s;var h;var w;var x;var _;x=o(u(i));if(x!==0&&r>1){h=f(-i)/u(v*i);h*=i;s=.5;h/=s;w=h;for(_=2;_<r;++_){h/=_-s;h*=i;w+=h}x+=w}return x}r.exports=finiteHalfGammaQ},5852:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(1851);var u=s(6310);var f=s(1550);var v=s(4193);var h=s(7999);function fullIGammaPrefix(r,i){var s;var w;w=r*f(i);if(i>=1){if(w<v&&-i>h){s=u(i,r)*o(-i)}else if(r>=1){s=u(i/o(i/r),r)}else{s=o(w-i)}}else{if(w>h){s=u(i,r)*o(-i)}else if(i/r<v){s=u(i/o(i/r),r)}else{s=o(w-i)}}return s}r.exports=fullIGammaPrefix},6144:(r,i,s)=>{
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
var o=s(2334);var u=s(905);var f=s(6260);var v=s(6310);var h=s(1550);var w=s(8159);var x=s(3424);var _=s(4193);var S=s(3781);var M=s(7078);var E=s(5120);var k=s(5852);var N=s(712);var $=s(7178);var I=s(4175);var T=s(97);var C=s(386);function igammaFinal(r,i,s,q){var D;var O;var F;var j;var U;var z;var V;var G;var H;var Q;var J;var Y;var K;var Z;V=0;G=q;z=i<30&&i<=r+1&&r<_;if(z){K=o(i);H=K===i;F=H?false:f(K-i)===.5}else{H=false;F=false}if(H&&r>.6){G=!G;O=0}else if(F&&r>.2){G=!G;O=1}else if(r<w&&i>1){O=6}else if(r>1e3&&(i<r||f(i-50)/r<1)){G=!G;O=7}else if(r<.5){if(-.4/h(r)<i){O=2}else{O=3}}else if(r<1.1){if(r*.75<i){O=2}else{O=3}}else{U=false;if(s&&i>20){Q=f((r-i)/i);if(i>200){if(20/i>Q*Q){U=true}}else if(Q<.4){U=true}}if(U){O=5}else if(r-1/(3*r)<i){O=2}else{O=4;G=!G}}switch(O){case 0:V=M(i,r);if(s===false){V*=u(i)}break;case 1:V=E(i,r);if(s===false){V*=u(i)}break;case 2:V=s?I(i,r):k(i,r);if(V!==0){j=0;D=false;if(G){j=s?1:u(i);if(s||V>=1||x*V>j){j/=V;if(s||i<1||x/i>j){j*=-i;D=true}else{j=0}}else{j=0}}V*=$(i,r,j)/i;if(D){G=false;V=-V}}break;case 3:G=!G;J=T(i,r,G);V=J[0];Z=J[1];G=false;if(s){V/=Z}break;case 4:V=s?I(i,r):k(i,r);if(V!==0){V*=C(i,r)}break;case 5:V=N(i,r);if(r>=i){G=!G}break;case 6:V=s?v(r,i)/u(i+1):v(r,i)/i;V*=1-i*r/(i+1);break;case 7:V=s?I(i,r):k(i,r);V/=r;if(V!==0){V*=S(i,r)}break}if(s&&V>1){V=1}if(G){Y=s?1:u(i);V=Y-V}return V}r.exports=igammaFinal},712:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2096);var u=s(5430);var f=s(988);var v=s(5478);var h=s(1851);var w=s(2358);var x=s(4410);var _=s(5273);var S=s(736);var M=s(8135);var E=s(6870);var k=s(7589);var N=s(3164);var $=s(8099);var I=s(9413);var T=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(r,i){var s;var C;var q;var D;var O;C=(i-r)/r;q=-u(C);D=r*q;O=v(2*q);if(i<r){O=-O}T[0]=x(O);T[1]=_(O);T[2]=S(O);T[3]=M(O);T[4]=E(O);T[5]=k(O);T[6]=N(O);T[7]=$(O);T[8]=I(O);T[9]=-.0005967612901927463;s=o(T,1/r);s*=h(-D)/v(w*r);if(i<r){s=-s}s+=f(v(D))/2;return s}r.exports=igammaTemmeLarge},5479:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3218);r.exports=o},7178:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6491);var u=s(3027);function lowerGammaSeries(r,i,s){var f;var v;s=s||0;v=u(r,i);f=o(v,{initialValue:s});return f}r.exports=lowerGammaSeries},3027:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function lowerIncompleteGammaSeries(r,i){var s=1;var o=r;var u=i;return next;function next(){var r=s;o+=1;s*=u/o;return r}}r.exports=lowerIncompleteGammaSeries},3218:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(7711);var u=s(1851);var f=s(1550);var v=s(2385);var h=s(4193);var w=s(469);var x=s(313);var _=s(6144);var S=s(7178);var M=s(386);function gammainc(r,i,s,E){var k;var N;var $;var I;if(r<0||i<=0){return NaN}k=s===void 0?true:s;$=E;if(i>=x&&!k){if($&&i*4<r){I=i*f(r)-r;I+=f(M(i,r))}else if(!$&&i>4*r){I=i*f(r)-r;N=0;I+=f(S(i,r,N)/i)}else{I=_(r,i,true,$);if(I===0){if($){I=1+1/(12*i)+1/(288*i*i);I=f(I)-i+(i-.5)*f(i);I+=f(v)}else{I=i*f(r)-r;N=0;I+=f(S(i,r,N)/i)}}else{I=f(I)+o(i)}}if(I>h){return w}return u(I)}return _(r,i,k,$)}r.exports=gammainc},4410:r=>{
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
function evalpoly(r){if(r===0){return-.0006526239185953094}return-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}r.exports=evalpoly},4175:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2638);var u=s(7711);var f=s(905);var v=s(5430);var h=s(5478);var w=s(6260);var x=s(1851);var _=s(6310);var S=s(2974);var M=s(8008);var E=s(1550);var k=s(3424);var N=s(4193);var $=s(7999);var I=s(3822);var T=s(45);function regularisedGammaPrefix(r,i){var s;var C;var q;var D;var O;var F;var j;q=r+I-.5;j=(i-r-I+.5)/q;if(r<1){if(i<=$||r<1/k){return x(r*E(i)-i-u(r))}return _(i,r)*x(-i)/f(r)}if(w(j*j*r)<=100&&r>150){s=r*v(j)+i*(.5-I)/q;s=x(s)}else{D=r*E(i/q);O=r-i;if(M(D,O)<=$||S(D,O)>=N){C=O/r;if(M(D,O)/2>$&&S(D,O)/2<N){F=_(i/q,r/2)*x(O/2);s=F*F}else if(M(D,O)/4>$&&S(D,O)/4<N&&i>r){F=_(i/q,r/4)*x(O/4);s=F*F;s*=s}else if(C>$&&C<N){s=_(i*x(C)/q,r)}else{s=x(D+O)}}else{s=_(i/q,r)*x(O)}}s*=h(q/T)/o(r);return s}r.exports=regularisedGammaPrefix},7708:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function smallGamma2Series(r,i){var s;var o;var u;var f;s=-i;i=-i;o=r+1;u=1;return next;function next(){f=s/o;s*=i;u+=1;s/=u;o+=1;return f}}r.exports=smallGamma2Series},3781:(r,i,s)=>{
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
var o=s(6491);var u=s(4809);function tgammaILargeX(r,i){var s;var f;f=u(r,i);s=o(f);return s}r.exports=tgammaILargeX},4809:r=>{
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
function tgammaILargeXSeries(r,i){var s=1;var o=r;var u=i;return next;function next(){var r=s;s*=o/u;o-=1;return r}}r.exports=tgammaILargeXSeries},97:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(4756);var u=s(6491);var f=s(7186);var v=s(7708);function tgammaSmallUpperPart(r,i,s){var h;var w;var x;var _;var S;w=f(r);x=(w+1)/r;_=o(i,r);w-=_;w/=r;S=v(r,i);_+=1;h=s?x:0;w=-_*u(S,{initialValue:(h-w)/_});if(s){w=-w}return[w,x]}r.exports=tgammaSmallUpperPart},386:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(508);var u=s(2923);function upperGammaFraction(r,i){var s=u(r,i);return 1/(i-r+1+o(s))}r.exports=upperGammaFraction},2923:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function upperIncompleteGammaFract(r,i){var s=i-r+1;var o=r;var u=0;return next;function next(){u+=1;s+=2;return[u*(o-u),s]}}r.exports=upperIncompleteGammaFract},3474:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=[1.9963790515900766,-.0017971032528832887,13129285796384672e-21,-2.340875228178749e-7,7.2291210671127e-9,-3.280997607821e-10,19875070901e-21,-1509214183e-21,1375340084e-22,-145728923e-22,17532367e-22,-2351465e-22,346551e-22,-55471e-22,9548e-22,-1748e-22,3.32e-20,-58e-22];function chepolsum(r,s){var o;var u;var f;var v;var h;u=0;f=0;o=s+s;h=r;do{v=f;f=u;u=o*f-v+i[h];h-=1}while(h>=0);return(u-v)/2}r.exports=chepolsum},8819:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2830);var u=s(2096);var f=s(7711);var v=s(119);var h=s(905);var w=s(5478);var x=s(6260);var _=s(1851);var S=s(8008);var M=s(6310);var E=s(1550);var k=s(2385);var N=s(9951);var $=s(2358);var I=s(4984);var T=s(787);var C=s(8201);var q=s(2469);var D=s(351);var O=s(8195);var F=o("gammaincinv:compute");var j=.5;var U=.3333333333333333;var z=.25;var V=.2;var G=.16666666666666666;var H=.08333333333333333;var Q=.041666666666666664;var J=[0,0,0,0,0];function compute(r,i,s){var o;var Y;var K;var Z;var ee;var re;var te;var ne;var ae;var ie;var se;var oe;var le;var ue;var ce;var fe;var ve;var he;var de;var pe;var me;var ge;var be;var we;var ye;var xe;var _e;var Se;var Me;var Ee;var ke;var Ne;var Re;var Ae;var $e;var Ie;var Te;var Ce;var qe;var De;var Oe;var Fe;var Le;var je;if(i<j){Z=true;ee=i;Fe=-1}else{Z=false;ee=s;Fe=1}qe=0;if(x(r-1)<1e-4){De=0;if(Z){if(i<.001){Ne=i*i;Se=Ne*i;ke=Se*i;pe=ke*i;de=pe*i;me=i+Ne*j+Se*U+ke*z+pe*V+de*G}else{me=-E(1-i)}}else{me=-E(s)}if(r===1){qe=2;Ae=me}else{K=f(r);qe=1}}if(s<1e-30&&r<j){De=0;me=-E(s*h(r))+(r-1)*E(-E(s*h(r)));qe=1;K=f(r)}if(r>1&&r<500&&i<1e-80){De=0;re=1/r;o=1/(r+1);me=(f(r+1)+E(i))*re;me=_(me);ue=me;for(Ce=0;Ce<10;Ce++){me=ue*_(me*re)*M(1-me*o,re)}qe=1;K=f(r)}te=1/r*(E(i)+f(r+1));if(te<E(V*(1+r))&&qe===0){Oe=_(te);De=0;ge=r*r;Re=ge*r;Me=Re*r;ce=r+1;se=ce*ce;ie=ce*se;ae=se*se;fe=r+2;ne=fe*fe;ve=r+3;J[0]=1;J[1]=1/ce;J[2]=j*(3*r+5)/(se*fe);J[3]=U*(31+8*ge+33*r)/(ie*fe*ve);J[4]=Q*(2888+1179*Re+125*Me+3971*ge+5661*r)/(ae*ne*ve*(r+4));me=Oe*u(J,Oe);K=f(r);qe=1}if(r<10&&qe===0){oe=w(r)/(C(r)*k);le=S(.02,oe);if(s<le){De=0;Ie=1-r;xe=Ie*Ie;_e=xe*Ie;he=w(-2/r*E(s/oe));me=r*T(he);Te=E(me);if(me>5){be=Te*Te;we=be*Te;ye=we*Te;Oe=1/me;J[0]=Te-1;J[1]=(3*Ie-2*Ie*Te+be-2*Te+2)*j;J[2]=(24*Ie*Te-11*xe-24*Ie-6*be+12*Te-12-9*Ie*be+6*xe*Te+2*we)*G;J[3]=(-12*_e*Te+8.04*Ie*be-114*xe*Te+(72+36*be)+(3*ye-72*Te+162)*(Ie-168*Ie*Te)-(12*we+25*_e)-(22*Ie*we+36*xe*be+120*xe))*H;J[4]=0;me=me-Te+Ie*Oe*u(J,Oe)}else{Oe=1/me;be=Te*Te;$e=Te-1;Le=Te-Ie*Oe*$e;if(Le<me){me-=Le}}K=f(r);qe=1}}if(x(ee-j)<1e-5&&qe===0){De=0;re=1/r;me=r-U+(.019753086419753086+.007211444248481286*re)*re;K=f(r);qe=1}if(r<1&&qe===0){De=0;if(Z){me=_(1/r*(E(ee)+f(r+1)))}else{me=_(1/r*(E(1-ee)+f(r+1)))}K=f(r);qe=1}if(qe===0){De=1;re=1/r;Oe=v(2*ee);he=Fe*Oe/w(r*j);if(Oe<N){he+=(q(he)+(D(he)+O(he)*re)*re)*re;me=r*T(he);je=he;Ee=-w(r/$)*_(-j*r*je*je)/C(r);Y=1/Ee}else{F("Warning: Overflow problems in one or more steps of the computation.");return NaN}}if(qe<2){Ae=I(me,r,De,i,s,K,Y,Z)}return Ae}r.exports=compute},2469:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(1550);var f=s(787);var v=s(2556);function eps1(r){var i;if(o(r)<1){return v(r)}i=f(r);return u(r/(i-1))/r}r.exports=eps1},351:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1550);var u=s(8654);var f=s(5356);var v=s(5482);function eps2(r){var i;var s;if(r<-5){s=r*r;i=o(-r);return(12-s-6*(i*i))/(12*s*r)}if(r<-2){return u(r)}if(r<2){return f(r)}if(r<1e3){s=1/r;return v(r)/(-12*r)}return-1/(12*r)}r.exports=eps2},8195:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1550);var u=s(3679);var f=s(7086);var v=s(4364);var h=s(2594);var w=s(2924);function eps3(r){var i;var s;if(r<-8){i=r*r;s=o(-r)/r;return(-30+r*s*(6*i*s*s-12+i))/(12*r*i*i)}if(r<-4){return u(r)/(r*r)}if(r<-2){return f(r)}if(r<2){return v(r)}if(r<10){i=1/r;return h(i)/(r*r)}if(r<100){i=1/r;return w(i)/(r*r)}return-o(r)/(12*r*r*r)}r.exports=eps3},8201:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1851);var u=s(905);var f=s(1550);var v=s(9951);var h=s(2385);var w=s(5324);function gamstar(r){if(r>=3){return o(w(r))}if(r>0){return u(r)/(o(-r+(r-.5)*f(r))*h)}return v}r.exports=gamstar},4984:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2830);var u=s(5479);var f=s(6260);var v=s(1851);var h=s(1550);var w=s(9951);var x=o("gammaincinv:higher_newton");function higherNewton(r,i,s,o,_,S,M,E){var k;var N;var $;var I;var T;var C;var q;var D;var O;var F;var j;var U;var z;var V;V=r;j=1;U=1;C=i*i;N=r;do{V=r;q=V*V;if(s===0){k=(1-i)*h(V)+V+S;if(k>h(w)){x("Warning: overflow problems in one or more steps of the computation. The initial approximation to the root is returned.");return N}z=v(k)}else{z=-M*V}if(E){D=u(V,i,true,false);$=-z*(D-o)}else{O=u(V,i,true,true);$=z*(O-_)}z=$;if(o>1e-120||U>1){I=.5*(V-i+1)/V;T=(2*q-4*V*i+4*V+2*C-3*i+1)/q;T/=6;r=V+z*(1+z*(I+z*T))}else{r=V+z}j=f(V/r-1);U+=1;V=r;if(V<0){V=N;U=100}}while(j>2e-14&&U<35);if(j>2e-14||U>99){x("Warning: the number of iterations in the Newton method reached the upper limit N=35. The last value obtained for the root is given as output.")}F=V||0;return F}r.exports=higherNewton},5778:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5762);r.exports=o},787:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(1851);var f=s(1550);var v=s(2096);var h=s(3923);var w=s(454);var x=1e-8;var _=.08333333333333333;var S=.008333333333333333;var M=[1,0,0,0,0,0];function lambdaeta(r){var i;var s;var E;var k;var N;var $;var I;var T;var C;C=r*r*.5;if(r===0){N=0}else if(r<-1){T=u(-1-C);N=h(T)}else if(r<1){T=r;N=w(T)}else{T=11+C;$=f(T);N=T+$;T=1/T;i=$*$;s=i*$;E=s*$;k=E*$;M[1]=(2-$)*.5;M[2]=(-9*$+6+2*i)/6;M[3]=-(3*s+36*$-22*i-12)*_;M[4]=(60+350*i-300*$-125*s+12*E)/60;M[5]=-(-120-274*E+900*$-1700*i+1125*s+20*k)*S;N+=$*T*v(M,T)}T=1;if(r>-3.5&&r<-.03||r>.03&&r<40){T=1;I=N;do{N=I*(C+f(I))/(I-1);T=o(I/N-1);I=N}while(T>x)}return N}r.exports=lambdaeta},5762:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6523);var u=s(8858);var f=s(469);var v=s(8819);function gammaincinv(r,i,s){if(o(r)||o(i)){return NaN}if(i<u){return NaN}if(r>1||r<0){return NaN}if(s===true){if(r===0){return f}if(r===1){return 0}return v(i,1-r,r)}if(r===0){return 0}if(r===1){return f}return v(i,r,1-r)}r.exports=gammaincinv},3923:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.3333333333438}if(r<0){i=-r}else{i=r}if(i<=1){s=-.3333333333438+r*(-.2070740359969+r*(-.05041806657154+r*(-.004923635739372+r*-4293658292782e-17)));o=1+r*(.7045554412463+r*(.2118190062224+r*(.03048648397436+r*.001605037988091)))}else{r=1/r;s=-4293658292782e-17+r*(-.004923635739372+r*(-.05041806657154+r*(-.2070740359969+r*-.3333333333438)));o=.001605037988091+r*(.03048648397436+r*(.2118190062224+r*(.7045554412463+r*1)))}return s/o}r.exports=evalrational},8654:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.0172847633523}if(r<0){i=-r}else{i=r}if(i<=1){s=-.0172847633523+r*(-.0159372646475+r*(-.00464910887221+r*(-.00060683488776+r*-614830384279e-17)));o=1+r*(.764050615669+r*(.297143406325+r*(.0579490176079+r*.00574558524851)))}else{r=1/r;s=-614830384279e-17+r*(-.00060683488776+r*(-.00464910887221+r*(-.0159372646475+r*-.0172847633523)));o=.00574558524851+r*(.0579490176079+r*(.297143406325+r*(.764050615669+r*1)))}return s/o}r.exports=evalrational},5356:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.0172839517431}if(r<0){i=-r}else{i=r}if(i<=1){s=-.0172839517431+r*(-.0146362417966+r*(-.00357406772616+r*(-.000391032032692+r*249634036069e-17)));o=1+r*(.690560400696+r*(.249962384741+r*(.0443843438769+r*.00424073217211)))}else{r=1/r;s=249634036069e-17+r*(-.000391032032692+r*(-.00357406772616+r*(-.0146362417966+r*-.0172839517431)));o=.00424073217211+r*(.0443843438769+r*(.249962384741+r*(.690560400696+r*1)))}return s/o}r.exports=evalrational},5482:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return.99994466948}if(r<0){i=-r}else{i=r}if(i<=1){s=.99994466948+r*(104.649839762+r*(857.204033806+r*(731.901559577+r*45.5174411671)));o=1+r*(104.526456943+r*(823.313447808+r*(3119.93802124+r*3970.03311219)))}else{r=1/r;s=45.5174411671+r*(731.901559577+r*(857.204033806+r*(104.649839762+r*.99994466948)));o=3970.03311219+r*(3119.93802124+r*(823.313447808+r*(104.526456943+r*1)))}return s/o}r.exports=evalrational},3679:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return.0495346498136}if(r<0){i=-r}else{i=r}if(i<=1){s=.0495346498136+r*(.0299521337141+r*(.00688296911516+r*(.000512634846317+r*-201411722031e-16)));o=1+r*(.759803615283+r*(.261547111595+r*(.0464854522477+r*.00403751193496)))}else{r=1/r;s=-201411722031e-16+r*(.000512634846317+r*(.00688296911516+r*(.0299521337141+r*.0495346498136)));o=.00403751193496+r*(.0464854522477+r*(.261547111595+r*(.759803615283+r*1)))}return s/o}r.exports=evalrational},7086:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return.00452313583942}if(r<0){i=-r}else{i=r}if(i<=1){s=.00452313583942+r*(.00120744920113+r*(-789724156582e-16+r*(-504476066942e-16+r*-535770949796e-17)));o=1+r*(.912203410349+r*(.405368773071+r*(.0901638932349+r*.00948935714996)))}else{r=1/r;s=-535770949796e-17+r*(-504476066942e-16+r*(-789724156582e-16+r*(.00120744920113+r*.00452313583942)));o=.00948935714996+r*(.0901638932349+r*(.405368773071+r*(.912203410349+r*1)))}return s/o}r.exports=evalrational},4364:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return.00439937562904}if(r<0){i=-r}else{i=r}if(i<=1){s=.00439937562904+r*(.000487225670639+r*(-.000128470657374+r*(529110969589e-17+r*1.5716677175e-7)));o=1+r*(.794435257415+r*(.333094721709+r*(.0703527806143+r*.00806110846078)))}else{r=1/r;s=1.5716677175e-7+r*(529110969589e-17+r*(-.000128470657374+r*(.000487225670639+r*.00439937562904)));o=.00806110846078+r*(.0703527806143+r*(.333094721709+r*(.794435257415+r*1)))}return s/o}r.exports=evalrational},2594:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.0011481191232}if(r<0){i=-r}else{i=r}if(i<=1){s=-.0011481191232+r*(-.112850923276+r*(1.51623048511+r*(-.218472031183+r*.0730002451555)));o=1+r*(14.2482206905+r*(69.7360396285+r*(218.938950816+r*277.067027185)))}else{r=1/r;s=.0730002451555+r*(-.218472031183+r*(1.51623048511+r*(-.112850923276+r*-.0011481191232)));o=277.067027185+r*(218.938950816+r*(69.7360396285+r*(14.2482206905+r*1)))}return s/o}r.exports=evalrational},2924:r=>{
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
function evalrational(r){var i;var s;var o;if(r===0){return-.000145727889667}if(r<0){i=-r}else{i=r}if(i<=1){s=-.000145727889667+r*(-.290806748131+r*(-13.308504545+r*(199.722374056+r*-11.4311378756)));o=1+r*(139.612587808+r*(2189.01116348+r*(7115.24019009+r*45574.6081453)))}else{r=1/r;s=-11.4311378756+r*(199.722374056+r*(-13.308504545+r*(-.290806748131+r*-.000145727889667)));o=45574.6081453+r*(7115.24019009+r*(2189.01116348+r*(139.612587808+r*1)))}return s/o}r.exports=evalrational},5324:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7711);var u=s(1550);var f=s(4322);var v=s(8858);var h=s(9951);var w=s(3474);var x=s(2095);var _=s(6832);var S=.30865217988013566;function stirling(r){var i;if(r<v){return h}if(r<1){return o(r+1)-(r+.5)*u(r)+r-f}if(r<2){return o(r)-(r-.5)*u(r)+r-f}if(r<3){return o(r-1)-(r-.5)*u(r)+r-f+u(r-1)}if(r<12){i=18/(r*r)-1;return w(17,i)/(12*r)}i=1/(r*r);if(r<1e3){return x(i)/(S+i)/r}return _(i)/r}r.exports=stirling},7711:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(8554);r.exports=o},8554:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(7234);var f=s(6260);var v=s(1550);var h=s(1262);var w=s(8901);var x=s(9701);var _=s(469);var S=s(9303);var M=s(5690);var E=s(1271);var k=s(7120);var N=s(2778);var $=s(6503);var I=s(2352);var T=s(7942);var C=s(5059);var q=s(9596);var D=.07721566490153287;var O=.3224670334241136;var F=1;var j=-.07721566490153287;var U=.48383612272381005;var z=-.1475877229945939;var V=.06462494023913339;var G=-.07721566490153287;var H=1;var Q=.4189385332046727;var J=1.4616321449683622;var Y=4503599627370496;var K=72057594037927940;var Z=13877787807814457e-33;var ee=1.4616321449683622;var re=-.12148629053584961;var te=-3638676997039505e-33;function gammaln(r){var i;var s;var ne;var ae;var ie;var se;var oe;var le;var ue;var ce;var fe;var ve;var he;if(o(r)||u(r)){return r}if(r===0){return _}if(r<0){i=true;r=-r}else{i=false}if(r<Z){return-v(r)}if(i){if(r>=Y){return _}ue=w(r);if(ue===0){return _}s=v(x/f(ue*r))}if(r===1||r===2){return 0}if(r<2){if(r<=.9){he=-v(r);if(r>=J-1+.27){fe=1-r;ne=0}else if(r>=J-1-.27){fe=r-(ee-1);ne=1}else{fe=r;ne=2}}else{he=0;if(r>=J+.27){fe=2-r;ne=0}else if(r>=J-.27){fe=r-ee;ne=1}else{fe=r-1;ne=2}}switch(ne){case 0:ve=fe*fe;se=D+ve*S(ve);ie=ve*(O+ve*M(ve));oe=fe*se+ie;he+=oe-.5*fe;break;case 1:ve=fe*fe;ce=ve*fe;se=U+ce*N(ce);ie=z+ce*$(ce);ae=V+ce*I(ce);oe=ve*se-(te-ce*(ie+fe*ae));he+=re+oe;break;case 2:se=fe*(G+fe*T(fe));ie=H+fe*C(fe);he+=-.5*fe+se/ie;break}}else if(r<8){ne=h(r);fe=r-ne;oe=fe*(j+fe*k(fe));le=F+fe*E(fe);he=.5*fe+oe/le;ve=1;switch(ne){case 7:ve*=fe+6;case 6:ve*=fe+5;case 5:ve*=fe+4;case 4:ve*=fe+3;case 3:ve*=fe+2;he+=v(ve)}}else if(r<K){ue=v(r);ve=1/r;fe=ve*ve;ce=Q+ve*q(fe);he=(r-.5)*(ue-1)+ce}else{he=r*(v(r)-1)}if(i){he=s-he}return he}r.exports=gammaln},9303:r=>{
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
function gcd(r,i){var s=1;var o;if(r===0){return i}if(i===0){return r}while(r%2===0&&i%2===0){r/=2;i/=2;s*=2}while(r%2===0){r/=2}while(i){while(i%2===0){i/=2}if(r>i){o=i;i=r;r=o}i-=r}return s*r}r.exports=gcd},9216:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(r,i){var s=0;var o;if(r===0){return i}if(i===0){return r}while((r&1)===0&&(i&1)===0){r>>>=1;i>>>=1;s+=1}while((r&1)===0){r>>>=1}while(i){while((i&1)===0){i>>>=1}if(r>i){o=i;i=r;r=o}i-=r}return r<<s}r.exports=gcd},4370:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1413);r.exports=o},1413:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6523);var u=s(2804);var f=s(469);var v=s(1475);var h=s(3960);var w=s(9216);var x=s(512);function gcd(r,i){if(o(r)||o(i)){return NaN}if(r===f||i===f||r===v||i===v){return NaN}if(!(u(r)&&u(i))){return NaN}if(r<0){r=-r}if(i<0){i=-i}if(r<=h&&i<=h){return w(r,i)}return x(r,i)}r.exports=gcd},9061:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(141);var f=s(2334);var v=s(7260);var h=s(9827);var w=s(1354);var x=s(5478);var _=s(1851);var S=s(6310);var M=s(2974);var E=s(8008);var k=s(3424);var N=s(5417);var $=s(3960);var I=s(7934);var T=s(9701);var C=s(1471);var q=s(1402);var D=s(6005);var O=s(2148);var F=s(7531);var j=s(9140);var U=s(6203);var z=1/T;function ibetaImp(r,i,s,V,G,H,Q,J){var Y;var K;var Z;var ee;var re;var te;var ne;var ae;var ie;var se;var oe;var le;le=1-r;ne=J;ae=J+Q;H[ae]=-1;if(o(r)||r<0||r>1){H[ne]=NaN;H[ae]=NaN;return H}if(V){if(i<0||s<0){H[ne]=NaN;H[ae]=NaN;return H}if(i===0){if(s===0){H[ne]=NaN;H[ae]=NaN;return H}if(s>0){H[ne]=G?0:1;return H}}else if(s===0){if(i>0){H[ne]=G?1:0;return H}}}else if(i<=0||s<=0){H[ne]=NaN;H[ae]=NaN;return H}if(r===0){if(i===1){H[ae]=1}else{H[ae]=i<1?k/2:N*2}if(G){H[ne]=V?1:w(i,s);return H}H[ne]=0;return H}if(r===1){if(s===1){H[ae]=1}else{H[ae]=s<1?k/2:N*2}if(G){H[ne]=0}else{H[ne]=V?1:w(i,s)}return H}if(i===.5&&s===.5){H[ae]=z*x(le*r);oe=G?h(x(le)):h(x(r));oe/=I;if(!V){oe*=T}H[ne]=oe;return H}if(i===1){te=s;s=i;i=te;te=le;le=r;r=te;G=!G}if(s===1){if(i===1){H[ne]=G?le:r;H[ae]=1;return H}H[ae]=i*S(r,i-1);if(le<.5){oe=G?-u(i*v(-le)):_(i*v(-le))}else{oe=G?-(S(r,i)-1):S(r,i)}if(!V){oe/=i}H[ne]=oe;return H}if(E(i,s)<=1){if(r>.5){te=s;s=i;i=te;te=le;le=r;r=te;G=!G}if(M(i,s)<=1){if(i>=E(.2,s)||S(r,i)<=.9){if(G){Z=-(V?1:w(i,s));G=false;Z=-U(i,s,r,Z,V,H,le)}else{Z=U(i,s,r,0,V,H,le)}}else{te=s;s=i;i=te;te=le;le=r;r=te;G=!G;if(le>=.3){if(G){Z=-(V?1:w(i,s));G=false;Z=-U(i,s,r,Z,V,H,le)}else{Z=U(i,s,r,0,V,H,le)}}else{if(V){K=1}else{K=q(i+s,i,20)}Z=j(i,s,r,le,20,V,H);if(G){Z-=V?1:w(i,s);G=false;Z=-C(i+20,s,r,le,Z,K,V)}else{Z=C(i+20,s,r,le,Z,K,V)}}}}else if(s<=1||r<.1&&S(s*r,i)<=.7){if(G){Z=-(V?1:w(i,s));G=false;Z=-U(i,s,r,Z,V,H,le)}else{Z=U(i,s,r,0,V,H,le)}}else{te=s;s=i;i=te;te=le;le=r;r=te;G=!G;if(le>=.3){if(G){Z=-(V?1:w(i,s));G=false;Z=-U(i,s,r,Z,V,H,le)}else{Z=U(i,s,r,0,V,H,le)}}else if(i>=15){if(G){Z=-(V?1:w(i,s));G=false;Z=-C(i,s,r,le,Z,1,V)}else{Z=C(i,s,r,le,0,1,V)}}else{if(V){K=1}else{K=q(i+s,i,20)}Z=j(i,s,r,le,20,V,H);if(G){Z-=V?1:w(i,s);G=false;Z=-C(i+20,s,r,le,Z,K,V)}else{Z=C(i+20,s,r,le,Z,K,V)}}}}else{if(i<s){Y=i-(i+s)*r}else{Y=(i+s)*le-s}if(Y<0){te=s;s=i;i=te;te=le;le=r;r=te;G=!G}if(s<40){if(f(i)===i&&f(s)===s&&i<$-100){ie=i-1;se=s+ie;Z=F(se,ie,r,le);if(!V){Z*=w(i,s)}}else if(s*r<=.7){if(G){Z=-(V?1:w(i,s));G=false;Z=-U(i,s,r,Z,V,H,le)}else{Z=U(i,s,r,0,V,H,le)}}else if(i>15){se=f(s);if(se===s){se-=1}ee=s-se;if(V){K=1}else{K=q(i+ee,ee,se)}Z=j(ee,i,le,r,se,V);Z=C(i,ee,r,le,Z,1,V);Z/=K}else if(V){se=f(s);ee=s-se;if(ee<=0){se-=1;ee+=1}Z=j(ee,i,le,r,se,V);Z+=j(i,ee,r,le,20,V);if(G){Z-=1}Z=C(i+20,ee,r,le,Z,1,V);if(G){Z=-Z;G=false}}else{Z=O(i,s,r,le,V,H)}}else{Z=O(i,s,r,le,V,H)}}if(H[ae]<0){H[ae]=D(i,s,r,le,true)}re=le*r;if(H[ae]!==0){if(k*re<H[ae]){H[ae]=k/2}else{H[ae]/=re}}H[ne]=G?(V?1:w(i,s))-Z:Z;return H}r.exports=ibetaImp},1471:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(4320);var u=s(9119);var f=s(5479);var v=s(7260);var h=s(6260);var w=s(6310);var x=s(1550);var _=s(5417);var S=s(5088);var M=s(7499);var E=s(4141);var k=new Array(30);function betaSmallBLargeASeries(r,i,s,N,$,I,T){var C;var q;var D;var O;var F;var j;var U;var z;var V;var G;var H;var Q;var J;var Y;var K;var Z;var ee;var re;j=i-1;ee=r+j/2;if(N<.35){G=v(-N)}else{G=x(s)}re=-ee*G;Q=E(i,re);if(Q<=_){return $}if(T){C=Q/o(r,i);C/=w(ee,i)}else{C=M(i,re)/w(ee,i)}C*=I;k[0]=1;J=f(re,i,true,true);J/=Q;O=$+C*J;D=1;U=G/2;U*=U;z=1;H=4*ee*ee;F=i;for(K=1;K<k.length;++K){D+=2;k[K]=0;V=i-K;q=3;for(Y=1;Y<K;++Y){V=Y*i-K;k[K]+=V*k[K-Y]/u(q);q+=2}k[K]/=K;k[K]+=j/u(D);J=(F*(F+1)*J+(re+F+1)*z)/H;z*=U;F+=2;Z=C*k[K]*J;O+=Z;if(Z>1){if(h(Z)<h(S*O)){break}}else if(h(Z/S)<h(O)){break}}return O}r.exports=betaSmallBLargeASeries},7531:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(7548);var u=s(2334);var f=s(6310);var v=s(5417);function binomialCCDF(r,i,s,h){var w;var x;var _;var S;var M;x=f(s,r);if(x>v){S=x;for(M=u(r-1);M>i;M--){S*=(M+1)*h/((r-M)*s);x+=S}}else{_=u(r*s);if(_<=i+1){_=u(i+2)}x=f(s,_)*f(h,r-_);x*=o(u(r),u(_));if(x===0){for(M=_-1;M>i;M--){x+=f(s,M)*f(h,r-M);x*=o(u(r),u(M))}}else{S=x;w=x;for(M=_-1;M>i;M--){S*=(M+1)*h/((r-M)*s);x+=S}S=w;for(M=_+1;M<=r;M++){S*=(r-M+1)*s/(M*h);x+=S}}}return x}r.exports=binomialCCDF},7499:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(1851);var u=s(6310);var f=s(1550);var v=s(4193);var h=s(7999);function fullIGammaPrefix(r,i){var s;var w;w=r*f(i);if(i>=1){if(w<v&&-i>h){s=u(i,r)*o(-i)}else if(r>=1){s=u(i/o(i/r),r)}else{s=o(w-i)}}else if(w>h){s=u(i,r)*o(-i)}else if(i/r<v){s=u(i/o(i/r),r)}else{s=o(w-i)}return s}r.exports=fullIGammaPrefix},9140:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6005);function ibetaAStep(r,i,s,u,f,v,h){var w;var x;var _;var S;w=o(r,i,s,u,v);if(h){h[1]=w}w/=r;if(w===0){return w}_=1;x=1;for(S=0;S<f-1;++S){x*=(r+i+S)*s/(r+S+1);_+=x}w*=_;return w}r.exports=ibetaAStep},2148:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(508);var u=s(6005);var f={keep:true,maxIter:1e3};function ibetaFraction2t(r,i,s,o){var u=0;return next;function next(){var f;var v;var h;v=(r+u-1)*(r+i+u-1)*u*(i-u)*s*s;f=r+2*u-1;v/=f*f;h=u;h+=u*(i-u)*s/(r+2*u-1);h+=(r+u)*(r*o-i*s+1+u*(2-s))/(r+2*u+1);u+=1;return[v,h]}}function ibetaFraction2(r,i,s,v,h,w){var x;var _;var S;x=u(r,i,s,v,h);if(w){w[1]=x}if(x===0){return x}S=ibetaFraction2t(r,i,s,v);_=o(S,f);return x/_}r.exports=ibetaFraction2},6005:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2638);var u=s(9594);var f=s(9912);var v=s(141);var h=s(7260);var w=s(5478);var x=s(6260);var _=s(1851);var S=s(6310);var M=s(8008);var E=s(1550);var k=s(4193);var N=s(7999);var $=s(3822);var I=s(45);function ibetaPowerTerms(r,i,s,T,C){var q;var D;var O;var F;var j;var U;var z;var V;var G;var H;var Q;var J;var Y;var K;if(!C){return S(s,r)*S(T,i)}Y=r+i;F=r+$-.5;j=i+$-.5;U=Y+$-.5;q=o(Y);q/=o(r)*o(i);q*=w(j/I);q*=w(F/U);z=(s*i-T*F)/F;V=(T*r-s*j)/j;if(f(z,V)<.2){if(z*V>0||M(r,i)<1){if(x(z)<.1){q*=_(r*h(z))}else{q*=S(s*U/F,r)}if(x(V)<.1){q*=_(i*h(V))}else{q*=S(T*U/j,i)}}else if(u(z,V)<.5){D=r<i;O=i/r;if(D&&O*V<.1||!D&&z/O>.1){G=v(O*h(V));G=z+G+G*z;G=r*h(G);q*=_(G)}else{G=v(h(z)/O);G=V+G+G*V;G=i*h(G);q*=_(G)}}else if(x(z)<x(V)){K=r*h(z)+i*E(T*U/j);if(K<=N||K>=k){K+=E(q);if(K>=k){return NaN}q=_(K)}else{q*=_(K)}}else{K=i*h(V)+r*E(s*U/F);if(K<=N||K>=k){K+=E(q);if(K>=k){return NaN}q=_(K)}else{q*=_(K)}}}else{Q=s*U/F;J=T*U/j;z=r*E(Q);V=i*E(J);if(z>=k||z<=N||V>=k||V<=N){if(r<i){H=S(J,i/r);G=r*(E(Q)+E(H));if(G<k&&G>N){q*=S(H*Q,r)}else{V+=z+E(q);if(V>=k){return NaN}q=_(V)}}else{H=S(Q,r/i);G=(E(H)+E(J))*i;if(G<k&&G>N){q*=S(H*J,i)}else{V+=z+E(q);if(V>=k){return NaN}q=_(V)}}}else{q*=S(Q,r)*S(J,i)}}return q}r.exports=ibetaPowerTerms},6203:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2638);var u=s(6491);var f=s(7260);var v=s(5478);var h=s(1851);var w=s(6310);var x=s(1550);var _=s(5417);var S=s(4193);var M=s(7999);var E=s(3822);var k=s(45);var N={maxTerms:100};function ibetaSeriesT(r,i,s,o){var u=1-i;var f=1;return next;function next(){var i=o/r;r+=1;o*=u*s/f;f+=1;u+=1;return i}}function ibetaSeries(r,i,s,$,I,T,C){var q;var D;var O;var F;var j;var U;var z;var V;if(I){z=r+i;D=r+E-.5;O=i+E-.5;F=z+E-.5;q=o(z)/(o(r)*o(i));j=x(F/O)*(i-.5);U=x(s*F/D)*r;if(j>M&&j<S&&U>M&&U<S){if(r*i<O*10){q*=h((i-.5)*f(r/O))}else{q*=w(F/O,i-.5)}q*=w(s*F/D,r);q*=v(D/k);if(T){T[1]=q*w(C,i)}}else{q=x(q)+j+U+(x(D)-1)/2;if(T){T[1]=h(q+i*x(C))}q=h(q)}}else{q=w(s,r)}if(q<_){return $}V=ibetaSeriesT(r,i,s,q);N.initialValue=$;return u(V,N)}r.exports=ibetaSeries},9818:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(4573);var f=s(9061);o(u,"assign",f);r.exports=u},4573:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9061);function kernelBetainc(r,i,s,u,f){return o(r,i,s,u,f,[0,0],1,0)}r.exports=kernelBetainc},4141:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2638);var u=s(7711);var f=s(905);var v=s(7260);var h=s(5478);var w=s(6260);var x=s(1851);var _=s(6310);var S=s(2974);var M=s(8008);var E=s(1550);var k=s(4193);var N=s(7999);var $=s(3822);var I=s(45);function regularizedGammaPrefix(r,i){var s;var T;var C;var q;var D;var O;var F;C=r+$-.5;F=(i-r-$+.5)/C;if(r<1){if(i<=N){return x(r*E(i)-i-u(r))}return _(i,r)*x(-i)/f(r)}if(w(F*F*r)<=100&&r>150){s=r*(v(F)-F)+i*(.5-$)/C;s=x(s)}else{q=r*E(i/C);D=r-i;if(M(q,D)<=N||S(q,D)>=k){T=D/r;if(M(q,D)/2>N&&S(q,D)/2<k){O=_(i/C,r/2)*x(D/2);s=O*O}else if(M(q,D)/4>N&&S(q,D)/4<k&&i>r){O=_(i/C,r/4)*x(D/4);s=O*O;s*=s}else if(T>N&&T<k){s=_(i*x(T)/C,r)}else{s=x(q+D)}}else{s=_(i/C,r)*x(D)}}s*=h(C/I)/o(r);return s}r.exports=regularizedGammaPrefix},1402:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function risingFactorialRatio(r,i,s){var o;var u;if(s===0){return 1}o=1;for(u=0;u<s;u++){o*=(r+u)/(i+u)}return o}r.exports=risingFactorialRatio},5319:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(3979);function findIBetaInvFromTDist(r,i,s){var u;var f;var v;var h;f=i/2;v=1-f;u=r*2;h=o(u,f,v);if(s){s.value=h*h/(u+h*h)}return u/(u+h*h)}r.exports=findIBetaInvFromTDist},177:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6260);var u=s(3291);var f=s(9079);var v=s(2974);var h=s(3424);function halleyIterate(r,i,s,w,x,_){var S;var M;var E;var k;var N;var $;var I;var T;var C;var q;var D;var O;var F;var j;var U;var z;j=0;M=false;$=i;N=u(1,1-x);C=v(1e7*i,1e7);I=0;E=C;k=C;T=_;do{I=j;k=E;E=C;F=r($);j=F[0];U=F[1];z=F[2];T-=1;if(j===0){break}if(U===0){if(I===0){if($===s){i=w}else{i=s}I=r(i);C=i-$}if(f(I)*f(j)<0){if(C<0){C=($-s)/2}else{C=($-w)/2}}else if(C<0){C=($-w)/2}else{C=($-s)/2}}else if(z===0){C=j/U}else{q=2*j;O=2*U-j*(z/U);if(o(O)<1&&o(q)>=o(O)*h){C=j/U}else{C=q/O}if(C*U/j<0){C=j/U;if(o(C)>2*o(i)){C=(C<0?-1:1)*2*o(i)}}}S=o(C/k);if(S>.8&&S<2){C=C>0?($-s)/2:($-w)/2;if(o(C)>$){C=f(C)*$}k=C*3}i=$;$-=C;if($<s){if(o(s)<1&&o($)>1&&h/o($)<o(s)){D=1e3}else{D=$/s}if(o(D)<1){D=1/D}if(!M&&D>0&&D<3){C=.99*(i-s);$=i-C;M=true}else{C=(i-s)/2;$=i-C;if($===s||$===w){break}}}else if($>w){if(o(w)<1&&o($)>1&&h/o($)<o(w)){D=1e3}else{D=$/w}if(o(D)<1){D=1/D}if(!M&&D>0&&D<3){C=.99*(i-w);$=i-C;M=true}else{C=(i-w)/2;$=i-C;if($===s||$===w){break}}}if(C>0){w=i}else{s=i}}while(T&&o($*N)<o(C));return $}r.exports=halleyIterate},8670:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(9818).assign;var u=s(6260);var f=s(3424);var v=s(5417);function ibetaRoots(r,i,s,h){return roots;function roots(w){var x;var _;var S;var M;var E;E=1-w;x=[0,0];o(w,r,i,true,h,x,1,0);M=x[0]-s;_=x[1];if(h){_=-_}if(E===0){E=v*64}if(w===0){w=v*64}S=_*(-(E*r)+(i-2)*w+1);if(u(S)<E*w*f){S/=E*w}if(h){S=-S}if(_===0){_=(h?-1:1)*v*64}return[M,_,S]}}r.exports=ibetaRoots},1489:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3184);r.exports=o},3979:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(119);var u=s(2334);var f=s(3291);var v=s(8972);var h=s(9418);var w=s(5478);var x=s(6260);var _=s(9191);var S=s(6310);var M=s(1794);var E=s(6515);var k=s(9701);var N=s(1256);var $=s(5454);var I=s(9201);var T=268435456;var C=1/3;var q=2*53/3;var D=.8549879733383485;function inverseStudentsT(r,i,s){var O;var F;var j;var U;var z;var V;var G;var H;var Q;var J;var Y;var K;var Z;var ee;var re;var te;z=0;if(i>s){G=s;s=i;i=G;U=true}else{U=false}if(u(r)===r&&r<20){F=f(1,q);switch(u(r)){case 1:if(i===.5){z=0}else{z=-_(k*i)/M(k*i)}break;case 2:z=(2*i-1)/w(2*i*s);break;case 4:V=4*i*s;j=w(V);Z=4*_(h(j)/3)/j;ee=w(Z-4);z=i-.5<0?-ee:ee;break;case 6:if(i<1e-150){return(U?-1:1)*I(r,i)}re=4*(i-i*i);te=S(re,C);K=6*(1+D*(1/te-1));do{Q=K*K;J=Q*Q;Y=K*J;H=K;K=2*(8*re*Y-270*Q+2187)/(5*(4*re*J-216*K-243))}while(x((K-H)/K)>F);K=w(K-r);z=i-.5<0?-K:K;break;default:if(r>T){z=o(2*i)*E}else if(r<3){O=.2742-r*.0242143;if(i>O){z=N(r,i)}else{z=$(r,i)}}else{O=f(1,v(r/-.654));if(i>O){z=I(r,i)}else{z=$(r,i)}}}}else if(r>T){z=-o(2*i)*E}else if(r<3){O=.2742-r*.0242143;if(i>O){z=N(r,i)}else{z=$(r,i)}}else{O=f(1,v(r/-.654));if(i>O){z=I(r,i)}else{z=$(r,i)}}return U?-z:z}r.exports=inverseStudentsT},1256:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(4320);var u=s(2096);var f=s(5478);var v=s(9701);var h=s(2640);var w=s(6791);var x=s(3066);var _=s(502);var S=s(4564);var M=s(6216);var E=s(7931);var k=s(3636);var N=s(1837);var $=0;var I=[1,0,0,0,0,0,0,0,0,0];function inverseStudentsTBodySeries(r,i){var s;var T;T=o(r/2,.5)*f(r*v)*(i-.5);s=1/r;I[1]=h(s);I[2]=w(s);I[3]=x(s);I[4]=_(s);I[5]=S(s);I[6]=M(s);I[7]=E(s);I[8]=k(s);I[9]=N(s);return $+T*u(I,T*T)}r.exports=inverseStudentsTBodySeries},9201:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(119);var u=s(141);var f=s(5478);var v=s(6310);var h=s(7934);var w=s(6515);function inverseStudentsTHill(r,i){var s;var x;var _;var S;var M;var E;var k;if(r>1e20){return-o(2*i)*w}s=1/(r-.5);x=48/(s*s);_=((20700*s/x-98)*s-16)*s+96.36;S=((94.5/(x+_)-3)/x+1)*f(s*h)*r;k=v(S*2*i,2/r);if(k>.05+s){E=-o(2*i)*w;k=E*E;if(r<5){_+=.3*(r-4.5)*(E+.6)}_+=(((.05*S*E-5)*E-7)*E-2)*E+x;k=(((((.4*k+6.3)*k+36)*k+94.5)/_-k-3)/x+1)*E;k=u(s*k*k)}else{k=((1/(((r+6)/(r*k)-.089*S-.822)*(r+2)*3)+.5/(r+4))*k-1)*(r+1)/(r+2)+1/k}M=f(r*k);return-M}r.exports=inverseStudentsTHill},5454:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(4320);var u=s(2096);var f=s(5478);var v=s(6310);var h=s(9701);var w=[0,0,0,0,0,0,0];function inverseStudentsTTailSeries(r,i){var s;var x;var _;var S;var M;var E;var k;var N;N=o(r/2,.5)*f(r*h)*i;S=r+2;M=r+4;E=r+6;w[0]=1;w[1]=-(r+1)/(2*S);S*=r+2;w[2]=-r*(r+1)*(r+3)/(8*S*M);S*=r+2;w[3]=-r*(r+1)*(r+5)*((3*r+7)*r-2)/(48*S*M*E);S*=r+2;M*=r+4;w[4]=-r*(r+1)*(r+7)*(((((15*r+154)*r+465)*r+286)*r-336)*r+64)/(384*S*M*E*(r+8));S*=r+2;w[5]=-r*(r+1)*(r+3)*(r+9)*((((((35*r+452)*r+1573)*r+600)*r-2020)*r+928)*r-128)/(1280*S*M*E*(r+8)*(r+10));S*=r+2;M*=r+4;E*=r+6;w[6]=-r*(r+1)*(r+11)*(((((((((((945*r+31506)*r+425858)*r+2980236)*r+11266745)*r+20675018)*r+7747124)*r-22574632)*r-8565600)*r+18108416)*r-7099392)*r+884736)/(46080*S*M*E*(r+8)*(r+10)*(r+12));k=f(r);_=v(k*N,1/r);x=_*_;s=u(w,x);s*=k;s/=_;return-s}r.exports=inverseStudentsTTailSeries},3184:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2096);var u=s(9986);var f=s(141);var v=s(7260);var h=s(9827);var w=s(1354);var x=s(5478);var _=s(6260);var S=s(1851);var M=s(6310);var E=s(1794);var k=s(2974);var N=s(8008);var $=s(1550);var I=s(5417);var T=s(7934);var C=s(5088);var q=s(5319);var D=s(5264);var O=s(2259);var F=s(4268);var j=s(177);var U=s(8670);var z=32;var V=1e3;var G=[0,0,0,0,0];function ibetaInvImp(r,i,s,H){var Q;var J;var Y;var K;var Z;var ee;var re;var te;var ne;var ae;var ie;var se;var oe;var le;var ue;var ce;var fe;var ve;var he;var de;var pe;var me;var ge;var be;var we;var ye;var xe;var _e;var Se;J=false;if(H===0){return[1,0]}if(s===0){return[0,1]}if(r===1){if(i===1){return[s,1-s]}se=i;i=r;r=se;se=H;H=s;s=se;J=true}_e=0;K=0;ee=1;if(r===.5){if(i===.5){_e=E(s*T);_e*=_e;Se=E(H*T);Se*=Se;return[_e,Se]}if(i>.5){se=i;i=r;r=se;se=H;H=s;s=se;J=!J}}if(i===.5&&r>=.5&&s!==1){pe={};_e=q(r,s,pe);Se=pe.value}else if(i===1){if(s<H){if(r>1){_e=M(s,1/r);Se=-f($(s)/r)}else{_e=M(s,1/r);Se=1-_e}}else{_e=S(v(-H)/r);Se=-f(v(-H)/r)}if(J){se=Se;Se=_e;_e=se}return[_e,Se]}else if(r+i>5){if(s>.5){se=i;i=r;r=se;se=H;H=s;s=se;J=!J}ne=N(r,i);te=k(r,i);if(x(ne)>te-ne&&ne>5){_e=D(r,i,s);Se=1-_e}else{we=r+i;Z=h(x(r/we));Y=ne/we;if(Y>=.2&&Y<=.8&&we>=10){ie=M(s,1/r);if(ie<.0025&&r+i<200){_e=ie*M(r*w(r,i),1/r)}else{_e=O(s,we,Z)}Se=1-_e}else{if(r<i){se=i;i=r;r=se;se=H;H=s;s=se;J=!J}ae=0;if(i<2){ae=w(r,i)}if(ae===0){Se=1}else{Se=M(i*H*ae,1/i);_e=1-Se}}if(Se>1e-5){_e=F(r,i,s,H);Se=1-_e}}}else if(r<1&&i<1){de=(1-r)/(2-r-i);ce=u(de,r,i)-s;if(_(ce)/s<C*3){if(J){return[1-de,de]}return[de,1-de]}if(ce<0){se=i;i=r;r=se;se=H;H=s;s=se;J=!J;de=1-de}he=M(r*s*w(r,i),1/r);_e=he/(1+he);Se=1/(1+he);if(_e>de){_e=de}ee=de}else if(r>1&&i>1){de=(r-1)/(r+i-2);oe=(i-1)/(r+i-2);ve=u(de,r,i)-s;if(ve<0){se=i;i=r;r=se;se=H;H=s;s=se;se=oe;oe=de;de=se;J=!J}fe=$(s*r*w(r,i))/r;_e=S(fe);Se=_e<.9?1-_e:-f(fe);if(i<r&&_e<.2){le=r-1;ue=i-1;me=r*r;ge=r*me;be=i*i;G[0]=0;G[1]=1;G[2]=ue/le;le*=le;G[3]=ue*(3*r*i+5*i+me-r-4)/(2*(r+2)*le);le*=r+1;G[4]=ue*(33*r*be+31*be+8*me*be-30*r*i-47*i+11*me*i+6*ge*i+18+4*r-ge+me*me-10*me);G[4]/=3*(r+3)*(r+2)*le;_e=o(G,_e)}if(_e>de){_e=de}ee=de}else{if(i<r){se=i;i=r;r=se;se=H;H=s;s=se;J=!J}if(M(s,1/r)<.5){_e=M(s*r*w(r,i),1/r);if(_e===0){_e=I}Se=1-_e}else{Se=M(1-M(s,i*w(r,i)),1/i);if(Se===0){Se=I}_e=1-Se}}if(_e>.5){se=i;i=r;r=se;se=H;H=s;s=se;se=Se;Se=_e;_e=se;J=!J;ye=1-ee;xe=1-K;K=ye;ee=xe}if(K===0){if(J){K=C;if(_e<K){_e=K}}else{K=I}if(_e<K){_e=K}}Q=z;if(_e<1e-50&&(r<1||i<1)){Q*=3;Q/=2}re=U(r,i,s<H?s:H,s>=H);_e=j(re,_e,K,ee,Q,V);if(_e===K){_e=0}if(J){return[1-_e,_e]}return[_e,1-_e]}r.exports=ibetaInvImp},9346:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(9079);var u=s(6260);var f=s(3291);var v=s(3424);function newtonRaphsonIterate(r,i,s,h,w,x){var _;var S;var M;var E;var k;var N;var $;var I;var T;var C;T=0;_=0;k=i;E=f(1,1-w);$=v;S=v;M=v;N=x;do{_=T;M=S;S=$;I=r(k);T=I[0];C=I[1];N-=1;if(T===0){break}if(C===0){if(_===0){if(k===s){i=h}else{i=s}_=r(i);$=i-k}if(o(_)*o(T)<0){if($<0){$=(k-s)/2}else{$=(k-h)/2}}else if($<0){$=(k-h)/2}else{$=(k-s)/2}}else{$=T/C}if(u($*2)>u(M)){$=$>0?(k-s)/2:(k-h)/2}i=k;k-=$;if(k<=s){$=.5*(i-s);k=i-$;if(k===s||k===h){break}}else if(k>=h){$=.5*(i-h);k=i-$;if(k===s||k===h){break}}if($>0){h=i}else{s=i}}while(N&&u(k*E)<u($));return k}r.exports=newtonRaphsonIterate},8398:r=>{
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
function evalpoly(r){if(r===0){return 449}return 449+r*(-1259+r*(-769+r*(6686+r*(-9260+r*3704))))}r.exports=evalpoly},4647:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(1550);var u=s(3424);var f=u/4;function temmeRootFinder(r,i){return roots;function roots(s){var u;var v;var h;h=1-s;if(h===0){return[-f,-f]}if(s===0){return[-f,-f]}v=o(s)+i*o(h)+r;u=1/s-i/h;return[v,u]}}r.exports=temmeRootFinder},5264:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2096);var u=s(119);var f=s(5478);var v=s(1851);var h=s(6515);var w=[0,0,0,0,0,0,0];var x=[0,0,0,0];function temme1(r,i,s){var _;var S;var M;var E;var k;var N;var $;_=u(2*s);_/=-f(r/2);x[0]=_;N=i-r;E=N*N;k=E*N;w[0]=-N*h/2;w[1]=(1-2*N)/8;w[2]=-(N*h/48);w[3]=-1/192;w[4]=-N*h/3840;w[5]=0;w[6]=0;x[1]=o(w,_);w[0]=N*h*(3*N-2)/12;w[1]=(20*E-12*N+1)/128;w[2]=N*h*(20*N-1)/960;w[3]=(16*E+30*N-15)/4608;w[4]=N*h*(21*N+32)/53760;w[5]=(-(32*E)+63)/368640;w[6]=-N*h*(120*N+17)/25804480;x[2]=o(w,_);w[0]=N*h*(-75*E+80*N-16)/480;w[1]=(-1080*k+868*E-90*N-45)/9216;w[2]=N*h*(-1190*E+84*N+373)/53760;w[3]=(-2240*k-2508*E+2100*N-165)/368640;w[4]=0;w[5]=0;w[6]=0;x[3]=o(w,_);M=o(x,1/r);S=M*M;$=-v(-S/2);if(S===0){return.5}return(1+M*f((1+$)/S))/2}r.exports=temme1},2259:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2096);var u=s(119);var f=s(6260);var v=s(1851);var h=s(1550);var w=s(5478);var x=s(1794);var _=s(9191);var S=s(4647);var M=s(9346);var E=s(8398);var k=s(3259);var N=s(8164);var $=s(5185);var I=s(7298);var T=s(6255);var C=s(1896);var q=s(7333);var D=s(9590);var O=s(1820);var F=s(9811);var j=s(9638);var U=s(7909);var z=[0,0,0,0,0,0];var V=[0,0,0,0];function temme2(r,i,s){var G;var H;var Q;var J;var Y;var K;var Z;var ee;var re;var te;var ne;var ae;var ie;var se;var oe;var le;var ue;var ce;var fe;var ve;Y=u(2*r)/-w(i/2);ce=x(s);ue=_(s);V[0]=Y;oe=ce*ce;le=ue*ue;ie=ce*ue;ae=ie*ie;ne=ae*ie;te=ae*ae;re=ae*ne;ee=ne*ne;Z=te*ne;z[0]=(2*oe-1)/(3*ie);z[1]=-E(oe)/(36*ae);z[2]=k(oe)/(1620*ne);z[3]=N(oe)/(6480*te);z[4]=$(oe)/(90720*re);z[5]=0;V[1]=o(z,Y);z[0]=-I(oe)/(405*ne);z[1]=T(oe)/(2592*te);z[2]=-C(oe)/(204120*re);z[3]=-q(oe)/(2099520*ee);z[4]=0;z[5]=0;V[2]=o(z,Y);z[0]=D(oe)/(102060*re);z[1]=-O(oe)/(20995200*ee);z[2]=F(oe)/(36741600*Z);z[3]=0;z[4]=0;z[5]=0;V[3]=o(z,Y);K=o(V,1/i);Q=ue/ce;Q*=Q;se=-(K*K)/(2*oe)+h(oe)+le*h(le)/oe;if(f(K)<.7){z[0]=oe;z[1]=ie;z[2]=(1-2*oe)/3;z[3]=j(oe)/(36*ie);z[4]=U(oe)/(270*ae);z[5]=0;ve=o(z,K)}else{fe=v(se);z[0]=fe;z[1]=Q;z[2]=0;z[3]=3*Q*(3*Q+1)/6;z[4]=4*Q*(4*Q+1)*(4*Q+2)/24;z[5]=5*Q*(5*Q+1)*(5*Q+2)*(5*Q+3)/120;ve=o(z,fe);if((ve-oe)*K<0){ve=1-ve}}if(K<0){H=0;G=oe}else{H=oe;G=1}if(ve<H||ve>G){ve=(H+G)/2}J=S(-se,Q);ve=M(J,ve,H,G,32,100);return ve}r.exports=temme2},4268:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(5778);var u=s(1550);var f=s(5478);var v=s(3975);var h=s(4647);var w=s(9346);function temme3(r,i,s,x){var _;var S;var M;var E;var k;var N;var $;var I;var T;var C;var q;var D;var O;var F;var j;var U;var z;var V;var G;var H;var Q;var J;var Y;var K;var Z;var ee;var re;var te;var ne;var ae;if(s<x){k=o(s,i,true)}else{k=o(x,i,false)}k/=r;F=i/r;te=f(1+F);V=te*te;G=V*te;H=V*V;Q=G*V;J=G*G;Y=H*G;K=H*H;Z=Q*H;$=Q*Q;re=k-F;j=re*re;U=j*re;z=j*j;ee=te+1;I=ee*ee;T=ee*I;C=I*I;q=(te+2)*(te-1)/(3*te);q+=(G+9*V+21*te+5)*re/(36*V*ee);q-=(H-13*G+69*V+167*te+46)*j/(1620*I*G);q-=(7*Q+21*H+70*G+26*V-93*te-31)*U/(6480*T*H);q-=(75*J+202*Q+188*H-888*G-1345*V+118*te+138)*z/(272160*C*Q);D=(28*H+131*G+402*V+581*te+208)*(te-1)/(1620*ee*G);D-=(35*J-154*Q-623*H-1636*G-3983*V-3514*te-925)*re/(12960*I*H);D-=(2132*Y+7915*J+16821*Q+35066*H+87490*G+141183*V+95993*te+21640)*j/(816480*Q*T);D-=(11053*K+53308*Y+117010*J+163924*Q+116188*H-258428*G-677042*V-481940*te-105497)*U/(14696640*C*J);O=-((3592*Y+8375*J-1323*Q-29198*H-89578*G-154413*V-116063*te-29632)*(te-1))/(816480*Q*I);O-=(442043*Z+2054169*K+3803094*Y+3470754*J+2141568*Q-2393568*H-19904934*G-34714674*V-23128299*te-5253353)*re/(146966400*J*T);O-=(116932*$+819281*Z+2378172*K+4341330*Y+6806004*J+10622748*Q+18739500*H+30651894*G+30869976*V+15431867*te+2919016)*j/(146966400*C*Y);N=k+q/r+D/(r*r)+O/(r*r*r);if(N<=0){N=v}ne=N-F*u(N)+(1+F)*u(1+F)-F;_=1/(1+F);M=N<F?_:0;E=N<F?1:_;ae=(M+E)/2;S=h(ne,F);return w(S,ae,M,E,32,100)}r.exports=temme3},1567:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4010);r.exports=o},4010:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(5732);var u=s(3242);function kernelCos(r,i){var s;var f;var v;var h;h=r*r;v=h*h;f=h*o(h);f+=v*v*u(h);s=.5*h;v=1-s;return v+(1-v-s+(h*f-r*i))}r.exports=kernelCos},5732:r=>{
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
function evalpoly(r){if(r===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+r*(2.087572321298175e-9+r*-11359647557788195e-27)}r.exports=evalpoly},186:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7485);r.exports=o},7485:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var i=-.16666666666666632;var s=.00833333333332249;var o=-.0001984126982985795;var u=27557313707070068e-22;var f=-2.5050760253406863e-8;var v=1.58969099521155e-10;function kernelSin(r,h){var w;var x;var _;var S;S=r*r;_=S*S;w=s+S*(o+S*u)+S*_*(f+S*v);x=S*r;if(h===0){return r+x*(i+S*w)}return r-(S*(.5*h-x*w)-h-x*i)}r.exports=kernelSin},3291:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3078);r.exports=o},3078:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(469);var u=s(1475);var f=s(1877);var v=s(6276);var h=s(2656);var w=s(4862);var x=s(6523);var _=s(7234);var S=s(5672);var M=s(9335).assign;var E=s(6075);var k=s(7949);var N=s(7844);var $=2220446049250313e-31;var I=2148532223>>>0;var T=[0,0];var C=[0,0];function ldexp(r,i){var s;var q;if(i===0||r===0||x(r)||_(r)){return r}M(r,T,1,0);r=T[0];i+=T[1];i+=E(r);if(i<w){return S(0,r)}if(i>v){if(r<0){return u}return o}if(i<=h){i+=52;q=$}else{q=1}k.assign(r,C,1,0);s=C[0];s&=I;s|=i+f<<20;return q*N(s,C[1])}r.exports=ldexp},1550:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5553);r.exports=o},5553:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2882);var u=s(5990);var f=s(6523);var v=s(1877);var h=s(1475);var w=s(6488);var x=s(1103);var _=.6931471803691238;var S=1.9082149292705877e-10;var M=0x40000000000000;var E=.3333333333333333;var k=1048575|0;var N=2146435072|0;var $=1048576|0;var I=1072693248|0;function ln(r){var i;var s;var T;var C;var q;var D;var O;var F;var j;var U;var z;var V;if(r===0){return h}if(f(r)||r<0){return NaN}s=o(r);q=0|0;if(s<$){q-=54|0;r*=M;s=o(r)}if(s>=N){return r+r}q+=(s>>20)-v|0;s&=k;F=s+614244&1048576|0;r=u(r,s|F^I);q+=F>>20|0;O=r-1;if((k&2+s)<3){if(O===0){if(q===0){return 0}return q*_+q*S}D=O*O*(.5-E*O);if(q===0){return O-D}return q*_-(D-q*S-O)}U=O/(2+O);V=U*U;F=s-398458|0;z=V*V;j=440401-s|0;C=z*w(z);T=V*x(z);F|=j;D=T+C;if(F>0){i=.5*O*O;if(q===0){return O-(i-U*(i+D))}return q*_-(i-(U*(i+D)+q*S)-O)}if(q===0){return O-U*(O-D)}return q*_-(U*(O-D)-q*S-O)}r.exports=ln},6488:r=>{
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
function evalpoly(r){if(r===0){return.6666666666666735}return.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}r.exports=evalpoly},7260:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7306);r.exports=o},7306:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(2882);var f=s(5990);var v=s(469);var h=s(1475);var w=s(1877);var x=s(897);var _=.6931471803691238;var S=1.9082149292705877e-10;var M=.41421356237309503;var E=-.2928932188134525;var k=1.862645149230957e-9;var N=5551115123125783e-32;var $=9007199254740992;var I=.6666666666666666;function log1p(r){var i;var s;var T;var C;var q;var D;var O;var F;var j;var U;if(r<-1||o(r)){return NaN}if(r===-1){return h}if(r===v){return r}if(r===0){return r}if(r<0){T=-r}else{T=r}U=1;if(T<M){if(T<k){if(T<N){return r}return r-r*r*.5}if(r>E){U=0;C=r;s=1}}if(U!==0){if(T<$){j=1+r;s=u(j);U=(s>>20)-w;if(U>0){q=1-(j-r)}else{q=r-(j-1)}q/=j}else{j=r;s=u(j);U=(s>>20)-w;q=0}s&=1048575;if(s<434334){j=f(j,s|1072693248)}else{U+=1;j=f(j,s|1071644672);s=1048576-s>>2}C=j-1}i=.5*C*C;if(s===0){if(C===0){q+=U*S;return U*_+q}F=i*(1-I*C);return U*_-(F-(U*S+q)-C)}D=C/(2+C);O=D*D;F=O*x(O);if(U===0){return C-(i-D*(i+F))}return U*_-(i-(D*(i+F)+(U*S+q))-C)}r.exports=log1p},897:r=>{
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
function evalpoly(r){if(r===0){return.6666666666666735}return.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}r.exports=evalpoly},5430:(r,i,s)=>{
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
var o=s(4473);r.exports=o},4781:r=>{
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
function log1pSeries(r){var i=-r;var s=-1;var o=0;return next;function next(){s*=i;o+=1;return s/o}}r.exports=log1pSeries},4473:(r,i,s)=>{
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
var o=s(6260);var u=s(1550);var f=s(5088);var v=s(6491);var h=s(4781);function log1pmx(r){var i;var s;if(r<=-1){return NaN}s=o(r);if(s>.95){return u(1+r)-r}if(s<f){return-r*r/2}i={initialValue:-r};return v(h(r),i)}r.exports=log1pmx},2974:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(8641);r.exports=o},8641:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(866);var u=s(6523);var f=s(469);function max(r,i){if(u(r)||u(i)){return NaN}if(r===f||i===f){return f}if(r===i&&r===0){if(o(r)){return r}return i}if(r>i){return r}return i}r.exports=max},9594:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3757);r.exports=o},3757:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(2974);function maxabs(r,i){return u(o(r),o(i))}r.exports=maxabs},8008:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9503);r.exports=o},9503:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3270);var u=s(6523);var f=s(1475);function min(r,i){if(u(r)||u(i)){return NaN}if(r===f||i===f){return f}if(r===i&&r===0){if(o(r)){return r}return i}if(r<i){return r}return i}r.exports=min},9912:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(431);r.exports=o},431:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(8008);function minabs(r,i){return u(o(r),o(i))}r.exports=minabs},6310:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7609);r.exports=o},9905:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2882);var u=s(3786);var f=s(5990);var v=s(1877);var h=s(1277);var w=s(3140);var x=1048575|0;var _=1048576|0;var S=1072693248|0;var M=536870912|0;var E=524288|0;var k=9007199254740992;var N=.9617966939259756;var $=.9617967009544373;var I=-7.028461650952758e-9;var T=[1,1.5];var C=[0,.5849624872207642];var q=[0,1.350039202129749e-8];function log2ax(r,i,s){var D;var O;var F;var j;var U;var z;var V;var G;var H;var Q;var J;var Y;var K;var Z;var ee;var re;var te;var ne;var ae;var ie;var se;var oe;ie=0|0;if(s<_){i*=k;ie-=53|0;s=o(i)}ie+=(s>>h)-v|0;se=s&x|0;s=se|S|0;if(se<=235662){oe=0}else if(se<767610){oe=1}else{oe=0;ie+=1|0;s-=_}i=f(i,s);G=T[oe];ne=i-G;ae=1/(i+G);O=ne*ae;j=u(O,0);D=(s>>1|M)+E;D+=oe<<18;z=f(0,D);V=i-(z-G);U=ae*(ne-j*z-j*V);F=O*O;te=F*F*w(F);te+=U*(j+O);F=j*j;z=3+F+te;z=u(z,0);V=te-(z-3-F);ne=j*z;ae=U*z+V*O;Q=ne+ae;Q=u(Q,0);J=ae-(Q-ne);Y=$*Q;K=I*Q+J*N+q[oe];H=C[oe];re=ie;Z=Y+K+H+re;Z=u(Z,0);ee=K-(Z-re-H-Y);r[0]=Z;r[1]=ee;return r}r.exports=log2ax},3726:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(3786);var u=s(837);var f=1.4426950408889634;var v=1.4426950216293335;var h=1.9259629911266175e-8;function logx(r,i){var s;var w;var x;var _;var S;var M;x=i-1;_=x*x*u(x);S=v*x;M=x*h-_*f;w=S+M;w=o(w,0);s=M-(w-S);r[0]=w;r[1]=s;return r}r.exports=logx},7609:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(7687);var f=s(7234);var v=s(2804);var h=s(5478);var w=s(6260);var x=s(7949);var _=s(3786);var S=s(6519);var M=s(1475);var E=s(469);var k=s(3935);var N=s(2122);var $=s(888);var I=s(3355);var T=s(9905);var C=s(3726);var q=s(5224);var D=1072693247|0;var O=1105199104|0;var F=1139802112|0;var j=1083179008|0;var U=1072693248|0;var z=1083231232|0;var V=3230714880>>>0;var G=31|0;var H=1e300;var Q=1e-300;var J=8008566259537294e-32;var Y=[0|0,0|0];var K=[0,0];function pow(r,i){var s;var Z;var ee;var re;var te;var ne;var ae;var ie;var se;var oe;var le;var ue;var ce;var fe;var ve;var he;if(o(r)||o(i)){return NaN}x.assign(i,Y,1,0);ne=Y[0];ae=Y[1];if(ae===0){if(i===0){return 1}if(i===1){return r}if(i===-1){return 1/r}if(i===.5){return h(r)}if(i===-.5){return 1/h(r)}if(i===2){return r*r}if(i===3){return r*r*r}if(i===4){r*=r;return r*r}if(f(i)){return I(r,i)}}x.assign(r,Y,1,0);re=Y[0];te=Y[1];if(te===0){if(re===0){return N(r,i)}if(r===1){return 1}if(r===-1&&u(i)){return-1}if(f(r)){if(r===M){return pow(-0,-i)}if(i<0){return 0}return E}}if(r<0&&v(i)===false){return(r-r)/(r-r)}ee=w(r);s=re&k|0;Z=ne&k|0;ie=re>>>G|0;se=ne>>>G|0;if(ie&&u(i)){ie=-1}else{ie=1}if(Z>O){if(Z>F){return $(r,i)}if(s<D){if(se===1){return ie*H*H}return ie*Q*Q}if(s>U){if(se===0){return ie*H*H}return ie*Q*Q}ce=C(K,ee)}else{ce=T(K,ee,s)}oe=_(i,0);ue=(i-oe)*ce[0]+i*ce[1];le=oe*ce[0];fe=ue+le;x.assign(fe,Y,1,0);ve=S(Y[0]);he=S(Y[1]);if(ve>=j){if((ve-j|he)!==0){return ie*H*H}if(ue+J>fe-le){return ie*H*H}}else if((ve&k)>=z){if((ve-V|he)!==0){return ie*Q*Q}if(ue<=fe-le){return ie*Q*Q}}fe=q(ve,le,ue);return ie*fe}r.exports=pow},3140:r=>{
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
function evalpoly(r){if(r===0){return.5}return.5+r*(-.3333333333333333+r*.25)}r.exports=evalpoly},5224:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2882);var u=s(5990);var f=s(3786);var v=s(6519);var h=s(3291);var w=s(1239);var x=s(1877);var _=s(3935);var S=s(8910);var M=s(1277);var E=s(5568);var k=1048576|0;var N=1071644672|0;var $=.6931471824645996;var I=-1.904654299957768e-9;function pow2(r,i,s){var T;var C;var q;var D;var O;var F;var j;var U;var z;var V;var G;V=r&_|0;G=(V>>M)-x|0;z=0;if(V>N){z=r+(k>>G+1)>>>0;G=((z&_)>>M)-x|0;T=(z&~(S>>G))>>>0;q=u(0,T);z=(z&S|k)>>M-G>>>0;if(r<0){z=-z}i-=q}q=s+i;q=f(q,0);O=q*$;F=(s-(q-i))*w+q*I;U=O+F;j=F-(U-O);q=U*U;C=U-q*E(q);D=U*C/(C-2)-(j+U*j);U=1-(D-U);r=o(U);r=v(r);r+=z<<M>>>0;if(r>>M<=0){U=h(U,z)}else{U=u(U,r)}return U}r.exports=pow2},2122:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(7687);var u=s(5672);var f=s(1475);var v=s(469);function pow(r,i){if(i===f){return v}if(i===v){return 0}if(i>0){if(o(i)){return r}return 0}if(o(i)){return u(v,r)}return v}r.exports=pow},888:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(3935);var u=s(2882);var f=1072693247|0;var v=1e300;var h=1e-300;function pow(r,i){var s;var w;w=u(r);s=w&o;if(s<=f){if(i<0){return v*v}return h*h}if(i>0){return v*v}return h*h}r.exports=pow},3355:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(469);function pow(r,i){if(r===-1){return(r-r)/(r-r)}if(r===1){return 1}if(o(r)<1===(i===u)){return 0}return u}r.exports=pow},4756:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2603);r.exports=o},2603:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(6523);var u=s(7234);var f=s(6260);var v=s(141);var h=s(1550);var w=s(6310);var x=s(1262);function powm1(r,i){var s;var _;if(o(r)||o(i)){return NaN}if(i===0){return 0}if(r===0){return-1}if(r<0&&i%2===0){r=-r}if(r>0){if(f(i*(r-1))<.5||f(i)<.2){_=h(r)*i;if(_<.5){return v(_)}}}else if(x(i)!==i){return NaN}s=w(r,i)-1;if(u(s)||o(s)){return NaN}return s}r.exports=powm1},3982:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4385);r.exports=o},7236:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(2334);var u=s(3291);var f=s(1830);var v=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var h=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var w=16777216;var x=5.960464477539063e-8;var _=f(20);var S=f(20);var M=f(20);var E=f(20);function compute(r,i,s,f,_,S,k,N,$){var I;var T;var C;var q;var D;var O;var F;var j;var U;q=S;U=f[s];j=s;for(D=0;j>0;D++){T=x*U|0;E[D]=U-w*T|0;U=f[j-1]+T;j-=1}U=u(U,_);U-=8*o(U*.125);F=U|0;U-=F;C=0;if(_>0){D=E[s-1]>>24-_;F+=D;E[s-1]-=D<<24-_;C=E[s-1]>>23-_}else if(_===0){C=E[s-1]>>23}else if(U>=.5){C=2}if(C>0){F+=1;I=0;for(D=0;D<s;D++){j=E[D];if(I===0){if(j!==0){I=1;E[D]=16777216-j}}else{E[D]=16777215-j}}if(_>0){switch(_){case 1:E[s-1]&=8388607;break;case 2:E[s-1]&=4194303;break}}if(C===2){U=1-U;if(I!==0){U-=u(1,_)}}}if(U===0){j=0;for(D=s-1;D>=S;D--){j|=E[D]}if(j===0){for(O=1;E[S-O]===0;O++){}for(D=s+1;D<=s+O;D++){$[N+D]=v[k+D];T=0;for(j=0;j<=N;j++){T+=r[j]*$[N+(D-j)]}f[D]=T}s+=O;return compute(r,i,s,f,_,S,k,N,$)}s-=1;_-=24;while(E[s]===0){s-=1;_-=24}}else{U=u(U,-_);if(U>=w){T=x*U|0;E[s]=U-w*T|0;s+=1;_+=24;E[s]=T}else{E[s]=U|0}}T=u(1,_);for(D=s;D>=0;D--){f[D]=T*E[D];T*=x}for(D=s;D>=0;D--){T=0;for(O=0;O<=q&&O<=s-D;O++){T+=h[O]*f[D+O]}M[s-D]=T}T=0;for(D=s;D>=0;D--){T+=M[D]}if(C===0){i[0]=T}else{i[0]=-T}T=M[0]-T;for(D=1;D<=s;D++){T+=M[D]}if(C===0){i[1]=T}else{i[1]=-T}return F&7}function kernelRempio2(r,i,s,o){var u;var f;var h;var w;var x;var M;var E;var k;var N;f=4;w=o-1;h=(s-3)/24|0;if(h<0){h=0}M=s-24*(h+1);k=h-w;N=w+f;for(E=0;E<=N;E++){if(k<0){_[E]=0}else{_[E]=v[k]}k+=1}for(E=0;E<=f;E++){u=0;for(k=0;k<=w;k++){u+=r[k]*_[w+(E-k)]}S[E]=u}x=f;return compute(r,i,x,S,M,f,h,w,_)}r.exports=kernelRempio2},4385:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(3935);var u=s(222);var f=s(8910);var v=s(2882);var h=s(1662);var w=s(7844);var x=s(7236);var _=s(499);var S=0;var M=16777216;var E=1.5707963267341256;var k=6077100506506192e-26;var N=2*k;var $=3*k;var I=4*k;var T=598523|0;var C=1072243195|0;var q=1073928572|0;var D=1074752122|0;var O=1074977148|0;var F=1075183036|0;var j=1075388923|0;var U=1075594811|0;var z=1094263291|0;var V=[0,0,0];var G=[0,0];function rempio2(r,i){var s;var H;var Q;var J;var Y;var K;var Z;var ee;Q=v(r)|0;J=Q&o|0;if(J<=C){i[0]=r;i[1]=0;return 0}if(J<=D){if((J&f)===T){return _(r,J,i)}if(J<=q){if(Q>0){ee=r-E;i[0]=ee-k;i[1]=ee-i[0]-k;return 1}ee=r+E;i[0]=ee+k;i[1]=ee-i[0]+k;return-1}if(Q>0){ee=r-2*E;i[0]=ee-N;i[1]=ee-i[0]-N;return 2}ee=r+2*E;i[0]=ee+N;i[1]=ee-i[0]+N;return-2}if(J<=U){if(J<=F){if(J===O){return _(r,J,i)}if(Q>0){ee=r-3*E;i[0]=ee-$;i[1]=ee-i[0]-$;return 3}ee=r+3*E;i[0]=ee+$;i[1]=ee-i[0]+$;return-3}if(J===j){return _(r,J,i)}if(Q>0){ee=r-4*E;i[0]=ee-I;i[1]=ee-i[0]-I;return 4}ee=r+4*E;i[0]=ee+I;i[1]=ee-i[0]+I;return-4}if(J<z){return _(r,J,i)}if(J>=u){i[0]=NaN;i[1]=NaN;return 0}s=h(r);H=(J>>20)-1046;ee=w(J-(H<<20|0),s);for(K=0;K<2;K++){V[K]=ee|0;ee=(ee-V[K])*M}V[2]=ee;Y=3;while(V[Y-1]===S){Y-=1}Z=x(V,G,H,Y,1);if(Q<0){i[0]=-G[0];i[1]=-G[1];return-Z}i[0]=G[0];i[1]=G[1];return Z}r.exports=rempio2},499:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(8972);var u=s(2882);var f=.6366197723675814;var v=1.5707963267341256;var h=6077100506506192e-26;var w=6077100506303966e-26;var x=20222662487959506e-37;var _=20222662487111665e-37;var S=84784276603689e-45;var M=2047|0;function rempio2Medium(r,i,s){var E;var k;var N;var $;var I;var T;var C;k=o(r*f);$=r-k*v;I=k*h;C=i>>20|0;s[0]=$-I;E=u(s[0]);T=C-(E>>20&M);if(T>16){N=$;I=k*w;$=N-I;I=k*x-(N-$-I);s[0]=$-I;E=u(s[0]);T=C-(E>>20&M);if(T>49){N=$;I=k*_;$=N-I;I=k*S-(N-$-I);s[0]=$-I}}s[1]=$-s[0]-I;return k}r.exports=rempio2Medium},8972:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6547);r.exports=o},6547:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=Math.round;r.exports=i},9079:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(178);r.exports=o},178:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6523);function signum(r){if(r===0||o(r)){return r}return r<0?-1:1}r.exports=signum},1794:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3205);r.exports=o},3205:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var o=s(3935);var u=s(222);var f=s(2882);var v=s(1567);var h=s(186);var w=s(3982);var x=1072243195|0;var _=1045430272|0;var S=[0,0];function sin(r){var i;var s;i=f(r);i&=o;if(i<=x){if(i<_){return r}return h(r,0)}if(i>=u){return NaN}s=w(r,S);switch(s&3){case 0:return h(S[0],S[1]);case 1:return v(S[0],S[1]);case 2:return-h(S[0],S[1]);default:return-v(S[0],S[1])}}r.exports=sin},8901:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3012);r.exports=o},3012:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6523);var u=s(7234);var f=s(9191);var v=s(1794);var h=s(6260);var w=s(5672);var x=s(9701);function sinpi(r){var i;var s;if(o(r)){return NaN}if(u(r)){return NaN}s=r%2;i=h(s);if(i===0||i===1){return w(0,s)}if(i<.25){return v(x*s)}if(i<.75){i=.5-i;return w(f(x*i),s)}if(i<1.25){s=w(1,s)-s;return v(x*s)}if(i<1.75){i-=1.5;return-w(f(x*i),s)}s-=w(2,s);return v(x*s)}r.exports=sinpi},5478:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1689);r.exports=o},1689:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=Math.sqrt;r.exports=i},1262:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2657);r.exports=o},2657:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2334);var u=s(3385);function trunc(r){if(r<0){return u(r)}return o(r)}r.exports=trunc},3962:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(5088);var f=s(8858);var v=1e6;function continuedFractionA(r,i,s){var u;var v;var h;var w;var x;var _;_=r();x=_[1];v=_[0];if(x===0){x=f}h=x;w=0;do{_=r();if(_){w=_[1]+_[0]*w;if(w===0){w=f}h=_[1]+_[0]/h;if(h===0){h=f}w=1/w;u=h*w;x*=u}}while(_&&o(u-1)>i&&--s);return v/x}function continuedFractionB(r,i,s){var u;var v;var h;var w;var x;x=r();w=x[1];if(w===0){w=f}v=w;h=0;do{x=r();if(x){h=x[1]+x[0]*h;if(h===0){h=f}v=x[1]+x[0]/v;if(v===0){v=f}h=1/h;u=v*h;w*=u}}while(x&&o(u-1)>i&&--s);return w}function continuedFraction(r,i){var s;var o;var f;o={};if(arguments.length>1){o=i}f=o.tolerance||u;s=o.maxIter||v;if(o.keep){return continuedFractionB(r,f,s)}return continuedFractionA(r,f,s)}r.exports=continuedFraction},7028:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(8858);var f=s(5088);var v=1e6;function continuedFractionA(r,i,s){var f;var v;var h;var w;var x;var _;var S;f=typeof r.next==="function";S=f?r.next().value:r();w=S[1];h=S[0];if(w===0){w=u}x=w;_=0;if(f===true){do{S=r.next().value;if(S){_=S[1]+S[0]*_;if(_===0){_=u}x=S[1]+S[0]/x;if(x===0){x=u}_=1/_;v=x*_;w*=v}}while(o(v-1)>i&&--s)}else{do{S=r();if(S){_=S[1]+S[0]*_;if(_===0){_=u}x=S[1]+S[0]/x;if(x===0){x=u}_=1/_;v=x*_;w*=v}}while(S&&o(v-1)>i&&--s)}return h/w}function continuedFractionB(r,i,s){var f;var v;var h;var w;var x;var _;f=typeof r.next==="function";_=f?r.next().value:r();h=_[1];if(h===0){h=u}w=h;x=0;if(f===true){do{_=r.next().value;if(_){x=_[1]+_[0]*x;if(x===0){x=u}w=_[1]+_[0]/w;if(w===0){w=u}x=1/x;v=w*x;h*=v}}while(_&&o(v-1)>i&&--s)}else{do{_=r();if(_){x=_[1]+_[0]*x;if(x===0){x=u}w=_[1]+_[0]/w;if(w===0){w=u}x=1/x;v=w*x;h*=v}}while(_&&o(v-1)>i&&--s)}return h}function continuedFraction(r,i){var s;var o;var u;o={};if(arguments.length>1){o=i}s=o.maxIter||v;u=o.tolerance||f;if(o.keep){return continuedFractionB(r,u,s)}return continuedFractionA(r,u,s)}r.exports=continuedFraction},508:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2878);var u=s(7028);var f=s(3962);var v;if(o()){v=u}else{v=f}r.exports=v},1278:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6990);var u=s(3767);function factory(r){var i;var s;var f;var v;if(r.length>500){return polyval}i="return function evalpoly(x){";s=r.length;if(s===0){i+="return 0.0;"}else if(s===1){i+="return "+r[0]+";"}else{i+="if(x===0.0){return "+r[0]+";}";i+="return "+r[0];f=s-1;for(v=1;v<s;v++){i+="+x*";if(v<f){i+="("}i+=r[v]}for(v=0;v<f-1;v++){i+=")"}i+=";"}i+="}";i+="//# sourceURL=evalpoly.factory.js";return new o(i)();function polyval(i){return u(r,i)}}r.exports=factory},2096:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(3767);var f=s(1278);o(u,"factory",f);r.exports=u},3767:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r,i){var s;var o;o=r.length;if(o<2||i===0){if(o===0){return 0}return r[0]}o-=1;s=r[o]*i+r[o-1];o-=2;while(o>=0){s=s*i+r[o];o-=1}return s}r.exports=evalpoly},6049:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(5088);var f=1e6;function sumSeries(r,i){var s;var v;var h;var w;var x;x={};if(arguments.length>1){x=i}s=x.tolerance||u;h=x.maxTerms||f;w=x.initialValue||0;do{v=r();w+=v}while(o(s*w)<o(v)&&--h);return w}r.exports=sumSeries},3333:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6260);var u=s(5088);var f=1e6;function sumSeries(r,i){var s;var v;var h;var w;var x;var _;_={};if(arguments.length>1){_=i}v=_.tolerance||u;w=_.maxTerms||f;x=_.initialValue||0;s=typeof r.next==="function";if(s===true){for(h of r){x+=h;if(o(v*x)>=o(h)||--w===0){break}}}else{do{h=r();x+=h}while(o(v*x)<o(h)&&--w)}return x}r.exports=sumSeries},6491:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2878);var u=s(3333);var f=s(6049);var v;if(o()){v=u}else{v=f}r.exports=v},4241:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7696);r.exports=o},7696:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
r.exports=Number},6075:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7014);r.exports=o},7014:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2882);var u=s(222);var f=s(1877);function exponent(r){var i=o(r);i=(i&u)>>>20;return i-f|0}r.exports=exponent},7844:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5259);r.exports=o},9593:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(347);var u;var f;var v;if(o===true){f=1;v=0}else{f=0;v=1}u={HIGH:f,LOW:v};r.exports=u},5259:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7096);var u=s(9979);var f=s(9593);var v=new u(1);var h=new o(v.buffer);var w=f.HIGH;var x=f.LOW;function fromWords(r,i){h[w]=r;h[x]=i;return v[0]}r.exports=fromWords},9828:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(347);var u;if(o===true){u=1}else{u=0}r.exports=u},2882:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6053);r.exports=o},6053:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7096);var u=s(9979);var f=s(9828);var v=new u(1);var h=new o(v.buffer);function getHighWord(r){v[0]=r;return h[f]}r.exports=getHighWord},1662:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3761);r.exports=o},5844:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(347);var u;if(o===true){u=0}else{u=1}r.exports=u},3761:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7096);var u=s(9979);var f=s(5844);var v=new u(1);var h=new o(v.buffer);function getLowWord(r){v[0]=r;return h[f]}r.exports=getLowWord},750:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5417);var u=s(7234);var f=s(6523);var v=s(6260);var h=4503599627370496;function normalize(r,i,s,w){if(f(r)||u(r)){i[w]=r;i[w+s]=0;return i}if(r!==0&&v(r)<o){i[w]=r*h;i[w+s]=-52;return i}i[w]=r;i[w+s]=0;return i}r.exports=normalize},9335:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(6754);var f=s(750);o(u,"assign",f);r.exports=u},6754:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(750);function normalize(r){return o(r,[0,0],1,0)}r.exports=normalize},2880:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(347);var u;if(o===true){u=1}else{u=0}r.exports=u},5990:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6921);r.exports=o},6921:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7096);var u=s(9979);var f=s(2880);var v=new u(1);var h=new o(v.buffer);function setHighWord(r,i){v[0]=r;h[f]=i>>>0;return v[0]}r.exports=setHighWord},3786:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(253);r.exports=o},9760:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(347);var u;if(o===true){u=0}else{u=1}r.exports=u},253:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7096);var u=s(9979);var f=s(9760);var v=new u(1);var h=new o(v.buffer);function setLowWord(r,i){v[0]=r;h[f]=i>>>0;return v[0]}r.exports=setLowWord},5132:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7096);var u=s(9979);var f=s(3808);var v=new u(1);var h=new o(v.buffer);var w=f.HIGH;var x=f.LOW;function toWords(r,i,s,o){v[0]=r;i[o]=h[w];i[o+s]=h[x];return i}r.exports=toWords},7949:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(6364);var f=s(5132);o(u,"assign",f);r.exports=u},3808:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(347);var u;var f;var v;if(o===true){f=1;v=0}else{f=0;v=1}u={HIGH:f,LOW:v};r.exports=u},6364:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5132);function toWords(r){return o(r,[0>>>0,0>>>0],1,0)}r.exports=toWords},6519:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3234);r.exports=o},3234:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(r){return r|0}r.exports=uint32ToInt32},9073:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3084);var u=s(6523);function factory(r){if(u(r)){return o(NaN)}return cdf;function cdf(i){if(u(i)){return NaN}return i<r?0:1}}r.exports=factory},6603:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(7782);var f=s(9073);o(u,"factory",f);r.exports=u},7782:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6523);function cdf(r,i){if(o(r)||o(i)){return NaN}return r<i?0:1}r.exports=cdf},2895:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3084);var u=s(6523);function factory(r){if(u(r)){return o(NaN)}return quantile;function quantile(i){if(u(i)||i<0||i>1){return NaN}return r}}r.exports=factory},3925:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(3844);var f=s(2895);o(u,"factory",f);r.exports=u},3844:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6523);function quantile(r,i){if(o(r)||r<0||r>1){return NaN}return i}r.exports=quantile},7058:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4993);var u=s(6523);var f=s(3084);var v=s(1262);var h=s(2974);var w=s(8008);var x=s(7392);var _=s(469);var S=s(9979);var M=s(6299);function factory(r,i,s){if(u(r)||u(i)||u(s)||!o(r)||!o(i)||!o(s)||r===_||i===_||i>r||s>r){return f(NaN)}return cdf;function cdf(o){var f;var _;var E;var k;var N;if(u(o)){return NaN}o=v(o);if(o<h(0,s+i-r)){return 0}if(o>=w(s,i)){return 1}_=new S(o+1);_[o]=x(o,r,i,s);for(N=o-1;N>=0;N--){E=(N+1)*(r-i-(s-N-1));f=(i-N)*(s-N);_[N]=E/f*_[N+1]}k=M(_);return w(k,1)}}r.exports=factory},1444:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(2523);var f=s(7058);o(u,"factory",f);r.exports=u},2523:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4993);var u=s(6523);var f=s(1262);var v=s(2974);var h=s(8008);var w=s(7392);var x=s(469);var _=s(9979);var S=s(6299);function cdf(r,i,s,M){var E;var k;var N;var $;var I;if(u(r)||u(i)||u(s)||u(M)||!o(i)||!o(s)||!o(M)||i===x||s===x||s>i||M>i){return NaN}r=f(r);if(r<v(0,M+s-i)){return 0}if(r>=h(M,s)){return 1}k=new _(r+1);k[r]=w(r,i,s,M);for(I=r-1;I>=0;I--){N=(I+1)*(i-s-(M-I-1));E=(s-I)*(M-I);k[I]=N/E*k[I+1]}$=S(k);return h($,1)}r.exports=cdf},6299:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function sum(r){var i;var s;var o;i=r.length;s=0;for(o=0;o<i;o++){s+=r[o]}return s}r.exports=sum},9646:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4993);var u=s(6523);var f=s(3084);var v=s(1851);var h=s(297);var w=s(2974);var x=s(8008);var _=s(469);function factory(r,i,s){var S;var M;if(u(r)||u(i)||u(s)||!o(r)||!o(i)||!o(s)||r===_||i===_||i>r||s>r){return f(NaN)}M=w(0,s+i-r);S=x(i,s);return pmf;function pmf(f){var w;var x;var _;if(u(f)){return NaN}if(o(f)&&M<=f&&f<=S){x=h(s)+h(i)+h(r-s)+h(r-i);w=h(r)+h(f)+h(s-f);w+=h(i-f)+h(r-i+f-s);_=x-w;return v(_)}return 0}}r.exports=factory},7392:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(9383);var f=s(9646);o(u,"factory",f);r.exports=u},9383:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4993);var u=s(6523);var f=s(1851);var v=s(297);var h=s(2974);var w=s(8008);var x=s(469);function pmf(r,i,s,_){var S;var M;var E;var k;var N;if(u(r)||u(i)||u(s)||u(_)||!o(i)||!o(s)||!o(_)||i===x||s===x||s>i||_>i){return NaN}N=h(0,_+s-i);k=w(s,_);if(o(r)&&N<=r&&r<=k){M=v(_)+v(s)+v(i-_)+v(i-s);S=v(i)+v(r)+v(_-r);S+=v(s-r)+v(i-s+r-_);E=M-S;return f(E)}return 0}r.exports=pmf},1250:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3084);var u=s(6603).factory;var f=s(6523);var v=s(5478);var h=s(988);function factory(r,i){var s;if(f(r)||f(i)||i<0){return o(NaN)}if(i===0){return u(r)}s=i*v(2);return cdf;function cdf(i){var o;if(f(i)){return NaN}o=i-r;return.5*h(-o/s)}}r.exports=factory},2484:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(1643);var f=s(1250);o(u,"factory",f);r.exports=u},1643:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(988);var u=s(5478);var f=s(6523);function cdf(r,i,s){var v;var h;if(f(r)||f(i)||f(s)||s<0){return NaN}if(s===0){return r<i?0:1}v=s*u(2);h=r-i;return.5*o(-h/v)}r.exports=cdf},9354:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3084);var u=s(3925).factory;var f=s(3034);var v=s(6523);var h=s(5478);function factory(r,i){var s;var w;if(v(r)||v(i)||i<0){return o(NaN)}if(i===0){u(r)}s=r;w=i*h(2);return quantile;function quantile(r){if(v(r)||r<0||r>1){return NaN}return s+w*f(2*r-1)}}r.exports=factory},6060:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(4739);var f=s(9354);o(u,"factory",f);r.exports=u},4739:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3034);var u=s(6523);var f=s(5478);function quantile(r,i,s){var v;var h;if(u(i)||u(s)||u(r)||s<0||r<0||r>1){return NaN}if(s===0){return i}v=i;h=s*f(2);return v+h*o(2*r-1)}r.exports=quantile},2335:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3084);var u=s(9986);var f=s(6523);var v=s(6310);function factory(r){if(f(r)||r<=0){return o(NaN)}return cdf;function cdf(i){var s;var o;var h;if(f(i)){return NaN}if(i===0){return.5}s=v(i,2);if(r>2*s){h=s/(r+s);o=u(h,.5,r/2,true,true)/2}else{h=r/(r+s);o=u(h,r/2,.5,true,false)/2}return i>0?1-o:o}}r.exports=factory},6021:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(1044);var f=s(2335);o(u,"factory",f);r.exports=u},1044:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9986);var u=s(6523);var f=s(6310);function cdf(r,i){var s;var v;var h;if(u(r)||u(i)||i<=0){return NaN}if(r===0){return.5}s=f(r,2);if(i>2*s){h=s/(i+s);v=o(h,.5,i/2,true,true)/2}else{h=i/(i+s);v=o(h,i/2,.5,true,false)/2}return r>0?1-v:v}r.exports=cdf},2077:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(3084);var u=s(1489);var f=s(6523);var v=s(9079);var h=s(5478);function factory(r){if(f(r)||r<=0){return o(NaN)}return quantile;function quantile(i){var s;var o;if(f(i)||i<0||i>1){return NaN}s=i>.5?1-i:i;o=u(r/2,.5,2*s,1-2*s);return v(i-.5)*h(r*o[1]/o[0])}}r.exports=factory},4455:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(4568);var u=s(5186);var f=s(2077);o(u,"factory",f);r.exports=u},5186:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1489);var u=s(6523);var f=s(9079);var v=s(5478);function quantile(r,i){var s;var h;if(u(i)||u(r)||i<=0||r<0||r>1){return NaN}s=r>.5?1-r:r;h=o(i/2,.5,2*s,1-2*s);return f(r-.5)*v(i*h[1]/h[0])}r.exports=quantile},2029:r=>{
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
var i=Math.abs;var s=String.prototype.toLowerCase;var o=String.prototype.toUpperCase;var u=String.prototype.replace;var f=/e\+(\d)$/;var v=/e-(\d)$/;var h=/^(\d+)$/;var w=/^(\d+)e/;var x=/\.0$/;var _=/\.0*e/;var S=/(\..*[^0])0*e/;function formatDouble(r,M){var E;var k;switch(M.specifier){case"e":case"E":k=r.toExponential(M.precision);break;case"f":case"F":k=r.toFixed(M.precision);break;case"g":case"G":if(i(r)<1e-4){E=M.precision;if(E>0){E-=1}k=r.toExponential(E)}else{k=r.toPrecision(M.precision)}if(!M.alternate){k=u.call(k,S,"$1e");k=u.call(k,_,"e");k=u.call(k,x,"")}break;default:throw new Error("invalid double notation. Value: "+M.specifier)}k=u.call(k,f,"e+0$1");k=u.call(k,v,"e-0$1");if(M.alternate){k=u.call(k,h,"$1.");k=u.call(k,w,"$1.e")}if(r>=0&&M.sign){k=M.sign+k}k=M.specifier===o.call(M.specifier)?o.call(k):s.call(k);return k}r.exports=formatDouble},1836:(r,i,s)=>{
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
var o=s(6392);var u=s(122);var f=String.prototype.toLowerCase;var v=String.prototype.toUpperCase;function formatInteger(r){var i;var s;var h;switch(r.specifier){case"b":i=2;break;case"o":i=8;break;case"x":case"X":i=16;break;case"d":case"i":case"u":default:i=10;break}s=r.arg;h=parseInt(s,10);if(!isFinite(h)){if(!o(s)){throw new Error("invalid integer. Value: "+s)}h=0}if(h<0&&(r.specifier==="u"||i!==10)){h=4294967295+h+1}if(h<0){s=(-h).toString(i);if(r.precision){s=u(s,r.precision,r.padRight)}s="-"+s}else{s=h.toString(i);if(!h&&!r.precision){s=""}else if(r.precision){s=u(s,r.precision,r.padRight)}if(r.sign){s=r.sign+s}}if(i===16){if(r.alternate){s="0x"+s}s=r.specifier===v.call(r.specifier)?v.call(s):f.call(s)}if(i===8){if(r.alternate&&s.charAt(0)!=="0"){s="0"+s}}return s}r.exports=formatInteger},24:(r,i,s)=>{
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
var o=s(4879);r.exports=o},6392:r=>{
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
function isString(r){return typeof r==="string"}r.exports=isString},4879:(r,i,s)=>{
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
var o=s(1836);var u=s(7852);var f=s(6392);var v=s(2029);var h=s(4484);var w=s(122);var x=String.fromCharCode;var _=Array.isArray;function isnan(r){return r!==r}function initialize(r){var i={};i.specifier=r.specifier;i.precision=r.precision===void 0?1:r.precision;i.width=r.width;i.flags=r.flags||"";i.mapping=r.mapping;return i}function formatInterpolate(r){var i;var s;var S;var M;var E;var k;var N;var $;var I;var T;if(!_(r)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.")}k="";N=1;for(I=0;I<r.length;I++){S=r[I];if(u(S)){k+=S}else{i=S.precision!==void 0;S=initialize(S);if(!S.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+I+"`. Value: `"+S+"`.")}if(S.mapping){N=S.mapping}s=S.flags;for(T=0;T<s.length;T++){M=s.charAt(T);switch(M){case" ":S.sign=" ";break;case"+":S.sign="+";break;case"-":S.padRight=true;S.padZeros=false;break;case"0":S.padZeros=s.indexOf("-")<0;break;case"#":S.alternate=true;break;default:throw new Error("invalid flag: "+M)}}if(S.width==="*"){S.width=parseInt(arguments[N],10);N+=1;if(isnan(S.width)){throw new TypeError("the argument for * width at position "+N+" is not a number. Value: `"+S.width+"`.")}if(S.width<0){S.padRight=true;S.width=-S.width}}if(i){if(S.precision==="*"){S.precision=parseInt(arguments[N],10);N+=1;if(isnan(S.precision)){throw new TypeError("the argument for * precision at position "+N+" is not a number. Value: `"+S.precision+"`.")}if(S.precision<0){S.precision=1;i=false}}}S.arg=arguments[N];switch(S.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(i){S.padZeros=false}S.arg=o(S);break;case"s":S.maxWidth=i?S.precision:-1;S.arg=String(S.arg);break;case"c":if(!isnan(S.arg)){E=parseInt(S.arg,10);if(E<0||E>127){throw new Error("invalid character code. Value: "+S.arg)}S.arg=isnan(E)?String(S.arg):x(E)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!i){S.precision=6}$=parseFloat(S.arg);if(!isFinite($)){if(!f(S.arg)){throw new Error("invalid floating-point number. Value: "+k)}$=S.arg;S.padZeros=false}S.arg=v($,S);break;default:throw new Error("invalid specifier: "+S.specifier)}if(S.maxWidth>=0&&S.arg.length>S.maxWidth){S.arg=S.arg.substring(0,S.maxWidth)}if(S.padZeros){S.arg=w(S.arg,S.width||S.precision,S.padRight)}else if(S.width){S.arg=h(S.arg,S.width,S.padRight)}k+=S.arg||"";N+=1}}return k}r.exports=formatInterpolate},4484:r=>{
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
function spaces(r){var i="";var s;for(s=0;s<r;s++){i+=" "}return i}function spacePad(r,i,s){var o=i-r.length;if(o<0){return r}r=s?r+spaces(o):spaces(o)+r;return r}r.exports=spacePad},122:r=>{
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
function startsWithMinus(r){return r[0]==="-"}function zeros(r){var i="";var s;for(s=0;s<r;s++){i+="0"}return i}function zeroPad(r,i,s){var o=false;var u=i-r.length;if(u<0){return r}if(startsWithMinus(r)){o=true;r=r.substr(1)}r=s?r+zeros(u):zeros(u)+r;if(o){r="-"+r}return r}r.exports=zeroPad},9340:(r,i,s)=>{
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
var o=s(8755);r.exports=o},8755:r=>{
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
var i=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(r){var i={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};if(r[4]==="."&&r[5]===void 0){i.precision="1"}return i}function formatTokenize(r){var s;var o;var u;var f;o=[];f=0;u=i.exec(r);while(u){s=r.slice(f,i.lastIndex-u[0].length);if(s.length){o.push(s)}if(u[6]==="%"){o.push("%")}else{o.push(parse(u))}f=i.lastIndex;u=i.exec(r)}s=r.slice(f);if(s.length){o.push(s)}return o}r.exports=formatTokenize},7760:(r,i,s)=>{
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
var o=s(3191);r.exports=o},8676:r=>{
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
function isString(r){return typeof r==="string"}r.exports=isString},3191:(r,i,s)=>{
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
var o=s(24);var u=s(9340);var f=s(8676);function format(r){var i;var s;if(!f(r)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",r))}i=[u(r)];for(s=1;s<arguments.length;s++){i.push(arguments[s])}return o.apply(null,i)}r.exports=format},2038:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2873);r.exports=o},2873:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=typeof Symbol==="function"?Symbol:void 0;r.exports=i},3084:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(8675);r.exports=o},8675:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function wrap(r){return constantFunction;function constantFunction(){return r}}r.exports=wrap},4568:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(6239);r.exports=o},6239:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(708);function setNonEnumerableReadOnly(r,i,s){o(r,i,{configurable:false,enumerable:false,writable:false,value:s})}r.exports=setNonEnumerableReadOnly},7619:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=Object.defineProperty;r.exports=i},5141:r=>{
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
var i=typeof Object.defineProperty==="function"?Object.defineProperty:null;r.exports=i},2342:(r,i,s)=>{
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
var o=s(5141);function hasDefinePropertySupport(){try{o({},"x",{});return true}catch(r){return false}}r.exports=hasDefinePropertySupport},708:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2342);var u=s(7619);var f=s(61);var v;if(o()){v=u}else{v=f}r.exports=v},61:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(7760);var u=Object.prototype;var f=u.toString;var v=u.__defineGetter__;var h=u.__defineSetter__;var w=u.__lookupGetter__;var x=u.__lookupSetter__;function defineProperty(r,i,s){var _;var S;var M;var E;if(typeof r!=="object"||r===null||f.call(r)==="[object Array]"){throw new TypeError(o("invalid argument. First argument must be an object. Value: `%s`.",r))}if(typeof s!=="object"||s===null||f.call(s)==="[object Array]"){throw new TypeError(o("invalid argument. Property descriptor must be an object. Value: `%s`.",s))}S="value"in s;if(S){if(w.call(r,i)||x.call(r,i)){_=r.__proto__;r.__proto__=u;delete r[i];r[i]=s.value;r.__proto__=_}else{r[i]=s.value}}M="get"in s;E="set"in s;if(S&&(M||E)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(M&&v){v.call(r,i,s.get)}if(E&&h){h.call(r,i,s.set)}return r}r.exports=defineProperty},3595:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=eval;r.exports=i},547:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(9501);var u=s(1006);var f=s(9728);var v;if(o()){v=f}else{v=u}r.exports=v},1006:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(5763);function nativeClass(r){return o.call(r)}r.exports=nativeClass},9728:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(1907);var u=s(4499);var f=s(5763);function nativeClass(r){var i;var s;var v;if(r===null||r===void 0){return f.call(r)}s=r[u];i=o(r,u);try{r[u]=void 0}catch(i){return f.call(r)}v=f.call(r);if(i){r[u]=s}else{delete r[u]}return v}r.exports=nativeClass},5763:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=Object.prototype.toString;r.exports=i},4499:(r,i,s)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var o=s(2038);var u=typeof o==="function"?o.toStringTag:"";r.exports=u},6110:(r,i,s)=>{i=r.exports=s(1241);i.log=log;i.formatArgs=formatArgs;i.save=save;i.load=load;i.useColors=useColors;i.storage="undefined"!=typeof chrome&&"undefined"!=typeof chrome.storage?chrome.storage.local:localstorage();i.colors=["lightseagreen","forestgreen","goldenrod","dodgerblue","darkorchid","crimson"];function useColors(){if(typeof window!=="undefined"&&window.process&&window.process.type==="renderer"){return true}return typeof document!=="undefined"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window!=="undefined"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator!=="undefined"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)&&parseInt(RegExp.$1,10)>=31||typeof navigator!=="undefined"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}i.formatters.j=function(r){try{return JSON.stringify(r)}catch(r){return"[UnexpectedJSONParseError]: "+r.message}};function formatArgs(r){var s=this.useColors;r[0]=(s?"%c":"")+this.namespace+(s?" %c":" ")+r[0]+(s?"%c ":" ")+"+"+i.humanize(this.diff);if(!s)return;var o="color: "+this.color;r.splice(1,0,o,"color: inherit");var u=0;var f=0;r[0].replace(/%[a-zA-Z%]/g,function(r){if("%%"===r)return;u++;if("%c"===r){f=u}});r.splice(f,0,o)}function log(){return"object"===typeof console&&console.log&&Function.prototype.apply.call(console.log,console,arguments)}function save(r){try{if(null==r){i.storage.removeItem("debug")}else{i.storage.debug=r}}catch(r){}}function load(){var r;try{r=i.storage.debug}catch(r){}if(!r&&typeof process!=="undefined"&&"env"in process){r=process.env.DEBUG}return r}i.enable(load());function localstorage(){try{return window.localStorage}catch(r){}}},1241:(r,i,s)=>{i=r.exports=createDebug.debug=createDebug["default"]=createDebug;i.coerce=coerce;i.disable=disable;i.enable=enable;i.enabled=enabled;i.humanize=s(744);i.names=[];i.skips=[];i.formatters={};var o;function selectColor(r){var s=0,o;for(o in r){s=(s<<5)-s+r.charCodeAt(o);s|=0}return i.colors[Math.abs(s)%i.colors.length]}function createDebug(r){function debug(){if(!debug.enabled)return;var r=debug;var s=+new Date;var u=s-(o||s);r.diff=u;r.prev=o;r.curr=s;o=s;var f=new Array(arguments.length);for(var v=0;v<f.length;v++){f[v]=arguments[v]}f[0]=i.coerce(f[0]);if("string"!==typeof f[0]){f.unshift("%O")}var h=0;f[0]=f[0].replace(/%([a-zA-Z%])/g,function(s,o){if(s==="%%")return s;h++;var u=i.formatters[o];if("function"===typeof u){var v=f[h];s=u.call(r,v);f.splice(h,1);h--}return s});i.formatArgs.call(r,f);var w=debug.log||i.log||console.log.bind(console);w.apply(r,f)}debug.namespace=r;debug.enabled=i.enabled(r);debug.useColors=i.useColors();debug.color=selectColor(r);if("function"===typeof i.init){i.init(debug)}return debug}function enable(r){i.save(r);i.names=[];i.skips=[];var s=(typeof r==="string"?r:"").split(/[\s,]+/);var o=s.length;for(var u=0;u<o;u++){if(!s[u])continue;r=s[u].replace(/\*/g,".*?");if(r[0]==="-"){i.skips.push(new RegExp("^"+r.substr(1)+"$"))}else{i.names.push(new RegExp("^"+r+"$"))}}}function disable(){i.enable("")}function enabled(r){var s,o;for(s=0,o=i.skips.length;s<o;s++){if(i.skips[s].test(r)){return false}}for(s=0,o=i.names.length;s<o;s++){if(i.names[s].test(r)){return true}}return false}function coerce(r){if(r instanceof Error)return r.stack||r.message;return r}},2830:(r,i,s)=>{if(typeof process!=="undefined"&&process.type==="renderer"){r.exports=s(6110)}else{r.exports=s(5108)}},5108:(r,i,s)=>{var o=s(2018);var u=s(9023);i=r.exports=s(1241);i.init=init;i.log=log;i.formatArgs=formatArgs;i.save=save;i.load=load;i.useColors=useColors;i.colors=[6,2,3,4,5,1];i.inspectOpts=Object.keys(process.env).filter(function(r){return/^debug_/i.test(r)}).reduce(function(r,i){var s=i.substring(6).toLowerCase().replace(/_([a-z])/g,function(r,i){return i.toUpperCase()});var o=process.env[i];if(/^(yes|on|true|enabled)$/i.test(o))o=true;else if(/^(no|off|false|disabled)$/i.test(o))o=false;else if(o==="null")o=null;else o=Number(o);r[s]=o;return r},{});var f=parseInt(process.env.DEBUG_FD,10)||2;if(1!==f&&2!==f){u.deprecate(function(){},"except for stderr(2) and stdout(1), any other usage of DEBUG_FD is deprecated. Override debug.log if you want to use a different log function (https://git.io/debug_fd)")()}var v=1===f?process.stdout:2===f?process.stderr:createWritableStdioStream(f);function useColors(){return"colors"in i.inspectOpts?Boolean(i.inspectOpts.colors):o.isatty(f)}i.formatters.o=function(r){this.inspectOpts.colors=this.useColors;return u.inspect(r,this.inspectOpts).split("\n").map(function(r){return r.trim()}).join(" ")};i.formatters.O=function(r){this.inspectOpts.colors=this.useColors;return u.inspect(r,this.inspectOpts)};function formatArgs(r){var s=this.namespace;var o=this.useColors;if(o){var u=this.color;var f="  [3"+u+";1m"+s+" "+"[0m";r[0]=f+r[0].split("\n").join("\n"+f);r.push("[3"+u+"m+"+i.humanize(this.diff)+"[0m")}else{r[0]=(new Date).toUTCString()+" "+s+" "+r[0]}}function log(){return v.write(u.format.apply(u,arguments)+"\n")}function save(r){if(null==r){delete process.env.DEBUG}else{process.env.DEBUG=r}}function load(){return process.env.DEBUG}function createWritableStdioStream(r){var i;var u=process.binding("tty_wrap");switch(u.guessHandleType(r)){case"TTY":i=new o.WriteStream(r);i._type="tty";if(i._handle&&i._handle.unref){i._handle.unref()}break;case"FILE":var f=s(9896);i=new f.SyncWriteStream(r,{autoClose:false});i._type="fs";break;case"PIPE":case"TCP":var v=s(9278);i=new v.Socket({fd:r,readable:false,writable:true});i.readable=false;i.read=null;i._type="pipe";if(i._handle&&i._handle.unref){i._handle.unref()}break;default:throw new Error("Implement me. Unknown stream file type!")}i.fd=r;i._isStdio=true;return i}function init(r){r.inspectOpts={};var s=Object.keys(i.inspectOpts);for(var o=0;o<s.length;o++){r.inspectOpts[s[o]]=i.inspectOpts[s[o]]}}i.enable(load())},744:r=>{var i=1e3;var s=i*60;var o=s*60;var u=o*24;var f=u*365.25;r.exports=function(r,i){i=i||{};var s=typeof r;if(s==="string"&&r.length>0){return parse(r)}else if(s==="number"&&isNaN(r)===false){return i.long?fmtLong(r):fmtShort(r)}throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(r))};function parse(r){r=String(r);if(r.length>100){return}var v=/^((?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|years?|yrs?|y)?$/i.exec(r);if(!v){return}var h=parseFloat(v[1]);var w=(v[2]||"ms").toLowerCase();switch(w){case"years":case"year":case"yrs":case"yr":case"y":return h*f;case"days":case"day":case"d":return h*u;case"hours":case"hour":case"hrs":case"hr":case"h":return h*o;case"minutes":case"minute":case"mins":case"min":case"m":return h*s;case"seconds":case"second":case"secs":case"sec":case"s":return h*i;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return h;default:return undefined}}function fmtShort(r){if(r>=u){return Math.round(r/u)+"d"}if(r>=o){return Math.round(r/o)+"h"}if(r>=s){return Math.round(r/s)+"m"}if(r>=i){return Math.round(r/i)+"s"}return r+"ms"}function fmtLong(r){return plural(r,u,"day")||plural(r,o,"hour")||plural(r,s,"minute")||plural(r,i,"second")||r+" ms"}function plural(r,i,s){if(r<i){return}if(r<i*1.5){return Math.floor(r/i)+" "+s}return Math.ceil(r/i)+" "+s+"s"}},6166:(r,i,s)=>{r=s.nmd(r);var o=undefined;var initSqlJs=function(i){if(o){return o}o=new Promise(function(s,o){var u=typeof i!=="undefined"?i:{};var f=u["onAbort"];u["onAbort"]=function(r){o(new Error(r));if(f){f(r)}};u["postRun"]=u["postRun"]||[];u["postRun"].push(function(){s(u)});r=undefined;var v;v||=typeof u!=="undefined"?u:{};var h=!!globalThis.window,w=!!globalThis.WorkerGlobalScope;v.onRuntimeInitialized=function(){function a(r,i){ue(r,i instanceof Error?i.message:String(i),-1)}function b(r,i){switch(typeof i){case"boolean":le(r,i?1:0);break;case"number":ae(r,i);break;case"string":se(r,i,l(i),-1);break;case"object":if(i===null)ie(r);else if(i.length!=null){var s=Ne(i.length);q.set(i,s);oe(r,s,i.length,-1);Re(s)}else ue(r,"Wrong API use : tried to return a value of an unknown type ("+i+").",-1);break;default:ie(r)}}function d(r,i){for(var s=[],o=0;o<r;o+=1){var u=y(i+4*o,"i32"),f=Z(u);if(f===1||f===2)u=ne(u);else if(f===3)f=ee(u),u=re(u),u=A(u,f,!0);else if(f===4){f=u;u=ee(f);f=te(f);for(var v=new Uint8Array(u),h=0;h<u;h+=1)v[h]=q[f+h];u=v}else u=null;s.push(u)}return s}function c(r,i){this.Va=r;this.db=i;this.Ta=1;this.Eb=[]}function e(r,i){this.db=i;this.tb=ea(r);if(this.tb===null)throw Error("Unable to allocate memory for the SQL string");this.zb=this.tb;this.fb=this.Kb=null}function g(s){this.filename="dbfile_"+(4294967295*Math.random()>>>0);s!=null&&fa(this.filename,s);this.handleError(o(this.filename,i));this.db=y(i,"i32");r&&fe(this.db);this.Bb={};this.ab=new Map}function m(r,i){return r.replace(/[A-Z]/g,function(r){return r.toLowerCase()})+":"+i}function t(r){r.forEach(ja)}var r=v.useOldExtensionFunctions!==!1,i=Te(4),s=v.cwrap,o=s("sqlite3_open","number",["string","number"]),u=s("sqlite3_close_v2","number",["number"]),f=s("sqlite3_backup_init","number",["number","string","number","string"]),h=s("sqlite3_backup_step","number",["number","number"]),w=s("sqlite3_backup_finish","number",["number"]),x=s("sqlite3_exec","number",["number","number","number","number","number"]),_=s("sqlite3_changes","number",["number"]),S=s("sqlite3_sql","string",["number"]),M=s("sqlite3_normalized_sql","string",["number"]),E=s("sqlite3_prepare_v2","number",["number","number","number","number","number"]),k=s("sqlite3_bind_text","number",["number","number","number","number","number"]),N=s("sqlite3_bind_blob","number",["number","number","number","number","number"]),$=s("sqlite3_bind_double","number",["number","number","number"]),I=s("sqlite3_bind_int","number",["number","number","number"]),T=s("sqlite3_bind_parameter_index","number",["number","string"]),C=s("sqlite3_step","number",["number"]),D=s("sqlite3_errmsg","string",["number"]),O=s("sqlite3_column_count","number",["number"]),F=s("sqlite3_data_count","number",["number"]),j=s("sqlite3_column_double","number",["number","number"]),U=s("sqlite3_column_text","number",["number","number"]),z=s("sqlite3_column_blob","number",["number","number"]),V=s("sqlite3_column_bytes","number",["number","number"]),G=s("sqlite3_column_type","number",["number","number"]),H=s("sqlite3_column_name","string",["number","number"]),Q=s("sqlite3_reset","number",["number"]),J=s("sqlite3_clear_bindings","number",["number"]),Y=s("sqlite3_finalize","number",["number"]),K=s("sqlite3_create_function_v2","number","number string number number number number number number number".split(" ")),Z=s("sqlite3_value_type","number",["number"]),ee=s("sqlite3_value_bytes","number",["number"]),re=s("sqlite3_value_text","number",["number"]),te=s("sqlite3_value_blob","number",["number"]),ne=s("sqlite3_value_double","number",["number"]),ae=s("sqlite3_result_double","",["number","number"]),ie=s("sqlite3_result_null","",["number"]),se=s("sqlite3_result_text","",["number","string","number","number"]),oe=s("sqlite3_result_blob","",["number","number","number","number"]),le=s("sqlite3_result_int","",["number","number"]),ue=s("sqlite3_result_error","",["number","string","number"]),ce=s("sqlite3_aggregate_context","number",["number","number"]),fe=s("RegisterExtensionFunctions","number",["number"]),ve=s("sqlite3_update_hook","number",["number","number","number"]);c.prototype.bind=function(r){if(!this.Va)throw"Statement closed";this.reset();return Array.isArray(r)?this.bc(r):r!=null&&typeof r==="object"?this.cc(r):!0};c.prototype.step=function(){if(!this.Va)throw"Statement closed";this.Ta=1;var r=C(this.Va);switch(r){case 100:return!0;case 101:return!1;default:throw this.db.handleError(r)}};c.prototype.Ub=function(r){r==null&&(r=this.Ta,this.Ta+=1);return j(this.Va,r)};c.prototype.oc=function(r){r==null&&(r=this.Ta,this.Ta+=1);if(typeof BigInt!=="function")throw Error("BigInt is not supported");return BigInt(this.Vb(r))};c.prototype.Vb=function(r){r==null&&(r=this.Ta,this.Ta+=1);var i=U(this.Va,r);r=V(this.Va,r);return A(i,r,!0)};c.prototype.getBlob=function(r){r==null&&(r=this.Ta,this.Ta+=1);var i=V(this.Va,r);r=z(this.Va,r);for(var s=new Uint8Array(i),o=0;o<i;o+=1)s[o]=q[r+o];return s};c.prototype.get=function(r,i){i=i||{};r!=null&&this.bind(r)&&this.step();r=[];for(var s=F(this.Va),o=0;o<s;o+=1)switch(G(this.Va,o)){case 1:var u=i.useBigInt?this.oc(o):this.Ub(o);r.push(u);break;case 2:r.push(this.Ub(o));break;case 3:r.push(this.Vb(o));break;case 4:r.push(this.getBlob(o));break;default:r.push(null)}return r};c.prototype.Ib=function(){for(var r=[],i=O(this.Va),s=0;s<i;s+=1)r.push(H(this.Va,s));return r};c.prototype.Tb=function(r,i){var s=this.get(r,i);r=this.Ib();return Object.fromEntries(r.map(function(r,i){return[r,s[i]]}))};c.prototype.tc=function(){return S(this.Va)};c.prototype.qc=function(){return M(this.Va)};c.prototype.run=function(r){r!=null&&this.bind(r);this.step();return this.reset()};c.prototype.Pb=function(r,i){i==null&&(i=this.Ta,this.Ta+=1);var s=ea(r);this.Eb.push(s);this.db.handleError(k(this.Va,i,s,l(r),0))};c.prototype.ac=function(r,i){i==null&&(i=this.Ta,this.Ta+=1);var s=Ne(r.length);q.set(r,s);this.Eb.push(s);this.db.handleError(N(this.Va,i,s,r.length,0))};c.prototype.Ob=function(r,i){i==null&&(i=this.Ta,this.Ta+=1);this.db.handleError((r===(r|0)?I:$)(this.Va,i,r))};c.prototype.dc=function(r){r==null&&(r=this.Ta,this.Ta+=1);N(this.Va,r,0,0,0)};c.prototype.Qb=function(r,i){i==null&&(i=this.Ta,this.Ta+=1);switch(typeof r){case"string":this.Pb(r,i);return;case"number":this.Ob(r,i);return;case"bigint":this.Pb(r.toString(),i);return;case"boolean":this.Ob(r+0,i);return;case"object":if(r===null){this.dc(i);return}if(r.length!=null){this.ac(r,i);return}}throw"Wrong API use : tried to bind a value of an unknown type ("+r+")."};c.prototype.cc=function(r){var i=this;Object.keys(r).forEach(function(s){var o=T(i.Va,s);o!==0&&i.Qb(r[s],o)});return!0};c.prototype.bc=function(r){for(var i=0;i<r.length;i+=1)this.Qb(r[i],i+1);return!0};c.prototype.reset=function(){this.Hb();return J(this.Va)===0&&Q(this.Va)===0};c.prototype.Hb=function(){for(var r;(r=this.Eb.pop())!==void 0;)Re(r)};c.prototype.jb=function(){this.Hb();var r=Y(this.Va)===0;delete this.db.Bb[this.Va];this.Va=0;return r};e.prototype.next=function(){if(this.tb===null)return{done:!0};this.fb!==null&&(this.fb.jb(),this.fb=null);if(!this.db.db)throw this.ub(),Error("Database closed");var r=Ce(),s=Te(4);oa(i);oa(s);try{this.db.handleError(E(this.db.db,this.zb,-1,i,s));this.zb=y(s,"i32");var o=y(i,"i32");if(o===0)return this.ub(),{done:!0};this.fb=new c(o,this.db);this.db.Bb[o]=this.fb;return{value:this.fb,done:!1}}catch(r){throw this.Kb=A(this.zb),this.ub(),r}finally{Ie(r)}};e.prototype.ub=function(){Re(this.tb);this.tb=null};e.prototype["return"]=function(){this.fb!==null&&(this.fb.jb(),this.fb=null);this.ub();return{done:!0}};e.prototype.rc=function(){return this.Kb!==null?this.Kb:A(this.zb)};typeof Symbol==="function"&&typeof Symbol.iterator==="symbol"&&(e.prototype[Symbol.iterator]=function(){return this});g.prototype.run=function(r,s){if(!this.db)throw"Database closed";if(s){r=this.Lb(r,s);try{r.step()}finally{r.jb()}}else{r=ea(r);try{this.handleError(x(this.db,r,0,0,i))}finally{Re(r)}}return this};g.prototype.exec=function(r,s,o){if(!this.db)throw"Database closed";var u=Ce(),f=null,v=null,h=null;try{h=v=ea(r);var w=Te(4);for(r=[];y(h,"i8")!==0;){oa(i);oa(w);this.handleError(E(this.db,h,-1,i,w));var x=y(i,"i32");h=y(w,"i32");if(x!==0){var _=null;f=new c(x,this);for(s!=null&&f.bind(s);f.step();)_===null&&(_={columns:f.Ib(),values:[]},r.push(_)),_.values.push(f.get(null,o));f.jb()}}return r}catch(r){throw f&&f.jb(),r}finally{v&&Re(v),Ie(u)}};g.prototype.lc=function(r,i,s,o,u){typeof i==="function"&&(o=s,s=i,i=void 0);r=this.Lb(r,i);try{for(;r.step();)s(r.Tb(null,u))}finally{r.jb()}if(typeof o==="function")return o()};g.prototype.Lb=function(r,s){r=ea(r);try{oa(i),this.handleError(E(this.db,r,-1,i,0))}finally{Re(r)}r=y(i,"i32");if(r===0)throw"Nothing to prepare";var o=new c(r,this);s!=null&&o.bind(s);return this.Bb[r]=o};g.prototype.wc=function(r){return new e(r,this)};g.prototype.nc=function(){if(!this.db)throw Error("Database closed");var r=this.filename+"_export";fa(r,[]);var s=0,v=0;try{var x=B(r).node,_=null,S=x.Qa.write;x.Qa=Object.create(x.Qa);x.Qa.write=function(r,i,s,o,u){if(_===null)return S(r,i,s,o,u);x.Ua.set(i.subarray(s,s+o),u);x.Wa=Math.max(x.Wa,u+o);return o};var M=o(r,i);s=y(i,"i32");if(M!==0)throw Error(D(s));v=f(s,"main",this.db,"main");if(v===0)throw Error(D(s));M=h(v,0);if(M===0){var E=this.exec("PRAGMA main.page_count; PRAGMA main.page_size");_=new Uint8Array(E[0].values[0][0]*E[1].values[0][0]);x.Ua=_;M=h(v,-1)}if(M===5||M===6)throw Error("Unable to export: SQLite is busy or locked. Finish active write transactions before exporting.");if(M!==101)throw Error(D(s));M=w(v);v=0;if(M!==0)throw Error(D(s));M=u(s);if(M!==0)throw Error(D(s));s=0;_=new Uint8Array(x.Ua.buffer,x.Ua.byteOffset,x.Wa);_.length>0&&(_[18]=1,_[19]=1);return _}finally{v!==0&&w(v),s!==0&&u(s),qa("/"+r)}};g.prototype.close=function(){this.db!==null&&(Object.values(this.Bb).forEach(function(r){r.jb()}),this.ab.forEach(t),this.ab.clear(),this.lb&&(ja(this.lb),this.lb=void 0),this.handleError(u(this.db)),qa("/"+this.filename),this.db=null)};g.prototype.handleError=function(r){if(r===0)return null;r=D(this.db);throw Error(r)};g.prototype.sc=function(){return _(this.db)};g.prototype.jc=function(r,i){var s=m(r,i.length);this.ab.has(s)&&(t(this.ab.get(s)),this.ab.delete(s));var o=ra(function(r,s,o){s=d(s,o);try{var u=i.apply(null,s)}catch(i){a(r,i);return}b(r,u)},"viii");this.ab.set(s,[o]);this.handleError(K(this.db,r,i.length,1,0,o,0,0,0));return this};g.prototype.hc=function(r,i){function p(r){f.has(r)||f.set(r,s());return f.get(r)}var s=i.init||function(){return null},o=i.finalize||function(r){return r},u=i.step;if(!u)throw"An aggregate function must have a step function in "+r;var f=new Map;i=m(r,u.length-1);this.ab.has(i)&&(t(this.ab.get(i)),this.ab.delete(i));var v=ra(function(r,i,s){var o=ce(r,1),v=p(o);i=d(i,s);v=[v].concat(i);try{f.set(o,u.apply(null,v))}catch(i){f.delete(o),a(r,i)}},"viii"),h=ra(function(r){var i=ce(r,1);try{var s=o(p(i))}catch(s){f.delete(i);a(r,s);return}b(r,s);f.delete(i)},"vi");this.ab.set(i,[v,h]);this.handleError(K(this.db,r,u.length-1,1,0,0,v,h,0));return this};g.prototype.Dc=function(r){this.lb&&(ve(this.db,0,0),ja(this.lb),this.lb=void 0);if(!r)return this;this.lb=ra(function(i,s,o,u,f){switch(s){case 18:i="insert";break;case 23:i="update";break;case 9:i="delete";break;default:throw"unknown operationCode in updateHook callback: "+s}o=A(o);u=A(u);if(f>Number.MAX_SAFE_INTEGER)throw"rowId too big to fit inside a Number";r(i,o,u,Number(f))},"viiiij");ve(this.db,this.lb,0);return this};c.prototype.bind=c.prototype.bind;c.prototype.step=c.prototype.step;c.prototype.get=c.prototype.get;c.prototype.getColumnNames=c.prototype.Ib;c.prototype.getAsObject=c.prototype.Tb;c.prototype.getSQL=c.prototype.tc;c.prototype.getNormalizedSQL=c.prototype.qc;c.prototype.run=c.prototype.run;c.prototype.reset=c.prototype.reset;c.prototype.freemem=c.prototype.Hb;c.prototype.free=c.prototype.jb;e.prototype.next=e.prototype.next;e.prototype.getRemainingSQL=e.prototype.rc;g.prototype.run=g.prototype.run;g.prototype.exec=g.prototype.exec;g.prototype.each=g.prototype.lc;g.prototype.prepare=g.prototype.Lb;g.prototype.iterateStatements=g.prototype.wc;g.prototype["export"]=g.prototype.nc;g.prototype.close=g.prototype.close;g.prototype.handleError=g.prototype.handleError;g.prototype.getRowsModified=g.prototype.sc;g.prototype.create_function=g.prototype.jc;g.prototype.create_aggregate=g.prototype.hc;g.prototype.updateHook=g.prototype.Dc;v.Database=g};var x="./this.program",_=globalThis.document?.currentScript?.src;w&&(_=self.location.href);var S="",M,E;if(h||w){try{S=new URL(".",_).href}catch{}w&&(E=r=>{var i=new XMLHttpRequest;i.open("GET",r,!1);i.responseType="arraybuffer";i.send(null);return new Uint8Array(i.response)});M=async r=>{r=await fetch(r,{credentials:"same-origin"});if(r.ok)return r.arrayBuffer();throw Error(r.status+" : "+r.url)}}var k=console.log.bind(console),N=console.error.bind(console),$,I=!1,T;function Ca(){if(!q?.buffer?.resizable){var r=qe.buffer;q=new Int8Array(r);de=new Int16Array(r);j=new Uint8Array(r);ce=new Int32Array(r);ve=new Uint32Array(r);xe=new Float32Array(r);_e=new Float64Array(r);fe=new BigInt64Array(r)}}function Ha(){var r=v.preRun;r&&(typeof r==="function"&&(r=[r]),O.push(...r));for(r=O;r.length>0;)r.shift()(v)}function Ja(){var r=v.postRun;r&&(typeof r==="function"&&(r=[r]),D.push(...r));for(r=D;r.length>0;)r.shift()(v)}function La(r){v.onAbort?.(r);r=`Aborted(${r})`;N(r);I=!0;throw new WebAssembly.RuntimeError(r+". Build with -sASSERTIONS for more info.")}var C;async function Na(r){if(!$)try{return await M(r)}catch{}if(r==C&&$)r=new Uint8Array($);else if(E)r=E(r);else throw"both async and sync fetching of the wasm failed";return r}async function Qa(r,i){try{var s=await Na(r);return await WebAssembly.instantiate(s,i)}catch(r){N(`failed to asynchronously prepare wasm: ${r}`),La(r)}}async function Sa(r){var i=C;if(!$)try{var s=fetch(i,{credentials:"same-origin"});return await WebAssembly.instantiateStreaming(s,r)}catch(r){N(`wasm streaming compile failed: ${r}`),N("falling back to ArrayBuffer instantiation")}return Qa(i,r)}class Ta{name="ExitStatus";constructor(r){this.message=`Program terminated with exit(${r})`;this.status=r}}var q,D=[],O=[],F=!0,j,U=new TextDecoder,Wa=(r,i,s,o)=>{s=i+s;if(o)return s;for(;r[i]&&!(i>=s);)++i;return i},A=(r,i,s)=>r?U.decode(j.subarray(r,Wa(j,r,i,s))):"",Xa=(r,i)=>{for(var s=0,o=r.length-1;o>=0;o--){var u=r[o];u==="."?r.splice(o,1):u===".."?(r.splice(o,1),s++):s&&(r.splice(o,1),s--)}if(i)for(;s;s--)r.unshift("..");return r},Ya=r=>{var i=r.charAt(0)==="/",s=r.slice(-1)==="/";(r=Xa(r.split("/").filter(r=>!!r),!i).join("/"))||i||(r=".");r&&s&&(r+="/");return(i?"/":"")+r},Za=r=>{var i=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/.exec(r).slice(1);r=i[0];i=i[1];if(!r&&!i)return".";i&&=i.slice(0,-1);return r+i},$a=r=>r&&r.match(/([^\/]+|\/)\/*$/)[1],ab=(...r)=>{for(var i="",s=!1,o=r.length-1;o>=-1&&!s;o--){s=o>=0?r[o]:"/";if(typeof s!=="string")throw new TypeError("Arguments to path.resolve must be strings");if(!s)return"";i=s+"/"+i;s=s.charAt(0)==="/"}i=Xa(i.split("/").filter(r=>!!r),!s).join("/");return(s?"/":"")+i||"."},l=r=>{for(var i=0,s=0;s<r.length;++s){var o=r.codePointAt(s);o<=127?i++:o<=2047?i+=2:o<=65535?i+=3:(i+=4,s++)}return i},L=(r,i,s,o)=>{if(!(o>0))return 0;var u=s;o=s+o-1;for(var f=0;f<r.length;++f){var v=r.codePointAt(f);if(v<=127){if(s>=o)break;i[s++]=v}else if(v<=2047){if(s+1>=o)break;i[s++]=192|v>>6;i[s++]=128|v&63}else if(v<=65535){if(s+2>=o)break;i[s++]=224|v>>12;i[s++]=128|v>>6&63;i[s++]=128|v&63}else{if(s+3>=o)break;i[s++]=240|v>>18;i[s++]=128|v>>12&63;i[s++]=128|v>>6&63;i[s++]=128|v&63;f++}}i[s]=0;return s-u},bb=r=>{var i=Array(l(r)+1);r=L(r,i,0,i.length);i.length=r;return i},cb=(r,i)=>{var s=0;r&&(s|=365);i&&(s|=146);return s},z={cb:null,hb(){return z.createNode(null,"/",16895,0)},createNode(r,i,s,o){if((s&61440)===24576||(s&61440)===4096)throw new ie(63);z.cb||(z.cb={dir:{node:{$a:z.Ra.$a,eb:z.Ra.eb,rb:z.Ra.rb,wb:z.Ra.wb,Zb:z.Ra.Zb,Db:z.Ra.Db,Ab:z.Ra.Ab,Nb:z.Ra.Nb,Cb:z.Ra.Cb},stream:{bb:z.Qa.bb}},file:{node:{$a:z.Ra.$a,eb:z.Ra.eb},stream:{bb:z.Qa.bb,read:z.Qa.read,write:z.Qa.write,xb:z.Qa.xb,yb:z.Qa.yb}},link:{node:{$a:z.Ra.$a,eb:z.Ra.eb,kb:z.Ra.kb},stream:{}},Rb:{node:{$a:z.Ra.$a,eb:z.Ra.eb},stream:le}});s=eb(r,i,s,o);P(s.mode)?(s.Ra=z.cb.dir.node,s.Qa=z.cb.dir.stream,s.Ua={}):(s.mode&61440)===32768?(s.Ra=z.cb.file.node,s.Qa=z.cb.file.stream,s.Wa=0,s.Ua=z.mc??(z.mc=new Uint8Array(0))):(s.mode&61440)===40960?(s.Ra=z.cb.link.node,s.Qa=z.cb.link.stream):(s.mode&61440)===8192&&(s.Ra=z.cb.Rb.node,s.Qa=z.cb.Rb.stream);s.gb=s.Ya=s.Xa=Date.now();r&&(r.Ua[i]=s,r.gb=r.Ya=r.Xa=s.gb);return s},Ra:{$a(r){var i={};i.kc=(r.mode&61440)===8192?r.id:1;i.vc=r.id;i.mode=r.mode;i.yc=1;i.uid=0;i.uc=0;i.sb=r.sb;P(r.mode)?i.size=4096:(r.mode&61440)===32768?i.size=r.Wa:(r.mode&61440)===40960?i.size=r.link.length:i.size=0;i.gb=new Date(r.gb);i.Ya=new Date(r.Ya);i.Xa=new Date(r.Xa);i.ec=4096;i.fc=Math.ceil(i.size/i.ec);return i},eb(r,i){for(var s of["mode","atime","mtime","ctime"])i[s]!=null&&(r[s]=i[s]);i.size!==void 0&&(i=i.size,r.Wa!=i&&(s=r.Ua,r.Ua=new Uint8Array(i),r.Ua.set(s.subarray(0,Math.min(i,r.Wa))),r.Wa=i))},rb(){z.Fb||(z.Fb=new ie(44),z.Fb.stack="<generic error, no stack>");throw z.Fb},wb(r,i,s,o){return z.createNode(r,i,s,o)},Zb(r,i,s){try{var o=fb(i,s)}catch(r){}if(o&&P(r.mode))for(var u in o.Ua)throw new ie(55);delete r.parent.Ua[r.name];i.Ua[s]=r;r.name=s;i.Xa=i.Ya=r.parent.Xa=r.parent.Ya=Date.now()},Db(r,i){delete r.Ua[i];r.Xa=r.Ya=Date.now()},Ab(r,i){var s=fb(r,i),o;for(o in s.Ua)throw new ie(55);delete r.Ua[i];r.Xa=r.Ya=Date.now()},Nb(r){return[".","..",...Object.keys(r.Ua)]},Cb(r,i,s){r=z.createNode(r,i,41471,0);r.link=s;return r},kb(r){if((r.mode&61440)!==40960)throw new ie(28);return r.link}},Qa:{read(r,i,s,o,u){if(u>=r.node.Wa)return 0;o=Math.min(r.node.Wa-u,o);i.set(r.node.Ua.subarray(u,u+o),s);return o},write(r,i,s,o,u,f){i.buffer===q.buffer&&(f=!1);if(!o)return 0;r=r.node;r.Ya=r.Xa=Date.now();if(f)r.Ua=i.subarray(s,s+o),r.Wa=o;else if(r.Wa||u){f=u+o;var v=r.Ua.length;v>=f||(f=Math.max(f,v*(v<1048576?2:1.125)>>>0),v&&(f=Math.max(f,256)),v=r.Ua.subarray(0,r.Wa),r.Ua=new Uint8Array(f),r.Ua.set(v));r.Ua.set(i.subarray(s,s+o),u);r.Wa=Math.max(r.Wa,u+o)}else r.Ua=i.slice(s,s+o),r.Wa=o;return o},bb(r,i,s){s===1?i+=r.position:s===2&&(r.node.mode&61440)===32768&&(i+=r.node.Wa);if(i<0)throw new ie(28);return i},xb(r,i,s,o,u){if((r.node.mode&61440)!==32768)throw new ie(43);r=r.node.Ua;if(u&2||r.buffer!==q.buffer){u=!0;o=Math.ceil(i/65536)*65536;var f=Ae(65536,o);f&&j.fill(0,f,f+o);o=f;if(!o)throw new ie(48);if(r){if(s>0||s+i<r.length)r=r.subarray?r.subarray(s,s+i):r.slice(s,s+i);q.set(r,o)}}else u=!1,o=r.byteOffset;return{Bc:o,$b:u}},yb(r,i,s,o){z.Qa.write(r,i,0,o,s,!1);return 0}}},V=[],ib=r=>{var i=Wa(r,0);return U.decode(r.buffer?r.subarray(0,i):new Uint8Array(r.slice(0,i)))},G=[];function kb(r,i){G[r]={input:[],output:[],pb:i};lb(r,H)}var H={open(r){var i=G[r.node.sb];if(!i)throw new ie(43);r.Za=i;r.seekable=!1},close(r){r.Za.pb.qb(r.Za)},qb(r){r.Za.pb.qb(r.Za)},read(r,i,s,o){if(!r.Za||!r.Za.pb.Wb)throw new ie(60);for(var u=0,f=0;f<o;f++){try{var v=r.Za.pb.Wb(r.Za)}catch(r){throw new ie(29)}if(v===void 0&&!u)throw new ie(6);if(v===null||v===void 0)break;u++;i[s+f]=v;if(v===10)break}u&&(r.node.gb=Date.now());return u},write(r,i,s,o){if(!r.Za||!r.Za.pb.Mb)throw new ie(60);try{for(var u=0;u<o;u++)r.Za.pb.Mb(r.Za,i[s+u])}catch(r){throw new ie(29)}o&&(r.node.Ya=r.node.Xa=Date.now());return u}},Q={Wb(){e:{if(!V.length){var r=null;globalThis.window?.prompt&&(r=window.prompt("Input: "),r!==null&&(r+="\n"));if(!r){r=null;break e}V=bb(r)}r=V.shift()}return r},Mb(r,i){i===null||i===10?(k(ib(r.output)),r.output=[]):i!=0&&r.output.push(i)},qb(r){r.output?.length>0&&(k(ib(r.output)),r.output=[])},Kc(){return{Gc:25856,Ic:5,Fc:191,Hc:35387,Ec:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},Lc(){return 0},Mc(){return[24,80]}},J={Mb(r,i){i===null||i===10?(N(ib(r.output)),r.output=[]):i!=0&&r.output.push(i)},qb(r){r.output?.length>0&&(N(ib(r.output)),r.output=[])}},xb=()=>r=>(crypto.getRandomValues(r),0),yb=r=>(yb=xb())(r),Y=null,K={},Z=[],ee=1,re=[],te=!1,ne=!0,ae={},ie=class{name="ErrnoError";constructor(r){this.Sa=r}},se=class{shared={};node=null;get flags(){return this.shared.flags}set flags(r){this.shared.flags=r}get position(){return this.shared.position}set position(r){this.shared.position=r}},oe=class{Ra={};Qa={};nb=null;constructor(r,i,s,o){r||=this;this.parent=r;this.hb=r.hb;this.id=ee++;this.name=i;this.mode=s;this.sb=o;this.gb=this.Ya=this.Xa=Date.now()}get read(){return(this.mode&365)===365}set read(r){r?this.mode|=365:this.mode&=-366}get write(){return(this.mode&146)===146}set write(r){r?this.mode|=146:this.mode&=-147}Ac(){}};function B(r,i={}){if(!r)throw new ie(44);i.Gb??(i.Gb=!0);r.charAt(0)==="/"||(r="//"+r);var s=0;e:for(;s<40;s++){r=r.split("/").filter(r=>!!r);for(var o=Y,u="/",f=0;f<r.length;f++){var v=f===r.length-1;if(v&&i.parent)break;if(r[f]!==".")if(r[f]==="..")if(u=Za(u),o===o.parent){r=u+"/"+r.slice(f+1).join("/");s--;continue e}else o=o.parent;else{u=Ya(u+"/"+r[f]);try{o=fb(o,r[f])}catch(r){if(r?.Sa===44&&v&&i.zc)return{path:u};throw r}!o.nb||v&&!i.Gb||(o=o.nb.root);if((o.mode&61440)===40960&&(!v||i.mb)){if(!o.Ra.kb)throw new ie(52);o=o.Ra.kb(o);o.charAt(0)==="/"||(o=Za(u)+"/"+o);r=o+"/"+r.slice(f+1).join("/");continue e}}}return{path:u,node:o}}throw new ie(32)}function Ib(r){for(var i;;){if(r===r.parent)return r=r.hb.Yb,i?r[r.length-1]!=="/"?`${r}/${i}`:r+i:r;i=i?`${r.name}/${i}`:r.name;r=r.parent}}function Jb(r,i){for(var s=0,o=0;o<i.length;o++)s=(s<<5)-s+i.charCodeAt(o)|0;return(r+s>>>0)%re.length}function Kb(r){var i=Jb(r.parent.id,r.name);if(re[i]===r)re[i]=r.ob;else for(i=re[i];i;){if(i.ob===r){i.ob=r.ob;break}i=i.ob}}function fb(r,i){var s=P(r.mode)?(s=Lb(r,"x"))?s:r.Ra.rb?0:2:54;if(s)throw new ie(s);for(s=re[Jb(r.id,i)];s;s=s.ob){var o=s.name;if(s.parent.id===r.id&&o===i)return s}return r.Ra.rb(r,i)}function eb(r,i,s,o){r=new oe(r,i,s,o);i=Jb(r.parent.id,r.name);r.ob=re[i];return re[i]=r}function P(r){return(r&61440)===16384}function Lb(r,i){return ne?0:i.includes("r")&&!(r.mode&292)||i.includes("w")&&!(r.mode&146)||i.includes("x")&&!(r.mode&73)?2:0}function Mb(r,i){if(!P(r.mode))return 54;try{return fb(r,i),20}catch(r){}return Lb(r,"wx")}function Nb(r,i,s){try{var o=fb(r,i)}catch(r){return r.Sa}if(r=Lb(r,"wx"))return r;if(s){if(!P(o.mode))return 54;if(o===o.parent||Ib(o)==="/")return 10}else if(P(o.mode))return 31;return 0}function Ob(r){if(!r)throw new ie(63);return r}function R(r){r=Z[r];if(!r)throw new ie(8);return r}function Pb(r,i=-1){r=Object.assign(new se,r);if(i==-1)e:{for(i=0;i<=4096;i++)if(!Z[i])break e;throw new ie(33)}r.ib=i;return Z[i]=r}function Qb(r,i=-1){r=Pb(r,i);r.Qa?.Jc?.(r);return r}function Rb(r,i,s){var o=r?.Qa.eb;r=o?r:i;o??=i.Ra.eb;Ob(o);try{o(r,s)}catch(r){if(r instanceof RangeError)throw new ie(22);throw r}}var le={open(r){r.Qa=K[r.node.sb].Qa;r.Qa.open?.(r)},bb(){throw new ie(70)}};function lb(r,i){K[r]={Qa:i}}function Sb(r,i){var s=i==="/";if(s&&Y)throw new ie(10);if(!s&&i){var o=B(i,{Gb:!1});i=o.path;o=o.node;if(o.nb)throw new ie(10);if(!P(o.mode))throw new ie(54)}i={type:r,Nc:{},Yb:i,xc:[]};r=r.hb(i);r.hb=i;i.root=r;s?Y=r:o&&(o.nb=i,o.hb&&o.hb.xc.push(i))}function Tb(r,i,s){var o=B(r,{parent:!0}).node;r=$a(r);if(!r)throw new ie(28);if(r==="."||r==="..")throw new ie(20);var u=Mb(o,r);if(u)throw new ie(u);if(!o.Ra.wb)throw new ie(63);return o.Ra.wb(o,r,i,s)}function Ub(r,i=438){return Tb(r,i&4095|32768,0)}function W(r,i=511){return Tb(r,i&1023|16384,0)}function Vb(r,i,s){typeof s==="undefined"&&(s=i,i=438);Tb(r,i|8192,s)}function Wb(r,i){if(!ab(r))throw new ie(44);var s=B(i,{parent:!0}).node;if(!s)throw new ie(44);i=$a(i);var o=Mb(s,i);if(o)throw new ie(o);if(!s.Ra.Cb)throw new ie(63);s.Ra.Cb(s,i,r)}function Xb(r){var i=B(r,{parent:!0}).node;r=$a(r);var s=fb(i,r),o=Nb(i,r,!0);if(o)throw new ie(o);if(!i.Ra.Ab)throw new ie(63);if(s.nb)throw new ie(10);i.Ra.Ab(i,r);Kb(s)}function qa(r){var i=B(r,{parent:!0}).node;if(!i)throw new ie(44);r=$a(r);var s=fb(i,r),o=Nb(i,r,!1);if(o)throw new ie(o);if(!i.Ra.Db)throw new ie(63);if(s.nb)throw new ie(10);i.Ra.Db(i,r);Kb(s)}function Yb(r,i=!1){r=B(r,{mb:!i}).node;return Ob(r.Ra.$a)(r)}function Zb(r,i,s){Rb(r,i,{mode:s&4095|i.mode&-4096,Xa:Date.now(),Sb:!1})}function $b(r,i){r=typeof r==="string"?B(r,{mb:!0}).node:r;Zb(null,r,i)}function ac(r,i,s){if(P(i.mode))throw new ie(31);if((i.mode&61440)!==32768)throw new ie(28);var o=Lb(i,"w");if(o)throw new ie(o);Rb(r,i,{size:s,timestamp:Date.now()})}function bc(r,i,s,o=!1){r=B(r,{mb:!o});Rb(null,r.node,{gb:i,Ya:s,Sb:o})}function cc(r,i,s=438){if(r==="")throw new ie(44);if(typeof i==="string"){var o={r:0,"r+":2,w:577,"w+":578,a:1089,"a+":1090}[i];if(typeof o==="undefined")throw Error(`Unknown file open mode: ${i}`);i=o}s=i&64?s&4095|32768:0;if(typeof r==="object")o=r;else{var u=r.endsWith("/");r=B(r,{mb:!(i&131072),zc:!0});o=r.node;r=r.path}var f=!1;if(i&64)if(o){if(i&128)throw new ie(20)}else{if(u)throw new ie(31);o=Tb(r,s|511,0);f=!0}if(!o)throw new ie(44);(o.mode&61440)===8192&&(i&=-513);if(i&65536&&!P(o.mode))throw new ie(54);if(!f&&(o?(o.mode&61440)===40960?u=32:(u=["r","w","rw"][i&3],i&512&&(u+="w"),u=P(o.mode)&&(u!=="r"||i&576)?31:Lb(o,u)):u=44,u))throw new ie(u);i&512&&!f&&(u=o,u=typeof u==="string"?B(u,{mb:!0}).node:u,ac(null,u,0));i&=-131713;u=Pb({node:o,path:Ib(o),flags:i,seekable:!0,position:0,Qa:o.Qa,Cc:[],error:!1});u.Qa.open&&u.Qa.open(u);f&&$b(o,s&511);!v.logReadFiles||i&1||r in ae||(ae[r]=1,N(`read file: ${r}`));return u}function dc(r){if(r.ib===null)throw new ie(8);r.Jb&&(r.Jb=null);r.node?.Ac();try{r.Qa.close&&r.Qa.close(r)}catch(r){throw r}finally{Z[r.ib]=null}r.ib=null}function ec(r,i,s){if(r.ib===null)throw new ie(8);if(!r.seekable||!r.Qa.bb)throw new ie(70);if(s!=0&&s!=1&&s!=2)throw new ie(28);r.position=r.Qa.bb(r,i,s);r.Cc=[]}function fc(r,i,s,o,u){if(o<0||u<0)throw new ie(28);if(r.ib===null)throw new ie(8);if((r.flags&2097155)===0)throw new ie(8);if(P(r.node.mode))throw new ie(31);if(!r.Qa.write)throw new ie(28);r.seekable&&r.flags&1024&&ec(r,0,2);var f=typeof u!=="undefined";if(!f)u=r.position;else if(!r.seekable)throw new ie(70);i=r.Qa.write(r,i,s,o,u,void 0);f||(r.position+=i);return i}function hc(){var r,i,s;te=!0;r??=v.stdin;i??=v.stdout;s??=v.stderr;r?X("stdin",r):Wb("/dev/tty","/dev/stdin");i?X("stdout",null,i):Wb("/dev/tty","/dev/stdout");s?X("stderr",null,s):Wb("/dev/tty1","/dev/stderr");cc("/dev/stdin",0);cc("/dev/stdout",1);cc("/dev/stderr",1)}function fa(r,i){var s="/",o=r;s&&(s=typeof s==="string"?s:Ib(s),o=r?Ya(s+"/"+r):s);r=cb(!0,!0);o=Ub(o,r);i&&(typeof i==="string"&&(i=bb(i)),i.subarray||(i=new Uint8Array(i)),$b(o,r|146),s=cc(o,577),fc(s,i,0,i.length,0),dc(s),$b(o,r))}function X(r,i,s){r=Ya("/dev/"+r);var o=cb(!!i,!!s);X.Xb??(X.Xb=64);var u=X.Xb++<<8|0;lb(u,{open(r){r.seekable=!1},close(){s?.buffer?.length&&s(10)},read(r,s,o,u){for(var f=0,v=0;v<u;v++){try{var h=i()}catch(r){throw new ie(29)}if(h===void 0&&!f)throw new ie(6);if(h===null||h===void 0)break;f++;s[o+v]=h}f&&(r.node.gb=Date.now());return f},write(r,i,o,u){for(var f=0;f<u;f++)try{s(i[o+f])}catch(r){throw new ie(29)}u&&(r.node.Ya=r.node.Xa=Date.now());return f}});Vb(r,o,u)}var ue={},ce,fe,ve;function Ic(r,i,s=!1){if(i.charAt(0)==="/")return i;r=r===-100?"/":R(r).path;if(i.length==0){if(!s)throw new ie(44);return r}return r+"/"+i}function Jc(r,i){ve[r>>2]=i.kc;ve[r+4>>2]=i.mode;ve[r+8>>2]=i.yc;ve[r+12>>2]=i.uid;ve[r+16>>2]=i.uc;ve[r+20>>2]=i.sb;fe[r+24>>3]=BigInt(i.size);ce[r+32>>2]=4096;ce[r+36>>2]=i.fc;var s=i.gb.getTime(),o=i.Ya.getTime(),u=i.Xa.getTime();fe[r+40>>3]=BigInt(Math.floor(s/1e3));ve[r+48>>2]=s%1e3*1e3*1e3;fe[r+56>>3]=BigInt(Math.floor(o/1e3));ve[r+64>>2]=o%1e3*1e3*1e3;fe[r+72>>3]=BigInt(Math.floor(u/1e3));ve[r+80>>2]=u%1e3*1e3*1e3;fe[r+88>>3]=BigInt(i.vc);return 0}var he=void 0,de,Lc=()=>{var r=ce[+he>>2];he+=4;return r},pe=0,me=[0,31,60,91,121,152,182,213,244,274,305,335],ge=[0,31,59,90,120,151,181,212,243,273,304,334],Pc=r=>{if(!(r instanceof Ta||r=="unwind"))throw r},Qc=r=>{T=r;F||pe>0||(v.onExit?.(r),I=!0);throw new Ta(r)},be={},we={},Uc=()=>{if(!ye){var r={USER:"web_user",LOGNAME:"web_user",PATH:"/",PWD:"/",HOME:"/home/web_user",LANG:(globalThis.navigator?.language??"C").replace("-","_")+".UTF-8",_:x},i;for(i in we)we[i]===void 0?delete r[i]:r[i]=we[i];var s=[];for(i in r)s.push(`${i}=${r[i]}`);ye=s}return ye},ye,xe,_e;function oa(r){var i="i32";i.endsWith("*")&&(i="*");switch(i){case"i1":q[r]=0;break;case"i8":q[r]=0;break;case"i16":de[r>>1]=0;break;case"i32":ce[r>>2]=0;break;case"i64":fe[r>>3]=BigInt(0);break;case"float":xe[r>>2]=0;break;case"double":_e[r>>3]=0;break;case"*":ve[r>>2]=0;break;default:La(`invalid type for setValue: ${i}`)}}function y(r,i="i8"){i.endsWith("*")&&(i="*");switch(i){case"i1":return q[r];case"i8":return q[r];case"i16":return de[r>>1];case"i32":return ce[r>>2];case"i64":return fe[r>>3];case"float":return xe[r>>2];case"double":return _e[r>>3];case"*":return ve[r>>2];default:La(`invalid type for getValue: ${i}`)}}var Vc=(r,i,s,o)=>{var u={string:r=>{var i=0;if(r!==null&&r!==void 0&&r!==0){i=l(r)+1;var s=Te(i);L(r,j,s,i);i=s}return i},array:r=>{var i=Te(r.length);q.set(r,i);return i}};r=v["_"+r];var f=[],h=0;if(o)for(var w=0;w<o.length;w++){var x=u[s[w]];x?(h||=Ce(),f[w]=x(o[w])):f[w]=o[w]}s=r(...f);return s=function(r){h&&Ie(h);return i==="string"?A(r):i==="boolean"?!!r:r}(s)},ea=r=>{var i=l(r)+1,s=Ne(i);s&&L(r,j,s,i);return s},Se=[],Me,ja=r=>{Me.delete(De.get(r));De.set(r,null);Se.push(r)},Yc=r=>{var i=r.length;return[i%128|128,i>>7,...r]},Ee={i:127,p:127,j:126,f:125,d:124,e:111},$c=r=>Yc(Array.from(r,r=>Ee[r])),ra=(r,i)=>{if(!Me){Me=new WeakMap;var s=De.length;if(Me)for(var o=0;o<0+s;o++){var u=De.get(o);u&&Me.set(u,o)}}if(s=Me.get(r)||0)return s;s=Se.length?Se.pop():De.grow(1);try{De.set(s,r)}catch(o){if(!(o instanceof TypeError))throw o;i=Uint8Array.of(0,97,115,109,1,0,0,0,1,...Yc([1,96,...$c(i.slice(1)),...$c(i[0]==="v"?"":i[0])]),2,7,1,1,101,1,102,0,0,7,5,1,1,102,0,0);i=new WebAssembly.Module(i);i=new WebAssembly.Instance(i,{e:{f:r}}).exports.f;De.set(s,i)}Me.set(r,s);return s};re.length=4096;Sb(z,"/");W("/tmp");W("/home");W("/home/web_user");(function(){W("/dev");lb(259,{read:()=>0,write:(r,i,s,o)=>o,bb:()=>0});Vb("/dev/null",259);kb(1280,Q);kb(1536,J);Vb("/dev/tty",1280);Vb("/dev/tty1",1536);var r=new Uint8Array(1024),i=0,d=()=>{i||(yb(r),i=r.byteLength);return r[--i]};X("random",d);X("urandom",d);W("/dev/shm");W("/dev/shm/tmp")})();(function(){W("/proc");var r=W("/proc/self");W("/proc/self/fd");Sb({hb(){var i=eb(r,"fd",16895,73);i.Qa={bb:z.Qa.bb};i.Ra={rb(r,i){r=+i;var s=R(r);r={parent:null,hb:{Yb:"fake"},Ra:{kb:()=>s.path},id:r+1};return r.parent=r},Nb(){return Array.from(Z.entries()).filter(([,r])=>r).map(([r])=>r.toString())}};return i}},"/proc/self/fd")})();v.noExitRuntime&&(F=v.noExitRuntime);v.print&&(k=v.print);v.printErr&&(N=v.printErr);v.wasmBinary&&($=v.wasmBinary);v.thisProgram&&(x=v.thisProgram);var ke=v.preInit;if(ke)for(typeof ke==="function"&&(v.preInit=ke=[ke]);ke.length>0;)ke.shift()();v.stackSave=()=>Ce();v.stackRestore=r=>Ie(r);v.stackAlloc=r=>Te(r);v.cwrap=(r,i,s,o)=>{var u=!s||s.every(r=>r==="number"||r==="boolean");return i!=="string"&&u&&!o?v["_"+r]:(...o)=>Vc(r,i,s,o)};v.addFunction=ra;v.removeFunction=ja;v.UTF8ToString=A;v.lengthBytesUTF8=l;v.stringToNewUTF8=ea;v.writeArrayToMemory=(r,i)=>{q.set(r,i)};var Ne,Re,Ae,$e,Ie,Te,Ce,qe,De,Oe={a:(r,i,s,o)=>La(`Assertion failed: ${A(r)}, at: `+[i?A(i):"unknown filename",s,o?A(o):"unknown function"]),i:function(r,i){try{return r=A(r),$b(r,i),0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},D:function(r,i,s){try{i=A(i);i=Ic(r,i);if(s&-8)return-28;var o=B(i,{mb:!0}).node;if(!o)return-44;r="";s&4&&(r+="r");s&2&&(r+="w");s&1&&(r+="x");return r&&Lb(o,r)?-2:0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},j:function(r,i){try{var s=R(r);Zb(s,s.node,i);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},h:function(r){try{var i=R(r);Rb(i,i.node,{timestamp:Date.now(),Sb:!1});return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},b:function(r,i,s){he=s;try{var o=R(r);switch(i){case 0:var u=Lc();if(u<0)break;for(;Z[u];)u++;return Qb(o,u).ib;case 1:case 2:return 0;case 3:return o.flags;case 4:return u=Lc(),o.flags=o.flags&-289793|u&289792,0;case 12:return u=Lc(),de[u+0>>1]=2,0;case 13:case 14:return 0}return-28}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},g:function(r,i){try{var s=R(r),o=s.node,u=s.Qa.$a;r=u?s:o;u??=o.Ra.$a;Ob(u);var f=u(r);return Jc(i,f)}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},J:function(r,i){i=i<-9007199254740992||i>9007199254740992?NaN:Number(i);try{if(isNaN(i))return-22;var s=R(r);if(i<0||(s.flags&2097155)===0)throw new ie(28);ac(s,s.node,i);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},I:function(r,i){try{if(!i)return-28;var s=l("/")+1;if(i<s)return-68;L("/",j,r,i);return s}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},F:()=>0,M:function(r,i){try{return r=A(r),Jc(i,Yb(r,!0))}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},C:function(r,i,s){try{return i=A(i),i=Ic(r,i),W(i,s&-19),0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},L:function(r,i,s,o){try{i=A(i);var u=o&256;i=Ic(r,i,o&4096);return Jc(s,u?Yb(i,!0):Yb(i))}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},x:function(r,i,s,o){he=o;try{i=A(i);i=Ic(r,i);var u=o?Lc():0;s&64&&(u&=-19);return cc(i,s,u).ib}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},s:function(r,i,s,o){try{i=A(i);i=Ic(r,i);if(o<=0)return-28;var u=B(i).node;if(!u)throw new ie(44);if(!u.Ra.kb)throw new ie(28);var f=u.Ra.kb(u);var v=Math.min(o,l(f)),h=q[s+v];L(f,j,s,o+1);q[s+v]=h;return v}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},r:function(r){try{return r=A(r),Xb(r),0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},N:function(r,i){try{return r=A(r),Jc(i,Yb(r))}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},o:function(r,i,s){try{i=A(i);i=Ic(r,i);if(s)if(s===512)Xb(i);else return-28;else qa(i);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},n:function(r,i,s,o){try{o&=256;i=A(i);i=Ic(r,i,!0);var u=Date.now();if(s){function t(r){var i=ce[r+8>>2];return i==1073741823?u:i==1073741822?null:(ve[r>>2]+ce[r+4>>2]*4294967296)*1e3+Math.floor(i/1e6)}var f=t(s);var v=t(s+16)}else v=f=u;(v??f)!==null&&bc(i,f,v,o);return 0}catch(h){if(typeof ue==="undefined"||h.name!=="ErrnoError")throw h;return-h.Sa}},w:()=>La(""),v:()=>{F=!1;pe=0},A:function(r,i){r=r<-9007199254740992||r>9007199254740992?NaN:Number(r);r=new Date(r*1e3);if(isNaN(r.getTime()))return 1;ce[i>>2]=r.getSeconds();ce[i+4>>2]=r.getMinutes();ce[i+8>>2]=r.getHours();ce[i+12>>2]=r.getDate();ce[i+16>>2]=r.getMonth();ce[i+20>>2]=r.getFullYear()-1900;ce[i+24>>2]=r.getDay();var s=r.getFullYear();ce[i+28>>2]=(s%4!==0||s%100===0&&s%400!==0?ge:me)[r.getMonth()]+r.getDate()-1|0;ce[i+36>>2]=-(r.getTimezoneOffset()*60);s=new Date(r.getFullYear(),6,1).getTimezoneOffset();var o=new Date(r.getFullYear(),0,1).getTimezoneOffset();ce[i+32>>2]=(s!=o&&r.getTimezoneOffset()==Math.min(o,s))|0;return 0},y:function(r,i,s,o,u,f,v){u=u<-9007199254740992||u>9007199254740992?NaN:Number(u);try{var h=R(o);if(i&2&&!(s&2)&&(h.flags&2097155)!==2)throw new ie(2);if((h.flags&2097155)===1)throw new ie(2);if(!h.Qa.xb)throw new ie(43);if(!r)throw new ie(28);var w=h.Qa.xb(h,r,u,i,s);var x=w.Bc;ce[f>>2]=w.$b;ve[v>>2]=x;return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},z:function(r,i,s,o,u,f){f=f<-9007199254740992||f>9007199254740992?NaN:Number(f);try{var v=R(u);if(s&2){if((v.node.mode&61440)!==32768)throw new ie(43);o&2||v.Qa.yb&&v.Qa.yb(v,j.subarray(r,r+i),f,i,o)}}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return-r.Sa}},k:(r,i)=>{be[r]&&(clearTimeout(be[r].id),delete be[r]);if(!i)return 0;var s=setTimeout(()=>{delete be[r];var i=[r,performance.now()],s=$e;if(!I)try{s(...i)}catch(r){Pc(r)}finally{if(!(F||pe>0))try{T=i=T,Qc(i)}catch(r){Pc(r)}}},i);be[r]={id:s,Oc:i};return 0},B:(r,i,s,o)=>{var u=(new Date).getFullYear(),f=new Date(u,0,1).getTimezoneOffset();u=new Date(u,6,1).getTimezoneOffset();ve[r>>2]=Math.max(f,u)*60;ce[i>>2]=Number(f!=u);i=r=>{var i=Math.abs(r);return`UTC${r>=0?"-":"+"}${String(Math.floor(i/60)).padStart(2,"0")}${String(i%60).padStart(2,"0")}`};r=i(f);i=i(u);u<f?(L(r,j,s,17),L(i,j,o,17)):(L(r,j,o,17),L(i,j,s,17))},d:()=>Date.now(),p:()=>2147483648,c:()=>performance.now(),l:r=>{var i=j.length;r>>>=0;if(r>2147483648)return!1;for(var s=1;s<=4;s*=2){var o=i*(1+.2/s);o=Math.min(o,r+100663296);e:{o=(Math.min(2147483648,Math.ceil(Math.max(r,o)/65536)*65536)-qe.buffer.byteLength+65535)/65536|0;try{qe.grow(o);Ca();var u=1;break e}catch(r){}u=void 0}if(u)return!0}return!1},G:(r,i)=>{var s=0,o=0,u;for(u of Uc()){var f=i+s;ve[r+o>>2]=f;s+=L(u,j,f,Infinity)+1;o+=4}return 0},H:(r,i)=>{var s=Uc();ve[r>>2]=s.length;r=0;for(var o of s)r+=l(o)+1;ve[i>>2]=r;return 0},e:function(r){try{var i=R(r);dc(i);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},m:function(r,i){try{var s=R(r);q[i]=s.Za?2:P(s.mode)?3:(s.mode&61440)===40960?7:4;de[i+2>>1]=0;fe[i+8>>3]=BigInt(0);fe[i+16>>3]=BigInt(0);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},t:function(r,i,s,o){try{e:{var u=R(r);r=i;for(var f,v=i=0;v<s;v++){var h=ve[r>>2],w=ve[r+4>>2];r+=8;try{var x=u,_=h,S=w,M=f,E=q;if(S<0||M<0)throw new ie(28);if(x.ib===null)throw new ie(8);if((x.flags&2097155)===1)throw new ie(8);if(P(x.node.mode))throw new ie(31);if(!x.Qa.read)throw new ie(28);var k=typeof M!=="undefined";if(!k)M=x.position;else if(!x.seekable)throw new ie(70);var N=x.Qa.read(x,E,_,S,M);k||(x.position+=N);var $=N}catch(r){if(i>0&&r instanceof ie&&(r.Sa==6||r.Sa==6))break;throw r}if($<0){var I=-1;break e}i+=$;if($<w)break;typeof f!=="undefined"&&(f+=$)}I=i}ve[o>>2]=I;return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},E:function(r,i,s,o){i=i<-9007199254740992||i>9007199254740992?NaN:Number(i);try{if(isNaN(i))return 22;var u=R(r);ec(u,i,s);fe[o>>3]=BigInt(u.position);u.Jb&&!i&&s===0&&(u.Jb=null);return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},K:function(r){try{var i=R(r);return i.Qa?.qb?.(i)}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},q:function(r,i,s,o){try{var u=R(r);r=i;if(s==1)var f=fc(u,q,ve[r>>2],ve[r+4>>2]);else{for(var v=i=0,h=r;v<s;v++,h+=8)i+=ve[h+4>>2];var w=new Uint8Array(i);for(v=h=0;v<s;v++,r+=8){var x=ve[r>>2],_=ve[r+4>>2];w.set(j.subarray(x,x+_),h);h+=_}f=fc(u,w,0,i)}ve[o>>2]=f;return 0}catch(r){if(typeof ue==="undefined"||r.name!=="ErrnoError")throw r;return r.Sa}},u:Qc,f:function(r){console.warn("sql.js: legacy function "+A(r)+"() is deprecated and will be disabled by default in the next major version. Initialize with useOldExtensionFunctions: false to use native SQLite functions. See https://github.com/sql-js/sql.js/pull/647")}};async function dd(){Ha();var r=v.setStatus;r&&(r("Running..."),await new Promise(r=>setTimeout(r,1)),setTimeout(r,1,""));I||(v.noFSInit||te||hc(),Fe.P(),ne=!1,v.onRuntimeInitialized?.(),Ja())}var Fe;(async function(){function a(r){r=Fe=r.exports;v._sqlite3_free=r.R;v._sqlite3_value_text=r.S;v._sqlite3_prepare_v2=r.T;v._sqlite3_step=r.U;v._sqlite3_reset=r.V;v._sqlite3_exec=r.W;v._sqlite3_finalize=r.X;v._sqlite3_column_name=r.Y;v._sqlite3_column_text=r.Z;v._sqlite3_column_type=r._;v._sqlite3_errmsg=r.$;v._sqlite3_backup_init=r.aa;v._sqlite3_backup_step=r.ba;v._sqlite3_backup_finish=r.ca;v._sqlite3_clear_bindings=r.da;v._sqlite3_value_blob=r.ea;v._sqlite3_value_bytes=r.fa;v._sqlite3_value_double=r.ga;v._sqlite3_value_int=r.ha;v._sqlite3_value_type=r.ia;v._sqlite3_result_blob=r.ja;v._sqlite3_result_double=r.ka;v._sqlite3_result_error=r.la;v._sqlite3_result_int=r.ma;v._sqlite3_result_int64=r.na;v._sqlite3_result_null=r.oa;v._sqlite3_result_text=r.pa;v._sqlite3_aggregate_context=r.qa;v._sqlite3_column_count=r.ra;v._sqlite3_data_count=r.sa;v._sqlite3_column_blob=r.ta;v._sqlite3_column_bytes=r.ua;v._sqlite3_column_double=r.va;v._sqlite3_bind_blob=r.wa;v._sqlite3_bind_double=r.xa;v._sqlite3_bind_int=r.ya;v._sqlite3_bind_text=r.za;v._sqlite3_bind_parameter_index=r.Aa;v._sqlite3_sql=r.Ba;v._sqlite3_normalized_sql=r.Ca;v._sqlite3_changes=r.Da;v._sqlite3_close_v2=r.Ea;v._sqlite3_create_function_v2=r.Fa;v._sqlite3_update_hook=r.Ga;v._sqlite3_open=r.Ha;Ne=v._malloc=r.Ia;Re=v._free=r.Ja;v._RegisterExtensionFunctions=r.Ka;Ae=r.La;$e=r.Ma;Ie=r.Na;Te=r.Oa;Ce=r.Pa;qe=r.O;De=r.Q;Ca();return Fe}var r={a:Oe},i=v.instantiateWasm;if(i)return new Promise(s=>{i(r,r=>s(a(r)))});C??=v.locateFile?v.locateFile("sql-wasm-browser.wasm",S):S+"sql-wasm-browser.wasm";return function(r){return a(r.instance)}(await Sa(r))})().then(()=>dd());return u});return o};if(true){r.exports=initSqlJs;r.exports["default"]=initSqlJs}else{}},9896:i=>{i.exports=r(import.meta.url)("fs")},9278:i=>{i.exports=r(import.meta.url)("net")},2018:i=>{i.exports=r(import.meta.url)("tty")},9023:i=>{i.exports=r(import.meta.url)("util")},7994:r=>{r.exports=JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]")}};var s={};function __nccwpck_require__(r){var o=s[r];if(o!==undefined){return o.exports}var u=s[r]={id:r,loaded:false,exports:{}};var f=true;try{i[r](u,u.exports,__nccwpck_require__);f=false}finally{if(f)delete s[r]}u.loaded=true;return u.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{__nccwpck_require__.n=r=>{var i=r&&r.__esModule?()=>r["default"]:()=>r;__nccwpck_require__.d(i,{a:i});return i}})();(()=>{__nccwpck_require__.d=(r,i)=>{for(var s in i){if(__nccwpck_require__.o(i,s)&&!__nccwpck_require__.o(r,s)){Object.defineProperty(r,s,{enumerable:true,get:i[s]})}}}})();(()=>{__nccwpck_require__.o=(r,i)=>Object.prototype.hasOwnProperty.call(r,i)})();(()=>{__nccwpck_require__.nmd=r=>{r.paths=[];if(!r.children)r.children=[];return r}})();var o={};__nccwpck_require__.d(o,{X:()=>serveRequest});const u=r(import.meta.url)("node:worker_threads");const f=["quality_score","accuracy","latency_ms","success","cost_eur","total_tokens"];const v=["welch_t","mann_whitney_u","fisher_exact"];const h=["paired_t","wilcoxon_signed_rank","mcnemar_exact"];const w=[...v,...h,"day_level_t"];const x={welch_t:"paired_t",mann_whitney_u:"wilcoxon_signed_rank",fisher_exact:"mcnemar_exact"};const _={quality_score:{metric:"quality_score",label:"Quality",better:"higher",test:"welch_t",center:"mean",threshold:"relative",defaultThreshold:.1},accuracy:{metric:"accuracy",label:"Accuracy",better:"higher",test:"welch_t",center:"mean",threshold:"relative",defaultThreshold:.1},latency_ms:{metric:"latency_ms",label:"Latency",better:"lower",test:"mann_whitney_u",center:"median",threshold:"relative",defaultThreshold:.3},success:{metric:"success",label:"Success rate",better:"higher",test:"fisher_exact",center:"rate",threshold:"points",defaultThreshold:.05},cost_eur:{metric:"cost_eur",label:"Cost",better:"lower",test:"welch_t",center:"mean",threshold:"relative",defaultThreshold:.2},total_tokens:{metric:"total_tokens",label:"Tokens",better:"lower",test:"welch_t",center:"mean",threshold:"relative",defaultThreshold:.2}};const S=Object.fromEntries(f.map(r=>[r,_[r].defaultThreshold]));function isMetric(r){return f.includes(r)}const M=36e5;const E=24*M;function dayNumber(r){return Math.round(Date.parse(`${r}T00:00:00Z`)/E)}const k=/(?:[zZ]|[+-]\d{2}:?\d{2})$/;function parseInstant(r){const i=r.trim().replace(" ","T");const s=k.test(i)||!i.includes("T")?i:`${i}Z`;return Date.parse(s)}function toIso(r){return new Date(r).toISOString()}function daysBetween(r,i){if(r===null||i===null)return null;const s=(parseInstant(i)-parseInstant(r))/E;return Number.isFinite(s)?s:null}function addToMean(r,i,s){return r+(s-r)/(i+1)}function chunk(r,i){var s=[];if(i<1){throw new Error("chunk size must be a positive number")}if(Math.floor(i)!==i){throw new Error("chunk size must be an integer")}for(var o=0;o<r.length;o+=i){s.push(r.slice(o,o+i))}return s}function makeMatrix(r,i){var s=[];for(var o=0;o<r;o++){var u=[];for(var f=0;f<i;f++){u.push(0)}s.push(u)}return s}function numericSort(r){return r.slice().sort(function(r,i){return r-i})}function uniqueCountSorted(r){var i=0;var s;for(var o=0;o<r.length;o++){if(o===0||r[o]!==s){s=r[o];i++}}return i}function ssq(r,i,s,o){var u;if(r>0){var f=(s[i]-s[r-1])/(i-r+1);u=o[i]-o[r-1]-(i-r+1)*f*f}else{u=o[i]-s[i]*s[i]/(i+1)}if(u<0){return 0}return u}function fillMatrixColumn(r,i,s,o,u,f,v){if(r>i){return}var h=Math.floor((r+i)/2);o[s][h]=o[s-1][h-1];u[s][h]=h;var w=s;if(r>s){w=Math.max(w,u[s][r-1]||0)}w=Math.max(w,u[s-1][h]||0);var x=h-1;if(i<o[0].length-1){x=Math.min(x,u[s][i+1]||0)}var _;var S;var M;var E;for(var k=x;k>=w;--k){_=ssq(k,h,f,v);if(_+o[s-1][w-1]>=o[s][h]){break}S=ssq(w,h,f,v);M=S+o[s-1][w-1];if(M<o[s][h]){o[s][h]=M;u[s][h]=w}w++;E=_+o[s-1][k-1];if(E<o[s][h]){o[s][h]=E;u[s][h]=k}}fillMatrixColumn(r,h-1,s,o,u,f,v);fillMatrixColumn(h+1,i,s,o,u,f,v)}function fillMatrices(r,i,s){var o=i[0].length;var u=r[Math.floor(o/2)];var f=[];var v=[];for(var h=0,w=void 0;h<o;++h){w=r[h]-u;if(h===0){f.push(w);v.push(w*w)}else{f.push(f[h-1]+w);v.push(v[h-1]+w*w)}i[0][h]=ssq(0,h,f,v);s[0][h]=0}var x;for(var _=1;_<i.length;++_){if(_<i.length-1){x=_}else{x=o-1}fillMatrixColumn(x,o-1,_,i,s,f,v)}}function ckmeans(r,i){if(i>r.length){throw new Error("cannot generate more classes than there are data values")}var s=numericSort(r);var o=uniqueCountSorted(s);if(o===1){return[s]}var u=makeMatrix(i,s.length);var f=makeMatrix(i,s.length);fillMatrices(s,u,f);var v=[];var h=f[0].length-1;for(var w=f.length-1;w>=0;w--){var x=f[w][h];v[w]=s.slice(x,h+1);if(w>0){h=x-1}}return v}function sum(r){if(r.length===0){return 0}var i=r[0];var s=0;var o;if(typeof i!=="number"){return Number.NaN}for(var u=1;u<r.length;u++){if(typeof r[u]!=="number"){return Number.NaN}o=i+r[u];if(Math.abs(i)>=Math.abs(r[u])){s+=i-o+r[u]}else{s+=r[u]-o+i}i=o}return i+s}function mean(r){if(r.length===0){throw new Error("mean requires at least one data point")}return sum(r)/r.length}function sumNthPowerDeviations(r,i){var s=mean(r);var o=0;var u;var f;if(i===2){for(f=0;f<r.length;f++){u=r[f]-s;o+=u*u}}else{for(f=0;f<r.length;f++){o+=Math.pow(r[f]-s,i)}}return o}function sampleVariance(r){if(r.length<2){throw new Error("sampleVariance requires at least two data points")}var i=sumNthPowerDeviations(r,2);var s=r.length-1;return i/s}function sampleStandardDeviation(r){var i=sampleVariance(r);return Math.sqrt(i)}function coefficientOfVariation(r){return sampleStandardDeviation(r)/mean(r)}function combinations(r,i){if(i===0){return[[]]}var s;var o;var u=[];var f;var v;for(s=0;s<r.length;s++){if(i===1){u.push([r[s]])}else{f=combinations(r.slice(s+1,r.length),i-1);for(o=0;o<f.length;o++){v=f[o];v.unshift(r[s]);u.push(v)}}}return u}function combinationsReplacement(r,i){if(i===0){return[[]]}var s=[];for(var o=0;o<r.length;o++){if(i===1){s.push([r[o]])}else{var u=combinationsReplacement(r.slice(o,r.length),i-1);for(var f=0;f<u.length;f++){s.push([r[o]].concat(u[f]))}}}return s}function combineMeans(r,i,s,o){return(r*i+s*o)/(i+o)}function combineVariances(r,i,s,o,u,f){var v=combineMeans(i,s,u,f);return(s*(r+Math.pow(i-v,2))+f*(o+Math.pow(u-v,2)))/(s+f)}function max(r){if(r.length===0){throw new Error("max requires at least one data point")}var i=r[0];for(var s=1;s<r.length;s++){if(r[s]>i){i=r[s]}}return i}function min(r){if(r.length===0){throw new Error("min requires at least one data point")}var i=r[0];for(var s=1;s<r.length;s++){if(r[s]<i){i=r[s]}}return i}function equalIntervalBreaks(r,i){if(r.length<2){return r}var s=min(r);var o=max(r);var u=[s];var f=(o-s)/i;for(var v=1;v<i;v++){u.push(u[0]+f*v)}u.push(o);return u}function extent(r){if(r.length===0){throw new Error("extent requires at least one data point")}var i=r[0];var s=r[0];for(var o=1;o<r.length;o++){if(r[o]>s){s=r[o]}if(r[o]<i){i=r[o]}}return[i,s]}function extentSorted(r){return[r[0],r[r.length-1]]}function geometricMean(r){if(r.length===0){throw new Error("geometricMean requires at least one data point")}var i=1;for(var s=0;s<r.length;s++){if(r[s]<0){throw new Error("geometricMean requires only non-negative numbers as input")}i*=r[s]}return Math.pow(i,1/r.length)}function harmonicMean(r){if(r.length===0){throw new Error("harmonicMean requires at least one data point")}var i=0;for(var s=0;s<r.length;s++){if(r[s]<=0){throw new Error("harmonicMean requires only positive numbers as input")}i+=1/r[s]}return r.length/i}function quantileSorted(r,i){var s=(r.length-1)*i;if(r.length===0){throw new Error("quantile requires at least one data point.")}else if(i<0||i>1){throw new Error("quantiles must be between 0 and 1")}else if(i===1){return r[r.length-1]}else if(i===0){return r[0]}else if(s%1!==0){var o=Math.floor(s);var u=Math.ceil(s);var f=s-o;return r[o]+f*(r[u]-r[o])}else{return r[s]}}function quickselect(r,i,s,o){s=s||0;o=o||r.length-1;while(o>s){if(o-s>600){var u=o-s+1;var f=i-s+1;var v=Math.log(u);var h=.5*Math.exp(2*v/3);var w=.5*Math.sqrt(v*h*(u-h)/u);if(f-u/2<0){w*=-1}var x=Math.max(s,Math.floor(i-f*h/u+w));var _=Math.min(o,Math.floor(i+(u-f)*h/u+w));quickselect(r,i,x,_)}var S=r[i];var M=s;var E=o;swap(r,s,i);if(r[o]>S){swap(r,s,o)}while(M<E){swap(r,M,E);M++;E--;while(r[M]<S){M++}while(r[E]>S){E--}}if(r[s]===S){swap(r,s,E)}else{E++;swap(r,E,o)}if(E<=i){s=E+1}if(i<=E){o=E-1}}}function swap(r,i,s){var o=r[i];r[i]=r[s];r[s]=o}function quantile(r,i){var s=r.slice();if(Array.isArray(i)){multiQuantileSelect(s,i);var o=[];for(var u=0;u<i.length;u++){o[u]=quantileSorted(s,i[u])}return o}else{var f=quantileIndex(s.length,i);quantileSelect(s,f,0,s.length-1);return quantileSorted(s,i)}}function quantileSelect(r,i,s,o){if(i%1===0){quickselect(r,i,s,o)}else{i=Math.floor(i);quickselect(r,i,s,o);quickselect(r,i+1,i+1,o)}}function multiQuantileSelect(r,i){var s=new Set;for(var o=0;o<i.length;o++){var u=quantileIndex(r.length,i[o]);s.add(Math.floor(u));s.add(Math.ceil(u))}var f=Array.from(s).sort(compare);multiselect(r,f,0,f.length-1,0,r.length-1)}function multiselect(r,i,s,o,u,f){if(s>o){return}var v=s+o>>1;quickselect(r,i[v],u,f);multiselect(r,i,s,v-1,u,i[v]-1);multiselect(r,i,v+1,o,i[v]+1,f)}function compare(r,i){return r-i}function quantileIndex(r,i){var s=(r-1)*i;if(i===1){return r-1}else if(i===0){return 0}else if(s%1!==0){return s}else{return s}}function interquartileRange(r){var i=quantile(r,.75);var s=quantile(r,.25);if(typeof i==="number"&&typeof s==="number"){return i-s}}function jenksBreaks(r,i,s){var o=r.length;var u=[];var f=s;u[s]=r[r.length-1];while(f>0){u[f-1]=r[i[o][f]-1];o=i[o][f]-1;f--}return u}function jenksMatrices(r,i){var s=[];var o=[];var u;var f;var v=0;for(u=0;u<r.length+1;u++){var h=[];var w=[];for(f=0;f<i+1;f++){h.push(0);w.push(0)}s.push(h);o.push(w)}for(u=1;u<i+1;u++){s[1][u]=1;o[1][u]=0;for(f=2;f<r.length+1;f++){o[f][u]=Number.POSITIVE_INFINITY}}var x=r[Math.floor(r.length/2)];for(var _=2;_<r.length+1;_++){var S=0;var M=0;var E=0;var k=0;for(var N=1;N<_+1;N++){var $=_-N+1;var I=r[$-1]-x;E++;S+=I;M+=I*I;v=M-S*S/E;k=$-1;if(k!==0){for(f=2;f<i+1;f++){if(o[_][f]>=v+o[k][f-1]){s[_][f]=$;o[_][f]=v+o[k][f-1]}}}}s[_][1]=1;o[_][1]=v}return{lowerClassLimits:s,varianceCombinations:o}}function jenks(r,i){if(i>r.length){return null}r=r.slice().sort(function(r,i){return r-i});var s=jenksMatrices(r,i);var o=s.lowerClassLimits;return jenksBreaks(r,o,i)}function linearRegression(r){var i;var s;var o=r.length;if(o===1){i=0;s=r[0][1]}else{var u=0;var f=0;for(var v=0;v<o;v++){u+=r[v][0];f+=r[v][1]}var h=u/o;var w=f/o;var x=0;var _=0;for(var S=0;S<o;S++){var M=r[S][0]-h;x+=M*(r[S][1]-w);_+=M*M}i=x/_;s=w-i*h}return{m:i,b:s}}function linearRegressionLine(r){return function(i){return r.b+r.m*i}}function logAverage(r){if(r.length===0){throw new Error("logAverage requires at least one data point")}var i=0;for(var s=0;s<r.length;s++){if(r[s]<0){throw new Error("logAverage requires only non-negative numbers as input")}i+=Math.log(r[s])}return Math.exp(i/r.length)}function maxSorted(r){return r[r.length-1]}function sumSimple(r){var i=0;for(var s=0;s<r.length;s++){if(typeof r[s]!=="number"){return Number.NaN}i+=r[s]}return i}function meanSimple(r){if(r.length===0){throw new Error("meanSimple requires at least one data point")}return sumSimple(r)/r.length}function median(r){return+quantile(r,.5)}function medianAbsoluteDeviation(r){var i=median(r);var s=[];for(var o=0;o<r.length;o++){s.push(Math.abs(r[o]-i))}return median(s)}function medianSorted(r){return quantileSorted(r,.5)}function minSorted(r){return r[0]}function modeSorted(r){if(r.length===0){throw new Error("mode requires at least one data point")}if(r.length===1){return r[0]}var i=r[0];var s=Number.NaN;var o=0;var u=1;for(var f=1;f<r.length+1;f++){if(r[f]!==i){if(u>o){o=u;s=i}u=1;i=r[f]}else{u++}}return s}function mode(r){return modeSorted(numericSort(r))}function modeFast(r){var i=new Map;var s;var o=0;for(var u=0;u<r.length;u++){var f=i.get(r[u]);if(f===undefined){f=1}else{f++}if(f>o){s=r[u];o=f}i.set(r[u],f)}if(o===0){throw new Error("mode requires at last one data point")}return s}function permutationsHeap(r){var i=new Array(r.length);var s=[r.slice()];for(var o=0;o<r.length;o++){i[o]=0}for(var u=0;u<r.length;){if(i[u]<u){var f=0;if(u%2!==0){f=i[u]}var v=r[f];r[f]=r[u];r[u]=v;s.push(r.slice());i[u]++;u=0}else{i[u]=0;u++}}return s}function product(r){var i=1;for(var s=0;s<r.length;s++){i*=r[s]}return i}function quantileRankSorted(r,i){if(i<r[0]){return 0}if(i>r[r.length-1]){return 1}var s=lowerBound(r,i);if(r[s]!==i){return s/r.length}s++;var o=upperBound(r,i);if(o===s){return s/r.length}var u=o-s+1;var f=u*(o+s)/2;var v=f/u;return v/r.length}function lowerBound(r,i){var s=0;var o=0;var u=r.length;while(o<u){s=o+u>>>1;if(i<=r[s]){u=s}else{o=-~s}}return o}function upperBound(r,i){var s=0;var o=0;var u=r.length;while(o<u){s=o+u>>>1;if(i>=r[s]){o=-~s}else{u=s}}return o}function quantileRank(r,i){var s=numericSort(r);return quantileRankSorted(s,i)}function rSquared(r,i){if(r.length<2){return 1}var s=0;for(var o=0;o<r.length;o++){s+=r[o][1]}var u=s/r.length;var f=0;for(var v=0;v<r.length;v++){f+=Math.pow(u-r[v][1],2)}var h=0;for(var w=0;w<r.length;w++){h+=Math.pow(r[w][1]-i(r[w][0]),2)}return 1-h/f}function rootMeanSquare(r){if(r.length===0){throw new Error("rootMeanSquare requires at least one data point")}var i=0;for(var s=0;s<r.length;s++){i+=Math.pow(r[s],2)}return Math.sqrt(i/r.length)}function shuffleInPlace(r,i){i=i||Math.random;var s=r.length;var o;var u;while(s>0){u=Math.floor(i()*s--);o=r[s];r[s]=r[u];r[u]=o}return r}function shuffle(r,i){var s=r.slice();return shuffleInPlace(s,i)}function sample(r,i,s){var o=shuffle(r,s);return o.slice(0,i)}function sampleCovariance(r,i){if(r.length!==i.length){throw new Error("sampleCovariance requires samples with equal lengths")}if(r.length<2){throw new Error("sampleCovariance requires at least two data points in each sample")}var s=mean(r);var o=mean(i);var u=0;for(var f=0;f<r.length;f++){u+=(r[f]-s)*(i[f]-o)}var v=r.length-1;return u/v}function sampleCorrelation(r,i){var s=sampleCovariance(r,i);var o=sampleStandardDeviation(r);var u=sampleStandardDeviation(i);return s/o/u}function sampleKurtosis(r){var i=r.length;if(i<4){throw new Error("sampleKurtosis requires at least four data points")}var s=mean(r);var o;var u=0;var f=0;for(var v=0;v<i;v++){o=r[v]-s;u+=o*o;f+=o*o*o*o}return(i-1)/((i-2)*(i-3))*(i*(i+1)*f/(u*u)-3*(i-1))}function midranks(r){var i=r.map(function(r,i){return[r,i]}).sort(function(r,i){return r[0]-i[0]});var s=Array(r.length);var o=0;while(o<i.length){var u=o;while(u+1<i.length&&i[u+1][0]===i[o][0]){u++}var f=(o+u)/2;for(var v=o;v<=u;v++){s[i[v][1]]=f}o=u+1}return s}function sampleRankCorrelation(r,i){return sampleCorrelation(midranks(r),midranks(i))}function sampleSkewness(r,i){if(i===void 0)i=false;if(r.length<3){throw new Error("sampleSkewness requires at least three data points")}var s=mean(r);var o;var u=0;var f=0;for(var v=0;v<r.length;v++){o=r[v]-s;u+=o*o;f+=o*o*o}var h=r.length;if(i){var w=u/h;var x=f/h;return x/Math.pow(w,3/2)}var _=r.length-1;var S=Math.sqrt(u/_);var M=Math.pow(S,3);return h*f/((h-1)*(h-2)*M)}function sampleWithReplacement(r,i,s){if(r.length===0){return[]}s=s||Math.random;var o=r.length;var u=[];for(var f=0;f<i;f++){var v=Math.floor(s()*o);u.push(r[v])}return u}function scaledRootMeanSquare(r){if(r.length===0){throw new Error("scaledRootMeanSquare requires at least one data point")}var i=0;for(var s=0;s<r.length;s++){var o=Math.abs(r[s]);i=Math.max(i,o)}if(i===0){return 0}if(!Number.isFinite(i)){return i}var u=0;for(var f=0;f<r.length;f++){var v=r[f]/i;u+=v*v}return i*Math.sqrt(u/r.length)}function variance(r){if(r.length===0){throw new Error("variance requires at least one data point")}return sumNthPowerDeviations(r,2)/r.length}function standardDeviation(r){if(r.length===1){return 0}var i=variance(r);return Math.sqrt(i)}function subtractFromMean(r,i,s){return(r*i-s)/(i-1)}function tTest(r,i){var s=mean(r);var o=standardDeviation(r);var u=Math.sqrt(r.length);return(s-i)/(o/u)}function tTestTwoSample(r,i,s){var o=r.length;var u=i.length;if(!o||!u){return null}if(!s){s=0}var f=mean(r);var v=mean(i);var h=sampleVariance(r);var w=sampleVariance(i);if(typeof f==="number"&&typeof v==="number"&&typeof h==="number"&&typeof w==="number"){var x=((o-1)*h+(u-1)*w)/(o+u-2);return(f-v-s)/Math.sqrt(x*(1/o+1/u))}}function validateWeightedInput(r,i,s){if(r.length===0){throw new Error(s+" requires at least one data point")}if(r.length!==i.length){throw new Error(s+" requires values and weights to be the same length")}var o=0;for(var u=0;u<i.length;u++){if(i[u]<0){throw new Error(s+" requires weights to be non-negative")}o+=i[u]}if(o===0){throw new Error(s+" requires at least one positive weight")}return o}function weightedLinearRegression(r,i){var s=validateWeightedInput(r,i,"weightedLinearRegression");if(r.length===1){return{m:0,b:r[0][1]}}var o=0;var u=0;for(var f=0;f<r.length;f++){o+=i[f]*r[f][0];u+=i[f]*r[f][1]}var v=o/s;var h=u/s;var w=0;var x=0;for(var _=0;_<r.length;_++){var S=r[_][0]-v;w+=i[_]*S*(r[_][1]-h);x+=i[_]*S*S}var M=w/x;return{m:M,b:h-M*v}}function weightedMean(r,i){var s=validateWeightedInput(r,i,"weightedMean");var o=r[0]*i[0];var u=0;var f;var v;for(var h=1;h<r.length;h++){v=r[h]*i[h];f=o+v;if(Math.abs(o)>=Math.abs(v)){u+=o-f+v}else{u+=v-f+o}o=f}return(o+u)/s}function weightedQuantile(r,i,s){var o=validateWeightedInput(r,i,"weightedQuantile");var u=[];for(var f=0;f<r.length;f++){u.push([r[f],i[f]])}u.sort(compareValue);if(Array.isArray(s)){var v=[];for(var h=0;h<s.length;h++){v[h]=weightedQuantileSorted(u,o,s[h])}return v}return weightedQuantileSorted(u,o,s)}function weightedQuantileSorted(r,i,s){if(s<0||s>1){throw new Error("quantiles must be between 0 and 1")}if(s===0){return r[0][0]}var o=s*i;var u=0;for(var f=0;f<r.length;f++){u+=r[f][1];if(u>=o){return r[f][0]}}return r[r.length-1][0]}function compareValue(r,i){return r[0]-i[0]}function weightedVariance(r,i){var s=validateWeightedInput(r,i,"weightedVariance");var o=weightedMean(r,i);var u=0;for(var f=0;f<r.length;f++){var v=r[f]-o;u+=i[f]*v*v}return u/s}function weightedStandardDeviation(r,i){return Math.sqrt(weightedVariance(r,i))}function wilcoxonRankSum(r,i){if(!r.length||!i.length){throw new Error("Neither sample can be empty")}var s=r.map(function(r){return{label:"x",value:r}}).concat(i.map(function(r){return{label:"y",value:r}})).sort(function(r,i){return r.value-i.value});for(var o=0;o<s.length;o++){s[o].rank=o}var u=[s[0].rank];for(var f=1;f<s.length;f++){if(s[f].value===s[f-1].value){u.push(s[f].rank);if(f===s.length-1){replaceRanksInPlace(s,u)}}else{if(u.length>1){replaceRanksInPlace(s,u)}u=[s[f].rank]}}function replaceRanksInPlace(r,i){var s=(i[0]+i[i.length-1])/2;for(var o=0;o<i.length;o++){r[i[o]].rank=s}}var v=0;for(var h=0;h<s.length;h++){var w=s[h];if(w.label==="x"){v+=w.rank+1}}return v}var N=1e-4;function relativeError(r,i){if(r===0&&i===0){return 0}return Math.abs((r-i)/i)}function approxEqual(r,i,s){if(s===void 0)s=N;return relativeError(r,i)<=s}var $=function BayesianClassifier(){this.totalCount=0;this.data={}};$.prototype.train=function train(r,i){if(!this.data[i]){this.data[i]={}}for(var s in r){var o=r[s];if(this.data[i][s]===undefined){this.data[i][s]={}}if(this.data[i][s][o]===undefined){this.data[i][s][o]=0}this.data[i][s][o]++}this.totalCount++};$.prototype.score=function score(r){var i={};var s;for(var o in r){var u=r[o];for(s in this.data){if(i[s]===undefined){i[s]={}}if(this.data[s][o]){i[s][o+"_"+u]=(this.data[s][o][u]||0)/this.totalCount}else{i[s][o+"_"+u]=0}}}var f={};for(s in i){f[s]=0;for(var v in i[s]){f[s]+=i[s][v]}}return f};function bernoulliDistribution(r){if(r<0||r>1){throw new Error("bernoulliDistribution requires probability to be between 0 and 1 inclusive")}return[1-r,r]}var I=null&&[.9999999999999971,57.15623566586292,-59.59796035547549,14.136097974741746,-.4919138160976202,3399464998481189e-20,4652362892704858e-20,-9837447530487956e-20,.0001580887032249125,-.00021026444172410488,.00021743961811521265,-.0001643181065367639,8441822398385275e-20,-26190838401581408e-21,36899182659531625e-22];var T=null&&607/128;var C=Math.log(Math.sqrt(2*Math.PI));function gammaln(r){if(r<=0){return Number.POSITIVE_INFINITY}r--;var i=I[0];for(var s=1;s<15;s++){i+=I[s]/(r+s)}var o=T+.5+r;return C+Math.log(i)-o+(r+.5)*Math.log(o)}var q=1e6;function binomialDistribution(r,i){if(i<0||i>1||r<=0||r%1!==0){return undefined}var s=Math.min(r,q-1);if(i===0){return[1]}if(i===1){if(r>s){return undefined}var o=new Array(r+1).fill(0);o[r]=1;return o}var u=0;var f=0;var v=[];var h=gammaln(r+1);var w=Math.log(i);var x=Math.log1p(-i);do{v[u]=Math.exp(h-gammaln(u+1)-gammaln(r-u+1)+u*w+(r-u)*x);f+=v[u];u++}while(f<1-N&&u<=s);if(Number.isNaN(f)||f<1-N){return undefined}return v}function sign(r){if(typeof r==="number"){if(r<0){return-1}else if(r===0){return 0}else{return 1}}else{throw new TypeError("not a number")}}function bisect(r,i,s,o,u){if(typeof r!=="function"){throw new TypeError("func must be a function")}for(var f=0;f<o;f++){var v=(i+s)/2;if(r(v)===0||Math.abs((s-i)/2)<u){return v}if(sign(r(v))===sign(r(i))){i=v}else{s=v}}throw new Error("maximum number of iterations exceeded")}var D={1:{.995:0,.99:0,.975:0,.95:0,.9:.02,.5:.45,.1:2.71,.05:3.84,.025:5.02,.01:6.63,.005:7.88},2:{.995:.01,.99:.02,.975:.05,.95:.1,.9:.21,.5:1.39,.1:4.61,.05:5.99,.025:7.38,.01:9.21,.005:10.6},3:{.995:.07,.99:.11,.975:.22,.95:.35,.9:.58,.5:2.37,.1:6.25,.05:7.81,.025:9.35,.01:11.34,.005:12.84},4:{.995:.21,.99:.3,.975:.48,.95:.71,.9:1.06,.5:3.36,.1:7.78,.05:9.49,.025:11.14,.01:13.28,.005:14.86},5:{.995:.41,.99:.55,.975:.83,.95:1.15,.9:1.61,.5:4.35,.1:9.24,.05:11.07,.025:12.83,.01:15.09,.005:16.75},6:{.995:.68,.99:.87,.975:1.24,.95:1.64,.9:2.2,.5:5.35,.1:10.65,.05:12.59,.025:14.45,.01:16.81,.005:18.55},7:{.995:.99,.99:1.24,.975:1.69,.95:2.17,.9:2.83,.5:6.35,.1:12.02,.05:14.07,.025:16.01,.01:18.48,.005:20.28},8:{.995:1.34,.99:1.65,.975:2.18,.95:2.73,.9:3.49,.5:7.34,.1:13.36,.05:15.51,.025:17.53,.01:20.09,.005:21.96},9:{.995:1.73,.99:2.09,.975:2.7,.95:3.33,.9:4.17,.5:8.34,.1:14.68,.05:16.92,.025:19.02,.01:21.67,.005:23.59},10:{.995:2.16,.99:2.56,.975:3.25,.95:3.94,.9:4.87,.5:9.34,.1:15.99,.05:18.31,.025:20.48,.01:23.21,.005:25.19},11:{.995:2.6,.99:3.05,.975:3.82,.95:4.57,.9:5.58,.5:10.34,.1:17.28,.05:19.68,.025:21.92,.01:24.72,.005:26.76},12:{.995:3.07,.99:3.57,.975:4.4,.95:5.23,.9:6.3,.5:11.34,.1:18.55,.05:21.03,.025:23.34,.01:26.22,.005:28.3},13:{.995:3.57,.99:4.11,.975:5.01,.95:5.89,.9:7.04,.5:12.34,.1:19.81,.05:22.36,.025:24.74,.01:27.69,.005:29.82},14:{.995:4.07,.99:4.66,.975:5.63,.95:6.57,.9:7.79,.5:13.34,.1:21.06,.05:23.68,.025:26.12,.01:29.14,.005:31.32},15:{.995:4.6,.99:5.23,.975:6.27,.95:7.26,.9:8.55,.5:14.34,.1:22.31,.05:25,.025:27.49,.01:30.58,.005:32.8},16:{.995:5.14,.99:5.81,.975:6.91,.95:7.96,.9:9.31,.5:15.34,.1:23.54,.05:26.3,.025:28.85,.01:32,.005:34.27},17:{.995:5.7,.99:6.41,.975:7.56,.95:8.67,.9:10.09,.5:16.34,.1:24.77,.05:27.59,.025:30.19,.01:33.41,.005:35.72},18:{.995:6.26,.99:7.01,.975:8.23,.95:9.39,.9:10.87,.5:17.34,.1:25.99,.05:28.87,.025:31.53,.01:34.81,.005:37.16},19:{.995:6.84,.99:7.63,.975:8.91,.95:10.12,.9:11.65,.5:18.34,.1:27.2,.05:30.14,.025:32.85,.01:36.19,.005:38.58},20:{.995:7.43,.99:8.26,.975:9.59,.95:10.85,.9:12.44,.5:19.34,.1:28.41,.05:31.41,.025:34.17,.01:37.57,.005:40},21:{.995:8.03,.99:8.9,.975:10.28,.95:11.59,.9:13.24,.5:20.34,.1:29.62,.05:32.67,.025:35.48,.01:38.93,.005:41.4},22:{.995:8.64,.99:9.54,.975:10.98,.95:12.34,.9:14.04,.5:21.34,.1:30.81,.05:33.92,.025:36.78,.01:40.29,.005:42.8},23:{.995:9.26,.99:10.2,.975:11.69,.95:13.09,.9:14.85,.5:22.34,.1:32.01,.05:35.17,.025:38.08,.01:41.64,.005:44.18},24:{.995:9.89,.99:10.86,.975:12.4,.95:13.85,.9:15.66,.5:23.34,.1:33.2,.05:36.42,.025:39.36,.01:42.98,.005:45.56},25:{.995:10.52,.99:11.52,.975:13.12,.95:14.61,.9:16.47,.5:24.34,.1:34.38,.05:37.65,.025:40.65,.01:44.31,.005:46.93},26:{.995:11.16,.99:12.2,.975:13.84,.95:15.38,.9:17.29,.5:25.34,.1:35.56,.05:38.89,.025:41.92,.01:45.64,.005:48.29},27:{.995:11.81,.99:12.88,.975:14.57,.95:16.15,.9:18.11,.5:26.34,.1:36.74,.05:40.11,.025:43.19,.01:46.96,.005:49.65},28:{.995:12.46,.99:13.57,.975:15.31,.95:16.93,.9:18.94,.5:27.34,.1:37.92,.05:41.34,.025:44.46,.01:48.28,.005:50.99},29:{.995:13.12,.99:14.26,.975:16.05,.95:17.71,.9:19.77,.5:28.34,.1:39.09,.05:42.56,.025:45.72,.01:49.59,.005:52.34},30:{.995:13.79,.99:14.95,.975:16.79,.95:18.49,.9:20.6,.5:29.34,.1:40.26,.05:43.77,.025:46.98,.01:50.89,.005:53.67},40:{.995:20.71,.99:22.16,.975:24.43,.95:26.51,.9:29.05,.5:39.34,.1:51.81,.05:55.76,.025:59.34,.01:63.69,.005:66.77},50:{.995:27.99,.99:29.71,.975:32.36,.95:34.76,.9:37.69,.5:49.33,.1:63.17,.05:67.5,.025:71.42,.01:76.15,.005:79.49},60:{.995:35.53,.99:37.48,.975:40.48,.95:43.19,.9:46.46,.5:59.33,.1:74.4,.05:79.08,.025:83.3,.01:88.38,.005:91.95},70:{.995:43.28,.99:45.44,.975:48.76,.95:51.74,.9:55.33,.5:69.33,.1:85.53,.05:90.53,.025:95.02,.01:100.42,.005:104.22},80:{.995:51.17,.99:53.54,.975:57.15,.95:60.39,.9:64.28,.5:79.33,.1:96.58,.05:101.88,.025:106.63,.01:112.33,.005:116.32},90:{.995:59.2,.99:61.75,.975:65.65,.95:69.13,.9:73.29,.5:89.33,.1:107.57,.05:113.14,.025:118.14,.01:124.12,.005:128.3},100:{.995:67.33,.99:70.06,.975:74.22,.95:77.93,.9:82.36,.5:99.33,.1:118.5,.05:124.34,.025:129.56,.01:135.81,.005:140.17}};function chiSquaredGoodnessOfFit(r,i,s){var o=mean(r);var u=0;var f=1;var v=i(o);var h=[];var w=[];for(var x=0;x<r.length;x++){if(h[r[x]]===undefined){h[r[x]]=0}h[r[x]]++}for(var _=0;_<h.length;_++){if(h[_]===undefined){h[_]=0}}for(var S in v){if(S in h){w[+S]=v[S]*r.length}}if(w.length===0){throw new Error("chiSquaredGoodnessOfFit requires distributionType to return a distribution for the mean of the data")}var M=w.length-1;for(var E=h.length-1;E>M;E--){h[M]+=h[E];h.pop()}for(var k=w.length-1;k>=1;k--){if(w[k]<3){w[k-1]+=w[k];w.splice(k,1);h[k-1]+=h[k];h.splice(k,1)}}for(var N=0;N<h.length;N++){u+=Math.pow(h[N]-w[N],2)/w[N]}if(!Number.isFinite(u)){throw new Error("chiSquaredGoodnessOfFit could not compute a test statistic for this data and distribution")}var $=h.length-f-1;if($<1){throw new Error("chiSquaredGoodnessOfFit requires more data: the classes that survive collapsing leave no degrees of freedom")}var I=D[$];if(I===undefined){throw new Error("chiSquaredGoodnessOfFit has no critical values tabulated for "+$+" degrees of freedom")}if(I[s]===undefined){throw new Error("chiSquaredGoodnessOfFit has no critical value tabulated for a significance of "+s)}return I[s]<u}function cumulativeStdLogisticProbability(r){return 1/(Math.exp(-r)+1)}var O=Math.sqrt(2*Math.PI);function cumulativeDistribution(r){var i=r;var s=r;for(var o=1;o<30;o++){s*=r*r/(2*o+1);i+=s}return Math.round((.5+i/O*Math.exp(-r*r/2))*1e4)/1e4}var F=[];for(var j=0;j<=3.09;j+=.01){F.push(cumulativeDistribution(j))}function cumulativeStdNormalProbability(r){var i=Math.abs(r);var s=Math.min(Math.round(i*100),F.length-1);if(r>=0){return F[s]}else{return Math.round((1-F[s])*1e4)/1e4}}function errorFunction(r){var i=1/(1+.5*Math.abs(r));var s=i*Math.exp(-r*r+((((((((.17087277*i-.82215223)*i+1.48851587)*i-1.13520398)*i+.27886807)*i-.18628806)*i+.09678418)*i+.37409196)*i+1.00002368)*i-1.26551223);if(r>=0){return 1-s}else{return s-1}}function factorial(r){if(r<0){throw new Error("factorial requires a non-negative value")}if(Math.floor(r)!==r){throw new Error("factorial requires an integer input")}var i=1;for(var s=2;s<=r;s++){i*=s}return i}var U=20;function gamma(r){if(Number.isInteger(r)){if(r<=0){return Number.NaN}else{return factorial(r-1)}}if(r>0&&r<U){return gamma(r+1)/r}r--;if(r<0){return Math.PI/(Math.sin(Math.PI*-r)*gamma(-r))}else{var i=Math.pow(r/Math.E,r)*Math.sqrt(2*Math.PI*(r+1/6));var s=r+1/4;var o=1+1/144/Math.pow(s,2)-1/12960/Math.pow(s,3)-257/207360/Math.pow(s,4)-52/2612736/Math.pow(s,5)+5741173/9405849600/Math.pow(s,6)+37529/18811699200/Math.pow(s,7);return i*o}}function inverseErrorFunction(r){var i=8*(Math.PI-3)/(3*Math.PI*(4-Math.PI));var s=Math.sqrt(Math.sqrt(Math.pow(2/(Math.PI*i)+Math.log(1-r*r)/2,2)-Math.log(1-r*r)/i)-(2/(Math.PI*i)+Math.log(1-r*r)/2));if(r>=0){return s}else{return-s}}function euclideanDistance(r,i){var s=0;for(var o=0;o<r.length;o++){var u=r[o]-i[o];s+=u*u}return Math.sqrt(s)}function kMeansCluster(r,i,s){if(s===void 0)s=Math.random;var o=null;var u=sample(r,i,s);var f=null;var v=Number.MAX_VALUE;while(v!==0){f=labelPoints(r,u);o=u;u=calculateCentroids(r,f,i);v=calculateChange(u,o)}return{labels:f,centroids:u}}function labelPoints(r,i){return r.map(function(r){var s=Number.MAX_VALUE;var o=-1;for(var u=0;u<i.length;u++){var f=euclideanDistance(r,i[u]);if(f<s){s=f;o=u}}return o})}function calculateCentroids(r,i,s){var o=r[0].length;var u=makeMatrix(s,o);var f=Array(s).fill(0);var v=r.length;for(var h=0;h<v;h++){var w=r[h];var x=i[h];var _=u[x];for(var S=0;S<o;S++){_[S]+=w[S]}f[x]+=1}for(var M=0;M<s;M++){if(f[M]===0){throw new Error("Centroid "+M+" has no friends")}var E=u[M];for(var k=0;k<o;k++){E[k]/=f[M]}}return u}function calculateChange(r,i){var s=0;for(var o=0;o<r.length;o++){s+=euclideanDistance(r[o],i[o])}return s}var z=Math.sqrt(2*Math.PI);var V={gaussian:function(r){return Math.exp(-.5*r*r)/z}};var G={nrd:function(r){var i=sampleStandardDeviation(r);var s=interquartileRange(r);if(typeof s==="number"){i=Math.min(i,s/1.34)}return 1.06*i*Math.pow(r.length,-.2)}};function kernelDensityEstimation(r,i,s){var o;if(i===undefined){o=V.gaussian}else if(typeof i==="string"){if(!V[i]){throw new Error('Unknown kernel "'+i+'"')}o=V[i]}else{o=i}var u;if(typeof s==="undefined"){u=G.nrd(r)}else if(typeof s==="string"){if(!G[s]){throw new Error('Unknown bandwidth method "'+s+'"')}u=G[s](r)}else{u=s}return function(i){var s=0;var f=0;for(s=0;s<r.length;s++){f+=o((i-r[s])/u)}return f/u/r.length}}function logit(r){if(r<=0||r>=1){throw new Error("p must be strictly between zero and one")}return Math.log(r/(1-r))}function normalDistribution(r,i,s,o){if(o===void 0)o=false;if(s<=0){throw new Error("normalDistribution requires a standard deviation greater than zero")}var u=(r-i)/s;if(o){return.5*(1+errorFunction(u/Math.SQRT2))}return Math.exp(-.5*u*u)/(s*Math.sqrt(2*Math.PI))}var H=function PerceptronModel(){this.weights=[];this.bias=0};H.prototype.predict=function predict(r){if(r.length!==this.weights.length){return null}var i=0;for(var s=0;s<this.weights.length;s++){i+=this.weights[s]*r[s]}i+=this.bias;if(i>0){return 1}else{return 0}};H.prototype.train=function train(r,i){if(i!==0&&i!==1){return null}if(r.length!==this.weights.length){this.weights=r.slice();this.bias=1}var s=this.predict(r);if(typeof s==="number"&&s!==i){var o=i-s;for(var u=0;u<this.weights.length;u++){this.weights[u]+=o*r[u]}this.bias+=o}return this};function permutationTest(r,i,s,o,u){if(o===undefined){o=1e4}if(s===undefined){s="two_side"}if(s!=="two_side"&&s!=="greater"&&s!=="less"){throw new Error("`alternative` must be either 'two_side', 'greater', or 'less'.")}var f=mean(r);var v=mean(i);var h=f-v;var w=new Array(o);var x=r.concat(i);var _=r.length;for(var S=0;S<o;S++){shuffleInPlace(x,u);var M=x.slice(0,_);var E=x.slice(_,x.length);var k=mean(M)-mean(E);w[S]=k}var N=0;if(s==="two_side"){for(var $=0;$<=o;$++){if(Math.abs(w[$])>=Math.abs(h)){N+=1}}}else if(s==="greater"){for(var I=0;I<=o;I++){if(w[I]>=h){N+=1}}}else{for(var T=0;T<=o;T++){if(w[T]<=h){N+=1}}}return N/o}function poissonDistribution(r){if(r<=0){return undefined}if(r>=q){return undefined}var i=0;var s=0;var o=[];var u=Math.log(r);do{o[i]=Math.exp(i*u-r-gammaln(i+1));s+=o[i];i++}while(s<1-N&&i<q);if(Number.isNaN(s)||s<1-N){return undefined}return o}function probit(r){if(r===0){r=N}else if(r>=1){r=1-N}return Math.sqrt(2)*inverseErrorFunction(2*r-1)}function silhouette(r,i){if(r.length!==i.length){throw new Error("must have exactly as many labels as points")}var s=createGroups(i);var o=calculateAllDistances(r);var u=[];for(var f=0;f<r.length;f++){var v=0;if(s[i[f]].length>1){var h=meanDistanceFromPointToGroup(f,s[i[f]],o);var w=meanDistanceToNearestGroup(f,i,s,o);v=(w-h)/Math.max(h,w)}u.push(v)}return u}function createGroups(r){var i=1+max(r);var s=Array(i);for(var o=0;o<r.length;o++){var u=r[o];if(s[u]===undefined){s[u]=[]}s[u].push(o)}return s}function calculateAllDistances(r){var i=r.length;var s=makeMatrix(i,i);for(var o=0;o<i;o++){for(var u=0;u<o;u++){s[o][u]=euclideanDistance(r[o],r[u]);s[u][o]=s[o][u]}}return s}function meanDistanceToNearestGroup(r,i,s,o){var u=i[r];var f=Number.MAX_VALUE;for(var v=0;v<s.length;v++){if(v!==u){var h=meanDistanceFromPointToGroup(r,s[v],o);if(h<f){f=h}}}return f}function meanDistanceFromPointToGroup(r,i,s){var o=0;var u=0;for(var f=0;f<i.length;f++){if(i[f]===r){continue}o+=s[r][i[f]];u++}return o/u}function silhouetteMetric(r,i){var s=silhouette(r,i);return max(s)}function zScore(r,i,s){return(r-i)/s}function view(r){if(Array.isArray(r)||ArrayBuffer.isView(r))return r;return Array.from(r)}function isConstant(r){const i=r[0];for(let s=1;s<r.length;s++)if(r[s]!==i)return false;return true}function describe_mean(r){if(r.length===0)throw new RangeError("mean of an empty sample");if(isConstant(r))return r[0];return mean(view(r))}function describe_variance(r){if(r.length<2)throw new RangeError("variance needs at least 2 values");if(isConstant(r))return 0;return sampleVariance(view(r))}function describe_median(r){if(r.length===0)throw new RangeError("median of an empty sample");return median(view(r))}function describe_quantile(r,i){const s=ranks(r.length,i);return interpolate(r[s.below],r[s.above],s.gamma)}function ranks(r,i){if(r===0)throw new RangeError("quantile of an empty sample");if(!(i>=0&&i<=1))throw new RangeError(`quantile p must be in [0, 1], got ${i}`);const s=(r-1)*i;const o=s>=r-1?r-1:Math.floor(s);const u=s>=r-1?r-1:o+1;return{below:o,above:u,gamma:s-o}}function interpolate(r,i,s){const o=i-r;return s>=.5?i-o*(1-s):r+o*s}function quantilesInPlace(r,i){const s=i.map(i=>ranks(r.length,i));const o=[...new Set(s.flatMap(r=>[r.below,r.above]))].sort((r,i)=>r-i);const u=new Map;let f=0;for(const i of o){quickselect(r,i,f,r.length-1);u.set(i,r[i]);f=i+1}const value=i=>{const s=u.get(i);return s===0?signedZero(r,i):s};return s.map(r=>interpolate(value(r.below),value(r.above),r.gamma))}function signedZero(r,i){let s=0;let o=0;for(const i of r){if(i<0)s++;else if(i===0&&Object.is(i,-0))o++}return i>=s&&i<s+o?-0:0}function sortedCopy(r){return Float64Array.from(r).sort()}function lazy(r){let i;return()=>i??=r()}const Q=lazy(()=>__nccwpck_require__(2484));const J=lazy(()=>__nccwpck_require__(6060));const Y=lazy(()=>__nccwpck_require__(6021));const K=lazy(()=>__nccwpck_require__(4455));const Z=lazy(()=>__nccwpck_require__(1444));const normalCdf=(r,i,s)=>Q()(r,i,s);const normalQuantile=(r,i,s)=>J()(r,i,s);const tCdf=(r,i)=>Y()(r,i);const tQuantile=(r,i)=>K()(r,i);const hypergeometricCdf=(r,i,s,o)=>Z()(r,i,s,o);function assertLevel(r,i){if(!(i>0&&i<1)){throw new RangeError(`${r} must be strictly between 0 and 1, got ${i}`)}}function welchTTest(r,i,s,o=.95){const u=welch(r,i);const f=u.ci(o);return{t:u.t,df:u.df,pValue:u.p(s),diff:u.diff,ci:f}}function welch(r,i){const s=r.length;const o=i.length;if(s<2||o<2){throw new RangeError(`Welch's t-test needs at least 2 values per side, got ${s} and ${o}`)}const u=describe_mean(r)-describe_mean(i);const f=describe_variance(r)/s;const v=describe_variance(i)/o;const h=f+v;if(h===0){const r=u===0?0:Math.sign(u)*Infinity;return{t:r,df:1,diff:u,p:r=>(r==="less"?u<0:u>0)?0:1,ci:r=>{assertLevel("ciLevel",r);return[u,u]}}}const w=Math.sqrt(h);const x=u/w;const _=h*h/(f*f/(s-1)+v*v/(o-1));return{t:x,df:_,diff:u,p:r=>r==="less"?tCdf(x,_):tCdf(-x,_),ci:r=>{assertLevel("ciLevel",r);const i=tQuantile(1-(1-r)/2,_)*w;return[u-i,u+i]}}}const ee=0x8000000000000000n;const re=new DataView(new ArrayBuffer(8));function orderedKey(r){re.setFloat64(0,r);const i=re.getBigUint64(0);return i&ee?-(i&~ee):i}function fromKey(r){re.setBigUint64(0,r<0n?-r|ee:r);return re.getFloat64(0)}function countAtMost(r,i,s){const o=i.length;let u=0;let f=0;for(let v=0;v<r.length;v++){const h=r[v];while(u<o&&h-i[u]>s)u++;f+=o-u}return f}function kthPairwiseDifference(r,i,s){const o=r.length*i.length;if(!(Number.isInteger(s)&&s>=1&&s<=o)){throw new RangeError(`k must be an integer in [1, ${o}], got ${s}`)}let u=orderedKey(r[0]-i[i.length-1]);let f=orderedKey(r[r.length-1]-i[0]);while(u<f){const o=u+f>>1n;if(countAtMost(r,i,fromKey(o))>=s)f=o;else u=o+1n}return fromKey(u)+0}function allPairwiseDifferences(r,i){const s=new Float64Array(r.length*i.length);let o=0;for(let u=0;u<r.length;u++){const f=r[u];for(let r=0;r<i.length;r++)s[o++]=f-i[r]}return s.sort()}function sortedSides(r,i){const s={candidate:sortedCopy(r),baseline:sortedCopy(i)};if([s.candidate,s.baseline].some(r=>Number.isNaN(r[r.length-1]))){throw new RangeError("samples must not contain NaN")}return s}function rankSumAndTies(r,i){let s=0;let o=0;let u=0;let f=0;let v=0;while(s<r.length||o<i.length){const h=o>=i.length||s<r.length&&r[s]<=i[o]?r[s]:i[o];let w=0;let x=0;while(s<r.length&&r[s]===h){s++;w++}while(o<i.length&&i[o]===h){o++;x++}const _=w+x;f+=w*(u+(_+1)/2);v+=_*_*_-_;u+=_}return{r1:f,tieTerm:v}}function mannWhitneyU(r,i,s){return mannWhitneyUs(r,i)(s)}function mannWhitneyUs(r,i,s){const o=r.length;const u=i.length;if(o<1||u<1){throw new RangeError(`Mann-Whitney U needs at least 1 value per side, got ${o} and ${u}`)}const f=o+u;const{candidate:v,baseline:h}=s??sortedSides(r,i);const{r1:w,tieTerm:x}=rankSumAndTies(v,h);const _=w-o*(o+1)/2;const S=Math.sqrt(o*u/12*(f+1-x/(f*(f-1))));const M=o*u/2;return r=>{if(!(S>0))return{u:_,z:0,pValue:1};if(r==="greater"){const r=(_-M-.5)/S;return{u:_,z:r,pValue:normalCdf(-r,0,1)}}const i=(_-M+.5)/S;return{u:_,z:i,pValue:normalCdf(i,0,1)}}}const te=1e4;function hodgesLehmann(r,i,s=.95,o){const u=r.length;const f=i.length;if(u<1||f<1){throw new RangeError(`Hodges-Lehmann needs at least 1 value per side, got ${u} and ${f}`)}assertLevel("ciLevel",s);const v=u*f;const h=normalQuantile(1-(1-s)/2,0,1);const w=Math.max(1,Math.floor(v/2-h*Math.sqrt(v*(u+f+1)/12)));const x=Math.ceil(v/2);const _=v%2===0;const{candidate:S,baseline:M}=o??sortedSides(r,i);let E;if(v<=te){const r=allPairwiseDifferences(S,M);E=i=>r[i-1]}else{E=r=>kthPairwiseDifference(S,M,r)}const k=_?(E(x)+E(x+1))/2:E(x);return{shift:k,ci:[E(w),E(v+1-w)]}}function hypergeometricLowerTail(r,i,s,o){if(r*i<=o*s)return hypergeometricCdf(r,i,s,o);return 1-hypergeometricCdf(o-r-1,i,i-s,o)}function assertCounts(r,i,s){if(!Number.isInteger(i)||i<=0){throw new RangeError(`${s} sample size must be a positive integer, got ${i}`)}if(!Number.isInteger(r)||r<0||r>i){throw new RangeError(`${s} successes must be an integer in [0, ${i}], got ${r}`)}}function fisherExact(r,i,s,o,u){assertCounts(r,i,"candidate");assertCounts(s,o,"baseline");const f=r;const v=i-f;const h=s;const w=o-h;if(f+h===0||v+w===0)return{pValue:1,oddsRatio:NaN};const x=h>0&&v>0?f*w/(h*v):Infinity;const _=i+o;const S=u==="less"?hypergeometricLowerTail(f,_,i,f+h):hypergeometricLowerTail(v,_,i,v+w);return{pValue:Math.min(S,1),oddsRatio:x}}function wilson(r,i,s){const o=r/i;const u=s*s/i;const f=(o+u/2)/(1+u);const v=s*Math.sqrt(o*(1-o)/i+u/(4*i))/(1+u);const h=r===0?0:f-v;const w=r===i?1:f+v;return[h,w]}function newcombeInterval(r,i,s,o,u=.95){assertCounts(r,i,"candidate");assertCounts(s,o,"baseline");assertLevel("ciLevel",u);const f=normalQuantile(1-(1-u)/2,0,1);const v=r/i;const h=s/o;const[w,x]=wilson(r,i,f);const[_,S]=wilson(s,o,f);const M=v-h;return[M-Math.hypot(v-w,S-h),M+Math.hypot(x-v,h-_)]}function ascendingOrder(r){return r.map((r,i)=>i).sort((i,s)=>r[i]-r[s]||i-s)}function adjustPValues(r,i){const s=r.length;const o=r.slice();if(i==="none"||s===0)return o;const u=ascendingOrder(r);if(i==="holm"){let i=0;u.forEach((u,f)=>{i=Math.max(i,Math.min(1,(s-f)*r[u]));o[u]=i});return o}let f=1;for(let i=s-1;i>=0;i--){const v=u[i];f=Math.min(f,r[v]*(s/(i+1)));o[v]=f}return o}function localLevels(r,i,s){const o=r.length;if(s==="none"||o===0)return r.map(()=>i);const u=adjustPValues(r,s);const f=u.filter(r=>r<i).length;if(s==="bh")return r.map(()=>i*(Math.max(1,f)/o));const v=ascendingOrder(r);const h=r.map(()=>i/(o-f));v.forEach((r,s)=>{if(u[r]<i)h[r]=i/(o-s)});return h}const ne=3/Math.PI;function assertProbability(r,i){if(!(i>0&&i<1))throw new RangeError(`${r} must be strictly between 0 and 1, got ${i}`)}function zSum(r,i){assertProbability("alpha",r);assertProbability("power",i);return normalQuantile(1-r,0,1)+normalQuantile(i,0,1)}function perSide(r){return r===Infinity?Infinity:Math.max(2,Math.ceil(r))}function meansRaw(r,i,s,o,u){if(!(r>=0&&i>=0))throw new RangeError("standard deviations must be >= 0");const f=zSum(o,u);if(s===0)return Infinity;return f*f*(r*r+i*i)/(s*s)}function samplesForMeans(r,i,s,o,u=.8){return perSide(meansRaw(r,i,s,o,u))}function samplesForMedians(r,i,s,o,u=.8){return perSide(meansRaw(r,i,s,o,u)/ne)}function samplesForRates(r,i,s,o=.8){for(const[s,o]of[["pBaseline",r],["pCandidate",i]]){if(!(o>=0&&o<=1))throw new RangeError(`${s} must be in [0, 1], got ${o}`)}assertProbability("alpha",s);assertProbability("power",o);if(r===i)return Infinity;const u=normalQuantile(1-s,0,1);const f=normalQuantile(o,0,1);const v=(r+i)/2;const h=u*Math.sqrt(2*v*(1-v))+f*Math.sqrt(r*(1-r)+i*(1-i));const w=i-r;return perSide(h*h/(w*w))}function mann_kendall_sign(r){return r>0?1:r<0?-1:0}function tieTerm(r){const i=sortedCopy(r);let s=0;for(let r=0;r<i.length;){let o=r+1;while(o<i.length&&i[o]===i[r])o++;const u=o-r;s+=u*(u-1)*(2*u+5);r=o}return s}function mannKendall(r,i){const s=r.length;const o=i??r.map((r,i)=>i);if(o.length!==s)throw new RangeError(`x has ${o.length} offsets for ${s} values`);for(let r=1;r<s;r++){if(!(o[r]>o[r-1])){throw new RangeError("x must be strictly increasing")}}if(s<3)return null;let u=0;const f=new Float64Array(s*(s-1)/2);let v=0;for(let i=0;i<s-1;i++){const h=r[i];const w=o[i];for(let x=i+1;x<s;x++){const i=r[x]-h;u+=mann_kendall_sign(i);f[v++]=i/(o[x]-w)}}const h=(s*(s-1)*(2*s+5)-tieTerm(r))/18;const w=u>0?(u-1)/Math.sqrt(h):u<0?(u+1)/Math.sqrt(h):0;const x=Math.min(1,2*normalCdf(-Math.abs(w),0,1));const _=describe_median(f);return{n:s,s:u,varS:h,z:w,tau:u/(s*(s-1)/2),pValue:x,pIncreasing:normalCdf(-w,0,1),pDecreasing:normalCdf(w,0,1),senSlope:_,intercept:describe_median(r)-_*describe_median(o)}}function pairedTTest(r,i,s=.95){const o=r.length;if(o<2)throw new RangeError(`the paired t-test needs at least 2 pairs, got ${o}`);assertLevel("ciLevel",s);const u=describe_mean(r);const f=describe_variance(r)/o;const v=o-1;if(f===0){const r=i==="less"?u<0:u>0;const s=u===0?0:Math.sign(u)*Infinity;return{t:s,df:v,pValue:r?0:1,diff:u,ci:[u,u]}}const h=Math.sqrt(f);const w=u/h;const x=i==="less"?tCdf(w,v):tCdf(-w,v);const _=tQuantile(1-(1-s)/2,v)*h;return{t:w,df:v,pValue:x,diff:u,ci:[u-_,u+_]}}const ae=50;const ie=13;const se=new Map;function subsetCounts(r){let i=se.get(r);if(i)return i;const s=r*(r+1)/2;i=new Float64Array(s+1);i[0]=1;for(let s=1;s<=r;s++){for(let r=s*(s+1)/2;r>=s;r--){i[r]=i[r]+i[r-s]}}se.set(r,i);return i}function signedRankTail(r,i,s){const o=subsetCounts(i);let u=0;if(s==="lower")for(let i=0;i<=Math.min(r,o.length-1);i++)u+=o[i];else for(let i=Math.max(0,r);i<o.length;i++)u+=o[i];return u/2**i}function rankNonZero(r){const i=r.length;const s=Array.from({length:i},(r,i)=>i).sort((i,s)=>Math.abs(r[i])-Math.abs(r[s]));const o=new Float64Array(i);const u=new Uint8Array(i);let f=false;let v=0;for(let u=0;u<i;){const h=Math.abs(r[s[u]]);let w=u+1;while(w<i&&Math.abs(r[s[w]])===h)w++;const x=w-u;if(x>1)f=true;v+=x*x*x-x;for(let r=u;r<w;r++)o[r]=(u+1+w)/2;u=w}s.forEach((i,s)=>u[s]=r[i]>0?1:0);return{ranks:o,positive:u,ties:f,tieTerm:v}}function permutationP(r,i,s){const o=r.length;const u=Math.abs(i)*1e-14;let f=0;for(let v=0;v<2**o;v++){let h=0;for(let i=0;i<o;i++)if(v&1<<i)h+=r[i];if(s==="greater"?h>=i-u:h<=i+u)f++}return f/2**o}function wilcoxonSignedRank(r,i){const s=Float64Array.from(r);if(s.some(r=>Number.isNaN(r)))throw new RangeError("differences must not contain NaN");const o=s.filter(r=>r!==0);const u=s.length-o.length;const f=o.length;const{ranks:v,positive:h,ties:w,tieTerm:x}=rankNonZero(o);let _=0;for(let r=0;r<f;r++)if(h[r])_+=v[r];if(f===0)return{rPlus:0,n:f,method:"asymptotic",z:null,pValue:1};if(s.length<=ae&&!w&&u===0){const r=signedRankTail(_,f,i==="greater"?"upper":"lower");return{rPlus:_,n:f,method:"exact",z:null,pValue:r}}if(s.length<=ie){return{rPlus:_,n:f,method:"permutation",z:null,pValue:permutationP(v,_,i)}}const S=f*(f+1)/4;const M=Math.sqrt((f*(f+1)*(2*f+1)-x/2)/24);const E=(_-S)/M;return{rPlus:_,n:f,method:"asymptotic",z:E,pValue:i==="greater"?normalCdf(-E,0,1):normalCdf(E,0,1)}}function countWalshAtMost(r,i){const s=r.length;let o=0;let u=s-1;for(let f=0;f<s;f++){while(u>=f&&(r[f]+r[u])/2>i)u--;if(u<f)break;o+=u-f+1}return o}const oe=0x8000000000000000n;const le=new DataView(new ArrayBuffer(8));const keyOf=r=>{le.setFloat64(0,r);const i=le.getBigUint64(0);return i&oe?-(i&~oe):i};const wilcoxon_fromKey=r=>{le.setBigUint64(0,r<0n?-r|oe:r);return le.getFloat64(0)};function kthWalshAverage(r,i){const s=r.length;const o=s*(s+1)/2;if(!(Number.isInteger(i)&&i>=1&&i<=o)){throw new RangeError(`k must be an integer in [1, ${o}], got ${i}`)}let u=keyOf(r[0]);let f=keyOf(r[s-1]);while(u<f){const s=u+f>>1n;if(countWalshAtMost(r,wilcoxon_fromKey(s))>=i)f=s;else u=s+1n}return wilcoxon_fromKey(u)+0}function walshInterval(r,i=.95){const s=sortedCopy(r);const o=s.length;if(o<1)throw new RangeError("the Walsh interval needs at least 1 difference");if(Number.isNaN(s[o-1]))throw new RangeError("differences must not contain NaN");if(!(i>0&&i<1))throw new RangeError("ciLevel must be in (0, 1)");const u=o*(o+1)/2;const f=(1-i)/2;let v=o<=ae&&!s.includes(0);if(v){const r=Float64Array.from(s,Math.abs).sort();for(let i=1;i<o;i++)if(r[i]===r[i-1])v=false}let h;if(v){h=0;while(signedRankTail(h,o,"lower")<f)h++}else{const r=normalQuantile(1-f,0,1);h=Math.floor(u/2-r*Math.sqrt(o*(o+1)*(2*o+1)/24))}h=Math.max(1,h);const w=Math.ceil(u/2);const x=u%2===0?(kthWalshAverage(s,w)+kthWalshAverage(s,w+1))/2:kthWalshAverage(s,w);return{estimate:x,ci:[kthWalshAverage(s,h),kthWalshAverage(s,u+1-h)]}}function assertTrials(r,i,s){if(!Number.isInteger(i)||i<0)throw new RangeError(`n must be a whole number, got ${i}`);if(!Number.isInteger(r))throw new RangeError(`k must be a whole number, got ${r}`);if(!(s>=0&&s<=1))throw new RangeError(`p must be in [0, 1], got ${s}`)}function pmfSum(r,i,s,o){const u=Math.min(s,Math.floor((s+1)*o));const f=o/(1-o);let v=1;let h=u>=r&&u<=i?1:0;let w=1;for(let o=u;o<s&&w>0;o++){w*=(s-o)/(o+1)*f;v+=w;if(o+1>=r&&o+1<=i)h+=w}w=1;for(let o=u;o>0&&w>0;o--){w*=o/(s-o+1)/f;v+=w;if(o-1>=r&&o-1<=i)h+=w}return h/v}function binomialCdf(r,i,s){assertTrials(r,i,s);if(r<0)return 0;if(r>=i)return 1;if(s===0)return 1;if(s===1)return 0;const o=i*s;return r<o?pmfSum(0,r,i,s):1-pmfSum(r+1,i,i,s)}function binomialUpperTail(r,i,s){assertTrials(r,i,s);return binomialCdf(i-r,i,1-s)}function solve(r,i,s){let o=0;let u=1;for(let f=0;f<200;f++){const f=(o+u)/2;if(f===o||f===u)break;if(r(f)<i===s)o=f;else u=f}return(o+u)/2}function clopperPearson(r,i,s){assertTrials(r,i,.5);if(i<1||r<0||r>i)throw new RangeError(`need 0 <= k <= n and n >= 1, got ${r}, ${i}`);if(!(s>0&&s<1))throw new RangeError(`ciLevel must be in (0, 1)`);const o=(1-s)/2;const u=r===0?0:solve(s=>binomialUpperTail(r,i,s),o,true);const f=r===i?1:solve(s=>binomialCdf(r,i,s),o,false);return[u,f]}function mcnemarExact(r,i,s,o,u=.95){for(const[o,u]of[["up",r],["down",i],["cases",s]]){if(!Number.isInteger(u)||u<0)throw new RangeError(`${o} must be a whole number, got ${u}`)}if(s<1||r+i>s){throw new RangeError(`need 1 <= cases and up + down <= cases, got ${r}, ${i}, ${s}`)}assertLevel("ciLevel",u);const f=r+i;const v=(r-i)/s;const h=(1+u)/2;const[w,x]=clopperPearson(f,s,h);const[_,S]=f>0?clopperPearson(r,f,h):[0,1];const M=2*_-1;const E=2*S-1;const k=[M<0?x*M:w*M,E>0?x*E:w*E];if(f===0)return{up:r,down:i,pValue:1,diff:v,ci:k};const N=o==="less"?binomialCdf(r,f,.5):binomialCdf(i,f,.5);return{up:r,down:i,pValue:N,diff:v,ci:k}}function paired_power_zSum(r,i){for(const[s,o]of[["alpha",r],["power",i]]){if(!(o>0&&o<1))throw new RangeError(`${s} must be strictly between 0 and 1, got ${o}`)}return[normalQuantile(1-r,0,1),normalQuantile(i,0,1)]}const cases=r=>r===Infinity?Infinity:Math.max(2,Math.ceil(r));function casesForDifferences(r,i,s,o=.8,u=false){if(!(r>=0))throw new RangeError("the standard deviation must be >= 0");const[f,v]=paired_power_zSum(s,o);if(i===0)return Infinity;const h=(f+v)**2*r**2/i**2;return cases(u?h/ne:h)}function casesForMcNemar(r,i,s,o=.8){if(!(r>=0&&r<=1)){throw new RangeError(`discordance must be in [0, 1], got ${r}`)}const[u,f]=paired_power_zSum(s,o);if(i===0)return Infinity;const v=Math.max(r,Math.abs(i));return cases((u*Math.sqrt(v)+f*Math.sqrt(v-i*i))**2/i**2)}function commonMean(r){const i=r[0]?.mean;if(i===undefined)return null;return r.every(r=>r.mean===i)?i:null}function momentsOf(r){let i=0;let s=0;let o=0;for(let u=0;u<r.length;u++){const f=r[u];i+=1;const v=f-s;s+=v/i;o+=v*(f-s)}return{n:i,mean:s,m2:o}}function varianceComponents(r){const i=r.filter(r=>r.n>0);const s=i.length;const o=i.reduce((r,i)=>r+i.n,0);if(s<2||o-s<1)return null;const u=commonMean(i)??i.reduce((r,i)=>r+i.n*i.mean,0)/o;const f=i.reduce((r,i)=>r+i.n*(i.mean-u)**2,0);const v=i.reduce((r,i)=>r+i.m2,0);const h=f/(s-1);const w=v/(o-s);const x=(o-i.reduce((r,i)=>r+i.n*i.n,0)/o)/(s-1);const _=w>0?h/w:h>0?Infinity:NaN;const S=Math.max(0,(h-w)/x);return{days:s,calls:o,grandMean:u,msBetween:h,msWithin:w,f:_,n0:x,tau2:S}}function dayLevelShift(r,i){const s=varianceComponents(i);if(s===null||r.n<2)return null;const{tau2:o,msWithin:u}=s;const f=i.filter(r=>r.n>0);const v=f.map(r=>1/(u/r.n+o));const h=v.reduce((r,i)=>r+i,0);let w;let x;if(Number.isFinite(h)&&h>0){w=commonMean(f)??f.reduce((r,i,s)=>r+v[s]*i.mean,0)/h;x=1/h}else{w=s.grandMean;x=0}const _=r.m2/(r.n-1)/r.n;const S=o+x;const M=_+S;const E=r.mean-w;const k=Math.sqrt(M);const N=o>0?s.days-1:s.calls-s.days;const $=M>0?M**2/(_**2/(r.n-1)+S**2/N):1;const I=E===0?0:E>0?1:-1;const T=k===0?I*Infinity||0:E/k;return{reference:w,diff:E,se:k,t:T,df:$,components:s}}function shiftPValues(r){if(r.se===0){const i=r.diff===0?0:r.diff>0?1:-1;return{pLess:i<0?0:1,pGreater:i>0?0:1}}return{pLess:tCdf(r.t,r.df),pGreater:tCdf(-r.t,r.df)}}function dayLevelTest(r,i,s=.95){const o=dayLevelShift(r,i);if(o===null)return null;const{reference:u,diff:f,se:v,t:h,df:w,components:x}=o;const _=shiftPValues(o);const S=v===0?[f,f]:dayLevelInterval({diff:f,se:v,df:w},s);return{reference:u,diff:f,se:v,t:h,df:w,pLess:_.pLess,pGreater:_.pGreater,ci:S,components:x}}function dayLevelInterval(r,i){if(r.se===0)return[r.diff,r.diff];const s=tQuantile(1-(1-i)/2,r.df);return[r.diff-s*r.se,r.diff+s*r.se]}function metricStatus(r,i,s,o,u){const is=(r,i=false)=>({status:r,underpowered:i});if(r.notTested!==undefined)return is("inconclusive");if(i===null||s===null||r.worseBy===null)return is("insufficient_data");if(i<u)return is(r.worseBy>=r.threshold?"regressed":"degraded");if(s<u)return is("improved");if(o!==null&&o<r.threshold)return is("unchanged");return r.worseBy<=0?is("unchanged",true):is("inconclusive")}function adjustFamily(r,i,s=.05){const o=r.flat().filter(r=>r.pWorse!==null&&r.pBetter!==null);const u=o.map(r=>r.pWorse);const f=o.map(r=>r.pBetter);const[v,h]=[adjustPValues(u,i),adjustPValues(f,i)];const[w,x]=[localLevels(u,s,i),localLevels(f,s,i)];return new Map(o.map((r,i)=>[r,{p:[v[i],h[i]],level:[w[i],x[i]]}]))}function settleSize(r,i,s){const o=Math.min(r.candidate.n,r.baseline.n);const u=r.samplesNeeded(s);let f=u??0;const v=r.worseBy;if(i!==null&&v!==null&&v>0&&o>0){const s=i-v;const u=Math.max(r.threshold-v,v);if(s>0&&u>0)f=Math.max(f,Math.ceil(o*(s/u)**2))}return f>o&&Number.isFinite(f)?f:null}function decideFamily(r,i){const s=adjustFamily(r,i.correction,i.alpha);return r.map(r=>r.map(r=>{const o=s.get(r);const u=o&&r.interval?r.interval(o.level[0],o.level[1]):null;const f=u===null?null:r.worseOf(u[r.worseEnd]);const{status:v,underpowered:h}=metricStatus(r,o?.p[0]??null,o?.p[1]??null,f,i.alpha);const w=o?r.worseEnd===0?[o.level[1],o.level[0]]:[o.level[0],o.level[1]]:null;const x=v==="inconclusive"||h;return{metric:r.metric,status:v,baseline:r.baseline,candidate:r.candidate,relative_change:r.relativeChange,absolute_change:r.absoluteChange,test:r.test??r.spec.test,p_value:r.pWorse,p_value_adjusted:o?.p[0]??null,ci:u,ci_alpha:u===null?null:w,threshold:r.threshold,samples_needed:x&&o?settleSize(r,f,o.level[0]):null,underpowered:h,secondary:r.secondary,...r.notTested!==undefined?{not_tested:r.notTested}:{},...r.pairing}}))}class UserError extends Error{}function describeError(r){const oneLine=r=>r.replace(/\s+/g," ").trim().slice(0,500);if(r instanceof Error){return r instanceof UserError?oneLine(r.message):oneLine(`${r.name}: ${r.message}`)}return oneLine(`unexpected error: ${String(r)}`)}function oneLine(r,i=200){const s=r.replace(/[\u0000-\u001f\u007f]+/g," ").trim();return s.length>i?`${s.slice(0,i)}…`:s}class StoreError extends UserError{code;label;sqlite;name="StoreError";constructor(r,i,s,o){super(`Cannot read store ${JSON.stringify(oneLine(i))}: ${s}`);this.code=r;this.label=i;this.sqlite=o}}const ue=1e3;const ce=`substr(timestamp, 1, ${ue})`;const fe=`max(julianday(timestamp)), ${ce}`;function column(r,i,s){if(!r.has(i))return"NULL";return s===undefined?`"${i}"`:`${s}."${i}"`}function numeric(r,i,s){const o=column(r,i,s);return o==="NULL"?o:`CASE WHEN ${o} < '' AND ${o} > -9e999 AND ${o} < 9e999 THEN ${o} END`}function capped(r,i,s,o){const u=column(r,i,o);return u==="NULL"?u:`substr(${u}, 1, ${s})`}const ve=new WeakMap;function guardQueries(r,i){ve.set(r,i)}function verifyReads(r){ve.get(r)?.verify()}function failure(r,i){if(!r)return i;r.verify();const s=i instanceof Error?i.message:String(i);return new StoreError("corrupt",r.label,`SQLite cannot read it (${oneLine(s)}).`,s)}const he=new WeakMap;const de=64;function take(r,i){const s=he.get(r);const o=s?.get(i);if(o&&s){s.delete(i);return o}return r.prepare(i)}function giveBack(r,i,s){let o=he.get(r);if(!o)he.set(r,o=new Map);s.reset();o.set(i,s);if(o.size>de){const[r,i]=o.entries().next().value;o.delete(r);i.free()}}function forEachRow(r,i,s,o){const u=ve.get(r);let f;try{f=take(r,i)}catch(r){throw failure(u,r)}let v=false;try{f.bind(s);for(;;){let r;try{r=f.step()}catch(r){throw failure(u,r)}if(!r)break;o(f.get())}v=true}finally{if(v)giveBack(r,i,f);else f.free()}u?.verify()}function allRows(r,i,s=[]){const o=[];forEachRow(r,i,s,r=>o.push(r));return o}function usesIndex(r,i,s){const o=allRows(r,`EXPLAIN QUERY PLAN ${i}`,s).map(r=>String(r[3]));return o.some(r=>/USING (COVERING )?INDEX/.test(r))&&!o.some(r=>/TEMP/.test(r))}function indexInPlan(r,i){for(const[,,,s]of allRows(r,`EXPLAIN QUERY PLAN ${i}`)){const r=/USING (?:COVERING )?INDEX (\S+)(?: |$)/.exec(String(s))?.[1];if(r!==undefined)return r}return null}function num(r){return typeof r==="number"&&Number.isFinite(r)?r:null}function str(r){return r===null||r===undefined||r instanceof Uint8Array?null:String(r)}function utf8Text(r){return allRows(r,"PRAGMA encoding")[0]?.[0]==="UTF-8"}function sqliteMs(r){return Math.trunc(r*864e5+.5)}const pe=21086676e7;function timestampsById(r,i){const s=[...new Set(i.filter(r=>Number.isSafeInteger(r)))];const o=new Map;if(s.length===0)return o;for(const[i,u]of allRows(r,`SELECT id, ${ce} FROM prompt_metrics WHERE id IN (SELECT value FROM json_each(?))`,[JSON.stringify(s)]))if(typeof u==="string"&&!o.has(Number(i)))o.set(Number(i),u);return o}const me=new WeakMap;const ge=1e4;function askOnce(r,i,s,o=true){let u=me.get(r);if(!u)me.set(r,u=new Map);const f=`${i}\0${typeof s}\0${s}`;if(u.has(f))return u.get(f);const v=allRows(r,i,[s])[0]?.[0];if(o&&u.size<ge)u.set(f,v);return v}function julian(r,i,s){const o=!/[a-z]/i.test(i.replace(/[TZ]/g,""));const u=num(askOnce(r,"SELECT julianday(?)",i,o));if(u===null)throw new RangeError(`${s} is not an ISO 8601 time: ${JSON.stringify(i)}`);return u}function timeRange(r,i,s){const o=[];const u=[];const f=i===undefined?undefined:julian(r,i,"since");const v=s===undefined?undefined:julian(r,s,"until");if(f!==undefined){o.push("julianday(timestamp) >= ?");u.push(f)}if(v!==undefined){o.push("julianday(timestamp) < ?");u.push(v)}return{sql:o.map(r=>` AND ${r}`).join(""),params:u,...f===undefined?{}:{from:f},...v===undefined?{}:{to:v}}}function below(r){const i=new DataView(new ArrayBuffer(8));i.setFloat64(0,r);i.setBigUint64(0,i.getBigUint64(0)-1n);return i.getFloat64(0)}const be=2**51;class NeumaierSum{n=0;exact=true;sum=0;err=0;add(r){const i=this.sum;const s=i+r;if(Math.abs(i)>Math.abs(r))this.err+=i-s+r;else this.err+=r-s+i;this.sum=s;this.n++;if(Math.abs(r)>=be||Math.abs(s)>=be)this.exact=false}total(){return Number.isFinite(this.err)?this.sum+this.err:this.sum}mean(){if(this.n===0)return null;return this.total()/this.n}}const we=1e3;function compareText(r,i){return Buffer.compare(Buffer.from(r,"utf8"),Buffer.from(i,"utf8"))}function compareNumber(r,i){if(r===null||i===null)return r===i?0:r===null?-1:1;return r<i?-1:r>i?1:0}function compareGroup(r,i){if(r.kind!==i.kind)return r.kind-i.kind;if(r.kind===1){const s=compareText(r.model,i.model);if(s!==0)return s}else if(r.kind===2){const s=Buffer.compare(r.blob,i.blob);if(s!==0)return s}return compareNumber(r.temperature,i.temperature)||compareNumber(r.maxTokens,i.maxTokens)}function spanContexts(r,i,s){const o=new Float64Array(r.groups.length);const{jds:u,group:f,n:v}=r;for(let r=0;r<v;r++){const v=u[r];if(v>=i&&v<s)o[f[r]]+=1}const h=r.groups.map((r,i)=>({g:r,calls:o[i]}));return h.filter(r=>r.calls>0).sort((r,i)=>i.calls-r.calls||compareGroup(r.g,i.g)).slice(0,we).map(({g:r,calls:i})=>({model:r.model,temperature:r.temperature,maxTokens:r.maxTokens,calls:i}))}function groupFilter(r,i){const s=i===undefined?null:new Set(i);return Uint8Array.from(r.groups,r=>s===null||r.kind===1&&s.has(r.model)?1:0)}const ye=new WeakMap;function byNewest(r){let i=ye.get(r);if(i)return i;const{jds:s,ids:o,n:u}=r;const before=(r,i)=>s[i]-s[r]||o[i]-o[r];i=new Uint32Array(u);for(let r=0;r<u;r++)i[r]=u-1-r;let f=0;for(let r=1;r<u&&f<=4*u;r++){const s=i[r];let o=r-1;for(;o>=0&&before(s,i[o])<0;o--)i[o+1]=i[o];i[o+1]=s;f+=r-1-o}if(f>4*u)i.sort(before);ye.set(r,i);return i}function spanSamples(r,i,s,o,u,f){const v=groupFilter(r,f);const h=i.map(i=>r.values[i]);const w=i.map(()=>[]);let x=0;let _=Infinity;let S=-Infinity;let M=NaN;let E=NaN;const visit=i=>{x++;const s=r.jds[i];if(s<_)[_,M]=[s,r.ids[i]];if(s>S)[S,E]=[s,r.ids[i]];for(let r=0;r<h.length;r++){const s=h[r][i];if(!Number.isNaN(s))w[r].push(s)}};const selected=i=>{const u=r.jds[i];return u>=s&&u<o&&v[r.group[i]]===1};if(u===undefined){for(let i=0;i<r.n;i++)if(selected(i))visit(i)}else{for(const i of byNewest(r)){if(x>=u)break;if(selected(i))visit(i)}}const k={};i.forEach((r,i)=>k[r]=Float64Array.from(w[i]));return{rows:x,values:k,minId:M,maxId:E}}function sqliteDay(r){return Math.floor((sqliteMs(r)+432e5)/864e5)}const finite=r=>r!==null&&Number.isFinite(r)?r:null;function spanDaily(r,i,s,o,u){const f=new Map;const v=new Float64Array(0);const[h,w,x,_]=["quality_score","success","cost_eur","latency_ms"].map(i=>r.values[i]??v);const{jds:S,n:M}=r;let E=NaN;let k;for(let r=0;r<M;r++){const o=S[r];if(!(o>=i&&o<s))continue;const u=sqliteDay(o);if(u!==E||!k){E=u;k=f.get(E);if(!k){k={calls:0,q:new NeumaierSum,s:new NeumaierSum,c:new NeumaierSum,latency:[]};f.set(E,k)}}k.calls+=1;if(r<h.length&&!Number.isNaN(h[r]))k.q.add(h[r]);if(r<w.length&&!Number.isNaN(w[r]))k.s.add(w[r]);if(r<x.length&&!Number.isNaN(x[r]))k.c.add(x[r]);if(r<_.length&&!Number.isNaN(_[r]))k.latency.push(_[r])}const N=[];for(const[r,i]of f){if(!(i.q.exact&&i.s.exact&&i.c.exact))return null;const s=i.c.total();N.push({day:u(r),calls:i.calls,quality:finite(i.q.mean()),latencyP50:o&&i.latency.length>0?describe_quantile(Float64Array.from(i.latency).sort(),.5):null,successRate:finite(i.s.mean()),costPerCall:finite(i.c.mean()),costTotal:Number.isFinite(s)?s:0})}return N.sort((r,i)=>r.day<i.day?-1:r.day>i.day?1:0)}function spanBlocks(r,i,s){const o=groupFilter(r,s);const u=i.metrics.map(i=>r.values[i]);const{jds:f,group:v,n:h}=r;for(let r=0;r<h;r++){const s=f[r];if(s>=i.from&&s<i.to&&o[v[r]]===1)i.addRow(s,u,r)}return i.finish()}const xe=new Set(["latency_ms"]);const _e=2440587.5;const Se=1e4;class Welford{n=0;mean=0;m2=0;add(r){this.n+=1;const i=r-this.mean;this.mean+=i/this.n;this.m2+=i*(r-this.mean)}}class BlockFold{q;metrics;from;to;until;untilMs;calls;folds;logs;constructor(r,i,s){this.q=r;if(!Number.isInteger(r.count)||r.count<1||r.count>Se)throw new RangeError(`count must be a whole number in 1..${Se}, got ${r.count}`);if(!(r.blockMs>0))throw new RangeError(`blockMs must be positive, got ${r.blockMs}`);this.metrics=[...new Set(r.metrics)].filter(r=>i.metrics.has(r));const o=s(r.until);this.until=o;this.untilMs=Math.round((o-_e)*864e5);const u=r.blockMs/864e5;const f=1/864e5;this.from=o-u*r.count-f;this.to=o+f;this.calls=new Array(r.count).fill(0);this.folds=Array.from({length:r.count},()=>this.metrics.map(()=>new Welford));this.logs=this.metrics.map(r=>xe.has(r))}add(r,i,s){const o=this.enter(r);if(o)for(let r=0;r<this.metrics.length;r++)this.fold(o,r,i[s+r])}addRow(r,i,s){const o=this.enter(r);if(o)for(let r=0;r<this.metrics.length;r++)this.fold(o,r,i[r][s])}enter(r){const i=Math.round((r-_e)*864e5);const s=Math.ceil((this.untilMs-i)/this.q.blockMs)-1;if(s<0||s>=this.q.count)return null;this.calls[s]=(this.calls[s]??0)+1;return this.folds[s]}fold(r,i,s){if(typeof s!=="number"||!Number.isFinite(s))return;if(this.logs[i]){if(s>0)r[i].add(Math.log(s))}else r[i].add(s)}finish(){return this.calls.map((r,i)=>{const s={};this.metrics.forEach((r,o)=>{const u=this.folds[i][o];s[r]={n:u.n,mean:u.n>0?u.mean:0,m2:u.m2}});return{index:i,calls:r,metrics:s}})}}function readBlocks(r,i,s,o=()=>null){const u=new BlockFold(s,i,i=>julian(r,i,"until"));const f=s.models??null;if(f!==null&&f.length===0)return u.finish();const v=o(u.from,u.until);if(v)return spanBlocks(v,u,s.models);const h=`SELECT julianday(timestamp), ${u.metrics.map(r=>column(i.callColumns,r)).join(", ")||"NULL"} `+"FROM prompt_metrics WHERE version_id = ? AND julianday(timestamp) >= ? AND julianday(timestamp) < ?"+(f?` AND ${column(i.callColumns,"model_name")} IN (${f.map(()=>"?").join(", ")})`:"");const w=[s.versionId,u.from,u.to,...f??[]];forEachRow(r,h,w,r=>{const i=r[0];if(typeof i==="number")u.add(i,r,1)});return u.finish()}function toWorse(r,i,s){const o=s.better==="higher"?-r:r;if(s.threshold==="points")return o;if(i!==0)return o/Math.abs(i);return o===0?0:o>0?Infinity:-Infinity}function endsAt(r,i,s){const o=r(1-2*i);const u=s===i?o:r(1-2*s);return[o[0],u[1]]}function oneSidedEnds(r,i){return(s,o)=>i.better==="higher"?endsAt(r,o,s):endsAt(r,s,o)}const Me=1e150;function largest(r,i){let s=0;for(const o of[r,i])for(const r of o)if(Math.abs(r)>s)s=Math.abs(r);return s}const finiteOrNull=r=>r!==null&&Number.isFinite(r)?r:null;function side(r,i){if(r.length===0)return{n:0,mean:null,median:null};return{n:r.length,mean:finiteOrNull(describe_mean(r)),median:i.center==="rate"?null:finiteOrNull(describe_median(r))}}function center(r,i){return i.center==="median"?r.median:r.mean}function successes(r){let i=0;for(const s of r)if(s!==0)i+=1;return i}const sd=r=>Math.sqrt(describe_variance(r));const Ee={fisher_exact:(r,i,s)=>{const o=successes(i);const u=successes(r);const f=u/r.length;return{p:s=>fisherExact(o,i.length,u,r.length,s).pValue,at:s=>newcombeInterval(o,i.length,u,r.length,s),samplesNeeded:r=>samplesForRates(f,Math.max(0,f-s),r),secondary:[]}},mann_whitney_u:(r,i,s)=>{const o=sd(i);const u=sd(r);const f=once(()=>sortedSides(i,r));const v=once(()=>mannWhitneyUs(i,r,f()));const h=once(()=>welch(i,r));return{p:r=>v()(r).pValue,at:s=>hodgesLehmann(i,r,s,f()).ci,samplesNeeded:r=>samplesForMedians(o,u,s,r),secondary:[["welch_t",r=>h().p(r)]]}},welch_t:(r,i,s)=>{const o=sd(i);const u=sd(r);const f=once(()=>welch(i,r));const v=once(()=>mannWhitneyUs(i,r));return{p:r=>f().p(r),at:r=>f().ci(r),samplesNeeded:r=>samplesForMeans(o,u,s,r),secondary:[["mann_whitney_u",r=>v()(r).pValue]]}}};function once(r){let i;return()=>(i??={v:r()}).v}function testMetric(r,i,s,o){const u=_[r];const f=side(i,u);const v=side(s,u);const h=center(f,u);const w=center(v,u);const x=h!==null&&w!==null?w-h:null;const S=x!==null&&h!==null&&h!==0?x/Math.abs(h):null;const M={metric:r,spec:u,baseline:f,candidate:v,relativeChange:S,absoluteChange:x,threshold:o.threshold,worseBy:x!==null&&h!==null?toWorse(x,h,u):null,worseOf:r=>toWorse(r,h??0,u),worseEnd:u.better==="higher"?0:1};const E=f.n>=o.minSamples&&v.n>=o.minSamples;const k={...M,pWorse:null,pBetter:null,interval:null,secondary:[],samplesNeeded:()=>null};const N=E?largest(i,s):0;if(N>Me)return{...k,worseBy:null,notTested:`a value of ${N.toPrecision(3)} is too large to test (the limit is ±${Me.toPrecision(1)}); check how it was logged`};if(!E||h===null)return k;const $=u.threshold==="points"?o.threshold:o.threshold*Math.abs(h);const I=Ee[u.test](i,s,$);const T=u.better==="higher"?"less":"greater";const C=u.better==="higher"?"greater":"less";const q=I.secondary.map(([r,i])=>({test:r,p_value:i(T)}));return{...M,pWorse:I.p(T),pBetter:I.p(C),interval:oneSidedEnds(I.at,u),secondary:q,samplesNeeded:I.samplesNeeded}}function testMetrics(r,i,s,o){const values=(r,i)=>r.values[i]??new Float64Array;return r.filter(r=>values(i,r).length+values(s,r).length>0).map(r=>testMetric(r,values(i,r),values(s,r),{minSamples:o.minSamples,threshold:o.thresholds[r]}))}const ke=5;const Ne=1e3;const Re=2;function metricDays(r,i){return r.map(r=>r.metrics[i]).filter(r=>r!==undefined&&r.n>=Re)}function worseOfShift(r,i){const s=xe.has(r.metric);const o=s?Math.exp(i.reference):i.reference;const u=s?o*Math.expm1(i.diff):i.diff;return toWorse(u,o,r.spec)}function judge(r,i){return{r:i,worseBy:worseOfShift(r,i),pWorse:r.spec.better==="higher"?i.pLess:i.pGreater}}function regressedDay(r,i,s,o){if(s.length<ke)return false;const u=dayLevelShift(i,s);if(u===null)return false;if(!(worseOfShift(r,u)>=r.threshold))return false;const f=shiftPValues(u);return(r.spec.better==="higher"?f.pLess:f.pGreater)<o}function dayLevelMetricTest(r,i,s){if(r.pWorse===null||r.pairing?.paired||i===undefined)return r;if(s.length<ke)return r;const o=dayLevelTest(i,s);if(o===null)return r;const u=xe.has(r.metric);const{worseBy:f,pWorse:v}=judge(r,o);const h=u?Math.exp(o.reference):o.reference;const w=u?Math.exp(i.mean):i.mean;const units=r=>u?h*Math.expm1(r):r;const at=r=>{const i=dayLevelInterval(o,r);return[units(i[0]),units(i[1])]};const worseOf=i=>toWorse(i,h,r.spec);const x=w-h;const _=r.test==="day_level_t"||r.pWorse===null?[]:[{test:r.spec.test,p_value:r.pWorse}];return{...r,test:"day_level_t",baseline:{n:o.components.calls,mean:u?r.baseline.mean:h,median:u?h:r.baseline.median},candidate:u?{...r.candidate,median:w}:{...r.candidate,mean:w},absoluteChange:x,relativeChange:h!==0?x/Math.abs(h):null,worseBy:f,worseOf:worseOf,pWorse:v,pBetter:r.spec.better==="higher"?o.pGreater:o.pLess,interval:oneSidedEnds(at,r.spec),secondary:[..._,...r.secondary]}}const Ae=28;function sideMoments(r,i){const s=i??new Float64Array;return momentsOf(xe.has(r)?s.filter(r=>r>0).map(Math.log):s)}function historyDayLevel(r,i,s){const o=i.store.blocks?.bind(i.store);const u=i.newestCall===null?NaN:parseInstant(i.newestCall);if(!o||!Number.isFinite(u))return{tests:[...r],days:0};const f=i.since===null?-Infinity:parseInstant(i.since);const v=o({versionId:i.versionId,metrics:r.map(r=>r.metric),until:toIso(u+1),blockMs:E,count:Ae,...i.models?{models:i.models}:{}}).filter(r=>u+1-(r.index+1)*E>=f);let h=0;const w=r.map(r=>{const i=metricDays(v,r.metric);const o=dayLevelMetricTest(r,sideMoments(r.metric,s.values[r.metric]),i);if(o!==r)h=Math.max(h,i.length);return o});return{tests:w,days:h}}const $e=null&&["passed","regressed","warning","no_changes"];const Ie=null&&["regressed","degraded","inconclusive","untested","never"];const Te=null&&["holm","bh","none"];const Ce=["regressed","degraded","inconclusive","insufficient_data","unchanged","improved"];const qe=[...Ce,"new_prompt"];const De=null&&["fresh","history"];const Oe=null&&["explicit","production_tag","latest","same_text"];function worstStatus(r){for(const i of Ce){if(r.some(r=>r.status===i))return i}return"insufficient_data"}function failingFrom(r){return r==="untested"?"insufficient_data":r}function failingStatuses(r){if(r==="never")return[];return Ce.slice(0,Ce.indexOf(failingFrom(r))+1)}function policy_failsPolicy(r,i){if(r==="new_prompt")return false;return failingStatuses(i).includes(r)}const Fe=["regressed","degraded","inconclusive","insufficient_data"];function runVerdict(r,i){if(r.length===0)return"no_changes";if(r.some(r=>policy_failsPolicy(r,i)))return"regressed";return r.some(r=>Fe.includes(r))?"warning":"passed"}function countStatuses(r){const n=i=>r.filter(r=>r.status===i).length;return{candidates:r.length,regressed:n("regressed"),degraded:n("degraded"),inconclusive:n("inconclusive"),improved:n("improved"),new_prompts:n("new_prompt"),untested:n("insufficient_data"),prompts:new Set(r.map(r=>r.prompt)).size}}const Le="−";const je="–";function numbers_sign(r,i){if(r<0)return Le;return i&&r>0?"+":""}function group(r){const[i="",s]=r.split(".");const o=i.replace(/\B(?=(\d{3})+(?!\d))/g,",");return s===undefined?o:`${o}.${s}`}function significantAbs(r,i){const s=Math.abs(r);if(s===0)return"0";const o=Math.floor(Math.log10(s));let u=Math.min(20,Math.max(0,i-1-o));let f=s.toFixed(u);if(u>0&&Number(f)>=10**(o+1)){u-=1;f=s.toFixed(u)}if(f.includes("."))f=f.replace(/\.?0+$/,"");return group(f)}function formatSignificant(r,i=3,s=false){if(r===null||!Number.isFinite(r))return je;return numbers_sign(r,s)+significantAbs(r,i)}function formatFixed(r,i,s=false){if(r===null||!Number.isFinite(r))return je;const o=Math.abs(r).toFixed(i);return(Number(o)===0?"":numbers_sign(r,s))+group(o)}function formatCount(r){return formatFixed(r===null?null:Math.round(r),0)}function formatLatency(r,i=false,s=3){if(r===null||!Number.isFinite(r))return je;const o=Math.abs(r);if(o>=1e5)return`${formatFixed(r/6e4,1,i)} min`;if(o>=1e3)return`${formatSignificant(r/1e3,s,i)} s`;if(o>=100)return`${formatFixed(r,0,i)} ms`;return`${formatSignificant(r,s,i)} ms`}function formatEur(r,i=false,s=3){if(r===null||!Number.isFinite(r))return je;const o=Math.abs(r)>=1?formatFixed(Math.abs(r),2):significantAbs(r,s);return`${numbers_sign(r,i)}€${o}`}function formatTokens(r,i=false,s=3){if(r===null||!Number.isFinite(r))return je;return Math.abs(r)>=100?formatFixed(r,0,i):formatSignificant(r,s,i)}function formatRate(r){if(r===null||!Number.isFinite(r))return je;return`${formatFixed(r*100,1)} %`}const Pe=1e-9;function formatChangePercent(r){if(r===null||!Number.isFinite(r))return je;if(Math.abs(r)<Pe)return"0.0 %";const i=r*100;const s=Math.abs(i);if(s>=100)return`${formatFixed(i,0,true)} %`;if(s>=.1||s===0)return`${formatFixed(i,1,true)} %`;return`${formatSignificant(i,2,true)} %`}function formatPercentShort(r){const i=Number((r*100).toFixed(2));return`${numbers_sign(i,true)}${Math.abs(i)} %`}function formatPointsShort(r){const i=Number((r*100).toFixed(2));return`${numbers_sign(i,true)}${Math.abs(i)} pp`}function formatPoints(r){if(r===null||!Number.isFinite(r))return je;return`${formatFixed(r*100,1,true)} pp`}const Be=1e-10;function formatPValue(r){if(r===null||!Number.isFinite(r))return je;if(r<Be)return"< 1e-10";if(r<.001){const[i="",s=""]=r.toExponential(1).split("e");return`${i}e${s.replace("+","")}`}if(r<.1)return significantAbs(r,2);return r>=.995?"1.00":r.toFixed(2)}function formatPInline(r){const i=formatPValue(r);return i.startsWith("<")?`p ${i}`:`p = ${i}`}function formatInterval(r,i){if(r===null)return je;return`[${i(r[0])}, ${i(r[1])}]`}function numbers_formatLevel(r){return`${Number(((1-2*r)*100).toFixed(1))} %`}const We="unknown date";function formatTimestamp(r){const i=new Date(r);if(Number.isNaN(i.getTime()))return We;return`${i.toISOString().slice(0,16).replace("T"," ")} UTC`}function formatDays(r){const i=Math.round(r);return`${formatCount(i)} ${i===1?"day":"days"}`}const Ue={regressed:"❌",degraded:"⚠️",inconclusive:"❔",insufficient_data:"⏳",unchanged:"✅",improved:"✨",new_prompt:"🆕"};const ze={regressed:"regressed",degraded:"degraded",inconclusive:"inconclusive",insufficient_data:"too few calls",unchanged:"unchanged",improved:"improved",new_prompt:"new prompt"};function metricHeading(r){const i=_[r];return i.center==="rate"?i.label:`${i.label} (${i.center})`}function metricName(r){return METRIC_SPECS[r].label.toLowerCase()}function centerOf(r,i){return _[r].center==="median"?i.median:i.mean}function formatMetricValue(r,i){switch(r){case"quality_score":case"accuracy":return i!==null&&Math.abs(i)<=1?formatFixed(i,3):formatSignificant(i,3);case"latency_ms":return formatLatency(i);case"success":return formatRate(i);case"cost_eur":return formatEur(i);case"total_tokens":return formatTokens(i)}}function formatMetricDelta(r,i){switch(r){case"quality_score":case"accuracy":return formatSignificant(i,2,true);case"latency_ms":return formatLatency(i,true,2);case"success":return formatPoints(i);case"cost_eur":return formatEur(i,true,2);case"total_tokens":return formatTokens(i,true,2)}}function formatChange(r){return _[r.metric].threshold==="points"?formatPoints(r.absolute_change):formatChangePercent(r.relative_change)}function formatThreshold(r,i){const s=_[r];const o=s.better==="higher"?-Math.abs(i):Math.abs(i);return s.threshold==="points"?formatPointsShort(o):formatPercentShort(o)}function severity(r){return STATUS_ORDER.indexOf(r)}function failingComparisons(r){const i=r.settings.fail_on;return sortWorstFirst(r.comparisons.filter(r=>failsPolicy(r.status,i)))}function sortWorstFirst(r){return r.map((r,i)=>({c:r,i:i})).sort((r,i)=>severity(r.c.status)-severity(i.c.status)||r.i-i.i).map(({c:r})=>r)}function decisiveMetrics(r){return r.metrics.filter(i=>i.status===r.status).sort((r,i)=>(r.p_value_adjusted??1)-(i.p_value_adjusted??1))}function testCount(r){return r.comparisons.reduce((r,i)=>r+i.metrics.filter(r=>r.p_value!==null).length,0)}function ciHeading(r){return r.correction==="none"?`${formatLevel(r.alpha)} CI`:"CI (adj.)"}function plural(r,i,s=`${i}s`){return`${formatCount(r)} ${r===1?i:s}`}const Ve={holm:"Holm",bh:"Benjamini-Hochberg",none:"no correction"};function perCaseMeans(r,i){const s=r.values[i]??new Float64Array;const o=r.cases?.codes[i];const u=r.cases?.ids??[];const f=new Map;if(!o)return new Map;for(let r=0;r<s.length;r++){const i=o[r];if(i<0)continue;const u=f.get(i);if(u)u.push(s[r]);else f.set(i,[s[r]])}return new Map([...f].map(([r,i])=>[u[r],describe_mean(sortedCopy(i))]))}function matchCases(r,i,s){const o=perCaseMeans(r,s);const u=perCaseMeans(i,s);const f=[...u.keys()].filter(r=>o.has(r)).sort();return{baseline:Float64Array.from(f,r=>o.get(r)),candidate:Float64Array.from(f,r=>u.get(r)),baselineOnly:o.size-f.length,candidateOnly:u.size-f.length}}function paired_side(r,i){return{n:r.length,mean:describe_mean(r),median:i?null:describe_median(r)}}function testPairedMetric(r,i,s,o){const u=_[r];const{baseline:f,candidate:v}=i;const h=f.length;if(h<2)throw new RangeError(`a paired test needs at least 2 matched cases, got ${h}`);const w=u.center==="rate";const S=paired_side(f,w);const M=paired_side(v,w);const pick=r=>u.center==="median"?r.median:r.mean;const E=pick(S);const k=pick(M)-E;const N=Float64Array.from(v,(r,i)=>r-f[i]);const $=u.better==="higher"?"less":"greater";const I=u.better==="higher"?"greater":"less";const T=u.threshold==="points"?s.threshold:s.threshold*Math.abs(E);const C=Math.sqrt(describe_variance(N));let q;let D;let O;let F;if(u.test==="fisher_exact"){let r=0;let i=0;for(const s of N){if(s>0)r++;else if(s<0)i++}q=mcnemarExact(r,i,h,$).pValue;D=mcnemarExact(r,i,h,I).pValue;O=s=>mcnemarExact(r,i,h,$,s).ci;F=s=>casesForMcNemar((r+i)/h,T,s)}else if(u.test==="mann_whitney_u"){q=wilcoxonSignedRank(N,$).pValue;D=wilcoxonSignedRank(N,I).pValue;O=r=>walshInterval(N,r).ci;F=r=>casesForDifferences(C,T,r,.8,true)}else{q=pairedTTest(N,$).pValue;D=pairedTTest(N,I).pValue;O=r=>pairedTTest(N,$,r).ci;F=r=>casesForDifferences(C,T,r)}return{metric:r,spec:u,test:x[u.test],baseline:S,candidate:M,relativeChange:E!==0?k/Math.abs(E):null,absoluteChange:k,threshold:s.threshold,worseBy:toWorse(k,E,u),pWorse:q,pBetter:D,interval:oneSidedEnds(O,u),secondary:o?.pWorse!=null?[{test:u.test,p_value:o.pWorse}]:[],worseOf:r=>toWorse(r,E,u),worseEnd:u.better==="higher"?0:1,samplesNeeded:F,pairing:pairingOf(i,true)}}function pairingOf(r,i){return{paired:i,matched_cases:r.baseline.length,baseline_only_cases:r.baselineOnly,candidate_only_cases:r.candidateOnly}}function caseCounts(r,i){const s=new Set(r.cases?.ids??[]);const o=new Set(i.cases?.ids??[]);const u=[...o].filter(r=>s.has(r)).length;return[u,s.size-u,o.size-u]}function testMetricsPaired(r,i,s,o){const u=o.pairBy;const f=testMetrics(r,i,s,o);const v=[];const h=f.map(r=>{const u=matchCases(i,s,r.metric);if(r.notTested!==undefined||u.baseline.length<Math.max(2,o.minSamples)){if(r.pWorse!==null)v.push(r.metric);return{...r,pairing:pairingOf(u,false)}}const f={minSamples:o.minSamples,threshold:r.threshold};return testPairedMetric(r.metric,u,f,r)});const[w,x,_]=caseCounts(i,s);const S={key:u,paired:h.some(r=>r.pairing?.paired),matched_cases:w,baseline_only_cases:x,candidate_only_cases:_,baseline_calls_without_case:i.cases?.withoutKey??i.rows,candidate_calls_without_case:s.cases?.withoutKey??s.rows};const M={baseline:i.cases?.hint,candidate:s.cases?.hint};return{tests:h,pairing:S,notes:pairingNotes(S,v,o.minSamples,M)}}function pairingNotes(r,i,s,o){const u=[];if(i.length>0){const f=i.map(r=>_[r].label.toLowerCase()).join(", ");const v=[r.baseline_calls_without_case>0&&r.matched_cases+r.baseline_only_cases===0?"baseline":"",r.candidate_calls_without_case>0&&r.matched_cases+r.candidate_only_cases===0?"candidate":""].filter(r=>r!=="");const h=bothAlike(v,o)?[hintText("both",o.baseline)]:v.flatMap(r=>hintText(r,o[r])??[]);const w=v.length>0?`no call of the ${v.join(" or the ")} has a ${r.key} in its metadata`+(h.length>0?` (${h.join("; ")})`:""):r.matched_cases===0?`the two sides share no ${r.key}`:`fewer than ${s} matched cases have a value on both sides`;u.push(`Not paired by ${r.key} (${f}): ${w}; tested unpaired on all calls instead.`)}return u}function bothAlike(r,i){const[s,o]=[i.baseline,i.candidate];return r.length===2&&s!==undefined&&o!==undefined&&s.unusable===0&&o.unusable===0&&s.keys.join("\0")===o.keys.join("\0")}function hintText(r,i){if(i===undefined)return null;const s=r==="both"?"both sides'":`the ${r}'s`;const o=[];if(i.keys.length>0){const r=i.keys.map(r=>JSON.stringify(r)).join(", ");o.push(`${s} metadata has ${i.keys.length===1?"the key":"the keys"} ${r}`)}if(i.unusable>0)o.push(`${plural(i.unusable,`${r} call`)} with metadata that is not a JSON object`);if(o.length===0)return r==="both"?"neither side's calls have metadata":`${s} calls have no metadata`;return o.join(", ")}const Ge=.1;const He=.01;function callsByModel(r){const i=new Map;for(const s of r){const r=s.model??"unset";i.set(r,(i.get(r)??0)+s.calls)}return i}function modelMixWarning(r,i){const s=callsByModel(r);const o=callsByModel(i);const u=[...s.keys()].sort();if(u.length<2||u.join("\0")!==[...o.keys()].sort().join("\0"))return null;const f=[...s.values()].reduce((r,i)=>r+i,0);const v=[...o.values()].reduce((r,i)=>r+i,0);const h=u.some(r=>{const[i,h]=[s.get(r)??0,o.get(r)??0];if(Math.abs(h/v-i/f)<Ge)return false;const w=h/v<i/f?"less":"greater";return fisherExact(h,v,i,f,w).pValue<He/(2*u.length)});if(!h)return null;const shares=(r,i)=>u.map(s=>`${Math.round(100*(r.get(s)??0)/i)} % ${s}`).join(", ");return`The model mix differs: baseline ${shares(s,f)}; candidate ${shares(o,v)}. A difference between the sides may come from the mix rather than the prompt.`}const Qe=1e6;const modelsOf=r=>[...new Set(r.map(r=>r.model).filter(r=>r!==null))].sort();function sameModels(r,i){const s=r.filter(r=>i.some(i=>i.model===r));const o=s.length>0?s:null;return{models:o,contexts:o?i.filter(r=>r.model!==null&&o.includes(r.model)):i,crossModel:r.length>0&&o===null&&i.length>0}}function readSides(r,i,s,o,u){const f=r.contexts(i.id);const v=modelsOf(f);const h=u.pairBy?{caseKey:u.pairBy}:{};const w=r.samples({versionId:i.id,metrics:o,newest:Qe,...h});const{source:x,freshSince:_}=pickSource(s,v,u);const{store:S,version:M}=x==="fresh"&&s.fresh?s.fresh:s.history;const E=x==="fresh"?_:u.baselineSince??undefined;const{models:k,contexts:N,crossModel:$}=sameModels(v,S.contexts(M.id,E));const I=S.samples({versionId:M.id,metrics:o,newest:u.baselineMaxSamples,...E?{since:E}:{},...k?{models:k}:{},...h});return{candidate:w,candidateContexts:f,baseline:I,baselineContexts:N,source:x,models:k,crossModel:$}}const Je=/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?$/;const plainInstant=r=>r!==null&&Je.test(r)?parseInstant(r):NaN;function nothingFresh(r,i){if(r.calls===0)return true;const s=plainInstant(r.lastCallAt);return s<=plainInstant(i.lastCallAt)}function pickSource(r,i,s){const{fresh:o}=r;if(s.baselineSamples==="history"||!o)return{source:"history"};if(s.baselineSamples==="auto"&&nothingFresh(o.version,r.history.version))return{source:"history"};const u=o.after();const f=u===null?undefined:toIso(u+1);if(s.baselineSamples==="fresh")return{source:"fresh",freshSince:f};const v=o.store.contexts(o.version.id,f);const h=sameModels(i,v).contexts.reduce((r,i)=>r+i.calls,0);return{source:h>=s.minSamples?"fresh":"history",freshSince:f}}function contextWarnings(r){const i=[];const list=r=>[...new Set(r.map(r=>r===null?"unset":String(r)))].sort().join(", ");const differs=(s,o)=>{const u=list(r.baselineContexts.map(s));const f=list(r.candidateContexts.map(s));if(u!==""&&f!==""&&u!==f)i.push(`${o} differs: baseline ${u}; candidate ${f}.`)};if(r.crossModel){i.push("The baseline has no calls on the candidate's models: this compares across models.")}differs(r=>r.model,"Model");const s=modelMixWarning(r.baselineContexts,r.candidateContexts);if(s!==null)i.push(s);differs(r=>r.temperature,"Temperature");differs(r=>r.maxTokens,"max_tokens");return i}class SelectionError extends UserError{name="SelectionError"}function sameContent(r,i){if(r.promptText!==undefined&&i.promptText!==undefined){if(r.promptText===null||i.promptText===null)return r.version===i.version;return r.promptKey===i.promptKey&&r.promptText===i.promptText}if(r.promptHash===null||i.promptHash===null)return r.version===i.version;return r.promptHash===i.promptHash}function sameStoredText(r,i){if(typeof r.promptText==="string"&&typeof i.promptText==="string")return r.promptKey===i.promptKey&&r.promptText===i.promptText;return r.promptHash!==null&&r.promptHash===i.promptHash}const foldName=r=>r.normalize("NFKC").toLowerCase();function renameHints(r,i){const s=[];const o=JSON.stringify(r.name);const u=foldName(r.name);const f=i.versions().find(i=>i.name!==r.name&&foldName(i.name)===u);if(f)s.push(`The base store has no prompt ${o}, but has ${JSON.stringify(f.name)}, a name that differs only in case or Unicode form: if the prompt was renamed, this version is not tested against it.`);const v=i.versions().find(i=>i.name!==r.name&&sameStoredText(i,r));if(v)s.push(`The base store's ${JSON.stringify(v.name)} ${JSON.stringify(v.version)} has this very text: if the prompt was renamed, this version is not tested against it.`);return s}function contentChanges(r,i,s){const o=new Map;for(const r of i?.versions()??[])o.set(r.name,[...o.get(r.name)??[],r]);const u=[];const f=[];for(const i of r.versions()){const r=o.get(i.name)??[];const v=r.filter(r=>sameContent(r,i));if(v.some(r=>r.version===i.version))continue;const h=[liveVersion(r,s),r[0]];const w=v.find(r=>h.includes(r));if(w)f.push({version:i,sameAs:w});else u.push({version:i,versionReused:r.some(r=>r.version===i.version)})}return{changed:u,sameText:f}}function liveVersion(r,i){return r.find(r=>r.tags.includes("production"))??newestCalled(r,i)}function newestCalled(r,i){return r.find(r=>r.calls>=i)??r.find(r=>r.calls>0)??r[0]}function chooseBaseline(r,i,s){const o=i.filter(i=>i.name===r.name&&!sameContent(i,r));const[u,...f]=o.filter(r=>r.tags.includes("production"));if(u)return{version:u,chosenBy:"production_tag",...f.length>0?{alsoTagged:f}:{}};const v=newestCalled(o,s);return v?{version:v,chosenBy:"latest"}:null}function sameTextBaseline(r,i,s,o){const u=i.filter(i=>i.name===r.name&&(o||i.version!==r.version));const f=newestCalled(u,s);return f?{version:f,chosenBy:"same_text"}:null}function findVersion(r,i,s,o){const u=r.versions().filter(r=>r.name===i);if(u.length===0){const s=[...new Set(r.versions().map(r=>r.name))].slice(0,10);throw new SelectionError(`Prompt ${JSON.stringify(i)} is not in ${r.label}; it has: ${s.map(r=>JSON.stringify(r)).join(", ")||"no prompts"}.`)}const f=u.find(r=>r.version===s);if(!f){const f=u.slice(0,10).map(r=>JSON.stringify(r.version));throw new SelectionError(`The ${o} version ${JSON.stringify(s)} of ${JSON.stringify(i)} is not in ${r.label}; newest versions: ${f.join(", ")}.`)}return f}function planPairings(r,i,s,o){if(o){const u=findVersion(r,o.prompt,o.candidate,"candidate");const f=i??r;const v=i!==null&&i.versions().some(r=>r.name===u.name&&r.version===u.version&&!sameContent(r,u));if(o.baseline){const r=findVersion(f,o.prompt,o.baseline,"baseline");if(i===null&&r.version===u.version)throw new SelectionError(`The baseline and the candidate are the same version ${JSON.stringify(u.version)} of ${JSON.stringify(u.name)}: name another version as the baseline, or leave it out to compare with the live one.`);return[{candidate:u,baseline:r,chosenBy:"explicit",versionReused:v}]}const h=parseInstant(u.timestamp);const w=i?i.versions():r.versions().filter(r=>r.name===u.name&&parseInstant(r.timestamp)<=h);const x=r.versions().filter(r=>r.name===u.name&&r.version!==u.version);const _=chooseBaseline(u,w,s)??sameTextBaseline(u,w,s,i!==null)??(i?null:chooseBaseline(u,x,s));return[{candidate:u,baseline:_?.version??null,chosenBy:_?.chosenBy??null,versionReused:v,..._?.alsoTagged?{alsoTagged:_.alsoTagged}:{}}]}return contentChanges(r,i,s).changed.map(({version:r,versionReused:o})=>{const u=i?chooseBaseline(r,i.versions(),s):null;return{candidate:r,baseline:u?.version??null,chosenBy:u?.chosenBy??null,versionReused:o,...u?.alsoTagged?{alsoTagged:u.alsoTagged}:{}}})}const Ye=14;function compareStores(r){const{head:i,base:s,options:o}=r;const u=f.filter(r=>i.metrics.has(r)&&(s??i).metrics.has(r));const v=planPairings(i,s,o.minSamples,r.selection);const h=v.map(i=>planOne(i,r,u));const w=decideFamily(h.map(r=>r.tests),o);const x=h.map((r,i)=>{const o=toComparison(r,w[i]??[]);return o.status==="new_prompt"&&s?{...o,warnings:renameHints(r.pairing.candidate,s)}:o});const _=x.map(r=>r.status);const S=r.selection?[]:contentChanges(i,s,r.options.minSamples).sameText;const M=[];if(!s&&!r.selection){M.push("The base branch has no store: every added version is new, nothing to compare with.")}return{schema:1,kind:"compare",verdict:runVerdict(_,r.failOn),generated_at:r.generatedAt,settings:{alpha:o.alpha,correction:o.correction,min_samples:o.minSamples,fail_on:r.failOn,thresholds:o.thresholds,...o.pairBy?{pair_by:o.pairBy}:{}},counts:countStatuses(x),comparisons:x,same_text:S.map(r=>({prompt:r.version.name,version:r.version.version,same_as:r.sameAs.version})),warnings:M}}function locate(r,i,s){const o={store:s.base??s.head,version:r};const u=s.base;if(!u)return{history:o,fresh:null};const f=s.head.versions().filter(s=>s.name===r.name&&s.id!==i.id&&sameContent(s,r));const v=f.find(i=>i.version===r.version)??f[0];return{history:o,fresh:v?{store:s.head,version:v,after:()=>u.lastCallMs()}:null}}function planOne(r,i,s){if(!r.baseline){const s=modelsOf(i.head.contexts(r.candidate.id));return{pairing:r,plan:null,tests:[],candidateModels:s}}const o=readSides(i.head,r.candidate,locate(r.baseline,r.candidate,i),s,i.options);const u=modelsOf(o.candidateContexts);const{pairBy:f}=i.options;const v=f?testMetricsPaired(s,o.baseline,o.candidate,{...i.options,pairBy:f}):undefined;const h=v?.tests??testMetrics(s,o.baseline,o.candidate,i.options);const w=i.base??i.head;const{tests:x,days:_}=o.source==="history"?historyDayLevel(h,{store:w,versionId:r.baseline.id,newestCall:o.baseline.to,models:o.models,since:i.options.baselineSince},o.candidate):{tests:h,days:0};return{pairing:r,plan:o,tests:x,candidateModels:u,baselineDays:_,...v?{paired:v}:{}}}function toComparison(r,i){const{candidate:s,baseline:o,chosenBy:u,versionReused:f}=r.pairing;const v={version:s.version,version_reused:f,prompt_hash:s.promptHash,n:r.plan?.candidate.rows??s.calls,models:r.candidateModels,timestamp:s.timestamp,git_commit:s.gitCommit};if(!o||!r.plan||!u){return{prompt:s.name,candidate:v,baseline:null,status:"new_prompt",metrics:[],cross_model:false,warnings:[]}}const h=r.plan;const w=daysBetween(h.baseline.to,h.candidate.to);const x=[...r.paired?.notes??[],...contextWarnings(h)];const _=r.pairing.alsoTagged;if(_)x.push(`Also tagged production: ${_.map(r=>JSON.stringify(r.version)).join(", ")}; the newest tagged, ${JSON.stringify(o.version)}, is the baseline. Untag the versions that are no longer live.`);if(r.baselineDays)x.push(`The baseline is history from ${r.baselineDays} days: judged against the spread of its daily means, from every call of those days (not only the newest baseline-max-samples), so a change must be larger to be sure than against a fresh baseline. Re-run the live version in the evaluation for a fresh baseline.`);if(h.source==="history"&&w!==null&&w>Ye){x.push(`The baseline's newest call is ${Math.round(w)} days older than the candidate's: conditions may have changed. Re-run the live version in the evaluation for a fresh baseline.`)}return{prompt:s.name,candidate:v,baseline:{version:o.version,prompt_hash:o.promptHash,n:h.baseline.rows,models:modelsOf(h.baselineContexts),timestamp:o.timestamp,chosen_by:u,source:h.source,newest_call:h.baseline.to,age_days:w===null?null:Math.round(w*10)/10},status:worstStatus(i),metrics:i,cross_model:h.crossModel,warnings:x,...r.paired?{pairing:r.paired.pairing}:{}}}function formatDuration(r){const whole=i=>r%i===0;const count=(r,i)=>`${formatCount(r)} ${i}${r===1?"":"s"}`;if(whole(E)&&r>=2*E)return count(r/E,"day");if(whole(M))return count(r/M,"hour");if(whole(6e4))return count(r/6e4,"minute");return count(r/1e3,"second")}function formatMoney(r){if(r===null||!Number.isFinite(r))return je;return Math.abs(r)>=.01||r===0?`€${formatFixed(r,2)}`:formatEur(r)}const Xe={quality_score:"Daily mean quality",latency_ms:"Daily median latency",success:"Daily success rate",cost_eur:"Daily cost per call"};function formatTrendChange(r,i){return _[r].threshold==="points"?formatPoints(i):formatChangePercent(i)}const Ke=["quality_score","latency_ms","success","cost_eur"];const Ze=7;const er=.5;const rr=60;const tr=14;function trendSeries(r,i,s=0){const o=Math.floor(i/E)-s;return r.filter(r=>{const i=dayNumber(r.day);return i<o&&i>=o-tr})}function dailyPoints(r){return r.map(r=>({day:r.day,calls:r.calls,quality_score:r.quality,latency_ms:r.latencyP50,success:r.successRate,cost_eur:r.costPerCall}))}function testTrend(r,i,s){const o=[];const u=[];for(const s of i){const i=s[r];const f=dayNumber(s.day);if(i!==null&&Number.isFinite(i)&&Number.isFinite(f)){o.push(i);u.push(f)}}const f=u.map(r=>r-(u[0]??0));const v=f.at(-1)??0;const h=o.length>0?describe_median(o):null;const w=i.find(r=>dayNumber(r.day)===u[0])?.day??null;const x={metric:r,days:o.length,median:h,span:v,threshold:s,firstDay:w};const S=o.length>=Ze?mannKendall(o,f):null;if(S===null||h===null){return{...x,slope:null,intercept:null,change:null,relative:null,projected:null,worseBy:null,pWorse:null,pBetter:null}}const M=_[r];const E=S.senSlope*v;const k=M.threshold==="points"?E:h!==0?E/Math.abs(h):null;const N=S.senSlope*rr;const $=M.threshold==="points"?N:h!==0?N/Math.abs(h):null;const I=toWorse(N,h,M);return{...x,slope:S.senSlope,intercept:S.intercept,change:E,relative:k,projected:$,worseBy:I,pWorse:M.better==="higher"?S.pDecreasing:S.pIncreasing,pBetter:M.better==="higher"?S.pIncreasing:S.pDecreasing}}function trends_status(r,i,s,o){if(i===null||s===null||r.worseBy===null)return"insufficient_data";if(i<o)return r.worseBy>=er*r.threshold?"worsening":"slight";return s<o?"improving":"stable"}function decideTrends(r,i){const s=adjustFamily(r,i.correction);return r.map(r=>r.map(r=>{const[o,u]=s.get(r)?.p??[null,null];return{metric:r.metric,status:trends_status(r,o,u,i.alpha),days:r.days,median:r.median,slope_per_day:r.slope,intercept:r.intercept,span_days:r.span,change:r.change,relative_change:r.relative,projected_change:r.projected,first_day:r.firstDay,p_value:r.pWorse,p_value_adjusted:o,p_better_adjusted:u}}))}function make(r){return{kind:r.kind,severity:r.severity,prompt:r.prompt??null,version:r.version??null,metric:r.metric??null,budget:r.budget??null,change:r.change??null,amount:r.amount??null,limit:r.limit??null,p_value_adjusted:r.p_value_adjusted??null,confirmed:r.confirmed??r.severity==="critical",message:r.message}}function worse(r){return r==="higher"?"fell":"rose"}function metricMessage(r,i){const s=_[r.metric];const o=formatMetricValue(r.metric,centerOf(r.metric,r.baseline));const u=formatMetricValue(r.metric,centerOf(r.metric,r.candidate));const f=formatThreshold(r.metric,r.threshold);const v=r.status==="regressed"?`beyond the ${f} threshold`:`significant, but within the ${f} threshold`;return`${metricHeading(r.metric)} ${worse(s.better)} from ${o} to ${u} (${formatChange(r)}) `+`in the last ${formatDuration(i.windowMs)} against the previous ${formatDuration(i.historyMs)}; `+`${formatPInline(r.p_value_adjusted)}, ${v}.`}function metricAlert(r,i,s,o){if(s.status!=="regressed")return null;const u=_[s.metric];return make({kind:"regression",severity:"critical",prompt:r,version:i,metric:s.metric,change:u.threshold==="points"?s.absolute_change:s.relative_change,p_value_adjusted:s.p_value_adjusted,message:metricMessage(s,o)})}function degradedNote(r,i){return r.status==="degraded"?`${metricMessage(r,i)} A note, not an alert.`:null}function trendAlert(r,i,s,o){if(s.status!=="worsening"||s.slope_per_day===null)return null;const u=_[s.metric];return make({kind:"trend",severity:"warning",prompt:r,version:i,metric:s.metric,change:s.relative_change,p_value_adjusted:s.p_value_adjusted,confirmed:o,message:`${Xe[s.metric]} ${u.better==="higher"?"falls":"rises"} steadily over ${s.days} days: `+`Sen's slope ${formatMetricDelta(s.metric,s.slope_per_day)} per day, `+`${formatTrendChange(s.metric,s.relative_change)} over ${s.span_days} days`+(s.projected_change===null?"":`, ${formatTrendChange(s.metric,s.projected_change)} in ${rr} days at this pace`)+` (Mann-Kendall ${formatPInline(s.p_value_adjusted)}).`})}function silentAlert(r,i,s,o,u,f){const v=u===null?"":` Version ${u} has calls in the window: is the production tag out of date?`;return make({kind:"silent",severity:"warning",prompt:r,version:i,confirmed:f,message:`No calls in the last ${formatDuration(o.windowMs)}, after ${s.toLocaleString("en-US")} `+`in the previous ${formatDuration(o.historyMs)}.${v}`})}function budgetAlert(r,i,s,o,u=r!=="projection"){const f=`over the ${r==="day"||r==="today"?"daily":"monthly"} budget of ${formatMoney(s)}`;const v={day:`${o.day??""} cost ${formatMoney(i)}, ${f}.`,today:`Today (${o.day??""}, until ${o.until?formatTimestamp(o.until):"now"}) has cost ${formatMoney(i)} so far, ${f}.`,month:`${o.month??""} has cost ${formatMoney(i)} to date, ${f}.`,projection:`At its rate so far, ${o.month??""} is projected to cost ${formatMoney(i)}, ${f}.`};return make({kind:"budget",severity:r==="projection"?"warning":"critical",prompt:null,version:null,budget:r,amount:i,limit:s,confirmed:u,message:v[r]})}function sortAlerts(r){const i=["regression","budget","degradation","trend","silent"];const key=r=>`${r.prompt??""}\0${r.metric??r.budget??""}`;return[...r].sort((r,s)=>(r.severity===s.severity?0:r.severity==="critical"?-1:1)||i.indexOf(r.kind)-i.indexOf(s.kind)||(key(r)<key(s)?-1:key(r)>key(s)?1:0))}const nr=7;const ar=E;const ir=["January","February","March","April","May","June","July","August","September","October","November","December"];function costReport(r,i,s,o=true){const u=new Date(i-1);const f=Math.floor((i-1)/E)*E;const v=i===f+E;const h=f-(nr-1)*E;const w=Date.UTC(u.getUTCFullYear(),u.getUTCMonth(),1);const x=Date.UTC(u.getUTCFullYear(),u.getUTCMonth()+1,1);const _=r.costByDay(toIso(Math.min(h,w)),toIso(i));const S=new Map(_.map(r=>[r.day,r]));const M=[];for(let r=h;r<=f;r+=E){const i=toIso(r).slice(0,10);const s=S.get(i);M.push({day:i,calls:s?.calls??0,cost:s?.cost??0,complete:r<f||v})}const k=toIso(w).slice(0,7);const N=_.filter(r=>r.day.startsWith(k)).reduce((r,i)=>r+i.cost,0);const $=i-w;const I=$/(x-w);const T=$>=ar?N/I:null;const C=`${ir[u.getUTCMonth()]??""} ${u.getUTCFullYear()}`;const q=[];const D=s.dailyBudget;if(D!==null){const r=M.filter(r=>r.complete).at(-1);if(r&&r.cost>D)q.push(budgetAlert("day",r.cost,D,{day:r.day}));const s=M.at(-1);if(s&&!s.complete&&s.cost>D)q.push(budgetAlert("today",s.cost,D,{day:s.day,until:toIso(i)}))}const O=s.monthlyBudget;if(O!==null){if(N>O)q.push(budgetAlert("month",N,O,{month:C}));else if(T!==null&&T>O){const u=o?costReport(r,i-E,s,false).alerts.some(r=>r.budget==="projection"||r.budget==="month"):false;q.push(budgetAlert("projection",T,O,{month:C},u))}}return{days:M,month:k,month_to_date:N,month_elapsed:I,projection:T,daily_budget:D,monthly_budget:O,alerts:q}}const sr=r(import.meta.url)("node:module");let or;function quickKey(r){let i=3735928559;let s=1103547991;for(let o=0;o<r.length;o++){const u=r.charCodeAt(o);i=Math.imul(i^u,2654435761);s=Math.imul(s^u,1597334677)}i=Math.imul(i^i>>>16,2246822507)^Math.imul(s^s>>>13,3266489909);s=Math.imul(s^s>>>16,2246822507)^Math.imul(i^i>>>13,3266489909);return 4294967296*(2097151&s)+(i>>>0)}function hash_shortSha256(r){or??=(0,sr.createRequire)(import.meta.url)("node:crypto");return or.createHash("sha256").update(r).digest("hex").slice(0,16)}function allAlerts(r){return[...r.prompts.flatMap(r=>r.alerts),...r.cost.alerts]}function alertsFingerprint(r){const i=[...new Set(allAlerts(r).map(r=>JSON.stringify([r.kind,r.prompt??"",r.metric??r.budget??""])))].sort((r,i)=>r<i?-1:r>i?1:0);return shortSha256(i.join("\n"))}function callsIn(r,i,s){if(i.calls===0||i.lastCallAt===null)return 0;const o=parseInstant(i.lastCallAt);if(Number.isFinite(o)&&o<parseInstant(s.since))return 0;return r.contexts(i.id,s.since,s.until).reduce((r,i)=>r+i.calls,0)}function latest(r,i,s,o,u){const f={activeOther:null,idleTagged:u};for(const u of i){const i=callsIn(r,u,s);if(i>0){const s=callsIn(r,u,o);return{...f,version:u,chosenBy:"latest_in_window",windowCalls:i,historyCalls:s}}}for(const s of i){const i=callsIn(r,s,o);if(i>0)return{...f,version:s,chosenBy:"latest_in_history",windowCalls:0,historyCalls:i}}return null}function pickLive(r,i,s,o){const u=i.find(r=>r.tags.includes("production"));if(!u)return latest(r,i,s,o,null);const f=callsIn(r,u,s);const v=callsIn(r,u,o);if(f===0&&v===0){const f=i.filter(r=>r!==u);return latest(r,f,s,o,u)}const h=f>0?null:i.find(i=>i!==u&&callsIn(r,i,s)>0)??null;const w=i.filter(r=>r!==u&&r.tags.includes("production"));return{version:u,chosenBy:"production_tag",windowCalls:f,historyCalls:v,activeOther:h,idleTagged:null,...w.length>0?{alsoTagged:w}:{}}}const lr=3;function list(r){const i=r.slice(0,lr).join(", ");return r.length>lr?`${i} and ${r.length-lr} more`:i}function promptNotes(r,i,s,o){const u=[];const f=formatDuration(s.historyMs);if(r.idleTagged)u.push(`Version ${r.idleTagged.version} is tagged production but has no calls in the window or the previous ${f}; this reports on the newest version with calls instead.`);if(r.alsoTagged)u.push(`${plural(r.alsoTagged.length,"older version")} (${list(r.alsoTagged.map(r=>r.version))}) ${r.alsoTagged.length===1?"is":"are"} also tagged production; the newest tagged, ${r.version.version}, is taken as live.`);if(i.window.rows>0&&i.history.rows===0)u.push(`No calls of this version in the previous ${f}: nothing to compare the window with yet.`);if(i.crossModel)u.push(`The history has no calls on the window's models (${list(i.windowModels)}): this compares across models.`);else if(i.history.rows>0){const r=i.windowModels.filter(r=>!i.historyModels.includes(r));if(r.length>0)u.push(`The window also ran on ${list(r)}, which the history has no calls on; the history is restricted to the models both have.`)}const v=i.dayLevel;if(v.length>0){const r=Math.max(...v.map(r=>r.days));const s=formatDuration(i.blockMs);const o=v.filter(r=>r.excluded>0);u.push(`The window is compared with the spread of ${r} earlier blocks of ${s} of the history (day-level test)`+(o.length>0?`; left out as already regressed: ${o.map(r=>`${r.excluded} for ${r.metric}`).join(", ")}.`:"."))}else if(i.history.rows>=o)u.push(`The history is its newest ${o.toLocaleString("en-US")} calls (baseline-max-samples).`);return u}function prompt_sum(r){let i=0;for(const s of r??[])i+=s;return i}function meanOf(r){return r&&r.length>0?prompt_sum(r)/r.length:null}function statusOf(r,i,s){if(r.some(r=>r.kind!=="silent"))return"alert";if(r.length>0)return"silent";const o=i.some(r=>r.p_value!==null)||s.some(r=>r.p_value!==null);return o?"healthy":"insufficient_data"}function promptHealth(r,i,s,o,u,f,v){const{pick:h,plan:w}=r;const x=h.version;const _=h.windowCalls===0&&h.historyCalls>0?[silentAlert(x.name,x.version,h.historyCalls,u,h.activeOther?.version??null,r.previousWindowCalls===0)]:[];const S=sortAlerts([...i.map(r=>metricAlert(x.name,x.version,r,u)),...s.map(r=>trendAlert(x.name,x.version,r,o.some(i=>i.metric===r.metric&&i.status==="worsening"))),..._].filter(r=>r!==null));return{prompt:x.name,live:{version:x.version,chosen_by:h.chosenBy,timestamp:x.timestamp,git_commit:x.gitCommit},status:statusOf(S,i,s),window_status:worstStatus(i),window:{...f,n:w.window.rows,models:w.windowModels,first_call:w.window.from,last_call:w.window.to},history:{...w.historyRange,n:w.history.rows,models:w.historyModels,first_call:w.history.from,last_call:w.history.to},cross_model:w.crossModel,metrics:i,trends:s,daily:r.daily,cost:{per_call_window:meanOf(w.window.values.cost_eur),per_call_history:meanOf(w.history.values.cost_eur),window_total:prompt_sum(w.window.values.cost_eur)},alerts:S,notes:[...promptNotes(h,w,u,v),...i.map(r=>degradedNote(r,u)).filter(r=>r!==null)]}}function referenceDays(r,i,s){const o=[];let u=0;for(const f of metricDays(i,r.metric)){if(regressedDay(r,f,o,s))u+=1;else o.push(f)}return{days:o,excluded:u}}function planWindow(r,i,s,o,u,f){const v=f.baselineSince!==null&&parseInstant(f.baselineSince)>parseInstant(o.since)?f.baselineSince:o.since;const h={since:v,until:o.until};const w=r.contexts(i.id,s.since,s.until);const x=r.contexts(i.id,h.since,h.until);const _=modelsOf(w);const{models:S,contexts:M,crossModel:E}=sameModels(_,x);const k=r.samples({versionId:i.id,metrics:u,since:s.since,until:s.until,newest:Qe});const N=r.samples({versionId:i.id,metrics:u,since:h.since,until:h.until,newest:f.baselineMaxSamples,...S?{models:S}:{}});const $=k.rows===0?[]:testMetrics(u,N,k,f);const I=parseInstant(s.until)-parseInstant(s.since);const T=Math.min(Ne,Math.floor((parseInstant(h.until)-parseInstant(h.since))/I));const C=[];let q=$;if(T>=ke&&$.length>0){const o=r.blocks({versionId:i.id,metrics:u,until:s.until,blockMs:I,count:T+1,...S?{models:S}:{}});const v=o[0];const h=o.slice(1).reverse();q=$.map(r=>{const i=referenceDays(r,h,f.alpha);const s=i.days;const o=dayLevelMetricTest(r,v?.metrics[r.metric],s);if(o!==r)C.push({metric:r.metric,days:s.length,excluded:i.excluded});return o})}return{window:k,history:N,historyRange:h,windowModels:_,historyModels:modelsOf(M),crossModel:E,tests:q,dayLevel:C,blockMs:I}}const ur=864e13;const cr=5*6e4;function clockAhead(r,i){const s=r.lastCallMs();if(s===null||!(s-i>cr))return[];const o=s-i;const[u,f]=o>=2*E?[Math.round(o/E),"day"]:o>=2*36e5?[Math.round(o/36e5),"hour"]:[Math.round(o/6e4),"minute"];return[`The store's newest call (${(r.lastCallAt()??"").slice(0,40)}) is ${u} ${f}s after this run's time: calls stamped after it are left out. Is the clock of the host that logs them ahead?`]}function byPrompt(r){const i=new Map;for(const s of r){const r=i.get(s.name);if(r)r.push(s);else i.set(s.name,[s])}return[...i.values()]}const fr={alert:1,silent:2,insufficient_data:3,healthy:4};function rank(r){return r.alerts.some(r=>r.severity==="critical")?0:fr[r.status]}function staleStore(r,i,s){const o=[];const u=r.lastCallAt();if(u===null)o.push("The store has no calls at all.");else if((r.lastCallMs()??Infinity)<parseInstant(i.since))o.push(`The store's newest call (${u.slice(0,40)}) is older than the window: is this the production store, and is the time right?`);if(!s&&u!==null)o.push("No prompt has calls in the window or the history: nothing was checked. Is this the production store, and is the time right?");return o}function healthReport(r,i){const s=parseInstant(i.now);if(!Number.isFinite(s))throw new RangeError(`now must be an ISO 8601 time, got ${i.now}`);const{analysis:o,health:u}=i;const v={windowMs:u.windowMs,historyMs:u.historyMs};const h={since:toIso(s-u.windowMs),until:toIso(s)};const w={since:toIso(s-u.windowMs-u.historyMs),until:h.since};const x=f.filter(i=>r.metrics.has(i));const _=Ke.filter(i=>r.metrics.has(i));const S=Math.min(s-u.windowMs-u.historyMs,s-2*u.windowMs);if(Math.abs(S-1e3)<=ur)r.focus?.(toIso(S-1e3),h.until);const M=[];let E=0;for(const i of byPrompt(r.versions())){const f=pickLive(r,i,h,w);if(!f){E+=1;continue}const v=planWindow(r,f.version,h,w,x,o);const S=dailyPoints(r.daily(f.version.id,w.since,h.until));const trendsAt=r=>{const i=trendSeries(S,s,r);return _.map(r=>testTrend(r,i,o.thresholds[r]))};const k={since:toIso(s-2*u.windowMs),until:h.since};M.push({pick:f,plan:v,daily:S,trends:trendsAt(0),previousTrends:trendsAt(1),previousWindowCalls:f.windowCalls>0?0:callsIn(r,f.version,k)})}const k=decideFamily(M.map(r=>r.plan.tests),o);const N=decideTrends(M.map(r=>r.trends),o);const $=decideTrends(M.map(r=>r.previousTrends),o);const I=M.map((r,i)=>promptHealth(r,k[i]??[],N[i]??[],$[i]??[],v,h,o.baselineMaxSamples)).sort((r,i)=>rank(r)-rank(i)||(r.prompt<i.prompt?-1:r.prompt>i.prompt?1:0));const T=costReport(r,s,u);const C=M.some(r=>r.pick.windowCalls>0);const q=[...C?[]:staleStore(r,h,I.length>0),...i.clock?clockAhead(r,s):[]];const D=allAlerts({prompts:I,cost:T});const n=r=>I.filter(i=>i.status===r).length;const O=I.some(r=>policy_failsPolicy(r.window_status,i.failOn));const F=I.every(r=>r.status==="insufficient_data");return{schema:1,kind:"health",verdict:O?"regressed":D.length>0||F?"warning":"passed",generated_at:h.until,window:h,history:w,settings:{alpha:o.alpha,correction:o.correction,min_samples:o.minSamples,fail_on:i.failOn,thresholds:o.thresholds,window_ms:u.windowMs,history_ms:u.historyMs,baseline_max_samples:o.baselineMaxSamples,daily_budget:u.dailyBudget,monthly_budget:u.monthlyBudget,min_trend_days:Ze,trend_days:tr,trend_horizon_days:rr},counts:{prompts:I.length,healthy:n("healthy"),alert:n("alert"),silent:n("silent"),insufficient_data:n("insufficient_data"),inactive:E,alerts:D.length,critical:D.filter(r=>r.severity==="critical").length,warnings:D.filter(r=>r.severity==="warning").length,confirmed:D.filter(r=>r.confirmed).length},prompts:I,cost:T,warnings:q}}function summarize(r,i=(new Date).toISOString()){const s=r.digest({means:["success","quality_score","cost_eur","total_tokens"],quantiles:{quality_score:[.5],latency_ms:[.5,.95]}});const o=r.versions().map(r=>{const i=s.get(r.id);const mean=r=>i?.means[r]??null;const o=i?.quantiles.quality_score??null;const u=i?.quantiles.latency_ms??null;return{prompt:r.name,version:r.version,timestamp:r.timestamp,git_commit:r.gitCommit,tags:r.tags,models:i?.models??[],calls:r.calls,success_rate:mean("success"),quality_mean:mean("quality_score"),quality_median:o?.[0]??null,latency_p50:u?.[0]??null,latency_p95:u?.[1]??null,cost_mean:mean("cost_eur"),tokens_mean:mean("total_tokens"),first_call:i?.firstCall??null,last_call:i?.lastCall??null}});return{schema:1,kind:"summary",store:r.label,generated_at:i,prompts:new Set(o.map(r=>r.prompt)).size,versions:o}}const vr=r(import.meta.url)("node:fs");const hr=r(import.meta.url)("node:path");var dr=__nccwpck_require__.n(hr);const pr=512*1024*1024;const mr="SQLite format 3\0";const gr="version https://git-lfs.github.com/spec/";function formatSize(r){if(r<1048576)return`${r} bytes`;return`${(r/1048576).toFixed(r%1048576===0?0:1)} MiB`}function tooLarge(r,i,s){return new StoreError("too_large",r,`the file is ${formatSize(i)}, above the ${formatSize(s)} limit; raise it with the `+"action input max-store-size or the CLI option --max-store-size.")}function shellQuote(r){return/^[\w./-]+$/.test(r)?r:`'${r.replace(/'/g,"'\\''")}'`}function checkHeader(r,i,s,o){if(i===0)throw new StoreError("empty",s,"the file is empty (0 bytes), not a Prompt Versioner store.");if(i>o.maxBytes)throw tooLarge(s,i,o.maxBytes);const u=String.fromCharCode(...r.subarray(0,mr.length));if(u!==mr)throw new StoreError("not_sqlite",s,String.fromCharCode(...r.subarray(0,gr.length))===gr?"it is a Git LFS pointer, not the store itself: fetch the store with git lfs pull (in a workflow, actions/checkout with lfs: true).":'not a SQLite database (it does not start with "SQLite format 3").');if(i<100||r.length<100)throw new StoreError("truncated",s,`the SQLite file is truncated (${i} bytes).`);const f=new DataView(r.buffer,r.byteOffset,100);const v=f.getUint16(16);const h=v===1?65536:v;if(h<512||(h&h-1)!==0)throw new StoreError("corrupt",s,`the SQLite header is corrupt (page size ${v}).`);const w=f.getUint32(28);const x=w>0&&f.getUint32(92)===f.getUint32(24)?w:null;const _=x===null?h:x*h;if(_>i)throw new StoreError("truncated",s,`the SQLite file is truncated: its header announces ${_} bytes, the file has `+`${i}; copy the whole file again.`);const S=r[18]===2||r[19]===2;if(S&&o.walPresent)throw new StoreError("wal_pending",s,"the store is in WAL mode and its -wal file holds changes not yet in the main file; "+`run sqlite3 ${shellQuote(oneLine(s))} 'PRAGMA wal_checkpoint(TRUNCATE)' while nothing `+"writes to it, then retry.")}const br=[217,213,5,249,32,161,99,215];const wr=1073741824;const yr=65536;const u32=(r,i)=>(r[i]<<24|r[i+1]<<16|r[i+2]<<8|r[i+3])>>>0;function hasMagic(r,i){return i+8<=r.length&&br.every((s,o)=>r[i+o]===s)}function checksum(r,i){let s=r;for(let r=i.length-200;r>0;r-=200)s=s+i[r]>>>0;return s}function namesSuperJournal(r){const i=r.length;if(i<16||!hasMagic(r,i-8))return false;const s=u32(r,i-16);return s>0&&s<=i-24}function readJournal(r,i,s){if(!hasMagic(r,0))return null;const refuse=r=>new StoreError("hot_journal",i,`a writer was interrupted inside a transaction and left a rollback journal (-journal) that ${r}; ${s}`);if(r.length<28)throw refuse("is truncated");const o=u32(r,20);const u=u32(r,24);const power=r=>(r&r-1)===0;if(u<512||u>65536||!power(u)||o<32||o>yr||!power(o))throw refuse(`has a corrupt header (page size ${u}, sector size ${o})`);if(namesSuperJournal(r))throw refuse("belongs to a transaction over several databases");const f=Math.floor(wr/u)+1;const v=new Map;const h=u+8;let w=0;let x=0;let _=true;e:while(x+o<=r.length&&hasMagic(r,x)){let i=u32(r,x+8);const s=u32(r,x+12);if(_)w=u32(r,x+16);_=false;let S=x+o;if(i===4294967295)i=Math.floor((r.length-S)/h);for(let o=0;o<i;o++,S+=h){if(S+h>r.length)break e;const i=u32(r,S);const o=r.subarray(S+4,S+4+u);if(i===0||i===f)break e;if(checksum(s,o)!==u32(r,S+4+u))break e;if(i<=w)v.set(i,o)}x=Math.ceil(S/o)*o}return{pageSize:u,pages:w,original:v}}function applyRollback(r,i){const s=new Uint8Array(i.pages*i.pageSize);s.set(r.subarray(0,s.length));for(const[r,o]of i.original)s.set(o,(r-1)*i.pageSize);return s}function readRolledBack(r,i,s,o){const u=new Uint8Array(s);const f=Math.min(i+s,r.pages*r.pageSize);if(f<=i)return u;u.set(o(i,f-i));const{pageSize:v}=r;for(let s=Math.floor(i/v);s*v<f;s++){const o=r.original.get(s+1);if(!o)continue;const h=Math.max(i,s*v);const w=Math.min(f,(s+1)*v);u.set(o.subarray(h-s*v,w-s*v),h-i)}return u}const xr=64*1024;const _r=1024*1024;const Sr=8*1024*1024;function changedError(r){return new StoreError("changed",r,"the file changed while it was being read (is a program logging into it?); retry, or "+"read a copy made with sqlite3's .backup command.")}function readInPlace(r){const subarray=(i,s)=>r.subarray(i,s);return{length:r.length,subarray:subarray,slice:()=>r}}class LazyFile{bytesRead=0;reads=0;fd;opened;label;constructor(r){this.label=r;this.fd=(0,vr.openSync)(r,"r");this.opened=(0,vr.fstatSync)(this.fd,{bigint:true});this.openedCounter=this.changeCounter();this.whole=Number(this.opened.size)<=Sr}whole;rollback=null;get size(){return this.rollback?this.rollback.pages*this.rollback.pageSize:Number(this.opened.size)}rollBack(r){this.rollback=r}head(r){return this.read(0,Math.min(r,this.size)).slice()}pages(){return{length:this.size,subarray:(r,i)=>this.read(r,i-r),copy:(r,i)=>this.copy(r,i)}}copy(r,i){if(this.rollback||this.whole){r.set(this.read(i,r.length));return}this.bytesRead+=r.length;r.fill(0,this.fill(r,i))}verify(){if(this.failure!==undefined)throw new StoreError("unreadable",this.label,`reading it failed (${this.failure}).`);if(this.fd===null||this.settled)return;if(!this.unchanged())throw changedError(this.label)}settled=false;unchanged(){if(this.fd===null)return false;const r=(0,vr.fstatSync)(this.fd,{bigint:true});return r.size===this.opened.size&&r.mtimeNs===this.opened.mtimeNs&&r.ctimeNs===this.opened.ctimeNs&&this.changeCounter()===this.openedCounter}changeCounter(){const r=new Uint8Array(4);try{if(this.fd===null||(0,vr.readSync)(this.fd,r,0,4,24)<4)return-1}catch{return-1}return(r[0]<<24|r[1]<<16|r[2]<<8|r[3])>>>0}openedCounter;close(){if(this.fd!==null)(0,vr.closeSync)(this.fd);this.fd=null}failure;read(r,i){if(!this.rollback)return this.readFile(r,i);return readRolledBack(this.rollback,r,i,(r,i)=>this.readFile(r,i))}chunk=new Uint8Array(65536);chunkStart=0;chunkEnd=0;nextPosition=-1;ahead=0;readFile(r,i){this.bytesRead+=i;if(this.whole)return this.fromWhole(r,i);const s=r===this.nextPosition;this.nextPosition=r+i;if(r>=this.chunkStart&&r+i<=this.chunkEnd)return this.chunk.subarray(r-this.chunkStart,r-this.chunkStart+i);this.ahead=s?Math.min(_r,Math.max(xr,this.ahead*2)):0;const o=Math.max(i,Math.min(this.ahead,Number(this.opened.size)-r));if(this.chunk.length<o)this.chunk=new Uint8Array(o);const u=this.fill(this.chunk.subarray(0,o),r);this.chunkStart=r;this.chunkEnd=r+u;const f=this.chunk.subarray(0,i);f.fill(0,Math.min(u,i));return f}wholeRead=false;fromWhole(r,i){if(!this.wholeRead){this.wholeRead=true;this.chunk=new Uint8Array(Number(this.opened.size));this.chunkStart=0;this.chunkEnd=this.fill(this.chunk,0);this.settled=this.unchanged()}if(r+i<=this.chunkEnd)return this.chunk.subarray(r,r+i);const s=new Uint8Array(i);if(r<this.chunkEnd)s.set(this.chunk.subarray(r,this.chunkEnd));return s}fill(r,i){this.reads+=1;let s=0;try{while(this.fd!==null&&s<r.length){const o=(0,vr.readSync)(this.fd,r,s,r.length-s,i+s);if(o===0)break;s+=o}}catch(r){this.failure??=oneLine(r instanceof Error?r.message:String(r))}return s}}class Decline extends Error{constructor(r){super(`page walk declined: ${r}`);this.name="Decline"}}const Mr=new WeakMap;function registerPages(r,i){Mr.set(r,i)}const Er=new WeakMap;function shapeOf(r,i){if(!utf8Text(r))return"not UTF-8";const s=i.subarray(0,100);const o=s[16]*256+s[17];const u=o===1?65536:o;const f=u-s[20];const v=Number(allRows(r,"PRAGMA page_count")[0]?.[0]);if(f<480||u<512||!(v>0))return"page size";if(i.length<v*u)return"a short file";return{pageSize:u,usable:f,pageCount:v}}const kr=8;function storeBytes(r){return Mr.get(r)?.length??0}const Nr=256;class PageReader{pageSize;usable;pageCount;pages;seen;inMemory;window=new Uint8Array(0);first=0;count=0;size=1;constructor(r){const i=Mr.get(r);if(!i)throw new Decline("no pages to read");let s=Er.get(r);if(!s)Er.set(r,s=shapeOf(r,i));if(typeof s==="string")throw new Decline(s);this.pageSize=s.pageSize;this.usable=s.usable;this.pageCount=s.pageCount;this.pages=i;this.inMemory=i instanceof Uint8Array;this.seen=new Uint8Array(this.pageCount+1)}restart(){this.seen.fill(0)}page(r){if(!(r>=2&&r<=this.pageCount)||this.seen[r])throw new Decline("page number");this.seen[r]=1;const{pageSize:i}=this;if(this.inMemory)return this.pages.subarray((r-1)*i,r*i);if(r<this.first||r>=this.first+this.count){const s=r>=this.first+this.count&&r<this.first+this.count+this.size;this.size=s?Math.min(Nr,this.size*2):1;const o=Math.min(this.size,this.pageCount-r+1);if(this.window.length<o*i)this.window=new Uint8Array(Nr*i);const u=this.window.subarray(0,o*i);if(this.pages.copy)this.pages.copy(u,(r-1)*i);else u.set(this.pages.subarray((r-1)*i,(r-1+o)*i));this.first=r;this.count=o}const s=(r-this.first)*i;return this.window.subarray(s,s+i)}loose=new Uint8Array(0);overflow(r){if(!(r>=2&&r<=this.pageCount))throw new Decline("page number");const{pageSize:i}=this;const s=this.pages.subarray((r-1)*i,r*i);if(this.inMemory)return s;if(this.loose.length!==i)this.loose=new Uint8Array(i);this.loose.set(s);return this.loose}}function pages_u32(r,i){return r[i]*16777216+r[i+1]*65536+r[i+2]*256+r[i+3]}function cellAt(r,i,s,o){const u=r[i+2*s]*256+r[i+2*s+1];if(u<i+2*(r[3]*256+r[4])||u>o-4)throw new Decline("cell offset");return u}function cellsOf(r,i,s){const o=r[3]*256+r[4];const u=r[5]*256+r[6]||65536;if(i+2*o>u||u>s)throw new Decline("cell count");return o}function btreePage(r,i,s){const o=r.page(i);const[u,f]=s==="table"?[13,5]:[10,2];const v=o[0];if(v!==u&&v!==f)throw new Decline("page type");const h=v===f;const w=h?12:8;return{page:o,interior:h,header:w,cells:cellsOf(o,w,r.usable)}}function rootPage(r,i,s){const o=allRows(r,"SELECT rootpage FROM sqlite_schema WHERE type = ? AND lower(name) = lower(?)",[i,s])[0]?.[0];if(typeof o!=="number"||o<2)throw new Decline("root page");return o}const Rr=8;const Ar=1e4;const $r=864e5;const DIGIT=r=>r>=48&&r<=57;const two=(r,i,s)=>(r[i+s]-48)*10+r[i+s+1]-48;const Ir=Int32Array.of(0,1,2,3,5,6,8,9,11,12,14,15,17,18);class JulianDays{db;days=new Map;asked=new Map;decoder=new TextDecoder;checked=0;lastKey=-1;lastDay=null;constructor(r){this.db=r}of(r,i,s){const o=this.fast(r,i,s);return o===undefined?this.ask(r,i,s):o}fast(r,i,s){if(s<19||s>35)return undefined;const o=i+s;for(let s=0;s<Ir.length;s++)if(!DIGIT(r[i+Ir[s]]))return undefined;const u=r[i+10];if(r[i+4]!==45||r[i+7]!==45||u!==84&&u!==32)return undefined;if(r[i+13]!==58||r[i+16]!==58)return undefined;const f=two(r,i,11);const v=two(r,i,14);const h=two(r,i,17);if(f>23||v>59||h>59)return undefined;let w=i+19;let x=0;if(w<o&&r[w]===46){let i=1;let s=0;for(w++;w<o&&DIGIT(r[w]);w++,s++){x=x*10+r[w]-48;i*=10}if(s===0||s>9)return undefined;x/=i;if(x>.999)x=.999}let _=0;if(w<o&&r[w]===90)w++;else if(w<o&&(r[w]===43||r[w]===45)){if(o-w!==6||r[w+3]!==58)return undefined;if(!DIGIT(r[w+1])||!DIGIT(r[w+2]))return undefined;if(!DIGIT(r[w+4])||!DIGIT(r[w+5]))return undefined;const i=(r[w+1]-48)*10+r[w+2]-48;const s=(r[w+4]-48)*10+r[w+5]-48;if(i>14||s>59)return undefined;_=(r[w]===45?-1:1)*(i*60+s);w+=6}if(w!==o)return undefined;const S=(two(r,i,0)*100+two(r,i,2))*1e4+two(r,i,5)*100+two(r,i,8);let M=S===this.lastKey?this.lastDay:this.days.get(S);if(M===undefined){M=this.dayMs(S,r.subarray(i,i+10));this.days.set(S,M);if(M!==null&&this.checked++<Rr)this.check(r,i,s,M,f,v,h+x,_)}this.lastKey=S;this.lastDay=M;if(M===null)return null;const E=M+f*36e5+v*6e4+Math.trunc((h+x)*1e3+.5)-_*6e4;return E/$r}dayMs(r,i){let s=Math.trunc(r/1e4);let o=Math.trunc(r/100)%100;const u=r%100;if(o<1||o>12||u<1||u>31){const r=this.sqlite(this.decoder.decode(i));return r===null?null:r*$r}if(o<=2){s--;o+=12}const f=Math.trunc(s/100);const v=Math.trunc(36525*(s+4716)/100);const h=Math.trunc(306001*(o+1)/1e4);return(v+h+u+(2-f+Math.trunc(f/4))-1524.5)*$r}check(r,i,s,o,...u){const[f,v,h,w]=u;const x=(o+f*36e5+v*6e4+Math.trunc(h*1e3+.5)-w*6e4)/$r;const _=this.ask(r,i,s);if(!Object.is(x,_))throw new Decline("julianday() differs from SQLite")}ask(r,i,s){const o=r.subarray(i,i+s);for(const r of o)if(r>=128)throw new Decline("a timestamp that is not ASCII");const u=this.decoder.decode(o);if(/now/i.test(u))throw new Decline("a timestamp 'now'");let f=this.asked.get(u);if(f===undefined){if(this.asked.size>=Ar)throw new Decline("too many timestamps of other shapes");f=this.sqlite(u);this.asked.set(u,f)}return f}sqlite(r){const i=allRows(this.db,"SELECT julianday(?)",[r])[0]?.[0];return typeof i==="number"?i:null}}const Tr=64;const Cr=4*1024*1024;class RecordReader{pages;julianDays;wanted;rowidValue=0;data=new Uint8Array(0);view=new DataView(this.data.buffer);base=0;end=0;fields=0;types=new Int32Array(Tr);offsets=new Int32Array(Tr);decoder=new TextDecoder;spill=new Uint8Array(0);lastCode=0;usable;constructor(r,i,s){this.pages=r;this.julianDays=i;this.wanted=s;this.usable=r.usable}cell(r,i){let s=i;let o=0;for(let i=0;;i++){if(i===4)throw new Decline("payload size");const u=r[s++];o=o*128+(u&127);if(u<128)break}const u=s;let f=0;let v=0;for(;v<8;v++){const i=r[s++];f=f*128+(i&127);if(i<128)break}if(v===8){if(s>=this.usable)throw new Decline("cell size");let i=0n;for(let s=0;s<8;s++)i=i<<7n|BigInt(r[u+s]&127);f=Number(BigInt.asIntN(64,i<<8n|BigInt(r[s++])))}this.rowidValue=f;const h=this.usable-35;const w=Math.floor((this.usable-12)*32/255)-23;const x=w+(o-w)%(this.usable-4);const _=o<=h?o:x<=h?x:w;if(s+_+(_<o?4:0)>this.usable)throw new Decline("cell size");if(_===o){this.setData(r,s,o)}else{if(o>Cr)throw new Decline("a large record");if(this.spill.length<o)this.spill=new Uint8Array(Math.max(o,2*this.spill.length));this.spill.set(r.subarray(s,s+_));this.overflow(pages_u32(r,s+_),_,o);this.setData(this.spill,0,o)}this.header()}setData(r,i,s){if(this.data!==r){this.data=r;this.view=new DataView(r.buffer,r.byteOffset,r.byteLength)}this.base=i;this.end=i+s}overflow(r,i,s){const o=this.usable-4;let u=r;for(let r=i;r<s;){const i=this.pages.overflow(u);const f=Math.min(o,s-r);this.spill.set(i.subarray(4,4+f),r);r+=f;u=pages_u32(i,0)}}header(){const r=this.data;let i=this.base;const s=r[i++];if(s>=128||this.base+s>this.end)throw new Decline("record header");let o=this.base+s;let u=0;while(i<this.base+s&&u<this.wanted){let s=r[i++];if(s>=128){s&=127;for(let o=1;;o++){if(o===4)throw new Decline("serial type");const u=r[i++];s=s*128+(u&127);if(u<128)break}}this.types[u]=s;this.offsets[u]=o;o+=s>=12?s-12>>1:qr[s];u++}if(o>this.end)throw new Decline("record size");this.fields=u}rowid(r){if(r<this.fields&&this.types[r]!==0)throw new Decline("id stored in the record");return this.rowidValue}number(r){if(r>=this.fields)return NaN;const i=this.types[r];const s=this.offsets[r];if(s+(i>=12?0:qr[i])>this.end)throw new Decline("field past the record");const o=this.data;switch(i){case 0:return NaN;case 1:return o[s]<<24>>24;case 2:return this.view.getInt16(s);case 3:return(o[s]<<24>>8)+o[s+1]*256+o[s+2];case 4:return this.view.getInt32(s);case 5:return this.view.getInt16(s)*4294967296+this.view.getUint32(s+2);case 6:return this.view.getInt32(s)*4294967296+this.view.getUint32(s+4);case 7:return this.view.getFloat64(s);case 8:return 0;case 9:return 1;case 10:case 11:throw new Decline("reserved serial type");default:return NaN}}julian(r){if(r>=this.fields)return NaN;const i=this.types[r];if(i===0)return NaN;if(i<13||(i&1)===0)throw new Decline("a timestamp that is not text");const s=this.offsets[r];const o=i-13>>1;if(s+o>this.end)throw new Decline("field past the record");return this.julianDays.of(this.data,s,o)??NaN}name(r,i,s){if(r>=this.fields)return null;const o=this.types[r];if(o===0)return null;if(o<12)throw new Decline("a name that is a number");const u=this.offsets[r];const f=o-12>>1;if(u+f>this.end||f>i.cap)throw new Decline("a long name");const v=this.data;if((o&1)===0)return v.slice(u,u+f);const h=s[this.lastCode];if(h!==undefined&&equal(h,v,u,f))return this.lastCode;for(let r=0;r<s.length;r++)if(equal(s[r],v,u,f))return this.lastCode=r;const w=v.subarray(u,u+f);if(w.includes(0))throw new Decline("a NUL in a name");const x=this.decoder.decode(w);if(i.codes.length>=i.maxCodes)return x;i.codes.push(x);s.push(w.slice());return this.lastCode=i.codes.length-1}}const qr=Int32Array.of(0,1,2,3,4,6,8,8,0,0,0,0);function equal(r,i,s,o){if(r.length!==o)return false;for(let u=0;u<o;u++)if(r[u]!==i[s+u])return false;return true}const Dr=["id","name","version","timestamp","system_prompt","user_prompt","git_commit","tags"];const Or=["id","version_id","timestamp","model_name","temperature","max_tokens","metadata"];const Fr=["prompt_versions","prompt_metrics"];function columnsOf(r,i){const s=allRows(r,"SELECT lower(name) FROM pragma_table_info(?)",[i]);return new Set(s.map(r=>String(r[0])))}function known(r,i){return new Set(i.filter(i=>r.has(i)))}function checkSchema(r,i){const s=allRows(r,"SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 5");if(s.length>0)throw new StoreError("trigger",i,`the store defines triggers (${oneLine(s.map(r=>String(r[0])).join(", "))}); `+"Prompt Versioner creates none, so this is not a store as it writes them.");const o=new Map;const u=allRows(r,"SELECT lower(name), type FROM pragma_table_list WHERE schema = 'main' "+"AND lower(name) IN ('prompt_versions', 'prompt_metrics', 'version_tags')");for(const[r,i]of u)o.set(String(r),String(i));for(const r of Fr){const s=o.get(r);if(s===undefined)throw new StoreError("missing_table",i,`it has no ${r} table; is this the Prompt Versioner store (.prompt_versions/db.sqlite)?`);if(s!=="table")throw new StoreError("not_a_table",i,`${r} is a ${kindOf(s)}, not a table.`)}const v=columnsOf(r,"prompt_versions");const h=columnsOf(r,"prompt_metrics");requireColumns(i,"prompt_versions",v,Dr.slice(0,4));requireColumns(i,"prompt_metrics",h,Or.slice(0,3));const w=known(h,f);if(w.size===0)throw new StoreError("missing_column",i,`prompt_metrics has none of the metric columns ${f.join(", ")}.`);const x=o.get("version_tags")==="table"?columnsOf(r,"version_tags"):new Set;return{versionColumns:known(v,Dr),callColumns:known(h,[...Or,...f]),metrics:w,versionTags:x.has("version_id")&&x.has("tag")}}function kindOf(r){if(r==="virtual")return"virtual table";if(r==="shadow")return"shadow table of a virtual table";return oneLine(r)}function requireColumns(r,i,s,o){const u=o.filter(r=>!s.has(r));if(u.length>0)throw new StoreError("missing_column",r,`${i} lacks the required column${u.length>1?"s":""} ${u.join(", ")}.`)}const Lr=new WeakMap;function callsTable(r){let i=Lr.get(r);if(i===undefined)Lr.set(r,i=readCallsTable(r));return i}function readCallsTable(r){const[i]=allRows(r,"SELECT wr, (SELECT sql FROM sqlite_schema WHERE type = 'table' AND lower(name) = 'prompt_metrics') "+"FROM pragma_table_list WHERE schema = 'main' AND lower(name) = 'prompt_metrics'");if(!i)return null;const s=allRows(r,"SELECT lower(name), upper(type), dflt_value, pk, hidden FROM pragma_table_xinfo('prompt_metrics')").map(([r,i,s,o,u])=>({name:String(r),type:String(i??""),dflt:s===null?null:String(s),pk:Number(o),hidden:Number(u)}));return{rowid:i[0]===0,sql:String(i[1]??""),columns:s}}const jr=["number","julian","id","name","null"];const[Pr,Br,Wr,Ur]=[0,1,2,3];function walkCalls(r,i,s){new CallsPages(r,i).walk(s)}class CallsPages{fields;root;names;codes;julianDays;wanted;kinds;at;numbers;texts;reader;records;constructor(r,i,s=new JulianDays(r)){this.reader=new PageReader(r);this.fields=layoutOf(r,i);this.root=rootPage(r,"table","prompt_metrics");this.names=i.map(r=>r.kind==="name"?r:null);this.codes=this.names.map(r=>r?.codes.map(r=>(new TextEncoder).encode(r))??[]);this.julianDays=s;this.wanted=Math.max(...this.fields.map(r=>r.field))+1;this.kinds=Int32Array.from(this.fields,r=>jr.indexOf(r.kind));this.at=Int32Array.from(this.fields,r=>r.field);this.numbers=new Float64Array(i.length).fill(NaN);this.texts=i.map(()=>null);this.records=new RecordReader(this.reader,this.julianDays,this.wanted)}walk(r){const{reader:i,records:s}=this;const{usable:o}=i;i.restart();const u=[this.root];while(u.length>0){const{page:f,interior:v,header:h,cells:w}=btreePage(i,u.pop(),"table");if(v){u.push(pages_u32(f,8));for(let r=w-1;r>=0;r--)u.push(pages_u32(f,cellAt(f,h,r,o)));continue}for(let i=0;i<w;i++){s.cell(f,cellAt(f,h,i,o));this.read(s);r(this.numbers,this.texts)}}}seek(r,i){if(r.length===0)return;const{reader:s,records:o}=this;const{usable:u}=s;s.restart();const f=[this.root,0,r.length];const v=[];while(f.length>0){const h=f.pop();let w=f.pop();const{page:x,interior:_,header:S,cells:M}=btreePage(s,f.pop(),"table");if(_){v.length=0;for(let i=0;i<M&&w<h;i++){const s=cellAt(x,S,i,u);const o=varint(x,s+4,u);let f=w;while(f<h&&r[f]<=o)f++;if(f>w)v.push(pages_u32(x,s),w,f);w=f}if(w<h)v.push(pages_u32(x,8),w,h);for(let r=v.length-3;r>=0;r-=3)f.push(v[r],v[r+1],v[r+2]);continue}let E=0;for(let s=w;s<h;s++){const f=r[s];for(;;E++){if(E>=M)throw new Decline("a rowid the table lacks");const r=cellAt(x,S,E,u);const s=varint(x,r+varintLength(x,r,u),u);if(s<f)continue;if(s>f)throw new Decline("a rowid the table lacks");o.cell(x,r);this.read(o);i(this.numbers,this.texts);E++;break}}}}read(r){const{kinds:i,at:s,numbers:o,texts:u}=this;if(r.fields<this.wanted&&this.fields.some(i=>i.dflt&&i.field>=r.fields))throw new Decline("a default value");for(let f=0;f<i.length;f++){const v=s[f];switch(i[f]){case Pr:o[f]=r.number(v);break;case Br:o[f]=r.julian(v);break;case Wr:o[f]=r.rowid(v);break;case Ur:u[f]=r.name(v,this.names[f],this.codes[f]);break;default:}}}}function varintLength(r,i,s){for(let o=0;o<9;o++){if(i+o>=s)throw new Decline("cell size");if(r[i+o]<128)return o+1}return 9}function varint(r,i,s){let o=0;for(let u=0;u<8;u++){if(i+u>=s)throw new Decline("cell size");const f=r[i+u];o=o*128+(f&127);if(f<128){if(!Number.isSafeInteger(o))throw new Decline("a rowid past 2^53");return o}}throw new Decline("a negative rowid")}function layoutOf(r,i){const s=callsTable(r);if(!s||!s.rowid||/\bdesc\b/i.test(s.sql))throw new Decline("table kind");const o=s.columns;if(o.some(r=>r.hidden!==0))throw new Decline("generated columns");const u=new Map(o.map((r,i)=>[r.name,{i:i,col:r}]));const f=o.filter(r=>r.pk!==0).length;return i.map(r=>{if(r.kind==="null")return{field:-1,kind:"null",dflt:false};const i=u.get(r.kind==="id"?"id":r.name);if(!i||i.i>=Tr)throw new Decline("column");const{i:s,col:o}=i;if(r.kind==="id"&&(f!==1||o.pk!==1||o.type!=="INTEGER"))throw new Decline("id is not the rowid");if(r.kind!=="id"&&o.pk!==0)throw new Decline("a key column");return{field:s,kind:r.kind,dflt:o.dflt!==null}})}const zr=new WeakMap;const Vr=new WeakMap;function timestampsOf(r,i){const s=Float64Array.from(new Set(i.filter(r=>Number.isSafeInteger(r)))).sort();const o=new Map;if(s.length===0)return o;const u=(Vr.get(r)??0)+1;Vr.set(r,u);const f=u>kr?readerOf(r):null;if(f){try{f.seek(s,(r,i)=>{const s=i[1];if(typeof s==="string")o.set(r[0],s)});verifyReads(r);return o}catch(r){if(!(r instanceof Decline))throw r}}return timestampsById(r,i)}function readerOf(r){let i=zr.get(r);if(i!==undefined)return i;try{i=new CallsPages(r,[{kind:"id"},{kind:"name",name:"timestamp",cap:ue,codes:[],maxCodes:0}])}catch(r){if(!(r instanceof Decline))throw r;i=null}zr.set(r,i);return i}const Gr=1e5;const Hr=1e3;function casePath(r){if(r.includes('"')||r.includes("\\")){throw new RangeError(`a case key must not contain '"' or '\\', got ${JSON.stringify(r)}`)}return`$."${r}"`}function caseIdColumn(r,i){const s=column(r.callColumns,"metadata");if(s==="NULL")return{sql:"NULL",params:[]};return{sql:`CASE WHEN typeof(${s}) = 'text' AND length(${s}) <= ${Gr} AND json_valid(${s}) `+`THEN nullif(substr(${s} -> ?, 1, ${Hr}), 'null') END`,params:[casePath(i)]}}const Qr=5;const Jr=100;function metadataHint(r,i,s){const o=column(i.callColumns,"metadata");if(o==="NULL")return{keys:[],unusable:0};const u=`typeof(${o}) = 'text' AND length(${o}) <= ${Gr} AND json_valid(${o})`;const f=allRows(r,`SELECT substr(j.key, 1, ${Jr}) FROM prompt_metrics AS m, `+`json_each(CASE WHEN ${u} AND json_type(${o}) = 'object' THEN ${o} END) AS j `+`WHERE m.version_id = ? GROUP BY j.key ORDER BY count(*) DESC, j.key LIMIT ${Qr}`,[s]).map(r=>String(r[0]));const[v]=allRows(r,`SELECT count(*) FROM prompt_metrics WHERE version_id = ? AND ${o} IS NOT NULL `+`AND NOT (${u} AND json_type(${o}) = 'object')`,[s]);return{keys:f,unusable:Number(v?.[0]??0)}}class CaseCollector{metrics;ids=[];codeOf=new Map;codes;without=0;constructor(r){this.metrics=r;this.codes=r.map(()=>[])}code(r){if(typeof r!=="string"){this.without+=1;return-1}let i=this.codeOf.get(r);if(i===undefined){i=this.ids.length;this.ids.push(r);this.codeOf.set(r,i)}return i}push(r,i){this.codes[r].push(i)}finish(){const r={};this.metrics.forEach((i,s)=>r[i]=Int32Array.from(this.codes[s]));return{ids:this.ids,codes:r,withoutKey:this.without}}}class Float64Builder{buf;n=0;constructor(r=1024){this.buf=new Float64Array(Math.max(16,r))}get capacity(){return this.buf.length}push(r){if(this.n===this.buf.length){const r=new Float64Array(this.buf.length*2);r.set(this.buf);this.buf=r}this.buf[this.n++]=r}get length(){return this.n}view(){return this.buf.subarray(0,this.n)}finish(){return this.n===this.buf.length?this.buf:this.buf.slice(0,this.n)}}function validNewest(r){if(r===undefined)return undefined;if(!Number.isInteger(r)||r<0)throw new RangeError(`newest must be a whole number >= 0, got ${r}`);return r}function forgedIndex(r,i,s,o){return new StoreError("corrupt",r,`the SQLite file is corrupt: the index on prompt_metrics(version_id) lists call ${i} under `+`version id ${s}, but the call belongs to ${oneLine(String(o),40)}; rebuild the `+"index with sqlite3 STORE 'REINDEX'.")}function readSamples(r,i,s,o,u,f=()=>null){const v=[...new Set(s.metrics)].filter(r=>i.metrics.has(r));const h=validNewest(s.newest);const w=timeRange(r,s.since,s.until);const x=s.models??[];const _=s.caseKey===undefined?null:new CaseCollector(v);const S=s.caseKey===undefined?null:caseIdColumn(i,s.caseKey);const M={rows:0,values:Object.fromEntries(v.map(r=>[r,new Float64Array(0)])),from:null,to:null,..._?{cases:_.finish()}:{}};if(h===0||s.models!==undefined&&x.length===0)return M;const E=_===null&&w.from!==undefined&&w.to!==undefined?f(w.from,w.to):null;if(E){const i=spanSamples(E,v,w.from,w.to,h,s.models);if(i.rows===0)return M;return{rows:i.rows,values:i.values,...samples_timestampsOf(r,i.minId,i.maxId)}}let k="SELECT id, julianday(timestamp), "+"(SELECT r.version_id FROM prompt_metrics AS r NOT INDEXED WHERE r.rowid = m.rowid), "+`${v.map(r=>column(i.callColumns,r)).join(", ")||"NULL"}`+`${S?`, ${S.sql}`:""} FROM prompt_metrics AS m WHERE version_id = ?${w.sql}`;const N=[...S?.params??[],s.versionId,...w.params];if(s.models!==undefined){k+=` AND ${column(i.callColumns,"model_name")} IN (${x.map(()=>"?").join(", ")})`;N.push(...x)}if(h!==undefined){k+=" ORDER BY 2 DESC, id DESC LIMIT ?";N.push(h)}const $=s.since!==undefined||s.until!==undefined;const I=Math.min(($?undefined:u)??1024,h??Infinity);const T=v.map(()=>new Float64Builder(I));let C=0;let q=Infinity;let D=-Infinity;let O=NaN;let F=NaN;forEachRow(r,k,N,r=>{C++;const[i,u,f]=r;if(f!==s.versionId)throw forgedIndex(o,Number(i),s.versionId,f);if(typeof u==="number"){if(u<q){q=u;O=Number(i)}if(u>D){D=u;F=Number(i)}}const v=_?_.code(r[3+Math.max(1,T.length)]):-1;for(let i=0;i<T.length;i++){const s=r[i+3];if(typeof s==="number"&&Number.isFinite(s)){T[i].push(s);_?.push(i,v)}}});if(C===0)return M;const j={};v.forEach((r,i)=>j[r]=T[i].finish());let U=_?.finish();if(U&&U.withoutKey===C)U={...U,hint:metadataHint(r,i,s.versionId)};return{rows:C,values:j,...samples_timestampsOf(r,O,F),...U?{cases:U}:{}}}function samples_timestampsOf(r,i,s){const o=timestampsOf(r,[i,s]);return{from:o.get(i)??null,to:o.get(s)??null}}const Yr=1e6;const Xr=65536;const Kr=1e3;const Zr=2**52;class GiveUp extends Error{}class Column{buf;grow;n=0;constructor(r,i){this.buf=r;this.grow=i}push(r){if(this.n===this.buf.length){const r=this.grow(this.buf.length*2);r.set(this.buf);this.buf=r}this.buf[this.n++]=r}finish(){const r=this.buf.length>2*this.n+64?this.buf.slice(0,this.n):this.buf;return r.subarray(0,this.n)}}const floats=r=>new Column(new Float64Array(r),r=>new Float64Array(r));function spanSchema(r,i){if(!utf8Text(r))return false;const s=callsTable(r);if(!s||!s.rowid||/collate/i.test(s.sql))return false;const o=s.columns.filter(r=>r.pk>0);if(o.length!==1||o[0]?.name!=="id"||o[0].type!=="INTEGER")return false;if(i.callColumns.has("model_name")){const r=s.columns.find(r=>r.name==="model_name")?.type??"";if(r.includes("INT")||!/CHAR|CLOB|TEXT/.test(r))return false}const u=allRows(r,"SELECT l.partial, (SELECT count(*) FROM pragma_index_xinfo(l.name) AS x WHERE x.key), "+"(SELECT lower(x.name) FROM pragma_index_xinfo(l.name) AS x WHERE x.key AND x.seqno = 0) "+"FROM pragma_index_list('prompt_metrics') AS l");return u.every(([r,i,s])=>r===0&&i===1&&(s==="version_id"||s==="timestamp"))}function readSpan(r,i,s,o,u,f,v=1024){const h=[...i.metrics];const w=i.callColumns.has("model_name")?firstModel(r,o):null;const x=spanQuery(i,w!==null);const _=new SpanBuilder(h.length,v,w);const S=[...w===null?[]:[w,w],o,u,below(f)];try{forEachRow(r,x,S,r=>{const[i,u,f]=r;if(f!==o)throw forgedIndex(s,Number(i),o,f);if(typeof i!=="number"||typeof u!=="number")throw new GiveUp;_.call(i,u,_.groups.of(r[3],r[4],r[5],r[6]));for(let i=0;i<h.length;i++){const s=r[7+i];_.value(i,typeof s==="number"&&Number.isFinite(s)?s:NaN)}})}catch(r){if(r instanceof GiveUp)return null;throw r}return _.finish(o,u,f,h)}class SpanBuilder{ids;jds;group;values;groups;constructor(r,i,s=null){const o=Math.max(16,Math.min(i,Yr,Xr));this.ids=floats(o);this.jds=floats(o);this.group=new Column(new Int32Array(o),r=>new Int32Array(r));this.values=Array.from({length:r},()=>floats(o));this.groups=new Groups(s)}call(r,i,s){if(!Number.isSafeInteger(r)||this.ids.n>=Yr)throw new GiveUp;this.ids.push(r);this.jds.push(i);this.group.push(s)}value(r,i){this.values[r].push(i)}finish(r,i,s,o){return{versionId:r,from:i,to:s,n:this.ids.n,ids:this.ids.finish(),jds:this.jds.finish(),group:this.group.finish(),groups:this.groups.list,values:Object.fromEntries(o.map((r,i)=>[r,this.values[i].finish()]))}}}function spanQuery(r,i){const s=r.callColumns;const unlessLikely=r=>i?`CASE WHEN r."model_name" = ? THEN 0 ELSE ${r} END`:r;const o=unlessLikely(capped(s,"model_name",Kr,"r"));const u=s.has("model_name")?unlessLikely('length(CAST(r."model_name" AS BLOB))'):"NULL";return"SELECT r.id, julianday(r.timestamp), r.version_id, "+`${o}, ${u}, `+`${numeric(s,"temperature","r")}, ${numeric(s,"max_tokens","r")}, `+`${[...r.metrics].map(r=>column(s,r,"r")).join(", ")} `+"FROM prompt_metrics AS m CROSS JOIN prompt_metrics AS r NOT INDEXED ON r.rowid = m.rowid "+"WHERE m.version_id = ? AND julianday(r.timestamp) BETWEEN ? AND ?"}function firstModel(r,i){const[s]=allRows(r,`SELECT substr(model_name, 1, ${Kr}) FROM prompt_metrics WHERE version_id = ? LIMIT 1`,[i]);const o=s?.[0];return typeof o==="string"&&o.length<Kr?o:null}class Groups{likely;list=[];byKey=new Map;textBytes=new Map;last=null;constructor(r){this.likely=r;if(r!==null)this.textBytes.set(r,Buffer.byteLength(r,"utf8"))}of(r,i,s,o){const u=r===0&&this.likely!==null?this.likely:r;if(r!==0&&typeof u==="string"&&this.textBytes.get(u)!==i)this.checkText(u,i);const f=this.last;if(f&&f[0]===u&&f[1]===s&&f[2]===o&&!(u instanceof Uint8Array))return f[3];const v=span_num(s);const h=span_num(o);let w=0;let x="n";if(typeof u==="string")[w,x]=[1,`t${u}`];else if(u instanceof Uint8Array)[w,x]=[2,`b${Buffer.from(u).toString("hex")}`];else if(u!==null)throw new GiveUp;x+=`\0${v}\0${h}`;let _=this.byKey.get(x);if(_===undefined){_=this.list.length;this.byKey.set(x,_);this.list.push({model:w===1?str(u):null,kind:w,blob:w===2?u:null,temperature:v,maxTokens:h})}this.last=[u,s,o,_];return _}checkText(r,i){const s=this.textBytes.get(r);if(s!==undefined&&s!==i)throw new GiveUp;if(r.length>=Kr||r.includes("�"))throw new GiveUp;if(Buffer.byteLength(r,"utf8")!==i)throw new GiveUp;this.textBytes.set(r,i)}}function span_num(r){if(r===null)return null;if(typeof r!=="number"||!(Math.abs(r)<Zr))throw new GiveUp;return r}const et=r(import.meta.url)("node:buffer");function countVersions(r,i){checkIndex(r,i);const s=new PageReader(r);const{usable:o}=s;const u=maxLocal(o);const f=new Map;let v=NaN;let h=0;const w=[rootPage(r,"index",i)];while(w.length>0){const{page:r,interior:i,header:x,cells:_}=btreePage(s,w.pop(),"index");if(i)w.push(pages_u32(r,8));for(let s=0;s<_;s++){let _=cellAt(r,x,s,o);if(i){w.push(pages_u32(r,_));_+=4}if(_>=o)throw new Decline("key size");const S=r[_++];if(S>=128||S>u||_+S>o)throw new Decline("key size");const M=versionId(r,_,_+S);if(M===v)h++;else{if(h>0)f.set(v,(f.get(v)??0)+h);v=M;h=1}}}if(h>0)f.set(v,(f.get(v)??0)+h);return f}const rt=new WeakMap;class VersionIndex{reader;root;constructor(r,i){this.reader=r;this.root=i}static open(r,i){const s=rt.get(r);if(s?.name===i)return s.walk;const{desc:o,keys:u}=checkIndex(r,i);if(o||u!==1)throw new Decline("not an index on version_id alone, ascending");const f=new VersionIndex(new PageReader(r),rootPage(r,"index",i));rt.set(r,{name:i,walk:f});return f}count(r){let i=0;this.entries(r,()=>i++);return i}rowids(r,i){let s=new Float64Array(1024);let o=0;this.entries(r,r=>{if(o===s.length){if(o>=i)throw new Decline("too many entries");const r=new Float64Array(2*o);r.set(s);s=r}s[o++]=r});return s.subarray(0,o).sort()}entries(r,i){const{reader:s}=this;const{usable:o}=s;s.restart();const u=maxLocal(o);const f=[this.root];while(f.length>0){const{page:v,interior:h,header:w,cells:x}=btreePage(s,f.pop(),"index");let _=-Infinity;let S=0;for(;S<x;S++){let s=cellAt(v,w,S,o);const x=h?pages_u32(v,s):0;if(h)s+=4;const M=keyEnd(v,s,o,u);const E=versionId(v,s+1,M);if(h&&_<=r&&E>=r)f.push(x);if(E===r)i(rowidOf(v,s+1,M));if(E>r)break;_=E}if(h&&S===x)f.push(pages_u32(v,8))}}}function checkIndex(r,i,s="version_id"){const o=allRows(r,"SELECT x.name, x.coll, l.partial, x.desc, "+"(SELECT count(*) FROM pragma_index_xinfo(?) WHERE key) "+"FROM pragma_index_xinfo(?) AS x, pragma_index_list(?) AS l "+"WHERE x.seqno = 0 AND l.name = ?",[i,i,"prompt_metrics",i]);const[u,f,v,h,w]=o[0]??[];if(o.length!==1||String(u).toLowerCase()!==s||v!==0)throw new Decline(`not an index on ${s}`);if(f!=="BINARY")throw new Decline("a collation");return{desc:h===1,keys:Number(w)}}const maxLocal=r=>Math.floor((r-12)*64/255)-23;function keyEnd(r,i,s,o){if(i>=s)throw new Decline("key size");const u=r[i];if(u>=128||u>o||i+1+u>s)throw new Decline("key size");return i+1+u}function rowidOf(r,i,s){const o=r[i];if(o<3||i+o>s)throw new Decline("key header");const u=r[i+1];const f=r[i+2];const v=i+o+(u>=8?0:u===5?6:u===6?8:u);return integer(r,v,f,s)}function versionId(r,i,s){const o=r[i];const u=r[i+1];const f=i+o;if(o<2||f>s)throw new Decline("key header");return integer(r,f,u,s)}function integer(r,i,s,o){if(s===8||s===9)return s-8;if(s<1||s>6)throw new Decline("a key that is not an integer");const u=s===5?6:s===6?8:s;if(i+u>o)throw new Decline("key size");let f=r[i]<<24>>24;for(let s=1;s<u;s++)f=f*256+r[i+s];if(!Number.isSafeInteger(f))throw new Decline("a key past 2^53");return f}const tt=1e3;const nt=4e6;const[it,st,ot,lt,ut,ct,ft]=[0,1,2,3,4,5,6];class SpanWalk{db;index;metrics;table;codes;known;codeBytes=[];constructor(r,i,s,o,u,f){this.db=r;this.index=i;this.metrics=s;this.table=o;this.codes=u;this.known=f}static prepare(r,i,s=null){try{const o=indexInPlan(r,spanQuery(i,false));if(o===null)return null;const u=VersionIndex.open(r,o);const f=i.callColumns;const v=[...i.metrics];const number=r=>f.has(r)?{kind:"number",name:r}:{kind:"null"};const h=[];const w=[{kind:"id"},{kind:"julian",name:"timestamp"},{kind:"number",name:"version_id"},f.has("model_name")?{kind:"name",name:"model_name",cap:Kr,codes:h,maxCodes:tt}:{kind:"null"},number("temperature"),number("max_tokens"),...v.map(r=>number(r))];return new SpanWalk(r,u,v,new CallsPages(r,w),h,s)}catch(r){if(r instanceof Decline)return null;throw r}}read(r,i,s,o){const u=below(s);const f=new SpanBuilder(this.metrics.length,o);const{codes:v}=this;try{const s=this.index.rowids(r,nt);const o=this.keeper(r,s.length);this.table.seek(s,(s,h)=>{const w=s[st];o?.keep(s[it],w,o.cost<0?NaN:s[ft+o.cost]);if(!(w>=i&&w<=u))return;if(s[ot]!==r)throw new Decline("a call of another version");const x=h[lt];const _=typeof x==="number"?v[x]:x;const S=typeof x==="number"?this.bytesOf(x):typeof _==="string"?et.Buffer.byteLength(_,"utf8"):null;const M=f.groups.of(_,S,span_pages_finite(s[ut]),span_pages_finite(s[ct]));f.call(s[it],w,M);for(let r=0;r<this.metrics.length;r++){const i=s[ft+r];f.value(r,Number.isFinite(i)?i:NaN)}});verifyReads(this.db);o?.done()}catch(r){if(r instanceof GiveUp)return null;if(r instanceof Decline)return undefined;throw r}return f.finish(r,i,s,this.metrics)}keeper(r,i){const s=this.known;if(!s?.wants(r,i))return null;const o=new Float64Array(i);const u=new Float64Array(i);const f=new Float64Array(i);let v=0;return{cost:this.metrics.indexOf("cost_eur"),keep:(r,i,s)=>{o[v]=r;u[v]=i;f[v++]=s},done:()=>s.add(r,o,u,f,v)}}bytesOf(r){let i=this.codeBytes[r];if(i===undefined)this.codeBytes[r]=i=et.Buffer.byteLength(this.codes[r],"utf8");return i}}const span_pages_finite=r=>Number.isFinite(r)?r:null;class TimeIndex{reader;root;desc;local;encoder=new TextEncoder;constructor(r,i){const{desc:s,keys:o}=checkIndex(r,i,"timestamp");if(o!==1)throw new Decline("not an index on timestamp alone");this.desc=s;this.reader=new PageReader(r);this.root=rootPage(r,"index",i);this.local=maxLocal(this.reader.usable)}scan(r,i,s,o){const{reader:u,desc:f,local:v}=this;const{usable:h}=u;const w=this.encoder.encode(r);const x=this.encoder.encode(i);u.restart();const _=new Key;const S=[this.root];const M=[];while(S.length>0){const r=S.pop();if(r===-1){const r=S.pop();o(S.pop(),r);continue}const{page:i,interior:E,header:k,cells:N}=btreePage(u,r,"index");M.length=0;let $=true;let I=0;for(;I<N;I++){let r=cellAt(i,k,I,h);const u=E?pages_u32(i,r):0;if(E)r+=4;_.read(i,r+1,keyEnd(i,r,h,v));const S=_.compare(x)<0;const N=_.compare(w)>=0;const T=f?S:N;if(E&&$&&T)M.push(u);if(S&&N){const r=s.of(i,_.at,_.length)??NaN;if(E)M.push(r,_.rowid,-1);else o(r,_.rowid)}if(!(f?N:S))break;$=f?N:S}if(E&&I===N&&$)M.push(pages_u32(i,8));for(let r=M.length-1;r>=0;r--){const i=M[r];if(i===-1){S.push(M[r-2],M[r-1],-1);r-=2}else S.push(i)}}}}class Key{kind=0;at=0;length=0;rowid=0;bytes=new Uint8Array(0);read(r,i,s){const o=r[i];let u=i+1;let f=r[u++];if(f>=128)f=(f&127)*128+r[u++];if(f>=16384||o>=128||u>=i+o)throw new Decline("key header");const v=r[u++];if(u!==i+o)throw new Decline("key header");const h=f>=12?f-12>>1:f===7||f===6?8:f===5?6:f>7?0:f;this.kind=f===0?0:f<12?1:f&1?2:3;if(f===10||f===11)throw new Decline("reserved serial type");this.bytes=r;this.at=i+o;this.length=h;if(this.at+h>s)throw new Decline("key size");this.rowid=integer(r,this.at+h,v,s)}compare(r){if(this.kind!==2)return this.kind<2?-1:1;const i=this.bytes;const s=Math.min(this.length,r.length);for(let o=0;o<s;o++){const s=i[this.at+o]-r[o];if(s!==0)return s}return this.length-r.length}}const vt=8*1024*1024;const ht=2**18;class TimeWalk{name;static batch=ht;index;table;keyDays;constructor(r,i,s){this.name=s;const has=r=>i.callColumns.has(r);this.index=new TimeIndex(r,s);this.keyDays=new JulianDays(r);this.table=new CallsPages(r,[{kind:"id"},{kind:"julian",name:"timestamp"},has("version_id")?{kind:"number",name:"version_id"}:{kind:"null"},has("cost_eur")?{kind:"number",name:"cost_eur"}:{kind:"null"}],this.keyDays)}static of(r,i,s){const o=allRows(r,`EXPLAIN QUERY PLAN ${s.sql}`,s.params).map(r=>String(r[3])).filter(r=>/\bprompt_metrics\b/.test(r));const u=new Set(o.map(r=>/USING (?:COVERING )?INDEX (\S+)(?: |$)/.exec(r)?.[1]));const[f]=u;if(u.size!==1||f===undefined||o.some(r=>/^SCAN|TEMP/.test(r)))return null;let v=dt.get(r);if(v===undefined||v?.name!==f){const s=allRows(r,"SELECT EXISTS (SELECT 1 FROM prompt_metrics WHERE timestamp < '') OR "+"EXISTS (SELECT 1 FROM prompt_metrics WHERE timestamp >= x'')");v=s[0]?.[0]===0?new TimeWalk(r,i,f):null;dt.set(r,v)}return v}read(r,i,s,o){const u=Math.min(TimeWalk.batch,ht);const f=new Float64Array(u);const v=new Float64Array(u);const h=new Float64Array(u);const w=new Float64Array(u);const x=new Float64Array(u);const _=i==="version_id"?2:3;let S=0;const flush=()=>{const r=i==="cost_eur"?o?.lookup(f,S):undefined;if(r===null)throw new Decline("a call listed twice");let u=0;for(let i=0;i<S;i++){const s=r?r.where[i]:-1;if(s>=0){if(!Object.is(r.jds[s],v[i]))throw new Decline("an index entry that is not its call");x[i]=r.costs[s];continue}const o=f[i];if(!(o>=0&&o<2**53/ht))throw new Decline("a large rowid");h[u++]=o*ht+i}const M=h.subarray(0,u);M.sort();const E=w.subarray(0,u);for(let r=0;r<u;r++){E[r]=Math.floor(M[r]/ht);if(r>0&&E[r]===E[r-1])throw new Decline("a call listed twice")}let k=0;if(u>0)this.table.seek(E,r=>{const i=M[k++]%ht;if(!Object.is(r[1],v[i]))throw new Decline("an index entry that is not its call");x[i]=r[_]});s({n:S,jds:v.subarray(0,S),values:x.subarray(0,S),rowid:r=>f[r]});S=0};for(const[i,s]of r)this.index.scan(i,s,this.keyDays,(r,i)=>{if(S===u)flush();f[S]=i;v[S++]=r});if(S>0)flush()}}const dt=new WeakMap;const pt=500;const mt=1e5;const gt=ue;const bt=/^\d{4}-\d\d-\d\d/;const SEEK=r=>`SELECT substr(timestamp, 1, ${gt+1}) FROM prompt_metrics `+`WHERE timestamp ${r} ? AND timestamp < x'' `+"ORDER BY timestamp LIMIT 1";const after=r=>r.slice(0,-1)+String.fromCharCode(r.charCodeAt(r.length-1)+1);function walkTimestamps(r){if(!usesIndex(r,SEEK(">="),[""]))return null;const i=[];const s=[];let o="";let u=">=";for(;;){const f=allRows(r,SEEK(u),[o])[0]?.[0];if(typeof f!=="string")break;if(bt.test(f)){const r=f.slice(0,10);i.push(r);if(i.length>mt)return null;[o,u]=[after(r),">="]}else{if(f.length>gt||s.includes(f)||s.length>=pt)return null;s.push(f);[o,u]=[f,">"]}}const f=allRows(r,"SELECT julianday(value) FROM json_each(?)",[JSON.stringify(i)]);return{days:i.map((r,i)=>({prefix:r,jd:num(f[i]?.[0])})),odd:s}}function candidates(r,i,s){const o=["timestamp < ''","timestamp >= x''"];const u=[];for(const f of candidateRanges(r,i,s)){o.push("(timestamp >= ? AND timestamp < ?)");u.push(...f)}if(r.odd.length>0){o.push(`timestamp IN (${r.odd.map(()=>"?").join(", ")})`);u.push(...r.odd)}return{sql:`(${o.join(" OR ")})`,params:u}}function candidateRanges(r,i,s){const o=[];let u=null;for(const f of r.days){const r=f.jd!==null&&(i===null||f.jd+2>=i)&&(s===null||f.jd-1<s);if(r)u??=f.prefix;else if(u!==null){o.push([u,f.prefix]);u=null}}const f=r.days.at(-1);if(u!==null&&f)o.push([u,after(f.prefix)]);return o}function newestCall(r,i,s,o){const sql=r=>`SELECT ${fe} FROM prompt_metrics WHERE ${r} AND ${s}`;const newest=i=>{const s=allRows(r,sql(i.sql),i.params)[0];return{jd:num(s?.[0])??-Infinity,at:str(s?.[1])}};let u=newest(candidates({days:[],odd:i.odd},null,null));const f=i.days.filter(r=>r.jd!==null).sort((r,i)=>i.jd-r.jd);for(const i of f){if(i.jd+2<u.jd)break;const s={sql:"timestamp >= ? AND timestamp < ?",params:[i.prefix,after(i.prefix)]};const f=(o&&newestOnPages(r,o,{sql:sql(s.sql),params:s.params}))??newest(s);if(f.jd>u.jd)u=f}return u.jd===-Infinity?null:u}function newestOnPages(r,i,s){try{const o=TimeWalk.of(r,i.schema,s);if(!o)return undefined;let u={jd:-Infinity,rowid:NaN};o.read([s.params],"version_id",r=>{let s=-1;for(let o=0;o<r.n;o++){const f=r.jds[o];if(f>u.jd&&i.versions.has(r.values[o]))[s,u.jd]=[o,f]}if(s>=0)u={jd:u.jd,rowid:r.rowid(s)}});verifyReads(r);if(u.jd===-Infinity)return{jd:-Infinity,at:null};return{jd:u.jd,at:timestampsOf(r,[u.rowid]).get(u.rowid)??null}}catch(r){if(r instanceof Decline)return undefined;throw r}}const wt=1e3;const yt=1e5;class ModelCounts{coded;text=new Map;blobs=new Map;constructor(r){this.coded=new Float64Array(r)}add(r){if(typeof r==="number")this.coded[r]=(this.coded[r]??0)+1;else if(typeof r==="string"){const i=this.text.get(r);this.text.set(r,(i??0)+1);return i===undefined}else if(r instanceof Uint8Array){const i=r.join(",");const s=this.blobs.get(i);if(s)s.calls++;else this.blobs.set(i,{bytes:r,calls:1});return s===undefined}return false}counted(r){const i=new Map(this.text);this.coded.forEach((s,o)=>{const u=r[o];if(s>0)i.set(u,(i.get(u)??0)+s)});return[...[...i].map(([r,i])=>({name:r,bytes:null,calls:i})),...[...this.blobs.values()].map(r=>({name:String(r.bytes),...r}))]}}function byName(r,i){if(r.bytes===null!==(i.bytes===null))return r.bytes===null?-1:1;return Buffer.compare(r.bytes??Buffer.from(r.name),i.bytes??Buffer.from(i.name))}function listModels(r,i){const s=new Map;let o=yt;for(const u of[...r].sort((r,i)=>r.id-i.id)){if(o<=0)break;const r=u.models.counted(i).sort((r,i)=>i.calls-r.calls||byName(r,i));const f=r.slice(0,o).map(r=>r.name);o-=f.length;s.set(u.id,f)}return s}function listModelsBySql(r,i,s){const o=new Map;let u=yt;for(const f of[...s].sort((r,i)=>r-i)){if(u<=0)break;const s=allRows(r,`SELECT ${capped(i.callColumns,"model_name",wt)} FROM prompt_metrics `+"WHERE version_id = ? AND model_name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?",[f,u]).map(([r])=>String(r));u-=s.length;o.set(f,s)}return o}const xt=3e6;const _t=1e5;const St=16;const Mt=65536;const Et=1e4;const kt=256;class Running{id;calls=0;sums;values=null;quantiles=null;setAside=false;minJd=Infinity;maxJd=-Infinity;minId=NaN;maxId=NaN;expected=-1;models;constructor(r,i,s){this.id=r;this.sums=Array.from({length:i},()=>new NeumaierSum);this.models=new ModelCounts(s)}held(){return this.values?this.values.reduce((r,i)=>r+i.length,0):0}}function indexDisagrees(r){return new StoreError("corrupt",r,"the SQLite file is corrupt: the index on prompt_metrics(version_id) does not list the "+"calls the table holds; rebuild the index with sqlite3 STORE 'REINDEX'.")}function plan(r,i,s){const has=r=>i.metrics.has(r);const o=[...new Set(s.means)].filter(has);const u=Object.entries(s.quantiles).filter(([r])=>has(r)).map(([r,i])=>[r,i]);const f=[...new Set([...o,...u.map(([r])=>r)])];const v=i.callColumns.has("model_name");return{means:o,quantiles:u,columns:f,hasModels:v}}function commonModels(r,i){const s=capped(i.callColumns,"model_name",wt);const o=mayHold(r);const u=Number.isFinite(o)?Math.floor(o/kt):0;const f=u>1?Array.from({length:kt},(r,i)=>(i+1)*u):[];return allRows(r,`SELECT name FROM (SELECT ${s} AS name FROM (SELECT model_name FROM prompt_metrics `+`NOT INDEXED LIMIT ${Et}) UNION ALL SELECT ${s} FROM prompt_metrics `+`WHERE rowid IN (SELECT value FROM json_each(?))) WHERE typeof(name) = 'text' `+`GROUP BY name ORDER BY count(*) DESC, name LIMIT ${St}`,[JSON.stringify(f)]).map(r=>r[0])}function forEachCall(r,i,s,o,u,f){const v=3+s.columns.length;if(!o){if(s.hasModels)u.push(...commonModels(r,i));return forEachRow(r,scanSql(i,s,u),u,r=>f(r,r[v]??null))}const has=r=>i.callColumns.has(r);const h=[{kind:"id"},{kind:"number",name:"version_id"},{kind:"julian",name:"timestamp"},...s.columns.map(r=>has(r)?{kind:"number",name:r}:{kind:"null"}),s.hasModels?{kind:"name",name:"model_name",cap:wt,codes:u,maxCodes:St}:{kind:"null"}];walkCalls(r,h,(r,i)=>f(r,i[v]??null));verifyReads(r)}function scanSql(r,i,s){const o=capped(r.callColumns,"model_name",wt);const u=!i.hasModels?"NULL":s.length===0?o:`CASE ${o} ${s.map((r,i)=>`WHEN ? THEN ${i}`).join(" ")} ELSE ${o} END`;const f=i.columns.map(i=>`${column(r.callColumns,i)}, `).join("");return`SELECT id, version_id, julianday(timestamp), ${f}${u} FROM prompt_metrics NOT INDEXED`}function digestCalls(r,i,s,o,u){const f=plan(r,i,u);if(u.readPages===false)return digest(r,i,s,o,u,f,false);try{return digest(r,i,s,o,u,f,true)}catch(v){if(v instanceof Decline)return digest(r,i,s,o,u,f,false);throw v}}function digest(r,i,s,o,u,f,v){const h=u.maxHeld??xt;const w=3;const x=f.means.map(r=>w+f.columns.indexOf(r));const _=f.quantiles.map(([r])=>w+f.columns.indexOf(r));const S=[];const M=new Map(o.map(r=>[r,new Running(r,f.means.length,St)]));const E=new Set;const k=indexCounts(r);for(const r of M.values())r.expected=k?.get(r.id)??-1;let N=0;let $=0;let I=!utf8Text(r);const settle=r=>{const i=r.values;N-=r.held();r.quantiles=i.map((r,i)=>r.length===0?null:quantilesInPlace(r.view(),f.quantiles[i][1]));r.values=null;E.delete(r)};const relieve=()=>{while(N>h/2&&E.size>0){const r=[...E].reduce((r,i)=>i.held()>r.held()?i:r);N-=r.held();r.values=null;r.setAside=true;E.delete(r)}};let T;let C=null;forEachCall(r,i,f,v,S,(o,u)=>{const f=o[1];if(f!==C){C=f;T=typeof f==="number"?M.get(f):undefined}const v=T;if(v===undefined)return;if(v.quantiles!==null)throw disagreement(r,i,s,v.id);v.calls++;const w=o[2];if(typeof w==="number"){if(w<v.minJd){v.minJd=w;v.minId=Number(o[0])}if(w>v.maxJd){v.maxJd=w;v.maxId=Number(o[0])}}for(let r=0;r<x.length;r++){const i=o[x[r]];if(typeof i==="number"&&Number.isFinite(i))v.sums[r].add(i)}if(!v.setAside){if(v.values===null){const r=Math.min(Mt,v.expected>0?v.expected:16);v.values=_.map(()=>new Float64Builder(r));E.add(v)}for(let r=0;r<_.length;r++){const i=o[_[r]];if(typeof i==="number"&&Number.isFinite(i)){v.values[r].push(i);N++}}if(v.expected===v.calls)settle(v);else if(N>h)relieve()}if(!I&&v.models.add(u))$++;if($>_t)I=true});for(const r of[...E])settle(r);if(k)for(const o of M.values())if((k.get(o.id)??0)!==o.calls)throw disagreement(r,i,s,o.id);const q=[...M.values()].filter(r=>r.calls>0);for(const o of q)if(o.setAside)readAgain(r,i,s,f,o);const D=timestampsById(r,q.flatMap(r=>[r.minId,r.maxId]));const O=I?listModelsBySql(r,i,q.map(r=>r.id)):listModels(q,S);const F=new Map;for(const s of q){const o={};f.means.forEach((u,f)=>{const v=s.sums[f];o[u]=v.exact?v.mean():meanFromSql(r,i,s.id,u)});const u={};f.quantiles.forEach(([r],i)=>u[r]=s.quantiles?.[i]??null);F.set(s.id,{calls:s.calls,means:o,quantiles:u,firstCall:D.get(s.minId)??null,lastCall:D.get(s.maxId)??null,models:O.get(s.id)??[]})}return F}function mayHold(r){try{return Number(allRows(r,"SELECT max(rowid) FROM prompt_metrics")[0]?.[0]??0)}catch{return Infinity}}function indexCounts(r){const i="SELECT version_id, count(*) FROM prompt_metrics GROUP BY version_id";if(!usesIndex(r,i,[]))return null;const s=indexInPlan(r,i);if(s!==null)try{const i=countVersions(r,s);verifyReads(r);return i}catch(r){if(!(r instanceof Decline))throw r}return new Map(allRows(r,i).map(([r,i])=>[Number(r),Number(i)]))}function disagreement(r,i,s,o){try{readSamples(r,i,{versionId:o,metrics:[]},s)}catch(r){return r}return indexDisagrees(s)}function readAgain(r,i,s,o,u){const f=o.quantiles.map(([r])=>r);const v=readSamples(r,i,{versionId:u.id,metrics:f},s,u.calls);if(v.rows!==u.calls)throw indexDisagrees(s);u.quantiles=o.quantiles.map(([r,i])=>{const s=v.values[r];return s&&s.length>0?quantilesInPlace(s,i):null})}function meanFromSql(r,i,s,o){const u=`SELECT avg(${numeric(i.callColumns,o)}) FROM prompt_metrics WHERE version_id = ?`;const f=allRows(r,u,[s])[0]?.[0];return typeof f==="number"?f:null}function costDaysFromPages(r,i,s,o,u,f,v){if(s.odd.length>0)return undefined;try{const h=TimeWalk.of(r,i,o);if(!h)return undefined;const w=new Map;const x=below(f);h.read(candidateRanges(s,u,f),"cost_eur",r=>cost_pages_sum(w,r,u,x),v);verifyReads(r);return w}catch(r){if(r instanceof Decline)return undefined;throw r}}function cost_pages_sum(r,i,s,o){let u=NaN;let f;for(let v=0;v<i.n;v++){const h=i.jds[v];if(!(h>=s&&h<=o))continue;const w=sqliteDay(h);if(w!==u||!f){u=w;f=r.get(u);if(!f)r.set(u,f={calls:0,cost:new NeumaierSum})}f.calls+=1;const x=i.values[v];if(Number.isFinite(x))f.cost.add(x)}}function trends_window(r,i,s){return[julian(r,i,"since"),julian(r,s,"until")]}function readDaily(r,i,s,o,u,f=()=>null){const v=i.callColumns;const[h,w]=trends_window(r,o,u);const x=f(h,w);const _=x?spanDaily(x,h,w,i.metrics.has("latency_ms"),i=>dayName(r,i)):null;if(_)return _;const S=[];forEachRow(r,"SELECT date(jd), count(*), avg(q), avg(s), avg(c), total(c) FROM ("+`SELECT julianday(timestamp) AS jd, ${numeric(v,"quality_score")} AS q, `+`${numeric(v,"success")} AS s, ${numeric(v,"cost_eur")} AS c `+"FROM prompt_metrics WHERE version_id = ?) WHERE jd >= ? AND jd < ? GROUP BY 1 ORDER BY 1",[s,h,w],([r,i,s,o,u,f])=>S.push({day:String(r),calls:Number(i),quality:num(s),latencyP50:null,successRate:num(o),costPerCall:num(u),costTotal:num(f)??0}));if(!i.metrics.has("latency_ms")||S.length===0)return S;const M=new Map;let E="";let k=[];const flush=()=>{if(k.length>0)M.set(E,describe_quantile(k,.5))};forEachRow(r,`SELECT date(jd), l FROM (SELECT julianday(timestamp) AS jd, ${numeric(v,"latency_ms")} AS l `+"FROM prompt_metrics WHERE version_id = ?) WHERE jd >= ? AND jd < ? AND l IS NOT NULL ORDER BY 1, 2",[s,h,w],([r,i])=>{if(r!==E){flush();E=String(r);k=[]}const s=num(i);if(s!==null)k.push(s)});flush();return S.map(r=>({...r,latencyP50:M.get(r.day)??null}))}function dayName(r,i){return String(askOnce(r,"SELECT date(?)",i))}function readCostByDay(r,i,s,o,u=null,f=false,v){const[h,w]=trends_window(r,s,o);const x=u?candidates(u,h,w):{sql:"TRUE",params:[]};const _=numeric(i.callColumns,"cost_eur");if(f){const s=u!==null&&storeBytes(r)>=vt;const o=costInJs(r,x,_,h,w,o=>s?costDaysFromPages(r,i,u,o,h,w,v):undefined);if(o)return o}const S=[];forEachRow(r,`SELECT date(jd), count(*), total(c) FROM (SELECT julianday(timestamp) AS jd, `+`${_} AS c FROM prompt_metrics WHERE ${x.sql}) `+"WHERE jd >= ? AND jd < ? GROUP BY 1 ORDER BY 1",[...x.params,h,w],([r,i,s])=>S.push({day:String(r),calls:Number(i),cost:num(s)??0}));return S}function costInJs(r,i,s,o,u,f){const v={sql:`SELECT julianday(timestamp), ${s} FROM prompt_metrics WHERE ${i.sql} `+"AND julianday(timestamp) BETWEEN ? AND ?",params:[...i.params,o,below(u)]};let h=f(v);if(!h){const i=new Map;forEachRow(r,v.sql,v.params,([r,s])=>{const o=sqliteDay(r);let u=i.get(o);if(!u)i.set(o,u={calls:0,cost:new NeumaierSum});u.calls+=1;if(typeof s==="number")u.cost.add(s)});h=i}const w=[];for(const[i,s]of h){if(!s.cost.exact)return null;const o=s.cost.total();w.push({day:dayName(r,i),calls:s.calls,cost:Number.isFinite(o)?o:0})}return w.sort((r,i)=>r.day<i.day?-1:r.day>i.day?1:0)}const Nt={calls:0,lastJd:null,lastAt:null};const Rt="SELECT count(*) FROM prompt_metrics WHERE version_id = ?";class VersionCalls{db;versions;counts=new Map;newest=new Map;all=false;complete=false;lookups=0;indexed;index;constructor(r,i){this.db=r;this.versions=i}calls(r){let i=this.counts.get(r);if(i===undefined&&this.complete)return 0;if(i===undefined&&!this.all&&this.oneByOne()){i=this.count(r);this.counts.set(r,i)}return i??this.loadAll().counts.get(r)??0}of(r){let i=this.newest.get(r);if(i===undefined&&this.known(r)===0)return Nt;if(i===undefined&&!this.all&&this.oneByOne()){const s=allRows(this.db,`SELECT count(*), ${fe} FROM prompt_metrics WHERE version_id = ?`,[r])[0];const o=num(s?.[1]);i={calls:Number(s?.[0]??0),lastJd:o,lastAt:o===null?null:str(s?.[2])};this.newest.set(r,i)}return i??this.loadAll().newest.get(r)??Nt}known(r){return this.counts.get(r)??this.newest.get(r)?.calls??(this.complete?0:undefined)}learnCounts(r,i={}){for(const[i,s]of r)this.counts.set(i,s);if(i.complete)this.complete=true}hasNewest(r){return this.newest.has(r)}learnNewest(r,i){this.counts.set(r,i.calls);this.newest.set(r,i)}count(r){try{if(this.index===undefined&&this.lookups>kr){const r=indexInPlan(this.db,Rt);this.index=r===null?null:VersionIndex.open(this.db,r)}if(this.index){const i=this.index.count(r);verifyReads(this.db);return i}}catch(r){if(!(r instanceof Decline))throw r;this.index=null}return Number(allRows(this.db,Rt,[r])[0]?.[0])}oneByOne(){this.indexed??=usesIndex(this.db,Rt,[0]);this.lookups+=1;return this.indexed&&this.lookups<=Math.max(64,this.versions/4)}loadAll(){if(this.all)return this;this.counts.clear();this.newest.clear();for(const[r,i,s,o]of allRows(this.db,`SELECT version_id, count(*), ${fe} FROM prompt_metrics GROUP BY version_id`)){const u=num(s);const f={calls:Number(i),lastJd:u,lastAt:u===null?null:str(o)};this.counts.set(Number(r),f.calls);this.newest.set(Number(r),f)}this.all=true;return this}}const At=1<<18;const $t=4;class KnownRows{chunks=[];count=0;built=null;where=new Int32Array(0);versions=new Set;wants(r,i){return this.built===null&&!this.versions.has(r)&&this.count+i<=At}add(r,i,s,o,u){if(!this.wants(r,u))return;this.versions.add(r);if(u===0)return;const cut=r=>r.length===u?r:r.slice(0,u);this.chunks.push({ids:cut(i),jds:cut(s),costs:cut(o)});this.count+=u}lookup(r,i){const s=this.built??=this.build();const{first:o,slots:u,seen:f}=s;const v=this.where.length>=i?this.where:this.where=new Int32Array(i);let h=false;for(let s=0;s<i;s++){const i=r[s]-o;const w=i>=0&&i<u.length?u[i]-1:-1;if(w>=0){if(f[i]===1)h=true;f[i]=1}v[s]=w}for(let s=0;s<i;s++)if(v[s]>=0)f[r[s]-o]=0;return h?null:{where:v,jds:s.jds,costs:s.costs}}build(){const r=this.count;let i=Infinity;let s=-Infinity;for(const{ids:r}of this.chunks)for(let o=0;o<r.length;o++){const u=r[o];if(u<i)i=u;if(u>s)s=u}const o=s-i+1;const u=new Float64Array(0);if(!(Number.isInteger(i)&&Number.isInteger(s)&&o<=$t*r+1024)){this.chunks=[];return{first:0,slots:new Int32Array(0),seen:new Uint8Array(0),jds:u,costs:u}}const f=new Int32Array(o);const v=this.chunks.length===1?this.chunks[0].jds:new Float64Array(r);const h=this.chunks.length===1?this.chunks[0].costs:new Float64Array(r);let w=0;for(const r of this.chunks){if(v!==r.jds)v.set(r.jds,w);if(h!==r.costs)h.set(r.costs,w);for(let s=0;s<r.ids.length;s++)f[r.ids[s]-i]=w+s+1;w+=r.ids.length}this.chunks=[];return{first:i,slots:f,seen:new Uint8Array(o),jds:v,costs:h}}}const It=1e5;const Tt=1e6;const Ct=1e4;const qt=200;const Dt=1e5;const Ot=3;function setText(r,i){Object.defineProperties(r,{promptText:{enumerable:false,value:i},promptKey:{enumerable:false,value:i===null?null:quickKey(i)}})}function parseTags(r){if(r===null)return[];try{const i=JSON.parse(r);return Array.isArray(i)?i.filter(r=>typeof r==="string"):[]}catch{return[]}}class SqliteStore{db;schema;label;release;options;metrics;cached;walked;newest;contextCache=new Map;focused=null;spans=new Map;spanSchema;spanWalk;known;constructor(r,i,s,o=()=>undefined,u={textsWhenAsked:false}){this.db=r;this.schema=i;this.label=s;this.release=o;this.options=u;this.metrics=i.metrics}versions(){return this.load().rows}lastCallAt(){return this.newestCall().at}lastCallMs(){const{jd:r}=this.newestCall();return r===null?null:sqliteMs(r)-pe}newestCall(){if(this.newest)return this.newest;const r=this.timestamps();const i="+version_id IN (SELECT id FROM prompt_versions)";if(r){const s=newestCall(this.db,r,i,this.knownVersions());this.newest={at:s?.at??null,jd:s?.jd??null}}else{const[r,s]=allRows(this.db,`SELECT ${fe} FROM prompt_metrics WHERE ${i}`)[0]??[null,null];this.newest=num(r)===null?{at:null,jd:null}:{at:str(s),jd:num(r)}}return this.newest}knownVersions(){if(storeBytes(this.db)<vt)return undefined;const r=allRows(this.db,"SELECT id FROM prompt_versions").map(r=>r[0]);if(!r.every(r=>typeof r==="number"))return undefined;return{schema:this.schema,versions:new Set(r)}}focus(r,i){const[s,o]=allRows(this.db,"SELECT julianday(?), julianday(?)",[r,i])[0]??[];this.focused=num(s)===null||num(o)===null?null:{from:num(s),to:num(o)};this.spans.clear()}spanOf(r){return(i,s)=>{const o=this.focused;if(o===null||i<o.from||s>o.to)return null;if(!this.inOrder())return null;let u=this.spans.get(r);if(u===undefined){const i=this.cached?.calls.known(r);if(this.spanWalk===undefined){if(storeBytes(this.db)>=vt)this.known=new KnownRows;this.spanWalk=SpanWalk.prepare(this.db,this.schema,this.known)}u=this.spanWalk?.read(r,o.from,o.to,i??1024);if(u===undefined)u=readSpan(this.db,this.schema,this.label,r,o.from,o.to,i);this.spans.set(r,u);const held=()=>[...this.spans.values()].reduce((r,i)=>r+(i?.n??0),0);while(this.spans.size>1&&(this.spans.size>Ot||held()>Yr))this.spans.delete(this.spans.keys().next().value)}return u}}lastCallOf(r){const{calls:i}=this.load();const s=this.focused;if(s!==null&&!i.hasNewest(r)){const o=i.calls(r);const u=o>0&&o<=Yr?this.spanOf(r)(s.from,s.to):null;if(u&&u.n===o){let s=0;for(let r=1;r<u.n;r++)if(u.jds[r]>u.jds[s])s=r;const f=u.jds[s];const v=u.ids[s];const h=timestampsOf(this.db,[v]).get(v)??null;i.learnNewest(r,{calls:o,lastJd:f,lastAt:h})}}return i.of(r).lastAt}inOrder(){this.spanSchema??=spanSchema(this.db,this.schema);return this.spanSchema}samples(r){const i=this.cached?.calls.known(r.versionId);return readSamples(this.db,this.schema,r,this.label,i,this.spanOf(r.versionId))}contexts(r,i,s){const o=JSON.stringify([r,i,s]);let u=this.contextCache.get(o);if(!u)this.contextCache.set(o,u=this.readContexts(r,i,s));return u}readContexts(r,i,s){const o=this.schema.callColumns;const u=timeRange(this.db,i,s);const f=u.from!==undefined&&u.to!==undefined?this.spanOf(r)(u.from,u.to):null;if(f)return spanContexts(f,u.from,u.to);const v=allRows(this.db,`SELECT ${capped(o,"model_name",wt)}, ${numeric(o,"temperature")}, `+`${numeric(o,"max_tokens")}, count(*) FROM prompt_metrics `+`WHERE version_id = ?${u.sql} GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT 1000`,[r,...u.params]);return v.map(([r,i,s,o])=>({model:str(r),temperature:num(i),maxTokens:num(s),calls:Number(o)}))}daily(r,i,s){return readDaily(this.db,this.schema,r,i,s,this.spanOf(r))}blocks(r){return readBlocks(this.db,this.schema,r,this.spanOf(r.versionId))}costByDay(r,i){const{db:s,schema:o}=this;return readCostByDay(s,o,r,i,this.timestamps(),this.inOrder(),this.known)}totals(r=f,i={}){const s=this.schema.callColumns;const o=f.filter(i=>this.metrics.has(i)&&r.includes(i));const u=o.map(r=>`, count(${numeric(s,r)}), avg(${numeric(s,r)})`);const v=new Map;for(const[r,i,...s]of allRows(this.db,`SELECT version_id, count(*)${u.join("")} FROM prompt_metrics GROUP BY version_id`)){const u=Object.fromEntries(o.map((r,i)=>[r,{n:Number(s[2*i]),mean:num(s[2*i+1])}]));v.set(Number(r),{versionId:Number(r),calls:Number(i),metrics:u,models:[]})}const h=new Map([...v].map(([r,i])=>[r,i.calls]));this.load().calls.learnCounts(h,{complete:true});if(s.has("model_name")){const r=[...v.values()].reduce((r,i)=>r+i.calls,0);if(r>(i.modelsByVersionAbove??Dt))for(const[r,i]of listModelsBySql(this.db,this.schema,[...v.keys()]))v.get(r)?.models.push(...i);else for(const[r,i]of allRows(this.db,`SELECT version_id, ${capped(s,"model_name",wt)} FROM prompt_metrics `+`WHERE model_name IS NOT NULL GROUP BY 1, 2 ORDER BY 1, count(*) DESC, 2 LIMIT ${yt}`))v.get(Number(r))?.models.push(String(i))}return v}digest(r){const{rows:i,calls:s}=this.load();const o=digestCalls(this.db,this.schema,this.label,i.map(r=>r.id),r);s.learnCounts(new Map([...o].map(([r,i])=>[r,i.calls])),{complete:true});return o}close(){this.db.close();this.release()}timestamps(){if(this.walked===undefined)this.walked=walkTimestamps(this.db);return this.walked}load(){if(this.cached)return this.cached;const r=this.schema.versionColumns;const i=!this.options.textsWhenAsked;const s=r.has("system_prompt")||r.has("user_prompt");const o=`SELECT v.id, ${capped(r,"name",wt)}, ${capped(r,"version",wt)}, `+`${capped(r,"timestamp",wt)}, ${capped(r,"git_commit",wt)}, `+`${capped(r,"tags",Ct)}`+(i?`, ${capped(r,"system_prompt",Tt)}, ${capped(r,"user_prompt",Tt)}`:"")+" FROM prompt_versions AS v ORDER BY 2, julianday(v.timestamp) DESC, v.id DESC LIMIT ?";const u=allRows(this.db,o,[It+1]);if(u.length>It)throw new StoreError("too_many_versions",this.label,`it holds more than ${It} prompt versions.`);const f=this.versionTags();const v=new VersionCalls(this.db,u.length);const h=u.map(r=>{const o=Number(r[0]);let u;const h={id:o,name:str(r[1])??"",version:str(r[2])??"",timestamp:str(r[3])??"",gitCommit:str(r[4]),tags:[...new Set([...parseTags(str(r[5])),...f.get(o)??[]])]};const text=()=>(withTexts(),h.promptText);Object.defineProperties(h,{promptHash:{enumerable:true,get:()=>{if(u!==undefined)return u;const r=text();return u=r===null?null:hash_shortSha256(r)}},calls:{enumerable:true,get:()=>v.calls(o)},lastCallAt:{enumerable:true,get:()=>this.lastCallOf(o)}});if(i)setText(h,s?`${str(r[6])??""}\0${str(r[7])??""}`:null);else Object.defineProperties(h,{promptText:{enumerable:false,configurable:true,get:text},promptKey:{enumerable:false,configurable:true,get:()=>(withTexts(),h.promptKey)}});return h});let w=i;const withTexts=()=>{if(w)return;const r=this.promptTexts();w=true;for(const i of h)setText(i,r(i.id))};this.cached={rows:h,calls:v};return this.cached}promptTexts(){const r=this.schema.versionColumns;if(!r.has("system_prompt")&&!r.has("user_prompt"))return()=>null;const[i]=allRows(this.db,"SELECT count(DISTINCT id) = count(*) FROM prompt_versions")[0]??[0];if(i!==1)throw new StoreError("corrupt",this.label,"two prompt versions share an id, or one has none (prompt_versions.id must be unique).");const s=new Map(allRows(this.db,`SELECT v.id, ${capped(r,"system_prompt",Tt)}, `+`${capped(r,"user_prompt",Tt)} FROM prompt_versions AS v LIMIT ?`,[It+1]).map(r=>[Number(r[0]),`${str(r[1])??""}\0${str(r[2])??""}`]));return r=>s.get(r)??null}versionTags(){const r=new Map;if(!this.schema.versionTags)return r;for(const[i,s]of allRows(this.db,`SELECT version_id, substr(tag, 1, ${qt}) FROM version_tags `+"WHERE tag IS NOT NULL LIMIT 1000000")){const o=r.get(Number(i))??[];o.push(String(s));r.set(Number(i),o)}return r}}const Ft=r(import.meta.url)("node:url");var Lt=__nccwpck_require__(6166);var jt=__nccwpck_require__.n(Lt);const Pt=["sql-wasm-browser","wasm"].join(".");let Bt;function wasmPath(){const r=dr().join(dr().dirname((0,Ft.fileURLToPath)(import.meta.url)),Pt);if((0,vr.existsSync)(r))return r;const i=(0,sr.createRequire)(import.meta.url);return i.resolve(["sql.js","dist",Pt].join("/"))}function loadSqlJs(){Bt??=jt()({wasmBinary:(0,vr.readFileSync)(wasmPath())});return Bt}const Wt=8*1024*1024;const Ut=32*1024;async function openDatabase(r,i){const{label:s}=i;const o=committedState(r,i);const u=o instanceof LazyFile?o:null;const f=u?u.size:o.length;checkHeader(u?u.head(100):o,f,s,{maxBytes:i.maxBytes??pr,walPresent:i.walPresent??false});const v=await loadSqlJs();const h=u?u.pages():o;const w=new v.Database(readInPlace(h));registerPages(w,h);try{w.run("PRAGMA query_only = ON");w.run("PRAGMA trusted_schema = OFF");w.run("PRAGMA cell_size_check = ON");w.run(`PRAGMA cache_size = -${Ut}`);w.run("PRAGMA temp_store = MEMORY");guardQueries(w,u??{label:s,verify:()=>undefined});integrityCheck(w,s,f<=Wt?null:"sqlite_schema");const r=checkSchema(w,s);if(f>Wt){integrityCheck(w,s,"prompt_versions");if(r.versionTags)integrityCheck(w,s,"version_tags")}u?.verify();return{db:w,schema:r}}catch(r){w.close();if(r instanceof StoreError)throw r;throw new StoreError("corrupt",s,`SQLite cannot read it (${reason(r)}).`,raw(r))}}function recoverHint(r,i){const s=r instanceof LazyFile?`run sqlite3 ${shellQuote(oneLine(i))} 'PRAGMA integrity_check'`:"open the store once with sqlite3 (e.g. sqlite3 db.sqlite 'PRAGMA integrity_check') before it is uploaded or committed";return`${s}: SQLite rolls the journal back; then retry.`}function committedState(r,i){if(!i.journal)return r;const s=readJournal(i.journal,i.label,recoverHint(r,i.label));if(!s)return r;if(s.pages===0)throw new StoreError("empty",i.label,"a writer was interrupted inside the transaction that created it (it left a rollback journal, -journal): nothing was ever committed.");if(r instanceof LazyFile){r.rollBack(s);return r}return applyRollback(r,s)}async function openStore(r,i){const{db:s,schema:o}=await openDatabase(r,i);const u=r instanceof LazyFile?r:null;return new SqliteStore(s,o,i.label,()=>u?.close(),{textsWhenAsked:i.textsWhenAsked??false})}function integrityCheck(r,i,s){let o;try{o=r.exec(`PRAGMA integrity_check(${s??1})`)[0]?.values[0]?.[0]}catch(r){throw new StoreError("corrupt",i,`the SQLite file is corrupt (${reason(r)}).`,raw(r))}if(o!=="ok")throw new StoreError("corrupt",i,`the SQLite file is corrupt (integrity_check: ${oneLine(String(o))}).`)}function raw(r){return r instanceof Error?r.message:String(r)}function reason(r){return oneLine(raw(r))}function code(r){return r instanceof Error&&"code"in r?String(r.code):""}function statOrNone(r){try{return(0,vr.statSync)(r)}catch{return undefined}}function checkFile(r,i){let s;try{const i=(0,vr.statSync)(r);if(i.isDirectory())throw new StoreError("unreadable",r,folderHint(r));if(!i.isFile())throw new StoreError("unreadable",r,"it is not a regular file.");s=i.size}catch(i){throw unreadable(r,i)}if(s>i)throw tooLarge(r,s,i);const o=statOrNone(`${r}-wal`);return{walPresent:o!==undefined&&o.size>0}}function journalBeside(r,i){const s=`${r}-journal`;const o=statOrNone(s);if(!o?.isFile()||o.size===0)return undefined;if(o.size>i)throw tooLarge(s,o.size,i);try{return(0,vr.readFileSync)(s)}catch(r){if(code(r)==="ENOENT")return undefined;throw unreadable(s,r)}}const zt=8;function stamp(r){try{const i=(0,vr.statSync)(r,{bigint:true});return`${i.ino}:${i.size}:${i.mtimeNs}:${i.ctimeNs}`}catch{return null}}function counter(r){let i;try{i=(0,vr.openSync)(r,"r");const s=Buffer.alloc(4);return(0,vr.readSync)(i,s,0,4,24)===4?s.toString("hex"):""}catch{return""}finally{if(i!==undefined)(0,vr.closeSync)(i)}}const state=r=>`${stamp(r)}|${counter(r)}|${stamp(`${r}-journal`)}`;async function snapshot(r,i){for(let s=1;;s++){const o=state(r);const u=journalBeside(r,i);let f;try{f=new LazyFile(r)}catch(i){throw unreadable(r,i)}f.head(100);if(state(r)===o&&f.unchanged())return{file:f,journal:u};f.close();if(s===zt)throw changedError(r);await new Promise(r=>setTimeout(r,5*s))}}function folderHint(r){for(const i of["db.sqlite",".prompt_versions/db.sqlite"]){const s=(0,hr.join)(r,i);if((0,vr.existsSync)(s))return`it is a folder; the store is the file inside it: ${s}.`}return"it is a folder, not a store file; give the path of the db.sqlite file."}function unreadable(r,i){if(i instanceof StoreError)return i;const s=code(i)==="ENOENT";return new StoreError("unreadable",r,s?"no such file. Check the path (a relative one starts at the working folder); Prompt Versioner writes .prompt_versions/db.sqlite under the folder its script runs in.":`cannot read it (${oneLine(String(i))}).`)}async function openStoreFile(r,i={}){const s=i.maxBytes??pr;const{walPresent:o}=checkFile(r,s);const{file:u,journal:f}=await snapshot(r,s);try{return await openStore(u,{label:r,maxBytes:i.maxBytes,walPresent:o,...f?{journal:f}:{},...i.textsWhenAsked?{textsWhenAsked:true}:{}})}catch(i){const s=i instanceof StoreError&&i.code!=="changed"&&!u.unchanged();u.close();throw s?changedError(r):i}}function openInput(r,i,s){const o=s?{textsWhenAsked:s}:{};return"path"in r?openStoreFile(r.path,{maxBytes:i,...o}):openStore(r.bytes,{label:r.label,maxBytes:i,...r.journal?{journal:r.journal}:{},...o})}async function withStores(r,i,s){const o=r.kind!=="compare";const u=[];try{for(const s of i)u.push(s?await openInput(s,r.maxStoreBytes,o):null);return s(u)}finally{for(const r of u)r?.close()}}function runCompare(r){return withStores(r,[r.head,r.base],([i,s])=>compareStores({head:i,base:s??null,...r.selection?{selection:r.selection}:{},options:r.options,failOn:r.failOn,generatedAt:r.generatedAt}))}function runSummary(r){return withStores(r,[r.store],([i])=>summarize(i,r.generatedAt))}function runHealth(r){return withStores(r,[r.store],([i])=>healthReport(i,{analysis:r.options,health:r.health,failOn:r.failOn,now:r.now,clock:r.clock??false}))}function executeRequest(r){const i=r;switch(i.kind){case"compare":return runCompare(i);case"summary":return runSummary(i);case"health":return runHealth(i)}}function requestLabels(r){const i=r.kind==="compare"?[r.head,r.base]:[r.store];return i.flatMap(r=>r===null?[]:["path"in r?r.path:r.label])}const Vt=1024*1024;class StoreLimitError extends UserError{kind;name="StoreLimitError";constructor(r,i){super(i);this.kind=r}}function formatLimit(r){if(r<1e3)return`${Math.round(r)}ms`;return`${Number((r/1e3).toFixed(3))}s`}function stores(r){const i=r.map(r=>JSON.stringify(oneLine(r)));if(i.length===0)return"the store";if(i.length===1)return`the store ${i[0]}`;return`the stores ${i.slice(0,-1).join(", ")} and ${i.at(-1)}`}function timeoutError(r,i,s){return new StoreLimitError("timeout",`Reading ${stores(r)} took longer than ${s} (${formatLimit(i)}): the store may `+`be hostile or far too large; raise ${s} if it is genuine.`)}function memoryError(r,i,s){return new StoreLimitError("memory",`Reading ${stores(r)} needed more memory than allowed (${i.heapMb} MiB of JavaScript `+`heap, ${i.sqliteBytes/Vt} MiB for SQLite, both set from ${s}): the store `+`may be hostile or far too large; raise ${s} if it is genuine.`)}function crashError(r,i){return new StoreLimitError("crash",`Reading ${stores(r)} stopped unexpectedly (${oneLine(i,300)}); the store may be hostile.`)}const Gt=["code","label","sqlite","kind"];const Ht="out of memory";function toWire(r,i){if(!(r instanceof Error))return{name:"Error",message:`unexpected error: ${String(r)}`,fields:{}};const s=requestLabels(i.request);let o=r;const u=o instanceof StoreError?o.sqlite:o.message;if(u===Ht)o=memoryError(s,i.limits,i.sizeSetting);else if(o.name==="RuntimeError")o=crashError(s,`${o.name}: ${o.message}`);const f={};for(const r of Gt){const i=o[r];if(typeof i==="string")f[r]=i}return{name:o.name,message:o.message,fields:f}}async function limitSqliteHeap(r){const i=await loadSqlJs();const s=new i.Database;try{s.run(`PRAGMA hard_heap_limit = ${Math.floor(r)}`)}finally{s.close()}}async function serveRequest(){const r=u.parentPort;if(!r){process.stderr.write("pv-check: worker.js is started by the action and the CLI, not alone.\n");process.exitCode=2;return}const i=u.workerData;let s;if("spare"in i){const i=new Promise(i=>r.once("message",i));await Promise.resolve().then(loadSqlJs).catch(()=>undefined);s=await i}else s=i;let o;try{await limitSqliteHeap(s.limits.sqliteBytes);o={ok:true,report:await executeRequest(s.request)}}catch(r){o={ok:false,error:toWire(r,s)}}try{r.postMessage(o)}catch(i){r.postMessage({ok:false,error:toWire(i,s)})}}var Qt=o.X;export{Qt as serveRequest};
//# sourceMappingURL=worker-main.js.map
