import type { CourseCategory, CourseItem, QuestionKind, QuizQuestion } from '@cadre/shared/contracts';

/**
 * The demo company's training (培训): onboarding for account executives, compliance,
 * pipeline discipline and a management course, in both languages, with real quizzes.
 * Ids are given by the seed; here everything is content.
 */
export interface DemoCourse {
  code: string;
  category: CourseCategory;
  title: [string, string];
  summary: [string, string];
  certifying: boolean;
  validityMonths: number | null;
  /** Competency code and the level the course brings it to. */
  competencies: [string, number][];
  modules: DemoModule[];
}

type Text = [string, string];
export type DemoItem = Omit<CourseItem, 'id' | 'quiz'> & {
  quiz:
    (Omit<NonNullable<CourseItem['quiz']>, 'questions'> & { questions: Omit<QuizQuestion, 'id'>[] }) | null;
};
export interface DemoModule {
  title: Text;
  items: DemoItem[];
}

const text = ([en, zh]: Text) => ({ en, zh });

const lesson = (title: Text, body: Text, minutes: number): DemoItem => ({
  kind: 'lesson',
  title: text(title),
  body: text(body),
  url: null,
  estimatedMinutes: minutes,
  quiz: null,
});

const link = (kind: 'link' | 'video', title: Text, url: string, minutes: number): DemoItem => ({
  kind,
  title: text(title),
  body: null,
  url,
  estimatedMinutes: minutes,
  quiz: null,
});

/** Options are [English, Chinese, correct]. */
const question = (
  kind: QuestionKind,
  prompt: Text,
  options: [string, string, boolean][],
  feedback: Text,
): Omit<QuizQuestion, 'id'> => ({
  kind,
  prompt: text(prompt),
  options: options.map(([en, zh, correct]) => ({ id: '', text: { en, zh }, correct })),
  feedback: text(feedback),
});

const trueFalse = (prompt: Text, isTrue: boolean, feedback: Text) =>
  question(
    'true-false',
    prompt,
    [
      ['True', '正确', isTrue],
      ['False', '错误', !isTrue],
    ],
    feedback,
  );

const quiz = (
  title: Text,
  settings: {
    drawCount: number;
    passMarkPercent: number;
    maxAttempts: number;
    timeLimitMinutes: number | null;
  },
  questions: Omit<QuizQuestion, 'id'>[],
): DemoItem => ({
  kind: 'quiz',
  title: text(title),
  body: null,
  url: null,
  estimatedMinutes: 15,
  quiz: { ...settings, questions },
});

