import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
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
export const ScoreExplanation = ({ score }: { score: ScoreBreakdown }) => (
  <Box data-testid="score-breakdown">
    <Typography variant="body2" sx={{ mb: 1 }}>
      <strong>Priority score {formatScore(score.priorityScore)}</strong>: journey impact × confidence × business factor ÷ effort ={' '}
      <span data-testid="score-formula">{formulaWords(score)}</span>
    </Typography>
    {score.terms.length === 0 ? (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        No stage impacts: the journey impact is 0, and so is the score.
      </Typography>
    ) : (
      <Table size="small" aria-label="Stage terms of the score" sx={{ mb: 1 }}>
        <TableHead>
          <TableRow>
            <TableCell>Stage term: importance × reach × gap factor</TableCell>
            <TableCell align="right">Contribution: level × stage weight</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {score.terms.map(term => (
            <TableRow key={term.stageId} data-testid="score-term">
              <TableCell>
                <Typography variant="body2" data-testid="score-term-words">
                  {termSentence(term)}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {term.journeyName} · {npsWords(term)}
                </Typography>
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="score-term-contribution">
                  {formatScore(term.contribution)}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {termArithmetic(term)}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    )}
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 1, m: 0 }} data-testid="score-factors">
      <Fact label="Journey impact J">{formatScore(score.journeyImpact)} (sum of the stage terms)</Fact>
      <Fact label="Business factor B">{businessWords(score)}</Fact>
      <Fact label="Confidence">{formatPercent(score.confidence)}</Fact>
      <Fact label="Effort">{formatWeeks(score.effort)} person-weeks</Fact>
      <Fact label="Scoring model">version {score.modelVersion}</Fact>
    </Box>
  </Box>
);
