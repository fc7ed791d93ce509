/** Small line icons, decorative: the texts and controls next to them carry the meaning. */

const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export function PencilIcon() {
  return (
    <svg {...common}>
      <path d="M4 20h4L19 9l-4-4L4 16v4z" />
      <path d="M13.5 6.5l4 4" />
    </svg>
  );
}

export function TrashIcon() {
  return (
    <svg {...common}>
      <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
    </svg>
  );
}

export function PlusIcon() {
  return (
    <svg {...common}>
      <path d="M12 5v14M5 12h14" />
    </svg>
  );
}

export function TargetIcon({ size = 28 }: { size?: number }) {
  return (
    <svg {...common} width={size} height={size}>
      <circle cx="12" cy="12" r="9" />
      <circle cx="12" cy="12" r="5" />
      <circle cx="12" cy="12" r="1" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...common} width={14} height={14} strokeWidth={3}>
      <path d="M5 12.5l4.5 4.5L19 7" />
    </svg>
  );
}

export function AlertIcon() {
  return (
    <svg {...common} width={14} height={14} strokeWidth={3}>
      <path d="M12 7v6M12 17h.01" />
    </svg>
  );
}

export function CrossIcon() {
  return (
    <svg {...common} width={14} height={14} strokeWidth={3}>
      <path d="M7 7l10 10M17 7L7 17" />
    </svg>
  );
}

export function UploadIcon({ size = 20 }: { size?: number }) {
  return (
    <svg {...common} width={size} height={size}>
      <path d="M12 16V4M7 9l5-5 5 5" />
      <path d="M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" />
    </svg>
  );
}

export function ChartIcon() {
  return (
    <svg {...common} width={20} height={20}>
      <path d="M4 20V4M4 20h16" />
      <path d="M8 16l4-5 3 3 5-7" />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg {...common} width={20} height={20}>
      <rect x="5" y="11" width="14" height="9" rx="1" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </svg>
  );
}

/** A chevron pointing right, or down when `open` (a disclosure's state). */
export function ChevronIcon({ open, size = 16 }: { open: boolean; size?: number }) {
  return (
    <svg
      {...common}
      width={size}
      height={size}
      style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }}
    >
      <path d="M9 6l6 6-6 6" />
    </svg>
  );
}
