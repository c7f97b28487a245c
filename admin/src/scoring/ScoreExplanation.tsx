import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useWording } from '../i18n/useWording';
import { businessWords, formatPercent, formatScore, formatWeeks, formulaWords, npsWords, termArithmetic, termSentence } from './explain';
import type { ScoreBreakdown } from './types';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box>
    <Typography component="dt" variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" variant="body2" sx={{ m: 0 }}>
      {children}
    </Typography>
  </Box>
);

/**
 * Why an initiative scores what it scores (DESIGN §2), in words and numbers: each stage term
 * with its importance, reach and gap factor (and why the gap counts or not), then the journey
 * impact, business factor, confidence, effort and the scoring-model version.
 */
export const ScoreExplanation = ({ score }: { score: ScoreBreakdown }) => {
  const wording = useWording();
  const { translate, locale } = wording;
  return (
    <Box data-testid="score-breakdown">
      <Typography variant="body2" sx={{ mb: 1 }}>
        <strong>{translate('regie.scoring.explain.priority_score', { score: formatScore(score.priorityScore, locale) })}</strong>
        {translate('regie.scoring.explain.formula_lead')}
        <span data-testid="score-formula">{formulaWords(score, wording)}</span>
      </Typography>
      {score.terms.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('regie.scoring.explain.no_terms')}
        </Typography>
      ) : (
        <Table size="small" aria-label={translate('regie.scoring.explain.terms')} sx={{ mb: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('regie.scoring.explain.term_column')}</TableCell>
              <TableCell align="right">{translate('regie.scoring.explain.contribution_column')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {score.terms.map(term => (
              <TableRow key={term.stageId} data-testid="score-term">
                <TableCell>
                  <Typography variant="body2" data-testid="score-term-words">
                    {termSentence(term, wording)}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {term.journeyName} · {npsWords(term, wording)}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="score-term-contribution">
                    {formatScore(term.contribution, locale)}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {termArithmetic(term, wording)}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 1, m: 0 }} data-testid="score-factors">
        <Fact label={translate('regie.scoring.explain.journey_impact')}>
          {translate('regie.scoring.explain.journey_impact_value', { value: formatScore(score.journeyImpact, locale) })}
        </Fact>
        <Fact label={translate('regie.scoring.explain.business_factor')}>{businessWords(score, wording)}</Fact>
        <Fact label={translate('regie.scoring.explain.confidence')}>{formatPercent(score.confidence, locale)}</Fact>
        <Fact label={translate('regie.scoring.explain.effort')}>{translate('regie.scoring.explain.effort_value', { value: formatWeeks(score.effort, locale) })}</Fact>
        <Fact label={translate('regie.scoring.explain.model')}>{translate('regie.scoring.explain.model_value', { version: score.modelVersion })}</Fact>
      </Box>
    </Box>
  );
};
