import { saveBlob } from '../../utils/download';

const PNG_SIZE = 2000;
const svgText = (svg: SVGSVGElement) => new XMLSerializer().serializeToString(svg);

/** The wheel as an SVG file, exactly as drawn. */
export const exportSvg = (svg: SVGSVGElement, name: string) => saveBlob(`${name}.svg`, new Blob([svgText(svg)], { type: 'image/svg+xml' }));

/** The wheel as a 2000 px PNG on `background` (the SVG itself is transparent around the dial). */
export function exportPng(svg: SVGSVGElement, name: string, background: string) {
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = PNG_SIZE;
    canvas.height = PNG_SIZE;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, PNG_SIZE, PNG_SIZE);
    ctx.drawImage(image, 0, 0, PNG_SIZE, PNG_SIZE);
    canvas.toBlob((blob) => blob && saveBlob(`${name}.png`, blob), 'image/png');
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
}