export const CONSULTATIVE_QUIZ = quiz(
  ['Consultative selling check', '顾问式销售测验'],
  { drawCount: 8, passMarkPercent: 75, maxAttempts: 3, timeLimitMinutes: 20 },
  [
    question(
      'single',
      ['In SPIN, what does an implication question do?', 'SPIN 中的“暗示问题”有什么作用？'],
      [
        ['Makes the cost of a problem clear to the buyer', '让客户看清问题带来的代价', true],
        ['Confirms the buyer’s budget', '确认客户预算', false],
        ['Describes our product’s features', '介绍我们产品的功能', false],
        ['Closes the deal', '促成成交', false],
      ],
      [
        'Implication questions grow a small problem into one worth solving, before any solution is shown.',
        '暗示问题在展示方案之前，把小问题放大为值得解决的问题。',
      ],
    ),
    question(
      'single',
      [
        'A buyer says “your price is too high”. What comes first?',
        '客户说“你们价格太高了”，首先应该做什么？',
      ],
      [
        ['Ask what they are comparing it with', '询问对方在和什么比较', true],
        ['Offer a discount at once', '立即给出折扣', false],
        ['Repeat the product’s features', '重复产品功能', false],
        ['End the meeting politely', '礼貌地结束会谈', false],
      ],
      [
        'An objection is a question in disguise: learn the comparison before answering it.',
        '异议往往是伪装的问题：先了解比较对象，再作回应。',
      ],
    ),
    question(
      'multiple',
      [
        'Which of these are signs of a qualified opportunity? (choose all that apply)',
        '以下哪些是合格商机的标志？（多选）',
      ],
      [
        ['A named decision maker', '明确的决策人', true],
        ['A budget or a way to get one', '有预算或获得预算的途径', true],
        ['A date by which they need a solution', '需要解决方案的时间点', true],
        ['They liked our brochure', '对方喜欢我们的宣传册', false],
      ],
      [
        'Authority, budget and timing qualify a deal; interest alone does not.',
        '决策权、预算和时间决定商机是否合格，仅有兴趣不够。',
      ],
    ),
    trueFalse(
      [
        'A discovery call should spend most of its time on our presentation.',
        '需求探询电话应当把大部分时间用于介绍我们自己。',
      ],
      false,
      [
        'Discovery is for listening: the buyer should talk most of the time.',
        '探询阶段重在倾听，应让客户多说。',
      ],
    ),
    question(
      'single',
      ['What is the best next step after a good first meeting?', '首次会谈顺利后，最好的下一步是什么？'],
      [
        ['Agree a dated next step with the buyer before leaving', '离开前与客户约定有日期的下一步', true],
        ['Wait for the buyer to call back', '等待客户回电', false],
        ['Send the price list', '发送价目表', false],
        ['Mark the deal as won', '将商机标为赢单', false],
      ],
      [
        'A meeting without an agreed next step is a pipeline risk.',
        '没有约定下一步的会谈会给销售管道带来风险。',
      ],
    ),
    question(
      'multiple',
      ['Which questions are open questions? (choose all that apply)', '以下哪些是开放式问题？（多选）'],
      [
        ['“How do you handle renewals today?”', '“目前你们如何处理续约？”', true],
        [
          '“What would change if reporting took one day instead of five?”',
          '“如果报表从五天缩短到一天，会带来什么变化？”',
          true,
        ],
        ['“Do you have a budget?”', '“你们有预算吗？”', false],
        ['“Is Friday good for you?”', '“周五方便吗？”', false],
      ],
      [
        'Open questions cannot be answered with yes or no; they invite the buyer to explain.',
        '开放式问题无法用“是”或“否”回答，能引导客户展开说明。',
      ],
    ),
    trueFalse(
      [
        'Summarising what the buyer said, in their words, builds trust.',
        '用客户自己的话总结他们的观点，有助于建立信任。',
      ],
      true,
      [
        'A faithful summary shows you listened and lets the buyer correct you early.',
        '准确的总结表明你在倾听，也让客户能及早纠正。',
      ],
    ),
    question(
      'single',
      ['Which need is a “need-payoff” question aiming at?', '“需求-效益”问题针对的是什么？'],
      [
        ['The value the buyer sees in solving the problem', '客户对解决问题所带来价值的认知', true],
        ['The buyer’s job title', '客户的职位', false],
        ['Our delivery schedule', '我们的交付时间表', false],
        ['A competitor’s weaknesses', '竞争对手的弱点', false],
      ],
      [
        'Need-payoff questions let the buyer state the value in their own words.',
        '需求-效益问题让客户用自己的话说出价值。',
      ],
    ),
    question(
      'single',
      ['A champion inside the account is someone who…', '客户内部的“支持者”是指……'],
      [
        ['Sells for you when you are not in the room', '在你不在场时替你推动的人', true],
        ['Signs every purchase order', '签署所有采购订单的人', false],
        ['Likes our brand', '喜欢我们品牌的人', false],
        ['Works in procurement', '在采购部门工作的人', false],
      ],
      ['Champions have influence and a reason to want the change.', '支持者有影响力，也有推动改变的动机。'],
    ),
  ],
);

