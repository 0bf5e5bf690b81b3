// Workshop mode's public surface: codes, the derived world, pause points, the debrief and its
// printable pages. Pure throughout (no DOM, no Node): the CLI, the browser and workers share it.
export * from './code';
export * from './apply';
export * from './pause';
export * from './texts';
export * from './debrief';
export * from './csv';
export * from './handout';
export * from './report';
export { quarterWords, shortUsd } from './decision-words';
export { esc, lineChart, safeSvg } from './html';
export { ELEMENTS, scoreRun } from './score-adapter';
export type { Score, Element } from './score-adapter';
