// The zod schema of scenario files: content as data, every number with its `source` (a seed
// section, or "design"). Strict objects, bounded safe integers; cross-references in scenario-checks.ts.
import { z } from 'zod';
import {
  BUSINESS_MODELS,
  CHANNELS,
  GROUPS,
  MARKET_TRAITS,
  PARTNER_KINDS,
  POSITIONINGS,
  PRICING,
  PRODUCT_WORK,
  PROGRAMMES,
  ROLES,
  ROUND_KINDS,
  SCALES,
  STRUCTURES,
} from '../ids';
import { FACTOR_IDS } from '../factor-ids';
import { crossCheck } from './checks';

const MAX = 1_000_000_000_000; // 10^12: money beyond a trillion is not a startup

/** A number from the scenario, with where it comes from. */
const sourced = (lo = -MAX, hi = MAX) =>
  z.strictObject({
    v: z.number().int('must be a whole number (money in USD, rates in basis points)').min(lo).max(hi),
    source: z.string().min(1, 'say where the number comes from: a seed section such as "§1.4.1", or "design"').max(200),
  });

const text = z.strictObject({ zh: z.string().min(1).max(4000), en: z.string().min(1).max(4000) });
export type Text = z.infer<typeof text>;
const id = z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'an id is a lower-camel-case word of letters and digits, at most 32 characters');
// A scenario's id names its file (scenarios/<id>.json), so it is kebab-case like the file names.
const scenarioId = z
  .string()
  .max(64)
  .regex(
    /^[a-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/,
    'a scenario id is lower-case words joined by "-", like its file name (e.g. "case-a-fintech-2015"), at most 64 characters',
  );
const section = z.string().regex(/^(§\d+(\.\d+)*|appendix [A-Z]|design)$/, 'a seed section such as "§1.12.2", "appendix B" or "design"');
const bp = (hi = 10000) => sourced(0, hi);

const FACTOR_SCHEMA = z.enum(FACTOR_IDS);

const effect = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cash'), amount: sourced() }),
  z.strictObject({ kind: z.literal('fine'), revenueBp: bp(), min: sourced(0) }),
  z.strictObject({ kind: z.literal('customers'), bp: sourced(-10000, 10000) }),
  z.strictObject({ kind: z.literal('brand'), delta: sourced(-1000, 1000) }),
  z.strictObject({ kind: z.literal('quality'), delta: sourced(-1000, 1000) }),
  z.strictObject({ kind: z.literal('morale'), delta: sourced(-100, 100) }),
  z.strictObject({ kind: z.literal('staff'), role: z.enum(ROLES), delta: sourced(-100, 0) }),
  z.strictObject({ kind: z.literal('computePrice'), bp: sourced(-5000, 5000) }),
  z.strictObject({ kind: z.literal('marketPrice'), bp: sourced(-5000, 5000) }),
  z.strictObject({ kind: z.literal('competitor'), delta: sourced(-10, 10) }),
  z.strictObject({ kind: z.literal('regulation'), delta: sourced(-5000, 5000) }),
  z.strictObject({ kind: z.literal('data'), delta: sourced(-1_000_000, 1_000_000) }),
  z.strictObject({ kind: z.literal('closeRound') }),
  z.strictObject({ kind: z.literal('awardGrant') }),
  z.strictObject({ kind: z.literal('formPartnership'), partner: z.enum([...PARTNER_KINDS, 'requested']) }),
]);
export type Effect = z.infer<typeof effect>;

const eventDef = z.strictObject({
  id,
  title: text,
  text: text,
  missText: text.optional(),
  section: z.array(section).min(1),
  good: z.boolean(),
  when: z.enum(['always', 'roundPending', 'grantPending', 'partnerPending']),
  /** Rolls only while one of these markets is in focus (absent: in every market). */
  markets: z.array(id).min(1).max(16).optional(),
  base: bp(),
  min: bp().optional(),
  max: bp().optional(),
  cooldown: sourced(0, 100).optional(),
  /** Rolls only from this quarter on (0 = the first quarter): the later-stage questions. */
  fromQuarter: sourced(0, 1000).optional(),
  /** A factor that softens the damage once the event has fired, instead of preventing it (backups
   *  let a company recover quickly, §1.12.3): harmful effects shrink by level × reduceBp. */
  mitigation: z.strictObject({ factor: FACTOR_SCHEMA, reduceBp: bp() }).optional(),
  factors: z.array(z.strictObject({ factor: FACTOR_SCHEMA, effect: sourced(-10000, 10000) })).max(32),
  effects: z.array(effect).max(16),
});
export type EventDef = z.infer<typeof eventDef>;

const market = z.strictObject({
  name: text,
  section: z.array(section).min(1),
  potential: sourced(1, 10_000_000),
  growthBp: sourced(-2000, 5000),
  refPrice: sourced(1, 100_000_000),
  priceSensitivityBp: bp(20000),
  qualityBar: sourced(0, 1000),
  salesCycle: sourced(1, 8),
  baseConversionBp: bp(),
  costPerLead: sourced(1, 10_000_000),
  baseChurnBp: bp(),
  regulationBp: bp(),
  competitors: sourced(0, 50),
  entryCost: sourced(0),
  traits: z.array(z.enum(MARKET_TRAITS)),
});
export type MarketDef = z.infer<typeof market>;

const role = z.strictObject({
  salary: sourced(0, 10_000_000),
  hireCost: sourced(0, 10_000_000),
  leadQuarters: sourced(0, 4),
  power: sourced(0, 1000),
  section: z.array(section).min(1),
});

