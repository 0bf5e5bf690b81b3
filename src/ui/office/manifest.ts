// The office's one asset manifest: every file the preloader fetches, bundled by Vite (no network at
// run time). Sheets are regular grids; frame names come from the generated asset-frames.ts.
import peopleUrl from '../../../assets/office/people.svg?url';
import iconsUrl from '../../../assets/office/icons.svg?url';
import { ICON_FRAMES, ICON_SHEET, PEOPLE_FRAMES, PEOPLE_SHEET } from './asset-frames';

export interface SheetAsset {
  key: string;
  url: string;
  size: number;
  cell: number;
  cols: number;
  frames: readonly string[];
}

export const MANIFEST: readonly SheetAsset[] = [
  { key: 'people', url: peopleUrl, size: PEOPLE_SHEET.size, cell: PEOPLE_SHEET.cell, cols: PEOPLE_SHEET.cols, frames: PEOPLE_FRAMES },
  { key: 'icons', url: iconsUrl, size: ICON_SHEET.size, cell: ICON_SHEET.cell, cols: ICON_SHEET.cols, frames: ICON_FRAMES },
];
