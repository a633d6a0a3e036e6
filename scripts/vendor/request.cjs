// Stands in for the deprecated `request` library inside the bundled danfojs, which uses it
// only to stream remote URLs. Local files stream as before.
module.exports = () => {
  throw new Error(
    'market-reaction: the bundled danfojs cannot stream a remote URL (the "request" library is not included); download the file and read it from disk',
  );
};
