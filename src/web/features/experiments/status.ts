import type { ExperimentStatus } from '../../../contract/enums.js';

export const STATUS_COLORS: Record<ExperimentStatus, string> = {
  draft: 'gray',
  running: 'blue',
  stopped: 'orange',
  decided: 'green',
};
