/**
 * The demo organisation of DESIGN §6 as plain data: "Lage Landen Energie & Telecom", a fictional
 * Dutch energy and telecom provider. demo.seeder.ts writes it; nothing here touches the database.
 *
 * Everything is fixed, so every seed is the same. Dates lie before DEMO_REFERENCE_DATE, the "today"
 * of the story; capacity is planned for the quarters after it.
 */
import type { Role } from '../../common/auth/permissions.js';
import { DecisionAction } from '../../modules/decision/decision.entity.js';
import { ImpactLevel, InitiativeStatus, Pillar } from '../../modules/initiative/initiative.enums.js';
import { KpiDirection } from '../../modules/kpi/kpi.entity.js';

const { MINIMAL, LOW, MEDIUM, HIGH, MASSIVE } = ImpactLevel;
const { PROPOSED, UNDER_REVIEW, APPROVED, IN_PROGRESS, DONE, REJECTED, PARKED } = InitiativeStatus;
const { JOURNEY_INSIGHT, OMNICHANNEL, VISION_AND_WAYS_OF_WORKING, GOVERNANCE_AND_KPIS } = Pillar;

/** The demo's "today": every decision and measurement lies before it. */
export const DEMO_REFERENCE_DATE = '2026-11-20';

export const DEMO_DEPARTMENTS = [
  { code: 'MKT', name: 'Marketing', description: 'Brand, campaigns and conversion.' },
  { code: 'SAL', name: 'Sales', description: 'New customers and contract renewals.' },
  { code: 'CS', name: 'Customer Service', description: 'Phone, chat and e-mail support; first-contact resolution.' },
  { code: 'BIL', name: 'Billing', description: 'Invoices, payments and collections.' },
  { code: 'OPS', name: 'Field Operations', description: 'Installations, meter work and outage repair.' },
  { code: 'DIG', name: 'Digital', description: 'Website, app and self-service.' },
] as const;

export type DepartmentCode = (typeof DEMO_DEPARTMENTS)[number]['code'];

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  department?: DepartmentCode;
}

/** The accounts one signs in with (all with the demo password); printed at start. */
export const DEMO_ACCOUNTS: readonly DemoPerson[] = [
  { email: 'regie@demo.regie', name: 'Rianne de Regie', role: 'REGIE' },
  { email: 'lead.cs@demo.regie', name: 'Carlos Smit', role: 'DEPARTMENT_LEAD', department: 'CS' },
  { email: 'lead.mkt@demo.regie', name: 'Mila Kort', role: 'DEPARTMENT_LEAD', department: 'MKT' },
  { email: 'viewer@demo.regie', name: 'Vera Visser', role: 'VIEWER' },
];

/** The other departments' leads: they own initiatives and KPIs but have no password (cannot sign in). */
export const DEMO_COLLEAGUES: readonly DemoPerson[] = [
  { email: 'lead.sal@demo.regie', name: 'Sander Bakker', role: 'DEPARTMENT_LEAD', department: 'SAL' },
  { email: 'lead.bil@demo.regie', name: 'Bram Willems', role: 'DEPARTMENT_LEAD', department: 'BIL' },
  { email: 'lead.ops@demo.regie', name: 'Olga Veldman', role: 'DEPARTMENT_LEAD', department: 'OPS' },
  { email: 'lead.dig@demo.regie', name: 'Daan de Wit', role: 'DEPARTMENT_LEAD', department: 'DIG' },
];

/** The regie team's planning horizon. */
export const DEMO_QUARTERS = ['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'] as const;

/** Person-weeks per quarter for CX initiatives: a base, less in the summer and around the holidays. */
export const DEMO_CAPACITY = {
  base: { MKT: 26, SAL: 18, CS: 42, BIL: 22, OPS: 34, DIG: 52 } satisfies Record<DepartmentCode, number>,
  quarterFactor: { Q1: 1, Q2: 1, Q3: 0.8, Q4: 0.85 } as Record<string, number>,
};

export const DEMO_CHANNELS = [
  { name: 'Web', description: 'The website, including My Account.' },
  { name: 'App', description: 'The mobile app.' },
  { name: 'Phone', description: 'The customer service line.' },
  { name: 'Store', description: 'Our own shops and partner stores.' },
  { name: 'Email', description: 'Outgoing and incoming e-mail.' },
  { name: 'Chat', description: 'Web and app chat, WhatsApp.' },
  { name: 'Social', description: 'Public social media.' },
  { name: 'Field service', description: 'Technicians at the customer’s address.' },
] as const;

export type ChannelName = (typeof DEMO_CHANNELS)[number]['name'];

export const DEMO_SEGMENTS = [
  { name: 'Consumer', description: 'Households.', share: 0.8 },
  { name: 'SME', description: 'Small and medium-sized businesses.', share: 0.2 },
] as const;

export type SegmentName = (typeof DEMO_SEGMENTS)[number]['name'];

export interface DemoStage {
  key: string;
  name: string;
  description: string;
  importance: number;
  reach: number;
  channels: readonly ChannelName[];
  targetNps?: number;
}

export interface DemoJourney {
  key: string;
  name: string;
  description: string;
  owner: string;
  segments: readonly SegmentName[];
  targetNps: number;
  targetDate: string;
  /** In order: positions 1..n. */
  stages: readonly DemoStage[];
}

