// Stands in for @tensorflow/tfjs-node inside the bundled danfojs: the pure-JavaScript
// TensorFlow.js core with its CPU backend (no native library, no install script).
module.exports = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');
