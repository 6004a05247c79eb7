import type { CompetencyCategory, EducationLevel } from '@cadre/shared/contracts';

/** A sales competency library (销售胜任力模型) in both languages, five behavioural levels each. */
export interface DemoCompetency {
  code: string;
  category: CompetencyCategory;
  name: [string, string];
  description: [string, string];
  levels: [string, string][];
}

export const DEMO_COMPETENCIES: DemoCompetency[] = [
  {
    code: 'prospecting',
    category: 'skill',
    name: ['Prospecting', '客户开发'],
    description: [
      'Finds and qualifies new opportunities in the target market.',
      '在目标市场中发现并甄别新的商机。',
    ],
    levels: [
      ['Works leads that are handed over; rarely creates pipeline.', '只跟进分配的线索，很少自己开发商机。'],
      ['Makes outreach when reminded; qualifies with a script.', '在提醒下进行外呼，按脚本甄别客户。'],
      [
        'Keeps a steady flow of qualified pipeline from several channels.',
        '通过多种渠道保持稳定的合格商机流入。',
      ],
      [
        'Targets accounts by fit and timing; pipeline covers quota three times over.',
        '按匹配度和时机选择目标客户，商机覆盖配额三倍以上。',
      ],
      ['Opens new segments and teaches others how to prospect them.', '开拓新的细分市场，并指导他人开发。'],
    ],
  },
  {
    code: 'needs-analysis',
    category: 'skill',
    name: ['Needs analysis', '需求分析'],
    description: [
      "Uncovers the customer's business problems, stakeholders and decision criteria.",
      '挖掘客户的业务问题、关键决策人和决策标准。',
    ],
    levels: [
      ['Asks about product features only.', '只询问产品功能需求。'],
      [
        'Asks prepared questions; misses stakeholders beyond the first contact.',
        '会用准备好的问题提问，但忽略首个联系人之外的决策人。',
      ],
      [
        'Maps the problem, its cost and the people involved in the decision.',
        '理清问题、问题成本以及参与决策的人员。',
      ],
      [
        'Quantifies impact with the customer and tests the decision process.',
        '与客户一起量化影响，并验证其决策流程。',
      ],
      [
        "Reframes the customer's thinking with insight they had not considered.",
        '以客户未曾想到的洞见重塑其思路。',
      ],
    ],
  },
  {
    code: 'solution-presentation',
    category: 'skill',
    name: ['Solution presentation', '方案呈现'],
    description: [
      "Presents a solution tied to the customer's needs and value.",
      '围绕客户需求和价值呈现解决方案。',
    ],
    levels: [
      ['Walks through a standard product demo.', '演示标准的产品介绍。'],
      ["Adapts the demo to the customer's industry.", '根据客户行业调整演示内容。'],
      [
        'Links each capability to a stated need and its value.',
        '将每项能力与客户明确的需求及其价值对应起来。',
      ],
      [
        'Builds a business case the customer can take to their leadership.',
        '构建客户可以提交给其管理层的商业论证。',
      ],
      [
        "Shapes the customer's requirements around the solution's strengths.",
        '引导客户需求，使之契合方案的优势。',
      ],
    ],
  },
  {
    code: 'negotiation',
    category: 'skill',
    name: ['Negotiation', '谈判'],
    description: ['Reaches agreements that protect value for both sides.', '达成维护双方价值的协议。'],
    levels: [
      ['Concedes on price when asked.', '客户一压价就让步。'],
      ['Knows the walk-away point; trades concessions one at a time.', '清楚底线，逐项交换让步。'],
      [
        'Prepares a plan with priorities and tradeables for each party.',
        '准备谈判方案，明确各方的优先事项和可交换条件。',
      ],
      [
        'Manages multi-party negotiations and holds margin under pressure.',
        '能驾驭多方谈判，在压力下守住利润。',
      ],
      [
        'Structures creative deals that enlarge the value for both sides.',
        '设计创造性的交易结构，为双方扩大价值。',
      ],
    ],
  },
  {
    code: 'closing',
    category: 'skill',
    name: ['Closing', '促成交易'],
    description: ['Moves opportunities to a decision and a signature.', '推动商机走向决策和签约。'],
    levels: [
      ['Waits for the customer to decide.', '等待客户自己做决定。'],
      ['Asks for the order at the end of the process.', '在流程末尾才提出成交请求。'],
      ['Agrees a mutual plan to signature and follows it.', '与客户共同制定签约计划并推进执行。'],
      [
        'Anticipates late objections and resolves them before they stall the deal.',
        '预判后期异议，在其拖延交易前化解。',
      ],
      ['Closes complex deals on time and forecasts them accurately.', '按时拿下复杂交易，并准确预测。'],
    ],
  },
  {
    code: 'account-management',
    category: 'skill',
    name: ['Account management', '客户管理'],
    description: [
      'Grows and protects existing customer relationships and revenue.',
      '发展并维护现有客户关系和收入。',
    ],
    levels: [
      ['Responds to customer requests as they come.', '被动响应客户请求。'],
      ['Keeps regular contact and knows the main users.', '保持定期联系，熟悉主要用户。'],
      ['Runs account plans with renewal and expansion targets.', '执行包含续约和扩展目标的客户计划。'],
      [
        "Builds relationships across the customer's executives and functions.",
        '与客户高层及各部门建立关系。',
      ],
      ["Becomes a trusted adviser shaping the customer's strategy.", '成为影响客户战略的可信顾问。'],
    ],
  },
  {
    code: 'product-knowledge',
    category: 'knowledge',
    name: ['Product knowledge', '产品知识'],
    description: [
      'Knows the products, their applications and the competition.',
      '熟悉产品、应用场景和竞争对手。',
    ],
    levels: [
      ['Knows product names and the brochure.', '只知道产品名称和宣传册内容。'],
      ['Explains the main features and common uses.', '能讲解主要功能和常见用途。'],
      [
        'Matches configurations to applications; knows the main competitors.',
        '能根据应用匹配配置，了解主要竞争对手。',
      ],
      [
        'Handles technical questions and positions against every competitor.',
        '能处理技术问题，并针对每个竞争对手定位。',
      ],
      ['Recognised expert whom product teams consult.', '公认的专家，产品团队会向其请教。'],
    ],
  },
  {
    code: 'crm-discipline',
    category: 'behaviour',
    name: ['CRM discipline', 'CRM 使用规范'],
    description: [
      'Keeps customer and pipeline data complete, current and honest.',
      '保持客户和商机数据完整、及时、真实。',
    ],
    levels: [
      ['Updates the CRM only when chased.', '只有被催促时才更新 CRM。'],
      ['Logs activities but stages are often out of date.', '会记录活动，但阶段经常滞后。'],
      ['Keeps every opportunity current each week.', '每周更新所有商机。'],
      ['Forecasts from the CRM within 10% of the outcome.', '基于 CRM 的预测与结果偏差在 10% 以内。'],
      ['Improves how the team uses the CRM and its data quality.', '改进团队的 CRM 使用方式和数据质量。'],
    ],
  },
  {
    code: 'resilience',
    category: 'behaviour',
    name: ['Resilience', '抗压能力'],
    description: [
      'Keeps performing through rejection, pressure and change.',
      '在拒绝、压力和变化中保持绩效。',
    ],
    levels: [
      ['Loses momentum after a lost deal.', '丢单后失去动力。'],
      ['Recovers with encouragement from the manager.', '在经理鼓励下恢复状态。'],
      ['Treats setbacks as learning and keeps activity steady.', '把挫折当作学习机会，保持稳定的工作量。'],
      ['Stays composed and effective under sustained pressure.', '在持续压力下保持冷静和高效。'],
      ['Steadies the team in difficult periods.', '在困难时期稳定团队。'],
    ],
  },
  {
    code: 'integrity',
    category: 'values',
    name: ['Integrity', '诚信'],
    description: [
      'Acts honestly with customers, colleagues and the company.',
      '对客户、同事和公司诚实守信。',
    ],
    levels: [
      ['Overpromises to win a deal.', '为了成交过度承诺。'],
      ['Follows the rules when reminded of them.', '在被提醒时遵守规则。'],
      [
        'Promises only what can be delivered and says so when it cannot.',
        '只承诺能兑现的事，做不到时如实说明。',
      ],
      [
        'Raises risks and mistakes early, even at a personal cost.',
        '即使对自己不利，也会尽早提出风险和错误。',
      ],
      ['Sets the standard of honesty others follow.', '树立他人效仿的诚信标杆。'],
    ],
  },
];