export const DEMO_JOURNEYS: readonly DemoJourney[] = [
  {
    key: 'join',
    name: 'Becoming a customer',
    description: 'From comparing offers to the first bill: energy, internet or both.',
    owner: 'lead.mkt@demo.regie',
    segments: ['Consumer', 'SME'],
    targetNps: 30,
    targetDate: '2027-12-31',
    stages: [
      { key: 'compare', name: 'Comparing offers', description: 'Tariffs and bundles side by side, ours and the competition’s.', importance: 3, reach: 1, channels: ['Web', 'Social', 'App'] },
      { key: 'choose', name: 'Choosing a plan', description: 'Picking the product, the term and the extras.', importance: 4, reach: 0.85, channels: ['Web', 'Phone', 'Store'] },
      { key: 'sign', name: 'Signing the contract', description: 'Confirming the order and the cooling-off period.', importance: 5, reach: 0.7, channels: ['Web', 'Store', 'Phone'], targetNps: 35 },
      { key: 'check', name: 'Credit and identity check', description: 'The checks before the contract starts.', importance: 3, reach: 0.7, channels: ['Web', 'Email'] },
      { key: 'install', name: 'Installation or meter switch', description: 'The technician visit or the switch at the meter.', importance: 5, reach: 0.6, channels: ['Field service', 'Phone'], targetNps: 40 },
      { key: 'welcome', name: 'Welcome and first login', description: 'The welcome mail, the app and My Account.', importance: 3, reach: 0.65, channels: ['App', 'Email'] },
      { key: 'firstbill', name: 'The first bill', description: 'The first invoice: does it match what was promised?', importance: 4, reach: 0.65, channels: ['Email', 'App', 'Web'] },
    ],
  },
  {
    key: 'move',
    name: 'Moving house',
    description: 'Taking energy and internet along to a new address.',
    owner: 'regie@demo.regie',
    segments: ['Consumer', 'SME'],
    targetNps: 20,
    targetDate: '2027-06-30',
    stages: [
      { key: 'announce', name: 'Announcing the move', description: 'Telling us the new address and the moving date.', importance: 4, reach: 1, channels: ['Web', 'App', 'Phone'] },
      { key: 'products', name: 'Products at the new address', description: 'What is available there, and at what price.', importance: 3, reach: 0.8, channels: ['Web', 'Phone'] },
      { key: 'readings', name: 'Meter readings at both addresses', description: 'Passing on the readings on the moving day.', importance: 4, reach: 0.9, channels: ['App', 'Web', 'Field service'] },
      { key: 'connect', name: 'Connection at the new address', description: 'Energy and internet working from day one.', importance: 5, reach: 0.85, channels: ['Field service', 'Phone'], targetNps: 25 },
      { key: 'finalbill', name: 'Final bill for the old address', description: 'Settling the old address.', importance: 4, reach: 0.9, channels: ['Email', 'Web'] },
      { key: 'settle', name: 'Settling in', description: 'New advance payments and tips for the new home.', importance: 2, reach: 0.5, channels: ['App', 'Email'] },
    ],
  },
  {
    key: 'outage',
    name: 'Reporting an outage',
    description: 'No power, gas or internet: from noticing it to getting it back.',
    owner: 'lead.ops@demo.regie',
    segments: ['Consumer', 'SME'],
    targetNps: 10,
    targetDate: '2027-03-31',
    stages: [
      { key: 'map', name: 'Checking the outage map', description: 'Is it just me? The outage map and the status page.', importance: 3, reach: 0.9, channels: ['App', 'Web', 'Social'] },
      { key: 'report', name: 'Reporting the fault', description: 'Reaching us and being understood.', importance: 5, reach: 0.7, channels: ['Phone', 'App', 'Chat'] },
      { key: 'status', name: 'Status updates', description: 'Knowing what is going on and how long it will take.', importance: 4, reach: 0.8, channels: ['App', 'Email', 'Social'] },
      { key: 'visit', name: 'Technician visit', description: 'When a technician has to come by.', importance: 5, reach: 0.35, channels: ['Field service', 'Phone'], targetNps: 20 },
      { key: 'restored', name: 'Service restored and confirmed', description: 'It works again, and we say so.', importance: 4, reach: 1, channels: ['App', 'Email'] },
      { key: 'compensation', name: 'Compensation', description: 'The statutory compensation for long outages.', importance: 3, reach: 0.25, channels: ['Email', 'Web'] },
    ],
  },
  {
    key: 'bill',
    name: 'Understanding my bill',
    description: 'Monthly invoices, the annual settlement and what to do when they surprise.',
    owner: 'lead.bil@demo.regie',
    segments: ['Consumer', 'SME'],
    targetNps: 15,
    targetDate: '2027-09-30',
    stages: [
      { key: 'receive', name: 'Receiving the bill', description: 'The invoice arrives by e-mail or in the app.', importance: 3, reach: 1, channels: ['Email', 'App'] },
      { key: 'read', name: 'Reading the bill', description: 'Understanding what is charged and why.', importance: 4, reach: 0.9, channels: ['App', 'Web'] },
      { key: 'question', name: 'Asking a question', description: 'Getting an answer about a charge.', importance: 4, reach: 0.35, channels: ['Phone', 'Chat', 'Email'], targetNps: 20 },
      { key: 'dispute', name: 'Disputing a charge', description: 'When the bill is wrong.', importance: 5, reach: 0.1, channels: ['Phone', 'Email', 'Web'] },
      { key: 'arrangement', name: 'Payment arrangement', description: 'Spreading a payment when money is tight.', importance: 4, reach: 0.08, channels: ['Phone', 'Web'] },
      { key: 'settlement', name: 'Annual settlement', description: 'The yearly reckoning of advance payments against use.', importance: 5, reach: 1, channels: ['Email', 'App', 'Web'] },
    ],
  },
  {
    key: 'leave',
    name: 'Cancelling',
    description: 'Leaving us: it should be as easy as joining.',
    owner: 'lead.cs@demo.regie',
    segments: ['Consumer', 'SME'],
    targetNps: 5,
    targetDate: '2027-12-31',
    stages: [
      { key: 'decide', name: 'Deciding to leave', description: 'Comparing, doubting, making up one’s mind.', importance: 3, reach: 1, channels: ['Web', 'Social'] },
      { key: 'contact', name: 'Contacting us to cancel', description: 'Finding out how, and getting it done.', importance: 4, reach: 0.9, channels: ['Phone', 'Chat', 'Web'] },
      { key: 'retention', name: 'Retention offer', description: 'An offer to stay, when it fits.', importance: 3, reach: 0.6, channels: ['Phone', 'Chat'] },
      { key: 'equipment', name: 'Returning equipment', description: 'Sending back the modem and the TV box.', importance: 4, reach: 0.45, channels: ['Store', 'Field service'] },
      { key: 'finalbill', name: 'Final bill and refund', description: 'The last invoice and any money back.', importance: 5, reach: 1, channels: ['Email', 'Web'] },
    ],
  },
];

/** A stage by `journeyKey/stageKey`, e.g. `outage/status`. */
export type StageRef = string;

