/** Line icons of the diff that the shared set lacks; decorative like the others (the text says it). */

const common = {
  width: 14,
  height: 14,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2.5,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export function MinusIcon() {
  return (
    <svg {...common}>
      <path d="M5 12h14" />
    </svg>
  );
}

export function ArrowRightIcon() {
  return (
    <svg {...common}>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </svg>
  );
}

export function HistoryIcon({ size = 28 }: { size?: number }) {
  return (
    <svg {...common} width={size} height={size} strokeWidth={2}>
      <path d="M3 12a9 9 0 1 0 3-6.7L3 8" />
      <path d="M3 3v5h5M12 7v5l3 2" />
    </svg>
  );
}

export function RestoreIcon() {
  return (
    <svg {...common} width={16} height={16} strokeWidth={2}>
      <path d="M4 10a8 8 0 1 1 2 6" />
      <path d="M4 4v6h6" />
    </svg>
  );
}

export function CompareIcon() {
  return (
    <svg {...common} width={16} height={16} strokeWidth={2}>
      <path d="M8 4v16M16 4v16M4 8h4M16 16h4" />
    </svg>
  );
}
