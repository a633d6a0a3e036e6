export { regularizedGammaP, regularizedGammaQ } from './gamma';
export { regularizedIncompleteBeta } from './beta';
export { erfc, normalCdf, normalTwoSidedPValue } from './normal';
export { studentTCdf, studentTTwoSidedPValue } from './studentT';
export { averageRanks, rankInto, sortInto } from './ranks';
export { wilcoxonSignedRank } from './signedRank';
export type { SignedRankResult } from './signedRank';
