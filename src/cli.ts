import { loadSqlJs } from './store/sqljs.js';
const SQL = await loadSqlJs();
const db = new SQL.Database();
console.log(db.exec('select sqlite_version()')[0]?.values[0]?.[0]);
