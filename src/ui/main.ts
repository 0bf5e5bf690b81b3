// Browser entry (placeholder until the Phaser front end lands): shows that the engine runs here.
import { BOTS, initialState, loadScenario, playBot, hashValue } from '../engine/index';
import classic from '../../scenarios/classic.json?raw';

const app = document.getElementById('app')!;
const r = loadScenario(classic);
const h = document.createElement('p');
if (r.ok) {
  const run = playBot(r.scenario, '42', BOTS.balanced!);
  h.textContent = `AI Startup Sim — ${r.scenario.title.en} / ${r.scenario.title.zh}. Engine check: seed 42 balanced → ${run.state.status}, hash ${hashValue(run.state).slice(0, 16)}; start state ${hashValue(initialState(r.scenario, '42')).slice(0, 16)}`;
} else h.textContent = 'scenario failed to load';
app.append(h);
