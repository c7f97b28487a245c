/** What a decision did, in words (DecisionAction). */
export const ACTION_CHOICES = [
  { id: 'SUBMIT', name: 'Submitted' },
  { id: 'WITHDRAW', name: 'Withdrawn' },
  { id: 'APPROVE', name: 'Approved' },
  { id: 'REJECT', name: 'Rejected' },
  { id: 'PARK', name: 'Parked' },
  { id: 'START', name: 'Started' },
  { id: 'COMPLETE', name: 'Completed' },
  { id: 'PIN_RANK', name: 'Rank pinned' },
  { id: 'UNPIN', name: 'Rank unpinned' },
  { id: 'COMMENT', name: 'Comment' },
];
