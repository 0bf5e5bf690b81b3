// Types for the part of the qrcode package the browser uses. tsconfig.browser.json maps 'qrcode' here
// instead of @types/qrcode, which references all of @types/node and so would make `process` or `Buffer`
// type-check in browser code. The CLI (tsconfig.node.json) keeps @types/qrcode.
export interface SvgOptions {
  type: 'svg';
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  margin?: number;
}
export function toString(text: string, options: SvgOptions): Promise<string>;
declare const QRCode: { toString: typeof toString };
export default QRCode;