export interface DemoImpact {
  stage: StageRef;
  level: ImpactLevel;
  rationale: string;
}

export interface DemoInitiative {
  title: string;
  description: string;
  department: DepartmentCode;
  /** By email; the department's lead when absent. */
  owner?: string;
  contributors?: readonly DepartmentCode[];
  pillar: Pillar;
  status: InitiativeStatus;
  effort: number;
  confidence: number;
  commercialValue: number;
  targetQuarter: string;
  impacts: readonly DemoImpact[];
  /** When it was registered (YYYY-MM-DD); its decisions follow at fixed intervals. */
  proposed: string;
  /** DONE only: when it was completed. */
  completed?: string;
  /** Why it was rejected or parked. */
  reason?: string;
  /** The decisions, when not the shortest way to its status (e.g. parked, then resubmitted). */
  history?: readonly DecisionAction[];
  pin?: { rank: number; reason: string };
}

/**
 * About forty initiatives. Several open ones of different departments meet on the same stage
 * (the overlaps), and four important stages are left without an open initiative (the uncovered
 * moments): move/readings, bill/arrangement, leave/equipment, leave/finalbill.
 */
export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
  // Marketing
  {
    title: 'Plain-language tariff comparison',
    description: 'One comparison page per product, in plain Dutch, with the total yearly cost up front.',
    department: 'MKT', pillar: OMNICHANNEL, status: IN_PROGRESS, effort: 12, confidence: 0.7, commercialValue: 4, targetQuarter: '2026-Q4', proposed: '2026-04-06',
    impacts: [
      { stage: 'join/compare', level: HIGH, rationale: 'Customers abandon when they cannot see the yearly cost.' },
      { stage: 'join/choose', level: MEDIUM, rationale: 'Fewer wrong choices that are corrected later by phone.' },
    ],
  },
  {
    title: 'Journey-based campaign calendar',
    description: 'Plan campaigns around journey moments (moving season, annual settlement) instead of product pushes.',
    department: 'MKT', pillar: VISION_AND_WAYS_OF_WORKING, status: PROPOSED, effort: 6, confidence: 0.5, commercialValue: 3, targetQuarter: '2027-Q2', proposed: '2026-10-28',
    impacts: [{ stage: 'join/compare', level: LOW, rationale: 'Messages arrive when they are relevant.' }],
  },
  {
    title: 'Moving-house reminder campaign',
    description: 'A reminder six weeks before a known moving date, with a link to announce the move.',
    department: 'MKT', contributors: ['DIG'], pillar: OMNICHANNEL, status: UNDER_REVIEW, effort: 5, confidence: 0.6, commercialValue: 4, targetQuarter: '2027-Q1', proposed: '2026-10-05',
    impacts: [{ stage: 'move/announce', level: MEDIUM, rationale: 'Earlier announcements leave time to arrange the connection.' }],
  },
  {
    title: 'Customer panel for journey research',
    description: 'A standing panel of 400 customers for quick research on journey moments.',
    department: 'MKT', pillar: JOURNEY_INSIGHT, status: DONE, effort: 8, confidence: 0.8, commercialValue: 3, targetQuarter: '2026-Q2', proposed: '2026-01-12', completed: '2026-05-29',
    impacts: [
      { stage: 'join/choose', level: LOW, rationale: 'Panel findings improved the plan pages.' },
      { stage: 'leave/decide', level: MEDIUM, rationale: 'Exit interviews through the panel show why customers leave.' },
    ],
  },
  {
    title: 'Social listening for outages',
    description: 'Monitor social media for outage reports and answer them publicly.',
    department: 'MKT', pillar: JOURNEY_INSIGHT, status: REJECTED, effort: 7, confidence: 0.4, commercialValue: 2, targetQuarter: '2026-Q4', proposed: '2026-06-15',
    reason: 'Duplicates the outage status work of Digital and Field Operations; bring the listening into that work instead.',
    impacts: [
      { stage: 'outage/map', level: LOW, rationale: 'Some customers check social media before the map.' },
      { stage: 'outage/status', level: LOW, rationale: 'Public answers reach customers who do not use the app.' },
    ],
  },
  {
    title: 'Win-back offer for leavers',
    description: 'A personal offer three months after leaving.',
    department: 'MKT', pillar: OMNICHANNEL, status: PARKED, effort: 4, confidence: 0.5, commercialValue: 5, targetQuarter: '2027-Q1', proposed: '2026-05-04',
    reason: 'Commercial first; revisit once the cancellation journey itself is fixed.',
    impacts: [{ stage: 'leave/retention', level: MEDIUM, rationale: 'A fair offer later instead of pressure now.' }],
  },
  {
    title: 'NPS targets in the marketing scorecard',
    description: 'Journey NPS next to conversion in the monthly marketing scorecard.',
    department: 'MKT', pillar: GOVERNANCE_AND_KPIS, status: APPROVED, effort: 3, confidence: 0.8, commercialValue: 3, targetQuarter: '2026-Q4', proposed: '2026-08-24',
    impacts: [
      { stage: 'join/compare', level: MINIMAL, rationale: 'Campaigns are judged on experience, not clicks alone.' },
      { stage: 'join/choose', level: LOW, rationale: 'Fewer plans sold that do not fit.' },
    ],
  },

  // Sales
  {
    title: 'One-page contract summary',
    description: 'Every new contract comes with a one-page summary: price, term, cooling-off period, how to leave.',
    department: 'SAL', contributors: ['BIL'], pillar: OMNICHANNEL, status: APPROVED, effort: 6, confidence: 0.8, commercialValue: 4, targetQuarter: '2026-Q4', proposed: '2026-08-03',
    impacts: [
      { stage: 'join/sign', level: HIGH, rationale: 'Customers sign knowing what they agreed to.' },
      { stage: 'join/firstbill', level: LOW, rationale: 'The first bill matches the summary.' },
    ],
  },
  {
    title: 'Same-day contract confirmation in stores',
    description: 'Store staff confirm the contract and the installation date before the customer leaves.',
    department: 'SAL', pillar: OMNICHANNEL, status: IN_PROGRESS, effort: 9, confidence: 0.7, commercialValue: 4, targetQuarter: '2026-Q4', proposed: '2026-05-18',
    impacts: [
      { stage: 'join/sign', level: MEDIUM, rationale: 'No waiting for a confirmation mail.' },
      { stage: 'join/welcome', level: LOW, rationale: 'The app account is set up in the store.' },
    ],
  },
  {
    title: 'SME account manager for moves',
    description: 'Business customers who move get one account manager from announcement to connection.',
    department: 'SAL', contributors: ['OPS'], pillar: VISION_AND_WAYS_OF_WORKING, status: UNDER_REVIEW, effort: 10, confidence: 0.6, commercialValue: 5, targetQuarter: '2027-Q1', proposed: '2026-09-21',
    impacts: [
      { stage: 'move/products', level: HIGH, rationale: 'The right products for the new premises from the start.' },
      { stage: 'move/connect', level: MEDIUM, rationale: 'One person chases the connection date.' },
    ],
  },
  {
    title: 'Sales incentives tied to 90-day NPS',
    description: 'Part of the sales bonus depends on the NPS of the customer 90 days after signing.',
    department: 'SAL', pillar: GOVERNANCE_AND_KPIS, status: UNDER_REVIEW, effort: 4, confidence: 0.5, commercialValue: 3, targetQuarter: '2027-Q1', proposed: '2026-10-12',
    impacts: [
      { stage: 'join/sign', level: MEDIUM, rationale: 'No more overselling to hit the target.' },
      { stage: 'join/firstbill', level: LOW, rationale: 'Fewer surprises on the first bill.' },
    ],
  },
  {
    title: 'Door-to-door sales pilot',
    description: 'A pilot with door-to-door sales in three cities.',
    department: 'SAL', pillar: OMNICHANNEL, status: REJECTED, effort: 15, confidence: 0.4, commercialValue: 5, targetQuarter: '2026-Q4', proposed: '2026-06-01',
    reason: 'Customers rate unsolicited visits badly, and it conflicts with our CX vision.',
    impacts: [{ stage: 'join/compare', level: MINIMAL, rationale: 'Reaches customers who do not compare online.' }],
  },
  {
    title: 'Bundle configurator for SME',
    description: 'Business customers compose energy, internet and mobile in one configurator with one price.',
    department: 'SAL', contributors: ['DIG'], pillar: OMNICHANNEL, status: PROPOSED, effort: 14, confidence: 0.5, commercialValue: 5, targetQuarter: '2027-Q2', proposed: '2026-11-02',
    impacts: [{ stage: 'join/choose', level: HIGH, rationale: 'SME customers now need three calls to get a quote.' }],
  },
  {
    title: 'Retention desk conversation guide',
    description: 'A conversation guide that starts from the reason for leaving, not from an offer.',
    department: 'SAL', contributors: ['CS'], pillar: VISION_AND_WAYS_OF_WORKING, status: DONE, effort: 5, confidence: 0.7, commercialValue: 4, targetQuarter: '2026-Q2', proposed: '2026-01-19', completed: '2026-04-17',
    impacts: [
      { stage: 'leave/retention', level: MEDIUM, rationale: 'Offers that fit the reason, or none.' },
      { stage: 'leave/contact', level: LOW, rationale: 'Shorter cancellation calls.' },
    ],
  },

  // Customer Service
  {
    title: 'Proactive outage SMS',
    description: 'An SMS to every affected address when an outage is confirmed, and again when it is fixed.',
    department: 'CS', contributors: ['OPS'], pillar: OMNICHANNEL, status: IN_PROGRESS, effort: 8, confidence: 0.8, commercialValue: 3, targetQuarter: '2026-Q4', proposed: '2026-04-13',
    impacts: [
      { stage: 'outage/status', level: HIGH, rationale: 'Customers hear from us before they call.' },
      { stage: 'outage/report', level: MEDIUM, rationale: 'Fewer calls during large outages, shorter waits for the rest.' },
    ],
  },
  {
    title: 'Callback instead of waiting',
    description: 'When the wait is over five minutes, customers choose a callback slot.',
    department: 'CS', pillar: OMNICHANNEL, status: APPROVED, effort: 7, confidence: 0.8, commercialValue: 3, targetQuarter: '2027-Q1', proposed: '2026-07-06',
    impacts: [
      { stage: 'bill/question', level: HIGH, rationale: 'Waiting is the top complaint about billing questions.' },
      { stage: 'outage/report', level: MEDIUM, rationale: 'No one hangs on the line during an outage.' },
    ],
  },
  {
    title: 'One agent for a move',
    description: 'One agent owns a move from announcement to final bill.',
    department: 'CS', contributors: ['OPS', 'BIL'], pillar: VISION_AND_WAYS_OF_WORKING, status: UNDER_REVIEW, effort: 12, confidence: 0.6, commercialValue: 3, targetQuarter: '2027-Q1', proposed: '2026-09-14',
    impacts: [
      { stage: 'move/announce', level: HIGH, rationale: 'Customers tell their story once.' },
      { stage: 'move/connect', level: MEDIUM, rationale: 'The agent checks that the connection is planned.' },
      { stage: 'move/finalbill', level: LOW, rationale: 'The agent sees the final bill go out.' },
    ],
  },
  {
    title: 'Dispute resolution within five days',
    description: 'A dispute team with a five-working-day promise and the authority to correct bills.',
    department: 'CS', contributors: ['BIL'], pillar: GOVERNANCE_AND_KPIS, status: IN_PROGRESS, effort: 10, confidence: 0.7, commercialValue: 3, targetQuarter: '2026-Q4', proposed: '2026-03-30',
    impacts: [{ stage: 'bill/dispute', level: MASSIVE, rationale: 'Disputes now take 23 days on average and three contacts.' }],
  },
  {
    title: 'Chat with history across channels',
    description: 'Chat agents see the customer’s earlier calls, mails and app actions.',
    department: 'CS', contributors: ['DIG'], pillar: OMNICHANNEL, status: PROPOSED, effort: 11, confidence: 0.5, commercialValue: 3, targetQuarter: '2027-Q2', proposed: '2026-11-09',
    impacts: [
      { stage: 'bill/question', level: MEDIUM, rationale: 'No repeating the question.' },
      { stage: 'leave/contact', level: MEDIUM, rationale: 'Cancelling by chat without starting over.' },
    ],
  },
  {
    title: 'Voice of the customer in team huddles',
    description: 'Ten minutes of verbatim customer feedback in every team huddle.',
    department: 'CS', pillar: JOURNEY_INSIGHT, status: DONE, effort: 3, confidence: 0.8, commercialValue: 3, targetQuarter: '2026-Q1', proposed: '2025-12-08', completed: '2026-03-20',
    impacts: [
      { stage: 'bill/question', level: LOW, rationale: 'Agents hear what confuses customers.' },
      { stage: 'outage/report', level: LOW, rationale: 'Agents hear how outages feel.' },
    ],
  },
  {
    title: 'Easy cancellation by chat',
    description: 'Cancel in one chat conversation, with a written confirmation.',
    department: 'CS', pillar: OMNICHANNEL, status: UNDER_REVIEW, effort: 6, confidence: 0.7, commercialValue: 2, targetQuarter: '2027-Q1', proposed: '2026-10-19',
    impacts: [{ stage: 'leave/contact', level: HIGH, rationale: 'Leaving should be as easy as joining.' }],
  },

  // Billing
  {
    title: 'Redesigned bill layout',
    description: 'A bill that starts with the amount, the reason it changed, and what to do.',
    department: 'BIL', contributors: ['DIG', 'MKT'], pillar: OMNICHANNEL, status: IN_PROGRESS, effort: 16, confidence: 0.7, commercialValue: 3, targetQuarter: '2026-Q4', proposed: '2026-03-09',
    pin: { rank: 2, reason: 'The new layout must be live before the annual settlement run in January.' },
    impacts: [
      { stage: 'bill/read', level: MASSIVE, rationale: 'Half of all billing calls are about reading the bill.' },
      { stage: 'bill/receive', level: MEDIUM, rationale: 'A clear subject line and summary in the mail.' },
      { stage: 'join/firstbill', level: HIGH, rationale: 'The first bill is where new customers decide whether to trust us.' },
    ],
  },
  {
    title: 'Annual settlement explained',
    description: 'A personal explanation with the annual settlement: what changed, why, and the new advance payment.',
    department: 'BIL', pillar: JOURNEY_INSIGHT, status: APPROVED, effort: 8, confidence: 0.8, commercialValue: 4, targetQuarter: '2026-Q4', proposed: '2026-06-22',
    pin: { rank: 1, reason: 'The regulator (ACM) requires clearer annual settlements from 2027; the board committed to it.' },
    impacts: [{ stage: 'bill/settlement', level: HIGH, rationale: 'The settlement is the moment of truth for energy customers.' }],
  },
  {
    title: 'Faster final bill after moving or leaving',
    description: 'Final bills within two weeks instead of six.',
    department: 'BIL', pillar: GOVERNANCE_AND_KPIS, status: DONE, effort: 9, confidence: 0.7, commercialValue: 3, targetQuarter: '2026-Q3', proposed: '2026-02-02', completed: '2026-07-10',
    impacts: [
      { stage: 'move/finalbill', level: HIGH, rationale: 'Customers who moved no longer wait weeks to close the old address.' },
      { stage: 'leave/finalbill', level: HIGH, rationale: 'Leavers get their refund sooner.' },
    ],
  },
  {
    title: 'Dispute root-cause analysis',
    description: 'Classify every dispute and fix the top five causes at the source.',
    department: 'BIL', contributors: ['CS'], pillar: JOURNEY_INSIGHT, status: UNDER_REVIEW, effort: 6, confidence: 0.6, commercialValue: 3, targetQuarter: '2027-Q1', proposed: '2026-05-25',
    history: [DecisionAction.SUBMIT, DecisionAction.PARK, DecisionAction.SUBMIT],
    reason: 'Wait for the dispute team of Customer Service to deliver its first numbers.',
    impacts: [
      { stage: 'bill/dispute', level: MEDIUM, rationale: 'Fewer disputes, not only faster ones.' },
      { stage: 'bill/read', level: LOW, rationale: 'Some causes are in the bill text.' },
    ],
  },
  {
    title: 'Flexible payment arrangements online',
    description: 'Customers set up a payment arrangement themselves in My Account.',
    department: 'BIL', contributors: ['DIG'], pillar: OMNICHANNEL, status: REJECTED, effort: 10, confidence: 0.5, commercialValue: 2, targetQuarter: '2026-Q4', proposed: '2026-06-08',
    reason: 'The credit risk is not assessed; resubmit together with Finance.',
    impacts: [{ stage: 'bill/arrangement', level: HIGH, rationale: 'Customers in trouble avoid calling.' }],
  },
  {
    title: 'Budget-billing advice',
    description: 'Advice on the right advance payment after every meter reading.',
    department: 'BIL', pillar: VISION_AND_WAYS_OF_WORKING, status: PROPOSED, effort: 5, confidence: 0.6, commercialValue: 3, targetQuarter: '2027-Q2', proposed: '2026-11-04',
    impacts: [
      { stage: 'bill/settlement', level: MEDIUM, rationale: 'Smaller surprises at the annual settlement.' },
      { stage: 'bill/receive', level: LOW, rationale: 'The advice arrives with the bill.' },
    ],
  },
  {
    title: 'Invoice KPIs on the CX dashboard',
    description: 'Billing KPIs next to the bill journey’s NPS on one dashboard.',
    department: 'BIL', pillar: GOVERNANCE_AND_KPIS, status: PARKED, effort: 4, confidence: 0.6, commercialValue: 2, targetQuarter: '2027-Q1', proposed: '2026-07-13',
    reason: 'Wait for the redesign of the KPI tree by the regie team.',
    impacts: [{ stage: 'bill/read', level: MINIMAL, rationale: 'Billing sees the effect of its changes.' }],
  },

  // Field Operations
  {
    title: 'Live technician ETA',
    description: 'Customers follow the technician on a map, with a reliable arrival time.',
    department: 'OPS', contributors: ['DIG'], pillar: OMNICHANNEL, status: IN_PROGRESS, effort: 14, confidence: 0.7, commercialValue: 3, targetQuarter: '2026-Q4', proposed: '2026-03-16',
    impacts: [
      { stage: 'outage/visit', level: HIGH, rationale: 'No more waiting at home all day.' },
      { stage: 'outage/status', level: MEDIUM, rationale: 'The ETA is the best status update there is.' },
    ],
  },
  {
    title: 'First-time-fix kit',
    description: 'Vans stocked by failure type, so that the first visit fixes it.',
    department: 'OPS', pillar: VISION_AND_WAYS_OF_WORKING, status: APPROVED, effort: 10, confidence: 0.8, commercialValue: 4, targetQuarter: '2027-Q1', proposed: '2026-07-20',
    impacts: [
      { stage: 'outage/visit', level: HIGH, rationale: 'One in four visits needs a second one today.' },
      { stage: 'join/install', level: MEDIUM, rationale: 'Installations finish in one visit.' },
      { stage: 'outage/restored', level: MEDIUM, rationale: 'Service back sooner.' },
    ],
  },
  {
    title: 'Two-hour appointment windows',
    description: 'Every appointment in a two-hour window instead of a half day.',
    department: 'OPS', pillar: OMNICHANNEL, status: UNDER_REVIEW, effort: 12, confidence: 0.6, commercialValue: 3, targetQuarter: '2027-Q1', proposed: '2026-09-28',
    impacts: [
      { stage: 'join/install', level: HIGH, rationale: 'Customers take no day off for an installation.' },
      { stage: 'move/connect', level: HIGH, rationale: 'Movers have enough to arrange on the day.' },
    ],
  },
  {
    title: 'Remote meter readings at moves',
    description: 'Read smart meters remotely on the moving day, without the customer.',
    department: 'OPS', contributors: ['BIL'], pillar: OMNICHANNEL, status: PARKED, effort: 18, confidence: 0.5, commercialValue: 3, targetQuarter: '2027-Q3', proposed: '2026-04-27',
    reason: 'Depends on the smart-meter roll-out of the grid operator; revisit in 2027-Q3.',
    impacts: [{ stage: 'move/readings', level: MASSIVE, rationale: 'Wrong readings cause most disputes after a move.' }],
  },
  {
    title: 'Outage root-cause reviews with Customer Service',
    description: 'A weekly review of long outages with Customer Service, with actions for both.',
    department: 'OPS', contributors: ['CS'], pillar: GOVERNANCE_AND_KPIS, status: DONE, effort: 4, confidence: 0.7, commercialValue: 3, targetQuarter: '2026-Q3', proposed: '2026-03-02', completed: '2026-08-14',
    impacts: [{ stage: 'outage/restored', level: MEDIUM, rationale: 'Repeat outages at the same address go down.' }],
  },
  {
    title: 'Restoration confirmation call',
    description: 'A short call or message after every repair: does everything work again?',
    department: 'OPS', pillar: OMNICHANNEL, status: PROPOSED, effort: 5, confidence: 0.6, commercialValue: 2, targetQuarter: '2027-Q2', proposed: '2026-11-11',
    impacts: [
      { stage: 'outage/restored', level: MEDIUM, rationale: 'Customers know for sure it is fixed.' },
      { stage: 'outage/compensation', level: LOW, rationale: 'The call mentions the compensation they are entitled to.' },
    ],
  },

  // Digital
  {
    title: 'Outage status in the app',
    description: 'The outage map, a personal status and push messages in the app.',
    department: 'DIG', pillar: OMNICHANNEL, status: IN_PROGRESS, effort: 15, confidence: 0.8, commercialValue: 3, targetQuarter: '2026-Q4', proposed: '2026-02-23',
    impacts: [
      { stage: 'outage/map', level: HIGH, rationale: 'The map is now only on the website.' },
      { stage: 'outage/status', level: HIGH, rationale: 'Push messages at every change.' },
      { stage: 'outage/report', level: MEDIUM, rationale: 'Reporting in the app with the address known.' },
    ],
  },
  {
    title: 'Move-house wizard',
    description: 'Announce a move in the app in three minutes, with the products for the new address.',
    department: 'DIG', contributors: ['SAL'], pillar: OMNICHANNEL, status: APPROVED, effort: 13, confidence: 0.7, commercialValue: 4, targetQuarter: '2027-Q1', proposed: '2026-07-27',
    impacts: [
      { stage: 'move/announce', level: MASSIVE, rationale: 'Two thirds of movers now call to announce.' },
      { stage: 'move/products', level: MEDIUM, rationale: 'Availability at the new address shown right away.' },
      { stage: 'move/settle', level: LOW, rationale: 'New advance payment proposed in the same flow.' },
    ],
  },
  {
    title: 'Digital contract signing',
    description: 'Sign online with iDIN instead of a printed form.',
    department: 'DIG', contributors: ['SAL'], pillar: OMNICHANNEL, status: IN_PROGRESS, effort: 9, confidence: 0.8, commercialValue: 4, targetQuarter: '2026-Q4', proposed: '2026-04-20',
    impacts: [
      { stage: 'join/sign', level: HIGH, rationale: 'No printing, no post, no delay.' },
      { stage: 'join/check', level: MEDIUM, rationale: 'The identity check happens in the same step.' },
    ],
  },
  {
    title: 'Annual settlement preview in the app',
    description: 'A running forecast of the annual settlement in the app, month by month.',
    department: 'DIG', contributors: ['BIL'], pillar: JOURNEY_INSIGHT, status: UNDER_REVIEW, effort: 10, confidence: 0.6, commercialValue: 3, targetQuarter: '2027-Q2', proposed: '2026-10-26',
    impacts: [
      { stage: 'bill/settlement', level: HIGH, rationale: 'No surprise at the settlement.' },
      { stage: 'bill/read', level: MEDIUM, rationale: 'The bill is explained by the forecast.' },
    ],
  },
  {
    title: 'Self-service cancellation',
    description: 'Cancel in My Account, with the final bill date shown right away.',
    department: 'DIG', pillar: OMNICHANNEL, status: PROPOSED, effort: 7, confidence: 0.7, commercialValue: 2, targetQuarter: '2027-Q2', proposed: '2026-11-16',
    impacts: [
      { stage: 'leave/contact', level: HIGH, rationale: 'Leaving without a phone call.' },
      { stage: 'leave/decide', level: LOW, rationale: 'Clear conditions before deciding.' },
    ],
  },
  {
    title: 'App onboarding tour',
    description: 'A short tour at the first login that shows usage, bills and the outage map.',
    department: 'DIG', pillar: OMNICHANNEL, status: DONE, effort: 4, confidence: 0.8, commercialValue: 3, targetQuarter: '2026-Q1', proposed: '2025-12-01', completed: '2026-02-27',
    impacts: [{ stage: 'join/welcome', level: HIGH, rationale: 'New customers find their way in the app.' }],
  },
  {
    title: 'Customer journey analytics',
    description: 'Click, call and survey data joined per journey stage, for the regie team and the departments.',
    department: 'DIG', owner: 'regie@demo.regie', pillar: JOURNEY_INSIGHT, status: APPROVED, effort: 11, confidence: 0.6, commercialValue: 3, targetQuarter: '2027-Q1', proposed: '2026-06-29',
    impacts: [
      { stage: 'outage/map', level: MINIMAL, rationale: 'Shows where customers drop out to the phone.' },
      { stage: 'bill/read', level: LOW, rationale: 'Shows which bill lines lead to questions.' },
    ],
  },
  {
    title: 'Journey squads',
    description: 'Multidisciplinary squads per journey instead of per channel.',
    department: 'DIG', pillar: VISION_AND_WAYS_OF_WORKING, status: PARKED, effort: 20, confidence: 0.4, commercialValue: 3, targetQuarter: '2027-Q2', proposed: '2026-05-11',
    history: [DecisionAction.SUBMIT, DecisionAction.APPROVE, DecisionAction.PARK],
    reason: 'The reorganisation of Digital comes first; revisit in 2027.',
    impacts: [{ stage: 'move/announce', level: LOW, rationale: 'A squad for moving would own the whole flow.' }],
  },
];

