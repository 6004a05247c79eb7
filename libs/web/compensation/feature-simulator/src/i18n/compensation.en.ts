/** Commission plans, the plan simulator and statements: the words of this feature, English. */
export const compensationEn: Record<string, string> = {
  'compensation.simulator.title': 'Plan simulator',
  'compensation.simulator.subtitle':
    'Run a commission plan against credits and see how every number arises. Nothing is stored.',
  'compensation.simulator.run': 'Run',
  'compensation.simulator.document': 'Plan document',
  'compensation.simulator.documentLabel': 'Plan, periods, payees and credits (JSON)',
  'compensation.simulator.documentHint':
    'Format v1, described in docs/commission-plans.md. Ctrl+Enter runs it.',
  'compensation.simulator.startFrom': 'Start from an example',
  'compensation.simulator.openFile': 'Open a file',
  'compensation.simulator.exampleLoaded': 'Loaded “{name}” in place of your document',
  'compensation.simulator.undo': 'Undo',
  'compensation.simulator.fileTooLarge': '{name} is over 20 MB; run a file this large with the command line',
  'compensation.simulator.results': 'Statements',
  'compensation.simulator.running': 'Calculating statements',
  'compensation.simulator.idleTitle': 'No statements yet',
  'compensation.simulator.idleHint':
    'Start from an example, open a file or paste a plan document, then run it',
  'compensation.simulator.problems': 'The document has {count} problem(s)',
  'compensation.simulator.problemsHint':
    'Each starts with where it is in the document. Nothing was calculated.',
  'compensation.simulator.payees': 'Payees',
  'compensation.simulator.periods': 'Periods',
  'compensation.simulator.statements': 'Statements',
  'compensation.simulator.totalPayout': 'Total payout',
  'compensation.simulator.filterPayee': 'Filter by payee',
  'compensation.simulator.downloadCsv': 'Download CSV',
  'compensation.simulator.noMatch': 'No payee matches “{filter}”',
  'compensation.simulator.noStatements': 'The document has no payees, so there is nothing to pay',
  'compensation.payee': 'Payee',
  'compensation.period': 'Period',
};
