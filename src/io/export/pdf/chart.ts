import SVGtoPDF from 'svg-to-pdfkit';
import { chartToSvg } from '../charts/svg.js';
import type { ChartSpec } from '../charts/spec.js';
import { contentBottom, page, styles } from './style.js';
import type { PdfWriter } from './writer.js';

/** Any font the SVG asks for is drawn with the embedded DejaVu. */
function fontFor(_family: string, bold: boolean): string {
  return bold ? 'bold' : 'regular';
}

/** A chart's title and its SVG drawing, scaled down only if it is taller than a page. */
export function drawChart(writer: PdfWriter, chart: ChartSpec): void {
  const rendered = chartToSvg(chart, Math.round(writer.width));
  const titleHeight = writer.heightOf(chart.title, styles.chartTitle) + 4;
  const available = contentBottom - page.top - titleHeight;
  const scale = Math.min(1, available / rendered.height);
  const width = rendered.width * scale;
  const height = rendered.height * scale;
  writer.ensure(titleHeight + height);
  writer.text(chart.title, styles.chartTitle);
  writer.y += 4;
  SVGtoPDF(writer.doc as never, rendered.svg, writer.left + (writer.width - width) / 2, writer.y, {
    width,
    height,
    assumePt: true,
    fontCallback: fontFor,
  });
  writer.y += height;
}