/** The reason written with each decision, unless the initiative gives its own (reject, park). */
export const DEMO_DECISION_REASONS: Partial<Record<DecisionAction, string>> = {
  SUBMIT: 'Ready for review: impacts and effort filled in.',
  APPROVE: 'Strong impact on moments that matter for its effort.',
  START: 'Team and budget in place.',
  COMPLETE: 'Delivered; realised impact to be measured against NPS.',
};

export interface DemoKpi {
  department: DepartmentCode;
  name: string;
  description: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  stages: readonly StageRef[];
  /** Twelve monthly values run from `from` to `to`, with deterministic noise of at most ±`noise`. */
  from: number;
  to: number;
  noise: number;
  decimals: number;
  notes?: Readonly<Record<string, string>>;
}

/** The twelve months measured: the last complete months before the reference date. */
export const DEMO_MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'] as const;

const { HIGHER_IS_BETTER, LOWER_IS_BETTER } = KpiDirection;

export const DEMO_KPIS: readonly DemoKpi[] = [
  {
    department: 'MKT', name: 'Online conversion rate', description: 'Visitors of the product pages who place an order.', unit: '%', direction: HIGHER_IS_BETTER, target: 4.5,
    stages: ['join/compare', 'join/choose'], from: 3.1, to: 3.8, noise: 0.25, decimals: 2,
  },
  {
    department: 'MKT', name: 'Cost per acquisition', description: 'Marketing spend per new customer.', unit: '€', direction: LOWER_IS_BETTER, target: 110,
    stages: ['join/compare'], from: 142, to: 128, noise: 8, decimals: 0,
  },
  {
    department: 'SAL', name: 'Order completion', description: 'Started orders that end in a signed contract.', unit: '%', direction: HIGHER_IS_BETTER, target: 80,
    stages: ['join/choose', 'join/sign'], from: 68, to: 73, noise: 2, decimals: 1,
  },
  {
    department: 'SAL', name: 'SME renewal rate', description: 'Business contracts renewed at the end of their term.', unit: '%', direction: HIGHER_IS_BETTER, target: 85,
    stages: ['leave/decide', 'leave/retention'], from: 81, to: 79, noise: 1.5, decimals: 1,
  },
  {
    department: 'CS', name: 'First-contact resolution', description: 'Contacts solved without the customer having to come back within 7 days.', unit: '%', direction: HIGHER_IS_BETTER, target: 75,
    stages: ['bill/question', 'outage/report', 'move/announce'], from: 64, to: 70, noise: 2, decimals: 1,
  },
  {
    department: 'CS', name: 'Average handling time', description: 'Talk and wrap-up time per phone contact.', unit: 'seconds', direction: LOWER_IS_BETTER, target: 360,
    stages: ['bill/question', 'outage/report'], from: 452, to: 418, noise: 15, decimals: 0,
    notes: { '2026-03': 'Storm week: long outage calls.' },
  },
  {
    department: 'CS', name: 'Callbacks kept', description: 'Promised callbacks made within the agreed slot.', unit: '%', direction: HIGHER_IS_BETTER, target: 95,
    stages: ['bill/question', 'leave/contact'], from: 86, to: 91, noise: 2, decimals: 1,
  },
  {
    department: 'BIL', name: 'Invoice dispute rate', description: 'Disputed invoices per 100 sent.', unit: '%', direction: LOWER_IS_BETTER, target: 1.5,
    stages: ['bill/dispute', 'bill/read'], from: 2.6, to: 2.1, noise: 0.15, decimals: 2,
  },
  {
    department: 'BIL', name: 'Final bill within six weeks', description: 'Final bills sent within six weeks of the end date.', unit: '%', direction: HIGHER_IS_BETTER, target: 95,
    stages: ['move/finalbill', 'leave/finalbill'], from: 78, to: 93, noise: 1.5, decimals: 1,
    notes: { '2026-07': 'Faster final bill process live.' },
  },
  {
    department: 'BIL', name: 'Days sales outstanding', description: 'Average days between invoice and payment.', unit: 'days', direction: LOWER_IS_BETTER, target: 30,
    stages: ['bill/arrangement'], from: 36, to: 34, noise: 1.5, decimals: 1,
  },
  {
    department: 'OPS', name: 'First-time fix rate', description: 'Visits that solve the problem without a second visit.', unit: '%', direction: HIGHER_IS_BETTER, target: 85,
    stages: ['outage/visit', 'join/install'], from: 74, to: 77, noise: 2, decimals: 1,
  },
  {
    department: 'OPS', name: 'Mean time to restore', description: 'Hours from outage report to service restored.', unit: 'hours', direction: LOWER_IS_BETTER, target: 4,
    stages: ['outage/restored', 'outage/visit'], from: 5.8, to: 5.1, noise: 0.4, decimals: 1,
    notes: { '2026-03': 'Storm week: 14-hour peak.' },
  },
  {
    department: 'OPS', name: 'Appointments kept', description: 'Appointments started within the promised window.', unit: '%', direction: HIGHER_IS_BETTER, target: 95,
    stages: ['join/install', 'move/connect'], from: 88, to: 90, noise: 1.5, decimals: 1,
  },
  {
    department: 'DIG', name: 'Self-service share', description: 'Moves, meter readings and bill questions handled without an agent.', unit: '%', direction: HIGHER_IS_BETTER, target: 60,
    stages: ['move/announce', 'move/readings', 'bill/read'], from: 41, to: 49, noise: 1.5, decimals: 1,
  },
  {
    department: 'DIG', name: 'App store rating', description: 'Average rating in the app stores.', unit: 'stars', direction: HIGHER_IS_BETTER, target: 4.5,
    stages: ['join/welcome', 'outage/map'], from: 3.9, to: 4.2, noise: 0.1, decimals: 1,
  },
];