const scale = z.strictObject({
  computeNeed: sourced(0, 1_000_000),
  dataNeed: sourced(0, 100_000_000),
  qualityCap: sourced(1, 1000),
  valueBp: bp(30000),
  switchCost: sourced(0),
});

const round = z.strictObject({
  minAmount: sourced(0),
  maxAmount: sourced(0),
  minPreMoney: sourced(1),
  maxPreMoney: sourced(1),
  /** What the company must have shown before investors take this round (§1.17.3: series A after the
   *  product is validated, series B after growth): last quarter's revenue and customers. */
  milestones: z.strictObject({ minRevenue: sourced(0), minCustomers: sourced(0) }).optional(),
  section: z.array(section).min(1),
});

const startPolicy = z.strictObject({
  markets: z.array(id).max(16),
  positioning: z.enum(POSITIONINGS),
  businessModel: z.enum(BUSINESS_MODELS),
  pricing: z.enum(PRICING),
  priceLevelBp: sourced(5000, 20000),
  marketing: z.strictObject(
    Object.fromEntries(CHANNELS.map((c) => [c, sourced(0, 100_000_000)])) as Record<(typeof CHANNELS)[number], ReturnType<typeof sourced>>,
  ),
  structure: z.enum(STRUCTURES),
  bonusBp: sourced(0, 5000),
  equityGrants: z.boolean(),
  career: z.boolean(),
  modelScale: z.enum(SCALES),
  productWork: z.enum(PRODUCT_WORK),
  rndBudget: sourced(0, 100_000_000),
  dataBudget: sourced(0, 100_000_000),
  augmentation: z.boolean(),
  computeRent: sourced(0, 100_000),
  programmes: z.array(z.enum(PROGRAMMES)),
});

export const scenarioSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    id: scenarioId,
    version: z.number().int().min(1).max(1_000_000),
    title: text,
    brief: text,
    facilitator: z.strictObject({
      goals: z.array(text).max(20),
      sections: z.array(section).max(60),
      questions: z.array(text).max(20),
      /** The answer key for instructors, one per question in the same order: the essay passage and
       *  what the game shows. Shown in the debrief report and `sim scenarios --facilitator`, never on
       *  the teams' handout. */
      answers: z.array(text).max(20).optional(),
    }),
    difficulty: z.enum(['easy', 'normal', 'hard']),
    quarters: sourced(1, 60),
    startYear: sourced(1990, 2100),
    unlocked: z.array(z.enum(GROUPS)).min(1),
    flavourSections: z.array(z.strictObject({ section, why: z.string().min(1).max(500) })).max(100),
    start: z.strictObject({
      cash: sourced(0),
      founderShares: sourced(1, 1_000_000_000),
      staff: z.strictObject(
        Object.fromEntries(ROLES.map((r) => [r, sourced(0, 1000)])) as Record<(typeof ROLES)[number], ReturnType<typeof sourced>>,
      ),
      brand: sourced(0, 1000),
      quality: sourced(0, 1000),
      morale: sourced(0, 100),
      computeOwned: sourced(0, 100_000),
      dataUnits: sourced(0, 100_000_000),
      policy: startPolicy,
    }),
    roles: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, role])) as Record<(typeof ROLES)[number], typeof role>),
    markets: z.record(id, market),
    models: z.strictObject({ small: scale, medium: scale, large: scale }),
    economics: z.strictObject({
      computeRentPerUnit: sourced(0),
      computeBuyPerUnit: sourced(0),
      computeUpkeepBp: bp(),
      /** Read by no system (the hardwareCheaper event carries the decline): accepted in old files, not shipped. */
      hardwareDeclineBp: bp().optional(),
      dataCostPerUnit: sourced(0),
      dataPerCustomer: sourced(0, 1_000_000),
      augmentationCost: sourced(0),
      augmentationBp: bp(),
      rndPerQualityPoint: sourced(1),
      qualityDecayBp: bp(),
      overheadPerHead: sourced(0),
      severanceQuarters: sourced(0, 4),
      customersPerSeller: sourced(1, 100_000),
      customersPerEngineer: sourced(1, 100_000),
      spreadPenaltyBp: bp(),
      organicBp: bp(),
      revenueMultipleBp: sourced(0, 1_000_000),
      qualityValue: sourced(0),
      equityGrantBp: bp(1000),
      programmeCost: z.strictObject(
        Object.fromEntries(PROGRAMMES.map((p) => [p, sourced(0)])) as Record<(typeof PROGRAMMES)[number], ReturnType<typeof sourced>>,
      ),
      partnershipCost: sourced(0),
      /** Optional: paid leads saturate toward this share of the customers not yet won per quarter
       *  (§1.19.3 market saturation); absent, leads grow linearly with the budget. */
      leadReachBp: bp().optional(),
    }),
    funding: z.strictObject({
      rounds: z.strictObject(Object.fromEntries(ROUND_KINDS.map((k) => [k, round])) as Record<(typeof ROUND_KINDS)[number], typeof round>),
      grantAmount: sourced(0),
      grantSection: z.array(section).min(1),
      loan: z.strictObject({
        maxAmount: sourced(0),
        rateBp: bp(),
        termQuarters: sourced(1, 40),
        covenantMinCash: sourced(0),
        penaltyBp: bp(),
        minRevenue: sourced(0),
        section: z.array(section).min(1),
      }),
    }),
    events: z.array(eventDef).min(1).max(64),
  })
  .superRefine((s, ctx) => {
    // The same checks loadScenario runs over the raw JSON (so they report beside type errors).
    for (const i of crossCheck(s)) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