export const COMPLIANCE_QUIZ = quiz(
  ['Compliance check', '合规测验'],
  { drawCount: 8, passMarkPercent: 80, maxAttempts: 3, timeLimitMinutes: 15 },
  [
    trueFalse(
      [
        'A gift of modest value may be accepted if it is declared in the gift register.',
        '价值适度的礼品，在登记后可以接受。',
      ],
      true,
      [
        'Modest, declared and infrequent: the three tests of an acceptable gift.',
        '价值适度、如实登记、并非频繁，是可接受礼品的三个条件。',
      ],
    ),
    trueFalse(
      [
        'Paying a buyer’s travel to a holiday resort is fine if the deal is large.',
        '如果订单很大，可以为客户支付度假旅行费用。',
      ],
      false,
      [
        'Hospitality must be proportionate and business-related, whatever the deal size.',
        '无论订单大小，招待都必须适度且与业务相关。',
      ],
    ),
    question(
      'single',
      [
        'A customer asks for a side payment to “speed up” approval. What do you do?',
        '客户要求支付“加急费”以加快审批，你应当怎么做？',
      ],
      [
        ['Refuse and report it to Compliance the same day', '拒绝并于当天向合规部门报告', true],
        ['Pay it from your own pocket', '自掏腰包支付', false],
        ['Ask your manager to pay it', '请经理支付', false],
        ['Add it to the quote as a service fee', '作为服务费加入报价', false],
      ],
      [
        'Facilitation payments are bribes under our policy and the law.',
        '根据公司政策和法律，“加急费”属于贿赂。',
      ],
    ),
    question(
      'multiple',
      [
        'Which must be approved before they are offered? (choose all that apply)',
        '以下哪些在提供前必须获得批准？（多选）',
      ],
      [
        ['A discount beyond your approval limit', '超出审批权限的折扣', true],
        ['Non-standard payment terms', '非标准付款条件', true],
        ['A side letter promising extra services', '承诺额外服务的附函', true],
        ['Sending the standard brochure', '发送标准宣传册', false],
      ],
      [
        'Anything that changes the contract’s value or terms goes through deal approval.',
        '任何改变合同价值或条款的事项都需走审批流程。',
      ],
    ),
    trueFalse(
      [
        'Customer personal data may be copied to a personal phone to work offline.',
        '可以将客户个人数据复制到个人手机上离线使用。',
      ],
      false,
      [
        'Customer data stays in company systems; a personal device is a data breach waiting to happen.',
        '客户数据只能保存在公司系统中，个人设备极易造成数据泄露。',
      ],
    ),
    question(
      'single',
      ['Who may sign a contract on the company’s behalf?', '谁可以代表公司签署合同？'],
      [
        ['Only those named in the signing authority list', '仅限签字授权名单中的人员', true],
        ['Any account executive who closed the deal', '促成该交易的任何客户经理', false],
        ['The customer', '客户', false],
        ['Anyone with a company email address', '任何拥有公司邮箱的人', false],
      ],
      [
        'Signing authority is personal and listed; ask Legal when unsure.',
        '签字权限因人而定并有名单，如有疑问请咨询法务。',
      ],
    ),
    trueFalse(
      [
        'Booking revenue early to hit a quarter’s target is allowed if it is reversed later.',
        '为完成季度目标提前确认收入是允许的，只要之后冲回即可。',
      ],
      false,
      [
        'Revenue is credited when earned under the contract, never to meet a target.',
        '收入在按合同实际实现时确认，绝不为完成目标而提前。',
      ],
    ),
    question(
      'multiple',
      [
        'Which are conflicts of interest you must declare? (choose all that apply)',
        '以下哪些属于必须申报的利益冲突？（多选）',
      ],
      [
        ['A relative works for the customer’s purchasing team', '亲属在客户采购部门工作', true],
        ['You own shares in a reseller you work with', '持有合作经销商的股份', true],
        ['You went to the same university as the buyer', '与客户毕业于同一所大学', false],
      ],
      [
        'Declare any interest that could make others doubt your judgement.',
        '凡可能让他人质疑你判断公正性的利益，都应申报。',
      ],
    ),
  ],
);

