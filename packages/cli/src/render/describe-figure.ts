import {
  amountChannelLabels,
  groupLabels,
  indicatorLabels,
  type Language,
  messagesIn,
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

/**
 * A figure as the text states it: `17.328/17.475 → 99,16%`, `trên 900/? → 100%`, `115/237`, `17.472`,
 * `hơn 1,1 tỷ đồng`, `hạng 1`.
 */
export function figureAsStated(figure: Figure, language: Language): string {
  switch (figure.kind) {
    case 'rate':
      return `${statedCount(figure.numerator)}/${statedCount(figure.denominator)}${figure.percent === null ? '' : ` → ${figure.percent.asStated}`}`;
    case 'count':
      return figure.count.asStated;
    case 'amount':
      return figure.amount.asStated;
    case 'rank':
      return messagesIn(language).extract.rank(figure.rank);
  }
}

/** What a figure measures, with its group when not everyone: `tỷ lệ có tài khoản (người có công)`. */
export function figureIndicator(figure: Figure, language: Language): string {
  const what =
    figure.kind === 'count'
      ? `${words.count[language]}: ${populationLabels[figure.count.population][language]}`
      : figure.kind === 'amount'
        ? amountChannelLabels[figure.amount.channel][language]
        : figure.kind === 'rank'
          ? `${words.rank[language]}: ${indicatorLabels[figure.indicator][language]}`
          : indicatorLabels[figure.indicator][language];
  const topic = figure.topic === undefined ? what : `${what}: ${figure.topic}`;
  const target = figure.target === true ? ` [${words.target[language]}]` : '';
  return `${figure.group === 'all' ? topic : `${topic} (${groupLabels[figure.group][language]})`}${target}`;
}
