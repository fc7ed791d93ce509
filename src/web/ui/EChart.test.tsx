// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpPageTests } from '../test-utils';
import { EChart } from './EChart';

setUpPageTests();
// ECharts comes on demand: loaded before the tests, a chart waits only for its drawing.
beforeAll(() => import('./echartsParts'));

describe('EChart', () => {
  it('draws an SVG chart under its accessible label and survives an option change and unmount', async () => {
    const option = {
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: [1, 2] }],
    };
    const { rerender, unmount } = render(<EChart option={option} label="Sessions per day" />);
    const figure = await screen.findByRole('img', { name: 'Sessions per day' });
    // ECharts is fetched on demand, so the chart is drawn a moment after the page.
    await waitFor(() => expect(figure.querySelector('svg')).not.toBeNull());
    rerender(<EChart option={{ ...option, series: [{ type: 'bar', data: [3, 4] }] }} label="Sessions per day" />);
    unmount();
    expect(screen.queryByRole('img', { name: 'Sessions per day' })).toBeNull();
  });
});