export interface DemoProfile {
  code: string;
  name: [string, string];
  summary: [string, string];
  minYearsExperience: number;
  education: EducationLevel;
  /** code, target level, weight, must-have */
  competencies: [string, number, string, boolean][];
}

export const DEMO_PROFILES: DemoProfile[] = [
  {
    code: 'sdr',
    name: ['Sales Development Representative', '销售开发代表'],
    summary: ['Creates qualified meetings for account executives.', '为客户经理创造合格的客户会议。'],
    minYearsExperience: 0,
    education: 'associate',
    competencies: [
      ['prospecting', 4, '3', true],
      ['needs-analysis', 2, '2', false],
      ['crm-discipline', 3, '2', false],
      ['resilience', 4, '2', true],
      ['integrity', 4, '1', true],
    ],
  },
  {
    code: 'account-executive',
    name: ['Account Executive', '客户经理'],
    summary: ['Wins new business from qualified opportunity to signature.', '从合格商机到签约，赢得新业务。'],
    minYearsExperience: 3,
    education: 'bachelor',
    competencies: [
      ['prospecting', 3, '2', false],
      ['needs-analysis', 4, '3', true],
      ['solution-presentation', 4, '2', false],
      ['negotiation', 3, '2', false],
      ['closing', 4, '3', true],
      ['product-knowledge', 3, '1', false],
      ['integrity', 4, '1', true],
    ],
  },
  {
    code: 'key-account-manager',
    name: ['Key Account Manager', '大客户经理'],
    summary: ['Grows a portfolio of strategic customers.', '发展一组战略客户。'],
    minYearsExperience: 5,
    education: 'bachelor',
    competencies: [
      ['account-management', 5, '3', true],
      ['needs-analysis', 4, '2', false],
      ['negotiation', 4, '2', true],
      ['product-knowledge', 4, '1', false],
      ['integrity', 4, '1', true],
    ],
  },
  {
    code: 'sales-manager',
    name: ['Sales Manager', '销售经理'],
    summary: ['Leads a team of account executives to its targets.', '带领客户经理团队达成目标。'],
    minYearsExperience: 6,
    education: 'bachelor',
    competencies: [
      ['closing', 4, '2', false],
      ['account-management', 4, '2', false],
      ['crm-discipline', 4, '2', true],
      ['resilience', 4, '2', false],
      ['integrity', 5, '2', true],
    ],
  },
  // The levels of the career tracks above the profiles people are hired into.
  {
    code: 'senior-account-executive',
    name: ['Senior Account Executive', '高级客户经理'],
    summary: [
      'Wins larger, multi-stakeholder deals and coaches newer account executives.',
      '赢得规模更大、涉及多方决策者的交易，并辅导新客户经理。',
    ],
    minYearsExperience: 4,
    education: 'bachelor',
    competencies: [
      ['prospecting', 4, '2', false],
      ['needs-analysis', 4, '3', true],
      ['solution-presentation', 4, '2', false],
      ['negotiation', 4, '2', true],
      ['closing', 4, '3', true],
      ['product-knowledge', 4, '1', false],
      ['integrity', 4, '1', true],
    ],
  },
  {
    code: 'principal-account-executive',
    name: ['Principal Account Executive', '首席客户经理'],
    summary: [
      'Owns the most complex opportunities and sets how the company sells them.',
      '负责最复杂的商机，并为公司确立相应的销售方法。',
    ],
    minYearsExperience: 10,
    education: 'bachelor',
    competencies: [
      ['account-management', 5, '2', true],
      ['needs-analysis', 5, '2', true],
      ['negotiation', 5, '2', true],
      ['solution-presentation', 5, '1', false],
      ['product-knowledge', 5, '1', false],
      ['integrity', 5, '1', true],
    ],
  },
  {
    code: 'team-lead',
    name: ['Team Lead', '销售组长'],
    summary: [
      'Leads a small team while still carrying a personal quota.',
      '在承担个人指标的同时带领一个小团队。',
    ],
    minYearsExperience: 5,
    education: 'bachelor',
    competencies: [
      ['closing', 4, '2', true],
      ['crm-discipline', 4, '2', true],
      ['resilience', 4, '2', false],
      ['integrity', 4, '1', true],
    ],
  },
  {
    code: 'regional-director',
    name: ['Regional Sales Director', '区域销售总监'],
    summary: ['Leads the sales managers of a region to its plan.', '带领一个区域的销售经理达成区域计划。'],
    minYearsExperience: 10,
    education: 'bachelor',
    competencies: [
      ['account-management', 5, '2', true],
      ['crm-discipline', 4, '1', false],
      ['resilience', 5, '2', false],
      ['integrity', 5, '2', true],
    ],
  },
  {
    code: 'vp-sales',
    name: ['Vice President of Sales', '销售副总裁'],
    summary: ['Leads the national sales organisation.', '领导全国销售组织。'],
    minYearsExperience: 15,
    education: 'bachelor',
    competencies: [
      ['account-management', 5, '2', true],
      ['resilience', 5, '2', true],
      ['integrity', 5, '2', true],
    ],
  },
];