/**
 * An NPS level that moves over the twelve months of responses. The responses are drawn around
 * it, so the NPS measured holds some noise, as real survey data does.
 */
export interface DemoNpsLevel {
  /** The NPS at the end of the twelve months: the last 90 days hover about it. */
  nps: number;
  /** Points gained over the twelve months, in a straight line (negative: lost). */
  trend?: number;
  /** A step change on a day (an initiative completed): before that day the NPS was `by` points lower. */
  step?: { on: string; by: number };
}

export interface DemoJourneyResponses {
  /**
   * Responses a year about a stage with reach 1; a stage gets volume × reach, so a moment few
   * customers pass through has few responses (the outage journey's rare ones too few to judge).
   */
  volume: number;
  /** Responses about the journey as a whole (no stage), from the relationship survey. */
  journey: DemoNpsLevel;
  stages: Readonly<Record<string, DemoNpsLevel>>;
}

/**
 * Twelve months of survey responses (DESIGN §6), written set-based by demo-responses.ts.
 *
 * The story, in the last 90 days: the four uncovered moments (move/readings, bill/arrangement,
 * leave/equipment, leave/finalbill) lie far below target, and nobody works on them; the covered
 * ones mostly fall short too, which is why initiatives exist; some stages meet their target
 * (join/check, join/welcome, move/finalbill, move/settle, outage/map, bill/receive). Moving house
 * improves all year, except its meter readings. Three DONE initiatives show as steps on their
 * completion day: the app onboarding tour (join/welcome), the faster final bill (move/finalbill,
 * while leave/finalbill did not move although its KPI went green) and the outage root-cause
 * reviews (outage/restored). The outage journey is rarely surveyed: its technician visit and
 * compensation stages have fewer than 30 responses in 90 days.
 */
