// sql.js' browser build has the same API as its default build; see src/store/sqljs.ts for why we use it.
declare module 'sql.js/dist/sql-wasm-browser.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}
