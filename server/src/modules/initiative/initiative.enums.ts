import { registerEnumType } from 'type-graphql';

export enum Pillar {
  JOURNEY_INSIGHT = 'JOURNEY_INSIGHT',
  OMNICHANNEL = 'OMNICHANNEL',
  VISION_AND_WAYS_OF_WORKING = 'VISION_AND_WAYS_OF_WORKING',
  GOVERNANCE_AND_KPIS = 'GOVERNANCE_AND_KPIS',
}
registerEnumType(Pillar, { name: 'Pillar', description: 'The four pillars of CX maturity an initiative builds on.' });

export enum InitiativeStatus {
  PROPOSED = 'PROPOSED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  REJECTED = 'REJECTED',
  PARKED = 'PARKED',
}
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus' });

/** Stage impact levels and their values in the journey impact score (DESIGN §2). */
export enum ImpactLevel {
  MINIMAL = 'MINIMAL',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  MASSIVE = 'MASSIVE',
}
registerEnumType(ImpactLevel, { name: 'ImpactLevel', description: 'How much an initiative changes a stage; the scoring model gives each its value (by default MINIMAL 0.25, LOW 0.5, MEDIUM 1, HIGH 2, MASSIVE 3).' });


/** Statuses in which an initiative is still being worked on or towards (not DONE, REJECTED, PARKED). */
export const OPEN_STATUSES = [InitiativeStatus.PROPOSED, InitiativeStatus.UNDER_REVIEW, InitiativeStatus.APPROVED, InitiativeStatus.IN_PROGRESS] as const;
