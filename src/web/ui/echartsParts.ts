import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { registerLocale, use } from 'echarts/core';
import langFR from 'echarts/lib/i18n/langFR.js';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts the app's charts use (see the options built for EChart), so the library stays
// as small as it can: a plain legend, no data zoom, no marked areas.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendPlainComponent, MarkLineComponent, SVGRenderer]);
// Month and day names on time axes, in the interface's language (English is built in).
registerLocale('FR', langFR);

export { init } from 'echarts/core';