export const DEMO_COURSES: DemoCourse[] = [
  {
    code: 'AE-ONB-101',
    category: 'onboarding',
    title: [
      'Account executive onboarding: company, products and the sales process',
      '客户经理入职培训：公司、产品与销售流程',
    ],
    summary: [
      'Your first weeks: who we serve and why, what we sell, how a deal moves through our seven stages, and how to sell by asking before telling.',
      '入职前几周：我们服务谁、为什么服务，我们卖什么，商机如何经过七个阶段推进，以及如何先问后讲地进行顾问式销售。',
    ],
    certifying: false,
    validityMonths: null,
    competencies: [
      ['product-knowledge', 3],
      ['needs-analysis', 3],
      ['solution-presentation', 4],
    ],
    modules: [
      {
        title: ['Company and products', '公司与产品'],
        items: [
          lesson(
            ['Who we are and whom we serve', '我们是谁，服务谁'],
            [
              '# Who we are\n\nWe sell analytics and retail software to mid-sized and large companies in three regions.\n\n## Our customers\n\n- **Retail chains** that want to see stock and sales by store, every day.\n- **Manufacturers** that plan production from real demand.\n- **Distributors** that price by customer segment.\n\n> Every customer conversation starts from *their* numbers, not ours.',
              '# 我们是谁\n\n我们向三个大区的中大型企业销售数据分析和零售软件。\n\n## 我们的客户\n\n- **零售连锁**：希望每天按门店查看库存和销售。\n- **制造企业**：根据真实需求安排生产。\n- **分销商**：按客户细分定价。\n\n> 每一次客户沟通都从**客户的**数据出发，而不是我们的。',
            ],
            10,
          ),
          lesson(
            ['Our product lines', '我们的产品线'],
            [
              '# Product lines\n\n1. **Analytics** – dashboards, forecasting and alerts.\n2. **Retail** – store operations, stock and pricing.\n\nEach line has its own specialists; bring one to the second meeting when the buyer asks *how*, not *what*.',
              '# 产品线\n\n1. **数据分析**：看板、预测与预警。\n2. **零售**：门店运营、库存与定价。\n\n每条产品线都有专属顾问；当客户开始问“怎么做”而不是“是什么”时，第二次会谈请带上顾问。',
            ],
            15,
          ),
          link('link', ['The product catalogue', '产品目录'], 'https://example.com/cadre-demo/catalogue', 10),
        ],
      },
      {
        title: ['The sales process and the CRM', '销售流程与 CRM'],
        items: [
          lesson(
            ['Our seven-stage sales process', '七阶段销售流程'],
            [
              '# Seven stages\n\n| Stage | Leaves when |\n| --- | --- |\n| Prospect | a meeting is booked |\n| Discover | the need and its owner are known |\n| Qualify | budget, authority and timing are confirmed |\n| Propose | the buyer has our written proposal |\n| Negotiate | terms are agreed |\n| Close | the contract is signed |\n| Onboard | the customer is live |\n\nMove a deal only when its exit criterion is met.',
              '# 七个阶段\n\n| 阶段 | 推进条件 |\n| --- | --- |\n| 开发 | 约到会谈 |\n| 探询 | 明确需求及负责人 |\n| 甄别 | 确认预算、决策权和时间 |\n| 方案 | 客户收到书面方案 |\n| 谈判 | 条款达成一致 |\n| 成交 | 合同签署 |\n| 交付 | 客户上线 |\n\n只有满足推进条件时才能推进商机。',
            ],
            15,
          ),
          link(
            'video',
            ['CRM walkthrough (video)', 'CRM 操作演示（视频）'],
            'https://example.com/cadre-demo/crm-walkthrough',
            20,
          ),
        ],
      },
      {
        title: ['Consultative selling', '顾问式销售'],
        items: [
          lesson(
            ['Asking before telling: SPIN', '先问后讲：SPIN 提问法'],
            [
              '# SPIN\n\n- **Situation**: the facts (“How many stores report weekly?”)\n- **Problem**: the difficulty (“Where do the numbers disagree?”)\n- **Implication**: its cost (“What happens when a store runs out?”)\n- **Need-payoff**: the value of solving it (“What would daily numbers be worth?”)\n\nAsk few situation questions: read about the customer before you meet.',
              '# SPIN\n\n- **背景问题**：了解事实（“有多少门店每周报数？”）\n- **难点问题**：发现困难（“哪些数据对不上？”）\n- **暗示问题**：放大代价（“门店断货会怎样？”）\n- **需求-效益问题**：明确价值（“每天看到数据值多少？”）\n\n背景问题要少问：会面前先研究客户。',
            ],
            20,
          ),
          CONSULTATIVE_QUIZ,
        ],
      },
    ],
  },
  {
    code: 'COMP-101',
    category: 'in-role',
    title: ['Compliance essentials for sales', '销售合规要点'],
    summary: [
      'Gifts and hospitality, anti-bribery, approvals, customer data and revenue recognition: what every salesperson must know, certified every year.',
      '礼品与招待、反贿赂、审批、客户数据与收入确认：每位销售人员必须掌握的合规知识，每年认证一次。',
    ],
    certifying: true,
    validityMonths: 12,
    competencies: [['integrity', 4]],
    modules: [
      {
        title: ['The rules', '规则'],
        items: [
          lesson(
            ['Gifts, hospitality and bribery', '礼品、招待与贿赂'],
            [
              '# Gifts and hospitality\n\nAccept or give only what is **modest**, **declared** and **infrequent**. Never anything in cash.\n\n# Bribery\n\nNo payment to speed up a decision, ever. Report a request the same day.',
              '# 礼品与招待\n\n只能接受或赠送**价值适度**、**如实登记**且**并非频繁**的礼品，绝不涉及现金。\n\n# 贿赂\n\n任何情况下都不得为加快决策而付款。收到此类要求须当天报告。',
            ],
            15,
          ),
          lesson(
            ['Approvals, data and revenue', '审批、数据与收入确认'],
            [
              '# Approvals\n\nDiscounts beyond your limit, non-standard terms and side letters need approval **before** they are offered.\n\n# Customer data\n\nKeep it in company systems.\n\n# Revenue\n\nCredited when earned under the contract.',
              '# 审批\n\n超出权限的折扣、非标准条款和附函必须在提供**之前**获得批准。\n\n# 客户数据\n\n只保存在公司系统中。\n\n# 收入\n\n按合同实际实现时确认。',
            ],
            15,
          ),
          COMPLIANCE_QUIZ,
        ],
      },
    ],
  },
  {
    code: 'CRM-201',
    category: 'in-role',
    title: ['Pipeline discipline in the CRM', 'CRM 中的销售管道纪律'],
    summary: [
      'Keeping every deal’s stage, amount, close date and next step true, so forecasts and pipeline reviews can be trusted.',
      '保持每个商机的阶段、金额、预计成交日期和下一步真实准确，让预测和管道复盘值得信赖。',
    ],
    certifying: false,
    validityMonths: null,
    competencies: [['crm-discipline', 3]],
    modules: [
      {
        title: ['A clean pipeline', '干净的销售管道'],
        items: [
          lesson(
            ['The four fields that matter', '最重要的四个字段'],
            [
              '# Four fields\n\n1. Stage – by its exit criterion\n2. Amount – what the buyer has seen\n3. Close date – the buyer’s date, not ours\n4. Next step – dated and agreed\n\nUpdate them the day something changes.',
              '# 四个字段\n\n1. 阶段：按推进条件\n2. 金额：客户已看到的金额\n3. 预计成交日期：客户的日期，而非我们的\n4. 下一步：有日期、已约定\n\n情况变化当天就要更新。',
            ],
            10,
          ),
          lesson(
            ['Preparing for a pipeline review', '准备管道复盘'],
            [
              '# Before the review\n\n- Close or move every deal past its close date.\n- Write what changed since last week.\n- Bring one deal you need help with.',
              '# 复盘前\n\n- 关闭或调整所有超过预计成交日期的商机。\n- 写下与上周相比的变化。\n- 带上一个需要帮助的商机。',
            ],
            10,
          ),
        ],
      },
    ],
  },
  {
    code: 'MGMT-201',
    category: 'management',
    title: ['Leading a sales team: coaching and pipeline reviews', '带领销售团队：辅导与管道复盘'],
    summary: [
      'For new sales managers: weekly one-to-ones, coaching from observed calls, and pipeline reviews that help rather than inspect.',
      '面向新任销售经理：每周一对一沟通、基于观察的辅导，以及以帮助而非检查为目的的管道复盘。',
    ],
    certifying: false,
    validityMonths: null,
    competencies: [['account-management', 4]],
    modules: [
      {
        title: ['Coaching', '辅导'],
        items: [
          lesson(
            ['The weekly one-to-one', '每周一对一'],
            [
              '# One-to-one\n\nThirty minutes, the rep’s agenda first: what is stuck, what they learned, what they need from you.',
              '# 一对一\n\n三十分钟，先谈下属的议题：哪里卡住了、学到了什么、需要你提供什么支持。',
            ],
            15,
          ),
          lesson(
            ['Coaching from an observed call', '基于通话观察的辅导'],
            [
              '# Observe, ask, agree\n\nSit in, say nothing, then ask the rep what went well before giving one point to work on.',
              '# 观察、提问、达成一致\n\n旁听时不发言，结束后先请下属谈做得好的地方，再给出一个改进点。',
            ],
            20,
          ),
          link(
            'link',
            ['Pipeline review template', '管道复盘模板'],
            'https://example.com/cadre-demo/pipeline-review',
            5,
          ),
        ],
      },
    ],
  },
];
