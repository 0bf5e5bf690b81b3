// Product and technology: compute (owned and rented), data (bought, augmented, from customers
// and partners), and model quality, capped by the model scale (§1.1.3, §1.7.3, §1.18.1).
import { TECH_ROLES } from '../ids';
import { CEILINGS } from '../bounds';
import { pay } from '../ledger';
import { divFloor, mulBp, ratioBp } from '../math';
import type { Scenario } from '../scenario/schema';
import { pmCover, spreadCost, totalCustomers } from '../selectors';
import type { State } from '../state';

export interface ProductResult {
  computeNeed: number;
  computeAvail: number;
  dataNeed: number;
}

/** Mutates the copied state. */
export function runProduct(s: State, sc: Scenario): ProductResult {
  const p = s.policy;
  const e = sc.economics;
  const model = sc.models[p.modelScale];
  pay(s, 'compute', mulBp(p.computeRent * e.computeRentPerUnit.v, s.computePriceBp));
  pay(s, 'compute', mulBp(mulBp(s.computeOwned * e.computeBuyPerUnit.v, s.computePriceBp), e.computeUpkeepBp.v));
  const computeAvail = s.computeOwned + p.computeRent;

  pay(s, 'data', p.dataBudget);
  let gained =
    divFloor(p.dataBudget, e.dataCostPerUnit.v) + totalCustomers(s) * e.dataPerCustomer.v * (p.productWork === 'feedback' ? 2 : 1);
  if (s.partnerships.some((x) => x.kind === 'data')) gained += divFloor(model.dataNeed.v, 4);
  if (p.augmentation) {
    pay(s, 'data', e.augmentationCost.v);
    gained += mulBp(gained, e.augmentationBp.v);
  }
  s.dataUnits = Math.min(CEILINGS.data, s.dataUnits + gained);

  pay(s, 'rnd', p.rndBudget);
  let power = 0;
  for (const r of TECH_ROLES) power += s.staff[r] * sc.roles[r].power.v;
  if (p.markets.some((m) => (sc.markets[m]!.traits as string[]).includes('clinical')))
    power += s.staff.domainExpert * sc.roles.domainExpert.power.v;
  power = power * 10 + divFloor(p.rndBudget * 10, e.rndPerQualityPoint.v);
  if (s.partnerships.some((x) => x.kind === 'rnd')) power += divFloor(power, 3);
  // §1.16.1: a functional team goes deepest in its own craft (most model work per head) but talks
  // least across functions (the communication-breakdown event); matrix trades some depth for that.
  const structureBp = p.structure === 'functional' ? 10800 : p.structure === 'project' ? 10400 : 10200;
  power = mulBp(power, structureBp);
  // §1.14.1 case C: resources spread over segments not yet won leave no segment an edge; each
  // extra one takes a tenth of the model work (at most half). Magnitude: design.
  power = mulBp(power, 10000 - spreadCost(s, sc).workBp);
  // §1.15.1, §1.14.2 case D: without product managers tech work drifts from what customers need
  // (a fifth of the effort lost, not only the breakdown event); full cover is one PM per six technical heads.
  power = mulBp(power, 8000 + divFloor(2000 * pmCover(s), 10000));
  power = divFloor(power * (50 + s.morale), 150);
  // §1.12.1: testing trades a little feature work for fewer defects and a model that keeps its edge
  // (regressions caught: half the quarter's decay below); features-first ships more, less safely.
  // §1.18.1: augmented data generalizes better, so each unit of work goes further. Magnitude: design.
  if (p.augmentation) power = mulBp(power, 10800);
  const workBp = p.productWork === 'features' ? 10500 : p.productWork === 'testing' ? 9500 : 10000;
  power = mulBp(power, workBp);
  // §1.6.1, §1.18.1: more and better data trains a more accurate model: data beyond the scale's need
  // keeps paying (up to 1.5x), compute only up to the need. Magnitude: design.
  const dataBp = ratioBp(s.dataUnits, model.dataNeed.v, 15000);
  const suff = divFloor(ratioBp(computeAvail, model.computeNeed.v) * dataBp, 10000);
  const cap = model.qualityCap.v;
  const room = Math.max(0, cap - s.quality);
  const gain = divFloor(mulBp(power, suff) * room, cap * 20);
  const decayBp = p.productWork === 'testing' ? divFloor(e.qualityDecayBp.v, 2) : e.qualityDecayBp.v;
  s.quality = Math.min(cap, s.quality + gain - mulBp(s.quality, decayBp));
  if (s.quality < 0) s.quality = 0;
  return { computeNeed: model.computeNeed.v, computeAvail, dataNeed: model.dataNeed.v };
}
