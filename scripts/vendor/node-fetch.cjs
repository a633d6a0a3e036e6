// Stands in for node-fetch inside the bundled danfojs: Node's own fetch (Node >= 18).
module.exports = (...args) => globalThis.fetch(...args);
