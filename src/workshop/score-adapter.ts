// The run's score for the leaderboard: the engine's scoreRun (the six key elements of the seed's
// summary, §1.20, each 0..100 with its parts; total their mean). One import point for the workshop.
export { compareScores, ELEMENTS, scoreRun, sharedRanks } from '../engine/index';
export type { Element, Score } from '../engine/index';
