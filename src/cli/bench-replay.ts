// Bench section "replay": figures printed by `npm run bench` (not built yet).
export const name = 'replay';

export async function run(print: (s: string) => void): Promise<void> {
  print('  (not measured yet)');
}
