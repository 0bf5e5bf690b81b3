// The office scene: builds the layers once, then turns each state update into a model, diffs it against
// the last one and lets each layer move only what changed (people walk, racks light up, the pie re-cuts).
import * as Phaser from 'phaser';
import type { Lang } from '../../../i18n/index';
import { t } from '../../../i18n/index';
import { Backdrop } from '../backdrop';
import { Boardroom } from '../boardroom';
import type { Bridge, OfficeSink, Update } from '../bridge';
import { BRIDGE_KEY } from '../bridge';
import { fitCamera } from '../camera-fit';
import { ComplianceWall } from '../compliance-wall';
import { ComputeLayer } from '../compute';
import { Fx } from '../fx';
import { MAX_FLOORS, floorTop, floorsFor } from '../layout';
import { Legend } from '../legend';
import type { OfficeModel } from '../model';
import type { SceneText } from '../office-api';
import { milestones, officeModel } from '../model';
import { moneyShort } from '../../shared/format';
import { SideLayer } from '../side';
import { StaffLayer } from '../staff';
import { TextFactory } from '../text-factory';
import { fmtPct } from '../theme';

export class OfficeScene extends Phaser.Scene implements OfficeSink {
  private bridge!: Bridge;
  private tf!: TextFactory;
  private backdrop!: Backdrop;
  private staff!: StaffLayer;
  private compliance!: ComplianceWall;
  private boardroom!: Boardroom;
  private compute!: ComputeLayer;
  private side!: SideLayer;
  private legend!: Legend;
  private fx!: Fx;
  private model: OfficeModel | null = null;
  private lastQuarter = -1;

  constructor() {
    super('office');
  }

  create(): void {
    this.bridge = this.registry.get(BRIDGE_KEY) as Bridge;
    this.tf = new TextFactory(this);
    fitCamera(this, (r) => this.tf.setResolution(r));
    this.tweens.timeScale = this.bridge.speed;
    this.backdrop = new Backdrop(this, this.tf);
    this.staff = new StaffLayer(this);
    this.compliance = new ComplianceWall(this, this.tf);
    this.boardroom = new Boardroom(this, this.tf);
    this.compute = new ComputeLayer(this, this.tf);
    this.side = new SideLayer(this, this.tf);
    this.legend = new Legend(this, this.tf);
    this.fx = new Fx(this, this.tf, this.bridge.scenario);
    const queued = this.bridge.queue.splice(0);
    queued.forEach((u, i) => this.apply(i === 0 ? { ...u, instant: true } : u));
    this.bridge.sink = this;
    this.game.canvas.setAttribute('role', 'img');
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.bridge.onReady());
  }

  override update(_time: number, delta: number): void {
    const dt = Math.min(delta, 250) * this.bridge.speed; // a background tab must not teleport walkers
    this.staff.tick(dt);
    this.compute.tick(dt);
  }

  /** Draws a new state. A first draw, a load or a jump of more than one quarter is placed, not animated. */
  apply(u: Update): void {
    const m = officeModel(u.state, this.bridge.scenario, this.bridge.dateOf === 'closed');
    const jump = this.lastQuarter >= 0 && (u.state.quarter < this.lastQuarter || u.state.quarter > this.lastQuarter + 1);
    const instant = u.instant || this.model === null || jump || this.bridge.reducedMotion;
    this.lastQuarter = u.state.quarter;
    const before = this.model;
    this.model = m;
    this.draw(m, this.bridge.lang, !instant);
    if (!instant) {
      this.fx.events(u.events, floorTop(MAX_FLOORS));
      const lang = this.bridge.lang;
      milestones(before, m).forEach((x, k) => {
        const text =
          x.kind === 'round'
            ? t(lang, 'office.ms.round', { round: t(lang, `round.${x.round}`), amount: moneyShort(lang, x.amount) })
            : x.kind === 'fine'
              ? t(lang, 'office.ms.fine', { amount: moneyShort(lang, x.amount) })
              : x.kind === 'move'
                ? t(lang, x.building === 2 ? 'office.ms.move2' : 'office.ms.move1')
                : x.kind === 'firstEnterprise'
                  ? t(lang, 'office.ms.firstEnterprise')
                  : t(lang, 'office.ms.firstCustomer');
        this.fx.milestone(text, x.kind !== 'fine', k, floorTop(MAX_FLOORS));
      });
    }
    this.updateLabel(m);
  }

  setLang(lang: Lang): void {
    this.bridge.lang = lang;
    if (this.model) {
      this.draw(this.model, lang, false);
      this.updateLabel(this.model);
    }
  }

  private draw(m: OfficeModel, lang: Lang, animate: boolean): void {
    this.staff.setMood(m.mood, !this.bridge.reducedMotion);
    const desks = this.staff.sync(m.staff, m.coming, !animate);
    const floors = floorsFor(desks);
    // The building grows during play but never shrinks under the player's feet; a load re-plans it.
    this.backdrop.setFloors(animate ? Math.max(floors, this.backdrop.floorCount) : floors, animate);
    this.backdrop.setBuilding(m.building, animate);
    this.backdrop.setBrand(m.brand, m.stars, lang);
    this.compliance.render(m.programmes, lang, animate);
    this.boardroom.render(m, lang, animate);
    this.compute.render(m.computeOwned, m.computeRent, lang, animate);
    this.side.render(m, lang, animate);
    this.legend.render(m, this.staff.overflow, lang, animate);
    this.fx.status(m, lang);
  }

  /** The canvas's accessible name summarises the scene for screen readers. */
  private updateLabel(m: OfficeModel): void {
    const lang = this.bridge.lang;
    const markets = m.markets.map((x) => x.name[lang].replace(/\s+/g, ' ').slice(0, 80)).join(lang === 'zh' ? '、' : ', ');
    const founders = fmtPct(m.slices.find((x) => x.holder === 'founders')?.bp ?? 0);
    this.game.canvas.setAttribute('aria-label', t(lang, 'office.canvasLabel', { n: m.headcount, markets, founders }));
  }

  /** For tests: every visible text with its size on screen (CSS px) and its glyph box (padding left out). */
  texts(): SceneText[] {
    const cam = this.cameras.main;
    const rect = this.game.canvas.getBoundingClientRect();
    const css = this.scale.width > 0 ? rect.width / this.scale.width : 1;
    const k = cam.zoom * css;
    const out: SceneText[] = [];
    for (const o of this.children.list) {
      if (!(o instanceof Phaser.GameObjects.Text) || !o.visible || o.alpha < 0.5 || o.text.trim() === '') continue;
      const b = o.getBounds();
      const pad = o.padding;
      const left = b.x + (pad.left ?? 0) * o.scaleX,
        right = b.right - (pad.right ?? 0) * o.scaleX;
      const top = b.y + (pad.top ?? 0) * o.scaleY,
        bottom = b.bottom - (pad.bottom ?? 0) * o.scaleY;
      out.push({
        text: o.text,
        px: Number.parseFloat(String(o.style.fontSize)) * o.scaleY * k,
        x: (left - cam.worldView.x) * k,
        y: (top - cam.worldView.y) * k,
        w: (right - left) * k,
        h: (bottom - top) * k,
      });
    }
    return out;
  }

  building(): { floors: number; toLet: number[]; building: number } {
    return { floors: this.backdrop.floorCount, toLet: this.backdrop.toLetFloors, building: this.backdrop.buildingShown };
  }

  /** For the frame-time bench and tests: people drawn now. */
  get peopleOnScreen(): number {
    return this.staff.onScreen;
  }

  get peopleWalking(): number {
    return this.staff.walking;
  }
}
