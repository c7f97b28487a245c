import { useTheme } from '@mui/material';
import type { KpiMeasurementRecord, KpiRecord } from './types';
import { formatValue, meetsTarget } from './values';

const WIDTH = 640;
const HEIGHT = 180;
const MARGIN = { left: 64, right: 96, top: 14, bottom: 26 };
const MIN_LABEL_GAP = 14;

/**
 * The KPI's measurements over time as a small line chart, with its target as a dashed line; each
 * point is coloured by whether it met the target. An inline SVG: nothing to load for one picture.
 */
export const MeasurementChart = ({ kpi, measurements }: { kpi: KpiRecord; measurements: KpiMeasurementRecord[] }) => {
  const { palette, typography } = useTheme();
  if (measurements.length < 2) return null;

  const values = measurements.map(m => m.value);
  const target = kpi.target ?? undefined;
  const domain = target === undefined ? values : [...values, target];
  const spread = Math.max(...domain) - Math.min(...domain);
  const pad = spread * 0.15 || Math.abs(domain[0]) * 0.1 || 1;
  const low = Math.min(...domain) - pad;
  const high = Math.max(...domain) + pad;
  const x = (index: number) => MARGIN.left + (index * (WIDTH - MARGIN.left - MARGIN.right)) / (measurements.length - 1);
  const y = (value: number) => MARGIN.top + ((high - value) * (HEIGHT - MARGIN.top - MARGIN.bottom)) / (high - low);
  const text = { fontSize: 11, fontFamily: typography.fontFamily, fill: palette.text.secondary };
  const labelled = new Set([0, Math.floor((measurements.length - 1) / 2), measurements.length - 1]);

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH, display: 'block' }} role="img" aria-label={`${kpi.name} per period`} data-testid="measurement-chart">
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} stroke={palette.divider} />
      <text x={MARGIN.left - 8} y={y(Math.max(...values)) + 4} textAnchor="end" {...text}>
        {formatValue(Math.max(...values), kpi.unit)}
      </text>
      {/* The lowest value's label only where it does not run into the highest's. */}
      {y(Math.min(...values)) - y(Math.max(...values)) >= MIN_LABEL_GAP && (
        <text x={MARGIN.left - 8} y={y(Math.min(...values)) + 4} textAnchor="end" {...text}>
          {formatValue(Math.min(...values), kpi.unit)}
        </text>
      )}
      {target !== undefined && (
        <g>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(target)} y2={y(target)} stroke={palette.success.main} strokeDasharray="6 4" />
          <text x={WIDTH - MARGIN.right + 6} y={y(target) + 4} {...text} fill={palette.success.main}>
            {`target ${formatValue(target, kpi.unit)}`}
          </text>
        </g>
      )}
      <polyline points={measurements.map((m, i) => `${x(i)},${y(m.value)}`).join(' ')} fill="none" stroke={palette.primary.main} strokeWidth={2} />
      {measurements.map((m, i) => {
        const onTarget = meetsTarget(m.value, target, kpi.direction);
        return (
          <g key={m.id}>
            <circle cx={x(i)} cy={y(m.value)} r={3.5} fill={onTarget === undefined ? palette.primary.main : onTarget ? palette.success.main : palette.error.main}>
              <title>{`${m.period}: ${formatValue(m.value, kpi.unit)}`}</title>
            </circle>
            {labelled.has(i) && (
              <text x={x(i)} y={HEIGHT - 8} textAnchor="middle" {...text}>
                {m.period}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
};
