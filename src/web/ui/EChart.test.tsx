// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installDomShims } from '../test-utils';
import { EChart } from './EChart';

installDomShims();

describe('EChart', () => {
  it('draws an SVG chart under its accessible label and survives an option change and unmount', () => {
    const option = {
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: [1, 2] }],
    };
    const { rerender, unmount } = render(<EChart option={option} label="Sessions per day" />);
    const figure = screen.getByRole('img', { name: 'Sessions per day' });
    expect(figure.querySelector('svg')).not.toBeNull();
    rerender(<EChart option={{ ...option, series: [{ type: 'bar', data: [3, 4] }] }} label="Sessions per day" />);
    unmount();
    expect(screen.queryByRole('img', { name: 'Sessions per day' })).toBeNull();
  });
});
