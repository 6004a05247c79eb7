/**
 * English: the words of talent and recruitment that screens outside those features show
 * too (navigation, stages in the audit log, error codes). The rest live in the features.
 */
export const talentAndRecruitmentEn: Record<string, string> = {
  'common.remove': 'Remove',
  'common.yes': 'Yes',
  'nav.recruitment': 'Recruitment',
  'nav.talent': 'Competency model',

  'talent.profile.competency': 'Competency',
  'talent.profile.target': 'Target',
  'talent.profile.mustHave': 'Must-have',

  'recruitment.stages.applied': 'Applied',
  'recruitment.stages.screening': 'Screening',
  'recruitment.stages.interview': 'Interview',
  'recruitment.stages.assessment': 'Assessment',
  'recruitment.stages.offer': 'Offer',
  'recruitment.stages.hired': 'Hired',
  'recruitment.stages.rejected': 'Rejected',
  'recruitment.stages.withdrawn': 'Withdrawn',
  'recruitment.owed.title': 'Scorecards you owe',
  'recruitment.fit.gap': 'Gap',

  'errors.code.duplicate_candidate': 'This person is already a candidate.',
  'errors.code.already_applied': 'This candidate already applied to this requisition.',
  'errors.code.requisition_closed': 'This requisition takes no more applications.',
  'errors.code.placement_invalid':
    'The new employee cannot be placed: the requisition’s unit or hiring manager is no longer valid. Change the requisition first.',
  'errors.code.requisition_full': 'Every seat of this requisition is filled.',
  'errors.code.requisition_not_open': 'Open the requisition before hiring.',
  'errors.code.not_at_offer': 'Hire from the offer stage, or say why you hire earlier.',
  'errors.code.application_closed': 'This application is already closed.',
  'errors.code.invalid_status_change': 'The requisition cannot change to that status.',
  'errors.code.code_taken': 'That code is already used.',
  'errors.code.busy': 'The server is busy. Try again in a minute.',
};