export const DEMO_SURVEY = {
  source: 'demo-survey',
  /** Days with responses: the year that ends the day before the reference date. */
  days: 365,
  /** Share of passives (7–8) in every draw; promoters and detractors make up the NPS level. */
  passiveShare: 0.3,
  /** Responses a year about the journey as a whole, as a share of its volume. */
  journeyShare: 0.08,
  /** The relationship survey (journey as a whole) goes out by e-mail and in the app. */
  journeyChannels: ['Email', 'App'] as readonly ChannelName[],
  /** Points added to the NPS of a segment's customers; weighted by the segments' shares they add up to 0. */
  segmentOffset: { Consumer: 2, SME: -8 } satisfies Record<SegmentName, number>,
  /** Share of responses with a comment, picked from the short lists below by how the customer scored. */
  commentShare: 0.04,
  comments: {
    detractor: [
      'Took far too long.',
      'I had to call three times before anyone helped.',
      'Nobody could tell me what was going on.',
      'The amount was not what I was told.',
      'Again a letter I do not understand.',
    ],
    passive: ['Fine, but it could be quicker.', 'OK in the end.', 'It worked, after some searching.', 'Nothing special.', 'Reasonable.'],
    promoter: ['Quick and friendly.', 'Everything worked at once.', 'Clear and easy.', 'The technician was great.', 'Better than my previous supplier.'],
  },
  journeys: {
    join: {
      volume: 3600,
      journey: { nps: 25 },
      stages: {
        compare: { nps: 22 },
        choose: { nps: 34 },
        sign: { nps: 12 },
        check: { nps: 38 },
        install: { nps: 28 },
        welcome: { nps: 45, step: { on: '2026-02-27', by: 18 } },
        firstbill: { nps: 5 },
      },
    },
    move: {
      volume: 3200,
      journey: { nps: 18, trend: 28 },
      stages: {
        announce: { nps: 5, trend: 25 },
        products: { nps: 22, trend: 20 },
        readings: { nps: -35 },
        connect: { nps: 15, trend: 25 },
        finalbill: { nps: 30, step: { on: '2026-07-10', by: 30 } },
        settle: { nps: 35, trend: 15 },
      },
    },
    outage: {
      volume: 280,
      journey: { nps: 0 },
      stages: {
        map: { nps: 20 },
        report: { nps: -15 },
        status: { nps: -25 },
        visit: { nps: -5 },
        restored: { nps: 15, step: { on: '2026-08-14', by: 20 } },
        compensation: { nps: -30 },
      },
    },
    bill: {
      volume: 4400,
      journey: { nps: 0 },
      stages: {
        receive: { nps: 30 },
        read: { nps: -10 },
        question: { nps: -5 },
        dispute: { nps: -45 },
        arrangement: { nps: -40 },
        settlement: { nps: -20 },
      },
    },
    leave: {
      volume: 2000,
      journey: { nps: -5 },
      stages: {
        decide: { nps: -10 },
        contact: { nps: -30 },
        retention: { nps: 10, step: { on: '2026-04-17', by: 15 } },
        equipment: { nps: -35 },
        finalbill: { nps: -30 },
      },
    },
  } satisfies Record<string, DemoJourneyResponses>,
};
