// ECharts ships its locale objects as plain JavaScript, without type declarations.
declare module 'echarts/lib/i18n/langFR.js' {
  import type { registerLocale } from 'echarts/core';
  const locale: Parameters<typeof registerLocale>[1];
  export default locale;
}
