// Stands in for xlsx inside the bundled danfojs: SheetJS (1.3 MB of the bundle) is read
// only when readExcel/toExcel first touch it, from its own file next to the bundle.
'use strict';
let sheetjs;
module.exports = new Proxy({}, { get: (_, key) => (sheetjs ??= require('./xlsx.js'))[key] });
