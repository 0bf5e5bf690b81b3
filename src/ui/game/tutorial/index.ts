// The guided first quarter, loaded on demand: the app starts it on a game's first quarter while the
// player has neither finished nor skipped it (flag.ts), so returning players never load it.
import './tutorial.css';
import type { Lang } from '../../../i18n/index';
import type { CoachHost } from './coach';
import { Coach } from './coach';

export function startTutorial(host: CoachHost, lang: () => Lang): Coach {
  return new Coach(host, lang);
}
