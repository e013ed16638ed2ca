import {
  groupLabels,
  indicatorLabels,
  type Language,
  type PublishedFigureSet,
  populationLabels,
  type StatedCount,
  words,
} from '@ansinh/core';

type Figure = PublishedFigureSet['figures'][number];

function statedCount(count: StatedCount | null): string {
  if (count === null) return '?';
  return count.basis === 'implied' ? `(${count.value})` : count.asStated;
}

/** A figure as the text states it: `17.328/17.475 → 99,16%`, `trên 900/? → 100%`, `17.472`, `hạng 1`. */
export function figureAsStated(figure: Figure, language: Language): string {
  switch (figure.kind) {
    case 'rate':
      return `${statedCount(figure.numerator)}/${statedCount(figure.denominator)} → ${figure.percent.asStated}`;
    case 'count':
      return figure.count.asStated;
    case 'rank':
      return language === 'vi' ? `hạng ${figure.rank}` : `rank ${figure.rank}`;
  }
}

/** What a figure measures, with its group when not everyone: `tỷ lệ có tài khoản (người có công)`. */
export function figureIndicator(figure: Figure, language: Language): string {
  const what =
    figure.kind === 'count'
      ? `${words.count[language]}: ${populationLabels[figure.count.population][language]}`
      : figure.kind === 'rank'
        ? `${words.rank[language]}: ${indicatorLabels[figure.indicator][language]}`
        : indicatorLabels[figure.indicator][language];
  return figure.group === 'all' ? what : `${what} (${groupLabels[figure.group][language]})`;
}
