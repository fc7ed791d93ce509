import type { Exporter } from '../registry.js';

/** Not written yet: the exporter of this format comes with the Data in/out work. */
export const exportPptx: Exporter = () => Promise.reject(new Error('This export format is not available yet'));
