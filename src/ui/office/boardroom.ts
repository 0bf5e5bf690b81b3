// The boardroom: the cap table as a numbered pie with a legend (names and shares, so colour is never the
// key), an hourglass on the door while a round is in talks, and an investor who walks in with a money
// bag when a round closes while the pie re-cuts itself to the new ownership.
import type * as Phaser from 'phaser';
import type { RoundKind } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { keyFor, t } from '../../i18n/index';
import { DEPTH } from './backdrop';
import { BOARDROOM, GROUND_FLOOR_TOP, GROUND_Y, PIE, STREET_ENTRY_X, SHAFT } from './layout';
import type { OfficeModel, Slice } from './model';
import { PERSON_SIZE } from './staff';
import { C, MIN_TEXT, SLICE_COLOURS, fmtMoney, fmtPct, textStyle } from './theme';
import type { TextFactory } from './text-factory';
import { setFitted, squeeze } from './text-factory';

/** Legend rows the room holds in MIN_TEXT; anything beyond shares the last row. */
const MAX_ROWS = 6;
const ROW_H = 25;
const INVESTOR_X = BOARDROOM.right - 30;

export class Boardroom {
  private readonly pie: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly rows: Phaser.GameObjects.Text[] = [];
  private readonly nums: Phaser.GameObjects.Text[] = [];
  private readonly hourglass: Phaser.GameObjects.Image;
  private shown: Slice[] = [];
  private prevRounds = -1;
  private visits = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    tf: TextFactory,
  ) {
    this.pie = scene.add.graphics().setDepth(DEPTH.room);
    this.title = tf
      .text(BOARDROOM.left + 6, GROUND_FLOOR_TOP + 3, '', textStyle({ size: MIN_TEXT, bold: true }))
      .setDepth(DEPTH.room)
      .setPadding(4, 2, 4, 2);
    for (let i = 0; i < MAX_ROWS; i++)
      this.rows.push(tf.text(PIE.x + PIE.r + 4, GROUND_FLOOR_TOP + 36 + i * ROW_H, '', textStyle({ size: MIN_TEXT })).setDepth(DEPTH.room));
    for (let i = 0; i < 8; i++)
      this.nums.push(
        tf
          .text(0, 0, '', textStyle({ size: MIN_TEXT, bold: true, color: '#ffffff', stroke: '#263040' }))
          .setOrigin(0.5)
          .setDepth(DEPTH.room),
      );
    this.hourglass = scene.add
      .image(BOARDROOM.right - 16, GROUND_FLOOR_TOP + 16, 'icons', 'prop.hourglass')
      .setDisplaySize(20, 20)
      .setDepth(DEPTH.room)
      .setVisible(false);
  }

  private news = '';

  render(m: OfficeModel, lang: Lang, animate: boolean): void {
    this.lang = lang;
    this.showTitle();
    const closed = animate && this.prevRounds >= 0 && m.rounds > this.prevRounds && m.lastRound !== null;
    this.prevRounds = m.rounds;
    if (closed) this.recut(this.shown, m.slices, lang);
    else this.drawPie(m.slices);
    this.legend(m, lang);
    this.hourglass.setVisible(m.pendingRound !== null && !closed);
    if (closed) this.investorVisit(m.lastRound!.kind, m.lastRound!.amount, lang);
  }

  private lang: Lang = 'zh';

  /** The room's title board; while a round closes it announces the round instead. */
  private showTitle(): void {
    if (this.news) this.title.setText(this.news).setColor('#ffffff').setBackgroundColor('#263040');
    else this.title.setText(t(this.lang, 'office.boardroom')).setColor(C.ink).setBackgroundColor('rgba(0,0,0,0)');
  }

  private legend(m: OfficeModel, lang: Lang): void {
    const lines = m.slices.map((s, i) => t(lang, 'office.slice', { i: i + 1, name: holderName(s.holder, lang), pct: fmtPct(s.bp) }));
    if (m.pendingRound) lines.push(t(lang, 'office.pendingRound', { round: holderName(m.pendingRound, lang) }));
    if (m.loans > 0) lines.push(t(lang, 'office.loan', { amount: fmtMoney(m.loans, lang) }));
    const shown = lines.length > MAX_ROWS ? [...lines.slice(0, MAX_ROWS - 1), lines.slice(MAX_ROWS - 1).join(' · ')] : lines;
    // A row shrinks a little rather than lose its percentage to an ellipsis; only the shared last row cuts.
    this.rows.forEach((r, i) => {
      const w = BOARDROOM.right - r.x - 3;
      if (lines.length > MAX_ROWS && i === MAX_ROWS - 1) setFitted(r.setScale(1), shown[i] ?? '', w);
      else squeeze(r.setText(shown[i] ?? ''), w);
    });
  }

  private drawPie(slices: Slice[]): void {
    this.shown = slices;
    const g = this.pie;
    g.clear();
    g.fillStyle(0x000000, 0.12).fillCircle(PIE.x + 2, PIE.y + 3, PIE.r);
    let a = -Math.PI / 2;
    this.nums.forEach((n) => n.setVisible(false));
    slices.forEach((s, i) => {
      const span = (s.bp / 10000) * Math.PI * 2;
      g.fillStyle(SLICE_COLOURS[i % SLICE_COLOURS.length]!, 1);
      g.slice(PIE.x, PIE.y, PIE.r, a, a + span, false).fillPath();
      g.lineStyle(2, 0xffffff, 1);
      if (slices.length > 1) g.lineBetween(PIE.x, PIE.y, PIE.x + Math.cos(a) * PIE.r, PIE.y + Math.sin(a) * PIE.r);
      const n = this.nums[i];
      if (n && s.bp >= 900) {
        const mid = a + span / 2;
        n.setText(String(i + 1))
          .setPosition(PIE.x + Math.cos(mid) * PIE.r * 0.6, PIE.y + Math.sin(mid) * PIE.r * 0.6)
          .setVisible(true);
      }
      a += span;
    });
    g.lineStyle(2, 0xffffff, 1).strokeCircle(PIE.x, PIE.y, PIE.r);
  }

  /** Tweens the pie from the old ownership to the new one (holders matched by name). */
  private recut(from: Slice[], to: Slice[], _lang: Lang): void {
    const before = new Map(from.map((s) => [s.holder, s.bp]));
    this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: 1400,
      delay: 900,
      ease: 'Cubic.easeInOut',
      onUpdate: (tw) => {
        const k = tw.getValue() ?? 1;
        this.drawPie(to.map((s) => ({ holder: s.holder, bp: Math.round((before.get(s.holder) ?? 0) * (1 - k) + s.bp * k) })));
      },
      onComplete: () => this.drawPie(to),
    });
    this.shown = to;
  }

  private investorVisit(kind: RoundKind, amount: number, lang: Lang): void {
    const v = this.visits++ % 3;
    const inv = this.scene.add
      .image(STREET_ENTRY_X, GROUND_Y, 'people', `person.investor.${v}`)
      .setOrigin(0.5, 0.9)
      .setDisplaySize(PERSON_SIZE, PERSON_SIZE)
      .setDepth(DEPTH.walker);
    const bag = this.scene.add
      .image(INVESTOR_X, GROUND_Y - PERSON_SIZE - 8, 'icons', 'prop.money')
      .setDisplaySize(4, 4)
      .setDepth(DEPTH.fx)
      .setVisible(false);
    this.scene.tweens.chain({
      tweens: [
        { targets: inv, x: SHAFT.left - 10, duration: 700 },
        { targets: inv, x: INVESTOR_X, duration: 1100 },
        {
          targets: bag,
          displayWidth: 30,
          displayHeight: 30,
          duration: 300,
          ease: 'Back.easeOut',
          onStart: () => {
            bag.setVisible(true);
            this.news = t(lang, 'office.roundClosed', { round: holderName(kind, lang), amount: fmtMoney(amount, lang) });
            this.showTitle();
          },
        },
        {
          targets: bag,
          alpha: 0,
          delay: 2600,
          duration: 500,
          onComplete: () => {
            this.news = '';
            this.showTitle();
          },
        },
        {
          targets: inv,
          x: STREET_ENTRY_X,
          duration: 1500,
          onComplete: () => {
            inv.destroy();
            bag.destroy();
          },
        },
      ],
    });
  }
}

function holderName(h: string, lang: Lang): string {
  return t(lang, keyFor('office.holder', h) ?? 'office.holder.other');
}
