import { type Locale } from "@rightsdesk/domain";
import { type PublicProtectionRow } from "@rightsdesk/db/public";
import { messages } from "~/i18n/messages";
import { CHART, countBy, layoutBars } from "~/lib/bar-chart";
import { countryName } from "~/lib/country-name";

/**
 * Protections per granting state as plain SVG drawn on the server: no chart library, no script,
 * nothing fetched from elsewhere. The aria-label carries every figure for screen readers.
 */
export function ProtectionsChart({ rows, locale }: { rows: readonly PublicProtectionRow[]; locale: Locale }) {
  const collator = new Intl.Collator(locale);
  const inputs = countBy(rows, (row) => row.grantingState, (code) => countryName(code, locale), collator.compare);
  if (inputs.length === 0) return null;
  const { width, height, labelWidth, bars } = layoutBars(inputs);
  const number = new Intl.NumberFormat(locale);
  const title = messages(locale).chartTitle;
  const summary = bars.map((bar) => `${bar.label}: ${number.format(bar.value)}`).join(", ");
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        className="bar-chart"
        role="img"
        aria-label={`${title}. ${summary}`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar) => (
          <g key={bar.key}>
            <title>{`${bar.label}: ${number.format(bar.value)}`}</title>
            <text className="bar-label" x={labelWidth - 10} y={bar.labelY} textAnchor="end" dominantBaseline="central">
              {bar.label}
            </text>
            <rect className="bar" x={labelWidth} y={bar.y} width={bar.width} height={CHART.barHeight} rx={2} />
            <text className="bar-value" x={labelWidth + bar.width + 6} y={bar.labelY} dominantBaseline="central">
              {number.format(bar.value)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
