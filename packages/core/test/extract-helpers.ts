// A figure in a few words, for tests that read like the sentences they test.
import { type ExtractedFigure, extractFigures, formatLocality } from '@ansinh/core';

type Count = { value: number; qualifier: string } | null | undefined;

function stated(count: Count): string | null {
  if (count === null || count === undefined) return null;
  return count.qualifier === 'exact' ? String(count.value) : `${count.qualifier} ${count.value}`;
}

/** What a figure says: where, what, for whom, the numbers with their qualifiers, and when (as stated). */
export interface Summary {
  readonly place: string;
  readonly what: string;
  readonly group: string;
  readonly numbers: readonly (string | null)[];
  readonly period: string | null;
  readonly target?: true;
}

export function summary(figure: ExtractedFigure): Summary {
  const place = formatLocality(figure.locality, 'vi');
  const period = figure.evidence.some((e) => e.role === 'period') ? figure.period.asStated : null;
  const common = {
    place,
    group: figure.group,
    period,
    ...(figure.target === true ? { target: true as const } : {}),
  };
  switch (figure.kind) {
    case 'rate': {
      const percent =
        figure.percent === null
          ? null
          : `${figure.percent.qualifier === 'exact' ? '' : `${figure.percent.qualifier} `}${figure.percent.value}%`;
      const numerator =
        figure.numerator?.basis === 'implied' ? `(${figure.numerator.value})` : stated(figure.numerator);
      return { ...common, what: figure.indicator, numbers: [numerator, stated(figure.denominator), percent] };
    }
    case 'count':
      return { ...common, what: `count:${figure.count.population}`, numbers: [stated(figure.count)] };
    case 'amount':
      return { ...common, what: `amount:${figure.amount.channel}`, numbers: [stated(figure.amount)] };
    case 'rank':
      return { ...common, what: `rank:${figure.indicator}`, numbers: [String(figure.rank)] };
  }
}

/** The figures of a text, summarised. */
export function figuresOf(text: string): Summary[] {
  return extractFigures(text).map(summary);
}
